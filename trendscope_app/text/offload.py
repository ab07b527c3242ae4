"""Matching and sentiment on a process of their own, beside the worker's event loop.

A worker's event loop runs every stage: reading, matching, VADER, the windows, the forecasts, the lookup
rows. Matching and VADER are more than half of it, and the loop can use one core only. A
:class:`TextProcess` runs them in one child process (``spawn``, so the child holds no copy of the
worker's broker connections or threads): the worker hands it the bodies of a comment batch and, while
the child scores them, goes on with the later stages of earlier batches.

The child computes exactly what the worker would: the same :class:`~trendscope_app.text.matcher.TitleMatcher`
(built from the catalogue the worker sends whenever it changed) and the same
:func:`~trendscope_app.text.sentiment.compound`. What the child counts (rejected hits, truncated texts)
comes back with each answer and is counted in the worker's metrics.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import signal
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from prometheus_client import Counter

from trendscope_app.metrics import MATCH_TRUNCATED, SENTIMENT_TRUNCATED
from trendscope_app.text.matcher import TitleMatcher
from trendscope_app.text.sentiment import compound, mask_titles

__all__ = ["BrokenProcessPool", "Catalogue", "Scored", "TextProcess", "match_texts", "score_texts"]

#: Titles and release years by movie id, as :class:`TitleMatcher` takes them.
Catalogue = tuple[dict[int, list[str]], dict[int, int | None]]


@dataclass
class Scored:
    """The child's answer for one list of texts.

    ``hits`` holds ``(index, movie_ids, sentiment)`` for each text that mentions a movie, in order.
    """

    hits: list[tuple[int, tuple[int, ...], float]] = field(default_factory=list)
    #: Rejected hits by reason (the matcher's ``rejected``), to count in the worker's metrics.
    rejected: dict[str, int] = field(default_factory=dict)
    #: Texts cut by the matcher's and by the scorer's length caps, in the child (in the worker itself,
    #: the metrics count them as they happen).
    match_truncated: int = 0
    sentiment_truncated: int = 0


def match_texts(
    matcher: TitleMatcher, texts: Sequence[tuple[str, str | None]], mask: bool
) -> tuple[list[tuple[int, tuple[int, ...], str]], dict[str, int]]:
    """The texts that mention a movie, as ``(index, movie_ids, text to score)``, and the rejected hits
    by reason (taken from ``matcher.rejected``, which is emptied).

    With ``mask``, the text to score has the titles' words masked (``SENTIMENT_TITLES=mask``).
    """
    found: list[tuple[int, tuple[int, ...], str]] = []
    if mask:
        for i, (body, sub) in enumerate(texts):
            ids, spans = matcher.match_spans(body, sub)
            if ids:
                found.append((i, ids, mask_titles(body, spans)))
    else:
        match = matcher.match
        found = [(i, ids, body) for i, (body, sub) in enumerate(texts) if (ids := match(body, sub))]
    rejected = dict(matcher.rejected)
    matcher.rejected.clear()
    return found, rejected


def score_texts(matcher: TitleMatcher, texts: Sequence[tuple[str, str | None]], mask: bool) -> Scored:
    """Match ``(body, subreddit)`` texts and score the sentiment of those that mention a movie.

    One pass per step: each step's code and tables (the title automaton, VADER's lexicon) stay in the
    CPU caches for the whole pass.

    Examples
    --------
    >>> m = TitleMatcher({1: "Poor Things", 2: "Wicked"})
    >>> s = score_texts(m, [("loved Poor Things so much", None), ("nothing here", None)], mask=False)
    >>> [(i, ids, sentiment > 0) for i, ids, sentiment in s.hits]
    [(0, (1,), True)]
    """
    found, rejected = match_texts(matcher, texts, mask)
    return Scored([(i, ids, compound(text)) for i, ids, text in found], rejected)


def _count(counter: Counter) -> float:
    """A counter's value in this process."""
    return next(s.value for m in counter.collect() for s in m.samples if s.name.endswith("_total"))


# -- the child ---------------------------------------------------------------------------------------
_matcher: TitleMatcher | None = None
_version: int | None = None


class StaleCatalogue(Exception):
    """The child was asked to match with a catalogue it does not hold (it was restarted)."""


def _start_child() -> None:
    # Ctrl-C reaches the whole process group: the worker stops itself, and then this process.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent()
    from trendscope_app.text.aliases import load_word_frequencies

    load_word_frequencies()
    compound("warming up :)")


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the worker dies (a ``kill -9`` leaves no time to stop it)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        pr_set_pdeathsig = 1
        libc.prctl(pr_set_pdeathsig, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the pool's pipe closing stops the child instead
        pass
    if os.getppid() == 1:  # the worker died before the request took effect
        os._exit(0)


def _child_score(
    version: int, catalogue: Catalogue | None, texts: list[tuple[str, str | None]], mask: bool
) -> Scored:
    global _matcher, _version
    if catalogue is not None:
        _matcher = TitleMatcher(*catalogue)
        _version = version
    elif _matcher is None or _version != version:
        raise StaleCatalogue(version)
    # Counted in this process's registry, which nobody reads: the worker counts them in its own.
    before = _count(MATCH_TRUNCATED), _count(SENTIMENT_TRUNCATED)
    scored = score_texts(_matcher, texts, mask)
    scored.match_truncated = int(_count(MATCH_TRUNCATED) - before[0])
    scored.sentiment_truncated = int(_count(SENTIMENT_TRUNCATED) - before[1])
    return scored


def _child_build(version: int, catalogue: Catalogue) -> None:
    _child_score(version, catalogue, [], False)


# -- the worker's side -------------------------------------------------------------------------------
class TextProcess:
    """One child process that matches and scores comment texts for a worker.

    Answers come in the order the questions were asked (one child, one queue). If the child dies, the
    questions waiting for it raise :class:`BrokenProcessPool` and the next one starts a new child.
    """

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        #: The catalogue version the child holds (or will, once the questions sent before it are answered).
        self._sent: int | None = None

    def start(self) -> None:
        """Start the child (it loads the scorer and the word frequencies while the worker starts)."""
        if self._pool is None:
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"), initializer=_start_child
            )
            self._sent = None
            # The pool starts its process for the first task: this one, so that it starts now.
            self._pool.submit(int)

    def build(self, version: int, catalogue: Catalogue) -> None:
        """Have the child build the matcher for ``catalogue`` now, before the first comments ask for it.

        Never raises: a child found dead is replaced once, and if the build fails after all, the first
        question sends the catalogue again (its failure is the question's to report).
        """
        for _ in range(2):
            self.start()
            assert self._pool is not None
            try:
                self._pool.submit(_child_build, version, catalogue)
            except BrokenProcessPool:
                self._drop(self._pool)
                continue
            self._sent = version
            return

    async def score(
        self,
        version: int,
        catalogue: Catalogue,
        texts: list[tuple[str, str | None]],
        mask: bool,
    ) -> Scored:
        """Match and score ``texts`` with the matcher of ``catalogue`` (numbered ``version``)."""
        self.start()
        pool = self._pool
        assert pool is not None
        send = catalogue if self._sent != version else None
        self._sent = version
        try:
            return await asyncio.wrap_future(pool.submit(_child_score, version, send, texts, mask))
        except BrokenProcessPool:
            self._drop(pool)
            raise
        except StaleCatalogue as exc:  # cannot happen while questions go in order; start afresh if it does
            self._drop(pool)
            raise BrokenProcessPool(f"the text process lost catalogue {version}") from exc

    def _drop(self, pool: ProcessPoolExecutor) -> None:
        """Stop ``pool`` if it is still the current one: a question that failed with it may be answered
        after the next question started a new one, which must be left alone."""
        if self._pool is pool:
            self.stop()

    def stop(self) -> None:
        """Stop the child without waiting for it (questions still queued are dropped)."""
        pool, self._pool, self._sent = self._pool, None, None
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
