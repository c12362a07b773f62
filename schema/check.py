#!/usr/bin/env python3
"""Validates jixiao's JSON against schema/jixiao.schema.json, from Python.

Every file in schema/examples/ must validate (``project-*.json`` as a Project, ``imported-*.json``
as an Imported document, ``scorecard-*.json`` as a Scorecard, ``monitor-imported-*.json`` as
ImportedReports, ``monitor-summary-*.json`` as a MonitorSummary), and a set of broken documents
must be rejected. Needs ``pip install jsonschema``.
"""

import copy
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

HERE = pathlib.Path(__file__).resolve().parent
ROOT = json.loads((HERE / "jixiao.schema.json").read_text(encoding="utf-8"))
Draft202012Validator.check_schema(ROOT)


def validator(definition=None):
    """A validator for the root (a Project) or for one of its $defs."""
    if definition is None:
        return Draft202012Validator(ROOT)
    if definition not in ROOT["$defs"]:
        raise SystemExit(f"schema has no $defs/{definition}")
    return Draft202012Validator({"$schema": ROOT["$schema"], "$defs": ROOT["$defs"], "$ref": f"#/$defs/{definition}"})


def kind_of(path):
    name = path.name
    if name.startswith("monitor-imported-"):
        return "ImportedReports"
    if name.startswith("monitor-summary-"):
        return "MonitorSummary"
    if name.startswith("imported-"):
        return "Imported"
    if name.startswith("scorecard-"):
        return "Scorecard"
    return None


# a document as jixiao writes it; the broken documents below are made from it
PROJECT = json.loads((HERE / "examples" / "project-sample.json").read_text(encoding="utf-8"))


def broken_documents():
    """(what is wrong, document) pairs that the schema must reject."""
    def with_change(change):
        doc = copy.deepcopy(PROJECT)
        change(doc)
        return doc

    yield "a threshold without comparator", with_change(lambda d: d["indicators"][0]["threshold"].pop("comparator"))
    yield "a decimal written as 1e5", with_change(lambda d: d["budget"].update(total="1e5"))
    yield "a decimal written as a JSON number", with_change(lambda d: d["budget"].update(total=381.0))
    yield "an unknown level kind", with_change(lambda d: d["indicators"][0]["level1"].update(kind="process"))
    yield "an unknown threshold kind", with_change(lambda d: d["indicators"][0]["threshold"].update(kind="between"))
    yield "an unknown comparator", with_change(lambda d: d["indicators"][0]["threshold"].update(comparator="approx"))
    yield "a project without name", with_change(lambda d: d.pop("name"))


# a monitoring report as jixiao writes it, for the broken ones below
REPORT = json.loads((HERE / "examples" / "monitor-imported-tianjin.json").read_text(encoding="utf-8"))["reports"][0]


def broken_reports():
    """(what is wrong, report) pairs that the MonitorReport schema must reject."""
    def with_change(change):
        doc = copy.deepcopy(REPORT)
        change(doc)
        return doc

    yield "a report of month 13", with_change(lambda d: d.update(month=13))
    yield "a report without month", with_change(lambda d: d.pop("month"))
    yield "an executed amount as a JSON number", with_change(lambda d: d["budget"].update(executed=190.5))
    yield "an unknown possibility", with_change(lambda d: d["progress"][1].update(possibility="likely"))


def main():
    passed = failed = 0

    def result(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {what}")

    # the document the broken ones are made from must pass, or they prove nothing
    errors = list(validator().iter_errors(PROJECT))
    result(not errors, f"reference project: {[e.message for e in errors]}")

    examples = sorted((HERE / "examples").glob("*.json"))
    if not examples:
        result(False, "no examples in schema/examples/")
    for path in examples:
        doc = json.loads(path.read_text(encoding="utf-8"))
        errors = list(validator(kind_of(path)).iter_errors(doc))
        for e in errors[:5]:
            print(f"  {path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
        result(not errors, f"{path.name} should validate")

    for what, doc in broken_documents():
        result(not validator().is_valid(doc), f"{what} should be rejected")

    errors = list(validator("MonitorReport").iter_errors(REPORT))
    result(not errors, f"reference monitoring report: {[e.message for e in errors]}")
    for what, doc in broken_reports():
        result(not validator("MonitorReport").is_valid(doc), f"{what} should be rejected")

    print(f"schema: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
