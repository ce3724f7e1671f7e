"""Export benchmark: one big document exported to every format, seconds and peak memory.

    .venv/bin/python bench/bench_export.py [--segments 100000]

A generated English text (paragraphs of four sentences) is added to a fresh project, every
segment translated, one in ten approved and one in fifty commented. Each export runs as
`workbench export --format F` in its own process (so peak memory is that export's own
maximum resident set size). Baseline, measured in the same run: `--format text`, the
foundation's lossless render (parse the source, load the PO, join the skeleton).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from workbench.app.documents.importer import add_document  # noqa: E402
from workbench.domain.comments import add_comment  # noqa: E402
from workbench.domain.workflow import approve, confirm  # noqa: E402
from workbench.storage.project import Project  # noqa: E402

FORMATS = ("text", "markdown", "html", "docx", "po", "xliff12", "xliff20", "review-html",
           "review-docx")  # fmt: skip
# Runs the export and writes its own peak resident memory (VmHWM, kB). ru_maxrss would not do:
# Linux carries it over from the forked parent across exec.
CHILD = """
import sys
from pathlib import Path
from workbench.cli import main
code = main(sys.argv[2:])
status = Path("/proc/self/status").read_text()
peak = next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))
Path(sys.argv[1]).write_text(peak)
sys.exit(code)
"""
WORDS = ("court", "prison", "letter", "trial", "lawyer", "colony", "sentence", "appeal", "judge")


def source_text(segments: int) -> str:
    paragraphs = []
    for number in range(0, segments, 4):
        sentences = [
            f"The {WORDS[(number + k) % len(WORDS)]} number {number + k} met on day {k + 1}."
            for k in range(min(4, segments - number))
        ]
        paragraphs.append(" ".join(sentences))
    return "\n\n".join(paragraphs) + "\n"


def make_project(root: Path, segments: int) -> tuple[Project, float]:
    project = Project.init(root / "proj", "en", ("ru",), "bench")
    source = root / "big.txt"
    source.write_text(source_text(segments))
    started = time.perf_counter()
    add_document(project, source)
    added = time.perf_counter() - started
    catalog = project.load_catalog(project.document("big"), "ru")
    for number, unit in enumerate(catalog.units):
        confirm(unit, "Перевод: " + unit.source, "lev", at="2026-11-20T10:00:00Z")
        if number % 10 == 0:
            approve(unit, "vera", at="2026-11-21T10:00:00Z")
        if number % 50 == 0:
            add_comment(unit, "vera", "Check this one.", at="2026-11-21T10:00:00Z")
    catalog.save("bench")
    return project, added


def timed_export(project: Project, fmt: str, out: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MiB) of one `workbench export` process."""
    peak_file = out / f"{fmt}.peak"
    command = [sys.executable, "-c", CHILD, str(peak_file), "--project", str(project.root),
               "export", "--format", fmt, "--out", str(out / fmt)]  # fmt: skip
    errors = out / f"{fmt}.stderr"
    out.mkdir(parents=True, exist_ok=True)
    with errors.open("wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=sink)
        _pid, status, _usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"export --format {fmt} failed: {errors.read_text()[-2000:]}")
    return seconds, int(peak_file.read_text()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--segments", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        project, added = make_project(root, args.segments)
        print(f"{args.segments} segments; `add` took {added:.1f} s")
        timed_export(project, "text", root / "warm-up")  # file cache, .pyc: not counted
        results = {fmt: timed_export(project, fmt, root / "out") for fmt in FORMATS}
        base_seconds, base_memory = results["text"]
        print(f"{'format':<12} {'seconds':>8} {'x text':>7} {'peak MiB':>9} {'x text':>7} size")
        for fmt, (seconds, memory) in results.items():
            files = [f for f in (root / "out" / fmt).iterdir() if f.is_file()]
            size = sum(f.stat().st_size for f in files) / 2**20
            print(
                f"{fmt:<12} {seconds:8.2f} {seconds / base_seconds:7.2f} {memory:9.0f} "
                f"{memory / base_memory:7.2f} {size:.1f} MiB"
            )
    print(
        f"(this process: peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)"
    )


if __name__ == "__main__":
    main()
