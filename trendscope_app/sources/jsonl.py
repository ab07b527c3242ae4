"""JSON Lines helpers shared by the sample generator and the replay tool.

Records are written compactly (``json.dumps(record, separators=(",", ":"))``, ASCII-escaped), one per
line, which is byte for byte the value the replay tool publishes. Files whose name ends in ``.gz`` are
read and written gzip-compressed.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Iterable, Iterator
from typing import IO, Any, NamedTuple

__all__ = ["JsonLine", "dumps_compact", "iter_lines_lenient", "read_jsonl", "write_jsonl"]

PathLike = str | os.PathLike[str]


def dumps_compact(record: Any) -> bytes:
    """Encode ``record`` as compact JSON bytes (the value format of the input topics).

    Parameters
    ----------
    record : Any
        A JSON-serialisable object.

    Returns
    -------
    bytes
        ``json.dumps(record, separators=(",", ":")).encode()``.

    Examples
    --------
    >>> dumps_compact({"id": 603, "title": "Dune: Part Two"})
    b'{"id":603,"title":"Dune: Part Two"}'
    """
    return json.dumps(record, separators=(",", ":")).encode()


def _open(path: PathLike, mode: str) -> IO[bytes]:
    if os.fspath(path).endswith(".gz"):
        return gzip.open(path, mode)  # type: ignore[return-value]
    return open(path, mode)


def write_jsonl(path: PathLike, records: Iterable[Any]) -> int:
    """Write ``records`` to ``path`` as JSON Lines, streaming (nothing is buffered beyond the file buffer).

    Parameters
    ----------
    path : str or os.PathLike
        Destination file (overwritten); a ``.gz`` suffix writes gzip.
    records : Iterable[Any]
        JSON-serialisable objects, typically dicts.

    Returns
    -------
    int
        Number of lines written.
    """
    n = 0
    dumps = json.dumps
    with _open(path, "wb") as fh:
        write = fh.write
        for record in records:
            write(dumps(record, separators=(",", ":")).encode())
            write(b"\n")
            n += 1
    return n


def read_jsonl(path: PathLike) -> Iterator[dict[str, Any]]:
    """Yield the JSON objects of a JSON Lines file lazily, strictly.

    Blank lines are skipped. Use :func:`iter_lines_lenient` to tolerate malformed lines.

    Parameters
    ----------
    path : str or os.PathLike
        File to read; a ``.gz`` suffix reads gzip.

    Yields
    ------
    dict
        One parsed object per non-blank line.

    Raises
    ------
    ValueError
        If a line is not valid JSON or not a JSON object (the message names the line number).
    """
    with _open(path, "rb") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{os.fspath(path)}:{lineno}: invalid JSON: {exc}") from exc
            if not isinstance(obj, dict):
                raise ValueError(
                    f"{os.fspath(path)}:{lineno}: expected a JSON object, got {type(obj).__name__}"
                )
            yield obj


class JsonLine(NamedTuple):
    """A line that parsed as a JSON object, with its original bytes (forwarded verbatim by the replay)."""

    record: dict[str, Any]
    raw: bytes


def iter_lines_lenient(path: PathLike) -> Iterator[JsonLine | bytes]:
    """Yield each non-blank line of a JSON Lines file, parsed when possible.

    Parameters
    ----------
    path : str or os.PathLike
        File to read; a ``.gz`` suffix reads gzip.

    Yields
    ------
    JsonLine or bytes
        :class:`JsonLine` for a line holding a JSON object; otherwise the line itself (bytes without
        the line terminator) - invalid JSON, a JSON value that is not an object, invalid UTF-8.
    """
    with _open(path, "rb") as fh:
        for line in fh:
            raw = line.rstrip(b"\r\n")
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError:  # includes UnicodeDecodeError
                yield raw
                continue
            yield JsonLine(obj, raw) if isinstance(obj, dict) else raw
