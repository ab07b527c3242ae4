"""Faust records: the messages on TrendScope's topics (DESIGN.md §6)."""

from trendscope_app.models.records import Comment, Prediction, TmdbSnapshot, TrendScore

__all__ = ["Comment", "Prediction", "TmdbSnapshot", "TrendScore"]
