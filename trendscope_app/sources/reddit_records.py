"""``reddit_stream`` records from asyncpraw's comments and submissions."""

from __future__ import annotations

from typing import Any

__all__ = ["comment_record", "submission_record"]

#: Bodies of comments whose text is gone: nothing to match, nothing to score.
_GONE = frozenset({"[deleted]", "[removed]"})


def _name(obj: Any) -> str | None:
    if obj is None:
        return None
    if isinstance(obj, str):
        return obj
    name = getattr(obj, "name", None) or getattr(obj, "display_name", None)
    return name if isinstance(name, str) else None


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0


def comment_record(comment: Any) -> dict[str, Any] | None:
    """The ``reddit_stream`` record of an asyncpraw comment, or ``None`` if it has no usable text/time.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> comment_record(NS(id="kx1", body="Dune 2 rocks", created_utc=1714000000.0, score=3,
    ...                   subreddit=NS(display_name="movies"), author=NS(name="ann"),
    ...                   permalink="/r/movies/comments/a/_/kx1/"))  # doctest: +NORMALIZE_WHITESPACE
    {'id': 'kx1', 'body': 'Dune 2 rocks', 'created_utc': 1714000000.0, 'score': 3, 'subreddit': 'movies',
     'author': 'ann', 'permalink': '/r/movies/comments/a/_/kx1/'}
    >>> comment_record(NS(id="kx2", body="[removed]", created_utc=1.0)) is None
    True
    """
    body, created = getattr(comment, "body", None), getattr(comment, "created_utc", None)
    if not isinstance(body, str) or body in _GONE:
        return None
    if isinstance(created, bool) or not isinstance(created, int | float) or created < 0:
        return None
    return {
        "id": str(comment.id),
        "body": body,
        "created_utc": float(created),
        "score": _int(getattr(comment, "score", 0)),
        "subreddit": _name(getattr(comment, "subreddit", None)) or "",
        "author": _name(getattr(comment, "author", None)),
        "permalink": getattr(comment, "permalink", None),
    }


def submission_record(post: Any) -> dict[str, Any] | None:
    """The ``reddit_stream`` record of an asyncpraw submission: title + selftext as the text.

    Examples
    --------
    >>> from types import SimpleNamespace as NS
    >>> r = submission_record(NS(id="1c9", title="Dune 2 thoughts", selftext="Loved it.",
    ...                          created_utc=5.0, score=10, subreddit="movies", author=None,
    ...                          permalink="/r/movies/comments/1c9/dune_2_thoughts/"))
    >>> r["id"], r["body"], r["author"]
    ('t3_1c9', 'Dune 2 thoughts\\n\\nLoved it.', None)
    """
    title, created = getattr(post, "title", None), getattr(post, "created_utc", None)
    if not isinstance(title, str) or not title.strip():
        return None
    if isinstance(created, bool) or not isinstance(created, int | float) or created < 0:
        return None
    text = getattr(post, "selftext", "") or ""
    return {
        "id": f"t3_{post.id}",
        "body": f"{title}\n\n{text}" if text and text not in _GONE else title,
        "created_utc": float(created),
        "score": _int(getattr(post, "score", 0)),
        "subreddit": _name(getattr(post, "subreddit", None)) or "",
        "author": _name(getattr(post, "author", None)),
        "permalink": getattr(post, "permalink", None),
    }
