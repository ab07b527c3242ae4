"""Per-minute mentions with known breakouts and decoys, and how well a detector finds them.

The comment sample (:mod:`trendscope_app.datasets.sample`) is about text; measuring breakout detection
needs many movie-hours with breakouts whose start and end are known to the minute, and decoys that must
*not* be flagged. This generator draws, per movie and minute, a Poisson count of mentions around a
rate, and a TMDB popularity seen through a snapshot every five minutes. Movies are of five kinds:

* ``breakout``: the rate is multiplied by ``lift`` (3 to 10) from ``start`` for 10 to 40 minutes, half
  of them with a popularity jump (x1.5 to x3) over the same minutes;
* ``burst``: a decoy with single minutes at 5 to 30 times the rate (a thread that blew up for a minute);
* ``large``: a decoy that is simply always large (150 to 400 mentions a minute);
* ``growth``: a decoy that grows organically, x2 to x4 over the run;
* ``plain``: nothing happens.

Every rate also has a gentle wave and per-minute log-normal noise, so counts are over-dispersed like
real ones. :meth:`SynthSample.windows` sums the minutes like the window stage (5-minute windows every
minute, ``window_end = start + (minute + 1) * step``), and :func:`measure` scores a detector's starts
against the truth. Everything is deterministic per seed (Python's own ``random``, seeded per movie).
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from trendscope_app.scoring.trendscore import Weights, trend_score

__all__ = ["KINDS", "MovieTruth", "Quality", "SynthSample", "SynthSpec", "generate", "measure", "poisson"]

KINDS = ("breakout", "burst", "large", "growth", "plain")
DEFAULT_WEIGHTS = Weights()
_BURST_GAP = 30


@dataclass(frozen=True)
class SynthSpec:
    """What to generate (one spec, its seed included, always yields the same sample).

    Attributes
    ----------
    seed : int
        Seed of every random choice.
    n_breakout, n_burst, n_large, n_growth, n_plain : int
        Movies of each kind.
    minutes : int
        Length of the run.
    start : float
        Epoch seconds of minute 0 (a multiple of ``step``).
    size, step : int
        Window size and step, seconds.
    rate_range : tuple of float
        Mentions per minute of the non-large movies, drawn log-uniformly.
    large_range : tuple of float
        Mentions per minute of the large movies.
    lift_range, duration_range : tuple
        A breakout's rate multiple and length in minutes.
    warmup : int
        No breakout or burst starts before this minute (a detector must learn the rate first).
    jump_share : float
        Share of the breakouts with a popularity jump, ``jump_range`` its multiple.
    bursts : int
        Burst minutes per burst decoy, ``burst_range`` their multiple, at least 30 minutes apart.
    growth_range : tuple of float
        Total growth of a growth decoy over the run.
    wave : float
        Largest relative amplitude of the slow wave (period 1 to 4 hours).
    noise : float
        Standard deviation of the per-minute log-normal noise of the rate.
    partial_tail : int
        The last windows marked incomplete (the end of a replay).
    """

    seed: int = 7
    n_breakout: int = 36
    n_burst: int = 12
    n_large: int = 8
    n_growth: int = 8
    n_plain: int = 16
    minutes: int = 360
    start: float = 1_717_200_000.0
    size: int = 300
    step: int = 60
    rate_range: tuple[float, float] = (2.0, 100.0)
    large_range: tuple[float, float] = (150.0, 400.0)
    lift_range: tuple[float, float] = (3.0, 10.0)
    duration_range: tuple[int, int] = (10, 40)
    warmup: int = 45
    jump_share: float = 0.5
    jump_range: tuple[float, float] = (1.5, 3.0)
    bursts: int = 4
    burst_range: tuple[float, float] = (5.0, 30.0)
    growth_range: tuple[float, float] = (2.0, 4.0)
    wave: float = 0.2
    noise: float = 0.1
    partial_tail: int = 0

    def __post_init__(self) -> None:
        if self.minutes < self.warmup + self.duration_range[1] + 10:
            raise ValueError("minutes too short for a breakout after the warm-up")
        if self.n_burst and self.minutes - 10 - self.warmup < _BURST_GAP * (self.bursts - 1):
            raise ValueError("minutes too short for the bursts, 30 minutes apart, after the warm-up")
        if self.start % self.step or self.size % self.step:
            raise ValueError("start and size must be multiples of step")


@dataclass(frozen=True)
class MovieTruth:
    """What was generated for one movie.

    Attributes
    ----------
    movie_id : int
        The movie.
    kind : str
        One of :data:`KINDS`.
    base_rate : float
        Mentions per minute before any lift, growth or wave.
    start, end : int or None
        A breakout's first minute at the lifted rate and its first minute back (None otherwise).
    lift : float or None
        A breakout's rate multiple.
    popularity_jump : float or None
        A breakout's popularity multiple (None: no jump).
    burst_minutes : tuple of int
        A burst decoy's burst minutes.
    """

    movie_id: int
    kind: str
    base_rate: float
    start: int | None = None
    end: int | None = None
    lift: float | None = None
    popularity_jump: float | None = None
    burst_minutes: tuple[int, ...] = ()


@dataclass(frozen=True)
class SynthSample:
    """Per-minute mentions, popularity and sentiment sums of every movie, with the truth.

    Attributes
    ----------
    spec : SynthSpec
        What it was generated from.
    counts, popularity, sentiment : dict
        Movie id -> per-minute mentions, popularity seen (last snapshot), sum of sentiments.
    truth : dict
        Movie id -> :class:`MovieTruth`.
    """

    spec: SynthSpec
    counts: dict[int, list[int]] = field(repr=False)
    popularity: dict[int, list[float]] = field(repr=False)
    sentiment: dict[int, list[float]] = field(repr=False)
    truth: dict[int, MovieTruth] = field(repr=False)

    def window_end(self, minute: int) -> float:
        """End of the window whose newest minute is ``minute``."""
        return self.spec.start + (minute + 1) * self.spec.step

    def minute_of(self, window_end: float) -> int:
        """Newest minute of the window ending at ``window_end``."""
        return round((window_end - self.spec.start) / self.spec.step) - 1

    def windows(self, weights: Weights = DEFAULT_WEIGHTS) -> list[dict[str, Any]]:
        """Every movie's windows as decoded ``trend_stream`` values, by window end then movie.

        Examples
        --------
        >>> s = generate(SynthSpec(n_breakout=1, n_burst=0, n_large=0, n_growth=0, n_plain=1, minutes=100))
        >>> w = s.windows()
        >>> len(w), w[0]["window_end"] - w[0]["window_start"]
        (200, 300.0)
        >>> w[-1]["mentions"] == sum(s.counts[w[-1]["movie_id"]][-5:])
        True
        """
        spec = self.spec
        r = spec.size // spec.step
        out: list[dict[str, Any]] = []
        first_partial = spec.minutes - spec.partial_tail
        for minute in range(spec.minutes):
            end = self.window_end(minute)
            for movie_id in sorted(self.counts):
                lo = max(0, minute - r + 1)
                m = sum(self.counts[movie_id][lo : minute + 1])
                s = sum(self.sentiment[movie_id][lo : minute + 1])
                avg = s / m if m else 0.0
                pop = self.popularity[movie_id][minute]
                out.append(
                    {
                        "movie_id": movie_id,
                        "window_start": end - spec.size,
                        "window_end": end,
                        "mentions": m,
                        "avg_sentiment": avg,
                        "popularity": pop,
                        "trend_score": trend_score(pop, m, avg, weights),
                        "complete": minute < first_partial,
                    }
                )
        return out


def poisson(rng: random.Random, lam: float) -> int:
    """A Poisson draw from Python's ``random`` (multiplication below 10, PTRS rejection above).

    PTRS is Hörmann's transformed rejection (1993), as in NumPy; a stdlib generator keeps the sample
    identical whatever NumPy's version.

    Examples
    --------
    >>> rng = random.Random(1)
    >>> draws = [poisson(rng, 50.0) for _ in range(2000)]
    >>> 49 < sum(draws) / len(draws) < 51, poisson(rng, 0.0)
    (True, 0)
    """
    if lam <= 0.0:
        return 0
    if lam < 10.0:
        limit, k, p = math.exp(-lam), 0, rng.random()
        while p > limit:
            k += 1
            p *= rng.random()
        return k
    slam, loglam = math.sqrt(lam), math.log(lam)
    b = 0.931 + 2.53 * slam
    a = -0.059 + 0.02483 * b
    invalpha = 1.1239 + 1.1328 / (b - 3.4)
    vr = 0.9277 - 3.6224 / (b - 2)
    while True:
        u = rng.random() - 0.5
        v = rng.random()
        us = 0.5 - abs(u)
        k = math.floor((2 * a / us + b) * u + lam + 0.43)
        if us >= 0.07 and v <= vr:
            return k
        if k < 0 or (us < 0.013 and v > us):
            continue
        if math.log(v) + math.log(invalpha) - math.log(a / (us * us) + b) <= -lam + k * loglam - math.lgamma(
            k + 1
        ):
            return k


def _loguniform(rng: random.Random, lo: float, hi: float) -> float:
    return math.exp(rng.uniform(math.log(lo), math.log(hi)))


def _movie(
    spec: SynthSpec, movie_id: int, kind: str
) -> tuple[MovieTruth, list[int], list[float], list[float]]:
    rng = random.Random(f"breakouts-synth:{spec.seed}:{movie_id}")
    n = spec.minutes
    base = _loguniform(rng, *(spec.large_range if kind == "large" else spec.rate_range))
    amp = rng.uniform(0.0, spec.wave)
    period = rng.uniform(60.0, 240.0)
    phase = rng.uniform(0.0, 2 * math.pi)
    mult = [1.0 + amp * math.sin(2 * math.pi * t / period + phase) for t in range(n)]
    pop_mult = [1.0] * n
    truth = MovieTruth(movie_id, kind, base)
    if kind == "breakout":
        length = rng.randint(*spec.duration_range)
        start = rng.randint(spec.warmup, n - length - 10)
        lift = rng.uniform(*spec.lift_range)
        jump = rng.uniform(*spec.jump_range) if rng.random() < spec.jump_share else None
        for t in range(start, start + length):
            mult[t] *= lift
            pop_mult[t] = jump or 1.0
        truth = MovieTruth(movie_id, kind, base, start, start + length, lift, jump)
    elif kind == "burst":
        # Sorted uniform offsets in the slack, then 30 minutes between consecutive bursts: any valid
        # placement, drawn without rejection.
        slack = n - 10 - spec.warmup - _BURST_GAP * (spec.bursts - 1)
        offsets = sorted(rng.randint(0, slack) for _ in range(spec.bursts))
        minutes = [spec.warmup + u + _BURST_GAP * i for i, u in enumerate(offsets)]
        for t in minutes:
            mult[t] *= rng.uniform(*spec.burst_range)
        truth = MovieTruth(movie_id, kind, base, burst_minutes=tuple(sorted(minutes)))
    elif kind == "growth":
        g = math.log(rng.uniform(*spec.growth_range)) / n
        mult = [x * math.exp(g * t) for t, x in enumerate(mult)]
    counts = [poisson(rng, base * x * math.exp(rng.gauss(0.0, spec.noise))) for x in mult]
    # Popularity follows the movie's size (a busy movie is a popular one) and is seen through a TMDB
    # snapshot every five minutes, so a jump shows up to four minutes late.
    pop_per_mention = rng.uniform(0.3, 1.5)
    snapshot_every = max(1, 300 // spec.step)
    popularity: list[float] = []
    for t in range(n):
        if t % snapshot_every == 0:
            seen = base * pop_per_mention * (1.0 + amp * 0.5) * pop_mult[t] * math.exp(rng.gauss(0.0, 0.02))
        popularity.append(round(seen, 3))
    bias = rng.uniform(-0.2, 0.5)
    sentiment = [c * max(-1.0, min(1.0, bias + rng.gauss(0.0, 0.1))) for c in counts]
    return truth, counts, popularity, sentiment


def generate(spec: SynthSpec = SynthSpec()) -> SynthSample:
    """Generate a sample.

    Movie ids are 1..N; kinds are shuffled over them by the seed.

    Examples
    --------
    >>> s = generate(SynthSpec(seed=3, minutes=180))
    >>> len(s.counts), sorted({t.kind for t in s.truth.values()}) == sorted(KINDS)
    (80, True)
    >>> b = next(t for t in s.truth.values() if t.kind == "breakout")
    >>> 10 <= b.end - b.start <= 40, 3 <= b.lift <= 10
    (True, True)
    >>> generate(SynthSpec(seed=3, minutes=180)).counts == s.counts
    True
    """
    kinds = (
        ["breakout"] * spec.n_breakout
        + ["burst"] * spec.n_burst
        + ["large"] * spec.n_large
        + ["growth"] * spec.n_growth
        + ["plain"] * spec.n_plain
    )
    random.Random(f"breakouts-synth:{spec.seed}").shuffle(kinds)
    counts, popularity, sentiment, truth = {}, {}, {}, {}
    for movie_id, kind in enumerate(kinds, start=1):
        truth[movie_id], counts[movie_id], popularity[movie_id], sentiment[movie_id] = _movie(
            spec, movie_id, kind
        )
    return SynthSample(spec, counts, popularity, sentiment, truth)


@dataclass(frozen=True)
class Quality:
    """How a detector's starts compare with the truth of a :class:`SynthSample`.

    Attributes
    ----------
    breakouts : int
        True breakouts.
    detected : int
        Of them, flagged within ``max_delay`` windows of their start.
    detected_late : int
        Flagged later than that, before they ended.
    delays : tuple of int
        Windows from true start to flag, per breakout flagged before its end.
    starts : int
        Start events in all.
    true_starts : int
        Starts that were the first flag of a true breakout, during it.
    false_quiet : int
        Starts on movies without a breakout.
    quiet_hours : float
        Movie-hours of the movies without a breakout.
    burst_flags : int
        Starts within a window's length after a burst minute of a burst decoy.
    per_kind : dict
        Kind -> starts on movies of that kind.
    """

    breakouts: int
    detected: int
    detected_late: int
    delays: tuple[int, ...]
    starts: int
    true_starts: int
    false_quiet: int
    quiet_hours: float
    burst_flags: int
    per_kind: dict[str, int]

    @property
    def recall(self) -> float:
        """Share of true breakouts flagged within ``max_delay`` windows of their start."""
        return self.detected / self.breakouts if self.breakouts else math.nan

    @property
    def precision(self) -> float:
        """Share of start events that were the first flag of a true breakout."""
        return self.true_starts / self.starts if self.starts else math.nan

    @property
    def false_per_10h(self) -> float:
        """Starts per 10 movie-hours on movies without a breakout."""
        return 10 * self.false_quiet / self.quiet_hours if self.quiet_hours else math.nan

    @property
    def mean_delay(self) -> float:
        return sum(self.delays) / len(self.delays) if self.delays else math.nan

    @property
    def median_delay(self) -> float:
        d = sorted(self.delays)
        return (d[(len(d) - 1) // 2] + d[len(d) // 2]) / 2 if d else math.nan

    def summary(self) -> str:
        """One line for people.

        Examples
        --------
        >>> Quality(2, 1, 0, (2,), 2, 1, 0, 10.0, 0, {}).summary().split(", ")[:3]
        ['recall@3 0.500 (1/2', 'late 0)', 'precision 0.500 (1/2)']
        """
        return (
            f"recall@3 {self.recall:.3f} ({self.detected}/{self.breakouts}, late {self.detected_late}), "
            f"precision {self.precision:.3f} ({self.true_starts}/{self.starts}), "
            f"delay mean {self.mean_delay:.2f} median {self.median_delay:.1f} "
            f"max {max(self.delays, default=0)}, "
            f"false {self.false_per_10h:.2f} per 10 movie-h "
            f"({self.false_quiet} in {self.quiet_hours:.0f} h), "
            f"burst flags {self.burst_flags}"
        )


def measure(sample: SynthSample, starts: Iterable[tuple[int, float]], max_delay: int = 3) -> Quality:
    """Score start events ``(movie_id, window_end)`` against the sample's truth.

    A breakout is *detected* when the first start on its movie at or after its start minute comes
    before its end; its delay is the flag's minute minus the start minute (the window whose newest
    minute is the first lifted one has delay 0). Any other start is false.

    Examples
    --------
    >>> s = generate(SynthSpec(seed=1, minutes=180))
    >>> b = next(t for t in s.truth.values() if t.kind == "breakout")
    >>> q = measure(s, [(b.movie_id, s.window_end(b.start + 2))])
    >>> q.detected, q.delays, q.true_starts, q.starts
    (1, (2,), 1, 1)
    """
    truth = sample.truth
    hours = sample.spec.minutes / 60
    r = sample.spec.size // sample.spec.step
    matched: set[int] = set()
    delays: list[int] = []
    detected = late = true_starts = false_quiet = burst_flags = n = 0
    per_kind = dict.fromkeys(KINDS, 0)
    for movie_id, window_end in sorted(starts, key=lambda s: (s[1], s[0])):
        n += 1
        t = truth[movie_id]
        minute = sample.minute_of(window_end)
        per_kind[t.kind] += 1
        if t.kind == "breakout":
            assert t.start is not None and t.end is not None
            if movie_id not in matched and t.start <= minute < t.end:
                matched.add(movie_id)
                true_starts += 1
                delays.append(minute - t.start)
                if minute - t.start <= max_delay:
                    detected += 1
                else:
                    late += 1
            continue
        false_quiet += 1
        if t.kind == "burst" and any(0 <= minute - b <= r for b in t.burst_minutes):
            burst_flags += 1
    n_breakouts = sum(t.kind == "breakout" for t in truth.values())
    quiet_hours = hours * (len(truth) - n_breakouts)
    return Quality(
        n_breakouts,
        detected,
        late,
        tuple(delays),
        n,
        true_starts,
        false_quiet,
        quiet_hours,
        burst_flags,
        per_kind,
    )
