"""The sample's movie catalogue: real 2022-2025 titles, each with the class a reader gives it.

Every movie of a generated sample comes from :data:`CATALOGUE` (ids are TMDB-style; many are the real
TMDB ids, none is authoritative). Each title carries a *kind*, a reader's judgement of how it reads in
prose, which decides how comments may write it (:mod:`trendscope_app.datasets.forms`) and how exactly a
matcher can be expected to find it:

``distinctive``
    Not ordinary English ("Oppenheimer", "Dune: Part Two", "Killers of the Flower Moon").
``phrase``
    Two or more words that prose does not write: a sequel number or numeral ("Scream VI", "Fast X",
    "Smile 2") or a long, rare phrase ("Leave the World Behind", "The Zone of Interest").
``ordinary``
    An ordinary English word or phrase ("Wicked", "Air", "Civil War", "Poor Things", "Talk to Me").
``function``
    A pronoun or adverb ("Here"): only title case mid-sentence, quotes, a year or a hashtag tell it from
    prose.

:data:`PLAIN_CATALOGUE` keeps the distinctive titles only, in the same order: the catalogue of
``SampleSpec(hard_titles=False)``, where any spelling of a title is a mention. No normalised title of
:data:`CATALOGUE` contains another one on word boundaries.

A spec that asks for more movies than the catalogue holds gets made-up distinctive titles besides
(:mod:`trendscope_app.datasets.synthetic`).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["CATALOGUE", "KINDS", "PLAIN_CATALOGUE", "SampleMovie", "parse_catalogue"]

#: Title classes, from "any spelling is the film" to "only strong evidence is".
KINDS = ("distinctive", "phrase", "ordinary", "function")


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
    kind : str
        One of :data:`KINDS`.
    """

    id: int
    title: str
    release_date: str
    original_title: str
    kind: str = "distinctive"

    @property
    def year(self) -> str:
        """Release year, as written after a title: ``"2024"``."""
        return self.release_date[:4]


# id|release_date|title[|original_title[|kind]]: an empty original_title is the title, a missing kind is
# "distinctive". Non-ASCII characters are \\u escapes (decoded by Python).
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
756999|2022-06-22|The Black Phone||ordinary
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
762504|2022-07-20|Nope||ordinary
872585|2023-07-19|Oppenheimer
346698|2023-07-19|Barbie
569094|2023-05-31|Spider-Man: Across the Spider-Verse
447365|2023-05-03|Guardians of the Galaxy Vol. 3
502356|2023-04-05|The Super Mario Bros. Movie
603692|2023-03-22|John Wick: Chapter 4
385687|2023-05-17|Fast X||phrase
640146|2023-02-15|Ant-Man and the Wasp: Quantumania
677179|2023-03-01|Creed III
934433|2023-03-08|Scream VI||phrase
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
467244|2023-12-15|The Zone of Interest||phrase
840430|2023-10-27|The Holdovers
1056360|2023-11-10|American Fiction
798286|2023-04-14|Beau Is Afraid
678512|2023-07-03|Sound of Freedom||ordinary
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
906126|2023-12-13|Society of the Snow|La sociedad de la nieve|phrase
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
1040148|2023-11-12|Tiger 3||phrase
792307|2023-12-07|Poor Things||ordinary
666277|2023-06-02|Past Lives||ordinary
1008042|2023-07-26|Talk to Me||ordinary
298618|2023-06-13|The Flash||ordinary
814776|2023-08-25|Bottoms||ordinary
726209|2023-12-08|Leave the World Behind||phrase
964980|2023-04-05|Air||ordinary
976893|2023-12-21|Perfect Days||ordinary
693134|2024-02-27|Dune: Part Two
533535|2024-07-24|Deadpool & Wolverine
1022789|2024-06-11|Inside Out 2||phrase
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
1226578|2024-07-10|Longlegs||ordinary
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
1094138|2024-09-06|His Three Daughters||ordinary
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
402431|2024-11-20|Wicked||ordinary
929590|2024-04-10|Civil War||ordinary
1100782|2024-10-16|Smile 2||phrase
1094844|2024-11-01|Here||function
1032823|2024-07-31|Trap||ordinary
823219|2024-08-29|Flow||ordinary
937287|2024-04-18|Challengers||ordinary
718821|2024-07-10|Twisters||ordinary
933260|2024-09-07|The Substance||ordinary
1114513|2024-09-11|Speak No Evil||ordinary
746036|2024-04-24|The Fall Guy||ordinary
661539|2024-12-25|A Complete Unknown||ordinary
822119|2025-02-12|Captain America: Brave New World
696506|2025-02-28|Mickey 17
986056|2025-04-30|Thunderbolts*
950387|2025-03-31|A Minecraft Movie
552524|2025-05-17|Lilo & Stitch
1087192|2025-06-06|How to Train Your Dragon
1234821|2025-07-01|Jurassic World Rebirth
617126|2025-07-23|The Fantastic Four: First Steps
1100988|2025-06-18|28 Years Later||phrase
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
1233413|2025-04-16|Sinners||ordinary
1078605|2025-08-06|Weapons||ordinary
"""


def parse_catalogue(data: str) -> tuple[SampleMovie, ...]:
    """Parse ``id|release_date|title[|original_title[|kind]]`` lines.

    Parameters
    ----------
    data : str
        One movie per line; blank lines around are ignored.

    Returns
    -------
    tuple of SampleMovie
        In the order of the lines.

    Examples
    --------
    >>> parse_catalogue("1|2024-11-20|Wicked||ordinary\\n2|2023-11-03|Godzilla Minus One|Gojira")
    (SampleMovie(id=1, title='Wicked', release_date='2024-11-20', original_title='Wicked', kind='ordinary'), \
SampleMovie(id=2, title='Godzilla Minus One', release_date='2023-11-03', original_title='Gojira', \
kind='distinctive'))
    """
    movies = []
    for line in data.strip().splitlines():
        mid, release, title, *rest = line.split("|")
        original = rest[0] if rest and rest[0] else title
        kind = rest[1] if len(rest) > 1 else "distinctive"
        if kind not in KINDS:
            raise ValueError(f"unknown title kind {kind!r} in {line!r}")
        movies.append(SampleMovie(int(mid), title, release, original, kind))
    return tuple(movies)


#: Every catalogue movie, the ordinary-word and phrase titles included.
CATALOGUE: tuple[SampleMovie, ...] = parse_catalogue(_CATALOGUE_DATA)

#: The distinctive titles only, in catalogue order (``SampleSpec(hard_titles=False)``).
PLAIN_CATALOGUE: tuple[SampleMovie, ...] = tuple(m for m in CATALOGUE if m.kind == "distinctive")
