"""Shared plumbing of the live sources: the Kafka publisher, secret redaction and source metrics.

Records go to the input topics exactly as the replay tool sends them (key = JSON-encoded record id via
:func:`~trendscope_app.sources.replay.encode_key`, value = compact JSON), so the worker cannot tell a live
record from a replayed one. Topics are created with the configured partition count before the first send
(:func:`open_publisher`), because Tansu would otherwise auto-create them with 4.

Sources hand records to a :class:`RecordSink` and call :meth:`RecordSink.flush` when they need to know
the broker has them (the Reddit stream remembers a comment as sent only after that).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaError
from prometheus_client import Counter, Gauge
from pydantic import SecretStr

from trendscope_app.metrics import REGISTRY
from trendscope_app.settings import Settings
from trendscope_app.sources.jsonl import dumps_compact
from trendscope_app.sources.replay import encode_key

__all__ = [
    "SOURCE_ERRORS",
    "SOURCE_LAST_SUCCESS",
    "SOURCE_RECORDS",
    "SOURCE_STARTED",
    "PublishError",
    "Publisher",
    "RecordSink",
    "RedactingFilter",
    "SourceConfigError",
    "SourceFatalError",
    "install_redaction",
    "open_publisher",
    "redact",
    "secret_values",
]

log = logging.getLogger(__name__)

SOURCE_RECORDS = Counter(
    "trendscope_source_records_total", "Records published by the live sources", ["source"], registry=REGISTRY
)
SOURCE_ERRORS = Counter(
    "trendscope_source_errors_total",
    "Failed requests of the live sources (each retry counts), by kind of failure",
    ["source", "kind"],
    registry=REGISTRY,
)
SOURCE_LAST_SUCCESS = Gauge(
    "trendscope_source_last_success_seconds",
    "Wall time (epoch s) of the last complete poll or stream response",
    ["source"],
    registry=REGISTRY,
)
SOURCE_STARTED = Gauge(
    "trendscope_source_started_seconds",
    "Wall time (epoch s) the source command started (the alerts count a source that never succeeded from it)",
    ["source"],
    registry=REGISTRY,
)


class SourceFatalError(RuntimeError):
    """A live source cannot go on: retrying will not help (rejected credentials, wrong URL or name).

    The message names the setting to fix and never holds a credential.
    """


class SourceConfigError(SourceFatalError):
    """A live source is not configured (e.g. its credentials are missing)."""


class PublishError(RuntimeError):
    """The broker did not acknowledge some records."""


# -- redaction -----------------------------------------------------------------------------------------
_SECRET_PARAM = re.compile(
    r"(?i)\b((?:api_key|access_token|refresh_token|client_secret|password)=)[^&\s\"'#<>]+"
)
_BEARER = re.compile(r"(?i)\b(bearer\s+)[A-Za-z0-9\-._~+/]+=*")
_MASK = "***"


def secret_values(settings: Settings) -> list[str]:
    """The credential strings of ``settings`` (non-empty ones), for :func:`redact`."""
    found = []
    for value in (
        settings.tmdb_api_key,
        settings.tmdb_read_token,
        settings.reddit_client_id,
        settings.reddit_client_secret,
    ):
        if isinstance(value, SecretStr) and value.get_secret_value():
            found.append(value.get_secret_value())
    return found


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    """Mask credentials in ``text``: secret query parameters, bearer tokens and the given literal values.

    Parameters
    ----------
    text : str
        Any message (a URL, an exception text, a log line).
    secrets : Iterable[str]
        Literal secret values to mask wherever they appear (values shorter than 4 characters are ignored:
        masking them would garble ordinary text without protecting anything).

    Returns
    -------
    str
        ``text`` with each secret replaced by ``***``.

    Examples
    --------
    >>> redact("GET https://api.themoviedb.org/3/trending/movie/day?page=2&api_key=abc123")
    'GET https://api.themoviedb.org/3/trending/movie/day?page=2&api_key=***'
    >>> redact("Authorization: Bearer eyJhbGciOi.J9x-y_z")
    'Authorization: Bearer ***'
    >>> redact("client s3cr3t-id rejected", ["s3cr3t-id"])
    'client *** rejected'
    """
    text = _SECRET_PARAM.sub(r"\1" + _MASK, text)
    text = _BEARER.sub(r"\1" + _MASK, text)
    for secret in sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True):
        text = text.replace(secret, _MASK)
    return text


class RedactingFilter(logging.Filter):
    """A handler filter that masks credentials in every record (message, arguments and traceback).

    Our own code never logs a credential; this guards what third-party libraries might log.

    Examples
    --------
    >>> rec = logging.LogRecord("x", logging.WARNING, __file__, 1, "GET %s", ("/a?api_key=k1k2k3",), None)
    >>> RedactingFilter(["k1k2k3"]).filter(rec), rec.getMessage()
    (True, 'GET /a?api_key=***')
    """

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__("trendscope.redact")
        self.secrets = list(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: leave it to the handler's own error path
            return True
        clean = redact(message, self.secrets)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        return True


def install_redaction(settings: Settings, logger: logging.Logger | None = None) -> RedactingFilter:
    """Attach one :class:`RedactingFilter` (with the credentials of ``settings``) to the handlers of
    ``logger`` (default: the root logger). Idempotent: an earlier filter is updated, not duplicated."""
    logger = logger or logging.getLogger()
    secrets = secret_values(settings)
    installed = None
    for handler in logger.handlers:
        for f in handler.filters:
            if isinstance(f, RedactingFilter):
                f.secrets = sorted(set(f.secrets) | set(secrets))
                installed = f
                break
        else:
            installed = RedactingFilter(secrets)
            handler.addFilter(installed)
    return installed or RedactingFilter(secrets)


# -- publishing ----------------------------------------------------------------------------------------
class RecordSink(Protocol):
    """Where a source puts its records."""

    async def send(self, topic: str, record_id: Any, record: Mapping[str, Any]) -> None:
        """Queue ``record`` for ``topic``, keyed by ``record_id``."""

    async def flush(self) -> int:
        """Wait until every queued record is acknowledged; return how many were; raise on failures."""


class Publisher:
    """An aiokafka producer publishing source records keyed like the replay tool.

    Parameters
    ----------
    bootstrap : str
        ``host:port`` of the broker.
    client_id : str
        Kafka client id (one per source makes broker logs readable).
    linger_ms : int
        Producer batching delay.

    Notes
    -----
    :meth:`send` does not wait for the broker; :meth:`flush` does, and raises :class:`PublishError` if
    any record since the previous flush was not acknowledged (aiokafka retries within its request timeout
    first). Use ``async with`` or :meth:`start` / :meth:`stop`.
    """

    def __init__(self, bootstrap: str, *, client_id: str = "trendscope-source", linger_ms: int = 20) -> None:
        self.bootstrap = bootstrap
        self._producer = AIOKafkaProducer(
            bootstrap_servers=bootstrap, client_id=client_id, acks=1, linger_ms=linger_ms
        )
        self._pending: list[asyncio.Future[Any]] = []
        self.sent = 0

    async def start(self) -> Publisher:
        await self._producer.start()
        return self

    async def stop(self) -> None:
        try:
            await self.flush()
        finally:
            await self._producer.stop()

    async def __aenter__(self) -> Publisher:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def send(self, topic: str, record_id: Any, record: Mapping[str, Any]) -> None:
        try:
            fut = await self._producer.send(topic, dumps_compact(record), key=encode_key(record_id))
        except KafkaError as err:  # e.g. no metadata for the topic within the request timeout
            raise PublishError(f"cannot send to {topic}: {err!r}") from None
        self._pending.append(fut)

    async def flush(self) -> int:
        pending, self._pending = self._pending, []
        if not pending:
            return 0
        await self._producer.flush()
        results = await asyncio.gather(*pending, return_exceptions=True)
        failed = [r for r in results if isinstance(r, BaseException)]
        if failed:
            raise PublishError(f"{len(failed)} of {len(pending)} records not acknowledged: {failed[0]!r}")
        self.sent += len(pending)
        return len(pending)


async def open_publisher(settings: Settings, bootstrap: str, client_id: str) -> Publisher:
    """Create the input topics (configured partition count) and return a started :class:`Publisher`."""
    from trendscope_app.broker.embedded import ensure_topics

    await ensure_topics(settings, bootstrap)
    return await Publisher(bootstrap, client_id=client_id).start()
