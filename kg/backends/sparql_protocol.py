"""A small client of the SPARQL 1.1 Protocol and the Graph Store HTTP Protocol, on the standard library.

Three endpoints, as servers name them: queries (Oxigraph ``/query``, Fuseki
``/ds/query``), updates (``/update``) and the graph store (``/store``,
Fuseki ``/ds/data``).  Credentials come from the environment
(``$KG_SPARQL_USER``, ``$KG_SPARQL_PASSWORD``) and travel as HTTP Basic
authentication, never on the command line.

Requests that fail on the server's side (5xx), time out or find the server
momentarily unreachable are retried with a growing pause; every request the
backend sends is idempotent, so a retry cannot apply a change twice.  What
cannot succeed (refused credentials, no such endpoint, a bad request) is one
line: a :class:`BackendError` naming the endpoint and the HTTP status.
"""

from __future__ import annotations

import base64
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from http.client import HTTPException, HTTPResponse

from . import BackendError

#: attempts per request, and the pause before the second one (doubled after each failure)
ATTEMPTS = 4
BACKOFF = 0.5
#: seconds one request may take: index updates on a large store are slow
TIMEOUT = 600.0
#: bytes per chunk of a streamed request body
CHUNK = 1 << 16
USER_ENV, PASSWORD_ENV = "KG_SPARQL_USER", "KG_SPARQL_PASSWORD"
N_QUADS, N_TRIPLES = "application/n-quads", "application/n-triples"
RESULTS_JSON = "application/sparql-results+json"


@dataclass(frozen=True)
class Endpoints:
    """Where queries, updates and graph-store requests go."""

    query: str
    update: str
    store: str

    @classmethod
    def of(cls, query: str, update: str | None = None, store: str | None = None) -> Endpoints:
        """Endpoints from the query URL; a missing update or store URL is the sibling ``update`` or ``store`` of a ``.../query`` or ``.../sparql`` URL."""
        parts = urllib.parse.urlsplit(query)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise BackendError(f"cannot use SPARQL endpoint {query!r}: give an http:// or https:// URL")
        try:
            parts.port
        except ValueError as e:
            raise BackendError(f"cannot use SPARQL endpoint {query!r}: {e}") from None
        head, _, last = parts.path.rstrip("/").rpartition("/")

        def sibling(name: str) -> str:
            if last not in ("query", "sparql"):
                raise BackendError(f"cannot guess the {name} endpoint of {query!r}: give --{name}-endpoint")
            return urllib.parse.urlunsplit(parts._replace(path=f"{head}/{name}", query=""))

        return cls(query, update or sibling("update"), store or sibling("store"))


def _chunks(lines: Iterable[str]) -> Iterator[bytes]:
    """Lines as a request body: UTF-8, newline-terminated, in chunks of about CHUNK bytes."""
    buf: list[bytes] = []
    size = 0
    for line in lines:
        data = (line + "\n").encode()
        buf.append(data)
        size += len(data)
        if size >= CHUNK:
            yield b"".join(buf)
            buf, size = [], 0
    if buf:
        yield b"".join(buf)


class SparqlClient:
    """Requests to one server's endpoints, with retries and one-line errors."""

    def __init__(self, endpoints: Endpoints, *, user: str | None = None, password: str | None = None,
                 timeout: float = TIMEOUT, union_default_graph: bool = True) -> None:
        self.endpoints = endpoints
        self.timeout = timeout
        user = user if user is not None else os.environ.get(USER_ENV)
        password = password if password is not None else os.environ.get(PASSWORD_ENV, "")
        self._auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode() if user else None
        # Oxigraph's name for "the default graph is the union of all graphs"; other servers ignore it
        self._query_url = endpoints.query + (("&" if "?" in endpoints.query else "?") + "union-default-graph" if union_default_graph else "")

    # ------------------------------------------------------------ operations

    def select(self, query: str) -> HTTPResponse:
        """POST a query; the open response streams SPARQL JSON results (close it when done)."""
        return self._send(self._query_url, query.encode(), "application/sparql-query", RESULTS_JSON)

    def update(self, update: str) -> None:
        """POST one update request (all its operations in one server transaction, on Oxigraph)."""
        self._send(self.endpoints.update, update.encode(), "application/sparql-update", "*/*").close()

    def post_quads(self, lines: Callable[[], Iterable[str]]) -> None:
        """Add N-Quads to the dataset through the graph store, streamed in chunks (``lines`` is called again on a retry)."""
        self._send(self.endpoints.store, lambda: _chunks(lines()), N_QUADS, "*/*").close()

    def get_graph(self, graph: str) -> HTTPResponse | None:
        """GET one named graph as N-Triples (an open response), None when the server has no such graph."""
        url = self.endpoints.store + ("&" if "?" in self.endpoints.store else "?") + urllib.parse.urlencode({"graph": graph})
        try:
            return self._send(url, None, None, N_TRIPLES, missing_ok=True)
        except _Missing:
            return None

    # ------------------------------------------------------------ plumbing

    def _send(self, url: str, body: bytes | Callable[[], Iterable[bytes]] | None, content_type: str | None, accept: str,
              *, missing_ok: bool = False) -> HTTPResponse:
        pause = BACKOFF
        for attempt in range(1, ATTEMPTS + 1):
            request = urllib.request.Request(url, data=body() if callable(body) else body, method="GET" if body is None else "POST")
            request.add_header("Accept", accept)
            if content_type:
                request.add_header("Content-Type", content_type + "; charset=utf-8" if content_type.startswith("application/sparql") else content_type)
            if self._auth:
                request.add_header("Authorization", self._auth)
            try:
                return urllib.request.urlopen(request, timeout=self.timeout)  # type: ignore[no-any-return]
            except urllib.error.HTTPError as e:
                if e.code == 404 and missing_ok:
                    raise _Missing() from None
                if e.code < 500 or attempt == ATTEMPTS:
                    raise BackendError(_describe(url, e)) from None
            except (urllib.error.URLError, socket.timeout, ConnectionError, HTTPException) as e:
                if attempt == ATTEMPTS:
                    reason = getattr(e, "reason", None) or e
                    raise BackendError(f"cannot reach the SPARQL server at {_where(url)}: {reason}") from None
            time.sleep(pause)
            pause *= 2
        raise AssertionError("unreachable")


class _Missing(Exception):
    """The graph store has no such graph (404 on a GET)."""


def _where(url: str) -> str:
    """The URL without its query string (which may hold a graph name) and without credentials."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit(parts._replace(query="", netloc=parts.hostname + (f":{parts.port}" if parts.port else "") if parts.hostname else parts.netloc))


def _describe(url: str, e: urllib.error.HTTPError) -> str:
    """One line for an HTTP error: what the status means here, and the server's first line of explanation."""
    where = _where(url)
    if e.code in (401, 403):
        return f"the SPARQL server at {where} refused the request (HTTP {e.code}): set ${USER_ENV} and ${PASSWORD_ENV} to an account allowed to read and write"
    if e.code == 404:
        return f"no SPARQL endpoint at {where} (HTTP 404): check --endpoint, --update-endpoint and --store-endpoint"
    try:
        detail = e.read(2000).decode("utf-8", "replace").strip().splitlines()
    except OSError:
        detail = []
    first = detail[0][:300] if detail else e.reason
    return f"the SPARQL server at {where} answered HTTP {e.code}: {first}"
