"""Progress of a long command: a bar on a terminal, else a plain line every few seconds (compose logs)."""

from __future__ import annotations

import sys
import time
from typing import IO, Any

from tqdm import tqdm

__all__ = ["Progress"]


class Progress:
    """Report ``count`` of ``total`` units; call :meth:`update` with the running count, :meth:`close` once.

    Examples
    --------
    >>> import io
    >>> out = io.StringIO()
    >>> p = Progress(1000, "replay", unit="msg", out=out, every_s=0.0)
    >>> p.update(500); p.close()
    >>> print(out.getvalue().splitlines()[0])  # doctest: +ELLIPSIS
    replay: 500/1,000 msg (50%), ...
    """

    def __init__(
        self,
        total: int | None,
        what: str,
        *,
        unit: str = "msg",
        out: IO[str] | None = None,
        every_s: float = 5.0,
    ) -> None:
        self.out = out if out is not None else sys.stderr
        self.total = total
        self.what = what
        self.unit = unit
        self.every_s = every_s
        self.started = time.monotonic()
        self._last_line = -every_s
        self._count = 0
        self._bar: Any = None
        if self.out.isatty():
            self._bar = tqdm(
                total=total, desc=what, unit=unit, unit_scale=True, file=self.out, dynamic_ncols=True
            )

    def update(self, count: int) -> None:
        if self._bar is not None:
            self._bar.update(count - self._count)
        self._count = count
        now = time.monotonic()
        if self._bar is None and now - self._last_line >= self.every_s:
            self._last_line = now
            self._line(now)

    def say(self, text: str) -> None:
        """Print a line of its own (above the bar on a terminal, which a plain print would break)."""
        if self._bar is not None:
            tqdm.write(text, file=self.out)
        else:
            print(text, file=self.out, flush=True)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
        else:
            self._line(time.monotonic())

    def _line(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self._count / elapsed
        text = f"{self.what}: {self._count:,}"
        if self.total:
            text += f"/{self.total:,} {self.unit} ({100 * self._count / self.total:.0f}%)"
            if rate > 0 and self._count < self.total:
                text += f", {rate:,.0f} {self.unit}/s, about {(self.total - self._count) / rate:.0f} s left"
            else:
                text += f", {rate:,.0f} {self.unit}/s"
        else:
            text += f" {self.unit}, {rate:,.0f} {self.unit}/s"
        print(text, file=self.out, flush=True)
