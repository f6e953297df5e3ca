"""Extraction of a batch of files: which files, in which order, by how many processes.

A file that cannot be read becomes a one-line error and the rest of the
batch goes on.  Results come in the sorted input order whatever the number
of worker processes, so the same input gives the same bytes.
"""

from __future__ import annotations

import errno
import gc
import os
import sys
import warnings
from collections import deque
from itertools import chain, islice
from multiprocessing import get_context
from pathlib import Path
from typing import Iterable, Iterator

from kg.records import dumps

from .read import SUFFIXES, ReadError

#: files handed out ahead per worker process
WINDOW = 2
#: objects allocated between young-generation collections (CPython's default, 700, spends about 5% of
#: extraction collecting the short-lived spans and matches of one sentence again and again)
GC_YOUNG = 20_000


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to extract (the given files, and supported files under the given folders, sorted) and problems.

    A problem is a one-line message: a missing file, a folder that cannot be
    read, a broken symbolic link or one that leads back into a folder being walked,
    or a file whose document id (its name without the extension) an earlier file
    of the batch already has: its record would replace the other's in a store.
    """
    files: list[Path] = []
    problems: list[str] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files.extend(_walk(p, problems))
        elif p.is_file():
            files.append(p)
        else:
            problems.append(_missing(p))
    return _one_per_id(files, problems), problems


def _one_per_id(files: list[Path], problems: list[str]) -> list[Path]:
    """The files whose document id no earlier file has; each later one is a problem (the same file named twice is read once)."""
    first: dict[str, Path] = {}
    for p in files:
        other = first.setdefault(p.stem, p)
        if other is not p and other.resolve() != p.resolve():
            problems.append(f"{p}: skipped, its document id {p.stem!r} is {other}'s too (rename one of them)")
    return list(first.values())


def _missing(p: Path) -> str:
    if p.is_symlink():
        try:
            p.stat()
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return f"{p}: symbolic link loop"
        return f"{p}: broken symbolic link (to {os.readlink(p)})"
    return f"{p}: no such file or folder" if not p.exists() else f"{p}: not a regular file"


def _walk(top: Path, problems: list[str]) -> list[Path]:
    """Supported files under ``top``, following symbolic links but never into a folder twice on one path."""
    out: list[Path] = []
    stack: list[tuple[Path, frozenset[tuple[int, int]]]] = [(top, frozenset())]
    while stack:
        folder, ancestors = stack.pop()
        try:
            st = folder.stat()
            here = ancestors | {(st.st_dev, st.st_ino)}
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            problems.append(f"{folder}: cannot read the folder ({exc.strerror or exc})")
            continue
        for entry in entries:
            p = Path(entry.path)
            try:
                if entry.is_dir():
                    s = p.stat()
                    if (s.st_dev, s.st_ino) in here:
                        problems.append(f"{p}: symbolic link loop (leads back to a folder above it), skipped")
                    else:
                        stack.append((p, here))
                elif entry.is_file():
                    if p.suffix.lower() in SUFFIXES:
                        out.append(p)
                elif entry.is_symlink():
                    problems.append(_missing(p))
            except OSError as exc:
                problems.append(_missing(p) if entry.is_symlink() else f"{p}: {exc.strerror or exc}")
    return sorted(out)


def _work(path: Path) -> tuple[str, str | None, str | None]:
    """Extract one file in a worker: (path, JSON line or None, error or None)."""
    from .pipeline import extract_file  # (loaded by :func:`prepare`)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            return str(path), dumps(extract_file(path)), None
        except ReadError as exc:
            return str(path), None, str(exc)
        finally:
            for w in caught:  # the reader's notes on what it had to repair, one line each
                print(f"warning: {w.message}", file=sys.stderr)


def prepare() -> None:
    """Load the extractor and its gazetteer and set the collector, in each process that extracts (the command's
    own when it has no workers): their objects live as long as the process, so they are frozen out of every
    collection, and young collections come less often.  With workers, the command's process only hands out
    files and writes records, so it never loads them (importing the extractor compiles some 500 patterns)."""
    from . import pipeline

    pipeline.default_gazetteer()
    gc.freeze()
    gc.set_threshold(GC_YOUNG, *gc.get_threshold()[1:])


def run(files: Iterable[Path], jobs: int) -> Iterator[tuple[str, str | None, str | None]]:
    """Results in input order, computed by ``jobs`` processes.

    At most ``WINDOW`` files per process are handed out ahead of the one
    being written, so a slow consumer or one large file never lets finished
    records pile up in memory, and every process stays busy.
    """
    files = iter(files)
    ahead = list(islice(files, WINDOW * jobs)) if jobs > 1 else []
    if len(ahead) <= 1:  # one process, or nothing to share out
        prepare()
        yield from map(_work, chain(ahead, files))
        return
    with get_context("spawn").Pool(jobs, initializer=prepare) as pool:
        pending = deque(pool.apply_async(_work, (path,)) for path in ahead)
        while pending:
            done = pending.popleft().get()
            for path in islice(files, 1):
                pending.append(pool.apply_async(_work, (path,)))
            yield done


