"""VADER 3.3.2's "but" rule, with its quirk, in linear time (see :mod:`trendscope_app.text.vader`).

3.3.2 rescales the sentiments around a "but" by looking each one up with ``list.index(value)``: it finds
the *first* position holding an equal value, not the token's own. Scores depend on that, so it is kept.
"""

from __future__ import annotations

from heapq import heappop, heappush
from itertools import compress, count, repeat
from operator import mul, or_

__all__ = ["_but_check"]


def _but_check(sentiments: list[float], bi: int) -> list[float]:
    """The non-zero ``sentiments`` after 3.3.2's ``_but_check``, in order; ``bi`` is the first "but".

    3.3.2 walks the list and, for the value ``v`` at step ``k``, rescales the *first* position holding a
    value ``== v`` (``list.index``) by 0.5 if it is before ``bi``, by 1.5 if after. Positions from ``k`` on
    still hold their original values, so that is the smallest position below ``k`` now holding ``v``, if
    any, else ``k``. Zeros stay zeros and ``bi`` holds one (``"but"`` is not in the lexicon), so non-zero
    values only ever meet non-zero values and are scaled, and zeros do not count in the sum.

    A position below ``k`` can only hold ``v`` if ``v`` is some value times 0.5 or 1.5. Unless such a
    *colliding* value exists, each step finds its own position: every value is scaled where it stands, in
    one C pass. Otherwise :func:`_but_replay` replays the steps that involve colliding values.

    Examples
    --------
    >>> from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    >>> s = [2.0, 0, 1.0, 0, 1.0, 2.0]
    >>> SentimentIntensityAnalyzer._but_check(["a", "b", "c", "but", "d", "e"], list(s))
    [0.5, 0.0, 0.5, 0, 1.0, 3.0]
    >>> _but_check(s, 3), _but_check([3.1, 0, 0, -1.0], 1)
    ([0.5, 0.5, 1.0, 3.0], [1.55, -1.5])
    """
    before = list(filter(None, sentiments[:bi]))
    after = list(filter(None, sentiments[bi + 1 :]))
    scaled = [*map(mul, before, repeat(0.5)), *map(mul, after, repeat(1.5))]
    distinct = {*before, *after}
    reachable = set(map(mul, distinct, repeat(0.5)))
    reachable.update(map(mul, distinct, repeat(1.5)))
    colliding = distinct & reachable
    if not colliding:
        return scaled
    return _but_replay([*before, *after], scaled, len(before), colliding)


def _but_replay(values: list[float], scaled: list[float], bi: int, colliding: set[float]) -> list[float]:
    """3.3.2's ``_but_check`` steps on non-zero ``values``, given them each scaled where they stand.

    Parameters
    ----------
    values : list of float
        The non-zero sentiments; those below ``bi`` scale by 0.5, the others by 1.5.
    scaled : list of float
        ``values`` each scaled by its own factor; turned into the result in place.
    bi : int
        The number of values before the "but".
    colliding : set of float
        The values equal to a value times 0.5 or 1.5. Any other value is only ever found at its own
        position, and a position holding it is never looked for: those steps are already done in
        ``scaled``. ``heaps[v]`` holds the positions below the current step that hold colliding ``v``,
        smallest first (O(log h) instead of 3.3.2's O(h) ``list.index``).

    Returns
    -------
    list of float
        ``scaled``, now the values after 3.3.2's steps.

    Examples
    --------
    >>> _but_replay([2.0, 1.0, 1.0, 2.0], [1.0, 0.5, 1.5, 3.0], 2, {1.0})
    [0.5, 0.5, 1.0, 3.0]
    """
    heaps: dict[float, list[int]] = {}
    involved = colliding.__contains__
    for k in compress(count(), map(or_, map(involved, values), map(involved, scaled))):
        v = values[k]
        here = heaps.get(v)
        if here:
            si = heappop(here)
            new = v * 0.5 if si < bi else v * 1.5
            scaled[si] = new
            scaled[k] = v
            here.append(k)  # k exceeds every position in the heaps: still a heap
            if new in colliding:
                heappush(heaps.setdefault(new, []), si)
        elif (new := scaled[k]) in colliding:
            heaps.setdefault(new, []).append(k)
    return scaled
