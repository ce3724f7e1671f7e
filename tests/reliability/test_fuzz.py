"""Every reader of untrusted files, fuzzed (see tests/reliability/fuzz.py): no traceback, no
hang, nothing written on refusal.

A few hundred mutants in all by default (fast enough for every run); on demand:

    WORKBENCH_FUZZ_MUTANTS=1000 WORKBENCH_FUZZ_SEED=7 .venv/bin/python -m pytest \\
        tests/reliability/test_fuzz.py
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys

from tests.reliability.fuzz import READERS, REPO

TOTAL = int(os.environ.get("WORKBENCH_FUZZ_MUTANTS", "300"))
SEED = int(os.environ.get("WORKBENCH_FUZZ_SEED", "1"))
PER_READER = max(1, math.ceil(TOTAL / len(READERS)))
WORKERS = 2  # the readers are split over this many processes


def start_worker(readers: list[str]) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "tests.reliability.fuzz", "--mutants", str(PER_READER)]
    command += ["--seed", str(SEED)]
    for name in readers:
        command += ["--reader", name]
    return subprocess.Popen(
        command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def collect(worker: subprocess.Popen[str], readers: list[str]) -> tuple[list[str], dict]:
    """(failures, counts by reader); a worker still running after its budget is a hang."""
    budget = 120 + 3 * PER_READER * len(readers)
    try:
        out, err = worker.communicate(timeout=budget)
    except subprocess.TimeoutExpired:
        worker.kill()
        out, err = worker.communicate()
        lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        reader = next((x["reader"] for x in reversed(lines) if "reader" in x), "?")
        start = next((x["start"] for x in reversed(lines) if "start" in x), "?")
        return [f"{reader} mutant {start}: hang (the worker ran past {budget} s)"], {}
    failures, counts = [], {}
    for line in out.splitlines():
        item = json.loads(line)
        if "outcome" in item:
            failures.append(f"{item['outcome']} in mutant {item['mutant']}: {item['detail']}")
        if "done" in item:
            counts[item["done"]] = item["counts"]
    if worker.returncode != 0:
        failures.append(f"worker exited {worker.returncode}: {err[-2000:]}")
    return failures, counts


def test_no_reader_fails_on_its_mutants() -> None:
    names = sorted(READERS)
    groups = [names[i::WORKERS] for i in range(WORKERS)]
    workers = [(start_worker(group), group) for group in groups]
    failures, counts = [], {}
    for worker, group in workers:
        found, done = collect(worker, group)
        failures += found
        counts.update(done)
    assert not failures, "\n".join(failures)
    assert sorted(counts) == names  # every reader ran to the end
    for name, count in counts.items():
        assert count["read"] + count["refused"] == PER_READER, (name, count)
        assert count["refused"] > 0, f"{name}: no mutant was refused (are the mutators working?)"
