"""sync, setup-git, serve, and the merge drivers git calls (merge-po, merge-glossary)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from workbench.cli.common import project_from_args
from workbench.domain.errors import WorkbenchError
from workbench.storage.settings import HANDLE_ENV


def register(subparsers: argparse._SubParsersAction) -> None:
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
        "http://HOST:PORT/?handle=NAME to act as NAME.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.set_defaults(func=run_serve)

    for name, func in (("merge-po", run_merge_po), ("merge-glossary", run_merge_glossary)):
        driver = subparsers.add_parser(name)  # hidden: called by git, see setup-git
        driver.add_argument("base")
        driver.add_argument("ours")
        driver.add_argument("theirs")
        driver.add_argument("path", nargs="?")
        driver.set_defaults(func=func)
    _hide(subparsers, ("merge-po", "merge-glossary"))


def _hide(subparsers: argparse._SubParsersAction, names: tuple[str, ...]) -> None:
    subparsers._choices_actions = [  # noqa: SLF001 - argparse has no public way to hide
        action for action in subparsers._choices_actions if action.dest not in names
    ]


# ---- sync --------------------------------------------------------------------------------


def run_sync(args: argparse.Namespace) -> int:
    from workbench.app.gitsync import sync

    project = project_from_args(args)
    result = sync(project, args.message, progress=lambda text: print(text, file=sys.stderr))
    for message in result.messages:
        print(message)
    return 0


def run_setup_git(args: argparse.Namespace) -> int:
    from workbench.app.gitsync import repository_root, setup_git

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
    from workbench.web.serve import app_command, exposure_warning, page_url

    project = project_from_args(args)
    try:
        server_class = web_server_class()
    except ImportError as error:
        raise WorkbenchError(
            f"serving needs the textual-serve package ({error.name} is missing)"
        ) from None
    warning = exposure_warning(args.host, args.port)
    if warning:
        print(warning, file=sys.stderr)
    if args.handle:
        os.environ[HANDLE_ENV] = project.handle  # --as: the default for every session
    command = app_command(project.root)
    print(f"Serving {project.root} on {page_url(args.host, args.port)} (Ctrl+C to stop)")
    print(f"Open {page_url(args.host, args.port)}?handle=NAME to work as NAME.")
    server = server_class(command, host=args.host, port=args.port, title="workbench")
    server.serve()
    return 0


def web_server_class() -> Any:
    """textual-serve's Server, taught to give each browser session its own handle."""
    import aiohttp_jinja2
    from aiohttp import web
    from textual_serve.app_service import AppService
    from textual_serve.server import Server

    from workbench.web.serve import session_handle

    class SessionService(AppService):
        def __init__(self, *args: Any, handle: str | None = None, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.session_handle = handle

        def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
            environment = super()._build_environment(width=width, height=height)
            if self.session_handle:
                environment[HANDLE_ENV] = self.session_handle
            return environment

    class WorkbenchServer(Server):
        async def _make_app(self) -> web.Application:
            app = await super()._make_app()
            app.router.add_get("/ws/as/{handle}", self.handle_websocket)
            return app

        @aiohttp_jinja2.template("app_index.html")
        async def handle_index(self, request: web.Request) -> dict[str, Any]:
            context = await Server.handle_index.__wrapped__(self, request)  # type: ignore[attr-defined]
            handle = session_handle(request.query.get("handle"))
            if handle:
                context["app_websocket_url"] += f"/as/{handle}"
            return context

        async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
            handle = session_handle(request.match_info.get("handle"))
            return await _run_session(self, request, SessionService, handle)

    return WorkbenchServer


async def _run_session(server: Any, request: Any, service_class: Any, handle: str | None) -> Any:
    """textual-serve's websocket handler, with the session's handle passed to the app."""
    import asyncio

    from aiohttp import web
    from textual_serve.server import to_int

    websocket = web.WebSocketResponse(heartbeat=15)
    width = to_int(request.query.get("width", "80"), 80)
    height = to_int(request.query.get("height", "24"), 24)
    service = None
    try:
        await websocket.prepare(request)
        service = service_class(
            server.command,
            write_bytes=websocket.send_bytes,
            write_str=websocket.send_str,
            close=websocket.close,
            download_manager=server.download_manager,
            debug=server.debug,
            handle=handle,
        )
        await service.start(width, height)
        await server._process_messages(websocket, service)  # noqa: SLF001
    except asyncio.CancelledError:
        await websocket.close()
    finally:
        if service is not None:
            await service.stop()
    return websocket
