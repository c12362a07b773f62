"""The stubs: mypy --strict accepts the README example and refuses a wrong use; the example runs."""

import os
import pathlib
import subprocess
import sys
import textwrap

import pytest

import jixiao

README_EXAMPLE = textwrap.dedent(
    """\
    import jixiao
    import pandas as pd

    df = pd.DataFrame({"指标值": ["≥2万人", "≤5%", "12月底前", "≥2x万", "90%-100%"]})
    df = df.join(pd.DataFrame(jixiao.parse_many(df["指标值"])))
    print(df[df["error"].isna() & (df["comparator"] == "ge")])
    """
)

TYPED_EXAMPLE = textwrap.dedent(
    """\
    from decimal import Decimal
    from typing import Optional

    import jixiao

    t = jixiao.parse_threshold("≥2万人")
    value: Optional[Decimal] = t.value
    kind: str = t.kind
    met: bool = t.is_met("20000人", year=2025)
    doc = jixiao.import_file("data/tianjin-2025-emergency-center.txt")
    card = jixiao.score(doc.projects[0], profile="hubei")
    total: Optional[Decimal] = card.total
    lights: list[jixiao.MonitorSummary] = jixiao.monitor("data/monitor-tianjin-2025-07.tsv", month=7)
    one: jixiao.MonitorSummary = jixiao.monitor(jixiao.import_monitor("data/monitor-tianjin-2025-07.tsv").reports[0])
    try:
        jixiao.parse_threshold("≥2x万")
    except jixiao.ParseError as e:
        where: int = e.offset
        code: str = e.code
    """
)

WRONG = textwrap.dedent(
    """\
    import jixiao

    n: int = jixiao.parse_threshold("≥2万人").value
    jixiao.score(jixiao.import_text("x"), profile="beijing")
    """
)


def mypy(tmp_path: pathlib.Path, source: str) -> subprocess.CompletedProcess:
    pytest.importorskip("mypy")
    f = tmp_path / "example.py"
    f.write_text(source, encoding="utf-8")
    cmd = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(f)]
    # pandas ships no stubs of its own: it is Any here, jixiao is checked
    env = dict(os.environ, MYPY_CACHE_DIR=str(tmp_path / ".mypy_cache"))
    cfg = tmp_path / "mypy.ini"
    cfg.write_text("[mypy]\n[mypy-pandas.*]\nignore_missing_imports = True\n[mypy-pandas]\nignore_missing_imports = True\n")
    return subprocess.run(cmd + ["--config-file", str(cfg)], capture_output=True, text=True, env=env, cwd=tmp_path)


def test_stubs_type_check_the_examples(tmp_path):
    for source in (README_EXAMPLE, TYPED_EXAMPLE):
        r = mypy(tmp_path, source)
        assert r.returncode == 0, r.stdout + r.stderr


def test_stubs_refuse_a_wrong_use(tmp_path):
    r = mypy(tmp_path, WRONG)
    assert r.returncode == 1, r.stdout + r.stderr
    assert 'example.py:3: error: Incompatible types in assignment (expression has type "Decimal | None"' in r.stdout.replace("Optional[Decimal]", "Decimal | None")
    assert "example.py:4: error" in r.stdout


def test_stubs_name_everything_the_module_has():
    stub = (pathlib.Path(jixiao.__file__).parent / "__init__.pyi").read_text(encoding="utf-8")
    for name in jixiao.__all__:
        assert f"def {name}(" in stub or f"class {name}" in stub or f"{name}:" in stub, name
    assert (pathlib.Path(jixiao.__file__).parent / "py.typed").exists()


def test_readme_example_runs(root, capsys, monkeypatch):
    pytest.importorskip("pandas")
    monkeypatch.chdir(root)
    exec(compile(README_EXAMPLE, "README", "exec"), {})
    out = capsys.readouterr().out
    assert "≥2万人" in out and "≤5%" not in out


def test_typed_example_runs(root, monkeypatch):
    monkeypatch.chdir(root)
    exec(compile(TYPED_EXAMPLE, "typed", "exec"), {})
