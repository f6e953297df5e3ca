"""Synthetic extraction records of any size, for benchmarks (deterministic for a seed)."""

from __future__ import annotations

import random
from typing import Iterator

from kg.model import Entity, Measure, Record, Relation
from kg.taxonomy import taxonomy


def records(places: int, measures: int, docs: int, *, seed: int = 7) -> Iterator[Record]:
    """``docs`` records sharing ``places`` zones; ``measures`` measures spread evenly over them."""
    rng = random.Random(seed)
    codes = sorted(taxonomy().codes())
    # a skewed category distribution, as in real texts: some reliefs are everywhere, some rare
    weights = [1.0 / (i + 1) for i in range(len(codes))]
    provinces = [f"省{i:02d}" for i in range(31)]
    per_doc = max(1, measures // docs)
    for d in range(docs):
        ents: dict[str, Entity] = {}
        rels: list[Relation] = []
        ms: list[Measure] = []
        for i in range(per_doc):
            p = rng.randrange(places)
            zone, prov = f"园区{p:05d}高新区", provinces[p % len(provinces)]
            firm, agency = f"企业{rng.randrange(places * 3):06d}有限公司", f"园区{p:05d}高新区管委会"
            ents.setdefault(zone, Entity(zone, "Zone"))
            ents.setdefault(prov, Entity(prov, "Region"))
            ents.setdefault(firm, Entity(firm, "Enterprise"))
            ents.setdefault(agency, Entity(agency, "Agency"))
            rels += [Relation("PART_OF", zone, prov), Relation("LOCATED_IN", firm, zone), Relation("UNDER", agency, zone)]
            cats = tuple(sorted(set(rng.choices(codes, weights, k=rng.randint(1, 3)))))
            ms.append(
                Measure(
                    region=zone,
                    categories=cats,
                    agency=agency,
                    beneficiaries=(firm,),
                    amount_cny=rng.choice([None, 1_000_000 * rng.randint(1, 500)]),
                    text=f"{zone}对{firm}给予{'、'.join(taxonomy().categories[c].zh for c in cats)}支持。",
                    span=(i * 40, i * 40 + 30),
                )
            )
        yield Record(doc_id=f"synthetic-{d:05d}", entities=tuple(ents.values()), measures=tuple(ms), relations=tuple(dict.fromkeys(rels)))
