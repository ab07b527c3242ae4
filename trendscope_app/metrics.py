"""Prometheus metrics of the app, in one registry served at ``/metrics``."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.gc_collector import GCCollector
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector

REGISTRY = CollectorRegistry(auto_describe=True)
GCCollector(registry=REGISTRY)  # python_gc_*: collections and collected objects per generation
# process_*: CPU seconds, resident and virtual memory, open fds, start time (Linux /proc; nothing elsewhere).
ProcessCollector(registry=REGISTRY)
PlatformCollector(registry=REGISTRY)  # python_info{implementation,version}
GC_FROZEN = Gauge(
    "trendscope_gc_frozen_objects",
    "Objects frozen out of the cyclic collector's sight at the end of start-up",
    registry=REGISTRY,
)

MESSAGES_IN = Counter("trendscope_messages_in_total", "Input messages read", ["topic"], registry=REGISTRY)
DEAD_LETTERS = Counter(
    "trendscope_dead_letters_total", "Messages sent to the dead-letter topic", ["topic"], registry=REGISTRY
)
MENTIONS = Counter("trendscope_mentions_total", "Movie mentions found in comments", registry=REGISTRY)
MATCH_REJECTED = Counter(
    "trendscope_match_rejected_total",
    "Candidate title mentions the matcher rejected, per reason (see TitleMatcher.rejected)",
    ["reason"],
    registry=REGISTRY,
)
LOOKUP_STALE_ECHOES = Counter(
    "trendscope_lookup_stale_echoes_total",
    "A worker's own lookup-table writes read back from the changelog after it had written the key again, "
    "and not applied (they would have shown the older row for a moment)",
    ["table"],
    registry=REGISTRY,
)
CATALOGUE_WAIT_TIMEOUTS = Counter(
    "trendscope_catalogue_wait_timeouts_total",
    "Comment batches matched before the worker had read every TMDB snapshot written before them",
    registry=REGISTRY,
)
LATE_EVENTS = Counter(
    "trendscope_late_events_total",
    "Events older than a closed window (mentions dropped; snapshots kept for the windows still open)",
    registry=REGISTRY,
)
DUPLICATE_EVENTS = Counter(
    "trendscope_duplicate_events_total",
    "Events seen again after a crash or rebalance (skipped, not double counted)",
    registry=REGISTRY,
)
INPUT_REREADS = Counter(
    "trendscope_window_rereads_total",
    "movie_events partitions read again by the window stage: a record came before earlier ones were applied",
    registry=REGISTRY,
)
INPUT_MISSING = Counter(
    "trendscope_window_missing_records_total",
    "movie_events records the window stage found gone from the broker when it read a gap again",
    registry=REGISTRY,
)
FORECAST_REREADS = Counter(
    "trendscope_forecast_rereads_total",
    "trend_stream partitions read again by the forecast stage: a record came before earlier ones were seen",
    registry=REGISTRY,
)
FORECAST_MISSING = Counter(
    "trendscope_forecast_missing_records_total",
    "trend_stream records the forecast stage found gone from the broker when it read a gap again",
    registry=REGISTRY,
)
WINDOWS_CLOSED = Counter(
    "trendscope_windows_closed_total", "Windows closed (per movie_events partition)", registry=REGISTRY
)
TRENDSCORES = Counter("trendscope_trendscores_emitted_total", "TrendScores published", registry=REGISTRY)
WATERMARK = Gauge(
    "trendscope_watermark_seconds", "Event-time watermark (epoch s)", ["partition"], registry=REGISTRY
)
CLOSE_TO_EMIT = Histogram(
    "trendscope_window_close_to_emit_seconds",
    "Wall time from the watermark passing a window's end to its TrendScores being published and stored",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=REGISTRY,
)
SENTIMENT_TRUNCATED = Counter(
    "trendscope_sentiment_truncated_total",
    "Comment bodies longer than text.sentiment.MAX_CHARS, or longer than MAX_SPELLED_CHARS once their emoji "
    "are spelled out, scored on their first MAX_CHARS (MAX_SPELLED_CHARS) characters only",
    registry=REGISTRY,
)
MATCH_TRUNCATED = Counter(
    "trendscope_match_truncated_total",
    "Comment bodies longer than text.sentiment.MAX_CHARS, searched for titles in their first MAX_CHARS "
    "characters only",
    registry=REGISTRY,
)
TEXT_PROCESS_FAILURES = Counter(
    "trendscope_text_process_failures_total",
    "Comment batches scored on the event loop because the worker's text process died (a new one follows)",
    registry=REGISTRY,
)
BATCH_SIZE = Histogram(
    "trendscope_ingest_batch_size",
    "Input messages per ingest batch",
    buckets=(1, 10, 50, 100, 250, 500, 1000, 5000),
    registry=REGISTRY,
)


BROKER_SILENT = Gauge(
    "trendscope_broker_silent_seconds",
    "Seconds since the last fetch response for this worker's input partitions (0 while they arrive)",
    registry=REGISTRY,
)

PRODUCE_RECONNECTS = Counter(
    "trendscope_produce_reconnects_total",
    "Times the producer closed its broker connections because a sent batch went unanswered (then sent again)",
    registry=REGISTRY,
)

BAD_HTTP = Counter(
    "trendscope_bad_http_requests_total",
    "Malformed HTTP requests refused by the web server's parser, by kind",
    ["kind"],
    registry=REGISTRY,
)


def render() -> bytes:
    """The registry in Prometheus text format."""
    return generate_latest(REGISTRY)
