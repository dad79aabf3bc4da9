"""The canonical indicator vocabulary (resources/indicators.json) and a matcher for indicator names.

`load_vocabulary().match(name, unit, context)` maps a name as written in a report
("全市规上工业增加值增速", "城镇常住居民人均可支配收入") to one canonical Indicator.

Matching, most certain first:
1. the normalised name, with noise suffixes (增速, 涨幅, 总额, 同口径 …) cut one by one, is a synonym;
2. a synonym ends the name and what comes before it is only region or scope words
   (全市, 本市, 规模以上, a place name such as 贵安新区): never an unknown qualifier, so
   "技改投资" is not 投资 and "高技术制造业增加值" is not 制造业增加值;
3. a structural pattern of an entry ("研发…占…生产总值比重", "居民收入…与经济…");
4. an unsplit list ("A、B", "城镇和农村居民…") is its first item (the value is the first's);
5. with a context sentence: a name the vocabulary calls ambiguous (失业率) is settled by the
   sentence; a name cut short ("化率") is read whole from the sentence ("户籍人口城镇化率"); a short
   name or one that only leads up to its indicator ("全面完成省下达的节能减排任务": name 全面, a
   lead word of the data) takes the first indicator named after it in its clause.
A record's unit must fit the indicator's unit family (a % or ‰ fits any; 万人 is never GDP).
The vocabulary is data; nothing here knows a particular indicator.
"""

from __future__ import annotations

import enum
import json
import logging
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .. import resources

log = logging.getLogger(__name__)

VOCABULARY_FILE = "indicators.json"
_MEMO_LIMIT = 200_000  # distinct (name, unit family) pairs remembered; a corpus has a few thousand
_CLAUSE_END = "，,；;。：:！？!?"
_LIST_MARKS = "、和及与"
_WORD_BREAKS = _CLAUSE_END + "、和及（）()“”\"《》 —0123456789%‰"  # where a name cut short may start
_MIN_TEXT_SYNONYM = 4  # shorter synonyms (经济, 投资, 服务业) name indicators but mean little in running text
_SPACES = re.compile(r"\s+")
_ASIDE = re.compile(r"\([^()]*\)")
_QUOTES = re.compile("[“”\"‘’'《》「」]")  # 能耗“双控” is 能耗双控


class UnitFamily(enum.StrEnum):
    PERCENT = "percent"
    RATIO = "ratio"
    MONEY = "money"
    PEOPLE = "people"
    WEIGHT = "weight"
    ENERGY = "energy"
    AREA = "area"
    VOLUME = "volume"
    LENGTH = "length"
    CONCENTRATION = "concentration"
    DAYS = "days"
    YEARS = "years"
    COUNT = "count"


# A rate, share or multiple can be written for any indicator (a growth rate of GDP, a share of income).
_FITS_ANY = frozenset({UnitFamily.PERCENT, UnitFamily.RATIO})


class Polarity(enum.StrEnum):
    HIGHER = "higher"  # more is better
    LOWER = "lower"  # less is better
    NEUTRAL = "neutral"  # closer to the target is better


@dataclass(frozen=True)
class Indicator:
    id: str
    zh: str  # preferred Chinese name
    en: str
    unit_family: UnitFamily
    polarity: Polarity


@dataclass(frozen=True)
class _Ambiguous:
    """A name shared by several indicators; only a context sentence can tell them apart."""
    ids: tuple[str, ...]


class Vocabulary:
    def __init__(self, data: dict):
        self._normal_memo: dict[str, str] = {}  # name as written → normalised
        self._lead = re.compile(r"^(?:[\s\-—–―·•*、，,。；;：:]+|\d{4}年(?:底|末|初)?|\d+[.、]"
                                r"|[一二三四五六七八九十]+[是、])+")
        self._rewrites = [(re.compile(p), r) for p, r in data.get("rewrites", [])]
        self._any_rewrite = re.compile("|".join(f"(?:{p.pattern})" for p, _ in self._rewrites)) \
            if self._rewrites else None
        self._indicators: dict[str, Indicator] = {}
        self._accepts: dict[str, frozenset[UnitFamily]] = {}
        self._synonyms: dict[str, str] = {}  # normalised synonym → id
        self._patterns: list[tuple[re.Pattern, str]] = []
        for entry in data["indicators"]:
            self._add(entry)
        self._ambiguous = {self.normalise(k): _Ambiguous(tuple(v)) for k, v in data.get("ambiguous", {}).items()}
        for amb in self._ambiguous.values():
            for i in amb.ids:
                self.by_id(i)  # a typo in the data fails at load, not at match time
        self._units = {u: UnitFamily(f) for f, units in data["unit_families"].items() for u in units}
        self._multipliers = tuple(sorted(data.get("multipliers", []), key=len, reverse=True))
        suffixes = sorted(data.get("suffixes", []), key=len, reverse=True)
        self._suffix = re.compile("(?:" + "|".join(map(re.escape, suffixes)) + ")$") if suffixes else None
        self._suffix_last = frozenset(x[-1] for x in suffixes if x)  # a set test before the search
        scope = "|".join(map(re.escape, sorted(data.get("prefixes", []), key=len, reverse=True)))
        scopes = [scope, *data.get("scope_patterns", [])]
        self._scope_run = re.compile("(?:" + "|".join(x for x in scopes if x) + ")+")
        self._context_leads = tuple(data.get("context_leads", []))
        seps = sorted(data.get("list_separators", []), key=len, reverse=True)
        self._list_split = re.compile("|".join(map(re.escape, seps))) if seps else None
        self._any_pattern = re.compile("|".join(f"(?:{p.pattern})" for p, _ in self._patterns)) \
            if self._patterns else None
        self._by_first: dict[str, list[str]] = {}
        loose = {self.normalise(x) for x in data.get("not_in_prose", [])}
        for syn in sorted(self._synonyms, key=len, reverse=True):
            if len(syn) >= _MIN_TEXT_SYNONYM and syn not in loose:
                self._by_first.setdefault(syn[0], []).append(syn)
        # lengths of the keys by their last character: a tail can only be a key of a length listed
        self._key_lengths: dict[str, set[int]] = {}
        for k in (*self._synonyms, *self._ambiguous):
            self._key_lengths.setdefault(k[-1], set()).add(len(k))
        self._starts_memo: dict[tuple[int, str], list[int]] = {}
        self._unit_memo: dict[str, UnitFamily | None] = {}
        self._name_memo: dict[tuple[str, UnitFamily | None], Indicator | _Ambiguous | None] = {}
        # (name, unit) → (what the name gives, the unit's family, may the context decide)
        self._memo: dict[tuple[str, str], tuple[Indicator | _Ambiguous | None, UnitFamily | None, bool]] = {}

    def _add(self, entry: dict) -> None:
        ind = Indicator(entry["id"], entry["zh"][0], entry["en"], UnitFamily(entry["unit_family"]),
                        Polarity(entry["polarity"]))
        if ind.id in self._indicators:
            raise ValueError(f"indicator id twice in the vocabulary: {ind.id}")
        self._indicators[ind.id] = ind
        self._accepts[ind.id] = frozenset({ind.unit_family, *map(UnitFamily, entry.get("accepts", []))})
        for syn in entry["zh"]:
            key = self.normalise(syn)
            other = self._synonyms.setdefault(key, ind.id)
            if other != ind.id:
                raise ValueError(f"synonym {syn!r} of both {other} and {ind.id}")
        self._patterns.extend((re.compile(p), ind.id) for p in entry.get("patterns", []))

    # ---- lookups ---------------------------------------------------------------------------

    def ids(self) -> tuple[str, ...]:
        return tuple(self._indicators)

    def by_id(self, indicator_id: str) -> Indicator:
        return self._indicators[indicator_id]

    def __len__(self) -> int:
        return len(self._indicators)

    def unit_family(self, unit: str) -> UnitFamily | None:
        """The family of a unit as written ("万人" → people); None when empty or unknown."""
        if unit not in self._unit_memo:
            self._unit_memo[unit] = self._family_of(unit)
        return self._unit_memo[unit]

    def _family_of(self, unit: str) -> UnitFamily | None:
        u = unicodedata.normalize("NFKC", unit or "").strip()
        while u and u not in self._units:
            mult = next((m for m in self._multipliers if u.startswith(m) and len(u) > len(m)), "")
            if not mult:
                return None
            u = u[len(mult):]
        return self._units.get(u)

    def fits(self, indicator_id: str, family: UnitFamily | None) -> bool:
        return family is None or family in _FITS_ANY or family in self._accepts[indicator_id]

    # ---- normalising -------------------------------------------------------------------------

    def _rewrite(self, text: str, nfkc: bool = True) -> str:
        t = unicodedata.normalize("NFKC", text) if nfkc else text
        t = _QUOTES.sub("", t.upper())
        if self._any_rewrite is not None and self._any_rewrite.search(t):
            # (when none matches the text, none can: each rewrite only acts on what the one before left)
            for pattern, repl in self._rewrites:
                t = pattern.sub(repl, t)
        return t

    def normalise(self, name: str) -> str:
        """NFKC, upper-case, no spaces, quotes or (asides), rewrites (万元GDP → 单位GDP …), no leading
        enumerators or years."""
        done = self._normal_memo.get(name)
        if done is None:
            if len(self._normal_memo) >= _MEMO_LIMIT:
                self._normal_memo.clear()
            done = self._normal_memo[name] = self._normalise(name)
        return done

    def _normalise(self, name: str) -> str:
        t = unicodedata.normalize("NFKC", name or "")
        t = _ASIDE.sub("", _SPACES.sub("", t))
        t = self._rewrite(t, nfkc=False)
        return self._lead.sub("", t).strip("、，,；;：:。")

    # ---- matching ----------------------------------------------------------------------------

    def match(self, indicator: str, unit: str = "", context: str = "") -> Indicator | None:
        """The canonical indicator a name measures, or None. `context` (the sentence) is read only
        when the name itself cannot decide: ambiguous, unknown or too short."""
        key = (indicator, unit)
        memo = self._memo.get(key)
        if memo is None:
            family = self.unit_family(unit)
            hit = self._match_name(indicator, family)
            if len(self._memo) >= _MEMO_LIMIT:
                self._memo.clear()
            memo = self._memo[key] = (hit, family, hit is None and self._leads_up(indicator))
        hit, family, leads_up = memo
        if isinstance(hit, Indicator):
            return hit
        if context and indicator:
            return self._from_context(indicator, family, context, hit, leads_up)
        return None

    def _leads_up(self, name: str) -> bool:
        """Only a name that leads up to its indicator ("全面", "完成省") may borrow one from its
        clause; an unknown name of its own ("先进制造业") must not take the next indicator's id."""
        n = self.normalise(name)
        return 2 <= len(n) <= 3 or n.startswith(self._context_leads)

    def _match_memo(self, name: str, family: UnitFamily | None) -> Indicator | _Ambiguous | None:
        key = (name, family)
        if key not in self._name_memo:
            if len(self._name_memo) >= _MEMO_LIMIT:
                self._name_memo.clear()
            self._name_memo[key] = self._match_name(name, family)
        return self._name_memo[key]

    def _match_name(self, name: str, family: UnitFamily | None) -> Indicator | _Ambiguous | None:
        n = self.normalise(name)
        if len(n) < 2:
            return None
        hit = self._match_one(n, family)
        if hit is None and self._list_split is not None:
            parts = [p for p in self._list_split.split(n) if p]
            if len(parts) > 1:
                # the value of an unsplit list belongs to its first item ("A和B均增长8%", "A和B分别…")
                first, borrowed = parts[0], _share_suffix(parts)[0]
                hit = self._match_one(first, family) or (
                    self._match_one(borrowed, family) if borrowed != first else None)
        return hit

    def _match_one(self, n: str, family: UnitFamily | None) -> Indicator | _Ambiguous | None:
        forms = self._suffix_forms(n)
        for f in forms:  # 1. the name itself, noise suffixes cut
            hit = self._exact(f, family)
            if hit is not None:
                return hit
        for f in forms:  # 2. a synonym after scope words only
            for k in self._tail_starts(f):
                if f[k:] in self._synonyms or f[k:] in self._ambiguous:
                    if self._scope_run.fullmatch(f, 0, k):
                        hit = self._exact(f[k:], family)
                        if hit is not None:
                            return hit
        if self._any_pattern is None or not self._any_pattern.search(n):
            return None  # asked once instead of once per pattern: most names match none
        for pattern, ind_id in self._patterns:  # 3. structural patterns
            if pattern.search(n) and self.fits(ind_id, family):
                return self._indicators[ind_id]
        return None

    def _tail_starts(self, name: str) -> list[int]:
        """The k of range(1, len(name) - 1), in order, where name[k:] is as long as some synonym
        ending in the same character."""
        length, last = len(name), name[-1]
        starts = self._starts_memo.get((length, last))
        if starts is None:
            lengths = self._key_lengths.get(last, set())
            starts = self._starts_memo[(length, last)] = [k for k in range(1, length - 1)
                                                          if length - k in lengths]
        return starts

    def _suffix_forms(self, n: str) -> list[str]:
        forms = [n]
        while self._suffix is not None:
            last = forms[-1]
            if last[-1:] not in self._suffix_last and not last.endswith("\n"):
                break  # no suffix ends with its last character
            m = self._suffix.search(last)
            if not m or m.start() < 2:
                break
            forms.append(forms[-1][:m.start()])
        return forms

    def _exact(self, form: str, family: UnitFamily | None) -> Indicator | _Ambiguous | None:
        ind_id = self._synonyms.get(form)
        if ind_id is not None:
            return self._indicators[ind_id] if self.fits(ind_id, family) else None
        amb = self._ambiguous.get(form)
        if amb is not None:
            ids = tuple(i for i in amb.ids if self.fits(i, family))
            return _Ambiguous(ids) if ids else None
        return None

    def _from_context(self, name: str, family: UnitFamily | None, context: str,
                      hit: _Ambiguous | None, leads_up: bool) -> Indicator | None:
        if isinstance(hit, _Ambiguous):
            found = {ind.id for _s, _e, ind in self.find_all(context)} & set(hit.ids)
            return self._indicators[found.pop()] if len(found) == 1 else None
        name = name.strip()
        pos = context.find(name)
        if pos < 0:
            return None
        # a name cut short ("化率" of "户籍人口城镇化率"): the sentence has the rest just before it
        start = pos
        while start > 0 and context[start - 1] not in _WORD_BREAKS:
            start -= 1
        if start < pos:
            whole = self._match_memo(context[start:pos + len(name)], family)
            if isinstance(whole, Indicator):
                return whole
        if not leads_up:
            return None
        tail = context[pos + len(name):]
        end = min([tail.find(c) for c in _CLAUSE_END if c in tail] or [len(tail)])
        tail = self._rewrite(tail[:end])
        listed = tail[:1] in _LIST_MARKS  # "城镇、农村居民人均可支配收入": 城镇 borrows the tail
        for s, e, ind in self.find_all(tail, rewritten=True):
            if listed:
                own = self._match_one(_share_suffix([self.normalise(name), tail[s:e]])[0], family)
                if isinstance(own, Indicator):
                    return own
            if self.fits(ind.id, family):
                return ind
        return None

    def find_all(self, text: str, rewritten: bool = False) -> list[tuple[int, int, Indicator]]:
        """Indicators named in running text, leftmost-longest, as (start, end, indicator) in the
        rewritten text. Synonyms under four characters, and those the data marks not_in_prose
        (经济增长 of "科技对经济增长的贡献率"), are left out: in prose they are too loose."""
        t = text if rewritten else self._rewrite(text)
        out = []
        i = 0
        while i < len(t):
            for syn in self._by_first.get(t[i], ()):
                if t.startswith(syn, i):
                    out.append((i, i + len(syn), self._indicators[self._synonyms[syn]]))
                    i += len(syn) - 1
                    break
            i += 1
        return out


def _share_suffix(parts: list[str]) -> list[str]:
    """"城镇、农村居民人均可支配收入" → the short first items borrow the last item's tail."""
    last = parts[-1]
    out = []
    for p in parts[:-1]:
        if len(p) <= 4 and len(p) < len(last) and not last.startswith(p):
            p = p + last[len(p):]
        out.append(p)
    return out + [last]


@lru_cache(maxsize=1)
def load_vocabulary() -> Vocabulary:
    path = resources.path(VOCABULARY_FILE)
    with open(path, encoding="utf-8") as f:
        vocab = Vocabulary(json.load(f))
    log.debug("indicator vocabulary: %d indicators from %s", len(vocab), path)
    return vocab
