"""TMDB poller: trending (and optionally now-playing) movies as snapshots on ``tmdb_stream`` (aiohttp).

Every ``TMDB_FETCH_INTERVAL_S`` the poller reads the first ``TMDB_PAGES`` pages of
``/trending/movie/{TMDB_TRENDING_WINDOW}`` (and of ``/movie/now_playing`` with ``TMDB_NOW_PLAYING``) and
publishes one snapshot per movie, keyed by its TMDB id, all stamped with the poll's start time as
``fetched_at`` (their event time). A movie listed twice in one poll is published once.

Authentication: ``TMDB_READ_TOKEN`` (v4 read access token, sent as ``Authorization: Bearer``) when set,
else ``TMDB_API_KEY`` (v3 key, sent as the ``api_key`` query parameter). The bearer token is preferred
because it keeps the credential out of URLs.

Failures, per request (retries by :mod:`tenacity`, at most ``TMDB_MAX_ATTEMPTS`` tries):

* 429: wait what ``Retry-After`` says (seconds or an HTTP date), then retry.
* 5xx, 408, timeouts (``TMDB_TIMEOUT_S``), network errors, a 200 whose body is not the expected JSON:
  exponential backoff with jitter (``TMDB_BACKOFF_INITIAL_S`` doubling up to ``TMDB_BACKOFF_MAX_S``).
* 401 / 403: :class:`TmdbFatalError` naming the credential variable in use; other 4xx (404 = wrong
  ``TMDB_BASE_URL``) also fatal. Nothing is retried and the command exits non-zero.

A page whose retries run out ends that list for this poll: what was fetched is still published and the
next poll starts on schedule. Credentials never reach logs or error messages (URLs are logged without
their query string and all texts pass through :func:`~trendscope_app.sources.publisher.redact`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import aiohttp
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential_jitter,
)

from trendscope_app.settings import Settings
from trendscope_app.sources.publisher import (
    SOURCE_ERRORS,
    SOURCE_LAST_SUCCESS,
    SOURCE_RECORDS,
    RecordSink,
    SourceConfigError,
    SourceFatalError,
    redact,
)
from trendscope_app.sources.retry import parse_retry_after

__all__ = [
    "PollResult",
    "TmdbClient",
    "TmdbConfig",
    "TmdbError",
    "TmdbFatalError",
    "run_tmdb_poller",
    "snapshot",
]

log = logging.getLogger(__name__)


class TmdbError(RuntimeError):
    """A TMDB request failed after all its tries."""


class TmdbFatalError(SourceFatalError, TmdbError):
    """TMDB refused the request in a way retrying cannot fix (credentials, URL)."""


class _Transient(Exception):
    """One failed try that is worth retrying; ``retry_after`` set for a 429 that said when."""

    def __init__(self, reason: str, kind: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.kind = kind
        self.retry_after = retry_after


@dataclass(frozen=True)
class TmdbConfig:
    """What the poller needs from :class:`~trendscope_app.settings.Settings` (secrets stay SecretStr)."""

    base_url: str
    window: Literal["day", "week"]
    pages: int
    now_playing: bool
    timeout_s: float
    max_attempts: int
    backoff_initial_s: float
    backoff_max_s: float
    api_key: str | None = field(default=None, repr=False)
    read_token: str | None = field(default=None, repr=False)

    @classmethod
    def from_settings(cls, s: Settings) -> TmdbConfig:
        def secret(v: Any) -> str | None:
            return (v.get_secret_value() or None) if v is not None else None

        cfg = cls(
            base_url=s.tmdb_base_url,
            window=s.tmdb_trending_window,
            pages=s.tmdb_pages,
            now_playing=s.tmdb_now_playing,
            timeout_s=s.tmdb_timeout_s,
            max_attempts=s.tmdb_max_attempts,
            backoff_initial_s=s.tmdb_backoff_initial_s,
            backoff_max_s=s.tmdb_backoff_max_s,
            api_key=secret(s.tmdb_api_key),
            read_token=secret(s.tmdb_read_token),
        )
        if cfg.api_key is None and cfg.read_token is None:
            raise SourceConfigError("the TMDB source needs TMDB_READ_TOKEN or TMDB_API_KEY")
        return cfg

    @property
    def credential_var(self) -> str:
        """The environment variable whose credential is sent."""
        return "TMDB_READ_TOKEN" if self.read_token else "TMDB_API_KEY"

    @property
    def secrets(self) -> list[str]:
        return [v for v in (self.api_key, self.read_token) if v]

    @property
    def lists(self) -> list[str]:
        """Paths polled, in order (the first list's data wins for a movie listed twice)."""
        paths = [f"/trending/movie/{self.window}"]
        if self.now_playing:
            paths.append("/movie/now_playing")
        return paths


def snapshot(result: Mapping[str, Any], fetched_at: float) -> dict[str, Any] | None:
    """The ``tmdb_stream`` record of one TMDB movie result, or ``None`` if it is not a usable movie.

    Parameters
    ----------
    result : Mapping
        One element of a TMDB list's ``results``.
    fetched_at : float
        The poll's time (epoch seconds): the snapshot's event time.

    Returns
    -------
    dict or None
        ``id, title, original_title, release_date, popularity, vote_average, vote_count, fetched_at``
        (README: "Input files"); ``None`` for a result without a positive integer id, a title or a popularity,
        or that is not a movie (trending lists can mix media types).

    Examples
    --------
    >>> snapshot({"id": 693134, "title": "Dune: Part Two", "original_title": "Dune: Part Two",
    ...           "release_date": "2024-02-27", "popularity": 281.4, "vote_average": 8.2,
    ...           "vote_count": 5012, "media_type": "movie"}, 1714000000.0)  # doctest: +NORMALIZE_WHITESPACE
    {'id': 693134, 'title': 'Dune: Part Two', 'original_title': 'Dune: Part Two',
     'release_date': '2024-02-27', 'popularity': 281.4, 'vote_average': 8.2, 'vote_count': 5012,
     'fetched_at': 1714000000.0}
    >>> snapshot({"id": 1, "name": "A TV show", "media_type": "tv", "popularity": 3.0}, 0.0) is None
    True
    """
    if result.get("media_type", "movie") != "movie":
        return None
    movie_id, title, popularity = result.get("id"), result.get("title"), result.get("popularity")
    if isinstance(movie_id, bool) or not isinstance(movie_id, int) or movie_id < 1:
        return None
    if not isinstance(title, str) or not title.strip():
        return None
    if isinstance(popularity, bool) or not isinstance(popularity, int | float) or not popularity >= 0:
        return None
    vote_average = result.get("vote_average")
    if isinstance(vote_average, bool) or not isinstance(vote_average, int | float):
        vote_average = 0.0
    vote_count = result.get("vote_count")
    if isinstance(vote_count, bool) or not isinstance(vote_count, int) or vote_count < 0:
        vote_count = 0
    original = result.get("original_title")
    release = result.get("release_date")
    return {
        "id": movie_id,
        "title": title,
        "original_title": original if isinstance(original, str) and original else None,
        "release_date": release if isinstance(release, str) and release else None,
        "popularity": float(popularity),
        "vote_average": min(max(float(vote_average), 0.0), 10.0),
        "vote_count": vote_count,
        "fetched_at": float(fetched_at),
    }


@dataclass
class PollResult:
    """One poll.

    Attributes
    ----------
    fetched_at : float
        Poll start (epoch seconds), the ``fetched_at`` of every snapshot.
    snapshots : list of dict
        One per movie, in list order.
    pages : int
        Pages read successfully.
    skipped : int
        Results that were not usable movies.
    errors : list of str
        One message per list cut short by a failed page (credential-free).
    """

    fetched_at: float
    snapshots: list[dict[str, Any]] = field(default_factory=list)
    pages: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.errors


class TmdbClient:
    """Fetches TMDB lists with retries.

    Parameters
    ----------
    cfg : TmdbConfig
        Endpoint, credentials and retry policy.
    session : aiohttp.ClientSession or None
        A session to use (not closed here); ``None`` opens one for the ``async with`` block.

    Attributes
    ----------
    retries : list of tuple
        ``(kind, reason, wait_s)`` of every retry scheduled so far (kinds: ``rate_limited``, ``server``,
        ``timeout``, ``network``, ``malformed``).
    """

    def __init__(self, cfg: TmdbConfig, session: aiohttp.ClientSession | None = None) -> None:
        self.cfg = cfg
        self._session = session
        self._own_session = session is None
        self._backoff = wait_exponential_jitter(
            multiplier=cfg.backoff_initial_s, max=cfg.backoff_max_s, jitter=cfg.backoff_initial_s
        )
        self.retries: list[tuple[str, str, float]] = []

    async def __aenter__(self) -> TmdbClient:
        if self._session is None:
            self._session = aiohttp.ClientSession(headers={"Accept": "application/json"})
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._own_session and self._session is not None:
            await self._session.close()
            self._session = None

    def _redact(self, text: str) -> str:
        return redact(text, self.cfg.secrets)

    async def _get_once(self, path: str, page: int) -> dict[str, Any]:
        cfg = self.cfg
        assert self._session is not None, "use TmdbClient in 'async with'"
        params = {"page": str(page)}
        headers = {}
        if cfg.read_token:
            headers["Authorization"] = f"Bearer {cfg.read_token}"
        else:
            params["api_key"] = cfg.api_key or ""
        try:
            async with self._session.get(
                cfg.base_url + path,
                params=params,
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=cfg.timeout_s),
                allow_redirects=False,
            ) as resp:
                status = resp.status
                retry_after = resp.headers.get("Retry-After")
                body = await resp.read()
        except TimeoutError:
            raise _Transient(f"no answer within {cfg.timeout_s:g} s", "timeout") from None
        except aiohttp.ClientError as err:
            raise _Transient(
                f"network error: {type(err).__name__}: {self._redact(str(err))}", "network"
            ) from None
        if status == 200:
            try:
                data = json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError) as err:
                raise _Transient(f"malformed JSON ({err.__class__.__name__}: {err})", "malformed") from None
            if not isinstance(data, dict) or not isinstance(data.get("results"), list):
                raise _Transient("JSON without a 'results' list", "malformed")
            return data
        message = self._status_message(body)
        if status == 429:
            wait = parse_retry_after(retry_after)
            raise _Transient(f"HTTP 429 rate limited{message}", "rate_limited", wait)
        if status >= 500 or status == 408:
            raise _Transient(f"HTTP {status}{message}", "server")
        if status in (401, 403):
            raise TmdbFatalError(
                f"TMDB rejected the credential in {cfg.credential_var} (HTTP {status}{message}); "
                f"set a valid {cfg.credential_var}"
            )
        if status == 404:
            raise TmdbFatalError(
                f"TMDB has no {path} (HTTP 404{message}); check TMDB_BASE_URL ({cfg.base_url})"
            )
        raise TmdbFatalError(f"TMDB answered HTTP {status} for {path}{message}")

    def _status_message(self, body: bytes) -> str:
        # TMDB explains errors as {"status_code": 7, "status_message": "Invalid API key: ..."}.
        try:
            text = json.loads(body).get("status_message")
        except (ValueError, AttributeError, UnicodeDecodeError):
            return ""
        return f": {self._redact(str(text))[:200]}" if text else ""

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Transient) and exc.retry_after is not None:
            return exc.retry_after
        return self._backoff(state)

    async def get(self, path: str, page: int) -> dict[str, Any]:
        """One page of a TMDB list (``path`` relative to the base URL), retried per the module's policy.

        Raises
        ------
        TmdbError
            When every try failed (the message says why the last one did).
        TmdbFatalError
            On 401/403/404 and other client errors (no retry).
        """

        def before_sleep(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            wait = state.next_action.sleep if state.next_action else 0.0
            kind = exc.kind if isinstance(exc, _Transient) else "other"
            self.retries.append((kind, str(exc), wait))
            log.warning(
                "TMDB %s page %d: %s; try %d of %d in %.2f s",
                path,
                page,
                exc,
                state.attempt_number + 1,
                self.cfg.max_attempts,
                wait,
            )

        def after_failure(state: RetryCallState) -> None:
            exc = state.outcome.exception() if state.outcome else None
            if isinstance(exc, _Transient):
                SOURCE_ERRORS.labels(source="tmdb", kind=exc.kind).inc()

        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.cfg.max_attempts),
            wait=self._wait,
            retry=retry_if_exception_type(_Transient),
            before_sleep=before_sleep,
            after=after_failure,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    return await self._get_once(path, page)
        except _Transient as exc:
            raise TmdbError(
                f"TMDB {path} page {page}: gave up after {self.cfg.max_attempts} tries; last: {exc}"
            ) from None
        except TmdbFatalError:
            SOURCE_ERRORS.labels(source="tmdb", kind="fatal").inc()
            raise
        raise AssertionError("unreachable")  # pragma: no cover

    async def poll(self, fetched_at: float | None = None) -> PollResult:
        """Read every configured list and page once; one snapshot per movie.

        Parameters
        ----------
        fetched_at : float or None
            The snapshots' time; default: now.

        Returns
        -------
        PollResult
            Snapshots of the pages that could be read, and what could not.
        """
        result = PollResult(time.time() if fetched_at is None else fetched_at)
        seen: set[int] = set()
        for path in self.cfg.lists:
            for page in range(1, self.cfg.pages + 1):
                try:
                    data = await self.get(path, page)
                except TmdbFatalError:
                    raise
                except TmdbError as err:
                    result.errors.append(str(err))
                    log.error("%s", err)
                    break
                result.pages += 1
                for item in data["results"]:
                    snap = snapshot(item, result.fetched_at) if isinstance(item, Mapping) else None
                    if snap is None:
                        result.skipped += 1
                    elif snap["id"] not in seen:
                        seen.add(snap["id"])
                        result.snapshots.append(snap)
                total = data.get("total_pages")
                if isinstance(total, int) and not isinstance(total, bool) and page >= total:
                    break
        return result


async def run_tmdb_poller(
    settings: Settings,
    sink: RecordSink,
    *,
    once: bool = False,
    on_poll: Callable[[PollResult], Awaitable[None]] | None = None,
    session: aiohttp.ClientSession | None = None,
) -> PollResult | None:
    """Poll TMDB every ``TMDB_FETCH_INTERVAL_S`` and publish the snapshots to ``TMDB_TOPIC``.

    Runs until cancelled (or, with ``once``, returns the first poll). Polls start on a fixed schedule
    counted from the first one; a poll that overruns the interval is followed at once by the next.

    Parameters
    ----------
    settings : Settings
        ``TMDB_*`` settings and credentials.
    sink : RecordSink
        Where snapshots go (:class:`~trendscope_app.sources.publisher.Publisher`); flushed after each poll.
    once : bool
        Poll once and return its result.
    on_poll : async callable or None
        Awaited after each poll's snapshots are acknowledged.
    session : aiohttp.ClientSession or None
        HTTP session to use (default: one of its own).

    Raises
    ------
    SourceConfigError
        Without TMDB credentials.
    TmdbFatalError
        When TMDB rejects the credentials or the URL.
    """
    cfg = TmdbConfig.from_settings(settings)
    loop = asyncio.get_running_loop()
    log.info(
        "TMDB source: %s, %d page(s)%s every %g s from %s",
        cfg.lists[0],
        cfg.pages,
        " + now playing" if cfg.now_playing else "",
        settings.tmdb_fetch_interval_s,
        cfg.base_url,
    )
    async with TmdbClient(cfg, session) as client:
        next_at = loop.time()
        while True:
            result = await client.poll()
            for snap in result.snapshots:
                await sink.send(settings.tmdb_topic, snap["id"], snap)
            await sink.flush()
            SOURCE_RECORDS.labels(source="tmdb").inc(len(result.snapshots))
            if result.complete:
                SOURCE_LAST_SUCCESS.labels(source="tmdb").set(time.time())
            log.info(
                "TMDB poll: %d movies from %d page(s)%s",
                len(result.snapshots),
                result.pages,
                f", {len(result.errors)} list(s) cut short" if result.errors else "",
            )
            if on_poll is not None:
                await on_poll(result)
            if once:
                return result
            next_at += settings.tmdb_fetch_interval_s
            await asyncio.sleep(max(0.0, next_at - loop.time()))
            # After an overrun the schedule restarts from now instead of firing the missed polls.
            next_at = max(next_at, loop.time())
