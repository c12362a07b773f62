"""Type stubs of jixiao, the Python binding of the Rust crate jixiao (预算绩效目标)."""

import os
from decimal import Decimal
from typing import Any, Dict, Iterable, List, Literal, Mapping, Optional, Union, overload

__version__: str

ThresholdKind = Literal["comparison", "range", "deadline", "qualitative", "relative", "unread"]
ComparatorName = Literal["ge", "gt", "le", "lt", "eq"]
ActualKind = Literal["quantity", "bound", "band", "date", "period", "not_applicable", "text"]
StrPath = Union[str, "os.PathLike[str]"]

class Error(ValueError):
    """Every error jixiao raises. `code` (= `kind`) is stable; `en` and `zh` the message."""

    code: str
    kind: str
    en: str
    zh: str

class ParseError(Error):
    """A 指标值 or 完成值 that does not parse.

    `offset` (= `char_offset`) is a Python index into `text` (characters, from 0);
    `byte_offset` the UTF-8 byte offset, as the Rust crate's `ParseError::offset`.
    """

    offset: int
    char_offset: int
    byte_offset: int
    text: str

class ImportFailed(Error):
    """An input that is no document at all (导入失败): empty, binary, damaged, too large, unreadable.

    `line` is the line of the first bad character for `code == "binary"`, else None.
    """

    line: Optional[int]

class CompareError(Error):
    """An actual that cannot be compared with a target (units of different things …)."""

class ScoreError(Error):
    """A project that cannot be scored."""

class MonitorError(Error):
    """A monitoring report that cannot be made (a month outside 1–12 …)."""

class Threshold:
    """A parsed 指标值 (target value). `str()` is its canonical text."""

    def __init__(self, text: str, year: Optional[int] = None) -> None: ...
    @property
    def kind(self) -> ThresholdKind: ...
    @property
    def comparator(self) -> Optional[ComparatorName]:
        """For a comparison (a bare value is "eq"); None otherwise."""
    @property
    def value(self) -> Optional[Decimal]:
        """A comparison's number in base units: Decimal("20000") for ≥2万人."""
    @property
    def number(self) -> Optional[Decimal]:
        """A comparison's number as written: Decimal("2") for ≥2万人."""
    @property
    def magnitude(self) -> Optional[str]:
        """one, bai, qian, wan, … yi (a comparison or range)."""
    @property
    def unit(self) -> Optional[str]:
        """A comparison's or range's unit, "" when none is written."""
    @property
    def low(self) -> Optional[Decimal]:
        """A range's low end, in base units."""
    @property
    def high(self) -> Optional[Decimal]:
        """A range's high end, in base units."""
    @property
    def approximate(self) -> bool: ...
    @property
    def note(self) -> Optional[str]: ...
    @property
    def text(self) -> str:
        """The canonical text (what str() gives)."""
    @property
    def direction(self) -> str:
        """higher_is_better, lower_is_better, within, by_deadline or qualitative."""
    @property
    def is_quantitative(self) -> bool: ...
    @property
    def is_qualitative(self) -> bool: ...
    def is_met(self, actual: Union["Actual", str], year: Optional[int] = None) -> bool:
        """Whether the actual meets the target; raises CompareError when it cannot be told."""
    def to_dict(self) -> Dict[str, Any]:
        """The crate's JSON (schema `Threshold`); decimals as strings."""
    def to_json(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Actual:
    """A 完成值 (what was achieved)."""

    def __init__(self, text: str) -> None: ...
    @property
    def kind(self) -> ActualKind: ...
    @property
    def comparator(self) -> Optional[ComparatorName]: ...
    @property
    def value(self) -> Optional[Decimal]: ...
    @property
    def number(self) -> Optional[Decimal]: ...
    @property
    def unit(self) -> Optional[str]: ...
    @property
    def band(self) -> Optional[Literal["achieved", "partial", "not_achieved"]]: ...
    @property
    def score(self) -> Optional[Decimal]: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def to_json(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Finding:
    """An import diagnostic (I…), review finding (J…), scoring flag (S…) or monitoring finding (M…)."""

    code: str
    severity: Literal["error", "warning", "note"]
    en: str
    zh: str
    place: Optional[str]
    project: Optional[int]
    index: Optional[int]
    def to_dict(self) -> Dict[str, Any]: ...
    def to_json(self) -> str: ...

class Indicator:
    @property
    def level1(self) -> Optional[str]: ...
    @property
    def level2(self) -> Optional[str]: ...
    @property
    def name(self) -> str: ...
    @property
    def value(self) -> str:
        """The 指标值 as written."""
    @property
    def threshold(self) -> Optional[Threshold]: ...
    @property
    def error(self) -> Optional[ParseError]:
        """Why the 指标值 did not parse (not raised)."""
    @property
    def weight(self) -> Optional[Decimal]: ...
    @property
    def actual(self) -> Optional[str]: ...
    @property
    def score(self) -> Optional[Decimal]: ...
    def to_dict(self) -> Dict[str, Any]: ...
    def to_json(self) -> str: ...

class Project:
    @property
    def name(self) -> str: ...
    @property
    def year(self) -> Optional[int]: ...
    @property
    def purpose(self) -> str: ...
    @property
    def goals(self) -> List[str]: ...
    @property
    def budget(self) -> Dict[str, Any]: ...
    @property
    def budget_total(self) -> Optional[Decimal]: ...
    @property
    def indicators(self) -> List[Indicator]: ...
    def to_dict(self) -> Dict[str, Any]:
        """The crate's JSON (schema `Project`)."""
    def to_json(self) -> str: ...

class Imported:
    @property
    def projects(self) -> List[Project]: ...
    @property
    def diagnostics(self) -> List[Finding]: ...
    @property
    def has_errors(self) -> bool: ...
    def to_dict(self) -> Dict[str, Any]:
        """The crate's JSON (schema `Imported`)."""
    def to_json(self) -> str: ...
    def __len__(self) -> int: ...
    def __getitem__(self, i: int) -> Project: ...

class Review:
    @property
    def project(self) -> str: ...
    @property
    def grade(self) -> Literal["excellent", "good", "fair", "poor"]: ...
    @property
    def findings(self) -> List[Finding]: ...
    @property
    def codes(self) -> List[str]: ...
    def to_dict(self) -> Dict[str, Any]:
        """The crate's JSON (schema `Review`)."""
    def to_json(self) -> str: ...
    def __len__(self) -> int: ...

class Scorecard:
    @property
    def project(self) -> str: ...
    @property
    def profile(self) -> str: ...
    @property
    def total(self) -> Optional[Decimal]:
        """None when the total is not certain (see flags)."""
    @property
    def scored(self) -> Decimal: ...
    @property
    def grade(self) -> Optional[Literal["excellent", "good", "fair", "poor"]]: ...
    @property
    def items(self) -> List[Dict[str, Any]]: ...
    @property
    def flags(self) -> List[Finding]: ...
    def to_dict(self) -> Dict[str, Any]:
        """The crate's JSON (schema `Scorecard`)."""
    def to_json(self) -> str: ...

class MonitorReport:
    @property
    def project(self) -> Project: ...
    @property
    def month(self) -> int: ...
    def to_dict(self) -> Dict[str, Any]:
        """The crate's JSON (schema `MonitorReport`)."""
    def to_json(self) -> str: ...

class MonitorImported:
    @property
    def reports(self) -> List[MonitorReport]: ...
    @property
    def diagnostics(self) -> List[Finding]: ...
    def to_dict(self) -> Dict[str, Any]:
        """The crate's JSON (schema `ImportedReports`)."""
    def to_json(self) -> str: ...
    def __len__(self) -> int: ...

Light = Literal["red", "yellow", "green", "blue"]

class MonitorSummary:
    @property
    def project(self) -> str: ...
    @property
    def month(self) -> int: ...
    @property
    def year(self) -> Optional[int]: ...
    @property
    def worst(self) -> Optional[Light]: ...
    @property
    def lights(self) -> List[Optional[Light]]: ...
    @property
    def budget_light(self) -> Optional[Light]: ...
    @property
    def counts(self) -> Dict[str, int]: ...
    @property
    def items(self) -> List[Dict[str, Any]]: ...
    @property
    def findings(self) -> List[Finding]: ...
    def to_dict(self) -> Dict[str, Any]:
        """The crate's JSON (schema `MonitorSummary`)."""
    def to_json(self) -> str: ...

def parse_threshold(text: str, year: Optional[int] = None) -> Threshold:
    """Parses a 指标值; a deadline without a year is placed in `year` when given. Raises ParseError."""

def parse_actual(text: str) -> Actual:
    """Parses a 完成值. Raises ParseError."""

def parse_many(values: Iterable[Optional[str]]) -> Dict[str, List[Any]]:
    """Columns for a data frame: kind, comparator, value (Decimal in base units), unit, error.

    Row i is what parse_threshold(values[i]) gives; a value that does not parse has only its
    `error` (the message); a missing value (None, a float NaN) is None in every column. The GIL
    is released while Rust parses.

    Each str's UTF-8 is read where CPython keeps it: for a str that is not ASCII, CPython makes
    it on the first request and keeps it with the str (the memory of a column's text about
    doubles while those strings live). Raises TypeError for a value that is neither a str, None
    nor a float NaN, and RuntimeError if another thread shortens the list while it is read.
    """

def import_file(path: StrPath) -> Imported:
    """A target table or self-evaluation: .docx, .xlsx, .xls or text (TSV, CSV, DOCX text)."""

def import_bytes(data: bytes, name: str = "") -> Imported: ...
def import_text(text: str) -> Imported: ...
def import_monitor(path: StrPath, month: Optional[int] = None) -> MonitorImported: ...
def review(project: Union[Project, Imported]) -> Review:
    """The target review (绩效目标审核) with the default rules."""

def score(
    project: Union[Project, Imported],
    actuals: Union[None, Imported, Project, Mapping[Union[int, str], Union[Actual, str]]] = None,
    profile: Literal["central", "hubei", "sichuan"] = "central",
) -> Scorecard:
    """Scores a project (绩效自评) against its own recorded actuals (None), a separate
    self-evaluation matched by name, or actuals by indicator position or name."""

@overload
def monitor(
    report_or_path: MonitorReport, month: Optional[int] = None, profile: Literal["central", "checkpoints"] = "central"
) -> MonitorSummary: ...
@overload
def monitor(
    report_or_path: StrPath, month: Optional[int] = None, profile: Literal["central", "checkpoints"] = "central"
) -> List[MonitorSummary]: ...
def json_schema(name: str = "Project") -> Dict[str, Any]:
    """The JSON Schema rooted at a type of the crate (Threshold, Imported, Scorecard …)."""
