"""Peak memory of `workreport notes export` with many annotations, against parsing the report alone.

Builds a throw-away store with N highlights (with notes and tags) on the bundled
report, then runs, each in a fresh subprocess: `workreport text` (the baseline:
load + parse) and `workreport notes export` in JSON and Markdown. Prints each
peak RSS (ru_maxrss of the child) and the ratio to the baseline.
Usage: python bench/notes_export_memory.py [N]

Measured with 50,000 annotations (store 37 MB, JSON 78 MB): before streaming,
JSON export peaked at 652 MB and Markdown at 167 MB; streamed, JSON 24 MB
(1.4x the 17 MB baseline) and Markdown 119 MB (it sorts all placed notes by
position first, so it holds the records).
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))

from workreport import resources  # noqa: E402
from workreport.core.anchors import make_anchor  # noqa: E402
from workreport.core.parser import parse_file  # noqa: E402
from workreport.store import open_document, open_store  # noqa: E402


def build(data_dir: Path, report_path: Path, n: int) -> None:
    report = parse_file(report_path)
    text = report.text
    with open_store(data_dir / "notes.sqlite3") as store:
        doc = open_document(store, report).document
        items = []
        for i in range(n):
            start = (i * 37) % (len(text) - 40)
            a = make_anchor(text, start, start + 20)
            items.append(dict(start=a.start, end=a.end, exact=a.exact, prefix=a.prefix, suffix=a.suffix,
                              note=f"笔记 {i} " + "内容" * 40, tags=["重点", f"t{i % 7}"]))
        store.add_highlights(doc.id, items)


def peak_mb(args, env) -> float:
    """Peak RSS (MB) of one child process."""
    code = ("import resource, runpy, sys; sys.argv = ['workreport'] + sys.argv[1:]\n"
            "from workreport import cli\n"
            "rc = cli.main(sys.argv[1:])\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n"
            "sys.exit(rc)")
    p = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"{args}: exit {p.returncode}: {p.stderr[-500:]}")
    return int(p.stderr.strip().splitlines()[-1]) / 1024


def main() -> None:
    if sys.argv[1:2] == ["--build"]:
        return build(Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        report = tmp / "report.txt"
        report.write_bytes(resources.default_report().read_bytes())
        data = tmp / "data"
        # built in a child: a child's ru_maxrss starts at its parent's size, so the parent stays small
        subprocess.run([sys.executable, __file__, "--build", str(data), str(report), str(n)], check=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
        base = peak_mb(["text", str(report)], env)
        print(f"{n} annotations; store {(data / 'notes.sqlite3').stat().st_size / 1048576:.1f} MB")
        print(f"baseline (workreport text): {base:7.1f} MB")
        for fmt in ("json", "md"):
            out = tmp / f"out.{fmt}"
            mb = peak_mb(["notes", "export", str(report), "--data-dir", str(data), "--format", fmt,
                          "-o", str(out)], env)
            print(f"notes export --format {fmt:4s}: {mb:7.1f} MB  ({mb / base:.1f}x baseline; "
                  f"output {out.stat().st_size / 1048576:.1f} MB)")


if __name__ == "__main__":
    main()
