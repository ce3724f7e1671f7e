"""Helpers shared by the command modules."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from workbench.storage.project import Project


def project_from_args(args: argparse.Namespace) -> Project:
    project = Project.find(explicit=getattr(args, "project", None))
    return project.with_handle(getattr(args, "handle", None))


def target_langs(project: Project, lang: str | None) -> tuple[str, ...]:
    return project.target_langs(lang)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang", metavar="LANG", help="target language (default: all)")
