"""A movie's entry in the catalogue table: ``[title, original_title, release year]``.

The catalogue (a Faust global table, docs/architecture.md) maps a movie id to this list, written from
the movie's TMDB snapshots. Entries written before the release year was kept hold the two names only;
the readers below take either.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trendscope_app.models.inputs import TmdbSnapshot


def release_year(date: str | None) -> int | None:
    """The year of a TMDB release date; ``None`` when it is missing or not a date.

    Examples
    --------
    >>> release_year("2024-02-27"), release_year(""), release_year(None), release_year("soon")
    (2024, None, None, None)
    """
    if not date or len(date) < 4 or not date[:4].isdigit():
        return None
    return int(date[:4])


def entry_of(snap: TmdbSnapshot) -> list[Any]:
    """The catalogue entry of a movie from one of its snapshots.

    Examples
    --------
    >>> entry_of({"id": 1, "title": "Heat", "original_title": "Heat", "release_date": "1995-12-15",
    ...           "popularity": 1.0, "vote_average": 8.0, "vote_count": 1, "fetched_at": 0.0})
    ['Heat', 'Heat', 1995]
    """
    return [snap["title"], snap["original_title"], release_year(snap.get("release_date"))]


def names_of(entry: Sequence[Any] | None) -> list[str]:
    """The names of a catalogue entry, title first, without blanks.

    Examples
    --------
    >>> names_of(["Heat", "Heat", 1995]), names_of(["Amélie", "Le Fabuleux Destin"]), names_of(None)
    (['Heat', 'Heat'], ['Amélie', 'Le Fabuleux Destin'], [])
    """
    return [n for n in (entry or ())[:2] if isinstance(n, str) and n]


def year_of(entry: Sequence[Any] | None) -> int | None:
    """The release year of a catalogue entry, if it has one.

    Examples
    --------
    >>> year_of(["Heat", "Heat", 1995]), year_of(["Heat", "Heat"]), year_of(["Heat", "Heat", None])
    (1995, None, None)
    """
    year = entry[2] if entry is not None and len(entry) > 2 else None
    return year if isinstance(year, int) and not isinstance(year, bool) else None
