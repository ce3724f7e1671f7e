"""sync, setup-git, serve, and the merge drivers git calls (merge-po, merge-glossary)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from workbench.cli.arguments import Subcommands
from workbench.cli.common import project_from_args
from workbench.domain.errors import WorkbenchError
from workbench.storage.settings import HANDLE_ENV
from workbench.web.serve import session_handle


def register(subparsers: Subcommands) -> None:
    sync = subparsers.add_parser(
        "sync",
        help="commit, pull and push the project (git)",
        description="Commit the project's changes under your handle, pull from the remote "
        "(merging translations segment by segment), and push. With no remote it only commits.",
    )
    sync.add_argument("--message", "-m", metavar="TEXT", help="the commit message")
    sync.set_defaults(func=run_sync)

    setup = subparsers.add_parser(
        "setup-git",
        help="register the merge drivers in this repository",
        description="Write .gitattributes and register the workbench merge drivers in the "
        "repository's git config, so that `git pull` merges PO files and glossary.yml safely.",
    )
    setup.set_defaults(func=run_setup_git)

    serve = subparsers.add_parser(
        "serve",
        help="serve the workbench in a web browser",
        description="Serve the workbench to web browsers (textual-serve). Open "
        "http://HOST:PORT/?handle=NAME to act as NAME. On an address other than loopback "
        "(or with --token) a secret token is printed and required.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument(
        "--token",
        action="store_true",
        help="require a secret token even on 127.0.0.1 (always required on other addresses)",
    )
    serve.add_argument(
        "--people",
        metavar="NAME,NAME",
        help="the handles the token admits (default: yours); the page's ?handle= picks one",
    )
    serve.set_defaults(func=run_serve)

    for name, func in (("merge-po", run_merge_po), ("merge-glossary", run_merge_glossary)):
        driver = subparsers.add_parser(name)  # hidden: called by git, see setup-git
        driver.add_argument("base")
        driver.add_argument("ours")
        driver.add_argument("theirs")
        driver.add_argument("path", nargs="?")
        driver.set_defaults(func=func)
    _hide(subparsers, ("merge-po", "merge-glossary"))


def _hide(subparsers: Subcommands, names: tuple[str, ...]) -> None:
    subparsers._choices_actions = [  # noqa: SLF001 - argparse has no public way to hide
        action for action in subparsers._choices_actions if action.dest not in names
    ]


# ---- sync --------------------------------------------------------------------------------


def run_sync(args: argparse.Namespace) -> int:
    from workbench.app.team.gitsync import sync

    project = project_from_args(args)
    result = sync(project, args.message, progress=lambda text: print(text, file=sys.stderr))
    for message in result.messages:
        print(message)
    return 0


def run_setup_git(args: argparse.Namespace) -> int:
    from workbench.app.team.gitsync import repository_root, setup_git

    project = project_from_args(args)
    setup_git(project.root)
    if repository_root(project.root) is None:
        print(
            f"Wrote {project.root / '.gitattributes'}; {project.root} is not a git repository "
            "yet: run `git init` (or `workbench sync`), then `workbench setup-git` again."
        )
    else:
        print("Merge drivers registered: PO files merge per segment, glossary.yml per entry.")
    return 0


# ---- merge drivers (git calls these; exit 0 = merged, 1 = let git mark a conflict) -------------


def _driver_handle(path: str | None) -> str:
    if os.environ.get(HANDLE_ENV):
        return os.environ[HANDLE_ENV]
    try:
        from workbench.storage.project import Project

        start = Path(path).parent if path else Path.cwd()
        return Project.find(start=start.resolve()).handle
    except WorkbenchError:
        return "merge"


def run_merge_po(args: argparse.Namespace) -> int:
    from workbench.storage.merge import merge_po_files

    try:
        report = merge_po_files(args.base, args.ours, args.theirs, _driver_handle(args.path))
    except (WorkbenchError, OSError) as error:
        print(f"workbench merge-po: {args.path or args.ours}: {error}", file=sys.stderr)
        return 1
    if report.conflicts:
        print(
            f"workbench: {args.path or args.ours}: {len(report.conflicts)} segment(s) changed on "
            "both sides: both versions kept, flagged for review",
            file=sys.stderr,
        )
    return 0


def run_merge_glossary(args: argparse.Namespace) -> int:
    from workbench.storage.glossary.merge import merge_glossary_files

    try:
        report = merge_glossary_files(args.base, args.ours, args.theirs)
    except (WorkbenchError, OSError) as error:
        print(f"workbench merge-glossary: {args.path or args.ours}: {error}", file=sys.stderr)
        return 1
    for note in report.notes:
        print(f"workbench: {args.path or 'glossary.yml'}: {note}", file=sys.stderr)
    return 0


# ---- serve -------------------------------------------------------------------------------


def run_serve(args: argparse.Namespace) -> int:
    from workbench.web.serve import Access, app_command, exposure_warning

    project = project_from_args(args)
    try:
        from workbench.web.server import WorkbenchServer
    except ImportError as error:
        raise WorkbenchError(
            f"serving needs the textual-serve package ({error.name} is missing)"
        ) from None
    people = tuple(name.strip() for name in (args.people or "").split(",") if name.strip())
    for person in people:
        if session_handle(person) is None:
            raise WorkbenchError(f"--people: {person!r} is not a valid handle")
    access = Access.for_serving(args.host, args.token, people, project.handle)
    warning = exposure_warning(args.host, args.port)
    if warning:
        print(warning, file=sys.stderr)
    if args.handle:
        os.environ[HANDLE_ENV] = project.handle  # --as: the default for every session
    command = app_command(project.root)
    print(f"Serving {project.root} (Ctrl+C to stop).")
    if access.token is None:
        print(f"Open {access.page_urls(args.host, args.port)[0]}?handle=NAME to work as NAME.")
    else:
        print("Each address holds a secret token: give it only to that person.")
        for url in access.page_urls(args.host, args.port):
            print(f"Open {url}")
    sys.stdout.flush()
    WorkbenchServer(command, host=args.host, port=args.port, access=access).serve()
    return 0
