"""Apache Parquet tables of articles, as datasets are shared (Hugging Face, Spark, pandas): an
article a row, its columns named as a JSON record's fields are. Read with pyarrow, imported
only when a corpus holds such a file; a file of several row groups is read a row group at a
time (see ``parquet_parts``), so a dataset of any size is read in bounded memory."""

from __future__ import annotations

import datetime
import decimal
import json
from collections.abc import Iterator
from typing import IO, Any

# what reading a damaged or unusual file may raise, besides pyarrow's own errors
_PROBLEMS: tuple[type[Exception], ...] = (OSError, EOFError, ValueError, TypeError, IndexError)
# a row group larger than this, unpacked, is named and skipped rather than read into memory
MAX_ROW_GROUP_BYTES = 256 * 1024 * 1024


class ParquetProblem(Exception):
    """A Parquet file, or a row group of one, that cannot be read; its message says why."""


def parquet_problems() -> tuple[type[Exception], ...]:
    import pyarrow

    return (pyarrow.ArrowException, *_PROBLEMS)


def _open(source: str | IO[bytes]) -> Any:
    import pyarrow.parquet

    try:
        return pyarrow.parquet.ParquetFile(source)
    except parquet_problems() as exc:
        raise ParquetProblem(f"not a readable Parquet file ({_reason(exc)})") from None


def _reason(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]


def row_groups(source: str | IO[bytes]) -> list[tuple[int, int]]:
    """(first row number, row count) of each row group of a Parquet file, rows numbered from 1."""
    metadata = _open(source).metadata
    groups, first = [], 1
    for index in range(metadata.num_row_groups):
        rows = metadata.row_group(index).num_rows
        groups.append((first, rows))
        first += rows
    return groups


def parquet_records(
    source: str | IO[bytes], groups: range | None = None
) -> Iterator[tuple[int, dict[str, Any]]]:
    """(row number, record) of each row of a Parquet file, or of some of its row groups; a
    record's values are JSON's (a time as ISO text, bytes left out)."""
    table = _open(source)
    metadata = table.metadata
    wanted = groups if groups is not None else range(metadata.num_row_groups)
    first = 1 + sum(metadata.row_group(i).num_rows for i in range(wanted.start))
    for index in wanted:
        group = metadata.row_group(index)
        if group.total_byte_size > MAX_ROW_GROUP_BYTES:
            raise ParquetProblem(
                f"row group {index + 1} holds {group.total_byte_size} bytes unpacked"
                f" (at most {MAX_ROW_GROUP_BYTES} are read at once); rewrite the file with"
                " smaller row groups"
            )
        try:
            rows = table.read_row_group(index).to_pylist()
        except parquet_problems() as exc:
            raise ParquetProblem(f"row group {index + 1}: {_reason(exc)}") from None
        for number, row in enumerate(rows, start=first):
            yield number, {str(k): _json_value(v) for k, v in row.items()}
        first += group.num_rows


def parquet_row(source: str | IO[bytes], ordinal: int) -> str:
    """Row ``ordinal`` of a Parquet file as a JSON object: one article's source."""
    groups = row_groups(source)
    index = next((i for i, (first, rows) in enumerate(groups) if ordinal < first + rows), None)
    if index is None:
        return ""
    for number, record in parquet_records(source, range(index, index + 1)):
        if number == ordinal:
            return json.dumps(record, ensure_ascii=False, indent=2)
    return ""


def _json_value(value: Any) -> Any:
    """A Parquet value as JSON would hold it."""
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, (bytes, bytearray)):
        return None
    return value
