"""`workbench sync` through an encrypted remote (git-remote-gcrypt) against a plain one.

Two members take turns: edit one segment of a real document (the first seed in
../shared/seeds), sync. The same rounds run on a plain bare remote (the baseline, in the
same run) and on an encrypted one; the figures are the median seconds a sync and the ratio.
Keys are made for the run in a temporary GnuPG home (ed25519 + cv25519, no passphrase).

    .venv/bin/python bench/bench_sync_encrypted.py [--rounds 6]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from paths import SHARED  # noqa: E402

from workbench.domain.workflow import confirm  # noqa: E402
from workbench.storage.project import Project  # noqa: E402

QUIET = ("--batch", "--pinentry-mode", "loopback", "--passphrase", "")


def run(*args: str, cwd: Path | None = None) -> str:
    result = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {result.stderr}")
    return result.stdout


def wb(*args: str, cwd: Path | None = None) -> str:
    return run(sys.executable, "-m", "workbench.cli", *args, cwd=cwd)


def make_key(name: str) -> str:
    run("gpg", *QUIET, "--quick-gen-key", name, "ed25519", "sign", "never")
    listing = run("gpg", "--with-colons", "--list-keys", f"={name}")
    fingerprint = next(
        line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr")
    )
    run("gpg", *QUIET, "--quick-add-key", fingerprint, "cv25519", "encr", "never")
    return fingerprint


def setup(folder: Path, seed: Path, keys: list[str] | None) -> dict[str, Path]:
    remote = folder / "remote.git"
    run("git", "init", "--quiet", "--bare", str(remote))
    alice = folder / "alice"
    wb("--as", "alice", "init", str(alice), "--source-lang", "en", "--target-lang", "ru")
    run("git", "-c", "init.defaultBranch=main", "init", "--quiet", cwd=alice)
    wb("--project", str(alice), "add", str(seed))
    if keys:
        args = [arg for key in keys for arg in ("--encrypt-for", key)]
        wb("--project", str(alice), "remote", "add", "origin", str(remote), *args)
    else:
        run("git", "remote", "add", "origin", str(remote), cwd=alice)
    wb("--project", str(alice), "--as", "alice", "sync", "-m", "start")
    bob = folder / "bob"
    wb("--as", "bob", "clone", str(remote), str(bob), *(["--encrypted"] if keys else []))
    return {"alice": alice, "bob": bob, "remote": remote}


def rounds(people: dict[str, Path], count: int) -> list[float]:
    times = []
    for number in range(count):
        name = ("alice", "bob")[number % 2]
        project = Project.find(explicit=people[name])
        document = project.documents()[0]
        catalog = project.load_catalog(document, "ru")
        confirm(catalog.units[number], f"Перевод {number} от {name}.", name)
        catalog.save(name)
        start = time.perf_counter()
        wb("--project", str(people[name]), "--as", name, "sync")
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=6)
    options = parser.parse_args()
    seed = sorted((SHARED / "seeds").glob("*.txt"))[0]
    base = Path(tempfile.mkdtemp(prefix="wbs", dir="/tmp"))
    home = base / "g"
    home.mkdir(mode=0o700)
    os.environ["GNUPGHOME"] = str(home)
    os.environ["GIT_CONFIG_NOSYSTEM"] = "1"
    try:
        keys = [make_key("alice"), make_key("bob")]
        plain = rounds(setup(base / "plain", seed, None), options.rounds)
        encrypted_team = setup(base / "encrypted", seed, keys)
        encrypted = rounds(encrypted_team, options.rounds)
        plain_median, crypt_median = statistics.median(plain), statistics.median(encrypted)
        size = sum(p.stat().st_size for p in encrypted_team["remote"].rglob("*") if p.is_file())
        print(f"document: {seed.name}; {options.rounds} syncs each, two members taking turns")
        print(f"plain remote     : median {plain_median:.2f} s a sync (baseline)")
        print(f"encrypted remote : median {crypt_median:.2f} s a sync")
        print(f"ratio encrypted / plain: {crypt_median / plain_median:.1f}x")
        print(f"encrypted remote on disk after the run: {size / 1024:.0f} KiB")
    finally:
        subprocess.run(["gpgconf", "--kill", "all"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
