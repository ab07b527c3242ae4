"""The catalogue entry: titles, and the event time a movie counts from."""

from __future__ import annotations

import json
import math

from trendscope_app.models.catalog_entry import CatalogEntry, counted_since, learn_snapshot

T = 1_717_200_000.0


def test_a_movie_counts_from_its_earliest_snapshot_whatever_order_they_are_read_in() -> None:
    first = learn_snapshot(None, "Wicked", "Wicked", T + 600)
    assert first is not None and first.known_since == T + 600
    earlier = learn_snapshot(first, "Wicked", "Wicked", T)  # an older snapshot read late
    assert earlier is not None and earlier.known_since == T
    assert learn_snapshot(earlier, "Wicked", "Wicked", T + 900) is None  # nothing changes: no table write
    renamed = learn_snapshot(earlier, "Wicked: Part One", "Wicked", T + 900)
    assert renamed == CatalogEntry("Wicked: Part One", "Wicked", T)


def test_entries_survive_the_table_and_older_entries_count_from_the_start() -> None:
    entry = CatalogEntry("Here", None, T)
    stored = json.loads(json.dumps(entry.as_value()))  # the table's JSON serializer
    assert CatalogEntry.from_value(stored) == entry and entry.titles == ["Here"]
    old = CatalogEntry.from_value(["Here", "Here"])  # written before the time was kept
    assert old.known_since == -math.inf
    assert json.loads(json.dumps(old.as_value())) == ["Here", "Here", None]
    assert CatalogEntry.from_value(["Here", "Here", None]) == old
    assert learn_snapshot(old, "Here", "Here", T) is None  # an old entry is not rewritten for its time


def test_the_first_polls_movies_count_every_comment_and_later_ones_from_their_first_snapshot() -> None:
    # A poll every 300 s: the first poll at T, one movie entering at T + 600, an entry of an older version.
    since = counted_since({1: T, 2: T + 0.5, 3: T + 600, 4: -math.inf}, poll_interval_s=300.0)
    assert since == {1: -math.inf, 2: -math.inf, 3: T + 600, 4: -math.inf}
    # The first poll is the earliest snapshot's, whatever the order the movies were learnt in.
    assert counted_since({3: T + 300, 1: T}, poll_interval_s=300.0) == {3: T + 300, 1: -math.inf}
    assert counted_since({}, poll_interval_s=300.0) == {}
