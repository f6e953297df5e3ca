"""The stored-query catalogue: files in ``queries/``, one SPARQL and one Cypher text per question.

Each file starts with a comment header (``#`` for SPARQL, ``//`` for Cypher)::

    # title: Measures of a place
    # description: every measure a Region or Zone issued, with its categories
    # param: place: string - name or alias of the place
    # param: limit: int = 200 - at most this many rows
    # columns: measure, category, agency, text, doc_id

Parameters are bound by the backend (SPARQL substitutions, Cypher ``$name``),
never formatted into the text.  A ``list`` parameter is a comma-separated
string on the command line; SPARQL receives it as that string, Cypher as a list.
SPARQL cannot bind ``LIMIT``, so a parameter named ``limit`` is applied by the
backend to the (deterministically ordered) rows: no query text mentions it.
Oxigraph binds only variables of the outermost SELECT, so a SPARQL query
projects its parameters too (through any subquery); the backend returns just
the header's ``columns``, in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from .resources import queries_dir

LANGS = {".rq": "sparql", ".cypher": "cypher"}
TYPES = ("string", "int", "float", "list")
_HEADER = re.compile(r"^\s*(?:#|//)\s*(\w+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(\w+)\s*:\s*(\w+)(?:\s*=\s*(\S+))?(?:\s+-\s+(.*))?$")


class QueryError(ValueError):
    """A stored query that does not exist, or parameters that do not fit it."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    default: str | None
    description: str

    @property
    def required(self) -> bool:
        return self.default is None

    def convert(self, value: Any) -> Any:
        """A command-line or API value as this parameter's Python type."""
        try:
            if self.type == "int":
                return int(value)
            if self.type == "float":
                return float(value)
            if self.type == "list":
                items = value if isinstance(value, (list, tuple)) else str(value).split(",")
                return [str(v).strip() for v in items if str(v).strip()]
            return str(value)
        except (TypeError, ValueError):
            raise QueryError(f"parameter {self.name} must be {self.type}, got {value!r}") from None


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    texts: dict[str, str]  # language -> query text

    def bind(self, given: Mapping[str, Any] | None) -> dict[str, Any]:
        """Check and convert parameters, filling defaults; unknown or missing ones are errors."""
        given = dict(given or {})
        known = {p.name: p for p in self.params}
        unknown = sorted(set(given) - set(known))
        if unknown:
            raise QueryError(f"query {self.name} has no parameter {', '.join(unknown)}; it takes {', '.join(known) or 'none'}")
        out: dict[str, Any] = {}
        for p in self.params:
            if p.name in given and given[p.name] is not None:
                out[p.name] = p.convert(given[p.name])
            elif p.default is not None:
                out[p.name] = p.convert("" if p.default == '""' else p.default)
            else:
                raise QueryError(f"query {self.name} needs -p {p.name} VALUE ({p.type}: {p.description})")
        return out

    def shape(self, columns: list[str], rows: list[list[Any]], bound: Mapping[str, Any]) -> tuple[list[str], list[list[Any]]]:
        """Rows reduced to the header's columns and cut to the ``limit`` parameter."""
        if self.columns:
            missing = [c for c in self.columns if c not in columns]
            if missing:
                raise QueryError(f"query {self.name} does not return its documented column(s) {', '.join(missing)}")
            idx = [columns.index(c) for c in self.columns]
            columns, rows = list(self.columns), [[r[i] for i in idx] for r in rows]
        limit = bound.get("limit")
        return columns, rows if limit is None or limit < 0 else rows[:limit]

    def help_text(self) -> str:
        """What ``kg query NAME --help`` prints: title, description, parameters and columns."""
        lines = [f"kg query {self.name}: {self.title}", "", self.description, "", "Parameters (-p NAME VALUE):"]
        for p in self.params:
            default = "required" if p.required else f"default {p.default}"
            lines.append(f"  {p.name} ({p.type}, {default}): {p.description}")
        if not self.params:
            lines.append("  none")
        lines += ["", f"Columns: {', '.join(self.columns)}"]
        return "\n".join(lines)

    def text(self, lang: str) -> str:
        try:
            return self.texts[lang]
        except KeyError:
            raise QueryError(f"query {self.name} has no {lang} version") from None


def parse_header(text: str) -> dict[str, Any]:
    """The header fields of a query file (title, description, params, columns)."""
    fields: dict[str, Any] = {"params": []}
    for line in text.splitlines():
        if not line.strip():
            continue
        m = _HEADER.match(line)
        if not m:
            break
        k, v = m.group(1).lower(), m.group(2)
        if k == "param":
            pm = _PARAM.match(v)
            if not pm or pm.group(2) not in TYPES:
                raise QueryError(f"bad param line {v!r}: write 'name: type [= default] - description' with type in {TYPES}")
            fields["params"].append(Param(pm.group(1), pm.group(2), pm.group(3), pm.group(4) or ""))
        elif k == "columns":
            fields["columns"] = tuple(c.strip() for c in v.split(",") if c.strip())
        else:
            fields[k] = v
    return fields


def load_query(name: str, files: list[Path]) -> StoredQuery:
    texts: dict[str, str] = {}
    header: dict[str, Any] | None = None
    for f in files:
        t = f.read_text(encoding="utf-8")
        texts[LANGS[f.suffix]] = t
        h = parse_header(t)
        if header is None or f.suffix == ".rq":
            header = h
    assert header is not None
    return StoredQuery(
        name=name,
        title=header.get("title", name),
        description=header.get("description", ""),
        params=tuple(header["params"]),
        columns=tuple(header.get("columns", ())),
        texts=texts,
    )


@lru_cache(maxsize=4)
def catalogue(folder: str | None = None) -> dict[str, StoredQuery]:
    """Every stored query by name, from ``folder`` or the shipped ``queries/``."""
    root = Path(folder) if folder else queries_dir()
    grouped: dict[str, list[Path]] = {}
    for f in sorted(root.iterdir()):
        if f.suffix in LANGS:
            grouped.setdefault(f.stem, []).append(f)
    return {name: load_query(name, files) for name, files in sorted(grouped.items())}


def get(name: str) -> StoredQuery:
    cat = catalogue()
    if name not in cat:
        raise QueryError(f"no stored query named {name!r}; `kg query --list` shows them")
    return cat[name]
