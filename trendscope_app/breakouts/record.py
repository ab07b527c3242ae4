"""A breakout as users read it: one row per breakout, folded from its events (start, peaks, end)."""

from __future__ import annotations

from typing import Any

from trendscope_app.models.breakout_event import BreakoutEvent

__all__ = ["fold"]


def fold(row: dict[str, Any] | None, event: BreakoutEvent, title: str = "") -> dict[str, Any]:
    """The breakout's row after ``event``; ``row`` is its row before (``None`` for a start).

    The row is rebuilt whole from the previous row the caller holds and the event, never from a value
    read back from a table, so writing it under ``(movie_id, started_at_window_end)`` is an upsert of
    one breakout.

    Parameters
    ----------
    row : dict or None
        The breakout's row so far.
    event : BreakoutEvent
        Its next event.
    title : str
        The movie's title at the event's window.

    Returns
    -------
    dict
        ``movie_id``, ``title``, ``started_at_window_end``, ``window_end`` (of the newest event),
        ``status`` (``"active"`` or ``"ended"``), ``score`` (at the newest event), ``peak_score`` and
        ``peak_window_end``, ``ended_at_window_end`` and ``end_reason`` (``None`` while active),
        ``events`` (how many so far), ``start`` (the start's evidence) and ``latest`` (the newest
        event's evidence).

    Examples
    --------
    >>> start = BreakoutEvent(7, "start", 600.0, 600.0, 4.0, {"lift": 3.0})
    >>> row = fold(None, start, "Up")
    >>> row["status"], row["peak_score"], row["events"]
    ('active', 4.0, 1)
    >>> row = fold(row, BreakoutEvent(7, "peak", 660.0, 600.0, 6.0, {"lift": 5.0}))
    >>> row["peak_score"], row["peak_window_end"], row["title"]
    (6.0, 660.0, 'Up')
    >>> end = BreakoutEvent(7, "end", 900.0, 600.0, 0.5, {"reason": "fell_back", "peak_score": 6.5,
    ...                                                     "peak_window_end": 700.0})
    >>> row = fold(row, end)
    >>> row["status"], row["ended_at_window_end"], row["end_reason"], row["peak_score"], row["start"]
    ('ended', 900.0, 'fell_back', 6.5, {'lift': 3.0})
    """
    if row is None or event.kind == "start":
        row = {
            "movie_id": event.movie_id,
            "title": title,
            "started_at_window_end": event.started_at_window_end,
            "status": "active",
            "peak_score": event.score,
            "peak_window_end": event.window_end,
            "ended_at_window_end": None,
            "end_reason": None,
            "events": 0,
            "start": dict(event.evidence),
        }
    else:
        row = dict(row)
    row["title"] = title or row["title"]
    row["window_end"] = event.window_end
    row["score"] = event.score
    row["events"] += 1
    row["latest"] = dict(event.evidence)
    if event.kind == "peak" and event.score > row["peak_score"]:
        row["peak_score"], row["peak_window_end"] = event.score, event.window_end
    if event.kind == "end":
        row["status"] = "ended"
        row["ended_at_window_end"] = event.window_end
        row["end_reason"] = event.evidence.get("reason")
        row["peak_score"] = float(event.evidence.get("peak_score", row["peak_score"]))
        row["peak_window_end"] = event.evidence.get("peak_window_end", row["peak_window_end"])
    return row
