"""import, review, score, monitor: on the crate's real tables, validated against the schema."""

import pathlib
from decimal import Decimal

import pytest

import jixiao

CORPUS = pathlib.Path(__file__).resolve().parents[2] / "tests" / "data" / "office" / "corpus"


@pytest.fixture(scope="module")
def tianjin(root):
    return jixiao.import_file(root / "data" / "tianjin-2025-emergency-center.txt")


@pytest.fixture(scope="module")
def yongde(root):
    return jixiao.import_file(str(root / "data" / "self_eval" / "01-yongde.tsv"))


def test_import_file(tianjin, validate, root):
    assert len(tianjin) == 4 and len(tianjin.projects) == 4
    validate(tianjin.to_dict(), "Imported")
    p = tianjin.projects[0]
    assert p.name == "天津市生态环境信息网络、设备及系统运行维护" and tianjin[0].name == p.name and tianjin[-1].name == tianjin.projects[3].name
    validate(p.to_dict(), "Project")
    assert p.to_dict() == tianjin.to_dict()["projects"][0]
    assert isinstance(p.budget_total, Decimal) and p.budget["total"] == str(p.budget_total)
    for ind in p.indicators:
        validate(ind.to_dict(), "Indicator")
        if ind.threshold is not None:
            assert ind.error is None and ind.threshold == jixiao.parse_threshold(ind.value)
    # the same bytes, and the same text, give the same document
    data = (root / "data" / "tianjin-2025-emergency-center.txt").read_bytes()
    assert jixiao.import_bytes(data, "tianjin.txt").to_dict() == tianjin.to_dict()
    assert jixiao.import_text(data.decode("utf-8")).to_json() == tianjin.to_json()


def test_diagnostics_and_unparsed_values(validate):
    doc = jixiao.import_text("三级指标\t指标值\n培训人数\t≥2x万人\n验收通过率\t≥95%\n")
    assert doc.has_errors
    codes = [d.code for d in doc.diagnostics]
    assert "I008" in codes
    for d in doc.diagnostics:
        validate(d.to_dict(), "Diagnostic")
        assert d.severity in ("error", "warning", "note") and d.place and d.en and d.zh
    bad = doc.projects[0].indicators[0]
    assert bad.threshold is None
    assert isinstance(bad.error, jixiao.ParseError) and bad.error.code == "expected_unit_or_end" and bad.error.text == "≥2x万人"


@pytest.mark.parametrize("path", sorted(p for p in CORPUS.glob("*") if p.suffix in (".docx", ".xlsx", ".xls")), ids=lambda p: p.name)
def test_office_corpus(path, validate):
    if path.name.startswith("monitor-"):
        doc = jixiao.import_monitor(path)
        validate(doc.to_dict(), "ImportedReports")
        assert len(doc) >= 1
        for s in jixiao.monitor(path):
            validate(s.to_dict(), "MonitorSummary")
        return
    doc = jixiao.import_file(path)
    validate(doc.to_dict(), "Imported")
    assert doc.projects and all(p.indicators for p in doc.projects)
    # the three forms of one table give the same projects
    twin = path.with_suffix(".docx")
    if path.suffix != ".docx" and twin.exists():
        assert [p.name for p in jixiao.import_file(twin).projects] == [p.name for p in doc.projects]
    for p in doc.projects:
        validate(jixiao.review(p).to_dict(), "Review")
        if path.name.startswith("selfeval-"):
            validate(jixiao.score(p).to_dict(), "Scorecard")


def test_import_errors(tmp_path):
    with pytest.raises(jixiao.ImportFailed) as info:
        jixiao.import_bytes(b"", "empty.txt")
    assert info.value.code == "empty" and info.value.zh == "输入为空，没有可导入的内容"
    with pytest.raises(jixiao.ImportFailed) as info:
        jixiao.import_bytes(b"\x00\x01\x02 binary", "x.bin")
    e = info.value
    assert (e.code, e.line) == ("binary", 1) and e.zh.startswith("不是文本") and isinstance(e, ValueError)
    with pytest.raises(jixiao.ImportFailed) as info:
        jixiao.import_bytes("这不是表格。\n".encode(), "notes.txt")
    assert info.value.code == "not_recognised"
    assert info.value.en == "not a performance target table: no tabs or commas between cells"
    assert info.value.zh == "不是绩效目标表：单元格之间没有制表符或逗号"
    with pytest.raises(jixiao.ImportFailed) as info:
        jixiao.import_file(tmp_path / "missing.xlsx")
    assert info.value.code == "io" and info.value.line is None
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(jixiao.ImportFailed) as info:
        jixiao.import_file(broken)
    assert info.value.code in ("corrupt", "binary")
    assert not issubclass(jixiao.ImportFailed, ImportError)


def test_review(tianjin, validate):
    for p in tianjin.projects:
        r = jixiao.review(p)
        d = r.to_dict()
        validate(d, "Review")
        assert r.grade in ("excellent", "good", "fair", "poor") and len(r) == len(r.findings)
        assert r.codes == [f.code for f in r.findings]
        for f in r.findings:
            validate(f.to_dict(), "Finding")
            assert f.code.startswith("J") and f.en and f.zh
        assert r.project == p.name and str(r)
    lonely = jixiao.import_text("项目名称\t培训项目\n三级指标\t指标值\n培训人数\t≥2万人\n")
    r = jixiao.review(lonely)  # a document of one project stands for it
    assert "J004" not in r.codes and any(c for c in r.codes)
    with pytest.raises(ValueError):
        jixiao.review(tianjin)  # four projects: which one?
    with pytest.raises(TypeError):
        jixiao.review("a project")


def test_score(yongde, validate):
    p = yongde.projects[0]
    card = jixiao.score(p)
    validate(card.to_dict(), "Scorecard")
    assert card.total == Decimal("99.80") and str(card.total) == "99.80" and card.grade == "excellent"
    assert card.to_dict()["total"] == "99.80" and card.profile and str(card)
    for f in card.flags:
        validate(f.to_dict(), "Flag")
    for profile in ("hubei", "sichuan"):
        validate(jixiao.score(p, profile=profile).to_dict(), "Scorecard")
    with pytest.raises(ValueError):
        jixiao.score(p, profile="beijing")
    # a separate self-evaluation, matched by name (score::join): here the table itself
    joined = jixiao.score(p, actuals=yongde)
    assert joined.total == card.total and joined.to_dict()["items"] == card.to_dict()["items"]
    assert jixiao.score(p, actuals=p).total == card.total
    # actuals by position or name
    names = [i.name for i in p.indicators]
    by_hand = jixiao.score(p, actuals={0: "0人", names[1]: jixiao.parse_actual("0%")})
    validate(by_hand.to_dict(), "Scorecard")
    assert by_hand.scored < card.scored
    # a self-evaluation of two other projects matches nothing: said, not guessed
    text = "项目名称\t别的项目\n三级指标\t指标值\t实际完成值\n培训人数\t≥2万人\t2万人\n"
    others = jixiao.import_text(text + "\n" + text.replace("别的项目", "又一个项目"))
    assert len(others) == 2
    with pytest.raises(ValueError, match="matches no project"):
        jixiao.score(p, actuals=others)


def test_monitor(root, validate):
    path = root / "data" / "monitor-tianjin-2025-07.tsv"
    doc = jixiao.import_monitor(path)
    validate(doc.to_dict(), "ImportedReports")
    summaries = jixiao.monitor(str(path))
    assert isinstance(summaries, list) and len(summaries) == len(doc) == 4
    for report, s in zip(doc.reports, summaries):
        validate(report.to_dict(), "MonitorReport")
        validate(s.to_dict(), "MonitorSummary")
        assert s.month == report.month == 7 and s.project == report.project.name
        one = jixiao.monitor(report)
        assert one.to_dict() == s.to_dict()
        assert s.worst in ("red", "yellow", "green", "blue", None)
        assert len(s.lights) == len(report.project.indicators)
        assert sum(s.counts[k] for k in ("red", "yellow", "green", "blue")) == sum(x is not None for x in s.lights) + (s.budget_light is not None)
        for f in s.findings:
            validate(f.to_dict(), "MonitorFinding")
            assert f.code.startswith("M")
        assert str(s)
    first = summaries[0]
    assert first.lights[:3] == ["green", "yellow", "green"] and first.worst == "red"
    later = jixiao.monitor(doc.reports[0], month=10)
    assert later.month == 10
    validate(jixiao.monitor(doc.reports[0], profile="checkpoints").to_dict(), "MonitorSummary")
    with pytest.raises(jixiao.MonitorError) as info:
        jixiao.monitor(doc.reports[0], month=13)
    assert info.value.code == "invalid_month" and info.value.zh
    with pytest.raises(jixiao.ImportFailed):
        jixiao.monitor(root / "no-such-file.tsv")


def _shape(schema):
    """The schema without its descriptions (doc comments, edited apart from the types)."""
    if isinstance(schema, dict):
        return {k: _shape(v) for k, v in schema.items() if k != "description"}
    if isinstance(schema, list):
        return [_shape(v) for v in schema]
    return schema


def test_schema_is_the_checked_in_one(schema):
    assert _shape(jixiao.json_schema()) == _shape(schema)
    assert jixiao.json_schema("Threshold")["$ref"] == "#/$defs/Threshold"
    with pytest.raises(ValueError):
        jixiao.json_schema("NoSuchType")


def test_score_flags(validate):
    doc = jixiao.import_text("项目名称\t培训项目\n三级指标\t指标值\t实际完成值\t分值\n培训人数\t≥2万人\t5=50%\t50\n满意度\t≥90%\t95%\t50\n")
    card = jixiao.score(doc.projects[0])
    assert card.total is None and card.grade is None  # weights of 110: no total, and said so
    codes = {f.code: f for f in card.flags}
    assert {"S001", "S002"} <= set(codes) and codes["S002"].index == 0 and codes["S002"].zh
    for f in card.flags:
        validate(f.to_dict(), "Flag")
