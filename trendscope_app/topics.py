"""Topics and tables of the app, declared once from the settings."""

from __future__ import annotations

from dataclasses import dataclass

import faust

from trendscope_app.settings import Settings


@dataclass(frozen=True)
class Topics:
    reddit: faust.TopicT
    tmdb: faust.TopicT
    movie_events: faust.TopicT
    trends: faust.TopicT
    predictions: faust.TopicT
    breakouts: faust.TopicT
    dead_letters: faust.TopicT


def declare_topics(app: faust.App, s: Settings) -> Topics:
    """Every topic is declared with the configured partition count, so Faust creates it explicitly
    (a produce to a missing topic would auto-create it with the broker's default)."""

    def raw(*names: str) -> faust.TopicT:
        return app.topic(
            *names,
            key_type=bytes,
            value_type=bytes,
            key_serializer="raw",
            value_serializer="raw",
            partitions=s.topic_partitions,
            replicas=s.topic_replication,
            internal=True,
        )

    return Topics(
        reddit=raw(s.reddit_topic),
        tmdb=raw(s.tmdb_topic),
        movie_events=raw(s.movie_events_topic),
        trends=raw(s.trend_topic),
        predictions=raw(s.predictions_topic),
        breakouts=raw(s.breakouts_topic),
        dead_letters=raw(s.dead_letter_topic),
    )
