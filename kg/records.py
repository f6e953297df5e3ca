"""Reading and writing extraction records as JSON Lines (or one JSON object per file).

Reading never stops at the first bad line: each problem is reported with the
file and line it came from, and the good records are still returned.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from .model import Record, RecordError
from .taxonomy import taxonomy


@dataclass(frozen=True)
class Problem:
    """One input that could not be read: where it is and what is wrong."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def _parse(obj: object, path: str, line: int | None, codes: frozenset[str]) -> Record | Problem:
    try:
        return Record.from_dict(obj, categories=codes)  # type: ignore[arg-type]
    except RecordError as exc:
        return Problem(path, line, str(exc))


def read_path(path: str | Path) -> Iterator[Record | Problem]:
    """Yield the records of one file, or a :class:`Problem` for each bad part.

    A ``.json`` file may hold one record object or a list of records; any other
    file is read as JSON Lines.
    """
    p = Path(path)
    codes = taxonomy().codes()
    name = str(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        yield Problem(name, None, "no such file")
        return
    except UnicodeDecodeError as exc:
        yield Problem(name, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        return
    except OSError as exc:
        yield Problem(name, None, exc.strerror or str(exc))
        return
    if p.suffix.lower() == ".json":
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as exc:
            yield Problem(name, exc.lineno, f"malformed JSON: {exc.msg}")
            return
        for item in obj if isinstance(obj, list) else [obj]:
            yield _parse(item, name, None, codes)
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(name, lineno, f"malformed JSON: {exc.msg} (column {exc.colno})")
            continue
        yield _parse(obj, name, lineno, codes)


def read_paths(paths: Iterable[str | Path]) -> Iterator[Record | Problem]:
    """Records of several files, in order; directories contribute their *.json and *.jsonl files."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files = sorted(f for f in p.iterdir() if f.suffix.lower() in (".json", ".jsonl"))
            if not files:
                yield Problem(str(path), None, "folder holds no .json or .jsonl files")
            for f in files:
                yield from read_path(f)
        else:
            yield from read_path(p)


def dumps(record: Record) -> str:
    """One record as a JSON line: compact, Chinese kept readable, stable key order."""
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))


def write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(dumps(rec) + "\n")
        n += 1
    return n
