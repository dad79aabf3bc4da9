"""Parse time of the bundled report and corpus throughput, against Python start-up as a baseline.

Prints: python start-up (baseline), import of the parser, parse of the bundled report (median of
rounds), and the parse time per KB for small/large halves of the corpus (linearity check).
Usage: python bench/parse.py [ROUNDS]
"""

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "desktop"))


def median_time(fn, rounds):
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    startup = median_time(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 5)
    t = time.perf_counter()
    from workreport import resources
    from workreport.core.parser import parse_file, parse_text
    imp = time.perf_counter() - t
    bundled = resources.default_report()
    parse = median_time(lambda: parse_file(bundled), rounds)
    print(f"python start-up (baseline): {startup * 1000:.1f} ms")
    print(f"import parser:              {imp * 1000:.1f} ms")
    print(f"parse bundled report:       {parse * 1000:.2f} ms  ({bundled.stat().st_size / 1024:.0f} KB)  "
          f"= {parse / startup:.2f}x python start-up")
    corpus = ROOT.parent / "shared" / "corpus"
    files = sorted(corpus.glob("*/*.md"))
    if not files:
        print("corpus not found; skipped throughput")
        return
    texts = [(f.read_text(encoding="utf-8"), f.stat().st_size) for f in files]
    t = time.perf_counter()
    per_kb = []
    for text, size in texts:
        t1 = time.perf_counter()
        parse_text(text, ".md")
        per_kb.append((size, (time.perf_counter() - t1) / (size / 1024)))
    total = time.perf_counter() - t
    mb = sum(s for _, s in texts) / 1e6
    per_kb.sort()
    half = len(per_kb) // 2
    small = statistics.median(x for _, x in per_kb[:half])
    large = statistics.median(x for _, x in per_kb[half:])
    print(f"corpus: {len(files)} files, {mb:.1f} MB in {total:.2f} s = {mb / total:.2f} MB/s")
    print(f"ms per KB, smaller half vs larger half: {small * 1000:.3f} vs {large * 1000:.3f} "
          f"(ratio {large / small:.2f}; ~1 = linear)")
    big = "\n".join(t for t, _ in texts[:40])
    one = texts[0][0]
    r1 = median_time(lambda: parse_text(one, ".md"), 5)
    r40 = median_time(lambda: parse_text(big, ".md"), 3)
    print(f"one report vs 40 concatenated ({len(big) / len(one):.0f}x the characters): {r40 / r1:.1f}x the time")


if __name__ == "__main__":
    main()
