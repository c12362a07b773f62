import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def root() -> pathlib.Path:
    return ROOT


@pytest.fixture(scope="session")
def schema() -> dict:
    return json.loads((ROOT / "schema" / "jixiao.schema.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def validate(schema):
    """validate(instance, "Threshold"): the checked-in schema rooted at one of its types."""
    from jsonschema import Draft202012Validator

    Draft202012Validator.check_schema(schema)
    cache = {}

    def check(instance, name):
        if name not in cache:
            assert name in schema["$defs"], name
            cache[name] = Draft202012Validator({"$schema": schema["$schema"], "$ref": f"#/$defs/{name}", "$defs": schema["$defs"]})
        cache[name].validate(instance)

    return check


@pytest.fixture(scope="session")
def real_values() -> list:
    """The target column of data/real-values.tsv: 163 values from published tables."""
    lines = (ROOT / "data" / "real-values.tsv").read_text(encoding="utf-8").splitlines()[1:]
    values = [line.split("\t")[4] for line in lines if len(line.split("\t")) > 4]
    assert len(values) == 163
    return values
