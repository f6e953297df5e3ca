"""One writer at a time on a SPARQL dataset: a lock graph that a second ``kg load`` sees and refuses.

The lock is one resource in its own graph: a random token, who holds it
(host, process id, what it does) and when it was taken and last renewed, in
the server's clock (so the machines' clocks do not matter).  It is taken by
one conditional update (insert when no lock is there), which the server runs
as one transaction, and read back: whoever's token is there holds it.  The
holder renews it as it works and removes it when done.

A lock is stale when its holder is gone: a process of this host that no
longer runs (or this very process, which no longer holds it), or a holder on
another host that has not renewed it for :data:`LEASE` seconds.  A stale
lock is replaced by an update conditioned on its token, so of two writers
that find it stale only one gets it.  Terms written into the updates are
serialised by pyoxigraph (N-Triples escapes), never pasted as text.
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pyoxigraph as ox

from .. import identity, rdfmap
from . import BackendError
from .sparql_protocol import SparqlClient

LOCK_GRAPH = identity.ID + "graph/lock"
#: seconds without renewal after which another host's lock is stale (a writer renews far more often)
LEASE = 600.0
#: a holder renews at most this often
RENEW_EVERY = 30.0
_G = f"<{LOCK_GRAPH}>"
_KG = rdfmap.KG
_FIELDS = ("token", "host", "pid", "task", "since", "renewed")
_READ = (f"SELECT {' '.join('?' + f for f in _FIELDS)} (NOW() AS ?now) WHERE {{ GRAPH {_G} {{ {_G} "
         + " ; ".join(f"<{_KG}{f}> ?{f}" for f in _FIELDS) + " } }")
#: tokens of the locks this process holds
_HELD: set[str] = set()


class LockedError(BackendError):
    """Another writer holds the dataset."""


@dataclass(frozen=True)
class Lock:
    """What a lock in the dataset says, and its age by the server's clock."""

    token: str
    host: str
    pid: int
    task: str
    since: str
    age: float

    def stale(self) -> bool:
        if self.host != socket.gethostname():
            return self.age > LEASE
        if self.pid == os.getpid():
            return self.token not in _HELD
        return not _alive(self.pid)

    def __str__(self) -> str:
        return f"kg {self.task} on {self.host} (process {self.pid}) since {self.since}, renewed {self.age:.0f} s ago"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value)


class WriterLock:
    """The dataset's writer lock, for one task of this process (``load``, ``remove``, ``clean-up``)."""

    def __init__(self, client: SparqlClient, endpoint: str, task: str) -> None:
        self.client, self.endpoint = client, endpoint
        self.token = secrets.token_hex(16)
        self._renewed = 0.0
        fields: dict[str, Any] = dict(token=self.token, host=socket.gethostname(), pid=os.getpid(), task=task)
        self._mine = " ; ".join(f"<{_KG}{k}> {ox.Literal(str(v))}" for k, v in fields.items())

    def read(self) -> Lock | None:
        with self.client.select(_READ) as response:
            result = ox.parse_query_results(response, ox.QueryResultsFormat.JSON)
            assert isinstance(result, ox.QuerySolutions)
            row = next(iter(result), None)
            if row is None:
                return None
            v = {name: row[name].value for name in (*_FIELDS, "now")}  # type: ignore[union-attr]
        age = (_time(v["now"]) - _time(v["renewed"])).total_seconds()
        return Lock(v["token"], v["host"], int(v["pid"]), v["task"], v["since"], age)

    def acquire(self) -> None:
        """Take the lock, or a stale one; :class:`LockedError` naming the holder when another writer has it."""
        for _ in range(3):  # the holder may let go between our reading and our attempt
            lock = self.read()
            if lock is None:
                self.client.update(f"INSERT {{ GRAPH {_G} {{ {_G} {self._mine} ; <{_KG}since> ?now ; <{_KG}renewed> ?now }} }} "
                                   f"WHERE {{ BIND(NOW() AS ?now) FILTER NOT EXISTS {{ GRAPH {_G} {{ {_G} <{_KG}token> ?t }} }} }}")
                lock = self.read()
            if lock is not None and lock.token != self.token and lock.stale():
                self.client.update(f"DELETE {{ GRAPH {_G} {{ {_G} ?p ?o }} }} "
                                   f"INSERT {{ GRAPH {_G} {{ {_G} {self._mine} ; <{_KG}since> ?now ; <{_KG}renewed> ?now }} }} "
                                   f"WHERE {{ GRAPH {_G} {{ {_G} <{_KG}token> {ox.Literal(lock.token)} ; ?p ?o }} BIND(NOW() AS ?now) }}")
                lock = self.read()
            if lock is not None and lock.token == self.token:
                _HELD.add(self.token)
                self._renewed = time.monotonic()
                return
            if lock is not None:
                raise LockedError(f"the dataset at {self.endpoint} is locked by {lock}; wait for it to finish "
                                  f"(a lock whose process is gone, or not renewed for {LEASE / 60:.0f} minutes, is taken over)")
        raise LockedError(f"could not lock the dataset at {self.endpoint}: other writers keep taking it")

    def renew(self) -> None:
        """Tell other writers this one is alive (at most every RENEW_EVERY s); a lock taken over as stale is an error."""
        if time.monotonic() - self._renewed < RENEW_EVERY:
            return
        self.client.update(f"DELETE {{ GRAPH {_G} {{ {_G} <{_KG}renewed> ?r }} }} INSERT {{ GRAPH {_G} {{ {_G} <{_KG}renewed> ?now }} }} "
                           f"WHERE {{ GRAPH {_G} {{ {_G} <{_KG}token> {ox.Literal(self.token)} ; <{_KG}renewed> ?r }} BIND(NOW() AS ?now) }}")
        lock = self.read()
        if lock is None or lock.token != self.token:
            raise LockedError(f"lost the lock on the dataset at {self.endpoint}: "
                              + (f"taken over as stale by {lock}" if lock else "removed by another process"))
        self._renewed = time.monotonic()

    def release(self) -> None:
        _HELD.discard(self.token)
        self.client.update(f"DELETE {{ GRAPH {_G} {{ {_G} ?p ?o }} }} WHERE {{ GRAPH {_G} {{ {_G} <{_KG}token> {ox.Literal(self.token)} ; ?p ?o }} }}")
