"""One frozen settings object, read from environment variables and an optional ``.env`` file.

Every field maps to the upper-case environment variable of the same name (``window_size_s`` ->
``WINDOW_SIZE_S``). An invalid value stops the start with a message naming the variable; secrets are
held as :class:`pydantic.SecretStr` so they never print.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


# Cassandra values are checked where the configuration is read; the history store uses the same parsers.
def replication_cql(replication: Mapping[str, str | int]) -> str:
    """The ``replication`` map of ``CREATE KEYSPACE`` as CQL, from a validated mapping.

    Examples
    --------
    >>> replication_cql({"class": "SimpleStrategy", "replication_factor": 1})
    "{'class': 'SimpleStrategy', 'replication_factor': '1'}"
    >>> replication_cql({"class": "NetworkTopologyStrategy", "dc1": 3, "dc2": "2"})
    "{'class': 'NetworkTopologyStrategy', 'dc1': '3', 'dc2': '2'}"
    >>> replication_cql({"class": "SimpleStrategy"})
    Traceback (most recent call last):
    ...
    ValueError: SimpleStrategy needs replication_factor
    """
    cls = str(replication.get("class", ""))
    short = cls.rsplit(".", 1)[-1]
    if short not in ("SimpleStrategy", "NetworkTopologyStrategy") or not re.fullmatch(r"[A-Za-z0-9_.]+", cls):
        raise ValueError("class must be SimpleStrategy or NetworkTopologyStrategy")
    options = {k: v for k, v in replication.items() if k != "class"}
    if short == "SimpleStrategy" and set(options) != {"replication_factor"}:
        raise ValueError("SimpleStrategy needs replication_factor")
    if short == "NetworkTopologyStrategy" and not options:
        raise ValueError("NetworkTopologyStrategy needs at least one datacenter: factor")
    parts = [f"'class': '{cls}'"]
    for k, v in options.items():
        # Keys are datacenter names (identifiers) and values replication factors: nothing to quote.
        if not re.fullmatch(r"[A-Za-z0-9_.\-]{1,64}", k):
            raise ValueError(f"bad replication option name {k!r}")
        if not str(v).isdigit() or not 1 <= int(v) <= 100:
            raise ValueError(f"replication factor of {k} must be an integer in 1..100")
        parts.append(f"'{k}': '{int(v)}'")
    return "{" + ", ".join(parts) + "}"


def parse_hosts(raw: str, default_port: int) -> list[tuple[str, int]]:
    """``CASSANDRA_HOSTS`` as ``(host, port)`` pairs.

    Examples
    --------
    >>> parse_hosts("10.0.0.1, cass-2:9142", 9042)
    [('10.0.0.1', 9042), ('cass-2', 9142)]
    >>> parse_hosts("a:b", 9042)
    Traceback (most recent call last):
    ...
    ValueError: bad Cassandra host 'a:b' (want host or host:port)
    """
    out = []
    for part in raw.split(","):
        item = part.strip()
        if not item:
            continue
        host, sep, port = item.rpartition(":")
        if not sep:
            host, port = item, str(default_port)
        if not host or not port.isdigit() or not 1 <= int(port) <= 65535 or " " in host:
            raise ValueError(f"bad Cassandra host {item!r} (want host or host:port)")
        out.append((host, int(port)))
    if not out:
        raise ValueError("no Cassandra host given")
    return out


class ConfigError(SystemExit):
    """Raised (as a clean exit) when the configuration is invalid."""


class Settings(BaseSettings):
    """TrendScope configuration.

    Examples
    --------
    >>> s = Settings(_env_file=None, window_size_s=300, window_step_s=60)
    >>> s.windows_per_event
    5
    """

    model_config = SettingsConfigDict(
        env_file=os.environ.get("TRENDSCOPE_ENV_FILE", ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
        frozen=True,
        case_sensitive=False,
    )

    # --- broker and topics -------------------------------------------------------------------
    kafka_broker: str | None = Field(
        default=None,
        description="kafka://host:port[;host:port]. Unset: start the embedded Tansu broker.",
    )
    app_id: str = Field(
        default="trendscope",
        description="Faust app id: names consumer groups, changelogs and state; same id = same job",
    )
    topic_partitions: int = Field(default=4, ge=1, le=256, description="partitions of every topic we create")
    topic_replication: int = Field(
        default=1, ge=1, le=5, description="replication factor of the topics the app creates"
    )
    tmdb_topic: str = Field(default="tmdb_stream", description="input topic of TMDB snapshots")
    reddit_topic: str = Field(default="reddit_stream", description="input topic of Reddit comments")
    trend_topic: str = Field(default="trend_stream", description="output topic of TrendScores")
    predictions_topic: str = Field(default="predictions", description="output topic of forecasts")
    breakouts_topic: str = Field(
        default="breakouts", description="output topic of breakout events (start, peak, end)"
    )
    dead_letter_topic: str = Field(
        default="dead_letters",
        description="topic of input messages that could not be used, with the reason in a header",
    )
    movie_events_topic: str = Field(
        default="movie_events", description="internal topic: mentions and snapshots re-keyed by movie"
    )

    # --- scoring -----------------------------------------------------------------------------
    w1_popularity: float = Field(
        default=0.4, ge=0.0, le=100.0, description="TrendScore weight of TMDB popularity"
    )
    w2_mentions: float = Field(
        default=0.3, ge=0.0, le=100.0, description="TrendScore weight of mentions (x10)"
    )
    w3_sentiment: float = Field(
        default=0.3, ge=0.0, le=100.0, description="TrendScore weight of sentiment ((avg + 1) x 50)"
    )
    sentiment_titles: Literal["keep", "mask"] = Field(
        default="keep",
        description="keep: VADER scores the whole comment, as vaderSentiment does; mask: the titles it "
        "mentions are replaced by a neutral word first, so 'Wicked was great' is not read as 'wicked'",
    )
    text_process: bool | None = Field(
        default=None,
        description="match titles and score sentiment in a process of the worker's own, beside its event "
        "loop (false: on the event loop); unset: on where the worker may use 4 or more CPUs",
    )

    # --- event-time windows ------------------------------------------------------------------
    window_size_s: int = Field(
        default=300,
        ge=1,
        le=86_400,
        description="window length in seconds of event time (a multiple of WINDOW_STEP_S)",
    )
    window_step_s: int = Field(
        default=60, ge=1, le=86_400, description="a window closes every step, in seconds of event time"
    )
    window_grace_s: float = Field(
        default=10.0,
        ge=0.0,
        le=86_400,
        description="the watermark's lag behind the slowest input partition, seconds",
    )
    idle_timeout_s: float = Field(
        default=15.0, gt=0.0, le=86_400, description="wall seconds without input before a partition is idle"
    )
    idle_watermark_rate: float = Field(
        default=1.0,
        ge=0.0,
        le=1e6,
        description="event seconds the watermark advances per wall second once all input is idle; "
        "0 = flush every open window at once (end of a fast replay)",
    )
    max_future_skew_s: float = Field(
        default=3600.0,
        gt=0.0,
        description="events stamped further than this past wall clock are dead-lettered "
        "(they would otherwise drag the watermark forward and close every window)",
    )
    max_event_jump_s: float = Field(
        default=3600.0,
        gt=0.0,
        description="an event this far ahead of its partition's progress (plus the wall time since that "
        "progress was made) is dead-lettered: one bad timestamp must not close every window",
    )
    catalog_ttl_s: float = Field(
        default=1800.0, gt=0.0, description="movies with a snapshot this recent score"
    )
    trend_history: int = Field(default=120, ge=1, le=10_000, description="closed windows kept per movie")

    # --- processing --------------------------------------------------------------------------
    batch_size: int = Field(default=500, ge=1, le=100_000, description="messages an agent takes at once")
    batch_timeout_s: float = Field(
        default=0.2, gt=0.0, le=60.0, description="longest an agent waits to fill a batch, seconds"
    )
    max_message_bytes: int = Field(
        default=1_000_000, ge=1024, description="input messages larger than this are dead-lettered"
    )
    dead_letter_max_bytes: int = Field(
        default=16 * 1024 * 1024,
        ge=1024,
        le=100 * 1024 * 1024,
        description="originals up to this size are kept whole in the dead-letter topic (larger: truncated)",
    )

    # --- runtime -----------------------------------------------------------------------------
    data_dir: Path = Field(
        default=Path("var/trendscope"), description="RocksDB state, logs and generated samples"
    )
    web_host: str = Field(default="127.0.0.1", description="host name in the worker's canonical URL")
    web_port: int = Field(
        default=6066, ge=1, le=65535, description="web server port (API, dashboard, /metrics)"
    )
    web_bind: str = Field(default="0.0.0.0", description="address the web server listens on")
    http_idle_timeout_s: float = Field(
        default=15.0,
        gt=0.0,
        le=3600.0,
        description="the web server closes a connection that has not sent a whole request within this many "
        "seconds of opening it or of its last answer (slow or incomplete requests, idle keep-alives)",
    )
    store: Literal["rocksdb", "memory"] = Field(
        default="rocksdb", description="where Faust tables live: rocksdb (survives restarts) or memory"
    )
    rocksdb_write_buffer_mb: int = Field(
        default=4,
        ge=1,
        le=1024,
        description="RocksDB memtable size per table partition (Faust's default, 64 MiB x 3 per partition, "
        "lets a worker's memory grow with the amount of data it has written)",
    )
    rocksdb_memory_mb: int = Field(
        default=16,
        ge=2,
        le=65536,
        description="RocksDB memory of the whole worker: one block cache shared by every table partition, "
        "with the memtables charged to it (at most half of it)",
    )
    shutdown_timeout_s: float = Field(
        default=10.0,
        gt=0.0,
        le=600.0,
        description="a worker still stopping this many seconds after SIGTERM exits anyway (logged)",
    )
    broker_session_timeout_s: float | None = Field(
        default=None,
        ge=2.0,
        le=300.0,
        description="consumer-group session timeout, seconds; unset: 4 on the embedded broker or a tansu:// "
        "URL (which holds every group join for half of it), 10 on Kafka",
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field(
        default="info", description="worker and source log level"
    )

    # --- forecasting (issue 3) ----------------------------------------------------------------
    forecast_model: Literal["linear", "pa", "tree"] = Field(
        default="linear",
        description="River model family: linear (StandardScaler | LinearRegression, SGD), pa "
        "(passive-aggressive), tree (Hoeffding adaptive tree)",
    )
    forecast_target: Literal["structural", "persistence"] = Field(
        default="structural",
        description="what the model learns: the residual of the pane-based structural forecast, or the "
        "whole change over persistence",
    )
    forecast_lr: float = Field(default=0.01, gt=0.0, le=1.0, description="SGD learning rate (linear)")
    forecast_lr_power: float = Field(
        default=0.5, ge=0.0, le=1.0, description="the rate at step t is FORECAST_LR / t**power; 0: constant"
    )
    forecast_l2: float = Field(default=0.001, ge=0.0, le=10.0, description="L2 penalty (linear)")
    forecast_recent: int = Field(
        default=200, ge=1, le=100_000, description="scored forecasts in the 'recent' MAE/RMSE"
    )
    forecast_history: int = Field(
        default=60, ge=1, le=10_000, description="forecasts kept per movie (the predictions view)"
    )
    forecast_drift_delta: float = Field(default=0.002, gt=0.0, lt=1.0, description="ADWIN delta")
    forecast_drift_trial: int = Field(
        default=100, ge=1, le=1_000_000, description="examples a challenger model is tried on after a drift"
    )

    # --- breakouts (issue 19; README "Breakouts") ----------------------------------------------
    breakout_start_threshold: float = Field(
        default=3.0, gt=0.0, le=100.0, description="score a breakout needs to start (a z-like score)"
    )
    breakout_start_windows: int = Field(
        default=2, ge=1, le=60, description="consecutive windows at or above the start threshold to start"
    )
    breakout_end_threshold: float = Field(
        default=1.0, ge=-100.0, le=100.0, description="a breakout ends below this score (< start threshold)"
    )
    breakout_end_windows: int = Field(
        default=3, ge=1, le=600, description="consecutive windows below the end threshold to end"
    )
    breakout_cooldown_windows: int = Field(
        default=10, ge=0, le=10_000, description="windows after an end during which none starts"
    )
    breakout_peak_gain: float = Field(
        default=0.25, ge=0.0, le=100.0, description="relative rise over the last peak that makes a peak event"
    )
    breakout_max_windows: int = Field(
        default=180,
        ge=1,
        le=100_000,
        description="a breakout longer than this ends (its level is the new normal)",
    )
    breakout_warmup_windows: int = Field(
        default=10, ge=0, le=10_000, description="complete windows a movie needs before it is scored"
    )
    breakout_baseline_windows: float = Field(
        default=30.0, ge=1.0, le=100_000, description="time constant of the expected mention rate, windows"
    )
    breakout_evidence_panes: int = Field(
        default=3, ge=2, le=1000, description="newest one-step panes scored per window (busiest left out)"
    )
    breakout_rate_uncertainty: float = Field(
        default=0.2, ge=0.0, le=10.0, description="relative uncertainty of a movie's expected mention rate"
    )
    breakout_min_rate: float = Field(
        default=0.1, gt=0.0, le=1e6, description="floor of the expected rate, mentions per step"
    )
    breakout_forecast_weight: float = Field(
        default=0.25, ge=0.0, le=100.0, description="weight of the forecast's surprise in the score"
    )
    breakout_history: int = Field(
        default=20, ge=1, le=10_000, description="breakouts kept per movie (GET /breakouts)"
    )
    mlflow_enabled: bool = Field(
        default=True, description="log forecasting metrics and model snapshots to MLflow"
    )
    mlflow_tracking_uri: str | None = Field(
        default=None, description="MLflow tracking URI; unset: SQLite store under DATA_DIR/mlflow"
    )
    mlflow_experiment: str = Field(default="trendscope-forecast", description="MLflow experiment name")
    mlflow_log_every: int = Field(
        default=100, ge=1, le=1_000_000, description="scored forecasts between metric logs"
    )
    mlflow_min_log_interval_s: float = Field(
        default=5.0, ge=0.0, le=86_400, description="least seconds between metric logs (newest kept)"
    )
    mlflow_snapshot_minutes: float = Field(
        default=5.0, gt=0.0, le=10_080, description="minutes between model snapshot artifacts"
    )

    @field_validator("mlflow_tracking_uri")
    @classmethod
    def _blank_mlflow_uri(cls, v: str | None) -> str | None:
        return v.strip() or None if v else None

    # --- storage (issue 4) -------------------------------------------------------------------
    cassandra_hosts: str | None = Field(
        default=None,
        description="comma-separated Cassandra contact points (host or host:port); unset: SQLite",
    )
    cassandra_port: int = Field(default=9042, ge=1, le=65535, description="port of hosts given without one")
    cassandra_keyspace: str = Field(
        default="trendscope",
        pattern=r"^[A-Za-z][A-Za-z0-9_]{0,47}$",
        description="keyspace of the history tables",
    )
    cassandra_replication: dict[str, str | int] = Field(
        default={"class": "SimpleStrategy", "replication_factor": 1},
        description='keyspace replication as JSON, e.g. {"class":"NetworkTopologyStrategy","dc1":3}',
    )
    cassandra_local_dc: str | None = Field(default=None, description="datacenter the driver prefers")
    cassandra_consistency: Literal["ONE", "LOCAL_ONE", "QUORUM", "LOCAL_QUORUM", "ALL"] = Field(
        default="LOCAL_QUORUM", description="consistency level of history reads and writes"
    )
    cassandra_username: str | None = Field(default=None, description="Cassandra user (optional)")
    cassandra_password: SecretStr | None = Field(
        default=None, description="Cassandra password (optional, never logged)"
    )
    cassandra_connect_timeout_s: float = Field(
        default=5.0, gt=0.0, le=600.0, description="Cassandra connect timeout, seconds"
    )
    cassandra_request_timeout_s: float = Field(
        default=10.0, gt=0.0, le=600.0, description="Cassandra request timeout, seconds"
    )
    sqlite_path: Path | None = Field(
        default=None,
        description="SQLite file (default DATA_DIR/store/trendscope.sqlite3); workers on a host may share it",
    )
    sqlite_busy_timeout_ms: int = Field(
        default=1000, ge=0, le=600_000, description="how long a write waits for another writer's lock"
    )
    store_max_pending: int = Field(
        default=5000, ge=1, le=1_000_000, description="rows queued for the store before writers wait"
    )
    store_batch_rows: int = Field(default=2000, ge=1, le=100_000, description="rows per store write round")
    store_write_concurrency: int = Field(
        default=64, ge=1, le=4096, description="Cassandra writes in flight at once"
    )
    store_retry_initial_s: float = Field(
        default=0.1,
        gt=0.0,
        le=60.0,
        description="first retry delay of a failed history write, seconds (doubles up to STORE_RETRY_MAX_S)",
    )
    store_retry_max_s: float = Field(default=5.0, gt=0.0, le=600.0, description="longest retry backoff")
    history_default_rows: int = Field(default=100, ge=1, le=1000, description="history rows without ?limit")

    @field_validator("cassandra_hosts")
    @classmethod
    def _check_cassandra_hosts(cls, v: str | None) -> str | None:
        if v is None or v.strip() == "":
            return None
        parse_hosts(v, 9042)  # raises ValueError naming the bad entry
        return v.strip()

    @field_validator("cassandra_replication")
    @classmethod
    def _check_cassandra_replication(cls, v: dict[str, str | int]) -> dict[str, str | int]:
        replication_cql(v)  # raises ValueError on an unusable map
        return v

    # --- live sources (issue 5) --------------------------------------------------------------
    tmdb_base_url: str = Field(
        default="https://api.themoviedb.org/3", description="TMDB API root (https, or http on loopback only)"
    )
    tmdb_fetch_interval_s: float = Field(default=300.0, gt=0.0, le=86_400, description="between polls")
    tmdb_trending_window: Literal["day", "week"] = Field(
        default="day", description="TMDB trending list: day or week"
    )
    tmdb_pages: int = Field(default=1, ge=1, le=500, description="trending (and now-playing) pages per poll")
    tmdb_now_playing: bool = Field(default=False, description="also poll /movie/now_playing")
    tmdb_timeout_s: float = Field(default=10.0, gt=0.0, le=600, description="per-request timeout")
    tmdb_max_attempts: int = Field(default=6, ge=1, le=100, description="tries per request")
    tmdb_backoff_initial_s: float = Field(
        default=1.0, gt=0.0, le=3600, description="first retry delay after a TMDB error, seconds"
    )
    tmdb_backoff_max_s: float = Field(
        default=60.0, gt=0.0, le=3600, description="longest retry delay after TMDB errors, seconds"
    )
    reddit_user_agent: str = Field(
        default="python:trendscope:0.1.0 (movie trend monitor)",
        min_length=7,
        description="Reddit asks for <platform>:<app id>:<version> (by u/<name>)",
    )
    reddit_subreddits: str = Field(default="movies", description="comma- or plus-separated subreddit names")
    reddit_submissions: bool = Field(default=False, description="also publish new posts (title + selftext)")
    reddit_oauth_url: str = Field(default="https://oauth.reddit.com", description="Reddit API base URL")
    reddit_url: str = Field(default="https://www.reddit.com", description="where tokens are obtained")
    reddit_timeout_s: float = Field(
        default=16.0, gt=0.0, le=600, description="Reddit request timeout, seconds"
    )
    reddit_poll_min_s: float = Field(default=1.0, gt=0.0, le=3600, description="first wait, quiet poll")
    reddit_poll_max_s: float = Field(default=16.0, gt=0.0, le=3600, description="longest wait between polls")
    reddit_backoff_initial_s: float = Field(default=1.0, gt=0.0, le=3600, description="first reconnect wait")
    reddit_backoff_max_s: float = Field(
        default=120.0, gt=0.0, le=3600, description="longest retry delay after Reddit errors, seconds"
    )
    reddit_state_file: Path | None = Field(
        default=None, description="ids already published; default DATA_DIR/reddit_source_state.json"
    )
    reddit_seen_max: int = Field(default=1000, ge=100, le=1_000_000, description="published ids remembered")
    source_metrics_port: int = Field(
        default=9108,
        ge=0,
        le=65535,
        description="port of the Prometheus /metrics of tmdb-source and reddit-source (on WEB_BIND); 0: off",
    )

    @field_validator("tmdb_base_url", "reddit_oauth_url", "reddit_url")
    @classmethod
    def _check_source_url(cls, v: str) -> str:
        from urllib.parse import urlsplit

        parts = urlsplit(v)
        # Credentials travel with every request: plain http is only acceptable to this machine (tests).
        loopback = parts.hostname in ("localhost", "::1") or (parts.hostname or "").startswith("127.")
        if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
            raise ValueError("must be an https:// URL (http:// only for a loopback host)")
        return v.rstrip("/")

    @field_validator("reddit_subreddits")
    @classmethod
    def _check_subreddits(cls, v: str) -> str:
        import re

        names = [n for n in re.split(r"[,+\s]+", v) if n]
        if not names or not all(re.fullmatch(r"[A-Za-z0-9_]{2,21}", n) for n in names):
            raise ValueError("must be subreddit names separated by ',' or '+'")
        return "+".join(names)

    @property
    def tmdb_enabled(self) -> bool:
        """Whether TMDB credentials are present."""
        return any(k is not None and k.get_secret_value() for k in (self.tmdb_api_key, self.tmdb_read_token))

    @property
    def reddit_enabled(self) -> bool:
        """Whether Reddit app credentials are present."""
        return all(
            k is not None and k.get_secret_value() for k in (self.reddit_client_id, self.reddit_client_secret)
        )

    @property
    def reddit_state_path(self) -> Path:
        return self.reddit_state_file or self.data_dir / "reddit_source_state.json"

    # --- observability (issue 6) -------------------------------------------------------------
    metrics_movie_ttl_s: float = Field(
        default=3600.0, gt=0.0, description="per-movie gauges of a movie not updated this long are dropped"
    )
    metrics_max_movies: int = Field(
        default=2000, ge=1, le=100_000, description="at most this many movies in each per-movie gauge"
    )

    # --- credentials (never logged) ----------------------------------------------------------
    tmdb_api_key: SecretStr | None = Field(
        default=None, description="TMDB v3 API key (secret; or TMDB_READ_TOKEN)"
    )
    tmdb_read_token: SecretStr | None = Field(default=None, description="TMDB API read access token (secret)")
    reddit_client_id: SecretStr | None = Field(default=None, description="Reddit app client id (secret)")
    reddit_client_secret: SecretStr | None = Field(
        default=None, description="Reddit app client secret (secret)"
    )

    @field_validator("kafka_broker")
    @classmethod
    def _check_broker(cls, v: str | None) -> str | None:
        if v is None or v.strip() == "":
            return None
        if not v.startswith(("kafka://", "aiokafka://", "tansu://")) or not kafka_hosts(v):
            raise ValueError("must look like kafka://host:port (several separated by ';')")
        return v

    @model_validator(mode="after")
    def _check_windows(self) -> Settings:
        if self.window_size_s % self.window_step_s:
            raise ValueError("WINDOW_SIZE_S must be a multiple of WINDOW_STEP_S")
        if self.breakout_end_threshold >= self.breakout_start_threshold:
            raise ValueError("BREAKOUT_END_THRESHOLD must be below BREAKOUT_START_THRESHOLD")
        if self.breakout_evidence_panes > self.windows_per_event:
            raise ValueError("BREAKOUT_EVIDENCE_PANES must be at most WINDOW_SIZE_S / WINDOW_STEP_S")
        if self.breakout_forecast_weight * 2.0 >= self.breakout_start_threshold:
            raise ValueError("BREAKOUT_FORECAST_WEIGHT * 2 must be below BREAKOUT_START_THRESHOLD")
        return self

    @property
    def windows_per_event(self) -> int:
        return self.window_size_s // self.window_step_s

    @property
    def embedded_broker(self) -> bool:
        return self.kafka_broker is None


def kafka_hosts(url: str) -> list[tuple[str, int]]:
    """The ``(host, port)`` pairs of a broker URL; empty when any of them is not ``host:port``.

    Examples
    --------
    >>> kafka_hosts("kafka://k1:9092;k2:9093")
    [('k1', 9092), ('k2', 9093)]
    >>> kafka_hosts("kafka://nohost"), kafka_hosts("kafka://k1:99999")
    ([], [])
    """
    pairs = []
    for item in url.split("://", 1)[-1].replace(",", ";").split(";"):
        host, _, port = item.strip().rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            return []
        pairs.append((host, int(port)))
    return pairs


def _describe(err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or "settings"
        # Name the environment variable, never echo the value (it may be a secret).
        lines.append(f"{loc.upper()}: {e['msg']}")
    return "invalid configuration: " + "; ".join(lines)


def load_settings(**overrides: object) -> Settings:
    """Build settings from the environment, turning validation errors into a clean exit.

    Examples
    --------
    >>> import os
    >>> os.environ["WINDOW_STEP_S"] = "abc"
    >>> try:
    ...     load_settings(_env_file=None)
    ... except ConfigError as e:
    ...     print(str(e).split(":")[1].strip())
    WINDOW_STEP_S
    >>> del os.environ["WINDOW_STEP_S"]
    """
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as err:
        raise ConfigError(_describe(err)) from None


@functools.cache
def get_settings() -> Settings:
    """Process-wide settings (cached: read once at start)."""
    return load_settings()
