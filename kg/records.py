"""Reading and writing extraction records as JSON Lines (or one JSON object per file).

Reading never stops at the first bad line: each problem is reported with the
file and line it came from, and the good records are still returned.
"""

from __future__ import annotations

import json
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterable, Iterator

from .model import Record, RecordError
from .taxonomy import taxonomy

BOM = b"\xef\xbb\xbf"
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Problem:
    """One input that could not be read: where it is and what is wrong."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Located:
    """A record and where it was read: its file, and its line in a JSON Lines file."""

    record: Record
    path: str
    line: int | None = None

    def __str__(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


class _BadJSON(ValueError):
    """A JSON text kg cannot use: malformed, too deep, or a number it cannot hold (NaN, 1e309)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def _constant(name: str) -> float:
    raise _BadJSON(f"{name} is not a number JSON allows")


def _float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadJSON(f"number {text[:40]} is too large")
    return value


def _loads(text: str) -> object:
    """Strict JSON: no NaN or Infinity, no number too large for a float; errors as :class:`_BadJSON`."""
    try:
        return json.loads(text, parse_constant=_constant, parse_float=_float)
    except json.JSONDecodeError as exc:
        raise _BadJSON(f"malformed JSON: {exc.msg} (column {exc.colno})", exc.lineno) from None
    except RecursionError:
        raise _BadJSON("JSON nested too deeply") from None
    except _BadJSON:
        raise
    except ValueError:  # an integer with more digits than Python converts
        raise _BadJSON(f"an integer with more than {sys.get_int_max_str_digits()} digits") from None


def _parse(obj: object, path: str, line: int | None, codes: frozenset[str]) -> Record | Problem:
    try:
        return Record.from_dict(obj, categories=codes)  # type: ignore[arg-type]
    except RecordError as exc:
        return Problem(path, line, str(exc))
    except RecursionError:
        return Problem(path, line, "record nested too deeply")


def _decode(data: bytes, path: str, line: int | None) -> str | Problem:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return Problem(path, line, f"not UTF-8 text ({exc.reason} at byte {exc.start})")


def read_path(path: str | Path, *, located: bool = False) -> Iterator[Record | Located | Problem]:
    """Yield the records of one file, or a :class:`Problem` for each bad part.

    A ``.json`` file may hold one record object or a list of records; any other
    file is read as JSON Lines, one line at a time, split at LF only (U+2028
    and the like may stand raw inside strings).  ``located`` yields each
    record as a :class:`Located`, so that a later stage can name its line.
    """
    p = Path(path)
    codes = taxonomy().codes()
    name = str(path)
    try:
        with p.open("rb") as f:
            if p.suffix.lower() == ".json":
                for item in _read_text(f.read().removeprefix(BOM), name, None, codes):
                    yield Located(item, name) if located and isinstance(item, Record) else item
                return
            for lineno, raw in enumerate(f, 1):
                if lineno == 1:
                    raw = raw.removeprefix(BOM)
                if raw.strip():
                    for item in _read_text(raw, name, lineno, codes):
                        yield Located(item, name, lineno) if located and isinstance(item, Record) else item
    except FileNotFoundError:
        yield Problem(name, None, "no such file")
    except IsADirectoryError:
        yield Problem(name, None, "is a folder")
    except OSError as exc:
        yield Problem(name, None, exc.strerror or str(exc))


def _read_text(data: bytes, name: str, line: int | None, codes: frozenset[str]) -> Iterator[Record | Problem]:
    """The records of one JSON text: a line of JSON Lines (``line`` given) or a whole ``.json`` file (a record or a list)."""
    text = _decode(data, name, line)
    if isinstance(text, Problem):
        yield text
        return
    try:
        obj = _loads(text)
    except _BadJSON as exc:
        yield Problem(name, line or exc.line, str(exc))
        return
    for item in obj if line is None and isinstance(obj, list) else [obj]:
        yield _parse(item, name, line, codes)


def read_paths(paths: Iterable[str | Path], *, located: bool = False) -> Iterator[Record | Located | Problem]:
    """Records of several files, in order; directories contribute their *.json and *.jsonl files."""
    for path in paths:
        p = Path(path)
        if p.is_dir():
            try:
                files = sorted(f for f in p.iterdir() if f.suffix.lower() in (".json", ".jsonl"))
            except OSError as exc:
                yield Problem(str(path), None, f"cannot list the folder: {exc.strerror or exc}")
                continue
            if not files:
                yield Problem(str(path), None, "folder holds no .json or .jsonl files")
            for f in files:
                yield from read_path(f, located=located)
        else:
            yield from read_path(p, located=located)


def dumps(record: Record) -> str:
    """One record as a JSON line: compact, Chinese kept readable, stable key order.

    A lone surrogate (which UTF-8 cannot encode) is written as a ``\\uXXXX`` escape.
    """
    text = json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def write_jsonl(records: Iterable[Record], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(dumps(rec) + "\n")
        n += 1
    return n


def curated_records() -> list[Record]:
    """The bundled dataset (kg/data/curated/records.jsonl)."""
    from importlib import resources

    path = resources.files("kg").joinpath("data/curated/records.jsonl")
    with resources.as_file(path) as p:
        items = list(read_path(p))
    bad = [i for i in items if isinstance(i, Problem)]
    if bad:
        raise ValueError(f"the bundled dataset is damaged: {bad[0]}")
    return items  # type: ignore[return-value]
