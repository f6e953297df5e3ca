"""Shared test fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, NoReturn

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from sparql_server import SparqlServer

    from kg.backends.sparql import SparqlBackend


# Property tests check results, not speed (benchmarks in bench/ measure that): a machine busy with other work must not
# fail an example for taking longer than hypothesis' default 200 ms.
settings.register_profile("kg", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("kg")


@dataclass(frozen=True)
class Neo4jConnection:
    """Where the tests' Neo4j server listens and how to log in."""

    uri: str
    user: str
    password: str


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Neo4jConnection]:
    """A Neo4j server for the session: ``NEO4J_URI`` when set, else a local one started from Maven jars.

    A server that cannot start skips the Neo4j tests on a developer machine
    but fails them under CI (``CI=true``), where a silent skip would hide a
    broken backend.
    """
    uri = os.environ.get("NEO4J_URI")
    if uri:
        yield Neo4jConnection(uri, os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
        return
    from neo4j_server import Neo4jServerError, start

    try:
        server = start()
    except Neo4jServerError as e:
        unavailable(f"cannot start the Neo4j test server: {e}")
    try:
        yield Neo4jConnection(server.uri, server.user, server.password)
    finally:
        server.stop()


def unavailable(reason: str) -> NoReturn:
    """A service the test needs is missing: skip on a developer machine, fail under CI (``CI=true``)."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def sparql_server() -> Iterator[SparqlServer]:
    """An Oxigraph SPARQL server for the session, on a fresh folder (see tests/sparql_server.py)."""
    from sparql_server import SparqlServerError, start

    try:
        server = start()
    except SparqlServerError as e:
        unavailable(f"cannot start the SPARQL test server: {e}")
    try:
        yield server
    finally:
        server.stop()


def open_sparql(server: SparqlServer) -> SparqlBackend:
    """The sparql backend on the server's dataset, emptied first."""
    from kg.backends.sparql import SparqlBackend

    server.clear()
    return SparqlBackend(server.endpoint)


@pytest.fixture()
def sparql_backend(sparql_server: SparqlServer) -> Iterator[SparqlBackend]:
    """The sparql backend on an empty dataset."""
    with open_sparql(sparql_server) as backend:
        yield backend
