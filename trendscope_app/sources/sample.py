"""Deterministic sample data: Reddit comments and TMDB snapshots with known ground truth.

Used by the demo, the tests and the benchmarks. Everything is derived from :class:`SampleSpec` (including
its ``seed``), so one spec always yields byte-identical records.

The model
---------
* ``n_movies`` movies are drawn from :data:`CATALOGUE` (real 2022-2025 titles; ids are TMDB-style, many are
  the real TMDB ids but they are not authoritative). Each has a smooth popularity curve: a log-normal base,
  a slow exponential trend and a gentle wave. ``n_breakouts`` of the less popular movies surge by 5-9x in
  the middle third of the run (a smooth bump that is zero in the first and last thirds).
* Comments arrive as an inhomogeneous process with intensity ``B + sum(popularity)``; a comment at time
  ``t`` mentions no movie with probability ``B / (B + sum(popularity(t)))`` (about 30 % overall),
  otherwise 1-3 distinct movies drawn proportionally to their popularity at ``t``. A movie's mention rate
  is therefore proportional to its popularity curve, and breakouts get a surge of mentions mid-run.
* A mentioned title is written as one of its :func:`title_variants` (case, punctuation, ``&``/``and``,
  accents), all of which :func:`normalize_text` maps to the same string: a matcher that is case-,
  punctuation- and accent-insensitive, treats ``&`` as ``and`` and matches on word boundaries finds exactly
  the ground-truth movies. Catalogue titles avoid ordinary English words and phrases, no title contains
  another one, and the comment templates contain no title.
* TMDB snapshots: every movie every ``tmdb_interval_s`` seconds, the first round at exactly ``start``;
  ``popularity`` is the curve times a little log-normal noise.

Records follow DESIGN.md section 6. The ground truth never travels inside a record: :func:`generate`
returns it as a separate mapping and :func:`iter_generate` yields it beside each record.
"""

from __future__ import annotations

import argparse
import bisect
import heapq
import itertools
import math
import os
import random
import re
import sys
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from trendscope_app.sources.jsonl import read_jsonl, write_jsonl
from trendscope_app.text.matcher import is_ambiguous

__all__ = [
    "CATALOGUE",
    "LabelledComment",
    "SampleEvent",
    "SampleFiles",
    "SampleMovie",
    "SampleSpec",
    "SampleWorld",
    "build_world",
    "generate",
    "iter_comments",
    "iter_generate",
    "iter_snapshots",
    "normalize_text",
    "read_jsonl",
    "title_variants",
    "write_jsonl",
    "write_sample",
]


# ---------------------------------------------------------------------------------------------------------
# Catalogue
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleMovie:
    """A movie of the sample catalogue.

    Attributes
    ----------
    id : int
        TMDB-style movie id.
    title : str
        Display title (the one comments mention).
    release_date : str
        ISO date.
    original_title : str
        Title in the original language (equal to ``title`` for English-language films).
    """

    id: int
    title: str
    release_date: str
    original_title: str


# id|release_date|title[|original_title]. Non-ASCII characters are \\u escapes (decoded by Python).
_CATALOGUE_DATA = """
414906|2022-03-01|The Batman
545611|2022-03-24|Everything Everywhere All at Once
361743|2022-05-21|Top Gun: Maverick
76600|2022-12-14|Avatar: The Way of Water
505642|2022-11-09|Black Panther: Wakanda Forever
453395|2022-05-04|Doctor Strange in the Multiverse of Madness
616037|2022-07-06|Thor: Love and Thunder
507086|2022-06-01|Jurassic World Dominion
438148|2022-06-29|Minions: The Rise of Gru
674324|2022-10-21|The Banshees of Inisherin
661374|2022-11-23|Glass Onion: A Knives Out Mystery
315162|2022-12-07|Puss in Boots: The Last Wish
49046|2022-10-07|All Quiet on the Western Front|Im Westen nichts Neues
804095|2022-11-11|The Fabelmans
497828|2022-09-18|Triangle of Sadness
965150|2022-10-21|Aftersun
579974|2022-03-24|RRR
675353|2022-04-08|Sonic the Hedgehog 2
526896|2022-03-30|Morbius
639933|2022-04-07|The Northman
338953|2022-04-06|Fantastic Beasts: The Secrets of Dumbledore
718789|2022-06-15|Lightyear
436270|2022-10-19|Black Adam
869626|2022-06-24|Marcel the Shell with Shoes On
555604|2022-11-09|Guillermo del Toro's Pinocchio
760104|2022-08-05|Bodies Bodies Bodies
682507|2022-07-15|Where the Crawdads Sing
732670|2022-02-04|Jackass Forever
505026|2022-02-09|Death on the Nile
616820|2022-10-12|Halloween Ends
756999|2022-06-22|The Black Phone
725201|2022-07-13|The Gray Man
696806|2022-03-11|The Adam Project
829280|2022-11-04|Enola Holmes 2
642885|2022-09-27|Hocus Pocus 2
899294|2022-11-04|Weird: The Al Yankovic Story
754609|2022-10-28|Armageddon Time
522707|2022-10-07|Lyle, Lyle, Crocodile
539681|2022-07-27|DC League of Super-Pets
385128|2022-07-14|Paws of Fury: The Legend of Hank
718930|2022-07-15|Mrs. Harris Goes to Paris
760161|2022-07-27|Orphan: First Kill
615904|2022-06-17|Spiderhead
406759|2022-02-03|Moonfall
820067|2022-02-25|Studio 666
820446|2022-04-27|Downton Abbey: A New Era
667216|2022-10-27|Bardo, False Chronicle of a Handful of Truths
619979|2022-09-16|Confess, Fletch
725273|2022-06-17|Cha Cha Real Smooth
785398|2022-08-12|Emily the Criminal
648579|2022-04-22|The Unbearable Weight of Massive Talent
760099|2022-08-31|Three Thousand Years of Longing
785084|2022-06-17|Jerry & Marge Go Large
674211|2022-11-25|Roald Dahl's Matilda the Musical
800815|2022-12-23|The Pale Blue Eye
717728|2022-10-27|Prey for the Devil
663712|2022-10-06|Hellraiser
830784|2022-10-05|Mr. Harrigan's Phone
597922|2022-10-19|The School for Good and Evil
705861|2022-11-11|My Father's Dragon
653851|2022-10-21|Wendell & Wild
603703|2022-12-21|Whitney Houston: I Wanna Dance with Somebody
937278|2022-12-28|A Man Called Otto
872585|2023-07-19|Oppenheimer
346698|2023-07-19|Barbie
569094|2023-05-31|Spider-Man: Across the Spider-Verse
447365|2023-05-03|Guardians of the Galaxy Vol. 3
502356|2023-04-05|The Super Mario Bros. Movie
603692|2023-03-22|John Wick: Chapter 4
385687|2023-05-17|Fast X
640146|2023-02-15|Ant-Man and the Wasp: Quantumania
677179|2023-03-01|Creed III
934433|2023-03-08|Scream VI
713704|2023-04-12|Evil Dead Rise
804150|2023-02-22|Cocaine Bear
536554|2022-12-28|M3GAN
631842|2023-02-01|Knock at the Cabin
594767|2023-03-15|Shazam! Fury of the Gods
493529|2023-03-23|Dungeons & Dragons: Honor Among Thieves
649609|2023-04-07|Renfield
667538|2023-06-06|Transformers: Rise of the Beasts
335977|2023-06-28|Indiana Jones and the Dial of Destiny
575264|2023-07-08|Mission: Impossible \u2013 Dead Reckoning Part One
614930|2023-07-31|Teenage Mutant Ninja Turtles: Mutant Mayhem
747188|2023-06-08|Asteroid City
565770|2023-08-16|Blue Beetle
980489|2023-08-09|Gran Turismo
926393|2023-08-30|The Equalizer 3
807172|2023-10-04|The Exorcist: Believer
466420|2023-10-18|Killers of the Flower Moon
507089|2023-10-25|Five Nights at Freddy's
787699|2023-12-06|Wonka
572802|2023-12-20|Aquaman and the Lost Kingdom
930564|2023-11-16|Saltburn
940721|2023-11-03|Godzilla Minus One|\u30b4\u30b8\u30e9-1.0
508883|2023-07-14|The Boy and the Heron|\u541b\u305f\u3061\u306f\u3069\u3046\u751f\u304d\u308b\u304b
915935|2023-08-23|Anatomy of a Fall|Anatomie d'une chute
467244|2023-12-15|The Zone of Interest
840430|2023-10-27|The Holdovers
1056360|2023-11-10|American Fiction
798286|2023-04-14|Beau Is Afraid
678512|2023-07-03|Sound of Freedom
615656|2023-08-02|Meg 2: The Trench
447277|2023-05-18|The Little Mermaid
614479|2023-07-05|Insidious: The Red Door
945729|2023-09-13|A Haunting in Venice
299054|2023-09-15|Expend4bles
901362|2023-10-12|Trolls Band Together
695721|2023-11-15|The Hunger Games: The Ballad of Songbirds & Snakes
848326|2023-12-15|Rebel Moon \u2013 Part One: A Child of Fire
850165|2023-12-21|The Iron Claw
785156|2023-02-03|80 for Brady
616747|2023-02-09|Magic Mike's Last Dance
1010573|2023-02-24|Jesus Revolution
555285|2023-04-28|Are You There God? It's Me, Margaret.
791820|2023-05-12|Book Club: The Next Chapter
882569|2023-04-19|Guy Ritchie's The Covenant
1001811|2023-10-06|Totally Killer
895549|2023-10-20|Nyad
850028|2023-11-03|Rustin
906126|2023-12-13|Society of the Snow|La sociedad de la nieve
643215|2023-02-01|Asterix & Obelix: The Middle Kingdom|Ast\u00e9rix & Ob\u00e9lix : L'Empire du milieu
785085|2023-04-05|The Three Musketeers: D'Artagnan|Les Trois Mousquetaires : D'Artagnan
1010581|2023-09-07|Io Capitano
837335|2023-11-23|La Quimera
968051|2023-09-06|The Nun II
1040706|2023-06-28|Ruby Gillman, Teenage Kraken
1013860|2023-07-14|They Cloned Tyrone
826510|2024-03-01|Problemista
1011679|2023-01-13|Skinamarink
758323|2023-04-05|The Pope's Exorcist
893723|2023-09-21|PAW Patrol: The Mighty Movie
1160164|2023-10-13|Taylor Swift: The Eras Tour
1203236|2023-12-01|Renaissance: A Film by Beyonc\u00e9
916224|2022-11-11|Suzume|\u3059\u305a\u3081\u306e\u6238\u7de0\u307e\u308a
1010818|2022-12-03|The First Slam Dunk
842675|2023-02-10|Huesera: The Bone Woman
872906|2023-09-07|Jawan
864692|2023-01-25|Pathaan
960876|2023-12-21|Dunki
1040148|2023-11-12|Tiger 3
693134|2024-02-27|Dune: Part Two
533535|2024-07-24|Deadpool & Wolverine
1022789|2024-06-11|Inside Out 2
889737|2024-10-01|Joker: Folie \u00e0 Deux
823464|2024-03-27|Godzilla x Kong: The New Empire
1011985|2024-03-02|Kung Fu Panda 4
786892|2024-05-22|Furiosa: A Mad Max Saga
653346|2024-05-08|Kingdom of the Planet of the Apes
573435|2024-06-05|Bad Boys: Ride or Die
762441|2024-06-26|A Quiet Place: Day One
519182|2024-06-20|Despicable Me 4
917496|2024-09-04|Beetlejuice Beetlejuice
945961|2024-08-13|Alien: Romulus
912649|2024-10-22|Venom: The Last Dance
1241982|2024-11-21|Moana 2
558449|2024-11-05|Gladiator II
939243|2024-12-19|Sonic the Hedgehog 3
762509|2024-12-18|Mufasa: The Lion King
426063|2024-12-25|Nosferatu
539972|2024-12-11|Kraven the Hunter
839033|2024-12-05|The Lord of the Rings: The War of the Rohirrim
698687|2024-09-11|Transformers One
1184918|2024-09-12|The Wild Robot
1034541|2024-10-09|Terrifier 3
592831|2024-09-25|Megalopolis
1226578|2024-07-10|Longlegs
848538|2024-01-31|Argylle
634492|2024-02-14|Madame Web
967847|2024-03-20|Ghostbusters: Frozen Empire
1064213|2024-10-14|Anora
549509|2024-12-20|The Brutalist
974950|2024-08-21|Emilia P\u00e9rez
1029281|2024-06-21|Kinds of Kindness
1010781|2024-06-26|Horizon: An American Saga \u2013 Chapter 1
1023922|2024-07-04|MaXXXine
365177|2024-08-07|Borderlands
802219|2024-02-14|Bob Marley: One Love
1041613|2024-02-09|Lisa Frankenstein
957304|2024-02-23|Drive-Away Dolls
938614|2024-03-19|Late Night with the Devil
437342|2024-04-03|The First Omen
1108566|2024-10-30|Juror #2
1028196|2024-10-25|Nickel Boys
929204|2024-12-18|Wallace & Gromit: Vengeance Most Fowl
1147400|2024-12-06|The Six Triple Eight
280180|2024-07-03|Beverly Hills Cop: Axel F
801688|2024-06-27|Kalki 2898 AD
857598|2024-12-05|Pushpa 2: The Rule
1112426|2024-08-15|Stree 2
748783|2024-04-30|The Garfield Movie
1010782|2024-08-02|Harold and the Purple Crayon
618588|2024-03-15|Arthur the King
1052280|2024-01-26|Hundreds of Beavers
1144430|2024-08-02|Kneecap
1184812|2024-07-26|D\u00ecdi
1210922|2024-11-06|Pedro P\u00e1ramo
1094138|2024-09-06|His Three Daughters
1013574|2024-04-12|Sasquatch Sunset
957452|2024-06-21|The Bikeriders
1050035|2024-08-23|Strange Darling
934632|2024-04-19|Rebel Moon \u2013 Part Two: The Scargiver
1047373|2024-05-10|The Ministry of Ungentlemanly Warfare
1033148|2024-04-26|Boy Kills World
1011681|2024-06-14|Ultraman: Rising
838209|2024-02-22|Exhuma|\ud30c\ubb18
1091175|2024-03-01|Laapataa Ladies
1041711|2024-11-29|Nightbitch
1064486|2024-10-18|Memoir of a Snail
516729|2024-11-08|Paddington in Peru
1147410|2024-09-06|Rebel Ridge
822119|2025-02-12|Captain America: Brave New World
696506|2025-02-28|Mickey 17
986056|2025-04-30|Thunderbolts*
950387|2025-03-31|A Minecraft Movie
552524|2025-05-17|Lilo & Stitch
1087192|2025-06-06|How to Train Your Dragon
1234821|2025-07-01|Jurassic World Rebirth
617126|2025-07-23|The Fantastic Four: First Steps
1100988|2025-06-18|28 Years Later
574475|2025-05-14|Final Destination Bloodlines
575265|2025-05-17|Mission: Impossible \u2013 The Final Reckoning
1011477|2025-05-08|Karate Kid: Legends
541671|2025-06-04|From the World of John Wick: Ballerina
1007734|2025-08-06|Freakier Friday
1035259|2025-07-30|The Naked Gun
1038392|2025-09-03|The Conjuring: Last Rites
533533|2025-10-08|Tron: Ares
1084242|2025-11-26|Zootopia 2
83533|2025-12-17|Avatar: Fire and Ash
980477|2025-01-29|Ne Zha 2|\u54ea\u5412\u4e4b\u9b54\u7ae5\u95f9\u6d77
870028|2025-04-23|The Accountant 2
1151031|2025-06-04|Sir\u0101t
701387|2025-10-24|Bugonia
858024|2025-11-26|Hamnet
1317288|2025-12-25|Marty Supreme
803796|2025-06-20|KPop Demon Hunters
1242898|2025-11-05|Predator: Badlands
1153714|2025-03-28|Death of a Unicorn
1137350|2025-05-30|The Phoenician Scheme
1263256|2025-07-25|Happy Gilmore 2
1184840|2025-07-17|Eddington
1218925|2025-10-01|The Smashing Machine
1218926|2025-09-19|Chainsaw Man \u2013 The Movie: Reze Arc
1311031|2025-07-18|Demon Slayer: Kimetsu no Yaiba Infinity Castle
812583|2025-12-12|Wake Up Dead Man: A Knives Out Mystery
1100099|2025-05-30|Fear Street: Prom Queen
1125899|2025-09-12|Downton Abbey: The Grand Finale
777443|2025-03-14|The Electric State
1075456|2025-10-10|Kiss of the Spider Woman
1034511|2025-06-06|The Life of Chuck
1130003|2025-10-03|Roofman
1195506|2025-10-24|Springsteen: Deliver Me from Nowhere
1185528|2025-12-19|The SpongeBob Movie: Search for SquarePants
"""


def _parse_catalogue(data: str) -> tuple[SampleMovie, ...]:
    movies = []
    for line in data.strip().splitlines():
        mid, release, title, *orig = line.split("|")
        movies.append(SampleMovie(int(mid), title, release, orig[0] if orig else title))
    return tuple(movies)


#: Built-in catalogue of real 2022-2025 movies (ids TMDB-style). No normalised title contains another
#: on word boundaries, and none is an ordinary English word or phrase.
# Titles made of ordinary words ("The Black Phone") are matched only with evidence such as capitalisation;
# the sample writes titles in any case, so it keeps its ground truth unambiguous by leaving them out. The
# matcher's own tests cover such titles on a hand-labelled set.
CATALOGUE: tuple[SampleMovie, ...] = tuple(
    m for m in _parse_catalogue(_CATALOGUE_DATA) if not is_ambiguous(m.title)
)


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Synthetic extra titles (only when a spec asks for more movies than the catalogue holds, e.g. matcher
# benchmarks with thousands of titles): "<adjective> <noun> <suffix>", three words from fixed lists that
# appear in no catalogue title and no template.
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


def _synthetic_movies(n: int, taken_ids: set[int]) -> list[SampleMovie]:
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
        raise ValueError(f"at most {len(CATALOGUE) + len(out)} sample movies are available")
    return out


# ---------------------------------------------------------------------------------------------------------
# Text normalisation and title variants
# ---------------------------------------------------------------------------------------------------------

_NON_WORD = re.compile(r"[\W_]+")


def normalize_text(text: str) -> str:
    """Normalise text the way the ground truth assumes a title matcher does.

    Accents are stripped (NFKD, combining marks dropped), case is folded, ``&`` becomes ``and``, every run
    of non-alphanumeric characters becomes one space, and the result is stripped.

    Parameters
    ----------
    text : str
        Any text: a title or a comment body.

    Returns
    -------
    str
        The normalised text.

    Examples
    --------
    >>> normalize_text("Joker: Folie \\u00e0 Deux")
    'joker folie a deux'
    >>> normalize_text("DEADPOOL & WOLVERINE!!")
    'deadpool and wolverine'
    >>> normalize_text("Spider-Man: Across the Spider-Verse")
    'spider man across the spider verse'
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_WORD.sub(" ", stripped.casefold().replace("&", " and ")).strip()


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def _drop_loose_punctuation(title: str) -> str:
    # Drop punctuation next to a space or an end ("Vol. 3", "Shazam!", "Juror #2", "Thunderbolts*"), and
    # turn in-word hyphens into spaces; apostrophes inside words stay. '&' is handled by _swap_and.
    chars = list(title)
    out = []
    for i, c in enumerate(chars):
        if c.isalnum() or c.isspace() or c == "&":
            out.append(c)
            continue
        before = chars[i - 1] if i > 0 else " "
        after = chars[i + 1] if i + 1 < len(chars) else " "
        if before.isspace() or after.isspace():
            continue
        out.append(" " if c in "-\u2010\u2011" else c)
    return " ".join("".join(out).split())


def _swap_and(title: str) -> str:
    if "&" in title:
        return " ".join(title.replace("&", " and ").split())
    return re.sub(r"(?<!\w)and(?!\w)", "&", title, flags=re.IGNORECASE)


def title_variants(title: str) -> tuple[str, ...]:
    """Spellings of ``title`` that a normalising matcher finds, the exact title first.

    Combines case (as is, lower, upper), loose punctuation dropped, ``&`` <-> ``and`` and accents stripped.
    Every variant has the same :func:`normalize_text` as ``title``; a variant that would not is left out.

    Parameters
    ----------
    title : str
        The catalogue title.

    Returns
    -------
    tuple of str
        Distinct variants, ``title`` first.

    Examples
    --------
    >>> v = title_variants("Deadpool & Wolverine")
    >>> v[0], "DEADPOOL AND WOLVERINE" in v, "deadpool and wolverine" in v
    ('Deadpool & Wolverine', True, True)
    >>> "joker folie a deux" in title_variants("Joker: Folie \\u00e0 Deux")
    True
    >>> {normalize_text(x) for x in title_variants("Guardians of the Galaxy Vol. 3")}
    {'guardians of the galaxy vol 3'}
    """
    target = normalize_text(title)
    seen = {title: None}
    for punct, amp, accents, case in itertools.product((False, True), (False, True), (False, True), range(3)):
        v = title
        if punct:
            v = _drop_loose_punctuation(v)
        if amp:
            v = _swap_and(v)
        if accents:
            v = _strip_accents(v)
        v = (v, v.lower(), v.upper())[case]
        if v not in seen and normalize_text(v) == target:
            seen[v] = None
    return tuple(seen)


# ---------------------------------------------------------------------------------------------------------
# Spec and world
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SampleSpec:
    """What to generate.

    Attributes
    ----------
    n_comments : int
        Exact number of comments.
    n_movies : int
        Movies taken from :data:`CATALOGUE` (synthetic titles are added beyond its size).
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
    """

    n_comments: int = 60_000
    n_movies: int = 50
    start: float = 1_717_200_000.0
    duration_s: float = 3600.0
    tmdb_interval_s: float = 300.0
    seed: int = 7
    n_breakouts: int = 3
    subreddits: tuple[str, ...] = ("movies", "boxoffice", "flicks")

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


_NO_MENTION_SHARE = 0.30
_MENTION_COUNTS = (1, 2, 3)
_MENTION_COUNT_WEIGHTS = (0.62, 0.28, 0.10)


@dataclass(frozen=True)
class _Curve:
    base: float
    slope: float
    wave_amp: float
    wave_freq: float
    wave_phase: float
    surge: float  # 0 for ordinary movies

    def at(self, tau: float) -> float:
        value = self.base * math.exp(self.slope * tau)
        value *= 1.0 + self.wave_amp * math.sin(2.0 * math.pi * (self.wave_freq * tau + self.wave_phase))
        if self.surge and 1 / 3 < tau < 2 / 3:
            value *= 1.0 + self.surge * math.sin(3.0 * math.pi * (tau - 1 / 3)) ** 2
        return value


@dataclass(frozen=True)
class SampleWorld:
    """The movies of a spec and their popularity curves (everything but the per-record randomness).

    Attributes
    ----------
    spec : SampleSpec
        The spec the world was built from.
    movies : tuple of SampleMovie
        The sampled movies, ordered by id.
    breakout_ids : tuple of int
        Ids of the movies that surge in the middle third, sorted.
    """

    spec: SampleSpec
    movies: tuple[SampleMovie, ...]
    breakout_ids: tuple[int, ...]
    _curves: tuple[_Curve, ...] = field(repr=False)
    _sentiment_bias: tuple[float, ...] = field(repr=False)
    _variants: tuple[tuple[str, ...], ...] = field(repr=False)
    _vote_average: tuple[float, ...] = field(repr=False)
    _vote_count: tuple[int, ...] = field(repr=False)
    _index: dict[int, int] = field(repr=False)

    def popularity(self, movie_id: int, t: float) -> float:
        """Noise-free popularity of a movie at event time ``t`` (what mentions follow).

        Parameters
        ----------
        movie_id : int
            One of the world's movie ids.
        t : float
            Epoch seconds.

        Returns
        -------
        float
            The curve's value (> 0).
        """
        return self._curves[self._index[movie_id]].at(self._tau(t))

    def _tau(self, t: float) -> float:
        return (t - self.spec.start) / self.spec.duration_s


def build_world(spec: SampleSpec) -> SampleWorld:
    """Draw the movies, their curves, breakouts and per-movie traits of ``spec`` (deterministic).

    Parameters
    ----------
    spec : SampleSpec
        What to generate.

    Returns
    -------
    SampleWorld
        Shared by :func:`iter_comments` and :func:`iter_snapshots`.

    Examples
    --------
    >>> w = build_world(SampleSpec(n_movies=5, n_breakouts=1, seed=1))
    >>> len(w.movies), len(w.breakout_ids)
    (5, 1)
    >>> w.breakout_ids == build_world(SampleSpec(n_movies=5, n_breakouts=1, seed=1)).breakout_ids
    True
    """
    rng = random.Random(f"trendscope-sample:world:{spec.seed}")
    pool = list(CATALOGUE)
    if spec.n_movies > len(pool):
        pool += _synthetic_movies(spec.n_movies - len(pool), {m.id for m in pool})
    movies = sorted(rng.sample(pool, spec.n_movies), key=lambda m: m.id)
    bases = [math.exp(rng.gauss(3.4, 0.8)) for _ in movies]
    # Breakouts come from the less popular half so that the surge stands out.
    by_base = sorted(range(len(movies)), key=lambda i: bases[i])
    lower = by_base[: max(spec.n_breakouts, len(movies) // 2)]
    breakout_idx = set(rng.sample(lower, spec.n_breakouts))
    curves = tuple(
        _Curve(
            base=bases[i],
            slope=max(-0.5, min(0.5, rng.gauss(0.0, 0.2))),
            wave_amp=rng.uniform(0.0, 0.12),
            wave_freq=rng.uniform(0.5, 2.0),
            wave_phase=rng.random(),
            surge=rng.uniform(5.0, 9.0) if i in breakout_idx else 0.0,
        )
        for i in range(len(movies))
    )
    return SampleWorld(
        spec=spec,
        movies=tuple(movies),
        breakout_ids=tuple(sorted(movies[i].id for i in breakout_idx)),
        _curves=curves,
        _sentiment_bias=tuple(rng.betavariate(4, 3) for _ in movies),
        _variants=tuple(title_variants(m.title) for m in movies),
        _vote_average=tuple(round(max(3.0, min(9.2, rng.gauss(6.8, 0.7))), 3) for _ in movies),
        _vote_count=tuple(int(math.exp(rng.gauss(7.0, 1.2))) for _ in movies),
        _index={m.id: i for i, m in enumerate(movies)},
    )


# ---------------------------------------------------------------------------------------------------------
# Comment text
# ---------------------------------------------------------------------------------------------------------

_POSITIVE_1 = (
    "{0} was absolutely fantastic, loved every minute",
    "Just got back from {0}. Amazing! Go see it on the biggest screen you can.",
    "{0} is the best thing I have seen all year",
    "Honestly {0} exceeded my expectations, great cast and a beautiful score",
    "Saw {0} twice this weekend and I would happily go again",
    "The final act of {0} is brilliant",
    "{0} made me cry in the best way",
    "Can't stop thinking about {0}. What a wonderful film.",
    "{0} deserves all the awards, stunning work",
    "My kids loved {0} and honestly so did I",
    "Finally caught {0} and wow, what a great time",
    "The cinematography in {0} is gorgeous",
)
_NEGATIVE_1 = (
    "{0} was a boring mess, total waste of money",
    "Walked out of {0} halfway through. Terrible pacing.",
    "{0} is overrated, the script is awful",
    "I really wanted to like {0} but it was painfully dull",
    "{0} was a huge disappointment",
    "The effects in {0} looked cheap and ugly",
    "Hated {0}. Bad dialogue, no stakes, no reason to exist.",
    "{0} bored me to tears",
    "Sorry but {0} is a mess, worst screenplay in years",
    "Fell asleep during {0}, it was that bad",
)
_NEUTRAL_1 = (
    "Is {0} still playing in theaters?",
    "What time does {0} start streaming?",
    "Anyone know the runtime of {0}?",
    "Box office numbers for {0} are out this morning",
    "Watching {0} tonight, will report back",
    "Does {0} have a post-credits scene?",
    "{0} opens in more theaters next week",
    "Trailer thread for {0}",
    "Which format should I see {0} in, IMAX or standard?",
    "Discussion thread: {0}",
    "Where can I rent {0} online?",
)
_TWO = (
    ("{0} was way better than {1}, not even close", 0.75),
    ("Double feature today: {0} then {1}. Loved both!", 0.95),
    ("{0} or {1} this weekend? Can't decide", 0.5),
    ("{0} is great but {1} was a letdown", 0.5),
    ("Skipped {0} and watched {1} instead, good call", 0.7),
    ("Hot take: {1} is more fun than {0}", 0.7),
    ("Box office this week has {0} ahead of {1}", 0.5),
    ("Both {0} and {1} were disappointing honestly", 0.1),
    ("Not sure why people compare {0} with {1}, they are nothing alike", 0.4),
)
_THREE = (
    ("My ranking this month: {0}, then {1}, then {2}", 0.6),
    ("Saw {0}, {1} and {2} this week. Only the first one was good.", 0.4),
    ("Marathon weekend with {0}, {1}, and {2}. Exhausted but happy.", 0.85),
    ("Can't decide between {0}, {1} or {2} for date night", 0.5),
    ("Overrated this year: {0}, also {1}, and honestly {2}", 0.1),
)
_OFF_TOPIC = (
    "Anyone else think ticket prices are getting ridiculous?",
    "What's the best theater chain for recliner seats?",
    "Popcorn at my local cinema is now fifteen dollars. Unreal.",
    "Looking for recommendations: slow burn thrillers from the 70s",
    "The projector at my theater was out of focus the whole time, so annoying",
    "Does anyone actually sit through all the pre-show ads?",
    "Best soundtrack of all time? I'll start: anything by Morricone",
    "Just finished a restoration marathon of old noir classics, what a great weekend",
    "Mods, can we get a weekly discussion thread for streaming releases?",
    "Why do studios keep releasing trailers that spoil the whole plot?",
    "My favorite director retired and I'm sad about it",
    "Subscription services keep raising prices, I'm canceling two of them",
    "Drive-in theaters are underrated, change my mind",
    "What's a film you love that everyone else hates?",
    "The audience clapped at the end and honestly it was lovely",
    "Someone's phone rang three times during the screening. Terrible.",
    "Who's going to the festival this year?",
    "Character actors deserve more love",
    "I miss video rental stores",
    "Horror recommendations for a sleepover? Nothing too gory please",
    "Sound mixing in modern releases makes dialogue way too quiet",
    "Great interview with a cinematographer about lighting night scenes",
    "How do you all feel about double features making a comeback?",
    "Three hours is too long for most films, fight me",
)
_PREFIXES = ("", "", "", "", "", "Honestly, ", "Ok so ", "Unpopular opinion: ", "PSA: ", "Real talk, ")
_SUFFIXES = ("", "", "", "", "", " lol", "!!", " (no spoilers pls)", " :)", " imo", ". Thoughts?")

_AUTHOR_A = _words("popcorn velvet midnight reel neon quiet salty cosmic silver lazy grumpy happy")
_AUTHOR_B = _words("otter critic usher gremlin raccoon pigeon falcon badger walrus moth panda heron")


def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = []
    while n:
        n, r = divmod(n, 36)
        out.append(digits[r])
    return "".join(reversed(out)) or "0"


# ---------------------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------------------


class LabelledComment(NamedTuple):
    """A comment record and the ground truth: sorted ids of the movies its body mentions."""

    record: dict[str, Any]
    movie_ids: tuple[int, ...]


class SampleEvent(NamedTuple):
    """One record of the merged stream of :func:`iter_generate`.

    ``movie_ids`` is the ground truth for a comment and ``(id,)`` for a snapshot.
    """

    kind: Literal["comment", "snapshot"]
    record: dict[str, Any]
    movie_ids: tuple[int, ...]

    @property
    def event_time(self) -> float:
        """``created_utc`` of a comment, ``fetched_at`` of a snapshot."""
        return self.record["created_utc" if self.kind == "comment" else "fetched_at"]


def _n_rounds(spec: SampleSpec) -> int:
    n = math.ceil(spec.duration_s / spec.tmdb_interval_s)
    while n > 1 and spec.start + (n - 1) * spec.tmdb_interval_s >= spec.start + spec.duration_s:
        n -= 1
    return max(1, n)


def iter_snapshots(spec: SampleSpec, world: SampleWorld | None = None) -> Iterator[dict[str, Any]]:
    """Yield the TMDB snapshots of ``spec`` in event-time order.

    One round per ``tmdb_interval_s`` starting at ``spec.start`` (inside ``[start, start + duration_s)``),
    each with one snapshot per movie in id order.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.
    world : SampleWorld or None
        ``build_world(spec)``, passed to share it; built when ``None``.

    Yields
    ------
    dict
        DESIGN.md section 6 snapshot records.

    Examples
    --------
    >>> snaps = list(iter_snapshots(SampleSpec(n_movies=2, n_breakouts=0, duration_s=600)))
    >>> [(s["fetched_at"] - 1_717_200_000.0) for s in snaps]
    [0.0, 0.0, 300.0, 300.0]
    """
    world = world or build_world(spec)
    rng = random.Random(f"trendscope-sample:tmdb:{spec.seed}")
    vote_counts = list(world._vote_count)
    vote_avgs = list(world._vote_average)
    for k in range(_n_rounds(spec)):
        t = spec.start + k * spec.tmdb_interval_s
        tau = world._tau(t)
        for i, movie in enumerate(world.movies):
            pop = world._curves[i].at(tau) * math.exp(rng.gauss(0.0, 0.05))
            if k:
                vote_counts[i] += int(pop * spec.tmdb_interval_s / 600.0 * rng.random())
                vote_avgs[i] = max(1.0, min(9.9, vote_avgs[i] + rng.gauss(0.0, 0.01)))
            yield {
                "id": movie.id,
                "title": movie.title,
                "original_title": movie.original_title,
                "release_date": movie.release_date,
                "popularity": max(0.001, round(pop, 3)),
                "vote_average": round(vote_avgs[i], 3),
                "vote_count": vote_counts[i],
                "fetched_at": t,
            }


def _time_grid(spec: SampleSpec, world: SampleWorld) -> tuple[float, list[list[float]], list[float], float]:
    n_movies = len(world.movies)
    n_bins = max(1, min(math.ceil(spec.duration_s / 5.0), max(60, 400_000 // n_movies)))
    width = spec.duration_s / n_bins
    cum_weights: list[list[float]] = []
    totals: list[float] = []
    for b in range(n_bins):
        tau = (b + 0.5) / n_bins
        cum = list(itertools.accumulate(c.at(tau) for c in world._curves))
        cum_weights.append(cum)
        totals.append(cum[-1])
    off_topic = _NO_MENTION_SHARE / (1 - _NO_MENTION_SHARE) * (sum(totals) / n_bins)
    return width, cum_weights, totals, off_topic


_LONG_TAIL_P = 0.4
_LONG_TAIL_MEAN_EXTRA = 3.0


def iter_comments(spec: SampleSpec, world: SampleWorld | None = None) -> Iterator[LabelledComment]:
    """Yield the comments of ``spec`` with their ground truth, in event-time order, lazily.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.
    world : SampleWorld or None
        ``build_world(spec)``, passed to share it; built when ``None``.

    Yields
    ------
    LabelledComment
        ``(record, movie_ids)``; ``created_utc`` strictly increases and stays in
        ``[start, start + duration_s)``.

    Examples
    --------
    >>> spec = SampleSpec(n_comments=3, n_movies=4, n_breakouts=0)
    >>> [c.record["id"] for c in iter_comments(spec)] == [c.record["id"] for c in iter_comments(spec)]
    True
    """
    world = world or build_world(spec)
    rng = random.Random(f"trendscope-sample:comments:{spec.seed}")
    width, cum_weights, totals, off_topic = _time_grid(spec, world)
    intensity = [off_topic + t for t in totals]
    cum_intensity = list(itertools.accumulate(intensity))
    total_intensity = cum_intensity[-1]
    n_bins = len(totals)
    movies = world.movies
    ids = [m.id for m in movies]
    variants = world._variants
    bias = world._sentiment_bias
    n_movies = len(movies)
    subs = spec.subreddits
    sub_weights = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(subs))))
    posts = {s: [_base36(rng.randrange(36**6, 36**7)) for _ in range(40)] for s in subs}
    authors = [
        f"{rng.choice(_AUTHOR_A)}_{rng.choice(_AUTHOR_B)}{rng.randrange(100)}"
        for _ in range(min(5000, max(200, spec.n_comments // 20)))
    ]
    start, end = spec.start, spec.start + spec.duration_s
    counter = rng.randrange(36**6, 36**6 * 20)
    prev_t = -math.inf
    uniform = 0.0
    random_ = rng.random
    choice = rng.choice
    randrange = rng.randrange
    bisect_right = bisect.bisect_right
    mention_cum = list(itertools.accumulate(_MENTION_COUNT_WEIGHTS))
    for remaining in range(spec.n_comments, 0, -1):
        # Ascending order statistics of n uniforms, generated one at a time.
        uniform = 1.0 - (1.0 - uniform) * random_() ** (1.0 / remaining)
        target = uniform * total_intensity
        b = min(bisect_right(cum_intensity, target), n_bins - 1)
        below = cum_intensity[b - 1] if b else 0.0
        t = start + (b + min(1.0, (target - below) / intensity[b])) * width
        if t <= prev_t:
            t = math.nextafter(prev_t, math.inf)
        if t >= end:  # float rounding only; keep the half-open interval
            t = math.nextafter(end, -math.inf)
        prev_t = t

        chosen: list[int] = []
        if random_() * intensity[b] >= off_topic:
            k = _MENTION_COUNTS[bisect_right(mention_cum, random_() * mention_cum[-1])]
            k = min(k, n_movies)
            cum, total = cum_weights[b], totals[b]
            for _ in range(20 * k):
                i = bisect_right(cum, random_() * total)
                i = min(i, n_movies - 1)
                if i not in chosen:
                    chosen.append(i)
                    if len(chosen) == k:
                        break
        titles = [v[0] if random_() < 0.5 else choice(v) for v in (variants[i] for i in chosen)]
        if not chosen:
            body = choice(_OFF_TOPIC)
            positive = 0.5
        elif len(chosen) == 1:
            positive = bias[chosen[0]]
            r = random_()
            if r < 0.25:
                body = choice(_NEUTRAL_1).format(*titles)
            elif r < 0.25 + 0.75 * positive:
                body = choice(_POSITIVE_1).format(*titles)
            else:
                body = choice(_NEGATIVE_1).format(*titles)
                positive = 0.0
        else:
            template, positive = choice(_TWO if len(chosen) == 2 else _THREE)
            body = template.format(*titles)
        prefix, suffix = choice(_PREFIXES), choice(_SUFFIXES)
        if prefix and not body.startswith(tuple(titles)):
            body = body[0].lower() + body[1:]
        if suffix[:1] in ".!" and body[-1] in ".!?":
            suffix = suffix[1:]
        body = prefix + body + suffix
        if random_() < _LONG_TAIL_P:
            # Real comments have a long tail (median 76, mean 170 characters: DESIGN.md §4). VADER's cost
            # grows with length, so the benchmark's bound is only realistic with it. The extra sentences
            # name no movie.
            extra = 1 + int(rng.expovariate(1.0 / _LONG_TAIL_MEAN_EXTRA))
            body += "".join(" " + choice(_OFF_TOPIC) for _ in range(extra))

        sub = subs[bisect_right(sub_weights, random_() * sub_weights[-1])] if len(subs) > 1 else subs[0]
        counter += randrange(1, 40)
        cid = _base36(counter)
        score = int(rng.expovariate(1.0 / (3.0 + 12.0 * positive))) - randrange(0, 4)
        yield LabelledComment(
            {
                "id": cid,
                "body": body,
                "created_utc": t,
                "score": score,
                "subreddit": sub,
                "author": choice(authors),
                "permalink": f"/r/{sub}/comments/{choice(posts[sub])}/_/{cid}/",
            },
            tuple(sorted(ids[i] for i in chosen)),
        )


def iter_generate(spec: SampleSpec) -> Iterator[SampleEvent]:
    """Yield snapshots and comments merged in event-time order (a snapshot first on ties), lazily.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.

    Yields
    ------
    SampleEvent
        ``(kind, record, movie_ids)``; records are exactly those of :func:`generate`.

    Examples
    --------
    >>> ev = list(iter_generate(SampleSpec(n_comments=20, n_movies=3, n_breakouts=0, duration_s=600)))
    >>> ev[0].kind, sum(e.kind == "comment" for e in ev), sum(e.kind == "snapshot" for e in ev)
    ('snapshot', 20, 6)
    >>> all(a.event_time <= b.event_time for a, b in zip(ev, ev[1:]))
    True
    """
    world = build_world(spec)
    snapshots = (
        (s["fetched_at"], 0, n, SampleEvent("snapshot", s, (s["id"],)))
        for n, s in enumerate(iter_snapshots(spec, world))
    )
    comments = (
        (c.record["created_utc"], 1, n, SampleEvent("comment", c.record, c.movie_ids))
        for n, c in enumerate(iter_comments(spec, world))
    )
    for *_, event in heapq.merge(snapshots, comments):
        yield event


def generate(
    spec: SampleSpec,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, tuple[int, ...]]]:
    """Generate the whole sample in memory.

    Parameters
    ----------
    spec : SampleSpec
        What to generate.

    Returns
    -------
    comments : list of dict
        Sorted by ``created_utc`` (strictly increasing).
    snapshots : list of dict
        Sorted by ``fetched_at``.
    truth : dict
        Comment id -> sorted tuple of the movie ids its body mentions (empty tuple for none).

    Examples
    --------
    >>> comments, snapshots, truth = generate(SampleSpec(n_comments=100, n_movies=10, n_breakouts=1))
    >>> len(comments), len(snapshots), len(truth)
    (100, 120, 100)
    """
    world = build_world(spec)
    comments: list[dict[str, Any]] = []
    truth: dict[str, tuple[int, ...]] = {}
    for record, movie_ids in iter_comments(spec, world):
        comments.append(record)
        truth[record["id"]] = movie_ids
    return comments, list(iter_snapshots(spec, world)), truth


@dataclass(frozen=True)
class SampleFiles:
    """Paths and counts written by :func:`write_sample`."""

    comments: Path
    tmdb: Path
    truth: Path
    n_comments: int
    n_snapshots: int


def write_sample(directory: str | os.PathLike[str], spec: SampleSpec) -> SampleFiles:
    """Write ``comments.jsonl``, ``tmdb.jsonl`` and ``truth.jsonl`` for ``spec``, streaming.

    ``truth.jsonl`` holds ``{"id": comment_id, "movie_ids": [...]}`` per comment, in the same order.

    Parameters
    ----------
    directory : str or os.PathLike
        Created if missing; files in it are overwritten.
    spec : SampleSpec
        What to generate.

    Returns
    -------
    SampleFiles
        The three paths and the record counts.
    """
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    world = build_world(spec)
    paths = SampleFiles(out / "comments.jsonl", out / "tmdb.jsonl", out / "truth.jsonl", 0, 0)
    n_comments = 0
    with paths.truth.open("w", encoding="ascii") as truth_fh:

        def records() -> Iterator[dict[str, Any]]:
            for record, movie_ids in iter_comments(spec, world):
                truth_fh.write(f'{{"id":"{record["id"]}","movie_ids":[{",".join(map(str, movie_ids))}]}}\n')
                yield record

        n_comments = write_jsonl(paths.comments, records())
    n_snapshots = write_jsonl(paths.tmdb, iter_snapshots(spec, world))
    return SampleFiles(paths.comments, paths.tmdb, paths.truth, n_comments, n_snapshots)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m trendscope_app.sources.sample OUT_DIR [--comments N] ...``."""
    defaults = SampleSpec()
    parser = argparse.ArgumentParser(description="Write a deterministic TrendScope sample as JSON Lines.")
    parser.add_argument("out_dir")
    parser.add_argument("--comments", type=int, default=defaults.n_comments)
    parser.add_argument("--movies", type=int, default=defaults.n_movies)
    parser.add_argument("--start", type=float, default=defaults.start)
    parser.add_argument("--duration", type=float, default=defaults.duration_s)
    parser.add_argument("--tmdb-interval", type=float, default=defaults.tmdb_interval_s)
    parser.add_argument("--breakouts", type=int, default=defaults.n_breakouts)
    parser.add_argument("--seed", type=int, default=defaults.seed)
    args = parser.parse_args(argv)
    spec = SampleSpec(
        n_comments=args.comments,
        n_movies=args.movies,
        start=args.start,
        duration_s=args.duration,
        tmdb_interval_s=args.tmdb_interval,
        seed=args.seed,
        n_breakouts=args.breakouts,
    )
    files = write_sample(args.out_dir, spec)
    print(f"{files.n_comments} comments -> {files.comments}")
    print(f"{files.n_snapshots} snapshots -> {files.tmdb}")
    print(f"ground truth -> {files.truth}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
