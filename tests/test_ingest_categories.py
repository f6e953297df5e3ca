"""Category step: cue families, gapped cues, lists of areas and problems, and sentences that are no measure."""

from ingest.categories import classify
from ingest.classify import classify_measure


def test_gapped_cue_spans_inner_words_but_not_a_modifier():
    assert "FAST_TRACK_APPROVAL" in classify("甲乙担保公司开通绿色快速服务通道")
    assert "PREFERENTIAL_CREDIT" in classify("向小微企业发放资金贷款")
    # 已发放的…贷款 names the loans already granted
    assert "PREFERENTIAL_CREDIT" not in classify("对已发放的个人贷款可申请展期")


def test_cue_families_from_the_category_definitions():
    assert "ONLINE_SERVICE" in classify_measure("区政务服务办推行网上审批,企业足不出户办理业务。")
    assert "LABOR_SUPPLY" in classify_measure("镇里组织招工,为企业输送员工。")
    assert "SUPPLY_CHAIN" in classify_measure("园区推动链式复工,协调上下游配套。")
    assert "LOGISTICS_SUPPORT" in classify_measure("帮助企业办理车辆通行手续。")
    assert "ENTERPRISE_LIAISON" in classify_measure("县里选派干部进驻12家规上企业。")


def test_areas_of_support_count_each_item():
    codes = classify_measure("区商务局会同相关部门,在税费、社保、融资等方面给予支持。")
    assert {"TAX_REDUCTION", "SOCIAL_INSURANCE_RELIEF", "PREFERENTIAL_CREDIT"} <= set(codes)
    # an item with a strong cue is that cue's category only
    codes = classify_measure("在降租减租、贷款贴息等方面给予企业重点支持。")
    assert "LOAN_INTEREST_SUBSIDY" in codes and "PREFERENTIAL_CREDIT" not in codes


def test_problems_solved_one_concrete_one_kind_or_a_list():
    assert "LABOR_SUPPLY" in classify_measure("统筹闲置宿舍,帮助企业员工解决住宿问题。")
    assert "PPE_SUPPLY" in classify_measure("街道帮助企业解决口罩、消毒液等物资难题。")
    assert classify_measure("工作组协助企业解决用工、物资、物流等困难。") == ["ENTERPRISE_LIAISON"]
    # problems reported as concentrated somewhere are no help given
    codes = classify_measure("本次走访收集问题30个,主要集中在招工困难、融资困难等方面。")
    assert "LABOR_SUPPLY" not in codes and "PREFERENTIAL_CREDIT" not in codes


def test_who_is_targeted_is_not_what_is_given():
    codes = classify_measure("对带动上下游发展的重点企业,给予一次性奖励。")
    assert codes == ["REWARD"]


def test_sentences_that_are_no_measure():
    assert classify_measure("“我们需要一批口罩,哪里能买到?”") == []
    assert classify_measure("他希望园区企业进一步优化供应链。") == []
    assert classify_measure("为支持中小企业渡过难关,特制定本细则。") == []
    assert classify_measure("现将《某某区减免房租办法》印发给你们,请认真贯彻执行。") == []
    assert classify_measure("甲乙科技园共6栋,入驻企业共12家。") == []
    assert "LABOR_SUPPLY" not in classify_measure("调研组来到园区了解企业生产和招工情况。")
    assert "LOGISTICS_SUPPORT" not in classify_measure("镇里加快推进甲乙物流园建设。")
    assert classify_measure("保障防疫物资供应是打好这一仗的关键一环。") == []
    assert classify_measure("银行方面启动绿色审批通道,简化业务流程。") == []
    # how to apply is the procedure of a measure named before
    assert classify_measure("申报材料:1.奖励资金申请表;2.购置设备的合同复印件。") == []
    assert classify_measure("操作流程:各区经信部门受理企业申报,审核后及时兑现。") == []


def test_guidance_and_supplies_in_either_order():
    assert "STAGED_RESUMPTION" in classify_measure("督导组指导该公司严格落实各项防控措施。")
    assert "PPE_SUPPLY" in classify_measure("当晚消毒液全部发放至各村。")
    assert "STAGED_RESUMPTION" in classify_measure("园区聘请专家到各企业进行复工前安全检查。")
    assert "STAGED_RESUMPTION" not in classify_measure("省里派出5个复工督导组。")
