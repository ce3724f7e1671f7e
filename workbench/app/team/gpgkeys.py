"""The OpenPGP keys of a team, asked of GnuPG (`gpg`, honouring GNUPGHOME).

An encrypted remote is encrypted for the participants' keys: each needs a usable encryption
(sub)key, and the member who writes to the remote signs with a secret key of their own.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from workbench.domain.errors import WorkbenchError

INSTALL_HINT = "install GnuPG and git-remote-gcrypt (Debian: apt install gnupg git-remote-gcrypt)"
FINGERPRINT = re.compile(r"^[0-9A-F]{40}$|^[0-9A-F]{64}$")


class KeyProblem(WorkbenchError):
    """A key cannot serve the encrypted remote; the message says which and why."""


@dataclass(frozen=True, slots=True)
class KeyInfo:
    fingerprint: str
    user_id: str
    can_encrypt: bool
    expired: bool
    revoked: bool
    encryption_expired: bool  # it had an encryption subkey, now expired


def require_tools() -> None:
    """GnuPG and git-remote-gcrypt are both needed for an encrypted remote."""
    for tool, package in (("gpg", "GnuPG (gpg)"), ("git-remote-gcrypt", "git-remote-gcrypt")):
        if shutil.which(tool) is None:
            raise WorkbenchError(
                f"{package} is not installed: encrypted remotes need it; {INSTALL_HINT}"
            )


def gpg(*args: str, input_text: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run gpg (batch, no terminal) on text."""
    data = input_text.encode("utf-8") if input_text is not None else None
    result = _gpg_bytes(*args, data=data)
    return subprocess.CompletedProcess(
        result.args,
        result.returncode,
        result.stdout.decode("utf-8", "replace"),
        result.stderr.decode("utf-8", "replace"),
    )


def _gpg_bytes(*args: str, data: bytes | None) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, LC_ALL="C")
    try:
        return subprocess.run(
            ["gpg", "--batch", "--no-tty", *args],
            input=data,
            capture_output=True,
            env=env,
            timeout=120,
        )
    except FileNotFoundError:
        raise WorkbenchError(f"GnuPG (gpg) is not installed; {INSTALL_HINT}") from None
    except subprocess.TimeoutExpired:
        raise WorkbenchError(
            "gpg did not answer within 120 s (waiting for a passphrase?): unlock your key "
            "with gpg-agent first"
        ) from None


def _records(output: str) -> list[list[str]]:
    return [line.split(":") for line in output.splitlines() if line]


def find_key(query: str) -> KeyInfo | None:
    """The public key `query` names (fingerprint, key id or user id), or None."""
    result = gpg("--with-colons", "--fixed-list-mode", "--list-keys", "--", query)
    if result.returncode != 0:
        return None
    keys = _parse_keys(result.stdout)
    if not keys:
        return None
    if len(keys) > 1:
        names = ", ".join(key.fingerprint for key in keys)
        raise KeyProblem(f"{query!r} matches {len(keys)} keys ({names}): give a fingerprint")
    return keys[0]


def _parse_keys(output: str) -> list[KeyInfo]:
    keys: list[KeyInfo] = []
    pub: list[str] | None = None
    fingerprint, user_id, sub_expired = "", "", False
    last = ""

    def close() -> None:
        if pub is not None:
            capabilities = pub[11] if len(pub) > 11 else ""
            keys.append(
                KeyInfo(
                    fingerprint=fingerprint,
                    user_id=user_id,
                    can_encrypt="E" in capabilities,
                    expired=pub[1] == "e",
                    revoked=pub[1] == "r",
                    encryption_expired=sub_expired,
                )
            )

    for record in _records(output):
        kind = record[0]
        if kind == "pub":
            close()
            pub, fingerprint, user_id, sub_expired = record, "", "", False
        elif kind == "fpr" and last == "pub":
            fingerprint = record[9]
        elif kind == "uid" and not user_id:
            user_id = record[9]
        elif kind == "sub" and "e" in (record[11] if len(record) > 11 else ""):
            sub_expired = sub_expired or record[1] == "e"
        last = kind
    close()
    return keys


def participant_key(query: str, where: str = "") -> KeyInfo:
    """The key `query` names, checked usable to encrypt for; else a clear one-line error."""
    origin = f"{where}: " if where else ""
    key = find_key(query)
    if key is None:
        raise KeyProblem(
            f"{origin}no OpenPGP key {query!r} in your GnuPG keyring: import it first "
            "(gpg --import KEYFILE)"
        )
    name = f"key {key.fingerprint} ({key.user_id})"
    if key.revoked:
        raise KeyProblem(f"{origin}{name} is revoked: the team needs a new key for this person")
    if key.expired:
        raise KeyProblem(
            f"{origin}{name} has expired: extend it (gpg --quick-set-expire) or use a new key"
        )
    if not key.can_encrypt:
        why = "has expired" if key.encryption_expired else "is missing"
        raise KeyProblem(
            f"{origin}{name} cannot encrypt: its encryption subkey {why} "
            f"(add one: gpg --quick-add-key {key.fingerprint} cv25519 encr)"
        )
    return key


def secret_fingerprints() -> set[str]:
    """Fingerprints of the primary keys you hold a secret key for."""
    result = gpg("--with-colons", "--fixed-list-mode", "--list-secret-keys")
    found: set[str] = set()
    last = ""
    for record in _records(result.stdout):
        if record[0] == "fpr" and last == "sec":
            found.add(record[9])
        last = record[0]
    return found


def export_public(fingerprint: str) -> str:
    result = gpg("--armor", "--export-options", "export-minimal", "--export", fingerprint)
    if result.returncode != 0 or "BEGIN PGP PUBLIC KEY BLOCK" not in result.stdout:
        raise KeyProblem(f"could not export key {fingerprint}: {result.stderr.strip()}")
    return result.stdout


def import_public(armored: str, where: str) -> None:
    result = gpg("--import", "--import-options", "import-minimal", input_text=armored)
    if result.returncode != 0:
        detail = result.stderr.strip().splitlines()[-1:] or ["gpg failed"]
        raise KeyProblem(f"{where}: not a usable OpenPGP public key ({detail[0]})")


def encrypt_signed(data: bytes, recipients: list[str], signer: str) -> bytes:
    """`data` signed by `signer`, encrypted for `recipients` (their key ids in the clear)."""
    to = [arg for fingerprint in recipients for arg in ("-r", fingerprint)]
    result = _gpg_bytes(
        "--trust-model", "always", "-u", signer, *to, "--sign", "--encrypt", data=data
    )
    if result.returncode != 0:
        raise KeyProblem(f"gpg could not encrypt for the team: {_last_line(result.stderr)}")
    return result.stdout


def decrypt_verified(data: bytes) -> tuple[bytes, str | None] | None:
    """(plaintext, the signer's primary fingerprint or None); None if we cannot decrypt."""
    result = _gpg_bytes("--status-fd", "2", "--decrypt", data=data)
    status = result.stderr.decode("utf-8", "replace")
    if "[GNUPG:] DECRYPTION_OKAY" not in status:
        return None
    signer = None
    for line in status.splitlines():
        if line.startswith("[GNUPG:] VALIDSIG "):
            signer = line.split()[-1]
    return result.stdout, signer


def fingerprints_in(armored: bytes) -> list[str]:
    """The primary fingerprints of the keys in an export, without importing them."""
    result = _gpg_bytes("--with-colons", "--import-options", "show-only", "--import", data=armored)
    found, last = [], ""
    for record in _records(result.stdout.decode("utf-8", "replace")):
        if record[0] == "fpr" and last == "pub":
            found.append(record[9])
        last = record[0]
    return found


def _last_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else "no details"
