"""`workbench` (overview), `workbench open`, `workbench review`: the terminal UI."""

from __future__ import annotations

import argparse

from workbench.cli.arguments import Subcommands, add_document_argument, add_lang_option
from workbench.cli.common import project_from_args


def register(subparsers: Subcommands) -> None:
    for name, help_text in (
        ("open", "open the editor on a document (default: the first one)"),
        ("review", "open the editor in review mode (f5 approve, f6 reject)"),
    ):
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        add_document_argument(parser, default="the first")
        add_lang_option(parser, default="the first")
        parser.set_defaults(func=open_editor, review=name == "review")


def open_overview(args: argparse.Namespace) -> int:
    return run_app(args, with_editor=False)


def open_editor(args: argparse.Namespace) -> int:
    return run_app(args, with_editor=True)


def run_app(args: argparse.Namespace, with_editor: bool) -> int:
    from workbench.domain.errors import WorkbenchError

    project = project_from_args(args)
    lang_arg = getattr(args, "lang", None)
    lang = project.target_langs(lang_arg)[0]
    document = None
    if with_editor:
        ref = getattr(args, "document", None)
        documents = project.documents()
        if ref:
            document = project.document(ref)
        elif documents:
            document = documents[0]
        else:
            raise WorkbenchError(f"{project.sources_dir}: no documents yet (use `workbench add`)")
        path = project.catalog_path(document, lang)
        if not path.is_file():
            raise WorkbenchError(
                f"{project.relative(path)}: missing; "
                f"run `workbench add {project.relative(document.path)}`"
            )
    from workbench.app.team.identity import needs_handle
    from workbench.tui.app import WorkbenchApp
    from workbench.tui.keymap import load_keymap

    app = WorkbenchApp(
        project,
        document,
        lang,
        review=bool(getattr(args, "review", False)),
        user_keymap=load_keymap(project.root),
        ask_handle=needs_handle(project),
    )
    app.run()
    return 0
