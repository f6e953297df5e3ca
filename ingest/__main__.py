"""``python -m ingest PATHS...``: the ``kg extract`` command without the rest of kg's CLI."""

from kg.cli.extract import extract

extract(prog_name="python -m ingest")
