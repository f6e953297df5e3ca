"""``kg extract`` and ``kg build``: documents in, records (or a loaded store) out.

Data goes to stdout, messages to stderr.  A file that cannot be read is
reported in one line and the rest of the batch goes on; the exit code is 1
when any file failed.  Output order follows the sorted input order whatever
the number of worker processes, so the same input gives the same bytes.
"""

from __future__ import annotations

import errno
import gc
import json
import os
import sys
import warnings
from collections import deque
from itertools import chain, islice
from multiprocessing import get_context
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

import click

from kg.files import atomic_open
from kg.records import dumps

from .pipeline import extract_file
from .places import default_gazetteer
from .read import SUFFIXES, ReadError, read_text

#: files handed out ahead per worker process
WINDOW = 2
#: objects allocated between young-generation collections (CPython's default, 700, spends about 5% of
#: extraction collecting the short-lived spans and matches of one sentence again and again)
GC_YOUNG = 20_000


def collect(paths: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """Files to extract (the given files, and supported files under the given folders, sorted) and problems.

    A problem is a one-line message: a missing file, a folder that cannot be
    read, a broken symbolic link or one that leads back into a folder being walked.
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
    return files, problems


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
    """Load the gazetteer and set the collector for a batch (in the command's process and in each worker):
    the gazetteer's objects live as long as the process, so they are frozen out of every collection, and
    young collections come less often."""
    default_gazetteer()
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
        yield from map(_work, chain(ahead, files))
        return
    with get_context("spawn").Pool(jobs, initializer=prepare) as pool:
        pending = deque(pool.apply_async(_work, (path,)) for path in ahead)
        while pending:
            done = pending.popleft().get()
            for path in islice(files, 1):
                pending.append(pool.apply_async(_work, (path,)))
            yield done


def texts_to(files: list[Path], out: IO[str]) -> int:
    """Write each file's read text (headed by its path when there are several); the number that failed."""
    failed = 0
    for path in files:
        try:
            text = read_text(path)
        except ReadError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
            continue
        if len(files) > 1:
            out.write(f"==> {path} <==\n")
        out.write(text + "\n")
    return failed


def _progress(total: int, show: bool) -> Any:
    if not show:
        return None
    from tqdm import tqdm

    return tqdm(total=total, file=sys.stderr, unit="doc")


def extract_to(files: list[Path], out: IO[str], fmt: str, jobs: int, show_progress: bool) -> int:
    """Write the records of ``files`` to ``out`` as they come, in input order; return how many files failed.

    ``json`` is one list, written an item at a time, the same bytes as
    ``json.dumps(records, indent=1)``.
    """
    prepare()
    failed = written = 0
    bar = _progress(len(files), show_progress)
    for path, line, error in run(files, jobs):
        if bar is not None:
            bar.update(1)
        if error is not None:
            failed += 1
            click.echo(f"error: {error}", err=True)
            continue
        assert line is not None
        if fmt == "jsonl":
            out.write(line + "\n")
        else:
            item = json.dumps(json.loads(line), ensure_ascii=False, indent=1).replace("\n", "\n ")
            out.write(("[\n " if not written else ",\n ") + item)
        written += 1
    if fmt == "json":
        out.write("\n]\n" if written else "[]\n")
    if bar is not None:
        bar.close()
    return failed


def _show_progress(flag: bool) -> bool:
    return flag or sys.stderr.isatty()


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True, help="One record per line, or one JSON list.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None, help="Write records to this file instead of stdout.")
@click.option("--progress/--no-progress", default=False, help="Show a progress bar on stderr (default: only on a terminal).")
@click.option("--text", "show_text", is_flag=True, help="Print the text the reader produced (the text fact offsets point into) instead of records.")
def extract(paths: tuple[Path, ...], fmt: str, jobs: int, output: Path | None, progress: bool, show_text: bool) -> None:
    """Extract entities, measures and relations from policy documents (.txt .md .html .docx .pdf)."""
    files, unlisted = _files(paths)
    write = (lambda out: texts_to(files, out)) if show_text else (lambda out: extract_to(files, out, fmt, jobs, _show_progress(progress)))
    if output is not None:
        with atomic_open(output) as out:
            failed = write(out)
    else:
        failed = write(sys.stdout)
    _finish(failed, len(files), unlisted)


def _files(paths: Iterable[Path]) -> tuple[list[Path], int]:
    """The files to read and how many paths could not be listed (each said on stderr)."""
    files, problems = collect(paths)
    for p in problems:
        click.echo(f"error: {p}", err=True)
    if not files:
        click.echo("error: no .txt, .md, .html, .htm, .docx or .pdf files found", err=True)
        sys.exit(1)
    return files, len(problems)


def _finish(failed: int, total: int, unlisted: int) -> None:
    """Exit 1 when a file failed or a path could not be listed: the rest was done."""
    if failed:
        click.echo(f"{failed} of {total} files failed", err=True)
    if failed or unlisted:
        sys.exit(1)


def _build_command() -> click.Command:
    from kg.cli_common import backend_options

    @click.command("build")
    @click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
    @click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
    @backend_options
    def build(paths: tuple[Path, ...], jobs: int, open_store: Callable[[], Any]) -> None:
        """Extract documents and load their records into the graph store."""
        from kg.model import Record, RecordError

        files, unlisted = _files(paths)
        prepare()
        failed = 0
        doc_ids: set[str] = set()

        def records() -> Iterator[Record]:
            """Each file's record as soon as it is extracted, so the store takes them in batches as they come."""
            nonlocal failed
            for path, line, error in run(files, jobs):
                if error is None:
                    assert line is not None
                    try:
                        rec = Record.from_dict(json.loads(line))
                    except RecordError as exc:
                        error = f"{path}: {exc}"
                    else:
                        doc_ids.add(rec.doc_id)
                        yield rec
                        continue
                failed += 1
                click.echo(f"error: {error}", err=True)

        with open_store() as backend:
            report = backend.load(records())
        click.echo(f"loaded {len(doc_ids)} documents ({report.facts} facts) into {backend.name}", err=True)
        _finish(failed, len(files), unlisted)

    return build


build = _build_command()
commands = [extract, build]
