"""`kg build ../shared/corpus` against the curated dataset: (place, category) agreement, with the gap reported."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from kg import identity
from kg.backends.rdf import RdfBackend
from kg.records import curated_records
from kg.model import Record

from helpers import SHARED

CORPUS = SHARED / "corpus"
AGREEMENT_FLOOR = 0.75


def pairs(records: list[Record]) -> dict[tuple[str, str], str]:
    """(place identity, category) -> readable place name, over every measure."""
    out: dict[tuple[str, str], str] = {}
    for rec in records:
        types = rec.types_by_name()
        for m in rec.measures:
            place = identity.entity_iri(types.get(m.region, "Region"), m.region)
            for c in m.categories:
                out.setdefault((place, c), m.region)
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> list[Record]:
    if not CORPUS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("../shared/corpus is missing in CI")
        pytest.skip("../shared/corpus is not beside this checkout")
    store = tmp_path_factory.mktemp("built") / "store"
    exe = Path(sys.executable).with_name("kg")
    proc = subprocess.run([str(exe), "build", str(CORPUS), "--store", str(store)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    with RdfBackend(store) as backend:
        return list(backend.records())


def test_built_graph_agrees_with_curated_measures(built: list[Record]) -> None:
    curated = pairs(curated_records())
    found = pairs(built)
    agree = set(curated) & set(found)
    ratio = len(agree) / len(curated)
    missing, extra = defaultdict(list), defaultdict(list)
    for key, name in sorted(curated.items()):
        if key not in found:
            missing[name].append(key[1])
    for key, name in sorted(found.items()):
        if key not in curated:
            extra[name].append(key[1])
    report = [f"(place, category) agreement with the curated dataset: {len(agree)}/{len(curated)} = {ratio:.1%}",
              f"missed {sum(map(len, missing.values()))} pair(s):"]
    report += [f"  {place}: {', '.join(cats)}" for place, cats in sorted(missing.items())]
    report += [f"not in the curated data {sum(map(len, extra.values()))} pair(s):"]
    report += [f"  {place}: {', '.join(cats)}" for place, cats in sorted(extra.items())]
    print("\n".join(report))
    assert ratio >= AGREEMENT_FLOOR, "\n".join(report)
