"""Text processing: movie-title mention extraction and comment sentiment."""

from trendscope_app.text.matcher import TitleMatcher, is_ambiguous, normalise
from trendscope_app.text.sentiment import compound, compound_many

__all__ = ["TitleMatcher", "compound", "compound_many", "is_ambiguous", "normalise"]
