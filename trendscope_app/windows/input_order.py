"""Input order of a ``movie_events`` partition: each record applied once, in offset order, none passed over.

(The forecast stage judges its ``trend_stream`` partitions the same way; below is the window stage's case.)

The window stage skips an event already counted by the offset it has in its *source* (a ``reddit_stream`` or
``tmdb_stream`` partition), which absorbs every repeat as long as the records of a partition are applied in
order. A record delivered out of order, or never delivered while later ones were, is then taken for a repeat
once a later record moved its source's offset past it, and its mentions are lost for good. That needs a
delivery fault further up (a commit over a record that was never processed, a fetch that skipped one, a lost
write of the window state), which the stage cannot see from the sources' offsets.

So the stage also keeps the next ``movie_events`` offset it expects in the partition's saved state, and
:class:`InputOrder` judges every record against it:

* below it: applied before (a replay after a restart or a rebalance): its events are repeats, skipped by
  their sources' offsets as before;
* at it: applied;
* above it: a gap. The records in between are read again (the stage seeks the partition back to the expected
  offset) and later records wait for them: they are not applied, and the re-read delivers them again.

Kafka offsets of a plain topic have no holes, but a broker may no longer hold a record (retention), and a
fault that made a record go missing once can do it again. Records fetched before a seek are bounded (the
agent's queue and one fetch): more than :attr:`InputOrder.stale_limit` records past the gap while it is
pending mean the re-read lost one too, and the gap is read again. A re-read that starts past the expected
offset (at or before the record that revealed the gap) is read again until :data:`CONFIRM` re-reads in a row
start at the same offset; only then are the records before it taken as gone, counted in
:attr:`InputOrder.missing`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

__all__ = ["CONFIRM", "InputOrder", "Verdict"]

#: Re-reads in a row that must start at the same offset past the expected one before the records in
#: between are taken as gone from the broker.
CONFIRM = 3


class Verdict(Enum):
    """What to do with one record."""

    APPLY = "apply"
    #: Applied before (its events are repeats).
    REPEAT = "repeat"
    #: Records before it were never applied: read again from :attr:`InputOrder.reread_from`; skip it.
    GAP = "gap"
    #: Fetched before the re-read of a gap: skip it, the re-read delivers it again.
    WAIT = "wait"


@dataclass(slots=True)
class InputOrder:
    """The next offset a partition expects, and the gap it is reading again, if any.

    Parameters
    ----------
    next_offset
        The offset after the last record applied; ``None`` if not known (state saved before it was kept):
        the first record is then taken as it comes.
    stale_limit
        Most records that can arrive after a seek from before it (what the consumer had already fetched).

    Examples
    --------
    >>> order = InputOrder(next_offset=100)
    >>> [order.admit(o).value for o in (98, 99, 100, 101)]      # a replay, then new records
    ['repeat', 'repeat', 'apply', 'apply']
    >>> order.admit(104).value, order.reread_from                 # 102 and 103 never came
    ('gap', 102)
    >>> order.admit(105).value                                    # fetched before the re-read
    'wait'
    >>> [order.admit(o).value for o in (102, 103, 104, 105)]     # the re-read
    ['apply', 'apply', 'apply', 'apply']
    >>> order.reread_from is None, order.next_offset
    (True, 106)
    """

    next_offset: int | None = None
    stale_limit: int = 10_000
    #: Where the pending re-read starts (the first offset never applied), or ``None``.
    reread_from: int | None = None
    #: The record that revealed the pending gap: records fetched before the re-read come after it.
    _revealed_by: int = 0
    #: Records the broker no longer had, found by the last re-read that started late.
    missing: int = 0
    #: Where the last re-reads started past the expected offset, and how many in a row did.
    _late_start: int | None = None
    _late_starts: int = 0
    #: Records past the pending gap since its last seek.
    _waited: int = 0

    def admit(self, offset: int) -> Verdict:
        """Judge the record at ``offset``; :attr:`Verdict.APPLY` also moves the expected offset past it.

        Examples
        --------
        >>> order = InputOrder(next_offset=10)
        >>> order.admit(12).value, order.reread_from
        ('gap', 10)
        >>> [order.admit(11).value for _ in range(CONFIRM)]           # re-reads all start at 11
        ['gap', 'gap', 'apply']
        >>> order.missing, order.next_offset                           # the broker no longer has 10
        (1, 12)
        >>> InputOrder().admit(500).value                             # nothing known yet: taken as it comes
        'apply'
        """
        expected = self.next_offset
        if expected is None or offset == expected:
            self._applied(offset)
            return Verdict.APPLY
        if offset < expected:
            return Verdict.REPEAT
        if self.reread_from is None:
            self.reread_from = expected
            return self._seek(offset)
        if offset > self._revealed_by:
            self._waited += 1
            return Verdict.WAIT if self._waited <= self.stale_limit else self._seek(offset)
        # A re-read that starts past the expected offset.
        if offset == self._late_start:
            self._late_starts += 1
        else:
            self._late_start, self._late_starts = offset, 1
        if self._late_starts >= CONFIRM:
            self.missing = offset - expected
            self._applied(offset)
            return Verdict.APPLY
        return self._seek(offset)

    def take_missing(self) -> int:
        """The records the broker no longer had, found since the last call (then forgotten).

        Examples
        --------
        >>> order = InputOrder(next_offset=10)
        >>> [order.admit(o).value for o in (12, 11, 11, 11)]
        ['gap', 'gap', 'gap', 'apply']
        >>> order.take_missing(), order.take_missing()
        (1, 0)
        """
        missing, self.missing = self.missing, 0
        return missing

    def _seek(self, offset: int) -> Verdict:
        """Read the gap again; what was fetched before continues after ``offset``."""
        self._revealed_by, self._waited = offset, 0
        return Verdict.GAP

    def _applied(self, offset: int) -> None:
        self.next_offset = offset + 1
        self.reread_from = self._late_start = None
        self._late_starts = 0
