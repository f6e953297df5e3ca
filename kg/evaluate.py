"""Scoring extraction records against answer keys: precision, recall and F1 per entity type and fact kind.

The matching rules are those of the extraction-format spec: a predicted name
matches a key entity when their normal forms agree (NFKC, simplified script,
no quotes, book-title marks, bracketed parts or spaces; a Region without its
省/市/自治区 suffix), trying the predicted type first, then every type, then
the Region form.  Entities count once per key entity found; facts are sets of
(place, category), (place, beneficiary), (place, amount to the hundred) and
(enterprise, place) pairs over the resolved names.  A document in the keys but
not among the predictions counts as predicting nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from .names import to_simplified

ENTITY_TYPES = ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument")
PLACE_TYPES = ("Region", "Zone")
FACT_KINDS = ("region_category", "support", "located_in", "amount")
#: every metric, in report order ("Place" is Region and Zone together)
METRICS = (*ENTITY_TYPES, "Place", *FACT_KINDS)

_REGION_SUFFIX = re.compile(r"(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$")
_BRACKETS = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_QUOTES = str.maketrans("", "", "《》“”\"")
_SPACE = re.compile(r"\s+")

Record = Mapping[str, Any]


def normal_form(name: str | None, etype: str | None = None) -> str:
    """The spec's normal form of a name (the Region form drops the administrative suffix)."""
    if not name:
        return ""
    s = to_simplified(unicodedata.normalize("NFKC", str(name))).translate(_QUOTES)
    s = _SPACE.sub("", _BRACKETS.sub("", s))
    if etype == "Region" and len(s) > 2:
        s = _REGION_SUFFIX.sub("", s) or s
    return s


class AnswerKey:
    """The key entities of one document and the lookup of their names."""

    def __init__(self, record: Record) -> None:
        self.entities: list[tuple[int, str]] = []  # (key entity id, type)
        self._any: dict[str, int] = {}
        self._typed: dict[tuple[str, str], int] = {}
        for eid, entity in enumerate(record.get("entities", [])):
            etype = entity["type"]
            self.entities.append((eid, etype))
            for name in (entity["name"], *entity.get("aliases", [])):
                for form in (normal_form(name, etype), normal_form(name)):
                    if form:
                        self._any.setdefault(form, eid)
                        self._typed.setdefault((etype, form), eid)

    def resolve(self, name: str, etype: str | None = None) -> int | str:
        """The key entity a name denotes, or (when none) a string standing for the name itself."""
        for t in ([etype] if etype else []) + list(ENTITY_TYPES):
            found = self._typed.get((t, normal_form(name, t)))
            if found is not None:
                return found
        found = self._any.get(normal_form(name))
        if found is not None:
            return found
        region = normal_form(name, "Region")
        return self._any.get(region, "~" + region)

    def ids_of(self, types: Iterable[str]) -> set[int]:
        wanted = set(types)
        return {eid for eid, t in self.entities if t in wanted}


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 4) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 4) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return round(2 * p * r / (p + r), 4) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall, "f1": self.f1}


def _entity_score(pred: Record, key: AnswerKey, types: tuple[str, ...]) -> Score:
    outputs = [key.resolve(e["name"], e["type"]) for e in pred.get("entities", []) if e.get("type") in types]
    found = key.ids_of(types) & set(outputs)
    return Score(len(found), len(outputs) - len(found), len(key.ids_of(types)) - len(found))


def facts(record: Record, key: AnswerKey, kind: str) -> set[tuple[Any, Any]]:
    """The (resolved) pairs of one fact kind a record states."""
    out: set[tuple[Any, Any]] = set()
    if kind == "located_in":
        for rel in record.get("relations", []):
            if rel.get("type") == "LOCATED_IN":
                out.add((key.resolve(rel["subject"], "Enterprise"), key.resolve(rel["object"], "Region")))
        return out
    for m in record.get("measures", []):
        place = key.resolve(m.get("region") or "", "Region")
        if kind == "region_category":
            out.update((place, c) for c in m.get("categories") or [])
        elif kind == "support":
            out.update((place, key.resolve(b, "Enterprise")) for b in m.get("beneficiaries") or [])
        elif m.get("amount_cny"):
            out.add((place, round(float(m["amount_cny"]), -2)))
    return out


def score_document(key_record: Record, pred: Record) -> dict[str, Score]:
    """Every metric of one document."""
    key = AnswerKey(key_record)
    out: dict[str, Score] = {}
    for metric in METRICS:
        if metric in FACT_KINDS:
            want, got = facts(key_record, key, metric), facts(pred, key, metric)
            out[metric] = Score(len(want & got), len(got - want), len(want - got))
        else:
            out[metric] = _entity_score(pred, key, PLACE_TYPES if metric == "Place" else (metric,))
    return out


@dataclass(frozen=True)
class Report:
    overall: dict[str, Score]
    per_doc: dict[str, dict[str, Score]]
    unkeyed: list[str]  # predicted documents without an answer key


def evaluate(keys: Mapping[str, Record], preds: Mapping[str, Record]) -> Report:
    """Scores of ``preds`` against ``keys`` (both by doc_id), per document and summed over documents."""
    empty: Record = {"entities": [], "measures": [], "relations": []}
    per_doc = {doc_id: score_document(keys[doc_id], preds.get(doc_id, empty)) for doc_id in sorted(keys)}
    overall = {m: sum((d[m] for d in per_doc.values()), Score(0, 0, 0)) for m in METRICS}
    return Report(overall, per_doc, sorted(set(preds) - set(keys)))
