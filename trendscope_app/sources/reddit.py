"""Reddit stream: new comments (and optionally posts) of ``REDDIT_SUBREDDITS`` on ``reddit_stream``.

Built on asyncpraw's own stream (:meth:`asyncpraw.models.reddit.subreddit.SubredditStream.comments`), with
read-only application credentials (``REDDIT_CLIENT_ID`` / ``REDDIT_CLIENT_SECRET``, the
``client_credentials`` grant). Every request goes through asyncprawcore's rate limiter, which paces
requests from Reddit's ``x-ratelimit-*`` headers; this module never bypasses it. The endpoints are
asyncpraw's real configuration options (``oauth_url`` = ``REDDIT_OAUTH_URL``, ``reddit_url`` =
``REDDIT_URL``), which is how tests point it at a local server.

Records (README: "Input files"): a comment is ``{id, body, created_utc, score, subreddit, author, permalink}``
keyed by its id; a post (``REDDIT_SUBMISSIONS``) is the same with ``body`` = title + blank line +
selftext and id ``t3_<id>`` (so it cannot collide with a comment id).

Exactly-once across restarts, as far as the broker is concerned: a record counts as sent only when the
broker acknowledged it; then its id joins a bounded set of published ids and the newest published item
becomes the stream's resume point, both saved atomically in a small JSON state file
(``REDDIT_STATE_FILE``, default ``DATA_DIR/reddit_source_state.json``). On restart the stream resumes
after that item and skips any id in the set (the resume point may have been deleted, in which case
asyncpraw re-reads the newest listing page).

Failures: network errors, timeouts, 5xx (after asyncprawcore's own two retries), 429 and unreadable
responses restart the stream after an exponential backoff with jitter (``REDDIT_BACKOFF_INITIAL_S`` up to
``REDDIT_BACKOFF_MAX_S``; a 429's ``Retry-After`` when longer). Rejected credentials and unknown,
private or banned subreddits raise :class:`RedditFatalError`, naming the setting to fix.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import tempfile
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import asyncpraw
import asyncprawcore
from asyncprawcore import exceptions as prawcore_exc
from asyncprawcore.const import ACCESS_TOKEN_PATH

from trendscope_app.settings import Settings
from trendscope_app.sources.publisher import (
    SOURCE_ERRORS,
    SOURCE_LAST_SUCCESS,
    SOURCE_RECORDS,
    RecordSink,
    SourceConfigError,
    SourceFatalError,
    redact,
    secret_values,
)
from trendscope_app.sources.reddit_records import comment_record, submission_record
from trendscope_app.sources.retry import Backoff, parse_retry_after

__all__ = [
    "RedditFatalError",
    "RedditSource",
    "RedditState",
    "make_reddit",
    "run_reddit_stream",
]

log = logging.getLogger(__name__)

_CREDENTIALS = "REDDIT_CLIENT_ID / REDDIT_CLIENT_SECRET"


class RedditFatalError(SourceFatalError):
    """Reddit refused in a way retrying cannot fix (credentials, subreddit names, URL)."""


# -- state ---------------------------------------------------------------------------------------------
@dataclass
class RedditState:
    """What has been published, persisted so a restart does not publish it again.

    Attributes
    ----------
    path : Path
        The JSON file.
    max_seen : int
        Published ids remembered (oldest forgotten first). A listing page holds at most 100 items, so
        anything well above that covers every item a restarted stream can see again.
    newest : dict
        Stream kind (``comments``/``submissions``) -> fullname of its newest published item.
    seen : OrderedDict
        Published record ids, oldest first.
    """

    path: Path
    max_seen: int = 1000
    newest: dict[str, str] = field(default_factory=dict)
    seen: OrderedDict[str, None] = field(default_factory=OrderedDict)

    @classmethod
    def load(cls, path: Path, max_seen: int = 1000) -> RedditState:
        """Read the state file; a missing file is an empty state, an unreadable one is set aside.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "s.json"
        >>> s = RedditState.load(p, max_seen=2)
        >>> for i in ("a", "b", "c"):
        ...     s.add(i)
        >>> s.newest["comments"] = "t1_c"
        >>> s.save()
        >>> t = RedditState.load(p, max_seen=2)
        >>> list(t.seen), t.newest, "a" in t, "c" in t
        (['b', 'c'], {'comments': 't1_c'}, False, True)
        """
        state = cls(Path(path), max_seen)
        try:
            data = json.loads(state.path.read_text())
            newest = {str(k): str(v) for k, v in data.get("newest", {}).items()}
            seen = [str(i) for i in data.get("seen", [])]
        except FileNotFoundError:
            return state
        except (OSError, ValueError, AttributeError, TypeError) as err:
            aside = state.path.with_suffix(state.path.suffix + ".corrupt")
            log.warning("Reddit state %s unreadable (%s); moved to %s, starting fresh", path, err, aside)
            with contextlib.suppress(OSError):
                os.replace(state.path, aside)
            return state
        state.newest = newest
        for record_id in seen:
            state.add(record_id)
        return state

    def __contains__(self, record_id: object) -> bool:
        return record_id in self.seen

    def add(self, record_id: str) -> None:
        self.seen[record_id] = None
        self.seen.move_to_end(record_id)
        while len(self.seen) > self.max_seen:
            self.seen.popitem(last=False)

    def save(self) -> None:
        """Write atomically (temporary file + rename), so a crash leaves the old or the new state."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"newest": self.newest, "seen": list(self.seen)}, separators=(",", ":"))
        fd, tmp = tempfile.mkstemp(prefix=self.path.name, suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


# -- the client ----------------------------------------------------------------------------------------
class _Requestor(asyncprawcore.Requestor):
    """asyncprawcore's requestor with ``REDDIT_TIMEOUT_S`` as the longest any request may take.

    asyncprawcore sends every API request with its own timeout (16 s, or ``PRAWCORE_TIMEOUT`` read at
    import), ignoring the requestor's; asyncpraw's ``requestor_class`` option is the documented way to
    change how requests are made.
    """

    def request(self, *args: Any, timeout: float | None = None, **kwargs: Any) -> Any:
        bound = self.timeout if timeout is None else min(timeout, self.timeout)
        return super().request(*args, timeout=bound, **kwargs)


def make_reddit(settings: Settings) -> asyncpraw.Reddit:
    """A read-only asyncpraw client configured from ``settings`` (nothing read from praw.ini/env).

    Raises
    ------
    SourceConfigError
        Without ``REDDIT_CLIENT_ID`` and ``REDDIT_CLIENT_SECRET``.
    """
    if not settings.reddit_enabled:
        raise SourceConfigError(f"the Reddit source needs {_CREDENTIALS}")
    assert settings.reddit_client_id is not None and settings.reddit_client_secret is not None
    return asyncpraw.Reddit(
        client_id=settings.reddit_client_id.get_secret_value(),
        client_secret=settings.reddit_client_secret.get_secret_value(),
        user_agent=settings.reddit_user_agent,
        oauth_url=settings.reddit_oauth_url,
        reddit_url=settings.reddit_url,
        # Explicit Nones keep praw_* environment variables or a praw.ini from turning this into a
        # user-authorised (script) client: the source only ever reads.
        username=None,
        password=None,
        refresh_token=None,
        redirect_uri=None,
        check_for_updates=False,
        requestor_class=_Requestor,
        requestor_kwargs={"timeout": settings.reddit_timeout_s},
    )


class _UnexpectedResponse(Exception):
    """A listing asyncpraw could not make sense of (valid JSON of an unexpected shape)."""


async def _guarded(items: AsyncIterator[Any]) -> AsyncIterator[Any]:
    # asyncpraw turns a JSON body of the wrong shape into ValueError/KeyError/TypeError/AttributeError;
    # only those raised while *fetching* are a bad response (the same errors in our code are bugs).
    iterator = aiter(items)
    while True:
        try:
            item = await anext(iterator)
        except StopAsyncIteration:
            return
        except (ValueError, KeyError, TypeError, AttributeError) as err:
            raise _UnexpectedResponse(f"{type(err).__name__}: {err}") from None
        yield item


def _classify(err: BaseException, settings: Settings) -> tuple[str, float | None] | RedditFatalError:
    """``(kind, retry_after)`` for a transient failure, or the fatal error to raise instead."""
    if isinstance(err, _UnexpectedResponse):
        return "malformed", None
    if isinstance(err, prawcore_exc.TooManyRequests):
        return "rate_limited", parse_retry_after(err.retry_after)
    if isinstance(err, prawcore_exc.BadJSON):
        return "malformed", None
    if isinstance(err, prawcore_exc.ServerError):
        return "server", None
    if isinstance(err, prawcore_exc.RequestException):
        original = err.original_exception
        return ("timeout" if isinstance(original, TimeoutError) else "network"), None
    subs = settings.reddit_subreddits
    if isinstance(err, prawcore_exc.OAuthException | prawcore_exc.InvalidToken):
        return RedditFatalError(f"Reddit rejected the app credentials {_CREDENTIALS} ({err})")
    if isinstance(err, prawcore_exc.ResponseException):
        # The token endpoint's failures arrive as plain ResponseExceptions, whatever the status.
        status = err.response.status
        if status >= 500 or status == 408:
            return "server", None
        if status == 429:
            return "rate_limited", parse_retry_after(err.response.headers.get("retry-after"))
        token_url = str(err.response.url).endswith(ACCESS_TOKEN_PATH)
        if token_url or status == 401:
            return RedditFatalError(
                f"Reddit rejected the app credentials {_CREDENTIALS} (HTTP {status} from "
                f"{'the token endpoint' if token_url else 'the API'}); use the id and secret of a "
                "'script' or 'web' app"
            )
        if isinstance(err, prawcore_exc.Redirect | prawcore_exc.NotFound):
            return RedditFatalError(
                f"Reddit has no r/{subs} (HTTP {status}); check REDDIT_SUBREDDITS and REDDIT_OAUTH_URL"
            )
        if isinstance(err, prawcore_exc.Forbidden):
            return RedditFatalError(
                f"Reddit refused r/{subs} (HTTP 403: private, quarantined or banned?); "
                "check REDDIT_SUBREDDITS"
            )
        return RedditFatalError(f"Reddit answered HTTP {status} for r/{subs}")
    return RedditFatalError(f"Reddit client error: {type(err).__name__}: {err}")


@dataclass
class _Kind:
    name: str
    stream: Callable[..., AsyncIterator[Any]]
    convert: Callable[[Any], dict[str, Any] | None]
    pending: list[str] = field(default_factory=list)
    newest: str | None = None


class RedditSource:
    """The comment (and post) streams of one asyncpraw client, publishing into a sink.

    Parameters
    ----------
    settings : Settings
        ``REDDIT_*`` settings and credentials.
    sink : RecordSink
        Where records go (:class:`~trendscope_app.sources.publisher.Publisher`).

    Attributes
    ----------
    state : RedditState
        Published ids and resume points (saved after every acknowledged batch).
    reconnects : list of tuple
        ``(stream kind, failure kind, wait_s)`` of every stream restart so far.
    published, skipped : int
        Records published (acknowledged) and items skipped as unusable.
    """

    def __init__(self, settings: Settings, sink: RecordSink) -> None:
        self.s = settings
        self.sink = sink
        self.state = RedditState.load(settings.reddit_state_path, settings.reddit_seen_max)
        self.reconnects: list[tuple[str, str, float]] = []
        self.published = 0
        self.skipped = 0
        self._secrets = secret_values(settings)
        self._commit_lock = asyncio.Lock()

    async def run(self) -> None:
        """Stream until cancelled; on the way out, whatever was sent is flushed and remembered."""
        s = self.s
        async with make_reddit(s) as reddit:
            subreddit = await reddit.subreddit(s.reddit_subreddits)  # lazy: no request until streaming
            kinds = [_Kind("comments", subreddit.stream.comments, comment_record)]
            if s.reddit_submissions:
                kinds.append(_Kind("submissions", subreddit.stream.submissions, submission_record))
            log.info(
                "Reddit source: r/%s %s from %s (resuming after %s)",
                s.reddit_subreddits,
                " + ".join(k.name for k in kinds),
                s.reddit_oauth_url,
                self.state.newest or "nothing",
            )
            tasks = [asyncio.create_task(self._stream(k), name=f"reddit-{k.name}") for k in kinds]
            summary = asyncio.create_task(self._summarise(), name="reddit-summary")
            try:
                done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
                for task in done:
                    task.result()
            finally:
                for task in [*tasks, summary]:
                    task.cancel()
                await asyncio.gather(*tasks, summary, return_exceptions=True)
                # Records handed to the producer before a stop are still worth remembering once acked.
                await asyncio.shield(self._commit_all(kinds))

    async def _commit_all(self, kinds: list[_Kind]) -> None:
        for kind in kinds:
            if kind.pending:
                try:
                    await self._commit(kind)
                except Exception as err:  # not acknowledged: leave them unremembered, resend next time
                    log.warning("Reddit %s: last records not acknowledged: %s", kind.name, err)

    async def _commit(self, kind: _Kind) -> None:
        async with self._commit_lock:
            await self.sink.flush()
            for record_id in kind.pending:
                self.state.add(record_id)
            if kind.newest is not None:
                self.state.newest[kind.name] = kind.newest
            await asyncio.to_thread(self.state.save)
            SOURCE_RECORDS.labels(source="reddit").inc(len(kind.pending))
            self.published += len(kind.pending)
            kind.pending = []

    async def _summarise(self, every_s: float = 60.0) -> None:
        """One line a minute, so a quiet log still shows the source is alive and how much it publishes."""
        last = self.published
        while True:
            await asyncio.sleep(every_s)
            log.info(
                "Reddit source: %d records published in the last %.0f s (%d in all), %d skipped",
                self.published - last,
                every_s,
                self.published,
                self.skipped,
            )
            last = self.published

    async def _stream(self, kind: _Kind) -> None:
        s = self.s
        reconnect = Backoff(s.reddit_backoff_initial_s, s.reddit_backoff_max_s)
        idle = Backoff(s.reddit_poll_min_s, s.reddit_poll_max_s)
        while True:
            try:
                # pause_after=-1: asyncpraw yields None after each listing response, which is where a
                # batch is flushed and remembered, and where this loop (not asyncpraw) decides how long to
                # wait before polling again.
                items = kind.stream(continue_after_id=self.state.newest.get(kind.name), pause_after=-1)
                async for item in _guarded(items):
                    if item is None:
                        reconnect.reset()
                        SOURCE_LAST_SUCCESS.labels(source="reddit").set(time.time())
                        if kind.pending:
                            await self._commit(kind)
                            idle.reset()
                        else:
                            await asyncio.sleep(idle.next())
                        continue
                    kind.newest = item.fullname
                    record = kind.convert(item)
                    if record is None:
                        self.skipped += 1
                        continue
                    if record["id"] in self.state or record["id"] in kind.pending:
                        continue
                    await self.sink.send(s.reddit_topic, record["id"], record)
                    kind.pending.append(record["id"])
            except (
                _UnexpectedResponse,
                prawcore_exc.RequestException,  # network errors, timeouts (after asyncprawcore's retries)
                prawcore_exc.ResponseException,
                prawcore_exc.OAuthException,
            ) as err:
                verdict = _classify(err, s)
                if isinstance(verdict, RedditFatalError):
                    SOURCE_ERRORS.labels(source="reddit", kind="fatal").inc()
                    raise verdict from None
                failure, retry_after = verdict
                SOURCE_ERRORS.labels(source="reddit", kind=failure).inc()
                wait = reconnect.next()
                if retry_after is not None:
                    wait = max(wait, retry_after)
                self.reconnects.append((kind.name, failure, wait))
                log.warning(
                    "Reddit %s stream: %s (%s); reconnecting in %.2f s",
                    kind.name,
                    failure,
                    redact(f"{type(err).__name__}: {err}", self._secrets),
                    wait,
                )
                # Anything sent but not yet remembered is flushed first, so the restarted stream (which
                # resumes after the newest remembered item) sees it as published.
                if kind.pending:
                    await self._commit(kind)
                await asyncio.sleep(wait)


async def run_reddit_stream(
    settings: Settings,
    sink: RecordSink,
    *,
    on_start: Callable[[RedditSource], Awaitable[None]] | None = None,
) -> None:
    """Stream ``REDDIT_SUBREDDITS`` into ``REDDIT_TOPIC`` until cancelled (see :class:`RedditSource`).

    Raises
    ------
    SourceConfigError
        Without Reddit credentials.
    RedditFatalError
        When Reddit rejects the credentials or the subreddits.
    """
    if not settings.reddit_enabled:
        raise SourceConfigError(f"the Reddit source needs {_CREDENTIALS}")
    source = RedditSource(settings, sink)
    if on_start is not None:
        await on_start(source)
    await source.run()
