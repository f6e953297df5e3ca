"""SHACL validation of a graph built from records, with the shipped shapes and ontology."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import rdflib

from .model import Record
from .rdfmap import records_to_dataset
from .resources import schema_dir

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str


def _schema_graph(*names: str) -> rdflib.Graph:
    g = rdflib.Graph()
    for name in names:
        g.parse(schema_dir() / name, format="turtle")
    return g


def validate_records(records: Iterable[Record]) -> list[Violation]:
    """Every SHACL violation of the records' graph, sorted; empty when it conforms."""
    import pyshacl

    data = rdflib.Graph()
    for quad in records_to_dataset(records).quads((None, None, None, None)):
        data.add(quad[:3])
    data += _schema_graph("kg.ttl")
    conforms, report, _ = pyshacl.validate(data, shacl_graph=_schema_graph("shapes.ttl"), inference="none", allow_warnings=True)
    if conforms:
        return []
    out = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        out.append(
            Violation(
                focus=str(report.value(result, SH.focusNode)),
                path=str(report.value(result, SH.resultPath) or ""),
                message=str(report.value(result, SH.resultMessage) or ""),
            )
        )
    return sorted(set(out), key=lambda v: (v.focus, v.path, v.message))
