"""Window arithmetic for epoch-aligned hopping windows ``[start, start + size)``.

A window's start is a multiple of ``step``; each event lands in ``size // step`` windows. The data of one
step (a *pane*) is stored once and a window is the sum of its panes.
"""

from __future__ import annotations

import math


def pane_start(t: float, step: int) -> int:
    """Start of the pane (one step long) holding event time ``t``.

    Examples
    --------
    >>> pane_start(125.0, 60)
    120
    >>> pane_start(120.0, 60)
    120
    >>> pane_start(-1.0, 60)
    -60
    """
    return int(math.floor(t / step)) * step


def panes_of_window(end: int, size: int, step: int) -> range:
    """Pane starts making up the window that ends at ``end``.

    Examples
    --------
    >>> list(panes_of_window(420, 300, 60))
    [120, 180, 240, 300, 360]
    """
    return range(end - size, end, step)


def first_window_end(t: float, step: int) -> int:
    """End of the earliest window that contains ``t``.

    Examples
    --------
    >>> first_window_end(125.0, 60)
    180
    """
    return pane_start(t, step) + step


def closable_ends(closed_until: int, watermark: float, step: int) -> range:
    """Window ends that close when the watermark reaches ``watermark``.

    ``closed_until`` is the end of the newest window already closed; a window closes once the watermark
    reaches its end.

    Examples
    --------
    >>> list(closable_ends(180, 305.0, 60))
    [240, 300]
    >>> list(closable_ends(300, 305.0, 60))
    []
    """
    last = int(math.floor(watermark / step)) * step
    return range(closed_until + step, last + 1, step)
