"""Shared test fixtures."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import pytest


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
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"cannot start the Neo4j test server: {e}")
        pytest.skip(f"cannot start the Neo4j test server: {e}")
    try:
        yield Neo4jConnection(server.uri, server.user, server.password)
    finally:
        server.stop()
