"""Encrypted team remotes: git-remote-gcrypt, guarded against concurrent pushes.

The remote (`gcrypt::URL`, URL a git repository: a path, ssh or https) holds only what
git-remote-gcrypt writes: encrypted packs and an encrypted, signed manifest, on one branch.
The participants' key fingerprints are kept in the project (`team/participants.txt`, merged
by git's union driver) with their public keys (`team/keys/FPR.asc`), so everyone's sync
encrypts for the same, current list.

git-remote-gcrypt replaces the remote's manifest on every push (a forced push), so two
members pushing at once could drop each other's commits. `workbench sync` therefore never
lets it write to the remote directly: it copies the remote's (encrypted) branch into a
private mirror in `.git`, lets git-remote-gcrypt read and write the mirror, and moves the
result to the remote with `--force-with-lease` (an atomic compare-and-swap on the remote's
branch). When someone else pushed meanwhile, the swap fails and sync fetches, merges and
tries again.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from workbench.app.team import gpgkeys, keyblob
from workbench.app.team.gitrun import (
    NETWORK_TIMEOUT,
    Identity,
    SyncError,
    describe_remote,
    fetch_failure,
    first_line,
    git,
    git_path,
    ok,
    remote_url,
)
from workbench.domain.errors import InputError, WorkbenchError
from workbench.storage.atomic import write_text_atomic
from workbench.storage.gitattributes import PARTICIPANTS_FILE

GCRYPT_PREFIX = "gcrypt::"
MANIFEST = "91bd0c092128cf2e60e1a608c31e92caf1f9c1595f83f2890ef17c0e4881aa0a"
CIPHER_REF = keyblob.CIPHER_REF
KEYS_DIR = "team/keys"
PARTICIPANTS_HEADER = (
    "# OpenPGP keys the team's encrypted remote is encrypted for, one fingerprint a line.\n"
    "# Add one with `workbench remote participants add KEY`; public keys are in team/keys/.\n"
)
RACE_HINTS = (
    "stale info",
    "fetch first",
    "non-fast-forward",
    "cannot lock ref",
    "failed to lock",
    "failed to update ref",
)
SIGNER = re.compile(r"using \S+ key (?:ID )?([0-9A-F]{16,64})")


def is_encrypted_url(url: str) -> bool:
    return url.startswith(GCRYPT_PREFIX)


def store_url(url: str) -> str:
    """The git URL under `gcrypt::` (a fragment names another branch; not supported here)."""
    return url.removeprefix(GCRYPT_PREFIX)


def is_local_path(url: str) -> bool:
    return "://" not in url and not re.match(r"^[\w.\-@]+:", url)


def absolute_url(url: str) -> str:
    """A local path made absolute (git runs elsewhere than the user typed it); URLs as given."""
    return str(Path(url).expanduser().resolve()) if is_local_path(url) else url


# ---- the participants file -----------------------------------------------------------------


def read_participants(project_root: Path) -> list[str]:
    """The fingerprints in team/participants.txt, in order, less the removed ones (InputError
    on a bad line).

    A removal is a line of its own, `-FINGERPRINT`, not a deleted line: git's union merge
    keeps both sides' lines where two people edited the list at once, so a deleted line could
    come back, and a removed member would still be encrypted for. A removal line stays.
    """
    listed, removed = _participant_lines(project_root / PARTICIPANTS_FILE)
    return [fingerprint for fingerprint in listed if fingerprint not in removed]


def _participant_lines(path: Path) -> tuple[list[str], set[str]]:
    """The fingerprints listed in `path` and those marked removed."""
    if not path.exists():
        return [], set()
    listed: list[str] = []
    removed: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        text = line.split("#", 1)[0].strip().replace(" ", "").upper()
        if not text:
            continue
        is_removal = text.startswith("-")
        fingerprint = text.removeprefix("-")
        if not gpgkeys.FINGERPRINT.match(fingerprint):
            raise InputError(path, f"not a key fingerprint: {line.strip()!r}", number)
        if is_removal:
            removed.add(fingerprint)
        elif fingerprint not in listed:
            listed.append(fingerprint)
    return listed, removed


def _fingerprint_of(line: str) -> str:
    return line.split("#", 1)[0].strip().replace(" ", "").upper()


def add_participant_lines(project_root: Path, keys: list[gpgkeys.KeyInfo]) -> list[str]:
    """Add keys (and their public keys) to the project; the fingerprints newly added."""
    path = project_root / PARTICIPANTS_FILE
    present = read_participants(project_root)
    text = path.read_text(encoding="utf-8") if path.exists() else PARTICIPANTS_HEADER
    if text and not text.endswith("\n"):
        text += "\n"
    added = []
    for key in keys:
        armored = gpgkeys.export_public(key.fingerprint)
        write_text_atomic(project_root / KEYS_DIR / f"{key.fingerprint}.asc", armored)
        if key.fingerprint not in present:
            # Added again after a removal: the removal line goes, the key is listed anew.
            kept = [
                line
                for line in text.splitlines(keepends=True)
                if _fingerprint_of(line) not in (key.fingerprint, f"-{key.fingerprint}")
            ]
            text = "".join(kept) + f"{key.fingerprint}  # {key.user_id}\n"
            present.append(key.fingerprint)
            added.append(key.fingerprint)
    write_text_atomic(path, text)
    return added


@dataclass(frozen=True, slots=True)
class TeamKeys:
    participants: list[str]
    signing_key: str  # the member's own participant key


def import_team_keys(project_root: Path) -> list[str]:
    """Import the participants' public keys kept in the project; check each can be used."""
    gpgkeys.require_tools()
    participants = read_participants(project_root)
    where = str(project_root / PARTICIPANTS_FILE)
    for fingerprint in participants:
        stored = project_root / KEYS_DIR / f"{fingerprint}.asc"
        if gpgkeys.find_key(fingerprint) is None and stored.exists():
            gpgkeys.import_public(stored.read_text(encoding="utf-8"), str(stored))
        gpgkeys.participant_key(fingerprint, where)
    return participants


def team_keys(project_root: Path) -> TeamKeys:
    """The participants (their keys imported and checked) and our own key among them."""
    participants = import_team_keys(project_root)
    where = project_root / PARTICIPANTS_FILE
    if not participants:
        raise SyncError(
            f"{where}: no participants listed: add keys with "
            "`workbench remote participants add KEY`"
        )
    own = gpgkeys.secret_fingerprints()
    mine = [fingerprint for fingerprint in participants if fingerprint in own]
    if not mine:
        raise SyncError(
            f"you hold the secret key of none of the participants in {where}: you cannot "
            "write to the encrypted remote; ask a member to run `workbench remote participants "
            "add YOUR-FINGERPRINT` (and give them your public key)"
        )
    return TeamKeys(participants, mine[0])


# ---- the encrypted remote ------------------------------------------------------------------


class EncryptedRemote:
    """Fetch from and push to a `gcrypt::` remote through a private mirror (see module doc)."""

    def __init__(self, repo: Path, project_root: Path, name: str, identity: Identity) -> None:
        self.repo = repo
        self.project_root = project_root
        self.name = name
        self.url = store_url(remote_url(repo, name))
        self.identity = identity
        self.mirror = git_path(repo, f"workbench-cipher/{name}.git")
        self.lease = ""  # the remote's encrypted branch when we last looked ("" = none)
        self.published: list[str] = []  # the keys in the remote's key list (see keyblob)

    # -- the mirror of the remote's encrypted branch

    def refresh_mirror(self, committed: bool = False) -> bool:
        """Copy the remote's encrypted branch into the mirror; False when it is empty."""
        if not (self.mirror / "HEAD").exists():
            self.mirror.parent.mkdir(parents=True, exist_ok=True)
            made = git(self.repo, "init", "--quiet", "--bare", str(self.mirror))
            if not ok(made):
                raise SyncError(f"{self.mirror}: git init failed: {first_line(made.stderr)}")
        result = self._mirror_git(
            "fetch", "--quiet", "--prune", self.url, "+refs/heads/*:refs/heads/*"
        )
        if not ok(result):
            raise fetch_failure(self.repo, self.name, result, committed)
        branches = self._mirror_git("for-each-ref", "--format=%(refname)", "refs/heads/")
        names = branches.stdout.split()
        if not names:
            self.lease = ""
            return False
        encrypted = names == [CIPHER_REF] and ok(
            self._mirror_git("cat-file", "-e", f"{CIPHER_REF}:{MANIFEST}")
        )
        if not encrypted:
            raise SyncError(
                f"the remote {describe_remote(self.repo, self.name)} holds a plain (unencrypted) "
                "repository, not an encrypted one: nothing was sent to it; use a new, empty "
                "repository for the encrypted remote, or sync with it as a plain remote"
            )
        self.lease = self._mirror_git("rev-parse", CIPHER_REF).stdout.strip()
        return True

    def _mirror_git(self, *args: str) -> subprocess.CompletedProcess[str]:
        return git(
            self.repo,
            f"--git-dir={self.mirror}",
            *args,
            identity=self.identity,
            timeout=NETWORK_TIMEOUT,
        )

    # -- git-remote-gcrypt on the mirror

    def _gcrypt(self, *args: str, participants: str) -> subprocess.CompletedProcess[str]:
        config = ["-c", f"gcrypt.participants={participants}"]
        return git(
            self.repo,
            *config,
            *args,
            identity=self.identity,
            timeout=NETWORK_TIMEOUT,
        )

    def fetch(self, committed: bool) -> None:
        """Fetch the remote's branches into refs/remotes/NAME/ (decrypted on our side)."""
        gpgkeys.require_tools()
        if not self.refresh_mirror(committed):
            self.published = []
            return
        known = read_participants(self.project_root)
        self.published = keyblob.import_published_keys(self.mirror, known)
        # Reading accepts a manifest signed by any key in your keyring ("simple"), so that
        # a member added since your last sync (whose key you imported) can be read.
        result = self._gcrypt(
            "fetch",
            "--quiet",
            "--prune",
            GCRYPT_PREFIX + str(self.mirror),
            f"+refs/heads/*:refs/remotes/{self.name}/*",
            participants="simple",
        )
        if not ok(result):
            raise unreadable_remote(describe_remote(self.repo, self.name), result.stderr)

    def push(self, branch: str) -> tuple[bool, str]:
        """Encrypt for the participants, then swap the remote's branch if nobody else did."""
        keys = team_keys(self.project_root)
        listed = " ".join(keys.participants)
        configure_remote(self.repo, self.name, keys.participants)
        written = git(
            self.repo,
            "-c",
            f"gcrypt.participants={listed}",
            "-c",
            "gcrypt.publish-participants=true",
            "-c",
            f"user.signingkey={keys.signing_key}",
            "push",
            "--quiet",
            GCRYPT_PREFIX + str(self.mirror),
            f"HEAD:refs/heads/{branch}",
            identity=self.identity,
            timeout=NETWORK_TIMEOUT,
        )
        if not ok(written):
            return False, gcrypt_problem(written.stderr)
        if sorted(self.published) != sorted(keys.participants):
            keyblob.publish_keys(self.mirror, keys.participants, keys.signing_key)
        swapped = self._mirror_git(
            "push",
            "--quiet",
            "--porcelain",
            f"--force-with-lease={CIPHER_REF}:{self.lease}",
            self.url,
            f"{CIPHER_REF}:{CIPHER_REF}",
        )
        if not ok(swapped):
            text = swapped.stderr + swapped.stdout
            if any(hint in text for hint in RACE_HINTS):
                return False, "fetch first: the encrypted remote changed while we pushed"
            return False, text
        git(self.repo, "update-ref", f"refs/remotes/{self.name}/{branch}", "HEAD")
        return True, ""


def gcrypt_problem(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.startswith(("gcrypt:", "gpg:"))]
    return lines[-1] if lines else first_line(stderr)


def unreadable_remote(described: str, stderr: str) -> WorkbenchError:
    """Why git-remote-gcrypt could not read the remote, in one line."""
    if "No secret key" in stderr:
        return SyncError(
            f"you are not a participant of the encrypted remote {described}: none of your "
            "secret keys can read it, and nothing of it was kept; give a member your public "
            "key and ask them to run `workbench remote participants add YOUR-FINGERPRINT`"
        )
    if "verify manifest signature" in stderr or "No public key" in stderr:
        signer = SIGNER.search(stderr)
        who = f"key {signer.group(1)}" if signer else "a key"
        return SyncError(
            f"the encrypted remote {described} was last written with {who}, which is not in "
            "your GnuPG keyring: import the team members' public keys (gpg --import), then "
            "try again"
        )
    return SyncError(f"cannot read the encrypted remote {described}: {gcrypt_problem(stderr)}")


def holds_ciphertext(repo: Path, ref: str) -> bool:
    """True when `ref` is a git-remote-gcrypt store (fetched as if it were plain)."""
    return ok(git(repo, "cat-file", "-e", f"{ref}:{MANIFEST}"))


def refuse_plain_fetch_of_ciphertext(repo: Path, remote: str) -> None:
    """A plain remote that turns out to hold an encrypted store: stop before merging it."""
    refs = git(repo, "for-each-ref", "--format=%(refname)", f"refs/remotes/{remote}/").stdout
    for ref in refs.split():
        if holds_ciphertext(repo, ref):
            url = remote_url(repo, remote)
            raise SyncError(
                f"the remote {remote!r} ({url}) is an encrypted remote but is set up as a plain "
                f"one: nothing was merged or sent; run `git remote set-url {remote} "
                f"{GCRYPT_PREFIX}{url}` and sync again"
            )


# ---- setting up ----------------------------------------------------------------------------


def add_encrypted_remote(
    repo: Path, project_root: Path, name: str, url: str, queries: list[str], identity: Identity
) -> list[str]:
    """`workbench remote add NAME URL --encrypt-for KEY...`: the participants' fingerprints."""
    gpgkeys.require_tools()
    url = absolute_url(store_url(url))
    if not queries:
        raise WorkbenchError("an encrypted remote needs at least one key: --encrypt-for KEY")
    if name in git(repo, "remote").stdout.split():
        raise WorkbenchError(
            f"there is already a remote {name!r} ({remote_url(repo, name)}): choose another "
            f"name, or remove it first (git remote remove {name})"
        )
    keys = [gpgkeys.participant_key(query) for query in queries]
    listed = read_participants(project_root)
    own = gpgkeys.secret_fingerprints()
    if not any(key.fingerprint in own for key in keys) and not own & set(listed):
        raise gpgkeys.KeyProblem(
            "you hold the secret key of none of these keys: add your own key with "
            "--encrypt-for (gpg --list-secret-keys shows yours)"
        )
    if is_local_path(url) and not Path(url).exists():
        made = git(repo, "init", "--quiet", "--bare", url)
        if not ok(made):
            raise WorkbenchError(
                f"{url}: could not create the repository: {first_line(made.stderr)}"
            )
    added = git(repo, "remote", "add", name, GCRYPT_PREFIX + url)
    if not ok(added):
        raise WorkbenchError(f"git remote add failed: {first_line(added.stderr)}")
    try:
        EncryptedRemote(repo, project_root, name, identity).refresh_mirror()
    except WorkbenchError:
        git(repo, "remote", "remove", name)
        raise
    add_participant_lines(project_root, keys)
    fingerprints = read_participants(project_root)
    configure_remote(repo, name, fingerprints)
    return fingerprints


def configure_remote(repo: Path, name: str, participants: list[str]) -> None:
    """git-remote-gcrypt's settings, so that a plain `git push` by hand encrypts the same way.

    The recipients' (encryption subkey) ids are written in the clear: with GnuPG 2.2 and
    elliptic-curve keys, a member whose key is not the first hidden recipient cannot decrypt
    (gpg fails its trial decryption with a "Checksum error").
    """
    git(repo, "config", f"remote.{name}.gcrypt-participants", " ".join(participants))
    git(repo, "config", f"remote.{name}.gcrypt-publish-participants", "true")


def add_participant(project_root: Path, query: str) -> gpgkeys.KeyInfo:
    """`workbench remote participants add KEY`: listed, with its public key, for the next sync."""
    gpgkeys.require_tools()
    key = gpgkeys.participant_key(query)
    add_participant_lines(project_root, [key])
    return key


def remove_participant(project_root: Path, query: str) -> str:
    """`workbench remote participants remove KEY`: the fingerprint removed.

    The next sync encrypts for the others only; what the removed member already fetched stays
    readable to them (as with any copy they made).
    """
    gpgkeys.require_tools()
    listed = read_participants(project_root)
    wanted = query.replace(" ", "").upper()
    if wanted not in listed:
        key = gpgkeys.find_key(query)
        wanted = key.fingerprint if key else wanted
    path = project_root / PARTICIPANTS_FILE
    if wanted not in listed:
        raise WorkbenchError(f"{path}: {query!r} is not a participant")
    remaining = [fingerprint for fingerprint in listed if fingerprint != wanted]
    own = gpgkeys.secret_fingerprints()
    if not own & set(remaining):
        raise WorkbenchError(
            f"{path}: removing {wanted} would leave none of your own keys: you could no longer "
            "write to the encrypted remote"
        )
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if _fingerprint_of(line) != wanted]
    if kept and not kept[-1].endswith("\n"):
        kept[-1] += "\n"
    write_text_atomic(path, "".join(kept) + f"-{wanted}  # removed\n")
    (project_root / KEYS_DIR / f"{wanted}.asc").unlink(missing_ok=True)
    return wanted
