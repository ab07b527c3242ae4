"""Every message on TrendScope's topics, each defined once (docs/architecture.md, "Messages").

| topic | type |
|---|---|
| ``reddit_stream``, ``tmdb_stream`` | :class:`Comment`, :class:`TmdbSnapshot` (checked by :mod:`.validate`) |
| ``movie_events`` | :class:`MovieEventBatch` |
| ``trend_stream`` | :class:`TrendScore` |
| ``predictions`` | :class:`Prediction` |
| ``breakouts`` (not published yet) | :class:`BreakoutEvent` |
| ``dead_letters`` | :class:`DeadLetter` |
"""

from trendscope_app.models.breakout_event import BreakoutEvent
from trendscope_app.models.dead_letter import DeadLetter
from trendscope_app.models.fields import InvalidRecord
from trendscope_app.models.inputs import Comment, TmdbSnapshot
from trendscope_app.models.movie_events import MovieEventBatch
from trendscope_app.models.prediction import Prediction
from trendscope_app.models.trend_score import TrendScore

__all__ = [
    "BreakoutEvent",
    "Comment",
    "DeadLetter",
    "InvalidRecord",
    "MovieEventBatch",
    "Prediction",
    "TmdbSnapshot",
    "TrendScore",
]
