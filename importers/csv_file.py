"""Read an import file: UTF-8 text (with or without a BOM), then its records and their lines.

Whatever is wrong with the file itself (not UTF-8, a field too long for the csv module) is
reported as a line-numbered problem, like a problem in a row, never as a traceback.
"""

import csv
import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO

NOT_UTF8 = "the file is not UTF-8"
SAVE_AS_UTF8 = "save it as UTF-8 (in Excel: Save As → CSV UTF-8)"
LINE = re.compile(r".*?(?:\r\n|\r|\n)|.+", re.DOTALL)
UNCLOSED_QUOTE = "check for a quotation mark that is never closed, or shorten the text"


@dataclass(frozen=True)
class RowError:
    """One problem: where it is (line, column), what is wrong and, when we know, what to do."""

    line: int
    column: str
    reason: str
    suggestion: str = ""
    code: str = ""  # the rule broken (directory/listings/rules.py), when there is one

    def __str__(self) -> str:
        where = f"line {self.line}, {self.column}" if self.column else f"line {self.line}"
        advice = f" — {self.suggestion}" if self.suggestion else ""
        return f"{where}: {self.reason}{advice}"


class FileProblem(Exception):
    """The file cannot be read on from here; ``errors`` says where and why."""

    def __init__(self, errors: list[RowError]):
        super().__init__("; ".join(map(str, errors)))
        self.errors = errors


def read_text(source: Path | str | IO) -> str:
    """Return the text of a file path or stream, without a BOM; raise FileProblem if not UTF-8."""
    content = Path(source).read_bytes() if isinstance(source, str | Path) else source.read()
    if isinstance(content, bytes):
        content = _decode(content)
    return content.removeprefix("\ufeff")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = line_of(data[: error.start].decode("utf-8"))
        raise FileProblem([RowError(line, "", NOT_UTF8, SAVE_AS_UTF8)]) from None


def line_of(text_before: str) -> int:
    """Return the line, counted as the csv module counts them, that follows ``text_before``."""
    # One more character makes the line it starts count even when it is still empty.
    return len(io.StringIO(text_before + "x", newline="").readlines())


def records(text: str) -> Iterator[tuple[int, list[str]]]:
    """Yield (first line, fields) for each non-blank record; the first one is the header."""
    reader = csv.reader(_lines(text))
    header: list[str] | None = None
    start = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise FileProblem(_unreadable(text, start, header or [], error)) from None
        if fields:
            header = fields if header is None else header
            yield start, fields
        start = reader.line_num + 1


def _lines(text: str) -> Iterator[str]:
    """Yield the lines of ``text`` with their endings, as a file opened with newline="" would."""
    # One line at a time: a copy of the whole text (io.StringIO makes one) would double the memory.
    for match in LINE.finditer(text):
        yield match.group()


def _unreadable(text: str, line: int, header: list[str], error: csv.Error) -> list[RowError]:
    limit = csv.field_size_limit()
    try:
        fields = _record_at(text, line)
    except csv.Error:
        fields = []
    too_long = [index for index, value in enumerate(fields) if len(value) > limit]
    if not too_long:
        return [RowError(line, "", f"the row cannot be read as CSV ({error})")]
    reason = f"the field is longer than {limit // 1024} KiB"
    return [RowError(line, _column(header, index), reason, UNCLOSED_QUOTE) for index in too_long]


def _column(header: list[str], index: int) -> str:
    return header[index] if index < len(header) else f"field {index + 1}"


def _record_at(text: str, line: int) -> list[str]:
    """Parse the record starting on ``line`` with no size limit, to find the fields too long."""
    lines = io.StringIO(text, newline="")
    for _ in range(line - 1):
        lines.readline()
    with _no_field_limit():
        return next(csv.reader(lines), [])


@contextmanager
def _no_field_limit():
    # The csv limit is process-wide: lift it only while re-reading the one record that broke it.
    previous = csv.field_size_limit(2**31 - 1)
    try:
        yield
    finally:
        csv.field_size_limit(previous)
