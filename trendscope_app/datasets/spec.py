"""What a sample is made of: :class:`SampleSpec`, from which every record is derived.

One spec (its ``seed`` included) always yields byte-identical records.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["SampleSpec"]


@dataclass(frozen=True)
class SampleSpec:
    """What to generate.

    Attributes
    ----------
    n_comments : int
        Exact number of comments.
    n_movies : int
        Movies taken from the catalogue (synthetic titles are added beyond its size).
    start : float
        Epoch seconds; event time of the first TMDB round (the first comment is at or after it).
    duration_s : float
        Comments have ``start <= created_utc < start + duration_s``.
    tmdb_interval_s : float
        A snapshot of every movie every interval, the first round at ``start``.
    seed : int
        Seed of every random choice: one spec always yields the same records.
    n_breakouts : int
        Movies whose popularity (hence mentions) surges in the middle third of the run.
    subreddits : tuple of str
        Subreddits, the first the busiest.
    hard_titles : bool
        True (the default): the catalogue includes ordinary-word and phrase titles ("Wicked", "Civil
        War", "Here", "Scream VI"), about 30 % of the movies drawn; every title is written in the forms
        people type (lowercase, capitals, first words, repeated, "X vs Y", hashtag, quoted, with a
        year, after "saw"), off-topic comments include ordinary uses of those titles' words, and a
        comment is posted outside the movie subreddits now and then. False: distinctive titles only,
        written in spellings that any normalising matcher finds, in ``subreddits`` only -- the sample
        of the pipeline's reliability tests, whose windows must match an oracle exactly.
    """

    n_comments: int = 60_000
    n_movies: int = 50
    start: float = 1_717_200_000.0
    duration_s: float = 3600.0
    tmdb_interval_s: float = 300.0
    seed: int = 7
    n_breakouts: int = 3
    subreddits: tuple[str, ...] = ("movies", "boxoffice", "flicks")
    hard_titles: bool = True

    def __post_init__(self) -> None:
        if self.n_comments < 0:
            raise ValueError("n_comments must be >= 0")
        if self.n_movies < 1:
            raise ValueError("n_movies must be >= 1")
        if not (self.duration_s > 0 and self.tmdb_interval_s > 0):
            raise ValueError("duration_s and tmdb_interval_s must be > 0")
        if not 0 <= self.n_breakouts <= self.n_movies:
            raise ValueError("n_breakouts must be between 0 and n_movies")
        if not self.subreddits:
            raise ValueError("subreddits must not be empty")
