"""What a quantity means beyond its number: direction, period and scope.

Pure functions over strings, used by the target extractor:
- `direction`: is the figure a rise, a fall, or a level reached;
- `period`: the year or the span of years it refers to (五年累计, 年均, 十三五时期);
- `split_scope`: a sub-area (a new area, a park, a district) the figure is restricted to.
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from .numerals import CN_ONE_TO_TEN, CN_ZEROS, cn_to_int


class Direction(StrEnum):
    UP = "up"
    DOWN = "down"
    LEVEL = "level"


# Verbs that make the number a change, not a level ("下降8.1%", "提高2个百分点").
_UP_VERBS = ("增长", "增加", "提高", "提升", "上涨", "上升", "扩大", "递增", "增幅", "增速", "涨幅", "净增", "翻番",
             "翻一番")
_DOWN_VERBS = ("下降", "降低", "减少", "压减", "压降", "缩小", "缩短", "回落", "削减", "减排", "下调", "压缩", "缩减",
               "核减", "递减", "降幅", "淘汰", "化解", "减轻", "关停", "取消", "退出", "减负")
# Words holding a change verb that are not one ("增加值", "新增" = new, "增长率" names a rate).
_NOT_VERBS = re.compile(r"增加值|增长率|新增|增长点|增长极|降低成本")
_COMPARED = re.compile(r"(?:比|较)[^，,；;]{0,14}?(高|多|低|少)\s*$")
# A change verb followed by one of these names the level reached ("下降到39", "增至2500家").
_TO_LEVEL = re.compile(r"(?:到|至|为|在|成)(?:平均|约|近)?\s*$")
# Names that are themselves rates of change: their value is a rise unless told otherwise.
_RATE_NAMES = ("涨幅", "增速", "增幅")
_GROWTH_GOAL = re.compile(r"(?:增长|增速).{0,4}目标")
# Quality verbs are a rise only right before the number ("提高2个百分点"); earlier they act on a
# noun ("改造提升农村公路8000公里").
_NEAR_ONLY = ("提高", "提升", "扩大", "上升")
_NEAR = re.compile(r"(?:提高|提升|扩大|上升)(?:了|达|到|至)?[^\u4e00-\u9fff]*$")
_DOWN_NAMES = ("降幅", "下降率")


def direction(tail: str, indicator: str, unit: str, object_after: bool = False) -> Direction:
    """`tail` is the text just before the number (the verb, if any); `indicator` its name;
    `object_after` when the name is the counted object after the number ("提升64处市场")."""
    t = _NOT_VERBS.sub("", tail.rstrip())[-10:]
    rate = unit in ("%", "‰", "个百分点", "百分点")
    if indicator.endswith(_DOWN_NAMES):
        return Direction.DOWN
    if rate and (indicator.endswith(_RATE_NAMES) or _GROWTH_GOAL.search(t) or _GROWTH_GOAL.search(indicator)):
        return Direction.UP  # a rate of change stays a rise, even "控制在3%"
    cmp_ = _COMPARED.search(t) if "比" in t or "较" in t else None
    if cmp_:
        return Direction.UP if cmp_.group(1) in "高多" else Direction.DOWN
    if _TO_LEVEL.search(t):
        return Direction.LEVEL
    if object_after:
        t = t.replace("提高", "").replace("提升", "").replace("扩大", "").replace("上升", "")
    if ("提" in t or "扩" in t or "上" in t) and not _NEAR.search(t):  # (without them: nothing to drop)
        for v in _NEAR_ONLY:
            t = t.replace(v, "")
    last_up = _last_end(t, _UP_VERBS, _ANY_UP)
    last_down = _last_end(t, _DOWN_VERBS, _ANY_DOWN)
    if last_down > last_up:
        return Direction.DOWN
    if last_up > last_down:
        return Direction.UP
    return Direction.LEVEL


def _last_end(t: str, verbs: tuple[str, ...], any_verb: re.Pattern) -> int:
    """Where the last of the verbs found in t ends; -1 if none is there (one regex test first)."""
    if not any_verb.search(t):
        return -1
    return max(t.rfind(v) + len(v) for v in verbs if v in t)


_ANY_UP = re.compile("|".join(map(re.escape, _UP_VERBS)))
_ANY_DOWN = re.compile("|".join(map(re.escape, _DOWN_VERBS)))


# ---- periods ---------------------------------------------------------------------------------

_CN = f"[{CN_ONE_TO_TEN}]"
_PLAN = re.compile(rf"[“\"「]?({_CN}{{1,3}})五[”\"」]?(?:规划)?(?:时期|期间|以来|前四年|前三年|前两年)?")
_PLAN_END = re.compile(rf"[“\"「]?({_CN}{{1,3}})五[”\"」]?(?:规划)?(?:末|期末)")
_SPAN = re.compile(r"((?:19|20)\d\d)\s*(?:年)?\s*(?:-|—|–|~|～|至|到)\s*((?:19|20)\d\d)\s*年")
_N_YEARS = rf"([{CN_ONE_TO_TEN}两\d]{{1,2}})年"
# (led by a lookahead of its first characters: the scan skips the others, twice as fast)
_PAST_N = re.compile(rf"(?=[过近这前{CN_ONE_TO_TEN}两\d])"
                     rf"(?:(?:过去|近|这|前){_N_YEARS}|(?<![\d{CN_ZEROS}]){_N_YEARS}(?:来|间|累计|共))")
_NEXT_N = re.compile(rf"(?:今后|未来|此后){_N_YEARS}")
_SPAN_CUES = ("年均", "累计", "共计", "总计", "平均每年", "每年平均")
_SPAN_CUE = re.compile("|".join(_SPAN_CUES))
_BY_YEAR = re.compile(r"(?:到|至|在|于)\s*((?:19|20)\d\d)\s*年")


def plan_span(ordinal: str) -> tuple[int, int] | None:
    """Years of the Nth five-year plan (十三五 → 2016-2020)."""
    n = cn_to_int(ordinal)
    if not n:
        return None
    starts = {1: 1953, 2: 1958, 3: 1966}
    start = starts.get(n, 1971 + 5 * (n - 4))
    return start, start + 4


def _count(s: str) -> int | None:
    return int(s) if s.isdigit() else cn_to_int(s.replace("两", "二"))


@lru_cache(maxsize=8192)
def span_in(sentence: str, report_year: int | None, is_result: bool) -> tuple[int, int] | None:
    """A span of years the sentence itself names (十三五时期, 2016-2020年, 过去五年, 今后五年)."""
    if "年" not in sentence and "五" not in sentence:
        return None  # every pattern below needs one of them: most clauses end here
    m = _SPAN.search(sentence)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a < b:
            return a, b
    for m in _PLAN.finditer(sentence) if "五" in sentence else ():  # every plan is an N五
        if _PLAN_END.match(sentence, m.start()):
            continue
        span = plan_span(m.group(1))
        if span:
            return span
    if report_year:
        if is_result:
            m = _PAST_N.search(sentence)
            if m:
                n = _count(m.group(1) or m.group(2))
                if n and 2 <= n <= 40:
                    return report_year - n, report_year - 1
        else:
            m = _NEXT_N.search(sentence)
            if m:
                n = _count(m.group(1))
                if n and 2 <= n <= 15:
                    return report_year, report_year + n - 1
    return None


def plan_end_year(sentence: str) -> int | None:
    """"到十四五末" names one year: the last of the plan."""
    if "五" not in sentence:
        return None
    m = _PLAN_END.search(sentence)
    if m:
        span = plan_span(m.group(1))
        return span[1] if span else None
    return None


def period(single_year: int | None, sentence: str, clause: str, report_year: int | None, is_result: bool,
           context_span: tuple[int, int] | None = None) -> str:
    """The period a figure refers to: "2021", or "2016-2020" for a figure over several years.

    A span applies when the clause has a cue of accumulation or averaging (年均, 累计) or the
    sentence names one (十三五时期, 过去五年); `context_span` is the span of the part the sentence
    sits in (a five-year review), used when the clause accumulates but the sentence names no span.
    """
    span = span_in(clause, report_year, is_result) or span_in(sentence, report_year, is_result)
    cue = bool(_SPAN_CUE.search(clause))
    if span and (cue or _names_span_as_time(sentence, clause)):
        return f"{span[0]}-{span[1]}"
    if "年均" in clause and not is_result and report_year:
        bys = list(_BY_YEAR.finditer(sentence))
        if bys and int(bys[-1].group(1)) > report_year:
            return f"{report_year}-{bys[-1].group(1)}"
    base = _BASE_YEAR.search(clause)
    if base and single_year and int(base.group(1)) + 1 < single_year:
        return f"{int(base.group(1)) + 1}-{single_year}"  # "比2013年削减8%", "是2010年的2倍"
    end = plan_end_year(clause) or plan_end_year(sentence)
    if end and not is_result:
        return str(end)
    if context_span and not _YEAR_IN.search(sentence) and not _THIS_YEAR.search(sentence) \
            and (is_result or not _BY_YEAR.search(sentence)):
        # a paragraph of a five-year review or plan: its figures are over those years
        return f"{context_span[0]}-{context_span[1]}"
    return str(single_year) if single_year else ""


_BASE_YEAR = re.compile(r"(?:比|较|是|为|相当于)((?:19|20)\d\d)年(?:末|底)?(?:的)?")
_THIS_YEAR = re.compile(r"今年|明年|年内|全年|当年|年底|年末|本年")
_SINGLE_YEAR_OPENING = re.compile(r"^(?:[（(][^）)]{1,3}[）)])?(?:(?:19|20)\d\d年(?![-—至到])|过去一年|去年|今年|"
                                  r"一年来|这一年|过去的一年|刚刚过去的一年)")


def context_span(paragraph: str, titles: list[str], report_year: int | None, is_result: bool
                 ) -> tuple[int, int] | None:
    """The span of years a paragraph speaks of: named at its opening ("过去五年，…", "十三五时期，…")
    or by the headings above it; None when it opens with one year ("2015年，…", "过去一年…")."""
    head = paragraph[:24]
    if _SINGLE_YEAR_OPENING.match(head.lstrip("*# ")):
        return None
    opening = _OPENING_END.split(head, maxsplit=1)[0]
    span = span_in(opening, report_year, is_result)
    if span:
        return span
    for title in titles:
        if _SINGLE_YEAR_OPENING.match(title) or _ONE_YEAR.search(title) \
                and not span_in(title, report_year, is_result):
            return None
        span = span_in(title, report_year, is_result)
        if span:
            return span
    return None


_OPENING_END = re.compile(r"[，。：:,]")
_ONE_YEAR = re.compile(r"(?:19|20)\d\d年(?!.{0,3}[-—至到])")
_PLAN_AS_TIME = re.compile(r"五[”\"」]?(?:规划)?(?:时期|期间|以来)")
_YEAR_IN = re.compile(r"(?:19|20)\d\d年|去年|上年|今年")


def _names_span_as_time(sentence: str, clause: str) -> bool:
    """十三五时期 / 过去五年 / 2016-2020年 said as the time of the figure, not as a plan's name."""
    text = clause if (_SPAN.search(clause) or _PLAN.search(clause) or _PAST_N.search(clause)
                      or _NEXT_N.search(clause)) else sentence
    if _SPAN.search(text) or _PAST_N.search(text) or _NEXT_N.search(text):
        return True
    return bool(_PLAN_AS_TIME.search(text))


# ---- scope -----------------------------------------------------------------------------------

# Suffixes of a place or zone narrower than a report's jurisdiction.
_AREA_SUFFIX = ("高新技术产业开发区", "经济技术开发区", "自由贸易试验区", "综合保税区", "自贸试验区", "高新区",
                "经开区", "开发区", "自贸区", "保税区", "新区", "园区", "产业园", "工业园", "港区", "片区",
                "示范区", "试验区", "合作区", "经济区", "功能区", "县", "区", "旗", "镇", "乡", "街道")
_AREA_WORDS = "|".join(_AREA_SUFFIX)
_AREA = re.compile(rf"^(?P<scope>[\u4e00-\u9fff]{{2,10}}?(?:{_AREA_WORDS}))(?P<rest>.+)$")
# Prefixes that make an area word generic, not a named place ("自治区级", "重点县", "各区").
_GENERIC_AREA = ("自治", "工业", "产业", "开发", "国家", "省级", "市级", "县级", "示范", "重点", "贫困", "全", "各",
                 "本", "城", "市", "县", "郊", "社", "景", "小", "山", "库", "老城", "城镇", "农村", "乡村", "新城",
                 "主城", "中心城", "城市", "城乡", "所属", "辖")
# The rest of a name after an area must be something measured.
_MEASURED = ("营收", "营业收入", "产值", "总值", "增加值", "收入", "投资", "税收", "总额", "产量", "规模", "率",
             "比重", "利润", "销售额", "进出口", "吞吐量", "GDP", "经济总量", "工业")
# The area word goes on into another word ("城镇化率", "县域", "市场"): no place name ends there.
_WORD_GOES_ON = tuple("级域内外属直化场委政府长民际") + ("生产总值",)
_NOT_IN_PLACE_NAMES = ("人口", "常住", "城镇", "农村", "城乡", "居民", "全", "占", "单位", "万元")
_SENTENCE_AREA = re.compile(rf"^(?:[（(][^）)]{{1,3}}[）)])?(?P<scope>[\u4e00-\u9fff]{{2,10}}?(?:{_AREA_WORDS}))"
                            r"(?=[要将以围锚聚紧抓坚加全推着力以，：:])")


def _is_named_area(scope: str, jurisdiction: str) -> bool:
    if scope.startswith(_GENERIC_AREA) or len(scope) < 3:
        return False
    return not (jurisdiction and (scope in jurisdiction or jurisdiction.startswith(scope)))


@lru_cache(maxsize=1 << 14)
def split_scope(name: str, jurisdiction: str = "") -> tuple[str, str]:
    """("江北新区营收" → "江北新区", "营收"): an area at the head of an indicator name."""
    m = _AREA.match(name)
    if not m:
        return "", name
    scope, rest = m.group("scope"), m.group("rest")
    if not _is_named_area(scope, jurisdiction) or rest.startswith(_WORD_GOES_ON) \
            or any(w in scope for w in _NOT_IN_PLACE_NAMES):
        return "", name
    if not any(w in rest for w in _MEASURED):
        return "", name
    return scope, rest


def sentence_scope(sentence: str, jurisdiction: str = "") -> str:
    """An area that a sentence opens with and then talks about ("X新区锚定…，营收增长8%")."""
    m = _SENTENCE_AREA.match(sentence)
    if not m:
        return ""
    scope = m.group("scope")
    return scope if _is_named_area(scope, jurisdiction) else ""
