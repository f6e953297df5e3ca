"""The text forms of the form bench: one line per stretch of running text, numbered articles as table rows."""

import importlib.util
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench" / "text_forms.py"


def _forms() -> ModuleType:
    spec = importlib.util.spec_from_file_location("text_forms", BENCH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


TEXT = "甲县关于扶持小店的通知\n\n1.减免小店房租。\n2、缓缴社保费1.5个月。\n附件：名单\n店名\t地址\n乙店\t丙路"


def test_one_line_joins_running_text_and_keeps_table_rows() -> None:
    out = _forms().forms(33)["one-line"](TEXT)
    assert out.split("\n") == ["甲县关于扶持小店的通知 1.减免小店房租。 2、缓缴社保费1.5个月。 附件：名单", "店名\t地址", "乙店\t丙路"]


def test_table_form_puts_numbered_articles_under_one_header() -> None:
    out = _forms().forms(33)["table"](TEXT).split("\n")
    assert out[2:5] == ["序号\t内容", "1\t减免小店房租。", "2\t缓缴社保费1.5个月。"]
    assert out.count("序号\t内容") == 1  # 1.5 inside an article opens no row
