"""remote add, remote participants add/list: a team remote, encrypted for the team's keys."""

from __future__ import annotations

import argparse
import sys

from workbench.cli.arguments import Subcommands
from workbench.cli.common import project_from_args
from workbench.storage.project import Project


def register(subparsers: Subcommands) -> None:
    remote = subparsers.add_parser(
        "remote",
        help="set up the team's remote (encrypted with git-remote-gcrypt)",
        description="Set up the remote the team syncs through. With --encrypt-for, the remote "
        "only ever holds data encrypted for the listed OpenPGP keys (git-remote-gcrypt).",
    )
    actions = remote.add_subparsers(dest="remote_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add a remote (encrypted with --encrypt-for)",
        description="Add the git remote NAME at URL. With --encrypt-for, it is an encrypted "
        "remote (gcrypt::URL); the keys' fingerprints are kept in team/participants.txt.",
    )
    add.add_argument("name", metavar="NAME")
    add.add_argument("url", metavar="URL", help="a git repository: a path, ssh or https URL")
    add.add_argument(
        "--encrypt-for",
        action="append",
        default=[],
        metavar="KEY",
        help="an OpenPGP key (fingerprint) the remote is encrypted for; repeat for each member",
    )
    add.set_defaults(func=run_add)

    participants = actions.add_parser(
        "participants", help="the keys the encrypted remote is encrypted for"
    )
    what = participants.add_subparsers(dest="participants_command", metavar="ACTION", required=True)
    add_key = what.add_parser(
        "add",
        help="add a member's key: everyone's next sync encrypts for it too",
        description="Add KEY (in your GnuPG keyring) to team/participants.txt with its public "
        "key; the next `workbench sync` encrypts the remote for the new list.",
    )
    add_key.add_argument("key", metavar="KEY")
    add_key.set_defaults(func=run_participants_add)
    remove_key = what.add_parser(
        "remove",
        help="remove a member's key: the next sync encrypts for the others only",
        description="Remove KEY from team/participants.txt (and its public key); the next "
        "`workbench sync` encrypts the remote for the others only. What that member already "
        "fetched stays readable to them.",
    )
    remove_key.add_argument("key", metavar="KEY")
    remove_key.set_defaults(func=run_participants_remove)
    listing = what.add_parser("list", help="list the participants' keys")
    listing.set_defaults(func=run_participants_list)


def run_add(args: argparse.Namespace) -> int:
    from workbench.app.team.gitrun import git
    from workbench.app.team.gitsync import choose_remote, ensure_repository, identity_for
    from workbench.app.team.remote import add_encrypted_remote, is_encrypted_url
    from workbench.domain.errors import WorkbenchError

    project = project_from_args(args)
    repo = ensure_repository(project, lambda text: print(text, file=sys.stderr))
    if not args.encrypt_for:
        if is_encrypted_url(args.url):
            raise WorkbenchError("an encrypted remote needs the team's keys: --encrypt-for KEY")
        result = git(repo, "remote", "add", args.name, args.url)
        if result.returncode != 0:
            raise WorkbenchError(f"git remote add failed: {result.stderr.strip()}")
        print(
            f"Added the plain remote {args.name} ({args.url}): whoever hosts it can read the "
            "project; use --encrypt-for KEY for an encrypted one."
        )
        return 0
    fingerprints = add_encrypted_remote(
        repo, project.root, args.name, args.url, args.encrypt_for, identity_for(project)
    )
    print(
        f"Added the encrypted remote {args.name} (gcrypt::{args.url}) for "
        f"{len(fingerprints)} key(s), listed in team/participants.txt."
    )
    if choose_remote(repo, project) != args.name:
        print(f'Sync uses another remote: set [sync] remote = "{args.name}" in workbench.toml.')
    print("Run `workbench sync` to send the project, encrypted.")
    return 0


def run_participants_add(args: argparse.Namespace) -> int:
    from workbench.app.team.remote import add_participant

    project = project_from_args(args)
    key = add_participant(project.root, args.key)
    return _participants_changed(project, f"Added {key.fingerprint} ({key.user_id}) to")


def run_participants_remove(args: argparse.Namespace) -> int:
    from workbench.app.team.remote import remove_participant

    project = project_from_args(args)
    removed = remove_participant(project.root, args.key)
    return _participants_changed(project, f"Removed {removed} from")


def _participants_changed(project: Project, change: str) -> int:
    from workbench.app.team.remote import read_participants

    count = len(read_participants(project.root))
    print(
        f"{change} team/participants.txt; your next `workbench sync` encrypts the remote "
        f"for the {count} key(s) listed."
    )
    return 0


def run_participants_list(args: argparse.Namespace) -> int:
    from workbench.app.team.gpgkeys import find_key
    from workbench.app.team.remote import read_participants

    project = project_from_args(args)
    for fingerprint in read_participants(project.root):
        key = find_key(fingerprint)
        print(f"{fingerprint}  {key.user_id if key else '(not in your keyring)'}")
    return 0
