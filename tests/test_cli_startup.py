"""`kg --help` and `kg query --list` load no command module, store, SPARQL parser, networkx or wcwidth; lazy help matches the commands."""

from __future__ import annotations

import os
import subprocess
import sys

import click
import pytest

from kg.cli import LAZY_COMMANDS, cli

HEAVY = ("rdflib", "networkx", "pyoxigraph", "ingest.batch", "ingest.pipeline", "kg.cli.extract", "kg.cli.similar", "kg.cli.viz", "kg.cli.demo", "kg.cli.eval", "kg.backends", "kg.model", "wcwidth", "importlib.resources", "tempfile")


@pytest.mark.parametrize("argv", [["--help"], ["query", "--list"]])
def test_start_up_imports_nothing_heavy(argv: list[str]) -> None:
    probe = (
        "import sys\n"
        "from kg.cli import cli\n"
        f"try:\n    cli({argv!r}, prog_name='kg')\nexcept SystemExit:\n    pass\n"
        f"print('loaded:' + ','.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "Usage" in proc.stdout or "measures-of-place" in proc.stdout
    assert proc.stderr.strip().splitlines()[-1] == "loaded:", proc.stderr


def test_lazy_summaries_are_the_commands_own() -> None:
    ctx = click.Context(cli)
    for name, (_, summary) in LAZY_COMMANDS.items():
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name
        assert command.get_short_help_str(1000) == click.Command(name, help=summary).get_short_help_str(1000)


def test_query_list_fits_the_terminal_without_wcwidth() -> None:
    """ASCII cells are measured without wcwidth: the cut table still fits, and cut cells end in …."""
    probe = (
        "import sys\n"
        "from kg.cli import cli\n"
        "try:\n    cli(['query', '--list'], prog_name='kg')\nexcept SystemExit:\n    pass\n"
        "print('wcwidth' in sys.modules, file=sys.stderr)\n"
    )
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={**os.environ, "COLUMNS": "60"})
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0 and len(lines) > 3
    assert all(len(line) <= 60 for line in lines) and any(line.rstrip().endswith("…") or "… " in line for line in lines)
    assert proc.stderr.strip().splitlines()[-1] == "False"
