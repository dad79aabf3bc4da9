"""PDF and Word parse time against the same report as text, and parse parity over a corpus sample.

For each report: the text file is parsed (baseline), then a PDF and a .docx made from it
(tests/format_docs.py: reportlab with the system CJK font, python-docx) are parsed from disk
the same way (parse_file: front end + parser). Prints per-report times, the ratio to the
text parse measured in the same run, and whether outline, glossary, targets and the text
itself come out equal.

Usage: python bench/formats.py [N_REPORTS] [ROUNDS]   (reports from ../shared/corpus, else tests/data/corpus)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))
sys.path.insert(0, str(ROOT / "tests"))


def median_time(fn, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def sample(n: int) -> list[Path]:
    shared = ROOT.parent / "shared" / "corpus"
    base = shared if shared.exists() else ROOT / "tests" / "data" / "corpus"
    files = sorted(base.glob("*/*.md"))
    step = max(1, len(files) // n)
    return files[::step][:n]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    from format_docs import make_docx, make_pdf

    from workreport.core.parser import parse_file
    from workreport.core.targets import extract_targets

    def signature(r):
        return ([x.to_dict() for x in r.outline], [e.to_dict() for e in r.glossary],
                [t.to_dict() for t in extract_targets(r)], r.text)

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for src in sample(n):
            pdf, docx = Path(tmp) / "r.pdf", Path(tmp) / "r.docx"
            pdf.write_bytes(make_pdf(src))
            docx.write_bytes(make_docx(src))
            t_text = median_time(lambda src=src: parse_file(src), rounds)
            t_pdf = median_time(lambda pdf=pdf: parse_file(pdf), rounds)
            t_docx = median_time(lambda docx=docx: parse_file(docx), rounds)
            want = signature(parse_file(src))
            same_pdf = [a == b for a, b in zip(want, signature(parse_file(pdf)), strict=True)]
            same_docx = [a == b for a, b in zip(want, signature(parse_file(docx)), strict=True)]
            rows.append((src, src.stat().st_size, pdf.stat().st_size, docx.stat().st_size, t_text, t_pdf, t_docx,
                         same_pdf, same_docx))
    print(f"{'report':32} {'text KB':>7} {'pdf KB':>7} {'docx KB':>7} {'text ms':>8} {'pdf ms':>8} {'x':>6} "
          f"{'docx ms':>8} {'x':>6}  parity pdf/docx (outline glossary targets text)")
    for src, s_text, s_pdf, s_docx, t_text, t_pdf, t_docx, same_pdf, same_docx in rows:
        flags = "".join("=" if x else "≠" for x in same_pdf) + " / " + "".join("=" if x else "≠" for x in same_docx)
        name = f"{src.parent.name}/{src.stem}"
        print(f"{name:32} {s_text / 1024:7.0f} {s_pdf / 1024:7.0f} {s_docx / 1024:7.0f} {t_text * 1000:8.1f} "
              f"{t_pdf * 1000:8.1f} {t_pdf / t_text:6.1f} {t_docx * 1000:8.1f} {t_docx / t_text:6.1f}  {flags}")
    ratio_pdf = statistics.median(r[5] / r[4] for r in rows)
    ratio_docx = statistics.median(r[6] / r[4] for r in rows)
    pdf_ms_per_kb = statistics.median(r[5] / (r[1] / 1024) for r in rows) * 1000
    print(f"median ratio to the text parse: PDF {ratio_pdf:.1f}x, DOCX {ratio_docx:.1f}x; PDF {pdf_ms_per_kb:.1f} ms "
          f"per KB of report text")
    for k, name in enumerate(("outline", "glossary", "targets", "text")):
        print(f"{name:9} equal: PDF {sum(r[7][k] for r in rows)}/{len(rows)}, "
              f"DOCX {sum(r[8][k] for r in rows)}/{len(rows)}")


if __name__ == "__main__":
    main()
