"""Small hand-written records shared by the tests (no corpus text)."""

from __future__ import annotations

from pathlib import Path

from kg.model import Entity, Measure, Record, Relation

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


def record_a() -> Record:
    return Record(
        doc_id="doc-a",
        title="示例报道甲",
        publisher="示例日报",
        date="2020-02-20",
        entities=(
            Entity("浙江", "Region", aliases=("浙江省",)),
            Entity("杭州", "Region", aliases=("杭州市",)),
            Entity("滨江高新园", "Zone", text="滨江高新园设立纾困资金。", span=(0, 12)),
            Entity("滨江高新园管委会", "Agency"),
            Entity("星河光电有限公司", "Enterprise", aliases=("星河光电",)),
            Entity("关于支持企业渡过难关的八条意见", "PolicyDocument"),
        ),
        measures=(
            Measure(
                region="滨江高新园",
                categories=("SPECIAL_FUND", "RENT_RELIEF"),
                agency="滨江高新园管委会",
                policy_document="关于支持企业渡过难关的八条意见",
                beneficiaries=("星河光电有限公司",),
                amount_cny=300000000,
                cap_cny=2000000,
                text="滨江高新园设立3亿元纾困资金，减免房租。",
                span=(0, 20),
            ),
            Measure(region="杭州", categories=("TAX_DEFERRAL",), text="杭州允许企业延期缴纳税款。", span=(21, 34)),
        ),
        relations=(
            Relation("LOCATED_IN", "星河光电有限公司", "滨江高新园", text="园区企业星河光电。", span=(40, 49)),
            Relation("PART_OF", "滨江高新园", "杭州"),
            Relation("PART_OF", "杭州", "浙江"),
            Relation("UNDER", "滨江高新园管委会", "滨江高新园"),
        ),
    )


def record_b() -> Record:
    """A second document naming some of the same things differently (杭州市, 星河光电)."""
    return Record(
        doc_id="doc-b",
        entities=(
            Entity("杭州市", "Region"),
            Entity("星河光电有限公司", "Enterprise"),
            Entity("杭州市经信局", "Agency"),
        ),
        measures=(
            Measure(
                region="杭州市",
                categories=("LOAN_INTEREST_SUBSIDY",),
                agency="杭州市经信局",
                beneficiaries=("星河光电有限公司",),
                text="杭州市经信局为星河光电提供贷款贴息。",
            ),
        ),
        relations=(Relation("LOCATED_IN", "星河光电有限公司", "杭州市"), Relation("UNDER", "杭州市经信局", "杭州市")),
    )
