"""What every kg command shares: store options, output formats, messages and exit codes.

Data goes to stdout, messages to stderr.  Exit codes: 0 success, 1 some input
or operation failed (the rest was still done), 2 usage error.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, NoReturn, Sequence

import click

if TYPE_CHECKING:  # backends load when a store is opened, not when the command line starts
    from ..backends import Backend

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
FORMATS = ("table", "json", "jsonl", "csv")
#: the click context key of --wide
WIDE = "kg.wide"
#: no table column is cut narrower than this
MIN_COLUMN = 8
_SPACES = re.compile(r"\s+")


def default_store() -> Path:
    """The embedded store's folder: $KG_STORE, else the user's data directory."""
    from platformdirs import user_data_dir

    env = os.environ.get("KG_STORE")
    return Path(env) if env else Path(user_data_dir("kg", appauthor=False)) / "store"


def say(message: str, *, err: bool = True) -> None:
    """A message for the person at the terminal (stderr)."""
    click.echo(message, err=err)


class _Messages(logging.Handler):
    """Shows the library's log records as messages; echoes to the current stderr, which a test runner may have replaced."""

    def emit(self, record: logging.LogRecord) -> None:
        say(self.format(record))


def show_library_messages() -> None:
    """Let the "kg" logger's INFO records (re-indexing an older store ...) reach stderr, once per process."""
    logger = logging.getLogger("kg")
    logger.setLevel(logging.INFO)
    if not any(isinstance(h, _Messages) for h in logger.handlers):
        handler = _Messages()
        handler.setFormatter(logging.Formatter("kg: %(message)s"))
        logger.addHandler(handler)


def fail(message: str, code: int = EXIT_FAILED) -> NoReturn:
    """Print one clear line and stop with ``code``."""
    click.echo(f"error: {message}", err=True)
    sys.exit(code)


def describe_os_error(exc: OSError) -> str:
    """One line for a failed file operation: the file and the reason, no errno noise."""
    from ..files import OutputError

    if isinstance(exc, OutputError) or not exc.strerror:
        return str(exc)
    return f"{exc.filename}: {exc.strerror}" if exc.filename else exc.strerror


class Group(click.Group):
    """A command group whose file errors (no such folder, disk full ...) end in one line, exit 1."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:  # the reader of stdout went away (| head): nothing left to say
            sys.stdout = open(os.devnull, "w")
            sys.exit(EXIT_FAILED)
        except OSError as exc:
            fail(describe_os_error(exc))


def backend_options(f: Callable[..., Any] | None = None, *, read_only: bool = False) -> Any:
    """--backend, --store, --uri, --user, --database, --endpoint and its siblings.

    Passwords come only from the environment: $NEO4J_PASSWORD, $KG_SPARQL_USER and $KG_SPARQL_PASSWORD.

    A ``read_only`` command never creates a store: a missing one is an error naming its folder.
    """
    if f is None:
        return functools.partial(backend_options, read_only=read_only)

    @click.option(
        "--backend",
        type=click.Choice(["rdf", "sparql", "neo4j"]),
        default="rdf",
        envvar="KG_BACKEND",
        show_default=True,
        help="Where the graph lives: the embedded RDF store, a SPARQL 1.1 server or a Neo4j server.",
    )
    @click.option(
        "--store",
        type=click.Path(file_okay=False, path_type=Path),
        default=None,
        help="Folder of the embedded store [default: $KG_STORE or the user data folder].",
    )
    @click.option("--uri", envvar="NEO4J_URI", default="bolt://localhost:7687", show_default=True, help="Neo4j URI (bolt://, neo4j://, neo4j+s://); also $NEO4J_URI.")
    @click.option("--user", envvar="NEO4J_USER", default="neo4j", show_default=True, help="Neo4j user; the password is read from $NEO4J_PASSWORD.")
    @click.option("--database", envvar="NEO4J_DATABASE", default=None, help="Neo4j database [default: the server's default].")
    @click.option("--endpoint", envvar="KG_SPARQL_ENDPOINT", default=None,
                  help="SPARQL query endpoint (http://host:7878/query); also $KG_SPARQL_ENDPOINT. Login from $KG_SPARQL_USER, $KG_SPARQL_PASSWORD.")
    @click.option("--update-endpoint", envvar="KG_SPARQL_UPDATE_ENDPOINT", default=None,
                  help="SPARQL update endpoint [default: .../update beside a .../query or .../sparql endpoint].")
    @click.option("--store-endpoint", envvar="KG_SPARQL_STORE_ENDPOINT", default=None,
                  help="Graph Store endpoint [default: .../store beside it; Fuseki: .../data].")
    @functools.wraps(f)
    def wrapper(*args: Any, backend: str, store: Path | None, uri: str, user: str, database: str | None,
                endpoint: str | None, update_endpoint: str | None, store_endpoint: str | None, **kwargs: Any) -> Any:
        kwargs["open_store"] = functools.partial(open_from_options, backend, store, uri, user, database, read_only,
                                                 sparql=(endpoint, update_endpoint, store_endpoint))
        return f(*args, **kwargs)

    return wrapper


def open_from_options(backend: str, store: Path | None, uri: str, user: str, database: str | None, read_only: bool = False,
                      sparql: tuple[str | None, str | None, str | None] = (None, None, None)) -> Backend:
    """Open the chosen backend or stop with a one-line error; ``sparql`` holds the query, update and store endpoints."""
    from ..backends import BackendError, open_backend

    show_library_messages()
    try:
        if backend == "neo4j":
            return open_backend("neo4j", uri=uri, user=user, database=database)
        if backend == "sparql":
            if not sparql[0]:
                fail("--backend sparql needs --endpoint URL (or $KG_SPARQL_ENDPOINT), e.g. http://localhost:7878/query", EXIT_USAGE)
            return open_backend("sparql", endpoint=sparql[0], update_endpoint=sparql[1], store_endpoint=sparql[2])
        path = store or default_store()
        if read_only and not path.is_dir():
            fail(f"no store at {path} (`kg load` creates it; --store or $KG_STORE choose another)", EXIT_USAGE)
        return open_backend("rdf", path=path)
    except BackendError as exc:
        fail(str(exc))


def format_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """--format, and --wide for tables that may run past the terminal's width."""
    f = click.option(
        "--wide",
        is_flag=True,
        expose_value=False,
        callback=lambda ctx, _param, value: ctx.meta.__setitem__(WIDE, value),
        help="Tables: never cut long cells to fit the terminal.",
    )(f)
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default="table",
        show_default=True,
        help="table for reading; json, jsonl (one object a line) or csv for other programs (Chinese kept readable).",
    )(f)


def _cell(value: Any) -> str:
    """A table cell on one line: tabs and newlines of source text become spaces, lists are 、-joined."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".")
    if isinstance(value, (list, tuple)):
        return "、".join(_cell(v) for v in value)
    return _SPACES.sub(" ", str(value)).strip()


def _json_value(value: Any) -> Any:
    """A cell JSON can hold: NaN and infinities (which JSON has no word for) become null."""
    return None if isinstance(value, float) and not math.isfinite(value) else value


def _width(text: str) -> int:
    """Display width in terminal columns (CJK characters take two)."""
    plain = text[:-1] if text.endswith("…") else text  # the mark of a cut cell takes one column
    if plain.isascii() and plain.isprintable():  # one column each; wcwidth is slow to import
        return len(text)
    from wcwidth import wcswidth, wcwidth  # only tables need it; keeps start-up fast

    return max(wcswidth(text), 0) or sum(max(wcwidth(c), 0) for c in text)


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, ending in … when something was cut."""
    if _width(text) <= width:
        return text
    if text.isascii():  # printable: _width counted one column per character
        return text[: max(width - 1, 0)] + "…"
    from wcwidth import wcwidth

    out, used = [], 1
    for c in text:
        w = max(wcwidth(c), 0)
        if used + w > width:
            break
        out.append(c)
        used += w
    return "".join(out) + "…"


def _fit(widths: list[int], total: int) -> list[int]:
    """Column widths that fit ``total`` columns: the widest shrink first, none below MIN_COLUMN."""
    widths = list(widths)
    excess = sum(widths) + 2 * (len(widths) - 1) - total
    while excess > 0:
        i = max(range(len(widths)), key=widths.__getitem__)
        if widths[i] <= MIN_COLUMN:
            break
        widths[i] -= 1
        excess -= 1
    return widths


def _terminal_width(out: Any) -> int | None:
    """The width to fit tables to: the terminal's (or $COLUMNS), None when not writing to one or --wide."""
    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.meta.get(WIDE):
        return None
    if not (os.environ.get("COLUMNS") or getattr(out, "isatty", lambda: False)()):
        return None
    import shutil

    return shutil.get_terminal_size().columns


def _plain(value: Any) -> Any:
    """A CSV field: lists ;-joined, None empty."""
    if isinstance(value, (list, tuple)):
        return ";".join("" if v is None else str(v) for v in value)
    return "" if value is None else value


def emit(columns: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str, out: Any = None) -> None:
    """Write rows to stdout in the chosen format."""
    out = out or sys.stdout
    rows = list(rows)
    if fmt in ("json", "jsonl"):
        import json
    elif fmt == "csv":
        import csv
    if fmt == "json":
        data = [{c: _json_value(v) for c, v in zip(columns, r)} for r in rows]
        out.write(json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n")
    elif fmt == "jsonl":
        for r in rows:
            row = {c: _json_value(v) for c, v in zip(columns, r)}
            out.write(json.dumps(row, ensure_ascii=False, allow_nan=False) + "\n")
    elif fmt == "csv":
        w = csv.writer(out, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow([_plain(v) for v in r])
    else:
        cells = [[_cell(v) for v in r] for r in rows]
        widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(columns)]
        total = _terminal_width(out)
        if total is not None and columns:
            widths = _fit(widths, total)
            columns = [_cut(c, widths[i]) for i, c in enumerate(columns)]
            cells = [[_cut(v, widths[i]) for i, v in enumerate(r)] for r in cells]
        lines = ["  ".join(c + " " * (widths[i] - _width(c)) for i, c in enumerate(columns)).rstrip()]
        lines.append("  ".join("-" * w for w in widths))
        for r in cells:
            lines.append("  ".join(v + " " * (widths[i] - _width(v)) for i, v in enumerate(r)).rstrip())
        out.write("\n".join(lines) + "\n")
