"""Where the shipped schema and query files live, installed or in a source checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def _dir(name: str) -> Path:
    # An installed wheel carries the folders inside the package (kg/schema,
    # kg/queries); a source checkout keeps them beside the package.
    inside = Path(str(resources.files("kg"))) / name
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
