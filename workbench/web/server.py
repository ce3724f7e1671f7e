"""The web server of `workbench serve`: textual-serve, made private.

- Its page and everything the page loads come from this server: our copy of textual-serve's
  page (templates/app_index.html) loads the font from the server's own static files instead
  of fonts.googleapis.com, and every address in it is relative to the address the browser
  used.
- Each browser session gets its own handle (the WORKBENCH_HANDLE of its process).
- With a token (see web.serve.Access), a page or session without it is refused (403).
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.app_service import AppService
from textual_serve.server import Server, to_int

from workbench.storage.settings import HANDLE_ENV
from workbench.web.serve import Access

TEMPLATES = Path(__file__).resolve().parent / "templates"
REFUSED = "workbench: this address needs the token printed by `workbench serve`"


class SessionService(AppService):
    """textual-serve's app process, started with the session's handle."""

    def __init__(self, *args: Any, handle: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.session_handle = handle

    def _build_environment(self, width: int = 80, height: int = 24) -> dict[str, str]:
        environment = super()._build_environment(width=width, height=height)
        if self.session_handle:
            environment[HANDLE_ENV] = self.session_handle
        return environment


class WorkbenchServer(Server):
    def __init__(self, command: str, host: str, port: int, access: Access) -> None:
        super().__init__(command, host=host, port=port, title="workbench", templates_path=TEMPLATES)
        self.access = access

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        for route in ("/ws/as/{handle}", "/ws/key/{token}", "/ws/key/{token}/as/{handle}"):
            app.router.add_get(route, self.handle_websocket)
        return app

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        token = request.query.get("token")
        allowed, handle = self.access.admit(token, request.query.get("handle"))
        if not allowed:
            raise web.HTTPForbidden(text=REFUSED)
        scheme = "wss" if request.secure else "ws"
        socket = f"{scheme}://{request.host}/ws"
        if self.access.token is not None:
            socket += f"/key/{token}"
        if handle:
            socket += f"/as/{handle}"
        return {
            "font_size": to_int(request.query.get("fontsize", "16"), 16),
            "app_websocket_url": socket,
            "config": {"static": {"url": "/static/"}},
            "application": {"name": self.title},
        }

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        info = request.match_info
        allowed, handle = self.access.admit(info.get("token"), info.get("handle"))
        if not allowed:
            raise web.HTTPForbidden(text=REFUSED)
        return await _run_session(self, request, handle)


async def _run_session(
    server: Server, request: web.Request, handle: str | None
) -> web.WebSocketResponse:
    """textual-serve's websocket handler, with the session's handle passed to the app."""
    websocket = web.WebSocketResponse(heartbeat=15)
    width = to_int(request.query.get("width", "80"), 80)
    height = to_int(request.query.get("height", "24"), 24)
    service = None
    try:
        await websocket.prepare(request)
        service = SessionService(
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
