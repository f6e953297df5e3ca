"""Extraction throughput: MB of text per second on one core and with ``--jobs 2``.

Builds a corpus of at least ``--size-mb`` MB (default 50) of distinct
paragraphs (so no cache of repeated text inflates the figure): invented policy
news whose places, zones, firms, sectors and figures vary per paragraph, the
places drawn from the gazetteer, with a fixed seed; and, when ``../shared/corpus``
is present, each of its documents' paragraphs once (they are read at run time,
nothing is copied into the repository).  It prints how many sentences are
distinct, and writes the corpus as files of about 200 kB under ``bench/out/``,
then times ``python -m ingest --jobs 1`` and ``--jobs 2`` over it (the same
start-up in both) and prints the speed-up.  With ``--scaling``, it instead
times single documents of 1, 4, 16 and 64 MB built from the invented sample
paragraphs only, and one long line without punctuation, so that time linear
in document size shows as a flat MB/s; CPU time is printed beside wall time
(it hardly moves when other work shares the machine), and the peak memory.

    python bench/bench_extract.py [--size-mb 50] [--keep] [--scaling [MB ...]]
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator

HERE = Path(__file__).resolve().parent
SHARED_CORPUS = HERE.parent.parent / "shared" / "corpus"
FILE_BYTES = 200_000

SAMPLE = """一、加大财政支持力度
甲市设立3亿元专项资金，对受疫情影响较大的中小微企业给予贷款贴息，贴息比例最高50%。
乙区对承租区属国有资产类经营用房的中小企业减免3个月房租，对社会资本运营载体减免租金的给予30%补贴，每家最高50万元。
（一）优化政务服务
丙县行政审批服务局全面推行“不见面”审批，企业可通过网上办理营业执照变更，实现“零跑腿”。
丁省市场监管局对生产口罩、防护服的企业开辟绿色通道，特事特办，先行生产后补手续。
（二）强化金融服务
戊市鼓励金融机构对受困企业不抽贷、不断贷、不压贷，通过展期、续贷等方式予以支持，贷款利率下浮10%。
己高新区甲乙生物和丙丁科技2家公司的检测试剂获批上市，区管委会给予一次性奖励200万元。
庚开发区组织服务专员驻企帮扶，协调解决原材料、用工、物流等难题，一企一策推动复工复产。
省份\t地区\t延期缴纳税款\t缓缴社保费\t减免房租
浙江\t\t√\t√\t√
\t宁波\t√\t\t√
江苏\t苏州\t√\t√\t
"""


#: the slots of the generated paragraphs: invented policy-news sentences whose places come from the gazetteer
REGION_TEMPLATES = (
    "{place}设立{n}亿元专项资金，对受疫情影响较大的{sector}中小微企业给予贷款贴息，贴息比例最高{pct}%。",
    "{place}对承租国有资产类经营用房的中小企业减免{months}个月房租，对社会资本运营载体减免租金的给予{pct}%补贴，每家最高{wan}万元。",
    "{place}行政审批服务局全面推行“不见面”审批，企业可通过网上办理{service}，实现“零跑腿”。",
    "{place}市场监管局对生产{goods}的企业开辟绿色通道，特事特办，先行生产后补手续。",
    "{place}鼓励金融机构对受困{sector}企业不抽贷、不断贷、不压贷，通过展期、续贷等方式予以支持，贷款利率下浮{rate}%。",
    "{place}税务局对{sector}企业延期缴纳税款{months}个月，{year}年{month}月底前免收滞纳金。",
    "{place}人力资源和社会保障局对不裁员或少裁员的企业返还上年度失业保险费的{pct}%，已惠及企业{count}家。",
    "{place}工业和信息化局对{year}年新增规模以上{sector}企业给予一次性奖励{wan}万元。",
)
ZONE_TEMPLATES = (
    "{zone}{firm}和{firm2}2家公司的{product}获批上市，{zone}管委会给予一次性奖励{wan}万元。",
    "{zone}组织服务专员驻企帮扶，协调解决{need}等难题，一企一策推动{firm}等{count}家企业复工复产。",
    "{zone}管委会对{firm}等入驻企业减免{months}个月物业费，对新落户的{sector}企业按实缴注册资本的{pct}%给予补助。",
)
HEADINGS = ("加大财政支持力度", "优化政务服务", "强化金融服务", "减轻企业负担", "稳定职工队伍", "支持企业复工复产", "加强用工保障", "落实税费减免")
NUMERALS = "一二三四五六七八九十"
SECTORS = ("制造业", "批发零售", "住宿餐饮", "文化旅游", "交通运输", "软件和信息服务", "生物医药", "外贸")
SERVICES = ("营业执照变更", "食品经营许可", "税务登记", "社保登记", "施工许可")
GOODS = ("口罩", "防护服", "消毒液", "测温仪", "医用手套", "护目镜")
PRODUCTS = ("检测试剂", "呼吸机", "疫苗原液", "诊断设备")
NEEDS = ("原材料", "用工", "物流", "资金", "防疫物资", "能源")
MEASURE_COLUMNS = ("延期缴纳税款", "缓缴社保费", "减免房租", "贷款贴息", "稳岗返还", "减免物业费")
FIRM_CHARS = "华星瑞泰恒信达安康宏远鑫隆兴昌盛源丰海天正通凯博嘉润德新明阳光辉"
FIRM_TRADES = ("科技", "生物", "光电", "电子", "医疗器械", "新材料", "智能装备", "食品")


def _firm(rng: random.Random) -> str:
    """An invented enterprise name: two trade-name characters, a trade and a legal form."""
    return "".join(rng.sample(FIRM_CHARS, 2)) + rng.choice(FIRM_TRADES) + rng.choice(("有限公司", "股份有限公司"))


def generated_paragraphs(rng: random.Random) -> Iterator[str]:
    """Endless distinct paragraphs: headings, measures of gazetteer places and zones, and tables of them."""
    from kg.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    regions = [p for p in gaz.places if p.type == "Region" and p.level != "country"]
    zones = [p for p in gaz.places if p.type == "Zone"]
    provinces = {p.code: p for p in regions if p.level == "province"}
    cities = [p for p in regions if p.level == "city" and p.parent in provinces]
    seen: set[str] = set()
    while True:
        roll = rng.random()
        if roll < 0.08:
            n = rng.randrange(len(NUMERALS))
            head = rng.choice(HEADINGS)
            text = f"{NUMERALS[n]}、{head}" if rng.random() < 0.5 else f"（{NUMERALS[n]}）{head}"  # once each, then no more headings
        elif roll < 0.14:
            columns = rng.sample(MEASURE_COLUMNS, rng.randint(3, 5))
            until = f"截至{rng.randint(2019, 2024)}年{rng.randint(1, 12)}月惠及企业（家）"
            rows = ["省份\t地区\t" + "\t".join(columns) + "\t" + until]
            for city in rng.sample(cities, rng.randint(2, 4)):
                marks = "\t".join(rng.choice(("√", "")) for _ in columns)
                rows.append(f"{provinces[city.parent].name}\t{city.name}\t{marks}\t{rng.randint(10, 5000)}")
            text = "\n".join(rows)
        else:
            slots = dict(place=rng.choice(regions).full_name, zone=rng.choice(zones).name, firm=_firm(rng), firm2=_firm(rng),
                         n=rng.randint(1, 50), pct=rng.randrange(5, 80, 5), rate=rng.randrange(5, 35, 5), months=rng.randint(1, 6),
                         wan=rng.randrange(10, 500, 10),
                         year=rng.randint(2019, 2024), month=rng.randint(1, 12), count=rng.randint(3, 900), sector=rng.choice(SECTORS),
                         service=rng.choice(SERVICES), goods="、".join(rng.sample(GOODS, 2)), product=rng.choice(PRODUCTS),
                         need="、".join(rng.sample(NEEDS, 3)))
            text = rng.choice(REGION_TEMPLATES if roll < 0.8 else ZONE_TEMPLATES).format(**slots)
        if text not in seen:
            seen.add(text)
            yield text


def shared_paragraphs() -> list[str]:
    """The shared corpus's paragraphs, when it is present: each is used once."""
    out: list[str] = []
    if SHARED_CORPUS.is_dir():
        for f in sorted(SHARED_CORPUS.glob("*.txt")):
            out += [p for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    return out


def sentences(text: str) -> list[str]:
    """The sentences and table rows of ``text``, to count how many are distinct."""
    return [s for s in re.split(r"[。；！？\n]", text) if s.strip()]


def build_corpus(folder: Path, size_mb: float, seed: int = 7) -> tuple[int, int, int]:
    """Write files of distinct paragraphs until ``size_mb`` MB; return the bytes, the sentences and the distinct ones.

    Every generated paragraph is new, so no extraction cache can answer from an earlier one.
    """
    rng = random.Random(seed)
    shared = shared_paragraphs()
    rng.shuffle(shared)
    made = generated_paragraphs(rng)
    folder.mkdir(parents=True, exist_ok=True)
    total, n, count, distinct = 0, 0, 0, set()
    while total < size_mb * 1_000_000:
        parts, size = [], 0
        while size < FILE_BYTES:
            p = shared.pop() if shared and rng.random() < 0.1 else next(made)
            parts.append(p)
            size += len(p.encode("utf-8")) + 1
            found = sentences(p)
            count += len(found)
            distinct.update(found)
        data = "\n".join(parts) + "\n"
        (folder / f"bench_{n:04d}.txt").write_text(data, encoding="utf-8")
        total += len(data.encode("utf-8"))
        n += 1
    return total, count, len(distinct)


def scaling(sizes_mb: list[float]) -> None:
    """Time one document per size; linear extraction keeps MB/s flat."""
    from ingest.pipeline import extract_text
    from ingest.places import default_gazetteer

    default_gazetteer()
    pool = [p for p in SAMPLE.split("\n") if p.strip()]
    line = "".join(p for p in pool if "\t" not in p)
    line = "".join(c for c in line if c.isalnum())
    for label, unit in (("document", "\n".join(pool) + "\n"), ("one line", line)):
        for mb in sizes_mb:
            nbytes = int(mb * 1_000_000)
            text = unit * (nbytes // len(unit.encode("utf-8")) + 1)
            start, cpu = time.perf_counter(), time.process_time()
            extract_text(text, "bench")
            took, cpu = time.perf_counter() - start, time.process_time() - cpu
            size = len(text.encode("utf-8")) / 1e6
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"{label:9s} {size:6.1f} MB: {took:7.2f} s wall, {size / took:.2f} MB/s; "
                f"{cpu:7.2f} s CPU, {size / cpu:.2f} MB/s; peak {peak:.0f} MB",
                flush=True,
            )
            del text


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=50.0)
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus under bench/out/")
    ap.add_argument("--scaling", nargs="*", type=float, metavar="MB", help="time single documents of these sizes (default 1 4 16 64)")
    args = ap.parse_args()
    sys.path.insert(0, str(HERE.parent))
    if args.scaling is not None:
        scaling(args.scaling or [1, 4, 16, 64])
        return 0
    folder = HERE / "out" / "corpus"
    shutil.rmtree(folder, ignore_errors=True)
    total, count, distinct = build_corpus(folder, args.size_mb)
    print(f"corpus: {len(list(folder.glob('*.txt')))} files, {total / 1e6:.1f} MB; {distinct} distinct sentences of {count}")
    took = {}
    for jobs in (1, 2):
        out = HERE / "out" / f"records-{jobs}.jsonl"
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "ingest", str(folder), "--jobs", str(jobs), "-o", str(out)], check=True, cwd=HERE.parent)
        took[jobs] = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        print(
            f"--jobs {jobs}: {took[jobs]:.1f} s, {total / 1e6 / took[jobs]:.2f} MB/s (including start-up); "
            f"{cpu:.1f} CPU-s, {total / 1e6 / cpu:.2f} MB per CPU-s, {cpu / took[jobs]:.2f} cores busy on average; largest process so far {after.ru_maxrss / 1024:.0f} MB",
            flush=True,
        )
    same = (HERE / "out" / "records-1.jsonl").read_bytes() == (HERE / "out" / "records-2.jsonl").read_bytes()
    print(f"speed-up of --jobs 2 over --jobs 1: {took[1] / took[2]:.2f}x (bounded by the cores the machine has free); same output: {'yes' if same else 'NO'}")
    if not args.keep:
        shutil.rmtree(HERE / "out", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
