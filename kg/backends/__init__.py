"""The backend contract: one small interface, several stores behind it.

Callers (the CLI, the demo, analysis code) speak only to :class:`Backend`;
the embedded RDF store (``rdf``, the default), a SPARQL server (``sparql``)
and Neo4j (``neo4j``) plug in
behind it, as rdflib's stores plug in behind ``Graph``.
"""

from __future__ import annotations

import abc
import os
import signal
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator, Mapping

from ..model import Record

#: progress callback: called with the number of items just finished
Progress = Callable[[int], None]


def fault(point: str) -> None:
    """Crash-test hook: the process kills itself at ``point`` when ``$KG_FAULT`` names it.

    ``KG_FAULT=POINT`` or ``POINT:N`` (the Nth time the point is reached).
    Points: ``swap`` (a batch's new versions written, not yet in place) and
    ``index`` (the entity index, or Neo4j's derived entity properties, being
    brought up to date).
    """
    name, _, nth = os.environ.get("KG_FAULT", "").partition(":")
    if name == point:
        _reached[point] = _reached.get(point, 0) + 1
        if _reached[point] >= int(nth or 1):
            os.kill(os.getpid(), signal.SIGKILL)


_reached: dict[str, int] = {}


class BackendError(RuntimeError):
    """A backend cannot do what was asked (unreachable server, bad store path...)."""


@dataclass
class LoadReport:
    """What a load did: documents written and facts counted; records the store cannot hold, each with why."""

    documents: int = 0
    replaced: int = 0
    facts: int = 0
    seconds: float = 0.0
    rejected: list[str] = field(default_factory=list)


@dataclass
class QueryResult:
    """Rows of a stored query: column names and plain Python values (str, int, float, None)."""

    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def dicts(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r)) for r in self.rows]


class Backend(abc.ABC):
    """A persistent graph of extraction records, one replaceable unit per document."""

    name: str = "?"

    @abc.abstractmethod
    def load(self, records: Iterable[Record], progress: Progress | None = None) -> LoadReport:
        """Write records; a document already present is replaced as a whole."""

    @abc.abstractmethod
    def remove(self, doc_id: str) -> bool:
        """Delete every fact that came from this document; False when it was not loaded."""

    @abc.abstractmethod
    def documents(self) -> list[str]:
        """Ids of the loaded documents, sorted."""

    @abc.abstractmethod
    def stats(self) -> dict[str, int]:
        """Node counts per type (Region, Zone, Agency, Enterprise, PolicyDocument, Measure, Document) and relation counts."""

    @abc.abstractmethod
    def query(self, name: str, params: Mapping[str, Any] | None = None) -> QueryResult:
        """Run the stored query ``name`` from ``queries/`` with bound parameters."""

    @abc.abstractmethod
    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[Record]:
        """The stored facts back as records, one per document (all documents by default)."""

    def refuses(self, record: Record) -> str | None:
        """Why this backend cannot hold ``record`` (a one-line reason naming the document), or None.

        ``load`` skips such records into ``LoadReport.rejected``; a caller that
        knows where a record was read asks first, to name the file and line.
        """
        return None

    def close(self) -> None:
        """Release files, locks and connections."""

    def __enter__(self) -> Backend:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_backend(name: str = "rdf", **options: Any) -> Backend:
    """Open a backend by name: ``rdf`` (options: ``path``), ``sparql`` (``endpoint``, ``update_endpoint``, ``store_endpoint``) or ``neo4j`` (``uri``, ``user``, ``database``)."""
    if name == "rdf":
        from .rdf import RdfBackend

        return RdfBackend(**options)
    if name == "sparql":
        from .sparql import SparqlBackend

        return SparqlBackend(**options)
    if name == "neo4j":
        from .neo4j import Neo4jBackend

        return Neo4jBackend(**options)
    raise BackendError(f"unknown backend {name!r}; choose rdf, sparql or neo4j")
