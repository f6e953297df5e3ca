"""Where the shipped schema and query files live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path


def _dir(name: str) -> Path:
    # An installed wheel carries the folders inside the package (kg/schema,
    # kg/queries); a source checkout keeps them beside the package.  The
    # package is always unpacked on disk, so no importlib.resources (slow to
    # import, and every command starts by finding the queries).
    inside = Path(__file__).resolve().parent / name
    if inside.is_dir():
        return inside
    beside = Path(__file__).resolve().parent.parent / name
    if beside.is_dir():
        return beside
    raise FileNotFoundError(f"the {name}/ folder is missing from this installation of kg")


def schema_dir() -> Path:
    return _dir("schema")


def queries_dir() -> Path:
    return _dir("queries")
