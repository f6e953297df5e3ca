"""Checking stored-query parameters against the taxonomy and the graph before a query runs.

A wrong value must be an error with close matches, never an empty answer:
category and group codes are accepted in any case and as their zh/en labels
and passed on as codes; names of entities are matched by their
the one resolver of :mod:`kg.lookup` (width, script, whitespace, 省/市) and
passed on as the spelling the graph holds.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable, Mapping

from . import names
from .lookup import Name, NameIndex, close_matches
from .queries import QueryError, StoredQuery
from .taxonomy import taxonomy

#: place levels a ``level`` parameter may name
LEVELS = ("province", "city", "county", "town", "zone")
#: parameters that name an entity, and the entity kinds each may name
NAME_PARAMS = {
    "place": ("Region", "Zone"),
    "region": ("Region", "Zone"),
    "enterprise": ("Enterprise",),
    "name": ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument"),
    "from": ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument"),
    "to": ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument"),
}
#: the stored query that lists the graph's names (columns name, kind)
NAMES_QUERY = "entity-names"


def _unknown(param: str, what: str, value: str, candidates: Iterable[str]) -> QueryError:
    close = close_matches(value, candidates)
    hint = f"; close matches: {', '.join(close)}" if close else ""
    return QueryError(f"{param}: no {what} {value!r}{hint}")


def _code_table(entries: Iterable[tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    """Every accepted spelling (code, zh, en; folded) -> (code, spelling as written)."""
    return {names.clean(spelling).casefold(): (entry[0], spelling) for entry in entries for spelling in entry}


def _resolve_code(param: str, what: str, value: str, table: Mapping[str, tuple[str, str]]) -> str:
    found = table.get(names.clean(value).casefold())
    if found is None:
        raise _unknown(param, what, value, [spelling for _, spelling in table.values()])
    return found[0]


def _categories() -> dict[str, tuple[str, str]]:
    return _code_table((c.code, c.zh, c.en) for c in taxonomy().categories.values())


def _groups() -> dict[str, tuple[str, str]]:
    return _code_table((g.code, g.zh, g.en) for g in taxonomy().groups.values())


def category_group(value: str, param: str = "--group") -> str:
    """The group code ``value`` names (code, zh or en label, any case)."""
    return _resolve_code(param, "category group", value, _groups())


def check(query: StoredQuery, bound: dict[str, Any], graph_names: Callable[[], list[tuple[str, str]]]) -> dict[str, Any]:
    """``bound`` (from :meth:`StoredQuery.bind`) with every value checked and put in the graph's spelling.

    ``graph_names`` gives (name, kind) pairs; it is called only when a parameter names an entity.
    """
    out = dict(bound)
    index: NameIndex | None = None
    for param in query.params:
        value, option = out.get(param.name), f"-p {param.name}"
        if value in (None, "") or param.type not in ("string", "list"):
            continue
        if param.name in ("category", "categories"):
            table = _categories()
            if param.type == "list":
                out[param.name] = ",".join(_resolve_code(option, "category", v, table) for v in value)
            else:
                out[param.name] = _resolve_code(option, "category", value, table)
        elif param.name == "group":
            out[param.name] = category_group(value, option)
        elif param.name == "level":
            out[param.name] = _resolve_code(option, "place level", value, _code_table((lv,) for lv in LEVELS))
        elif param.name in NAME_PARAMS:
            if index is None:
                index = NameIndex(Name(name, kind, name) for name, kind in graph_names())
            out[param.name] = _resolve_name(option, value, NAME_PARAMS[param.name], index)
    return out


def _resolve_name(param: str, value: str, kinds: tuple[str, ...], index: NameIndex) -> str:
    found = index.find(value, kinds)
    if found:
        return found[0].spelling
    what = "place" if set(kinds) <= {"Region", "Zone"} else "enterprise" if kinds == ("Enterprise",) else "entity"
    raise QueryError(f"{param}: no {what} {value!r}{index.hint(value, kinds)}")
