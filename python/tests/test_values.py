"""parse_threshold, parse_actual, is_met, parse_many: on the crate's real values."""

import gc
import math
import pickle
import threading
from decimal import Decimal

import pytest

import jixiao


def test_every_real_value(real_values, validate):
    kinds = set()
    for text in real_values:
        try:
            t = jixiao.parse_threshold(text)
        except jixiao.ParseError as e:
            assert e.code and e.en == str(e) and e.zh
            continue
        d = t.to_dict()
        validate(d, "Threshold")
        assert d["kind"] == t.kind and d["text"] == str(t) == t.text
        kinds.add(t.kind)
        # the canonical text reads back as the same threshold
        assert jixiao.parse_threshold(str(t)) == t
        assert hash(jixiao.parse_threshold(str(t))) == hash(t)
        if t.kind == "comparison":
            assert isinstance(t.value, Decimal) and isinstance(t.number, Decimal)
            assert t.value == Decimal(d["normalized"]) and str(t.number) == d["value"]
            assert t.comparator == d["comparator"] and t.unit == d["unit"] and t.magnitude == d["magnitude"]
        elif t.kind == "range":
            assert t.low <= t.high and t.unit == d["unit"] and t.value is None
        else:
            assert t.value is None and t.comparator is None
    assert {"comparison", "range", "deadline", "qualitative"} <= kinds


def test_parts():
    t = jixiao.parse_threshold("≥2万人")
    assert (t.kind, t.comparator, t.value, t.number, t.magnitude, t.unit) == ("comparison", "ge", Decimal("20000"), Decimal("2"), "wan", "人")
    assert str(t) == "≥2万人" and repr(t) == 'Threshold("≥2万人")'
    assert t.direction == "higher_is_better" and t.is_quantitative and not t.is_qualitative
    assert str(jixiao.parse_threshold("＞＝5次/月")) == "≥5次/月"
    assert str(jixiao.parse_threshold("3万余人")) == ">3万人"
    a = jixiao.parse_threshold("2000人左右")
    assert str(a) == "约2000人" and a.approximate and a.comparator == "eq"
    assert jixiao.parse_threshold("≥85%（满意度）").note == "（满意度）"
    r = jixiao.parse_threshold("90%-100%")
    assert (r.kind, r.low, r.high, r.unit) == ("range", Decimal("90"), Decimal("100"), "%")
    assert jixiao.parse_threshold("持续保障").is_qualitative
    assert jixiao.parse_threshold("较上年增长5%").kind == "relative"
    assert jixiao.parse_threshold("完成3个项目的建设").kind == "unread"
    assert jixiao.Threshold("≤5%") == jixiao.parse_threshold("≤5%")
    assert pickle.loads(pickle.dumps(t)) == t


def test_decimals_are_exact():
    assert str(jixiao.parse_threshold("0.1").value) == "0.1"
    assert jixiao.parse_threshold("0.1").value + jixiao.parse_threshold("0.2").value == Decimal("0.3")
    assert str(jixiao.parse_threshold("≥99.90%").value) == "99.90"
    assert jixiao.parse_threshold("≥0.1").to_dict()["value"] == "0.1"
    v = jixiao.parse_threshold("1.5万元").value
    assert isinstance(v, Decimal) and v == Decimal("15000")
    big = jixiao.parse_threshold("≥12345678901234567890.123456789元")
    assert str(big.value) == "12345678901234567890.123456789"
    assert jixiao.parse_many(["0.1"])["value"] == [Decimal("0.1")]
    assert str(jixiao.parse_actual("23333.56").value) == "23333.56"


def test_parse_error_carries_code_and_position():
    with pytest.raises(jixiao.ParseError) as info:
        jixiao.parse_threshold("≥2x万")
    e = info.value
    assert isinstance(e, ValueError) and isinstance(e, jixiao.Error)
    assert (e.code, e.kind) == ("expected_unit_or_end", "expected_unit_or_end")
    assert (e.offset, e.char_offset, e.byte_offset) == (2, 2, 4)
    assert e.text[e.offset] == "x"
    assert e.en == str(e) == "expected a unit, a range or the end at character 3 (byte offset 4)"
    assert e.zh == "第3个字符处应为单位、区间或结尾"
    with pytest.raises(jixiao.ParseError) as info:
        jixiao.parse_threshold("   ")
    assert info.value.code == "empty" and info.value.zh == "值为空"
    with pytest.raises(jixiao.ParseError) as info:
        jixiao.parse_threshold("13月")
    assert info.value.code == "invalid_date"
    with pytest.raises(jixiao.ParseError) as info:
        jixiao.parse_actual("5=50%")
    assert info.value.code and info.value.offset >= 0


def test_actuals():
    a = jixiao.parse_actual("735")
    assert (a.kind, a.value, a.unit) == ("quantity", Decimal("735"), "")
    assert jixiao.parse_actual("12万元").value == Decimal("120000")
    b = jixiao.parse_actual("<2小时")
    assert (b.kind, b.comparator) == ("bound", "lt")
    band = jixiao.parse_actual("部分达成（7分）")
    assert (band.kind, band.band, band.score) == ("band", "partial", Decimal("7"))
    assert jixiao.parse_actual("2024年11月").kind == "date"
    assert jixiao.parse_actual("2024年第三季度").kind == "period"
    assert jixiao.parse_actual("不适用").kind == "not_applicable"
    assert jixiao.parse_actual("是").band == "achieved"
    for text in ["735", "<2小时", "部分达成（7分）", "2024年11月", "2024年第三季度", "不适用", "建设中"]:
        x = jixiao.parse_actual(text)
        d = x.to_dict()
        assert d["kind"] == x.kind  # (the schema has no Actual type to validate against)
        assert jixiao.parse_actual(str(x)) == x
        assert jixiao.Actual(text) == x


def test_is_met():
    t = jixiao.parse_threshold("≥2万人")
    assert t.is_met("20000人") and not t.is_met("19999人")
    assert t.is_met(jixiao.parse_actual("2.1"))
    assert jixiao.parse_threshold("≤24小时").is_met("1天")
    with pytest.raises(jixiao.CompareError) as info:
        jixiao.parse_threshold("≥20000家").is_met("20001人")
    assert info.value.code == "incompatible_units" and info.value.zh.startswith("单位不同")
    deadline = jixiao.parse_threshold("12月底前")
    with pytest.raises(jixiao.CompareError) as info:
        deadline.is_met("2025年11月")
    assert info.value.code == "needs_year"
    assert deadline.is_met("2025年11月", year=2025)
    assert not deadline.is_met("2026年1月", year=2025)
    placed = jixiao.parse_threshold("12月底前", year=2025)
    assert placed.is_met("2025年11月") and "2025" in str(placed)
    with pytest.raises(ValueError):
        jixiao.parse_threshold("12月底前", year=3000)
    with pytest.raises(jixiao.ParseError):
        t.is_met("≥2x万")
    with pytest.raises(TypeError):
        t.is_met(5)


def test_parse_many_equals_parse_threshold(real_values):
    cols = jixiao.parse_many(real_values)
    assert list(cols) == ["kind", "comparator", "value", "unit", "error"]
    assert all(len(c) == len(real_values) for c in cols.values())
    for i, text in enumerate(real_values):
        try:
            t = jixiao.parse_threshold(text)
        except jixiao.ParseError as e:
            assert (cols["kind"][i], cols["comparator"][i], cols["value"][i], cols["unit"][i]) == (None, None, None, None)
            assert cols["error"][i] == str(e)
            continue
        row = (cols["kind"][i], cols["comparator"][i], cols["value"][i], cols["unit"][i], cols["error"][i])
        assert row == (t.kind, t.comparator, t.value, t.unit, None), text
        if t.value is not None:
            assert str(cols["value"][i]) == str(t.value)  # the same digits, scale kept


def test_parse_many_inputs():
    assert jixiao.parse_many([]) == {"kind": [], "comparator": [], "value": [], "unit": [], "error": []}
    as_list = jixiao.parse_many(["≥1套", "≤5%"])
    assert jixiao.parse_many(("≥1套", "≤5%")) == as_list
    assert jixiao.parse_many(v for v in ["≥1套", "≤5%"]) == as_list
    # missing cells as pandas gives them: None and NaN
    cols = jixiao.parse_many(["≥1套", None, math.nan, ""])
    assert cols["kind"] == ["comparison", None, None, None]
    assert cols["error"][:3] == [None, None, None] and cols["error"][3] == "empty value"
    # a value holding a NUL is read alone, not split
    cols = jixiao.parse_many(["≥1套", "≥1\x00套"])
    assert len(cols["kind"]) == 2 and cols["error"][1] is not None
    with pytest.raises(TypeError):
        jixiao.parse_many(["≥1套", 5])
    with pytest.raises(TypeError):
        jixiao.parse_many("≥1套")
    # a lone surrogate has no UTF-8: Python's own error, naming it
    with pytest.raises(UnicodeEncodeError):
        jixiao.parse_many(["≥1套", "≥1\ud800套"])


def test_parse_many_runs_no_code_of_the_callers_while_it_fills_columns():
    # an object that is not a str but converts to a float is refused without being converted:
    # its __float__, which walks every object on the heap, never runs
    ran = []

    class Walker:
        def __float__(self):
            ran.append(True)
            for o in gc.get_objects():
                if type(o) is list:
                    [x for x in o]
            return math.nan

    with pytest.raises(TypeError):
        jixiao.parse_many(["≥95%", Walker(), "≥2万人"])
    assert not ran
    # a float subclass's NaN is a missing value, read without calling Python code
    class Nan(float):
        pass

    assert jixiao.parse_many(["≥95%", Nan("nan")])["kind"] == ["comparison", None]


def test_parse_many_reads_new_and_shared_strings_alike(real_values):
    # str objects whose UTF-8 CPython has not made yet (as a file reader makes them), the same
    # objects again (their UTF-8 now kept beside them), and pure-ASCII ones
    fresh = [v.encode().decode() for v in real_values]
    first = jixiao.parse_many(fresh)
    assert jixiao.parse_many(fresh) == first == jixiao.parse_many(real_values)
    assert jixiao.parse_many(["95%", ">=90", "100"])["value"] == [Decimal("95"), Decimal("90"), Decimal("100")]


def test_parse_many_in_threads(real_values):
    want = jixiao.parse_many(real_values)
    got = []

    def work():
        got.append(jixiao.parse_many(real_values * 20))

    threads = [threading.Thread(target=work) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    n = len(real_values)
    for cols in got:
        for name, col in cols.items():
            assert col[:n] == want[name] and col[-n:] == want[name]
