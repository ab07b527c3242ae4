"""Per-movie history and the features a forecast is made from.

Only the movie's own closed windows are used, and only those closed at or before the window the forecast
is made at: nothing here looks at the clock or at a later window.

Why the panes matter
--------------------
Windows hop: a window of ``size`` seconds closes every ``step`` seconds, so the window one step later
shares all but one pane (``step`` seconds of comments) with the current one. The pane that will *leave*
is already known from the movie's history: with ``r = size / step`` panes per window,

    mentions(w) - mentions(w - step) = pane(w) - pane(w - size)

so each new pane is the change in mentions plus the pane that left, and a movie's panes follow exactly
from its windows in order, starting from empty panes (a window that was never emitted held no mention,
so the panes it covers were empty). The same holds for sums of sentiment (``avg_sentiment * mentions``).
The next window's mentions are then "what stays" plus one new pane, whose expected size is the recent
pane rate; that structural forecast (and its parts) are features, and the model learns how much to
trust them. Persistence, by contrast, assumes the new pane equals the one leaving.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from trendscope_app.models import TrendScore
from trendscope_app.scoring.trendscore import Weights

# The order of the feature vector a pending prediction keeps (a list is smaller to store than a dict).
FEATURE_NAMES: tuple[str, ...] = (
    "trend_score",
    "mentions",
    "avg_sentiment",
    "popularity",
    "d_trend_score_step",
    "d_mentions_step",
    "d_sentiment_step",
    "d_popularity_step",
    "d_trend_score_size",
    "d_mentions_size",
    "ma3_minus_trend_score",
    "ma_size_minus_trend_score",
    "pane_leaving",
    "pane_last",
    "pane_rate",
    "pane_rate_window",
    "structural_delta",
    "structural_mentions_delta",
    "structural_sentiment_delta",
    "popularity_ema_gap",
    "hour_sin",
    "hour_cos",
    "dow_sin",
    "dow_cos",
    "age",
)

# Panes averaged for the rate of the next pane: short, because popularity curves and breakouts move
# the rate within minutes (measured on the sample: 3 panes beat 1, 5, 8 and EMAs).
RATE_PANES = 3
POPULARITY_EMA_ALPHA = 0.2


def time_features(epoch: float) -> tuple[float, float, float, float]:
    """Hour of day and day of week of an event time (UTC), on the unit circle.

    Taken from the window's end, never from the clock, so a replay of old data sees what live data saw.

    Examples
    --------
    >>> [round(v, 6) for v in time_features(0.0)]  # 1970-01-01 00:00 UTC, a Thursday
    [0.0, 1.0, 0.433884, -0.900969]
    """
    hour = (epoch % 86_400) / 3600.0
    dow = ((epoch // 86_400) + 3) % 7  # 0 = Monday; the epoch began on a Thursday
    return (
        math.sin(2 * math.pi * hour / 24),
        math.cos(2 * math.pi * hour / 24),
        math.sin(2 * math.pi * dow / 7),
        math.cos(2 * math.pi * dow / 7),
    )


@dataclass
class MovieHistory:
    """What one movie's closed windows say about its next one.

    Parameters
    ----------
    panes_per_window : int
        ``size / step``.
    step : float
        Seconds between window ends.

    Examples
    --------
    >>> h = MovieHistory(panes_per_window=3, step=60.0)
    >>> for end, m in [(60, 2), (120, 5), (180, 6), (240, 4)]:
    ...     h.update(TrendScore(1, "", end - 180, end, m, 0.0, 0.0, 15.0 + 3 * m))
    >>> h.panes  # mentions in [60, 120), [120, 180), [180, 240): the window ending at 240
    [3.0, 1.0, 0.0]
    >>> h.pane_leaving()  # what the window ending at 300 loses
    3.0
    """

    panes_per_window: int
    step: float
    last_end: float | None = None
    panes: list[float] = field(default_factory=list)
    sentiment_panes: list[float] = field(default_factory=list)
    # (window_end, trend_score, mentions, avg_sentiment, popularity), oldest first.
    recent: list[tuple[float, float, int, float, float]] = field(default_factory=list)
    popularity_ema: float | None = None
    age: int = 0
    #: The newest window seen without being learned from (closed before its data was in).
    skipped_end: float | None = None

    def __post_init__(self) -> None:
        if not self.panes:
            self._clear_panes()

    def _clear_panes(self) -> None:
        self.panes = [0.0] * self.panes_per_window
        self.sentiment_panes = [0.0] * self.panes_per_window

    def is_new(self, window_end: float) -> bool:
        """Whether ``window_end`` is later than every window seen (duplicates and stragglers are not).

        >>> h = MovieHistory(panes_per_window=3, step=60.0)
        >>> h.skip(240.0)
        >>> h.is_new(240.0), h.is_new(300.0), h.last_end
        (False, True, None)
        """
        seen = [end for end in (self.last_end, self.skipped_end) if end is not None]
        return not seen or window_end > max(seen)

    def skip(self, window_end: float) -> None:
        """Take note of a window not to learn from, so that it is not new again when it comes back."""
        self.skipped_end = window_end

    def update(self, p: TrendScore) -> None:
        """Take the movie's next closed window (``p.window_end`` must be newer than the last one)."""
        if self.last_end is not None and p.window_end <= self.last_end:
            raise ValueError(f"window {p.window_end} is not newer than {self.last_end}")
        if self.last_end is not None and p.window_end - self.last_end > self.step * 1.5:
            # Skipped windows held no mention (the window stage emits every window with one), so every
            # pane they cover was empty; the earlier windows are no longer the previous step either.
            self._clear_panes()
            self.recent.clear()
        prev_m = self.recent[-1][2] if self.recent else 0
        prev_s = self.recent[-1][2] * self.recent[-1][3] if self.recent else 0.0
        total_s = p.mentions * p.avg_sentiment
        new_pane = p.mentions - prev_m + self.panes[0]
        new_s = total_s - prev_s + self.sentiment_panes[0]
        self.panes = [*self.panes[1:], float(new_pane)]
        self.sentiment_panes = [*self.sentiment_panes[1:], new_s]
        if new_pane < -1e-9:
            # Only a history that does not start at the movie's first window (or is missing one) gets
            # here; spreading the window evenly keeps the panes consistent with it from now on.
            r = self.panes_per_window
            self.panes = [p.mentions / r] * r
            self.sentiment_panes = [total_s / r] * r
        self.recent.append((p.window_end, p.trend_score, p.mentions, p.avg_sentiment, p.popularity))
        del self.recent[: -(self.panes_per_window + 1)]
        a = POPULARITY_EMA_ALPHA
        self.popularity_ema = (
            p.popularity if self.popularity_ema is None else a * p.popularity + (1 - a) * self.popularity_ema
        )
        self.last_end = p.window_end
        self.age += 1

    def pane_leaving(self) -> float:
        """Mentions in the pane the next window no longer covers."""
        return self.panes[0]

    def pane_rate(self, n: int = RATE_PANES) -> float:
        """Mean mentions per pane over the last ``n`` panes the movie has existed for."""
        k = max(1, min(n, self.age, self.panes_per_window))
        return sum(self.panes[-k:]) / k

    def structural(self, weights: Weights) -> tuple[float, float]:
        """Expected change of the mentions term and of the sentiment term of the next TrendScore.

        The next window keeps every pane but the leaving one and gains a pane of the recent rate, whose
        comments have the current average sentiment.
        """
        _, _, m, avg, _ = self.recent[-1]
        rate = self.pane_rate()
        keep_m = m - self.panes[0]
        keep_s = m * avg - self.sentiment_panes[0]
        m_hat = max(0.0, keep_m + rate)
        avg_hat = (keep_s + rate * avg) / m_hat if m_hat > 1e-9 else 0.0
        avg_hat = max(-1.0, min(1.0, avg_hat))
        return weights.mentions * 10 * (m_hat - m), weights.sentiment * 50 * (avg_hat - avg)

    def features(self, weights: Weights) -> list[float]:
        """The feature vector (in :data:`FEATURE_NAMES` order) at the newest window.

        Examples
        --------
        >>> h = MovieHistory(panes_per_window=5, step=60.0)
        >>> h.update(TrendScore(1, "", -240, 60, 4, 0.5, 10.0, 4 + 12 + 22.5))
        >>> f = dict(zip(FEATURE_NAMES, h.features(Weights())))
        >>> f["pane_leaving"], f["pane_rate"], f["d_trend_score_step"]
        (0.0, 4.0, 0.0)
        """
        end, ts, m, avg, pop = self.recent[-1]
        prev = self.recent[-2] if len(self.recent) >= 2 else self.recent[-1]
        r = self.panes_per_window
        # The previous non-overlapping window (w - size); neutral (no change) until the movie has one.
        before = self.recent[-1 - r] if len(self.recent) > r else self.recent[-1]
        ma3 = [x[1] for x in self.recent[-3:]]
        ma_size = [x[1] for x in self.recent[-r:]]
        d_mentions, d_sentiment = self.structural(weights)
        return [
            ts,
            float(m),
            avg,
            pop,
            ts - prev[1],
            float(m - prev[2]),
            avg - prev[3],
            pop - prev[4],
            ts - before[1],
            float(m - before[2]),
            sum(ma3) / len(ma3) - ts,
            sum(ma_size) / len(ma_size) - ts,
            self.pane_leaving(),
            self.panes[-1],
            self.pane_rate(),
            self.pane_rate(r),
            d_mentions + d_sentiment,
            d_mentions,
            d_sentiment,
            (self.popularity_ema if self.popularity_ema is not None else pop) - pop,
            *time_features(end),
            min(self.age, 2 * r) / (2 * r),
        ]

    def to_dict(self) -> dict[str, Any]:
        return {
            "r": self.panes_per_window,
            "step": self.step,
            "last_end": self.last_end,
            "panes": self.panes,
            "spanes": self.sentiment_panes,
            "recent": [list(x) for x in self.recent],
            "pop_ema": self.popularity_ema,
            "age": self.age,
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> MovieHistory:
        return cls(
            panes_per_window=d["r"],
            step=d["step"],
            last_end=d["last_end"],
            panes=list(d["panes"]),
            sentiment_panes=list(d["spanes"]),
            recent=[tuple(x) for x in d["recent"]],
            popularity_ema=d["pop_ema"],
            age=d["age"],
        )
