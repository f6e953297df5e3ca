"""The 35 measure categories and their 10 groups, loaded once from the shipped JSON."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


#: Category weights are whole multiples of 10^-12, so that their sums are exact
#: integers and come out the same in Python, SPARQL and Cypher, in any order.
WEIGHT_UNIT = 10**12


def category_weight(places: int) -> int:
    """The weight of a category that ``places`` places offered, in WEIGHT_UNIT: floor(unit / places)."""
    return WEIGHT_UNIT // places


@dataclass(frozen=True)
class Group:
    code: str
    zh: str
    en: str


@dataclass(frozen=True)
class Category:
    code: str
    group: str
    zh: str
    en: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Taxonomy:
    groups: dict[str, Group]
    categories: dict[str, Category]
    version: str

    def codes(self) -> frozenset[str]:
        return frozenset(self.categories)

    def in_group(self, group: str) -> list[Category]:
        return [c for c in self.categories.values() if c.group == group]


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The shipped taxonomy (``kg/data/measure_categories.json``)."""
    raw = json.loads(resources.files("kg").joinpath("data/measure_categories.json").read_text(encoding="utf-8"))
    groups = {g["code"]: Group(g["code"], g["zh"], g["en"]) for g in raw["groups"]}
    cats = {
        c["code"]: Category(c["code"], c["group"], c["zh"], c["en"], tuple(c.get("cues", ())))
        for c in raw["categories"]
    }
    return Taxonomy(groups, cats, str(raw.get("version", "")))
