"""Text processing: movie-title mention extraction and comment sentiment."""

from trendscope_app.text.matcher import TitleMatcher, is_ambiguous, normalise
from trendscope_app.text.sentiment import compound

__all__ = ["TitleMatcher", "compound", "is_ambiguous", "normalise"]
