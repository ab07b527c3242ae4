"""Faust records: the messages on TrendScope's topics (README: "Input files"; docs/architecture.md)."""

from trendscope_app.models.records import Comment, Prediction, TmdbSnapshot, TrendScore

__all__ = ["Comment", "Prediction", "TmdbSnapshot", "TrendScore"]
