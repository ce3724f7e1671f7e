"""Import (add) and export a 5 MB text built from the seeds: seconds, segments/s, peak memory.

    python bench/bench_import.py [--megabytes 5]

Each step runs in a fresh child process so its peak memory (ru_maxrss) is its own. The
baseline, measured in the same run, is a child that only reads the file and splits it into
paragraphs: the ratios say what segmentation, alignment and the PO write cost on top.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

PEAK = """
import resource
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""

CLI_WITH_PEAK = """
import resource, sys
from workbench.cli import main
code = main(sys.argv[1:])
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""

BASELINE = """
import sys
from pathlib import Path
text = Path(sys.argv[1]).read_text(encoding="utf-8")
print(len([p for p in text.split("\\n\\n") if p.strip()]))
"""


def build_text(megabytes: float) -> str:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    parts, size, copy = [], 0, 0
    while size < megabytes * 1_000_000:
        chunk = seeds.replace("Azat", f"Azat{copy}")  # distinct sentences, like a real corpus
        parts.append(chunk)
        size += len(chunk.encode("utf-8"))
        copy += 1
    return "\n\n".join(parts)


def timed_child(argv: list[str], cwd: Path) -> tuple[float, float, str]:
    """(seconds, its own peak MB, stdout) of one child process."""
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    peak_kb = int(done.stderr.strip().splitlines()[-1])
    return seconds, peak_kb / 1024, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        source = work / "corpus.txt"
        source.write_text(build_text(args.megabytes), encoding="utf-8")
        size_mb = source.stat().st_size / 1_000_000
        python = sys.executable
        base_s, base_mb, _ = timed_child([python, "-c", BASELINE + PEAK, str(source)], work)
        measured = [python, "-c", CLI_WITH_PEAK]
        subprocess.run(
            [*measured, "init", "p", "--source-lang", "en", "--target-lang", "ru"],
            cwd=work,
            check=True,
            capture_output=True,
        )
        add_s, add_mb, out = timed_child([*measured, "add", str(source)], work / "p")
        segments = int(out.split(":")[1].split()[0])
        export_s, export_mb, _ = timed_child([*measured, "export"], work / "p")
        same = (work / "p" / "export" / "ru" / "corpus.txt").read_bytes() == source.read_bytes()
    print(f"corpus: {size_mb:.1f} MB, {segments} segments")
    print(f"baseline (read + split paragraphs): {base_s:.2f} s, peak {base_mb:.0f} MB")
    print(
        f"add:    {add_s:.2f} s ({segments / add_s:,.0f} segments/s, {add_s / base_s:.1f}x "
        f"baseline), peak {add_mb:.0f} MB"
    )
    print(
        f"export: {export_s:.2f} s ({export_s / base_s:.1f}x baseline), peak {export_mb:.0f} MB, "
        f"byte-identical: {same}"
    )


if __name__ == "__main__":
    main()
