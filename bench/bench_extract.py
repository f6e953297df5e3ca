"""Extraction throughput: MB of text per second on one core and with ``--jobs 2``.

Builds a corpus of at least ``--size-mb`` MB (default 50) by shuffling the
paragraphs of the sample paragraphs below (and, when ``../shared/corpus`` is
present, of its documents; they are read at run time, nothing is copied into
the repository), writes it as files of about 200 kB under ``bench/out/``,
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
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

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


def paragraphs() -> list[str]:
    """Paragraphs to recombine: the samples, plus the shared corpus when it is present."""
    out = [p for p in SAMPLE.split("\n") if p.strip()]
    if SHARED_CORPUS.is_dir():
        for f in sorted(SHARED_CORPUS.glob("*.txt")):
            out += [p for p in f.read_text(encoding="utf-8").split("\n") if p.strip()]
    return out


def build_corpus(folder: Path, size_mb: float, seed: int = 7) -> int:
    """Write files of shuffled paragraphs until ``size_mb`` MB; return the byte count."""
    rng = random.Random(seed)
    pool = paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    total, n = 0, 0
    while total < size_mb * 1_000_000:
        parts, size = [], 0
        while size < FILE_BYTES:
            p = rng.choice(pool)
            parts.append(p)
            size += len(p.encode("utf-8")) + 1
        data = "\n".join(parts) + "\n"
        (folder / f"bench_{n:04d}.txt").write_text(data, encoding="utf-8")
        total += len(data.encode("utf-8"))
        n += 1
    return total


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
    total = build_corpus(folder, args.size_mb)
    print(f"corpus: {len(list(folder.glob('*.txt')))} files, {total / 1e6:.1f} MB")
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
            f"{cpu:.1f} CPU-s, {cpu / took[jobs]:.2f} cores busy on average; largest process so far {after.ru_maxrss / 1024:.0f} MB",
            flush=True,
        )
    same = (HERE / "out" / "records-1.jsonl").read_bytes() == (HERE / "out" / "records-2.jsonl").read_bytes()
    print(f"speed-up of --jobs 2 over --jobs 1: {took[1] / took[2]:.2f}x (bounded by the cores the machine has free); same output: {'yes' if same else 'NO'}")
    if not args.keep:
        shutil.rmtree(HERE / "out", ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
