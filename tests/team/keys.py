"""Real OpenPGP keys for the encrypted-remote tests, made once per test session.

Keys are made in one GnuPG home; each person then gets a home of their own holding their
secret key and whichever public keys the test gives them. Homes live under a short /tmp path
(gpg-agent's socket path has a length limit); every agent is stopped at the end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

QUIET = ("--batch", "--pinentry-mode", "loopback", "--passphrase", "")
PAST = ("--faked-system-time", "20200101T000000")


def run_gpg(home: Path, *args: str, data: bytes | None = None) -> bytes:
    result = subprocess.run(
        ["gpg", "--homedir", str(home), *args], input=data, capture_output=True, check=False
    )
    if result.returncode != 0:
        raise AssertionError(f"gpg {' '.join(args)} failed: {result.stderr.decode()}")
    return result.stdout


def fingerprint(home: Path, name: str) -> str:
    out = run_gpg(home, "--with-colons", "--list-keys", f"={name}").decode()
    return next(line.split(":")[9] for line in out.splitlines() if line.startswith("fpr"))


class Keyring:
    """Keys made once: people with encryption subkeys, and some broken ones."""

    PEOPLE = ("alice", "bob", "carol", "dave", "outsider")

    def __init__(self) -> None:
        self.base = Path(tempfile.mkdtemp(prefix="wbg", dir="/tmp"))
        self.homes: list[Path] = []
        self.maker = self._new_home()
        self.fingerprints: dict[str, str] = {}
        for name in self.PEOPLE:
            self._make(name, encrypt=True)
        self._make("signonly", encrypt=False)
        self._make("expired", encrypt=True, past=True)
        self.public = {
            n: run_gpg(self.maker, "--armor", "--export", f) for n, f in self.fingerprints.items()
        }

    def _new_home(self) -> Path:
        home = Path(tempfile.mkdtemp(prefix="h", dir=self.base))
        home.chmod(0o700)
        self.homes.append(home)
        return home

    def _make(self, name: str, encrypt: bool, past: bool = False) -> None:
        when = PAST if past else ()
        expiry = "1d" if past else "never"
        run_gpg(self.maker, *QUIET, *when, "--quick-gen-key", name, "ed25519", "sign", expiry)
        fpr = fingerprint(self.maker, name)
        if encrypt:
            run_gpg(self.maker, *QUIET, *when, "--quick-add-key", fpr, "cv25519", "encr", expiry)
        self.fingerprints[name] = fpr

    def home_for(self, owner: str | None, public: tuple[str, ...] = ()) -> Path:
        """A new GnuPG home with `owner`'s secret key and the public keys of `public`."""
        home = self._new_home()
        if owner is not None:
            secret = run_gpg(
                self.maker, *QUIET, "--armor", "--export-secret-keys", self.fingerprints[owner]
            )
            run_gpg(home, *QUIET, "--import", data=secret)
        for name in public:
            run_gpg(home, *QUIET, "--import", data=self.public[name])
        return home

    def close(self) -> None:
        for home in self.homes:
            subprocess.run(
                ["gpgconf", "--kill", "all"],
                env=dict(os.environ, GNUPGHOME=str(home)),
                capture_output=True,
                check=False,
            )
        shutil.rmtree(self.base, ignore_errors=True)
