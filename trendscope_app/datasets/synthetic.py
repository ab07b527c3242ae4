"""Made-up movie titles, for samples that ask for more movies than the catalogue holds.

Matcher benchmarks with thousands of titles need a catalogue of that size: :func:`synthetic_movies`
writes distinctive titles of the shape "The <adjective> <noun> <suffix>" ("The Crimson Harbor
Protocol") from fixed word lists that appear in no catalogue title and no comment text, so that the
sample's ground truth stays exact.
"""

from __future__ import annotations

import itertools

from trendscope_app.datasets.catalogue import SampleMovie

__all__ = ["synthetic_movies"]


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# "<adjective> <noun> <suffix>": words that appear in no catalogue title and no comment text.
_SYN_ADJ = _words(
    "Crimson Velvet Obsidian Amber Cobalt Ivory Scarlet Copper Silver Emerald Indigo Saffron Onyx "
    "Cerulean Vermilion Ochre Jade Umber Teal Magenta Azure Gilded Frosted Hollow Restless Burning "
    "Sunken Forgotten Distant Shattered Painted Woven Wandering Gleaming Lantern Thunderous Feral "
    "Brazen Solemn Radiant"
)
_SYN_NOUN = _words(
    "Harbor Meridian Citadel Lighthouse Orchard Canyon Monsoon Glacier Pavilion Labyrinth Tundra "
    "Caravan Observatory Archipelago Cathedral Foundry Reservoir Aqueduct Bastion Causeway Estuary "
    "Fjord Grotto Hinterland Isthmus Junction Kestrel Lagoon Minaret Nebula Oasis Parapet Quarry "
    "Rampart Savanna Turret Viaduct Windmill Ziggurat Atoll"
)
_SYN_SUFFIX = _words(
    "Protocol Chronicles Ledger Requiem Overture Gambit Paradox Sonata Tapestry Odyssey Cipher "
    "Vendetta Almanac Codex Dossier Elegy Fugue Manifesto Nocturne Prophecy"
)


def synthetic_movies(n: int, taken_ids: set[int]) -> list[SampleMovie]:
    """``n`` distinctive made-up movies ("The Crimson Harbor Protocol") with ids not in ``taken_ids``.

    Parameters
    ----------
    n : int
        How many (at most ~36,000).
    taken_ids : set of int
        Ids already used.

    Returns
    -------
    list of SampleMovie
        Ids from 9,000,000 upwards.

    Examples
    --------
    >>> [m.title for m in synthetic_movies(2, set())]
    ['The Crimson Harbor Protocol', 'The Velvet Harbor Protocol']
    """
    combos = itertools.product(_SYN_SUFFIX, _SYN_NOUN, _SYN_ADJ)
    out = []
    mid = 9_000_000
    for i, (suffix, noun, adj) in enumerate(itertools.islice(combos, n)):
        while mid in taken_ids:
            mid += 1
        title = f"The {adj} {noun} {suffix}"
        out.append(SampleMovie(mid, title, f"{2022 + i % 4}-{1 + i % 12:02d}-{1 + i % 28:02d}", title))
        mid += 1
    if len(out) < n:
        raise ValueError(f"at most {len(out)} synthetic movies are available")
    return out
