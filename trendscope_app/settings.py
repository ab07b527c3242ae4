"""One frozen settings object, read from environment variables and an optional ``.env`` file.

Every field maps to the upper-case environment variable of the same name (``window_size_s`` ->
``WINDOW_SIZE_S``). An invalid value stops the start with a message naming the variable; secrets are
held as :class:`pydantic.SecretStr` so they never print.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


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
    app_id: str = "trendscope"
    topic_partitions: int = Field(default=4, ge=1, le=256, description="partitions of every topic we create")
    topic_replication: int = Field(default=1, ge=1, le=5)
    tmdb_topic: str = "tmdb_stream"
    reddit_topic: str = "reddit_stream"
    trend_topic: str = "trend_stream"
    predictions_topic: str = "predictions"
    dead_letter_topic: str = "dead_letters"
    movie_events_topic: str = "movie_events"

    # --- scoring -----------------------------------------------------------------------------
    w1_popularity: float = Field(default=0.4, ge=0.0, le=100.0)
    w2_mentions: float = Field(default=0.3, ge=0.0, le=100.0)
    w3_sentiment: float = Field(default=0.3, ge=0.0, le=100.0)

    # --- event-time windows ------------------------------------------------------------------
    window_size_s: int = Field(default=300, ge=1, le=86_400)
    window_step_s: int = Field(default=60, ge=1, le=86_400)
    window_grace_s: float = Field(default=10.0, ge=0.0, le=86_400)
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
    batch_size: int = Field(default=500, ge=1, le=100_000)
    batch_timeout_s: float = Field(default=0.2, gt=0.0, le=60.0)
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
    data_dir: Path = Path("var/trendscope")
    web_host: str = "127.0.0.1"
    web_port: int = Field(default=6066, ge=1, le=65535)
    web_bind: str = "0.0.0.0"
    store: Literal["rocksdb", "memory"] = "rocksdb"
    broker_session_timeout_s: float = Field(default=10.0, gt=0.0)
    log_level: Literal["debug", "info", "warning", "error"] = "info"

    # --- forecasting (issue 3) ----------------------------------------------------------------

    # --- storage (issue 4) -------------------------------------------------------------------

    # --- live sources (issue 5) --------------------------------------------------------------

    # --- observability (issue 6) -------------------------------------------------------------

    # --- credentials (never logged) ----------------------------------------------------------
    tmdb_api_key: SecretStr | None = None
    tmdb_read_token: SecretStr | None = None
    reddit_client_id: SecretStr | None = None
    reddit_client_secret: SecretStr | None = None

    @field_validator("kafka_broker")
    @classmethod
    def _check_broker(cls, v: str | None) -> str | None:
        if v is None or v.strip() == "":
            return None
        if not v.startswith(("kafka://", "aiokafka://", "tansu://")):
            raise ValueError("must look like kafka://host:port")
        return v

    @model_validator(mode="after")
    def _check_windows(self) -> Settings:
        if self.window_size_s % self.window_step_s:
            raise ValueError("WINDOW_SIZE_S must be a multiple of WINDOW_STEP_S")
        return self

    @property
    def windows_per_event(self) -> int:
        return self.window_size_s // self.window_step_s

    @property
    def embedded_broker(self) -> bool:
        return self.kafka_broker is None


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
