"""The ``kg`` command line: a thin layer over the library.

Data goes to stdout (``--format table|json|csv``), messages to stderr; exit
code 0 on success, 1 when some input or operation failed, 2 on usage errors.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

import click

from . import __version__
from . import queries as stored_queries
from .backends import Backend, BackendError
from .cli_common import EXIT_FAILED, backend_options, emit, fail, format_option, say
from .model import Record
from .records import Problem, read_paths

#: modules that contribute more commands through a ``commands`` list
COMMAND_MODULES = ("ingest.cli", "kg.similar_cli", "kg.viz_cli", "kg.demo")


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build and question a knowledge graph of Chinese enterprise-support policies.

    \b
    Typical session:
      kg demo                                  # see it work on the bundled dataset
      kg extract docs/ > records.jsonl         # text -> extraction records
      kg load records.jsonl                    # records -> the embedded store
      kg stats
      kg query --list
      kg query measures-of-place -p place 杭州高新区
      kg validate

    The store lives in the user data folder unless --store or $KG_STORE says
    otherwise; --backend neo4j uses a Neo4j server instead.
    """


def _progress_bar(label: str) -> Any:
    from tqdm import tqdm

    return tqdm(desc=label, unit="doc", file=sys.stderr, disable=not sys.stderr.isatty(), leave=False)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@backend_options
def load(files: tuple[Path, ...], open_store: Callable[[], Backend]) -> None:
    """Load extraction records (.jsonl, or .json with one record or a list) into the store.

    A document already in the store is replaced as a whole, so loading the same
    file twice changes nothing.  Bad lines are reported with file and line and
    skipped; the good records of every file are still loaded (exit code 1).
    Records stream into the store in batches, so memory does not grow with
    the input.

    \b
    Example:  kg load ../shared/gold/dev/*.json
    """
    problems = 0
    good = 0

    def records() -> Iterator[Record]:
        nonlocal problems, good
        for item in read_paths(files):
            if isinstance(item, Problem):
                problems += 1
                say(f"error: {item}")
            else:
                good += 1
                yield item

    with open_store() as backend, _progress_bar("loading") as bar:
        try:
            report = backend.load(records(), progress=bar.update)
        except BackendError as exc:
            fail(str(exc))
    for message in report.rejected:
        say(f"error: {message}")
    problems += len(report.rejected)
    good -= len(report.rejected)
    if good:
        say(
            f"loaded {report.documents} document(s) ({report.replaced} replaced, {report.facts} facts) "
            f"in {report.seconds:.2f}s into {backend.name} store"
        )
    if problems:
        say(f"{problems} problem(s); {good} record(s) loaded")
        sys.exit(EXIT_FAILED)


@cli.command()
@click.argument("doc_ids", nargs=-1, required=True)
@backend_options
def remove(doc_ids: tuple[str, ...], open_store: Callable[[], Backend]) -> None:
    """Delete every fact that came from the given documents (by doc_id)."""
    missing = 0
    with open_store() as backend:
        for doc_id in doc_ids:
            try:
                removed = backend.remove(doc_id)
            except BackendError as exc:
                fail(str(exc))
            if removed:
                say(f"removed {doc_id}")
            else:
                say(f"error: {doc_id} is not in the store (`kg stats --documents` lists them)")
                missing += 1
    if missing:
        sys.exit(EXIT_FAILED)


@cli.command()
@click.option("--documents", is_flag=True, help="List the loaded document ids instead of counts.")
@format_option
@backend_options
def stats(documents: bool, fmt: str, open_store: Callable[[], Backend]) -> None:
    """Count nodes per type and relations per kind."""
    with open_store() as backend:
        if documents:
            emit(["doc_id"], [[d] for d in backend.documents()], fmt)
        else:
            emit(["what", "count"], list(backend.stats().items()), fmt)


@cli.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="KEY VALUE", help="A query parameter; repeat for several. Lists are comma-separated.")
@click.option("--list", "list_", is_flag=True, help="List the stored queries with their parameters.")
@format_option
@backend_options
def query(name: str | None, params: tuple[tuple[str, str], ...], list_: bool, fmt: str, open_store: Callable[[], Backend]) -> None:
    """Run a stored query from queries/ with bound parameters.

    \b
    Examples:
      kg query --list
      kg query measures-of-place -p place 杭州高新区
      kg query places-with-all-categories -p categories TAX_DEFERRAL,SOCIAL_INSURANCE_RELIEF --format json
    """
    if list_ or not name:
        rows = [
            [q.name, q.title, ", ".join(f"{p.name}:{p.type}" + (f"={p.default}" if p.default is not None else "") for p in q.params)]
            for q in stored_queries.catalogue().values()
        ]
        emit(["name", "title", "parameters"], rows, fmt)
        return
    try:
        stored_queries.get(name).bind(dict(params))
    except stored_queries.QueryError as exc:
        fail(str(exc), 2)
    with open_store() as backend:
        try:
            result = backend.query(name, dict(params))
        except (stored_queries.QueryError, BackendError) as exc:
            fail(str(exc))
    emit(result.columns, result.rows, fmt)
    if not result.rows:
        say("no rows")


@cli.command()
@format_option
@backend_options
def validate(fmt: str, open_store: Callable[[], Backend]) -> None:
    """Check the stored graph against the SHACL shapes in schema/ (exit 1 on violations)."""
    from .validate import validate_records

    with open_store() as backend:
        violations = validate_records(backend.records())
    if violations or fmt != "table":
        emit(["focus", "path", "message"], [[v.focus, v.path, v.message] for v in violations], fmt)
    if violations:
        say(f"{len(violations)} violation(s)")
        sys.exit(EXIT_FAILED)
    say("the graph conforms to the shapes")


for _module in COMMAND_MODULES:
    for _command in importlib.import_module(_module).commands:
        cli.add_command(_command)


def main() -> None:
    cli(prog_name="kg")
