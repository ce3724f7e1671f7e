"""clone: a member's own copy of the team's project, plain or encrypted."""

from __future__ import annotations

import argparse
from pathlib import Path

from workbench.cli.arguments import Subcommands


def register(subparsers: Subcommands) -> None:
    clone = subparsers.add_parser(
        "clone",
        help="clone the team's project (plain or encrypted) and register the merge drivers",
        description="Clone the project at URL into DIR and register the merge drivers. "
        "With --encrypted, URL is an encrypted remote (git-remote-gcrypt) that one of your "
        "secret keys can read.",
    )
    clone.add_argument("url", metavar="URL")
    clone.add_argument("directory", metavar="DIR")
    clone.add_argument(
        "--encrypted", action="store_true", help="the remote is encrypted (gcrypt::URL)"
    )
    clone.set_defaults(func=run_clone)


def run_clone(args: argparse.Namespace) -> int:
    from workbench.app.team.clone import clone
    from workbench.app.team.gitrun import Identity

    handle = args.handle or "workbench"
    identity = Identity(handle, f"{handle}@workbench.invalid")
    branch = clone(args.url, Path(args.directory), args.encrypted, identity)
    kind = "encrypted " if args.encrypted else ""
    print(
        f"Cloned the {kind}project into {args.directory} (branch {branch}); merge drivers "
        "registered. Run `workbench sync` there to share your work."
    )
    return 0
