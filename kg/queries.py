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
backend to the (deterministically ordered) rows: no SPARQL text mentions it.
A Cypher text may also apply it (``LIMIT``, ``-1`` for all rows) so that the
server spells out only the rows kept; the rows are cut to it in any case.
Oxigraph binds only variables of the outermost SELECT, so a SPARQL query
projects its parameters too (through any subquery); the backend returns just
the header's ``columns``, in that order.

A SPARQL text's last clause may be an ``ORDER BY`` of projected variables
(each as ``?v``, ``STR(?v)`` or ``COALESCE(?v, "")``, in ``ASC``/``DESC``
or not).  Oxigraph compares strings by reading both from its store at each
comparison; :meth:`StoredQuery.sparql_order` lets the embedded store run the
text without that clause and sort the rows it read the same way
(:func:`sort_rows`), which gives the same order for a fraction of the cost.

A header line ``# packed: VAR`` says that the SPARQL text returns each row
as one string in ``?VAR``, the header's columns joined by :data:`SEPARATOR`
(an empty cell is unbound; parts past the columns are left out): a store
reads one string per row instead of one per cell.  Its ORDER BY names the
columns, and the backend sorts the rows once they are split
(:meth:`StoredQuery.arrange`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Mapping

from .resources import queries_dir

#: what joins the cells of a packed row: a control character no stored value holds (kg.text removes it)
SEPARATOR = "\x1f"

LANGS = {".rq": "sparql", ".cypher": "cypher"}
TYPES = ("string", "int", "float", "list")
_HEADER = re.compile(r"^\s*(?:#|//)\s*(\w+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(\w+)\s*:\s*(\w+)(?:\s*=\s*(\S+))?(?:\s+-\s+(.*))?$")
#: the outermost ORDER BY: after the last closing brace, to the end of the text
_ORDER_BY = re.compile(r"\}\s*ORDER\s+BY\s+([^{}]*?)\s*\Z", re.I)
_ORDER_KEY = re.compile(r'(?:(ASC|DESC)\(\s*)?(?:(STR)\(\s*\?(\w+)\s*\)|(COALESCE)\(\s*\?(\w+)\s*,\s*""\s*\)|\?(\w+))(?(1)\s*\))', re.I)


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
class SortKey:
    """One key of an ORDER BY: a variable, how it is read (as is, ``str``, or ``coalesce`` to ""), and its direction."""

    variable: str
    form: str = ""
    descending: bool = False


def _sort_value(value: Any, form: str) -> tuple[Any, ...]:
    """A cell as SPARQL orders it: unbound first, then numbers (by value), then strings (by code point, as Python does)."""
    if value is None:
        return (0,) if form != "coalesce" else (2, "")
    if isinstance(value, str):
        return (2, value)
    return (2, str(value)) if form == "str" else (1, value)


def _sort_column(rows: list[list[Any]], i: int, form: str) -> list[Any]:
    """The sort keys of column ``i``: the cells themselves when they are all strings (or unbound ones read as ""), else :func:`_sort_value`."""
    cells = [r[i] for r in rows]
    kinds = set(map(type, cells))
    if kinds <= {str} or (form == "coalesce" and kinds <= {str, type(None)}):
        return [c or "" for c in cells] if type(None) in kinds else cells
    return [_sort_value(c, form) for c in cells]


def sort_rows(columns: list[str], rows: list[list[Any]], keys: tuple[SortKey, ...]) -> list[list[Any]]:
    """``rows`` ordered by ``keys`` (see :meth:`StoredQuery.sparql_order`): stable sorts, from the last keys to the first.

    Each key column is turned into plain values once (mostly the strings themselves), not per comparison.
    """
    out = list(rows)
    runs: list[list[SortKey]] = []  # consecutive keys of one direction: one sort each
    for key in keys:
        if runs and runs[-1][0].descending == key.descending:
            runs[-1].append(key)
        else:
            runs.append([key])
    for run in reversed(runs):
        cols = [_sort_column(out, columns.index(k.variable), k.form) for k in run]
        order = sorted(range(len(out)), key=(cols[0] if len(cols) == 1 else list(zip(*cols))).__getitem__, reverse=run[0].descending)
        out = [out[j] for j in order]
    return out


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    texts: dict[str, str]  # language -> query text
    packed: str | None = None  # the SPARQL variable holding each row as one string (see the module's docstring)

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
        if self.columns and list(self.columns) != columns:
            missing = [c for c in self.columns if c not in columns]
            if missing:
                raise QueryError(f"query {self.name} does not return its documented column(s) {', '.join(missing)}")
            idx = [columns.index(c) for c in self.columns]
            columns, rows = list(self.columns), [[r[i] for i in idx] for r in rows]
        limit = bound.get("limit")
        return columns, rows if limit is None or limit < 0 else rows[:limit]

    def arrange(self, columns: list[str], rows: list[list[Any]], order: tuple[SortKey, ...]) -> tuple[list[str], list[list[Any]]]:
        """Rows of the SPARQL text with a packed cell split into the header's columns (an empty part unbound), then ordered by ``order``."""
        if self.packed is not None and self.packed in columns:
            at, width = columns.index(self.packed), len(self.columns)
            rest = [j for j in range(len(columns)) if j != at]
            columns = [*self.columns, *(columns[j] for j in rest)]
            rows = [[c or None for c in r[at].split(SEPARATOR, width)[:width]] + [r[j] for j in rest] for r in rows]
        return columns, sort_rows(columns, rows, order) if order else rows

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

    def sparql_order(self) -> tuple[str, tuple[SortKey, ...]]:
        """The SPARQL text without its final ORDER BY and that ordering, when :func:`sort_rows` can apply it; else (text, ())."""
        text = self.text("sparql")
        found = _ORDER_BY.search(text)
        if not found:
            return text, ()
        clause, keys, at = found.group(1), [], 0
        while at < len(clause):
            m = _ORDER_KEY.match(clause, at)
            if not m:
                return text, ()
            direction, _, str_var, _, coalesce_var, plain_var = m.groups()
            form = "str" if str_var else "coalesce" if coalesce_var else ""
            keys.append(SortKey(str_var or coalesce_var or plain_var, form, (direction or "").upper() == "DESC"))
            at = m.end()
            while at < len(clause) and clause[at].isspace():
                at += 1
        body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
        select = re.search(r"SELECT\s+(?:DISTINCT\s+)?(.*?)\s+WHERE", body, re.S)
        projected = set(re.findall(r"\?(\w+)", select.group(1))) if select else set()
        if self.packed in projected:
            projected |= set(self.columns)
        if not keys or any(k.variable not in projected for k in keys):
            return text, ()
        return text[:found.start() + 1] + "\n", tuple(keys)

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
        packed=header.get("packed"),
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
