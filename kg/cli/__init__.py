"""The ``kg`` command line: a thin layer over the library.

Data goes to stdout (``--format table|json|csv``), messages to stderr; exit
code 0 on success, 1 when some input or operation failed, 2 on usage errors.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

import click

from .. import __version__
from .common import EXIT_FAILED, EXIT_USAGE, Group, backend_options, emit, fail, format_option, say

if TYPE_CHECKING:  # the store and record modules load only when a command needs them
    from ..backends import Backend
    from ..model import Record

#: commands defined in other modules (in their ``commands`` list): name -> (module, one-line help).
#: They are imported only when run, so that ``kg --help`` starts fast; the
#: one-line help here is checked against the command's own by the tests.
LAZY_COMMANDS = {
    "build": ("kg.cli.extract", "Extract documents and load their records into the graph store."),
    "demo": ("kg.cli.demo", "Show kg at work on the bundled dataset: load, count, ask, draw."),
    "eval": ("kg.cli.eval", "Precision, recall and F1 of extraction against answer keys, per entity type and fact kind."),
    "export": ("kg.cli.viz", "Write the graph, or the selected part of it, for other tools."),
    "extract": ("kg.cli.extract", "Extract entities, measures and relations from policy documents (.txt .md .html .docx .pdf)."),
    "similar": ("kg.cli.similar", "Rank the places whose policies resemble PLACE's, and say why."),
    "viz": ("kg.cli.viz", "Draw a part of the graph as an interactive page that works offline."),
}


class LazyGroup(Group):
    """A group whose other-module commands load on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *LAZY_COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in LAZY_COMMANDS:
            module = importlib.import_module(LAZY_COMMANDS[cmd_name][0])
            for command in module.commands:
                self.add_command(command)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(n) for n in self.list_commands(ctx))
        rows = []
        for name in self.list_commands(ctx):
            if name in self.commands:
                rows.append((name, self.commands[name].get_short_help_str(limit)))
            else:
                rows.append((name, click.Command(name, help=LAZY_COMMANDS[name][1]).get_short_help_str(limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
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
    otherwise; --backend sparql (a SPARQL 1.1 server) or neo4j use a server instead.
    """


def _progress_bar(label: str) -> Any:
    from tqdm import tqdm

    return tqdm(desc=label, unit="doc", file=sys.stderr, disable=not sys.stderr.isatty(), leave=False)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@backend_options
def load(files: tuple[Path, ...], open_store: Callable[[], Backend]) -> None:
    """Load extraction records (.jsonl, or .json with one record or a list) into the store.

    RDF written by ``kg export`` (.ttl, .nt, .nq, .trig, .jsonld) is read back
    into the same documents.

    A document already in the store is replaced as a whole, so loading the same
    file twice changes nothing.  Bad lines are reported with file and line and
    skipped; the good records of every file are still loaded (exit code 1).
    Records stream into the store in batches, so memory does not grow with
    the input.

    \b
    Example:  kg load ../shared/gold/dev/*.json
    """
    from ..backends import BackendError
    from ..rdfread import read_inputs  # RDF parsers load only when kg load runs
    from ..records import Problem

    problems = 0
    good = 0

    def records(backend: Backend) -> Iterator[Record]:
        """The good records, each checked against what the backend can hold while its file and line are known."""
        nonlocal problems, good
        for item in read_inputs(files, located=True):
            refused = None if isinstance(item, Problem) else backend.refuses(item.record)
            if isinstance(item, Problem) or refused:
                problems += 1
                say(f"error: {item}" if isinstance(item, Problem) else f"error: {item}: {refused}")
            else:
                good += 1
                yield item.record

    with open_store() as backend, _progress_bar("loading") as bar:
        try:
            report = backend.load(records(backend), progress=bar.update)
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
    from ..backends import BackendError

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
@backend_options(read_only=True)
def stats(documents: bool, fmt: str, open_store: Callable[[], Backend]) -> None:
    """Count nodes per type and relations per kind (stderr names the store read)."""
    with open_store() as backend:
        say(f"store: {backend.name} at {getattr(backend, 'path', None) or getattr(backend, 'uri', None) or 'the server'}")
        if documents:
            emit(["doc_id"], [[d] for d in backend.documents()], fmt)
        else:
            emit(["what", "count"], list(backend.stats().items()), fmt)


class QueryCommand(click.Command):
    """``kg query NAME --help`` describes that stored query instead of the command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if any(a in ("-h", "--help") for a in args):
            from .. import queries as stored_queries

            names = [a for a in args if a in stored_queries.catalogue()]
            if names:
                click.echo(stored_queries.get(names[0]).help_text())
                ctx.exit(0)
        return super().parse_args(ctx, args)


@cli.command(cls=QueryCommand)
@click.argument("name", required=False)
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="KEY VALUE", help="A query parameter; repeat for several. Lists are comma-separated.")
@click.option("--list", "list_", is_flag=True, help="List the stored queries with their parameters.")
@format_option
@backend_options(read_only=True)
def query(name: str | None, params: tuple[tuple[str, str], ...], list_: bool, fmt: str, open_store: Callable[[], Backend]) -> None:
    """Run a stored query from queries/ with bound parameters.

    \b
    Examples:
      kg query --list
      kg query measures-of-place --help     # that query's parameters and columns
      kg query measures-of-place -p place 杭州高新区
      kg query places-with-all-categories -p categories TAX_DEFERRAL,SOCIAL_INSURANCE_RELIEF --format json
    """
    from .. import queries as stored_queries

    if list_ or not name:
        rows = [
            [q.name, q.title, ", ".join(f"{p.name}:{p.type}" + (f"={p.default}" if p.default is not None else "") for p in q.params)]
            for q in stored_queries.catalogue().values()
        ]
        emit(["name", "title", "parameters"], rows, fmt)
        return
    from ..backends import BackendError
    from ..query_params import NAMES_QUERY, check

    try:
        stored = stored_queries.get(name)
        bound = stored.bind(dict(params))
    except stored_queries.QueryError as exc:
        fail(str(exc), EXIT_USAGE)
    with open_store() as backend:
        try:
            checked = check(stored, bound, lambda: [(r[0], r[1]) for r in backend.query(NAMES_QUERY).rows])
        except stored_queries.QueryError as exc:
            fail(str(exc), EXIT_USAGE)
        try:
            result = backend.query(name, checked)
        except (stored_queries.QueryError, BackendError) as exc:
            fail(str(exc))
    emit(result.columns, result.rows, fmt)
    if not result.rows:
        say("no rows")


@cli.command()
@click.option("--group", "group", default=None, help="Only this group (code or label, any case).")
@format_option
def categories(group: str | None, fmt: str) -> None:
    """List the measure categories: code, Chinese and English label, group.

    These codes (or their labels, in any case) are what `-p category`,
    `-p categories` and `--category` take.
    """
    from .. import queries as stored_queries
    from ..query_params import category_group
    from ..taxonomy import taxonomy

    tax = taxonomy()
    try:
        wanted = category_group(group) if group else None
    except stored_queries.QueryError as exc:
        fail(str(exc), EXIT_USAGE)
    rows = [
        [c.code, c.zh, c.en, c.group, tax.groups[c.group].zh]
        for c in tax.categories.values()
        if wanted is None or c.group == wanted
    ]
    emit(["code", "zh", "en", "group", "group_zh"], rows, fmt)


@cli.command()
@format_option
@backend_options(read_only=True)
def validate(fmt: str, open_store: Callable[[], Backend]) -> None:
    """Check the stored graph against the SHACL shapes in schema/ (exit 1 on violations)."""
    from ..validate import validate_records

    with open_store() as backend:
        violations = validate_records(backend.records())
    if violations or fmt != "table":
        emit(["focus", "path", "message"], [[v.focus, v.path, v.message] for v in violations], fmt)
    if violations:
        say(f"{len(violations)} violation(s)")
        sys.exit(EXIT_FAILED)
    say("the graph conforms to the shapes")


def main() -> None:
    cli(prog_name="kg")
