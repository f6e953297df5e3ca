"""``kg extract`` and ``kg build``: documents in, records (or a loaded store) out.

Data goes to stdout, messages to stderr.  A file that cannot be read is
reported in one line and the rest of the batch goes on; the exit code is 1
when any file failed.  Output order follows the sorted input order whatever
the number of worker processes (``ingest.batch``), so the same input gives
the same bytes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Iterator

import click

from ingest.batch import collect, run
from ingest.read import ReadError, read_text

from ..files import atomic_open
from .common import backend_options

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


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
@backend_options
def build(paths: tuple[Path, ...], jobs: int, open_store: Callable[[], Any]) -> None:
    """Extract documents and load their records into the graph store."""
    from ..model import Record, RecordError

    files, unlisted = _files(paths)
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


commands = [extract, build]
