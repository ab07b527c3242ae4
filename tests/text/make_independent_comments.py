"""Write ``tests/data/labelled_comments_independent.jsonl``: 2,720 comments labelled apart from the matcher.

Written in seventeen batches of 160 (``batch``: ``first`` to ``seventeenth``) by separate sessions that were
given only the catalogue below and the brief "comments as people really write on Reddit, 45 % of them
traps that use the titles' words in their ordinary meaning", and never read ``trendscope_app/text/``.
The third was also asked for hard cases: a title used as a word and as a film in one comment, a
film's title next to its cast, older films of the same name; the fourth for comments as Reddit dumps
hold them (long, quoting their parent, Markdown, edits) and for books, characters and people that
share a title's name; the fifth and the sixth for a natural mix in a wider spread of subreddits, with
the release years in their catalogue; the seventh for movie subreddits above all, half of those
comments traps; the eighth to the twelfth, the fourteenth and the sixteenth each about a catalogue of
its own (``CATALOGUE_EIGHTH``, ``CATALOGUE_NINTH``, ``CATALOGUE_TENTH``, ``CATALOGUE_ELEVENTH``,
``CATALOGUE_TWELFTH``, ``CATALOGUE_FOURTEENTH``, ``CATALOGUE_SIXTEENTH``: 50 other films each), which no rule was written for; the eleventh's are films of 2026 whose titles are also words,
names, books, games and songs (Pressure, Michael, Wuthering Heights, Street Fighter, Psycho Killer), the
twelfth's films of 2022-2025 (Fall, Leo, Napoleon, Sisu, Lurker, Dracula, Snow White, How to Train Your
Dragon), the fourteenth's older films whose titles are everyday words and phrases (Home Alone, Die
Hard, Halloween, Friday, The Help), the sixteenth's horror, festival and independent films of 2024-2025
(Sting, Tarot, Anemone, Blue Moon, The Room Next Door); the thirteenth, the fifteenth and the
seventeenth about the first catalogue again, after the rules the others led to, the fifteenth mostly
outside movie subreddits, the seventeenth in the voice of young users (lowercase, slang). Their labels are
kept as written, not edited to suit the matcher. Films with a
similar title (Captain America: Civil War, Alien (1979), Inside Out, Smile (2022), Nobody (2021)) and
older films of the same name (The Running Man (1987)) are negatives for the catalogue film; cases a
careful reader could not settle were left out.

Run ``python tests/text/make_independent_comments.py`` after editing; the file is checked in.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
OUT = DATA / "labelled_comments_independent.jsonl"

#: id -> title: 2024-2025 films whose titles are ordinary words, and older ones that are.
CATALOGUE: dict[int, str] = {
    1: "Weapons",
    2: "Sinners",
    3: "Together",
    4: "Him",
    5: "Companion",
    6: "Drop",
    7: "Presence",
    8: "Warfare",
    9: "Keeper",
    10: "Eden",
    11: "Good Boy",
    12: "Black Bag",
    13: "Send Help",
    14: "Friendship",
    15: "Materialists",
    16: "F1",
    17: "Superman",
    18: "Frankenstein",
    19: "Nobody 2",
    20: "The Long Walk",
    21: "The Running Man",
    22: "Bring Her Back",
    23: "The Monkey",
    24: "Heart Eyes",
    25: "Wicked",
    26: "Anora",
    27: "Conclave",
    28: "The Substance",
    29: "Civil War",
    30: "Flow",
    31: "Smile 2",
    32: "Nope",
    33: "Us",
    34: "It",
    35: "Her",
    36: "Up",
    37: "Heat",
    38: "Arrival",
    39: "Past Lives",
    40: "Poor Things",
    41: "Barbie",
    42: "Oppenheimer",
    43: "Trap",
    44: "Longlegs",
    45: "Here",
    46: "Joker: Folie à Deux",
    47: "Inside Out 2",
    48: "Twisters",
    49: "Alien: Romulus",
    50: "The Wild Robot",
    51: "Roofman",
    52: "Bugonia",
    53: "Hamnet",
    54: "Marty Supreme",
    55: "Sentimental Value",
    56: "Good Fortune",
    57: "After the Hunt",
    58: "Sorry, Baby",
    59: "The Smashing Machine",
    60: "One Battle After Another",
    61: "Predator: Badlands",
    62: "Zootopia 2",
    63: "Wicked: For Good",
    64: "Avatar: Fire and Ash",
    65: "Mickey 17",
    66: "Thunderbolts*",
    67: "The Fantastic Four: First Steps",
    68: "Elio",
    69: "Highest 2 Lowest",
    70: "Eddington",
}

#: id -> release year, as the TMDB snapshots give it to the matcher.
YEARS: dict[int, int] = {
    **dict.fromkeys(range(1, 71), 2025),
    **{7: 2024, 10: 2024, 13: 2026, 14: 2024, 25: 2024, 26: 2024, 27: 2024, 28: 2024, 29: 2024},
    **{30: 2024, 31: 2024, 32: 2022, 33: 2019, 34: 2017, 35: 2013, 36: 2009, 37: 1995, 38: 2016},
    **{39: 2023, 40: 2023, 41: 2023, 42: 2023, 43: 2024, 44: 2024, 45: 2024, 46: 2024, 47: 2024},
    **{48: 2024, 49: 2024, 50: 2024},
}

#: The eighth batch's own catalogue: 50 other films whose titles are ordinary words, which no rule was
#: written for (ids 101-150), with their release years.
CATALOGUE_EIGHTH: dict[int, str] = {
    101: "Eternity",
    102: "Relay",
    103: "Christy",
    104: "Anaconda",
    105: "Afterburn",
    106: "Splitsville",
    107: "Caught Stealing",
    108: "Die My Love",
    109: "Rental Family",
    110: "Train Dreams",
    111: "Dust Bunny",
    112: "Novocaine",
    113: "Heretic",
    114: "Babygirl",
    115: "Queer",
    116: "Cuckoo",
    117: "Juror #2",
    118: "The Accountant 2",
    119: "Nuremberg",
    120: "The Mastermind",
    121: "Song Sung Blue",
    122: "The Naked Gun",
    123: "Freakier Friday",
    124: "Black Phone 2",
    125: "Twinless",
    126: "Opus",
    127: "Holland",
    128: "Ballerina",
    129: "Sketch",
    130: "The Roses",
    131: "Honey Don't!",
    132: "Regretting You",
    133: "The Housemaid",
    134: "Is This Thing On?",
    135: "Nosferatu",
    136: "Challengers",
    137: "Immaculate",
    138: "Abigail",
    139: "The Fall Guy",
    140: "Speak No Evil",
    141: "Blink Twice",
    142: "Sing Sing",
    143: "A Real Pain",
    144: "Saturday Night",
    145: "September 5",
    146: "Hard Truths",
    147: "Nickel Boys",
    148: "Didi",
    149: "Strange Darling",
    150: "Love Lies Bleeding",
}
YEARS_EIGHTH: dict[int, int] = {
    101: 2025,
    102: 2025,
    103: 2025,
    104: 2025,
    105: 2025,
    106: 2025,
    107: 2025,
    108: 2025,
    109: 2025,
    110: 2025,
    111: 2025,
    112: 2025,
    113: 2024,
    114: 2024,
    115: 2024,
    116: 2024,
    117: 2024,
    118: 2025,
    119: 2025,
    120: 2025,
    121: 2025,
    122: 2025,
    123: 2025,
    124: 2025,
    125: 2025,
    126: 2025,
    127: 2025,
    128: 2025,
    129: 2025,
    130: 2025,
    131: 2025,
    132: 2025,
    133: 2025,
    134: 2025,
    135: 2024,
    136: 2024,
    137: 2024,
    138: 2024,
    139: 2024,
    140: 2024,
    141: 2024,
    142: 2024,
    143: 2024,
    144: 2024,
    145: 2024,
    146: 2024,
    147: 2024,
    148: 2024,
    149: 2024,
    150: 2024,
}

#: The ninth batch's own catalogue: 50 more films whose titles are ordinary words (ids 201-250), which
#: no rule was written for, with their release years.
CATALOGUE_NINTH: dict[int, str] = {
    201: "Room",
    202: "Gravity",
    203: "Whiplash",
    204: "Drive",
    205: "Get Out",
    206: "Split",
    207: "Glass",
    208: "Old",
    209: "Pig",
    210: "Fresh",
    211: "Men",
    212: "Pearl",
    213: "Barbarian",
    214: "Infinity Pool",
    215: "Elvis",
    216: "Babylon",
    217: "Tenet",
    218: "Soul",
    219: "Luca",
    220: "Encanto",
    221: "Turning Red",
    222: "Belfast",
    223: "Spencer",
    224: "Minari",
    225: "Stillwater",
    226: "Malignant",
    227: "Prey",
    228: "Bullet Train",
    229: "Ambulance",
    230: "Elemental",
    231: "Wish",
    232: "Migration",
    233: "Priscilla",
    234: "Maestro",
    235: "Ferrari",
    236: "Origin",
    237: "BlackBerry",
    238: "Tetris",
    239: "Living",
    240: "Close",
    241: "Red One",
    242: "Hit Man",
    243: "Thelma",
    244: "Bird",
    245: "Blitz",
    246: "Carry-On",
    247: "Imaginary",
    248: "Oddity",
    249: "Lee",
    250: "Joy",
}
YEARS_NINTH: dict[int, int] = {
    201: 2015,
    202: 2013,
    203: 2014,
    204: 2011,
    205: 2017,
    206: 2016,
    207: 2019,
    208: 2021,
    209: 2021,
    210: 2022,
    211: 2022,
    212: 2022,
    213: 2022,
    214: 2023,
    215: 2022,
    216: 2022,
    217: 2020,
    218: 2020,
    219: 2021,
    220: 2021,
    221: 2022,
    222: 2021,
    223: 2021,
    224: 2020,
    225: 2021,
    226: 2021,
    227: 2022,
    228: 2022,
    229: 2022,
    230: 2023,
    231: 2023,
    232: 2023,
    233: 2023,
    234: 2023,
    235: 2023,
    236: 2023,
    237: 2023,
    238: 2023,
    239: 2022,
    240: 2022,
    241: 2024,
    242: 2024,
    243: 2024,
    244: 2024,
    245: 2024,
    246: 2024,
    247: 2024,
    248: 2024,
    249: 2024,
    250: 2024,
}

#: The tenth batch's own catalogue: 50 older films whose titles are ordinary words (ids 301-350), which
#: no rule was written for, with their release years.
CATALOGUE_TENTH: dict[int, str] = {
    301: "Jaws",
    302: "Alien",
    303: "Speed",
    304: "Signs",
    305: "Cars",
    306: "Coco",
    307: "Brave",
    308: "Frozen",
    309: "Tangled",
    310: "Moana",
    311: "Contact",
    312: "Gladiator",
    313: "Twister",
    314: "Psycho",
    315: "Vertigo",
    316: "Rocky",
    317: "Creed",
    318: "Shame",
    319: "Control",
    320: "Crash",
    321: "Traffic",
    322: "Clue",
    323: "Big",
    324: "Fargo",
    325: "Network",
    326: "Carol",
    327: "Parasite",
    328: "Mother!",
    329: "Searching",
    330: "Missing",
    331: "Run",
    332: "Air",
    333: "Contagion",
    334: "Collateral",
    335: "Snatch",
    336: "Minions",
    337: "Sing",
    338: "Cats",
    339: "Grease",
    340: "Chicago",
    341: "Elf",
    342: "Click",
    343: "Hook",
    344: "Holes",
    345: "Ghost",
    346: "Troy",
    347: "Fury",
    348: "Taken",
    349: "Zodiac",
    350: "Casino",
}
YEARS_TENTH: dict[int, int] = {
    301: 1975,
    302: 1979,
    303: 1994,
    304: 2002,
    305: 2006,
    306: 2017,
    307: 2012,
    308: 2013,
    309: 2010,
    310: 2016,
    311: 1997,
    312: 2000,
    313: 1996,
    314: 1960,
    315: 1958,
    316: 1976,
    317: 2015,
    318: 2011,
    319: 2007,
    320: 2004,
    321: 2000,
    322: 1985,
    323: 1988,
    324: 1996,
    325: 1976,
    326: 2015,
    327: 2019,
    328: 2017,
    329: 2018,
    330: 2023,
    331: 2020,
    332: 2023,
    333: 2011,
    334: 2004,
    335: 2000,
    336: 2015,
    337: 2016,
    338: 2019,
    339: 1978,
    340: 2002,
    341: 2003,
    342: 2006,
    343: 1991,
    344: 2003,
    345: 1990,
    346: 2004,
    347: 2014,
    348: 2008,
    349: 2007,
    350: 1995,
}

#: The eleventh batch's own catalogue: 50 films of 2026 whose titles are ordinary words, names, or the
#: titles of books, games and songs (ids 351-400), which no rule was written for, with their release years.
CATALOGUE_ELEVENTH: dict[int, str] = {
    351: "Project Hail Mary",
    352: "The Odyssey",
    353: "Supergirl",
    354: "Michael",
    355: "Hoppers",
    356: "The Bride!",
    357: "Wuthering Heights",
    358: "Mercy",
    359: "Primate",
    360: "Shelter",
    361: "Cold Storage",
    362: "Crime 101",
    363: "Goat",
    364: "Psycho Killer",
    365: "Scream 7",
    366: "Mortal Kombat II",
    367: "The Super Mario Galaxy Movie",
    368: "The Devil Wears Prada 2",
    369: "The Mandalorian and Grogu",
    370: "Toy Story 5",
    371: "Disclosure Day",
    372: "Minions 3",
    373: "Spider-Man: Brand New Day",
    374: "Avengers: Doomsday",
    375: "Dune: Part Three",
    376: "Street Fighter",
    377: "Clayface",
    378: "The Hunger Games: Sunrise on the Reaping",
    379: "Verity",
    380: "Digger",
    381: "Cliffhanger",
    382: "Normal",
    383: "Pressure",
    384: "Whistle",
    385: "Hokum",
    386: "Undertone",
    387: "Mother Mary",
    388: "The Invite",
    389: "Resident Evil",
    390: "Power Ballad",
    391: "The Dog Stars",
    392: "Animal Friends",
    393: "Masters of the Universe",
    394: "The Cat in the Hat",
    395: "Practical Magic 2",
    396: "Forbidden Fruits",
    397: "Reminders of Him",
    398: "Solo Mio",
    399: "Ready or Not 2: Here I Come",
    400: "They Will Kill You",
}
YEARS_ELEVENTH: dict[int, int] = {
    351: 2026,
    352: 2026,
    353: 2026,
    354: 2026,
    355: 2026,
    356: 2026,
    357: 2026,
    358: 2026,
    359: 2026,
    360: 2026,
    361: 2026,
    362: 2026,
    363: 2026,
    364: 2026,
    365: 2026,
    366: 2026,
    367: 2026,
    368: 2026,
    369: 2026,
    370: 2026,
    371: 2026,
    372: 2026,
    373: 2026,
    374: 2026,
    375: 2026,
    376: 2026,
    377: 2026,
    378: 2026,
    379: 2026,
    380: 2026,
    381: 2026,
    382: 2026,
    383: 2026,
    384: 2026,
    385: 2026,
    386: 2026,
    387: 2026,
    388: 2026,
    389: 2026,
    390: 2026,
    391: 2026,
    392: 2026,
    393: 2026,
    394: 2026,
    395: 2026,
    396: 2026,
    397: 2026,
    398: 2026,
    399: 2026,
    400: 2026,
}

#: The twelfth batch's own catalogue: 50 films of 2022-2025 whose titles are ordinary words, names and
#: phrases, or those of older films, books and games (ids 401-450), with their release years.
CATALOGUE_TWELFTH: dict[int, str] = {
    401: "Fall",
    402: "Beast",
    403: "Leo",
    404: "Wonka",
    405: "Napoleon",
    406: "The Creator",
    407: "Strays",
    408: "Nimona",
    409: "Saltburn",
    410: "May December",
    411: "Fair Play",
    412: "Passages",
    413: "Showing Up",
    414: "Joy Ride",
    415: "Sisu",
    416: "Cocaine Bear",
    417: "Furiosa",
    418: "Kinds of Kindness",
    419: "It Ends with Us",
    420: "Megalopolis",
    421: "The Apprentice",
    422: "Gladiator II",
    423: "Moana 2",
    424: "The Brutalist",
    425: "Mufasa: The Lion King",
    426: "The Amateur",
    427: "Locked",
    428: "Until Dawn",
    429: "Love Hurts",
    430: "The Gorge",
    431: "Dog Man",
    432: "Flight Risk",
    433: "Wolf Man",
    434: "Snow White",
    435: "Bride Hard",
    436: "Smurfs",
    437: "The Bad Guys 2",
    438: "Vicious",
    439: "Dracula",
    440: "Urchin",
    441: "Lurker",
    442: "Pillion",
    443: "Dangerous Animals",
    444: "Americana",
    445: "Oh, Hi!",
    446: "The Life of Chuck",
    447: "Happy Gilmore 2",
    448: "Final Destination Bloodlines",
    449: "How to Train Your Dragon",
    450: "28 Years Later",
}
YEARS_TWELFTH: dict[int, int] = {
    401: 2022,
    402: 2022,
    403: 2023,
    404: 2023,
    405: 2023,
    406: 2023,
    407: 2023,
    408: 2023,
    409: 2023,
    410: 2023,
    411: 2023,
    412: 2023,
    413: 2023,
    414: 2023,
    415: 2023,
    416: 2023,
    417: 2024,
    418: 2024,
    419: 2024,
    420: 2024,
    421: 2024,
    422: 2024,
    423: 2024,
    424: 2024,
    425: 2024,
    426: 2025,
    427: 2025,
    428: 2025,
    429: 2025,
    430: 2025,
    431: 2025,
    432: 2025,
    433: 2025,
    434: 2025,
    435: 2025,
    436: 2025,
    437: 2025,
    438: 2025,
    439: 2025,
    440: 2025,
    441: 2025,
    442: 2025,
    443: 2025,
    444: 2025,
    445: 2025,
    446: 2025,
    447: 2025,
    448: 2025,
    449: 2025,
    450: 2025,
}

#: The fourteenth batch's own catalogue: 50 older films whose titles are everyday words and phrases
#: (ids 501-550), with their release years.
CATALOGUE_FOURTEENTH: dict[int, str] = {
    501: "Home Alone",
    502: "Die Hard",
    503: "Mean Girls",
    504: "Groundhog Day",
    505: "Bad Boys",
    506: "The Departed",
    507: "Spotlight",
    508: "Step Brothers",
    509: "Friday",
    510: "Clueless",
    511: "Halloween",
    512: "The Shining",
    513: "It Follows",
    514: "The Witch",
    515: "Lady Bird",
    516: "Moonlight",
    517: "Little Women",
    518: "Lost in Translation",
    519: "Prisoners",
    520: "Enemy",
    521: "Predator",
    522: "Aliens",
    523: "Cast Away",
    524: "Fight Club",
    525: "The Game",
    526: "Gone Girl",
    527: "Training Day",
    528: "The Notebook",
    529: "The Others",
    530: "The Host",
    531: "The Town",
    532: "The Help",
    533: "Old School",
    534: "Knocked Up",
    535: "Pitch Perfect",
    536: "Bridesmaids",
    537: "Taxi Driver",
    538: "Goodfellas",
    539: "Good Will Hunting",
    540: "Stand by Me",
    541: "Back to the Future",
    542: "Inception",
    543: "Memento",
    544: "Interstellar",
    545: "Unbreakable",
    546: "Superbad",
    547: "Heathers",
    548: "Scream",
    549: "Titanic",
    550: "Jumanji",
}
YEARS_FOURTEENTH: dict[int, int] = {
    501: 1990,
    502: 1988,
    503: 2004,
    504: 1993,
    505: 1995,
    506: 2006,
    507: 2015,
    508: 2008,
    509: 1995,
    510: 1995,
    511: 1978,
    512: 1980,
    513: 2014,
    514: 2015,
    515: 2017,
    516: 2016,
    517: 2019,
    518: 2003,
    519: 2013,
    520: 2013,
    521: 1987,
    522: 1986,
    523: 2000,
    524: 1999,
    525: 1997,
    526: 2014,
    527: 2001,
    528: 2004,
    529: 2001,
    530: 2006,
    531: 2010,
    532: 2011,
    533: 2003,
    534: 2007,
    535: 2012,
    536: 2011,
    537: 1976,
    538: 1990,
    539: 1997,
    540: 1986,
    541: 1985,
    542: 2010,
    543: 2000,
    544: 2014,
    545: 2000,
    546: 2007,
    547: 1988,
    548: 1996,
    549: 1997,
    550: 1995,
}

#: The sixteenth batch's own catalogue: 50 horror, festival and independent films of 2024-2025 whose
#: titles are words and phrases (ids 551-600), with their release years.
CATALOGUE_SIXTEENTH: dict[int, str] = {
    551: "Sting",
    552: "Tarot",
    553: "Infested",
    554: "Stopmotion",
    555: "Exhuma",
    556: "Azrael",
    557: "Grafted",
    558: "Anemone",
    559: "Resurrection",
    560: "Rebuilding",
    561: "Pavements",
    562: "Eephus",
    563: "Misericordia",
    564: "Nightbitch",
    565: "Kneecap",
    566: "Blue Moon",
    567: "Nouvelle Vague",
    568: "Universal Language",
    569: "Familiar Touch",
    570: "Dead Mail",
    571: "Night Swim",
    572: "The First Omen",
    573: "In a Violent Nature",
    574: "The Coffee Table",
    575: "MaXXXine",
    576: "Terrifier 3",
    577: "The Ugly Stepsister",
    578: "Clown in a Cornfield",
    579: "Shelby Oaks",
    580: "Small Things Like These",
    581: "All We Imagine as Light",
    582: "The Room Next Door",
    583: "I'm Still Here",
    584: "The Secret Agent",
    585: "It Was Just an Accident",
    586: "No Other Choice",
    587: "Jay Kelly",
    588: "Wake Up Dead Man",
    589: "Dead Man's Wire",
    590: "Left-Handed Girl",
    591: "The Testament of Ann Lee",
    592: "Father Mother Sister Brother",
    593: "Kiss of the Spider Woman",
    594: "The Girl with the Needle",
    595: "Emilia Pérez",
    596: "Late Night with the Devil",
    597: "Handling the Undead",
    598: "The Ballad of a Small Player",
    599: "Vermiglio",
    600: "Sirāt",
}
YEARS_SIXTEENTH: dict[int, int] = {
    551: 2024,
    552: 2024,
    553: 2024,
    554: 2024,
    555: 2024,
    556: 2024,
    557: 2024,
    558: 2025,
    559: 2025,
    560: 2025,
    561: 2025,
    562: 2025,
    563: 2025,
    564: 2024,
    565: 2024,
    566: 2025,
    567: 2025,
    568: 2025,
    569: 2025,
    570: 2025,
    571: 2024,
    572: 2024,
    573: 2024,
    574: 2024,
    575: 2024,
    576: 2024,
    577: 2025,
    578: 2025,
    579: 2025,
    580: 2024,
    581: 2024,
    582: 2024,
    583: 2024,
    584: 2025,
    585: 2025,
    586: 2025,
    587: 2025,
    588: 2025,
    589: 2025,
    590: 2025,
    591: 2025,
    592: 2025,
    593: 2025,
    594: 2024,
    595: 2024,
    596: 2024,
    597: 2024,
    598: 2025,
    599: 2024,
    600: 2025,
}

MOVIE_SUBREDDITS = {"movies", "horror", "boxoffice", "TrueFilm", "Letterboxd"}
OTHER_SUBREDDITS = {"AskReddit", "nba", "cooking", "relationships", "gaming", "news", "pics"}
# The second batch's.
MOVIE_SUBREDDITS |= {"MovieSuggestions"}
OTHER_SUBREDDITS |= {"nfl", "formula1", "Cooking", "personalfinance", "dating_advice", "worldnews", "DIY"}
# The fourth batch's.
MOVIE_SUBREDDITS |= {"flicks"}
OTHER_SUBREDDITS |= {"MMA", "dogs", "books"}
# The fifth batch's.
MOVIE_SUBREDDITS |= {"marvelstudios", "DC_Cinematic", "A24", "oscarrace"}
OTHER_SUBREDDITS |= {
    "AmItheAsshole",
    "CasualUK",
    "Catholicism",
    "Charlotte",
    "Fitness",
    "IThinkYouShouldLeave",
    "KeanuBeingAwesome",
    "Music",
    "NoStupidQuestions",
    "Parenting",
    "Pixar",
    "animation",
    "army",
    "betterCallSaul",
    "dating",
    "fantasyfootball",
    "gardening",
    "hiphopheads",
    "ireland",
    "musicals",
    "netflix",
    "politics",
    "scifi",
    "soccer",
    "stormchasing",
    "tabletennis",
    "technology",
    "television",
    "todayilearned",
    "travel",
}

# The sixth batch's.
MOVIE_SUBREDDITS |= {"FilmTheory", "TwoBestFriendsPlay", "criterion", "moviecritic"}
OTHER_SUBREDDITS |= {
    "Antiques",
    "AskHistorians",
    "AskWomen",
    "Barbie",
    "Beekeeping",
    "Buddhism",
    "ChatGPT",
    "Christianity",
    "Disney",
    "Eldenring",
    "Hunting",
    "KitchenConfidential",
    "LosAngeles",
    "Meditation",
    "Military",
    "NewMexico",
    "Norway",
    "Physics",
    "Roofing",
    "Sneakers",
    "UFOs",
    "Warhammer40k",
    "aww",
    "beyondthebump",
    "birding",
    "boston",
    "buildapc",
    "cats",
    "changemyview",
    "chelseafc",
    "climbing",
    "comicbooks",
    "cycling",
    "daddit",
    "excel",
    "latvia",
    "nyc",
    "oklahoma",
    "philosophy",
    "pokemon",
    "popheads",
    "printSF",
    "shakespeare",
    "spiders",
    "stephenking",
    "survivor",
    "techsupport",
    "teenagers",
    "weather",
}

# The seventh batch's.
MOVIE_SUBREDDITS |= {"TheOscars"}
OTHER_SUBREDDITS |= {"TwoXChromosomes", "kpop", "linguistics", "robotics"}

# The eighth batch's.
MOVIE_SUBREDDITS |= {"JohnWick"}
OTHER_SUBREDDITS |= {
    "Accounting",
    "CasualConversation",
    "CleaningTips",
    "Dentistry",
    "Idaho",
    "Michigan",
    "Netherlands",
    "OldSchoolCool",
    "Python",
    "Spiderman",
    "SquaredCircle",
    "StandUpComedy",
    "aviation",
    "backpain",
    "ballet",
    "baseball",
    "bayarea",
    "boardgames",
    "boxing",
    "cars",
    "deaf",
    "drawing",
    "exmormon",
    "germany",
    "graphic_design",
    "history",
    "homeautomation",
    "japanlife",
    "legaladvice",
    "lgbt",
    "malefashionadvice",
    "poland",
    "relationship_advice",
    "running",
    "snl",
    "tennis",
    "trains",
    "twins",
    "woodworking",
}

# The ninth batch's.
MOVIE_SUBREDDITS |= {"Encanto", "JenniferLawrence", "Predator"}
OTHER_SUBREDDITS |= {
    "AirBnB",
    "Arkansas",
    "AskUK",
    "DnD",
    "Elvis",
    "HomeImprovement",
    "IVF",
    "KoreanFood",
    "KristenStewart",
    "NewOrleans",
    "Scams",
    "Stoicism",
    "TrueCrime",
    "cancer",
    "chess",
    "cinematography",
    "disney",
    "drums",
    "golf",
    "homestead",
    "italy",
    "japan",
    "jewelry",
    "london",
    "mildlyinfuriating",
    "minnesota",
    "northernireland",
    "nottheonion",
    "photography",
    "socialanxiety",
    "space",
    "toronto",
    "vegas",
    "waterloo",
}

# The tenth batch's.
MOVIE_SUBREDDITS |= {"Filmmakers"}
OTHER_SUBREDDITS |= {
    "Boxing",
    "Breadit",
    "Broadway",
    "Coffee",
    "Damnthatsinteresting",
    "LifeProTips",
    "Theatre",
    "WWII",
    "Wedding",
    "askscience",
    "careerguidance",
    "chicago",
    "community",
    "hiking",
    "hockey",
    "jobs",
    "networking",
    "nursing",
    "spicy",
    "stocks",
    "sysadmin",
}


# The eleventh batch's.
MOVIE_SUBREDDITS |= {"Minions", "StarWars", "dune", "scream"}
OTHER_SUBREDDITS |= {
    "AskReddit",
    "CryptoCurrency",
    "DC_Cinematic",
    "DIY",
    "Filmmakers",
    "Letterboxd",
    "MortalKombat",
    "MovieSuggestions",
    "Music",
    "Parenting",
    "Pixar",
    "Showerthoughts",
    "StreetFighter",
    "TrueFilm",
    "aww",
    "books",
    "boxoffice",
    "comicbooks",
    "criterion",
    "disney",
    "dogs",
    "farming",
    "flicks",
    "fuckHOA",
    "gaming",
    "horror",
    "interestingasfuck",
    "marvelstudios",
    "moviecritic",
    "movies",
    "musicaltheatre",
    "nba",
    "personalfinance",
    "residentevil",
    "soccer",
    "technology",
    "television",
    "witchcraft",
}

# The twelfth batch's.
MOVIE_SUBREDDITS |= {"DreamWorks", "horrormovies", "netflix"}
OTHER_SUBREDDITS |= {
    "AsianAmerican",
    "Finland",
    "ReefTank",
    "Seattle",
    "StephenKing",
    "architecture",
    "astrology",
    "australia",
    "law",
    "madmax",
    "motorcycles",
    "raisedbynarcissists",
    "sharks",
    "urbanplanning",
}

# The thirteenth batch's.
OTHER_SUBREDDITS |= {
    "Glitch_in_the_Matrix",
    "KoreanVariety",
    "MonsterHunter",
    "Paranormal",
    "Renters",
    "TrueOffMyChest",
    "balatro",
    "declutter",
    "funny",
    "phoenix",
    "whatsthisbug",
}

# The fourteenth batch's.
MOVIE_SUBREDDITS |= {"MovieDetails", "ScreamMovies", "nolan"}
OTHER_SUBREDDITS |= {
    "BabyBumps",
    "CFB",
    "CampingandHiking",
    "Christmas",
    "Frugal",
    "GardeningUK",
    "LearnJapanese",
    "NatureIsFuckingLit",
    "Pennsylvania",
    "antiwork",
    "bulletjournal",
    "halloween",
    "learnmath",
    "lost",
    "nostalgia",
    "piano",
    "singing",
    "startups",
    "stepparents",
    "theatre",
    "tifu",
    "titanic",
    "weddingplanning",
}

# The fifteenth batch's.
OTHER_SUBREDDITS |= {"OutOfTheLoop", "college", "explainlikeimfive", "tornado"}

# The sixteenth batch's.
MOVIE_SUBREDDITS |= {"koreanfilm"}
OTHER_SUBREDDITS |= {
    "Aquariums",
    "Astronomy",
    "DCcomics",
    "HalloweenCostumes",
    "Jazz",
    "MadeMeSmile",
    "Poetry",
    "U2",
    "USPS",
    "UnresolvedMysteries",
    "Weird",
    "beer",
    "camping",
    "canada",
    "fairytales",
    "indieheads",
    "islam",
    "languagelearning",
    "lefthanded",
    "malelivingspace",
    "math",
    "natureismetal",
    "pestcontrol",
    "poker",
    "skiing",
    "tarot",
    "whatisthisbug",
}

# The seventeenth batch's.
OTHER_SUBREDDITS |= {"GenZ", "TaylorSwift", "memes", "tumblr"}


def catalogue_of(batch: str) -> tuple[dict[int, str], dict[int, int]]:
    """The titles and release years a batch was written about."""
    own = {
        "eighth": (CATALOGUE_EIGHTH, YEARS_EIGHTH),
        "ninth": (CATALOGUE_NINTH, YEARS_NINTH),
        "tenth": (CATALOGUE_TENTH, YEARS_TENTH),
        "eleventh": (CATALOGUE_ELEVENTH, YEARS_ELEVENTH),
        "twelfth": (CATALOGUE_TWELFTH, YEARS_TWELFTH),
        "fourteenth": (CATALOGUE_FOURTEENTH, YEARS_FOURTEENTH),
        "sixteenth": (CATALOGUE_SIXTEENTH, YEARS_SIXTEENTH),
    }
    return own.get(batch, (CATALOGUE, YEARS))


def build() -> list[dict[str, object]]:
    """The labelled rows, in the order written: ``text``, ``subreddit`` and the ``movies`` it names."""
    rows: list[dict[str, object]] = []
    batch = "first"

    def a(text: str, sub: str, want: list[int]) -> None:
        assert sub in MOVIE_SUBREDDITS | OTHER_SUBREDDITS, sub
        assert all(i in catalogue_of(batch)[0] for i in want) and len(set(want)) == len(want), want
        rows.append({"text": text, "subreddit": sub, "movies": sorted(want), "batch": batch})

    # ================= MOVIE SUBS: MENTIONS =================
    a("weapons was insane. that aunt gladys reveal had my whole theater screaming", "movies", [1])
    a("the weapons ending is the funniest thing ive seen in a horror movie in years lol", "horror", [1])
    a("Sinners' soundtrack is still on repeat for me, that juke joint scene 🔥🔥", "horror", [2])
    a("nope's ufo design is so underrated. jean jacket is the best movie alien in decades", "horror", [32])
    a("**Sinners** > **Weapons** and its not even close imo", "movies", [2, 1])
    a(
        "together was so gross, dave franco and alison brie literally fusing at the hip made me physically ill. 10/10",
        "horror",
        [3],
    )
    a("just watched Him. marlon wayans was great but the third act completely lost me", "horror", [4])
    a(
        "drop was better than it had any right to be, meghann fahy carried that whole restaurant setup",
        "movies",
        [6],
    )
    a(
        "keeper was a letdown after longlegs tbh. osgood perkins needs someone to tell him no",
        "horror",
        [9, 44],
    )
    a(
        "did anyone see Eden? ron howard doing a survival thriller on the galapagos with sydney sweeney was NOT on my bingo card",
        "movies",
        [10],
    )
    a("GOOD BOY MADE ME CRY AND ITS A HORROR MOVIE ABOUT A DOG. INDY DESERVES AN OSCAR 😭😭", "horror", [11])
    a(
        "sam raimis Send Help trailer looks like so much fun, rachel mcadams stuck on an island with her awful boss",
        "horror",
        [13],
    )
    a(
        "just saw friendship. tim robinson and paul rudd are perfect together, i was cringing the whole time in the best way",
        "movies",
        [14],
    )
    a(
        "materialists 6/10. dakota johnson choosing between pedro pascal and chris evans is not a real dilemma lmao",
        "Letterboxd",
        [15],
    )
    a(
        "Nobody 2 is exactly what you expect: bob odenkirk beating people up at a water park. had a blast",
        "movies",
        [19],
    )
    a("the long walk adaptation was brutal. david jonsson and cooper hoffman carried it", "horror", [20])
    a("wicked made me a theater kid at 34 years old. defying gravity in imax 😭", "movies", [25])
    a("flow winning best animated feature over the wild robot was the right call imo", "Letterboxd", [30, 50])
    a("Smile 2 > Smile. naomi scott went ALL in", "horror", [31])
    a("us is jordan peeles most rewatchable movie, fight me", "horror", [33])
    a("it (2017) still holds up, skarsgard as pennywise is iconic", "horror", [34])
    a("her is the only romance movie i rewatch every single year", "movies", [35])
    a("the first 10 minutes of up are the saddest 10 minutes pixar has ever made", "movies", [36])
    a("Heat (1995) is the blueprint. that downtown shootout still hasnt been topped", "movies", [37])
    a("poor things 8/10, emma stone is fearless", "Letterboxd", [40])
    a(
        "barbie and oppenheimer opening the same weekend is still the greatest box office moment of the decade",
        "boxoffice",
        [41, 42],
    )
    a("trap is shyamalans funniest movie and i dont think any of it was intentional", "horror", [43])
    a(
        "Longlegs's marketing campaign was genius, those cryptic billboards had everyone talking",
        "horror",
        [44],
    )
    a(
        "did anyone actually watch Here? the whole movie is one fixed camera angle in a living room with de-aged tom hanks",
        "movies",
        [45],
    )
    a("Alien: Romulus was fine until the last 20 minutes, that thing at the end was NOT it", "horror", [49])
    a(
        "my top 5 of 2025 so far:\n\n1. Sinners\n2. Weapons\n3. Warfare\n4. Black Bag\n5. Bring Her Back",
        "movies",
        [2, 1, 8, 12, 22],
    )
    a(
        "- anora\n- conclave\n- the substance\n- flow\n\nhonestly all four deserved what they won",
        "Letterboxd",
        [26, 27, 28, 30],
    )
    a(
        "[trailer](https://www.youtube.com/watch?v=xYz123) for the running man just dropped, glen powell looks absolutely jacked",
        "movies",
        [21],
    )
    a(
        "> nope is jordan peeles worst movie\n\nabsolutely not. nope is his most ambitious, the gordy scene alone is better than most horror this decade",
        "horror",
        [32],
    )
    a("weapons, sinners, and together all in one year?? horror is so back", "horror", [1, 2, 3])
    a("heat is michael manns masterpiece, collateral is a close second", "TrueFilm", [37])
    a("Arrival, Sicario, Prisoners, Dune. villeneuve genuinely has no misses", "movies", [38])
    a(
        "have you seen civil war? its not really about the american civil war at all lol, its about journalists",
        "movies",
        [29],
    )
    a(
        "presence is a ghost movie told from the ghosts perspective and somehow its a family drama",
        "Letterboxd",
        [7],
    )
    a(
        "Oppenheimer's sound design in the trinity test scene... total silence and then BOOM. chills",
        "movies",
        [42],
    )
    a(
        "saw Sinners with my dad and he said it was the best movie hes seen since Heat, which is high praise coming from him",
        "movies",
        [2, 37],
    )
    a(
        "weapons had me on the edge of my seat. the heat in that theater didnt help either lol, AC was dead",
        "horror",
        [1],
    )
    a("Superman held up well in its second weekend, the drop was only around 53%", "boxoffice", [17])
    a(
        "went to see Companion together with my sister and she guessed the twist from the trailer. never taking her again",
        "horror",
        [5],
    )
    a(
        "saw Superman with my nephew yesterday. hes 7 and spent the whole walk home doing superman poses and jumping off curbs. movie was fine, a bit overstuffed, but krypto stole the show. the heat outside was brutal though, we mostly went for the AC lol",
        "movies",
        [17],
    )
    a(
        "I keep coming back to Conclave because of how it treats procedure as suspense. Nothing 'happens' for long stretches: men in red robes walk down corridors, smoke, count ballots. But Berger frames every vote like a heist beat, and Fiennes plays Lawrence as a man who is more terrified of certainty than of losing. The ending divided people I know, and I get why, but I think it is earned; the whole film is about the gap between the institution and what the institution claims to believe. 8/10, would be a 9 without the explosion subplot.",
        "TrueFilm",
        [27],
    )
    a(
        "anora is a screwball comedy for 90 minutes and then it isnt, and i think thats the whole point. the long stretch in the middle where igor and the others drive around brooklyn looking for ivan is played for laughs but its also where the fantasy collapses and she realizes nobody in that world ever saw her as a person. mikey madison is incredible in the final scene in the car. i dont think baker is saying anything new about sex work but he says it with so much warmth that it hit me harder than anything else last year",
        "TrueFilm",
        [26],
    )
    a(
        "ok so i finally watched Bring Her Back after everyone here hyped it up and i need to talk about it. the philippou brothers went from talk to me to THIS?? sally hawkins is terrifying in a way that feels real, like a person whose grief has turned into something monstrous. the kid is one of the most disturbing child performances ive ever seen. that scene with the knife... i had to pause. 9/10, never watching again",
        "horror",
        [22],
    )
    a(
        "People kept calling F1 a flop-in-waiting before release and it ended up being Apple's biggest theatrical hit ever. the lesson is the same as top gun maverick: audiences show up for a well made, loud, adult-skewing spectacle if you market it right. compare that to Joker: Folie à Deux, which had a huge budget, a built in audience, and still collapsed after opening weekend because word of mouth was toxic. IP is not a guarantee, execution is.",
        "boxoffice",
        [16, 46],
    )
    a(
        "ranking every 2025 horror i saw in theaters:\n\n1. **Sinners** - 9.5/10, the juke joint scene alone\n2. **Weapons** - 9/10\n3. **Bring Her Back** - 8.5/10\n4. **Together** - 8/10, gross in the best way\n5. **Companion** - 7.5/10\n6. **The Monkey** - 7/10\n7. **Keeper** - 5/10\n8. **Him** - 4/10, what happened here\n\nthe long walk and good boy never played near me :(",
        "Letterboxd",
        [2, 1, 22, 3, 5, 23, 9, 4, 20, 11],
    )
    a(
        "Arrival and Past Lives are secretly the same movie to me. both are about how language shapes the way you experience time, and both end on a choice the character makes knowing exactly what it will cost. Villeneuve does it with aliens and heptapod circles, Celine Song does it with a bar in the east village, but the ache is the same. I watched them back to back last weekend and *Past Lives* hit even harder after *Arrival*.",
        "TrueFilm",
        [38, 39],
    )
    a("best animated movie of 2024 was flow. no dialogue, just vibes and a cat 🐈‍⬛", "Letterboxd", [30])

    # ================= MOVIE SUBS: TRAPS =================
    a("the heat in my theater was unbearable, the AC broke halfway through the movie", "movies", [])
    a("its up to you honestly, if you want imax then pay for imax", "movies", [])
    a("nope, not watching that alone at night lol", "horror", [])
    a("my gf and i watched it together last night and she fell asleep halfway through 😂", "movies", [])
    a(
        "her arrival at the premiere was delayed because of traffic, the red carpet stream was a mess",
        "movies",
        [],
    )
    a(
        "i think the substance of his argument is right, but the essay overstates how much streaming has killed mid budget films",
        "TrueFilm",
        [],
    )
    a(
        "poor things at the concession stand were getting yelled at by the whole line because the popcorn machine broke",
        "movies",
        [],
    )
    a("ITS A TRAP!! dont open the door!! every horror protagonist ever", "horror", [])
    a(
        "him and me went to the midnight screening and we were literally the only two people there",
        "movies",
        [],
    )
    a("someone send help to whoever cut that trailer, it spoils the entire third act", "TrueFilm", [])
    a("black bag of candy smuggled in my jacket, sorry AMC", "movies", [])
    a("people who talk during movies are all sinners and will be judged accordingly", "horror", [])
    a("i moved here from brazil and us ticket prices shocked me, $22 for one seat??", "movies", [])
    a("the long walk back to the car after a midnight horror screening hits different", "horror", [])
    a("the monkey bars at my kids playground are scarier than most modern horror", "horror", [])
    a("heart eyes emoji for this entire thread 😍", "movies", [])
    a("my parents called us materialists for owning 400 blu rays lol", "movies", [])
    a("the wicked witch in the 1939 wizard of oz is still the best movie villain ever", "movies", [])
    a("the drop off from friday to saturday was brutal, -60% is not a good sign", "boxoffice", [])
    a(
        "the warfare between the jump scare crowd and the slow burn crowd in this sub is exhausting",
        "horror",
        [],
    )
    a("the arrival of sound in 1927 changed screen acting more than anything since", "TrueFilm", [])
    a("the long legs on that spider in the opening shot gave me nightmares for a week", "horror", [])
    a("just hit 1000 films logged!! took me 6 years but i finally got here 🎉", "Letterboxd", [])
    a(
        "weapons in horror movies are always so conveniently placed, like why is there a chainsaw in the barn",
        "horror",
        [],
    )
    a("sinners in old slashers always die first and the virgin survives. classic rules", "horror", [])
    a("up next on my watchlist: the shining, hereditary and the thing", "horror", [])
    a("the companion app for my theater chain is garbage, it never loads my tickets", "boxoffice", [])
    a("her performance was the only good part, everything else was mid", "movies", [])
    a("trap beats in a horror score are a choice lol", "horror", [])
    a("civil war is one of the best MCU movies, the airport fight is iconic", "movies", [])
    a("alien (1979) is still the best sci fi horror ever made", "horror", [])
    a("inside out made me cry as an adult, the bing bong scene ruined me", "movies", [])
    a("smile (2022) was so much scarier than i expected", "horror", [])
    a("nobody (2021) is one of the best action movies of the decade, odenkirk is perfect", "movies", [])
    a(
        "my local theater is closing next month and im genuinely sad about it. its where my dad took me to my first movie, where i had my first date, where me and my friends went every friday in high school. the owner said rent went up 40% and the studios take most of the ticket money anyway so its just not sustainable. we are all going together on the last night. if you have a small independent theater near you please go, buy the overpriced popcorn, they need the help",
        "movies",
        [],
    )
    a(
        "honest question for this sub: does anyone else feel like the substance of film criticism has shifted from analysis to vibes? i grew up reading ebert and kael, and even when i disagreed with them there was an argument. now half the reviews i read are basically 'this made me feel things, 4 stars'. im not saying everyone needs to write a dissertation but some engagement with form, editing, how a scene is blocked, would be nice. maybe im just old and yelling at clouds. its up to each critic i guess.",
        "TrueFilm",
        [],
    )
    a(
        "does anyone else have a hard time watching horror after becoming a parent? i used to binge slashers every weekend and now anything with a kid in danger makes me turn it off. my wife thinks its hilarious that the guy who made her watch every saw movie on our first dates now has to leave the room. i think its something about your brain rewiring, you suddenly see every threat as a threat to them. anyway any recs for horror without kids or dogs in peril? pure vibes please",
        "horror",
        [],
    )
    a("the presence of a cat in a horror movie means its definitely about to die 😿", "horror", [])

    # ================= GENERAL SUBS: MENTIONS =================
    a(
        "honestly Up. the married life montage. i was 29, in a theater full of kids, sobbing",
        "AskReddit",
        [36],
    )
    a("Her (2013). watching it now is eerie with all the ai chatbot stuff", "AskReddit", [35])
    a("ant said sinners was the best movie hes seen all year, man has taste", "nba", [2])
    a("brad pitt in F1 looked more athletic than half the bench on this team lol", "nba", [16])
    a(
        "made ratatouille for date night, then we watched past lives and cried into our plates",
        "cooking",
        [39],
    )
    a("the chicken scene in The Substance made me lose my appetite for a week lol", "cooking", [28])
    a(
        "my bf (28m) refuses to watch Barbie because he thinks its a 'chick movie'. am i wrong for being annoyed?",
        "relationships",
        [41],
    )
    a(
        "our first date was a screening of Materialists, which in hindsight was a red flag lol",
        "relationships",
        [15],
    )
    a("the wild robot has better environmental storytelling than most open world games tbh", "gaming", [50])
    a("alien: romulus felt like it was made by someone who played alien isolation 100 times", "gaming", [49])
    a("the movie Conclave saw a huge streaming spike the week after the pope died, per variety", "news", [27])
    a(
        "Anora winning best picture on a $6M budget is the most indie thing the academy has done in years",
        "news",
        [26],
    )
    a("my halloween costume this year: the dog from Good Boy 🐕", "pics", [11])
    a("painted this frankenstein poster after seeing the del toro one, took me 3 weeks", "pics", [18])
    a(
        "finally got the wicked popcorn bucket, the elphaba one. line at AMC was wrapped around the building",
        "pics",
        [25],
    )
    a(
        "movies that live rent free in my head:\n1. Arrival\n2. Heat\n3. Nope\n4. Past Lives",
        "AskReddit",
        [38, 37, 32, 39],
    )
    a(
        "the movie that scarred me the most was IT. my older cousin snuck me into the theater in 2017 when i was like 11, and the sewer scene with georgie messed me up for YEARS. i couldnt walk past storm drains without crossing the street. my mom found out and grounded my cousin lol. rewatched it last year as an adult and honestly its more of a coming of age movie than a horror movie, the kids are great. still not going near a drain tho",
        "AskReddit",
        [34],
    )
    a("twisters vs into the storm, which is the better tornado movie?", "gaming", [48])
    a("we almost broke up over whether Joker: Folie à Deux was good. i know. i know.", "relationships", [46])
    a("Civil War with kirsten dunst stressed me out more than any horror movie", "AskReddit", [29])
    a("Warfare director Ray Mendoza was actually in the real operation the movie depicts", "news", [8])
    a("the anxiety character from Inside Out 2 is literally me before a ranked match", "gaming", [47])
    a(
        "my wife and i saw Heart Eyes on valentines and it was the perfect date movie lol",
        "relationships",
        [24],
    )
    a("my cat watching Flow with me, she was glued to the screen 🐈", "pics", [30])
    a("Trap (2024). shyamalan made a thriller where the twist is literally in the trailer", "AskReddit", [43])
    a("jimmy watched Weapons on the team plane and said he couldnt sleep lmao", "nba", [1])
    a("smile 2 had me so tense i burned the garlic bread", "cooking", [31])
    a("Superman is now the highest grossing superhero movie of the summer domestically", "news", [17])
    a(
        "he made me watch The Monkey on our third date and laughed through the whole thing. red flag or green flag?",
        "relationships",
        [23],
    )
    a(
        "Poor Things. i dont think ive ever seen anything that weird get nominated for best picture",
        "AskReddit",
        [40],
    )
    a("Longlegs, Sinners, Weapons, Bring Her Back. horror is so back", "AskReddit", [44, 2, 1, 22])
    a("Frankenstein premiered at venice and got a 13 minute standing ovation apparently", "news", [18])
    a(
        "hot take but the best video game movie this year isnt a game adaptation at all, its Warfare. the whole movie plays like a tactical shooter: real time, no music, you just sit in a house with a squad while everything goes wrong. it made me think about how many games glamorize this stuff. after watching it i hopped back into my usual cod lobby and it felt weird for like a day",
        "gaming",
        [8],
    )
    a(
        "the presence movie by soderbergh is basically a first person game, the camera IS the ghost",
        "gaming",
        [7],
    )
    a(
        "just watched black bag with my wife and now we are both suspicious of each other lol",
        "relationships",
        [12],
    )
    a("if you liked the last of us you need to see the long walk, same kind of bleak", "gaming", [20])

    # ================= GENERAL SUBS: TRAPS =================
    a("we need to send help to the flooded areas immediately, the roads are gone", "news", [])
    a("weapons of mass destruction were never found, and nobody was held accountable", "news", [])
    a("civil war historians say the monument belongs in a museum, not the town square", "news", [])
    a("the papal conclave begins next week, cardinals will be sequestered in the sistine chapel", "news", [])
    a("the heat is unbearable, 115F in phoenix again today 🥵", "news", [])
    a("past lives regression is a scam, change my mind", "AskReddit", [])
    a(
        "go with the flow and throw whatever is in your fridge into it, thats how fried rice works",
        "cooking",
        [],
    )
    a(
        "poor things had no food in the fridge when i visited my brother, so i meal prepped for him for a week",
        "cooking",
        [],
    )
    a("medium heat, not high. everyone burns their garlic on high heat", "cooking", [])
    a("my dog is such a good boy, sat there watching me cook bacon for 20 mins 🥓", "cooking", [])
    a("its a trap! every time a game hands you full ammo right before a door", "gaming", [])
    a("the keeper of the keys questline in this game is so tedious", "gaming", [])
    a("nope not doing that spider level again", "gaming", [])
    a(
        "him and me have been together for 6 years and he still doesnt know my coffee order",
        "relationships",
        [],
    )
    a(
        "friendship is hard when you move to a new city. its been a year and i have nobody",
        "relationships",
        [],
    )
    a("together forever isnt realistic, people grow apart and thats ok", "relationships", [])
    a("shes a keeper. dont let her go", "relationships", [])
    a("THAT WAS A SUPERMAN DUNK, HE WAS FLOATING", "nba", [])
    a("the heat need to get their act together before the deadline", "nba", [])
    a("the f1 season has been more exciting than this game lol", "nba", [])
    a("remember when the whole league was doing the running man challenge in 2016 lol", "nba", [])
    a("the wild robot vacuum we bought keeps chasing my cat around lol", "pics", [])
    a("here is my dog in her new sweater", "pics", [])
    a("all sinners will be forgiven, the preacher shouted at the rally", "news", [])
    a("the substance abuse counselor at my school was the only adult who actually helped me", "AskReddit", [])
    a("j. robert oppenheimer's security clearance was restored posthumously in 2022", "news", [])
    a("frankenstein dinner: leftover chili + mac and cheese + hot sauce. dont judge", "cooking", [])
    a("bring her back to the vet if the limp doesnt get better in a few days", "AskReddit", [])
    a(
        "my (29f) boyfriend (31m) and i have been together for 4 years and recently he started spending every weekend with his friends. i dont mind him having a life, but it feels like friendship is more important to him than us at this point. when i bring it up he says im being dramatic. last weekend i had a fever and he still went to the lake with them. i feel like i need someone to send help lol. am i wrong to want at least one day a week together?",
        "relationships",
        [],
    )
    a(
        "the heat are in trouble. no real weapons outside of bam, tyler is inconsistent, and spo can only scheme so much. people said the same thing last year and they made a run, but at some point the culture thing isnt enough. its up to the front office to bring someone in before the deadline or this season is over by february",
        "nba",
        [],
    )
    a(
        "the key to a good sear is heat and patience. let the pan get ripping hot, pat the steak dry, salt it 40 minutes ahead, and then DONT TOUCH IT. everyone wants to flip it after 30 seconds. leave it. let the crust form. then drop the butter, garlic and thyme in and baste. its not complicated, it just takes discipline. my family used to cook steak gray all the way through and call it well done lol",
        "cooking",
        [],
    )
    a("superman punch in ufc 5 is so broken, its all anyone spams online", "gaming", [])
    a("my daughter wants a barbie dreamhouse for christmas and theyre $200 now??", "relationships", [])
    a("wicked smart, my uncle used to say. he was from boston", "AskReddit", [])

    # The second batch: written later by another session with the same brief, 20 more films (51-70)
    # and more subreddits; measured before any rule was changed for it (see tests/data/README.md).
    batch = "second"
    # ---------------- movie subreddits: mentions ----------------
    a("just got back from sinners. michael b jordan x2 is unfair tbh 🔥🔥", "movies", [2])
    a(
        "Presence is basically a 90 minute gimmick but Soderbergh makes the gimmick work. The whole film is shot from the ghost's POV.",
        "TrueFilm",
        [7],
    )
    a(
        "Warfare is the most stressful thing I've seen in a theater. No score, just real time chaos. Garland and Mendoza didn't hold back.",
        "movies",
        [8],
    )
    a(
        "Ok my **2025 horror ranking** so far, fight me:\n\n1. **Weapons** – the structure alone puts it at the top\n2. **Sinners** – technically a vampire movie, counts\n3. **Bring Her Back** – the Philippou brothers are sick in the head (compliment)\n4. **The Monkey** – dumb fun, Theo James x2\n5. **Companion** – twist was spoiled for me but still good\n\nStill need to catch up on a few.",
        "horror",
        [1, 2, 22, 23, 5],
    )
    a("Keeper didn't work for me at all. Osgood Perkins peaked with Longlegs imo", "horror", [9, 44])
    a(
        "Anyone else think Good Boy was way better than it had any right to be? A horror movie from the dog's POV sounds dumb on paper but Indy is a star 🐕",
        "horror",
        [11],
    )
    a(
        "Friendship (2024) with Tim Robinson is the most uncomfortable comedy ive ever watched and i mean that as a compliment",
        "movies",
        [14],
    )
    a(
        "Materialists was not the romcom the trailer sold. Celine Song went from Past Lives to this and somehow it's even sadder, just about money this time",
        "TrueFilm",
        [15, 39],
    )
    a(
        "f1 was exactly what i wanted from a summer blockbuster, the sound design in imax was insane",
        "movies",
        [16],
    )
    a(
        "Superman (2025) had more heart than the last five DCEU movies combined. Krypto stole the show.",
        "movies",
        [17],
    )
    a(
        "del Toro's Frankenstein is gorgeous but overlong. Jacob Elordi as the creature is the best thing in it.",
        "movies",
        [18],
    )
    a(
        "Nobody 2 is dumb fun. Not as tight as the first one but Bob Odenkirk beating people with random objects never gets old.",
        "movies",
        [19],
    )
    a(
        "The Long Walk adaptation is brutal. I had to look away multiple times. Cooper Hoffman and David Jonsson are incredible together.",
        "horror",
        [20],
    )
    a(
        "Edgar Wright's The Running Man is closer to the book than the Arnold one, which is honestly refreshing",
        "movies",
        [21],
    )
    a(
        "BRING HER BACK IS THE MOST UPSETTING MOVIE IVE SEEN IN YEARS. SALLY HAWKINS DESERVED AN OSCAR NOM",
        "horror",
        [22],
    )
    a(
        "The Monkey is basically a Final Destination movie with a wind-up toy and I'm here for it 🐒",
        "horror",
        [23],
    )
    a("Wicked (2024) made me cry twice. Ariana was robbed.", "movies", [25])
    a(
        "Wicked: For Good felt rushed. The second act of the stage show just doesn't have as many bangers, nothing they could do about that",
        "movies",
        [63],
    )
    a(
        "Anora winning Best Picture over Conclave and The Substance is still wild to me",
        "movies",
        [26, 27, 28],
    )
    a(
        "Civil War (2024) is less about politics and more about journalism. People who went in expecting a full-on war movie were confused, but Kirsten Dunst's thousand-yard stare says more than any speech could. The Jesse Plemons scene is one of the most terrifying things I've seen in a theater, and he's in it for like five minutes. Garland deliberately refuses to explain how the country got there and I think that's the point: it doesn't matter which side, the machinery of violence looks the same. Anyway 9/10, the sound design alone deserves a rewatch.",
        "TrueFilm",
        [29],
    )
    a(
        "Flow beating Inside Out 2 at the Oscars made me so happy, a tiny Latvian cat movie with no dialogue!!",
        "movies",
        [30, 47],
    )
    a("Smile 2 >>> Smile. Naomi Scott's pop star breakdown is elite horror acting", "horror", [31])
    a("Nope is Jordan Peele's best film, the spectacle stuff is genuinely awe-inspiring", "movies", [32])
    a(
        "Us (2019) has the best score of any Peele movie. That Tethered remix of I Got 5 On It 😳",
        "horror",
        [33],
    )
    a(
        "It (2017) is the rare Stephen King adaptation that actually works. Bill Skarsgard as Pennywise is iconic",
        "horror",
        [34],
    )
    a("Her is the most accurate movie about loneliness ever made and it came out in 2013", "TrueFilm", [35])
    a("The first ten minutes of Up still destroy me every single time", "movies", [36])
    a("Heat (1995) is the blueprint for every heist movie since. That downtown shootout!!", "movies", [37])
    a(
        "Arrival is Villeneuve's best and I will die on this hill. The linguistics angle is so unique.",
        "movies",
        [38],
    )
    a(
        "Poor Things is a visual feast but the 'sex positive' framing felt so male gaze-y to me",
        "TrueFilm",
        [40],
    )
    a(
        "Barbenheimer summer was the last time theaters felt alive. I saw Barbie and Oppenheimer back to back on opening day, full theaters, people dressed up in pink and in suits, strangers talking in the lobby between shows. Compare that to now where I'm usually one of four people in a Tuesday screening. Studios keep saying audiences don't want originals but those two were about as original as a tentpole gets. Barbie's soundtrack was on repeat in my car for months.",
        "boxoffice",
        [41, 42],
    )
    a("Trap is so dumb but Josh Hartnett is having a blast. Shyamalan going full camp lol", "movies", [43])
    a(
        "Here (2024) — Zemeckis keeping the camera in one spot the entire movie is a neat idea that gets old in 20 minutes",
        "movies",
        [45],
    )
    a(
        "Joker: Folie à Deux bombing was so predictable. Nobody asked for a jukebox musical sequel",
        "boxoffice",
        [46],
    )
    a("Alien: Romulus was a fun nostalgia ride, that last act went full Cronenberg", "horror", [49])
    a(
        "Roofman is such an oddball true story. Channing Tatum secretly living inside a Toys R Us for months?? Derek Cianfrance of all people directing??",
        "movies",
        [51],
    )
    a(
        "Hamnet left the entire theater sobbing. Jessie Buckley is winning the Oscar, calling it now",
        "movies",
        [53],
    )
    a("marty supreme trailer goes so hard. timothee as a ping pong hustler lmao", "movies", [54])
    a(
        "Sentimental Value is Joachim Trier's best since The Worst Person in the World. Renate Reinsve and Stellan Skarsgård are unreal.",
        "TrueFilm",
        [55],
    )
    a(
        "After the Hunt is a mess. Guadagnino doing a campus drama with Julia Roberts should've been juicy but it's so inert",
        "movies",
        [57],
    )
    a(
        "Sorry, Baby is one of the best debuts in years. Eva Victor wrote, directed and starred, unreal. ★★★★½",
        "Letterboxd",
        [58],
    )
    a(
        "ok I need to rant. One Battle After Another is PTA's most fun movie and I'm tired of people in my group chat calling it \"messy\". Yes it's long. Yes the tone swings wildly from slapstick to genuinely upsetting in the span of a single scene. That's the POINT. Sean Penn is terrifying in a way I didn't know he still had in him, Teyana Taylor is magnetic every second she's on screen, and DiCaprio playing a burnt-out stoner dad fumbling a phone password while the world burns is the funniest thing he's done since Wolf of Wall Street. The car chase on the rolling hills near the end is one of the best set pieces of the decade, full stop. Saw it twice in VistaVision and would go a third time. 10/10 no notes 🙌",
        "movies",
        [60],
    )
    a("Predator: Badlands making the Predator the protagonist is such a cool swing", "movies", [61])
    a(
        "The Fantastic Four: First Steps is the first time the FF have been done right. The retro-futurism is gorgeous.",
        "movies",
        [67],
    )
    a("Elio flopping is so sad, it's a genuinely sweet movie", "boxoffice", [68])
    a(
        "Highest 2 Lowest is Spike Lee remaking Kurosawa with Denzel. The subway set piece is great, the last act less so",
        "TrueFilm",
        [69],
    )
    a("Him is a mess. Jordan Peele producing doesn't save it. Marlon Wayans tries tho", "horror", [4])
    a(
        "Together (2025) with Dave Franco and Alison Brie is the grossest body horror of the year and I loved it",
        "horror",
        [3],
    )
    a(
        "Good Fortune is Aziz Ansari's directing debut and Keanu as a bumbling guardian angel is perfect casting",
        "movies",
        [56],
    )
    # mixed: one film + another title's word used ordinarily
    a(
        "Sinners had such a strong sense of place, and Delroy Lindo's presence in every scene he's in is magnetic",
        "movies",
        [2],
    )
    a("Oppenheimer's second weekend drop was tiny, that movie had legs for days", "boxoffice", [42])
    a(
        "Conclave is basically Succession with cardinals. Ralph Fiennes' face when he reads the ballots 😂 The real conclave this year made it trend all over again",
        "movies",
        [27],
    )
    a(
        "Weapons had me holding my breath the whole time. that shot of the kids running with their arms up 😭",
        "horror",
        [1],
    )
    a(
        "Heart Eyes is fine but it's no Scream. Perfect for a date night together with your partner though",
        "horror",
        [24],
    )
    a("Twisters was fun but the heat during my screening's AC outage was scarier lol", "movies", [48])
    a(
        "[Trailer for Send Help](https://www.youtube.com/watch?v=abc123) dropped today and it looks unhinged. Raimi is back baby",
        "movies",
        [13],
    )
    a(
        "> Her is a movie about a guy falling in love with his phone\n\nThat's like saying Jaws is about a fish. It's about grief and divorce.",
        "TrueFilm",
        [35],
    )

    # ---------------- movie subreddits: traps ----------------
    a("He has such a commanding screen presence, I'd watch him read a phone book.", "movies", [])
    a("Honestly this one's a keeper, adding it to my rewatch list.", "Letterboxd", [])
    a("My dog watched the whole movie with me and barked at every jumpscare. Good boy.", "horror", [])
    a(
        "The black bag over the hostage's head was such an obvious tell that the twist was coming",
        "movies",
        [],
    )
    a("Henry Cavill will always be my Superman, sorry not sorry", "movies", [])
    a("Frankenstein (1931) still holds up, Karloff's performance is unmatched", "TrueFilm", [])
    a(
        "Nobody (2021) is such an underrated action flick, way better than it had any right to be",
        "MovieSuggestions",
        [],
    )
    a("The Running Man (1987) is peak cheesy 80s Arnold, nothing more nothing less", "MovieSuggestions", [])
    a("Captain America: Civil War is still the best MCU movie, fight me", "movies", [])
    a("The flow of this movie is all over the place. Scenes just end without any payoff", "movies", [])
    a("Smile (2022) gave me actual nightmares, the grin thing is so simple but so effective", "horror", [])
    a(
        "Nope. Not watching another found footage movie in theaters ever again, my stomach cant take it",
        "horror",
        [],
    )
    a("She carried the whole movie and nobody talks about her performance", "movies", [])
    a("It's a trap! The trailer shows the whole movie, don't watch it", "movies", [])
    a("Joker (2019) deserved the Phoenix Oscar but the movie itself is a Scorsese cover band", "TrueFilm", [])
    a("Inside Out (2015) is a perfect movie, the Bing Bong scene wrecks me", "MovieSuggestions", [])
    a("Alien (1979) is still the scariest sci-fi ever made, nothing tops the chestburster", "horror", [])
    a("Predator (1987) is pure testosterone cinema and I love every second of it", "MovieSuggestions", [])
    a("Avatar (2009) rewatch in 3D still looks better than most movies today", "movies", [])
    a(
        "A 60% drop in weekend two is brutal for an original movie, the studio is going to pull it from PLFs by next week",
        "boxoffice",
        [],
    )
    a(
        "The friendship between the two leads is the heart of the movie, the plot is almost an afterthought",
        "movies",
        [],
    )
    a(
        "the whole third act is basically psychological warfare on the audience. i left the theater shaking",
        "horror",
        [],
    )
    a(
        "need a movie to watch with my gf tonight, something that will make us laugh. no horror pls 🙏",
        "MovieSuggestions",
        [],
    )
    a("The Green Mile's ending — that long walk down the hallway — I'm not okay", "movies", [])
    a(
        "Ranked every Pixar movie from highest to lowest on my Letterboxd, Cars 2 at the bottom obviously",
        "Letterboxd",
        [],
    )
    a(
        "Me to my wife every time I fall asleep 20 minutes into a movie: sorry, baby, I'll finish it tomorrow",
        "movies",
        [],
    )
    a(
        "The arrival of streaming basically killed the mid-budget adult drama. Studios only greenlight $200M franchise stuff or $5M horror now, and everything in between goes straight to a platform where it gets buried in a week.",
        "TrueFilm",
        [],
    )
    a("Us millennials grew up on Blockbuster Friday nights and nothing will ever beat that", "movies", [])
    a("Up until the last 15 minutes I thought it was a 10/10. Then the ending happened.", "movies", [])
    a(
        "Here's my hot take: practical effects aren't automatically better than CGI. Bad practical effects exist too",
        "movies",
        [],
    )
    a(
        "the chemistry between the leads just wasnt there, zero heat. felt like watching two coworkers",
        "movies",
        [],
    )
    a("This is wicked good, the cinematography alone is worth the ticket", "movies", [])
    a("The companion piece to this would be Children of Men, watch them back to back", "TrueFilm", [])

    # ---------------- other subreddits: mentions ----------------
    a(
        "Unpopular opinion but the F1 movie did more for the sport in the US than DTS ever did. My coworkers who couldnt name a single driver are now asking me about tire strategy lol. Is it realistic? Absolutely not. Sonny Hayes would get his superlicence revoked in about 3 laps, and the whole crash-on-purpose-to-bring-out-the-safety-car thing is literally Crashgate. But the onboard shots are incredible and hearing the engines in IMAX was worth the ticket. Meanwhile the actual championship this season has been a snoozefest at the front so maybe Hollywood should write the 2026 regs too 🙃",
        "formula1",
        [16],
    )
    a(
        "Took her to see Materialists for our second date. Bad idea, it's a movie about how dating is basically a transaction 💀",
        "dating_advice",
        [15],
    )
    a(
        "Saw Sinners with my dad, he's a huge blues guy and he wouldnt stop talking about it on the drive home",
        "AskReddit",
        [2],
    )
    a("Weapons is the best movie I've seen this year. That's my answer.", "AskReddit", [1])
    a("The Substance ruined me. I can't crack an egg the same way anymore", "Cooking", [28])
    a(
        "spent $28 on an IMAX ticket for Oppenheimer and honestly worth every penny. the rest of my entertainment budget is $0 so im allowed",
        "personalfinance",
        [42],
    )
    a("The Long Walk made me want to go on an actual long walk just to feel alive lol", "AskReddit", [20])
    a("Civil War (2024) should be required viewing for anyone who covers conflict zones", "worldnews", [29])
    a(
        "Conclave got so many things right about the process, the real one this year felt like a sequel",
        "worldnews",
        [27],
    )
    a(
        "Eddington made me realize how insane 2020 was. Ari Aster captured the whole mask-fight era perfectly",
        "AskReddit",
        [70],
    )
    a(
        "Highest 2 Lowest made me finally watch the Kurosawa original, High and Low. Both great.",
        "AskReddit",
        [69],
    )
    a(
        "The Running Man (2025) would've made a perfect Fortnite limited-time mode, missed opportunity",
        "gaming",
        [21],
    )
    a("Mickey 17 is basically a roguelike. Die, respawn, repeat.", "gaming", [65])
    a("The Fantastic Four: First Steps has the best retro set design since Fallout", "gaming", [67])
    a("The Wild Robot made me cry harder than any game ever did. Roz is iconic", "gaming", [50])
    a(
        "Flow is the closest a movie has come to feeling like a video game, basically a wordless Journey with a cat",
        "gaming",
        [30],
    )
    a("Companion is the best argument against AI girlfriends ever made 🤖", "dating_advice", [5])
    a("Watched Past Lives with my ex and cried the whole way home. Don't do that.", "dating_advice", [39])
    a("Bugonia made me want to delete all my social media and move to a cabin", "AskReddit", [52])
    a(
        "Just saw Heat for the first time. The diner scene with De Niro and Pacino might be the most perfect scene ever filmed",
        "AskReddit",
        [37],
    )
    a("Up is the only movie that ever made my grandpa cry", "AskReddit", [36])
    a("The Smashing Machine reminded me why I quit MMA after two amateur fights lol", "AskReddit", [59])
    a(
        "Zootopia 2 merch is everywhere, my kids want Judy Hopps everything. RIP my Christmas budget",
        "personalfinance",
        [62],
    )
    a(
        "Avatar: Fire and Ash tickets for a family of 5 in IMAX 3D were $140. Make it make sense",
        "personalfinance",
        [64],
    )
    a(
        "Just watched Heart Eyes with my bf, perfect Valentine's date movie if you like slashers 💘",
        "dating_advice",
        [24],
    )
    a("Nobody 2 has the dad-on-vacation energy that every middle aged man secretly craves", "AskReddit", [19])
    a(
        "Eden (2024) is a good reminder that escaping society doesn't fix anything. Floreana looked hellish",
        "AskReddit",
        [10],
    )
    a("Thunderbolts* was my comfort movie after getting laid off, weird I know", "personalfinance", [66])
    a(
        "Marty Supreme made me want a ping pong table for the garage. Anyone built their own? Plywood + sawhorses good enough?",
        "DIY",
        [54],
    )
    a(
        "Drop is the perfect first date movie if you want her to never trust her phone again lol",
        "dating_advice",
        [6],
    )
    a(
        "Black Bag is a movie about a marriage where both people are spies and honestly it's the healthiest relationship I've seen on screen",
        "dating_advice",
        [12],
    )

    # ---------------- other subreddits: traps ----------------
    a("Drop the mic, that's the best answer in this thread", "AskReddit", [])
    a(
        "What's something that instantly gives you the ick on a first date?\n\nFor me it's when they're rude to the waiter. Instant nope.",
        "dating_advice",
        [],
    )
    a("Verstappen's presence in the midfield is gonna be scary if Red Bull fix the car", "formula1", [])
    a("Psychological warfare from the Chiefs sideline, they knew the snap count all game", "nfl", [])
    a(
        "Keeper leagues are the best format, change my mind. I've had Mahomes as my keeper for 6 years",
        "nfl",
        [],
    )
    a("My companion cube is still on my desk after 15 years 🥲", "gaming", [])
    a("Turn the heat down to medium before you add the garlic or it'll burn in seconds", "Cooking", [])
    a(
        "Cash flow matters more than net worth when you're starting out. Here's what I tell everyone who asks me: first, build up a 3-6 month emergency fund in a HYSA, not in your checking account where you'll spend it. Second, get the full 401k match, it's free money. Third, attack anything above 7% interest. Only after that should you even think about individual stocks. And please stop financing cars you can't afford, a $700/month payment is why half the posts here exist. It's boring but boring works.",
        "personalfinance",
        [],
    )
    a("If he wanted to, he would. Stop making excuses for him.", "dating_advice", [])
    a("Us Bills fans have suffered enough, let us have one ring", "nfl", [])
    a("The trap on 3rd down was perfectly designed, their DE bit on the play action", "nfl", [])
    a("that boss fight is wicked hard on NG+, took me like 40 tries", "gaming", [])
    a(
        "We've been together 4 years and he still won't introduce me to his parents. Every time I bring it up he says its 'not the right time' or that his mom is 'complicated'. I've met his friends, his coworkers, even his ex (long story). I love him but I'm starting to feel like a secret. Am I overreacting or is this a red flag? I'm 29 and I don't want to waste another 4 years finding out.",
        "dating_advice",
        [],
    )
    a(
        "A friendship that ends over $200 wasn't much of a friendship. But also pay your debts.",
        "personalfinance",
        [],
    )
    a("WHO'S A GOOD BOY?? My lab just learned to open the fridge. Send help.", "AskReddit", [])
    a(
        "The black bag budget is wild — billions in classified spending that nobody outside a handful of committees can audit",
        "worldnews",
        [],
    )
    a(
        "By sheer good fortune the rental car had snow tires, otherwise we'd still be stuck on that pass",
        "AskReddit",
        [],
    )
    a(
        "The long walk back to the car after your team loses a home playoff game is the worst feeling in sports",
        "nfl",
        [],
    )
    a("Running man challenge was peak 2016 and I refuse to accept otherwise", "AskReddit", [])
    a(
        "F1 cars are basically planes flying upside down at this point, the downforce numbers are insane",
        "formula1",
        [],
    )
    a("Max won the F1 title 4 years in a row and people still call him lucky", "formula1", [])
    a("my 4yo thinks hes superman and jumped off the couch, ER trip #2 this year 🙃", "AskReddit", [])
    a("This wiring is a Frankenstein mess of 3 different decades of electricians. Rip it all out.", "DIY", [])
    a(
        "Awaiting the arrival of our first kid in March, how much should we have in savings before then?",
        "personalfinance",
        [],
    )
    a(
        "Believing in past lives is fine but don't quit your job because a psychic told you to",
        "personalfinance",
        [],
    )
    a("Those poor things at the shelter need homes more than ever. Adopt don't shop ❤️", "AskReddit", [])
    a(
        "If this escalates into a full civil war the refugee crisis in the region will be catastrophic. The neighbouring countries are already at capacity and the aid corridors are barely functioning. People in the comments acting like this is far away and doesn't affect them should look at what happened with Syria a decade ago.",
        "worldnews",
        [],
    )
    a(
        "Cardinals gathered in the Sistine Chapel for the conclave, white smoke expected within days",
        "worldnews",
        [],
    )
    a("Replaying The Secret of Monkey Island, the writing still holds up 30+ years later", "gaming", [])
    a(
        "Eden Hazard at his peak was more fun to watch than anyone, who else had that kind of dribbling?",
        "AskReddit",
        [],
    )
    a(
        "Sort your debts from highest to lowest interest rate and attack the top one. Avalanche method, mathematically optimal.",
        "personalfinance",
        [],
    )
    a(
        "Kept my grandpa's old workbench even though it's falling apart, too much sentimental value. Any tips for reinforcing the legs?",
        "DIY",
        [],
    )
    a("After the hunt we always make venison chili, my uncle's recipe is below", "Cooking", [])
    a(
        "sorry, baby — thats what I texted my gf after missing our anniversary dinner for the Eagles game. she did not accept it",
        "dating_advice",
        [],
    )
    a("Lando's a smashing machine in the wet, change my mind", "formula1", [])
    a("Her: 'we need to talk.'\nMe: *internally screaming*", "dating_advice", [])
    a("Up to 50% off GPUs this week, prices are finally dropping", "gaming", [])
    a(
        "It's the weapons upgrades that make the late game so broken, you one-shot everything by level 40",
        "gaming",
        [],
    )
    a("The back row was the sinners' pew at my grandma's church lol", "AskReddit", [])

    # The third batch: a third session, same brief and catalogue, scored before any rule was changed
    # for it (P 0.870 R 0.877).
    batch = "third"
    a(
        "The film's sentimental value for me is tied to watching it with my late dad, so I can't judge it objectively.",
        "TrueFilm",
        [],
    )
    a(
        "**Sinners** crossing ~$360M worldwide as an original R-rated movie is insane. people said originals were dead lol",
        "boxoffice",
        [2],
    )
    a(
        "Soderbergh shooting Presence entirely from the ghost's POV is the kind of formal constraint I wish more directors tried. Black Bag a few months later was the opposite, super classical, and both work.",
        "TrueFilm",
        [7, 12],
    )
    a("heart eyes was a fun valentine's slasher, don't overthink it", "movies", [24])
    a("alien (1979) is perfect, the chestburster scene still works on first-timers", "horror", [])
    a("jessie buckley in hamnet is going to win everything. i was a mess by the end", "movies", [53])
    a("daddy longlegs everywhere in the basement since I redid the insulation, is that normal?", "DIY", [])
    a("it (2017) holds up so well. bill skarsgard's pennywise is iconic", "horror", [34])
    a("watched the 2005 fantastic four with my kids and it was... not good", "movies", [])
    a(
        "[Weapons](https://letterboxd.com/film/weapons-2025/) is already in my top 4 and I'm not taking questions",
        "Letterboxd",
        [1],
    )
    a(
        "Flow won the animated oscar with no dialogue and it was made in blender. the cat is literally me",
        "movies",
        [30],
    )
    a(
        "highest 2 lowest has denzel and asap rocky in a rap battle scene and spike lee just lets it rip",
        "movies",
        [69],
    )
    a("here's the thing, the twist was obvious from the trailer", "movies", [])
    a("inside out (2015) is pixar's last masterpiece, fight me", "movies", [])
    a("rewatched us last night, lupita's voice for red still gives me chills", "horror", [33])
    a(
        'my (28f) bf (30m) cried at past lives and now won\'t stop texting his ex "just to catch up". am i overreacting?',
        "relationships",
        [39],
    )
    a("hunt showdown update broke my game, right after the hunt ends it crashes to desktop", "gaming", [])
    a(
        "wicked for good opened even bigger than wicked did. the fanbase showed up twice",
        "boxoffice",
        [25, 63],
    )
    a("captain america: civil war is still the best mcu movie and it's not close", "movies", [])
    a("my grandma's backyard is basically the garden of eden, she grows everything", "AskReddit", [])
    a("my cat watching flow with me, she did not blink once 🐈", "pics", [30])
    a(
        "I've been thinking about how many recent films are about institutions failing people. Eddington is about a town that can't agree on reality, One Battle After Another is about revolutionaries who got old and paranoid, Weapons is literally about a school and a town that can't protect its kids, and even Sentimental Value is about a family as an institution that keeps failing its members. Compare that to 2023 when Barbie and Oppenheimer were both, in very different ways, about creators and the things they made. I don't want to overread it, release-date trends are mostly coincidence, but it's hard not to notice. Maybe I'm just projecting because I watched them all in the same month lol.",
        "TrueFilm",
        [1, 41, 42, 55, 60, 70],
    )
    a(
        "conclave is basically succession in the vatican and i'm here for it. ralph fiennes was robbed",
        "movies",
        [27],
    )
    a(
        "Depictions of trench warfare in 1917 vs All Quiet on the Western Front say a lot about what each era wanted from war films.",
        "TrueFilm",
        [],
    )
    a(
        "watched the F1 movie on the plane, the racing scenes are legit but sonny hayes would've been black flagged in like three races irl lol",
        "formula1",
        [16],
    )
    a(
        "saw sinners last night, michael b jordan playing twins is wild. dude needs to play both jordans in a bulls biopic lol",
        "nba",
        [2],
    )
    a(
        "After the Hunt is the most divisive thing Guadagnino has made. Julia Roberts is great but the script wants to have it both ways.",
        "TrueFilm",
        [57],
    )
    a(
        "first date idea: we went to see materialists and it turned into a 2 hour argument about whether love is math. 10/10 would recommend",
        "dating_advice",
        [15],
    )
    a("twisters was the most pure summer blockbuster of 2024. glen powell yeehaw 🤠", "movies", [48])
    a(
        "Weekend estimates:\n1. Weapons - $43.5M\n2. Freakier Friday - $28.6M\n3. The Bad Guys 2 - $11.0M\n4. The Fantastic Four: First Steps - $8.8M\n5. The Naked Gun - $8.3M",
        "boxoffice",
        [1, 67],
    )
    a("that fourth round pick looks like a keeper, great hands all camp", "nfl", [])
    a("the substance of the script just isn't there. pretty visuals though", "Letterboxd", [])
    a("cash flow is fine but i have zero emergency fund. what do i prioritize", "personalfinance", [])
    a("GOOD BOY the dog movie!!! indy deserved an award honestly 🐕", "horror", [11])
    a("Cardinals gather in Rome as conclave to elect new pope begins", "worldnews", [])
    a(
        "nobody 2 was fine. not as tight as the first one but bob odenkirk beating people up at a water park is worth the ticket",
        "movies",
        [19],
    )
    a(
        "looking for something like past lives or her. quiet, sad, romantic. no comedies pls",
        "MovieSuggestions",
        [35, 39],
    )
    a("It's up 12% from last weekend thanks to the holiday", "boxoffice", [])
    a("drop the remake talk. together is original and that's why it works", "horror", [3])
    a("good fortune to you, OP, sounds like you need it", "AskReddit", [])
    a("Avatar: Fire and Ash tracking below Way of Water, curious if it still gets to $2B", "boxoffice", [64])
    a(
        "warfare is the most stressful 90 minutes i've ever sat through. no score, real time, just noise",
        "movies",
        [8],
    )
    a("poor things in the cabin never stood a chance lol", "horror", [])
    a(
        "Hot take but Sinners > Weapons. Sinners had actual themes, Weapons was just a really well-made campfire story",
        "horror",
        [1, 2],
    )
    a("built a raised garden bed together with my kid this weekend, here's how it turned out", "DIY", [])
    a(
        "superman in the comics has always been more interesting when he's dealing with moral stuff, not just punching. all-star superman gets this",
        "movies",
        [],
    )
    a(
        "after the hunt we ate venison backstrap with juniper butter, best thing I've ever cooked",
        "cooking",
        [],
    )
    a("the first ten minutes of up destroyed me as a kid and destroy me harder as an adult", "movies", [36])
    a("the long walk to the car after a bad movie on a first date is the worst feeling", "movies", [])
    a("the arrival of streaming killed the mid-budget drama, no question", "movies", [])
    a(
        "bring her back ruined me. sally hawkins is terrifying. the philippou brothers are 2 for 2 after talk to me",
        "horror",
        [22],
    )
    a("the presence of that actor in every scene just ruins it for me", "movies", [])
    a(
        "roofman is such a weird true story. channing tatum secretly living inside a toys r us for months???",
        "movies",
        [51],
    )
    a(
        "anora 4.5/5. the house scene with the russian goons is one of the funniest 20 minutes of the decade",
        "Letterboxd",
        [26],
    )
    a("mickey 17 was so weird. robert pattinson's voice alone is worth the watch", "movies", [65])
    a(
        "marty supreme is two and a half hours of timothée chalamet being the most annoying man alive and i loved every minute",
        "movies",
        [54],
    )
    a(
        "did anyone actually see Here? zemeckis de-aging tom hanks in front of one fixed camera for 2 hours",
        "movies",
        [45],
    )
    a("here. just here. reading this at 3am instead of sleeping", "AskReddit", [])
    a(
        "not to be dramatic but after watching the monkey i'm never keeping my childhood toys up in the attic again",
        "horror",
        [23],
    )
    a("F1 needs to fix dirty air before the 2026 regs make it even worse", "formula1", [])
    a(
        "studios are counting on good fortune with the weather, rainy weekends always help family movies",
        "boxoffice",
        [],
    )
    a("The Substance is the grossest movie I've ever loved. Demi Moore ate", "horror", [28])
    a("watched it with my sister, we both gave it 3 stars. just not for us tbh", "Letterboxd", [])
    a("inside out made me call my mom", "movies", [])
    a(
        "barbenheimer weekend was the last time the box office felt like a cultural event. Barbie ~$1.44B, Oppenheimer ~$975M",
        "boxoffice",
        [41, 42],
    )
    a(
        "anyone else think Him got way too much hate? marlon wayans was genuinely good in it, the football stuff was bonkers tho",
        "horror",
        [4],
    )
    a("the long walk adaptation is bleak as hell. cooper hoffman and david jonsson carry it", "horror", [20])
    a(
        'he texted "sorry, baby, i can\'t tonight" for the third time this week. am i being played',
        "relationships",
        [],
    )
    a(
        "Ranking Soderbergh's 2025:\n\n1. **Black Bag** - tight, adult, sexy\n2. **Presence** - great gimmick, thin story\n\nhe's so prolific it's ridiculous",
        "Letterboxd",
        [7, 12],
    )
    a("the heat of the summer makes every slasher feel sweatier lol. give me winter horror", "horror", [])
    a(
        "Friendship is the most uncomfortable comedy since I Think You Should Leave ended. tim robinson and paul rudd are perfect",
        "movies",
        [14],
    )
    a(
        "Oppenheimer's security clearance was finally restored in 2022, decades after his death",
        "worldnews",
        [],
    )
    a(
        "elio is the first pixar original in a while that i'd actually rewatch. bummer it bombed",
        "movies",
        [68],
    )
    a(
        "Eden had the wildest cast - sweeney, ana de armas, jude law, vanessa kirby - and somehow nobody saw it",
        "movies",
        [10],
    )
    a("gunn's superman made me feel like a kid again. krypto stole every scene", "movies", [17])
    a(
        "poor things: emma stone doing the funniest physical comedy performance in ages. 4/5",
        "Letterboxd",
        [40],
    )
    a(
        "Arrival is the rare sci-fi film where the twist is grammatical. Villeneuve structures the whole thing like Heptapod B.",
        "TrueFilm",
        [38],
    )
    a(
        '"don\'t let yourself get attached to anything you are not willing to walk out on in 30 seconds flat" - heat (1995). words to live by',
        "movies",
        [37],
    )
    a("the creature design was a weapons-grade nightmare, props to the effects team", "horror", [])
    a(
        "F1 ended up as Apple's biggest theatrical hit ever, $600M+ WW. brad pitt still draws",
        "boxoffice",
        [16],
    )
    a(
        "favorite recent horror: longlegs, the substance, weapons, and heart eyes as a palate cleanser",
        "horror",
        [1, 24, 28, 44],
    )
    a("the drop from opening weekend was brutal, -68% is not good word of mouth", "boxoffice", [])
    a(
        "Jordan Peele produced Him and directed Us and Nope. only one of those is a masterpiece (it's Nope)",
        "movies",
        [4, 32, 33],
    )
    a(
        "my 8yo loved inside out (2015), is inside out 2 too intense? the anxiety stuff might be a lot for her",
        "MovieSuggestions",
        [47],
    )
    a(
        "edgar wright's the running man is way more faithful to the book than the schwarzenegger one",
        "movies",
        [21],
    )
    a("Max's presence in the paddock is huge even when he's not winning", "formula1", [])
    a(
        "Past Lives made me text my childhood friend for the first time in 10 years. thanks celine song",
        "movies",
        [39],
    )
    a("my dog after his first haircut. such a good boy 🐶", "pics", [])
    a("anyone know if bugonia is a remake? someone told me it's based on a korean movie", "movies", [52])
    a(
        "alien: romulus is basically a greatest hits album but the zero-g acid scene was sick. still nothing beats alien (1979)",
        "horror",
        [49],
    )
    a("smile 2 > smile. naomi scott's performance is unhinged in the best way", "horror", [31])
    a(
        "wicked on broadway is still selling out 20 years in, saw it in 2009 and again last month",
        "boxoffice",
        [],
    )
    a("sorry, baby is the best debut of the year. eva victor is so good", "Letterboxd", [58])
    a("lewis was a producer on F1 right? you can tell, the garage stuff is pretty accurate", "formula1", [16])
    a("classic trap game. road team, short week, everyone looking ahead to the division matchup", "nfl", [])
    a(
        "the wild robot made me cry more than any pixar film in years, and that's saying something",
        "movies",
        [50],
    )
    a("us millennials grew up on these movies so of course the nostalgia bait works on us", "movies", [])
    a("Police said her weapons were confiscated and she was released pending charges.", "news", [])
    a(
        "i went to see weapons with my gf and her brother and we were all together on the fact that the aunt gladys stuff was the scariest thing this year",
        "movies",
        [1],
    )
    a(
        "The Smashing Machine opening to like $6M was brutal for A24. the rock finally does a real performance and nobody went",
        "boxoffice",
        [59],
    )
    a("Lab results confirmed the substance found in the car was fentanyl", "news", [])
    a('"what\'s a bad miracle?" that line from nope lives in my head rent free', "movies", [32])
    a(
        "my gf's friendship with her ex is making me uncomfortable, how do i even bring it up",
        "relationships",
        [],
    )
    a("OBAA and Sinners are my 1 and 2 this year, not even close", "movies", [2, 60])
    a(
        "conclave and the substance both losing best picture to anora still feels right to me, it was the most alive of the three",
        "movies",
        [26, 27, 28],
    )
    a("Police are searching for Mickey, 17, who was last seen near the bus station on Friday", "news", [])
    a(
        "civil war (the garland one, not marvel lol) is so much better on a second watch. the jesse plemons scene 😶",
        "movies",
        [29],
    )
    a(
        "Eddington is Ari Aster's covid western and it's... a lot. Joaquin's sheriff is a perfect portrait of a guy who never got off facebook.",
        "TrueFilm",
        [70],
    )
    a(
        "The heat was unbearable across southern Europe this week, with temperatures above 44C in parts of Spain.",
        "worldnews",
        [],
    )
    a(
        "Drop was so much better than it had any right to be. a thriller about getting airdropped threats on a first date?? and it works??",
        "movies",
        [6],
    )
    a(
        "materialists review: dakota johnson choosing between pedro pascal and chris evans is not the dilemma the movie thinks it is 😭",
        "Letterboxd",
        [15],
    )
    a(
        "Bugonia is Lanthimos at his most misanthropic, which is saying something. Emma Stone shaving her head is the least strange thing in it.",
        "TrueFilm",
        [52],
    )
    a(
        "Interesting to watch Frankenstein (1931) and the new Frankenstein back to back. Whale's creature is a child; del Toro's is practically a saint.",
        "TrueFilm",
        [18],
    )
    a("zootopia 2 is going to do monster numbers in china, the first one was huge there", "boxoffice", [62])
    a(
        "nolan's oppenheimer imo gets better on the second watch. cillian murphy's face during the gym speech 😶",
        "movies",
        [42],
    )
    a("that ending was a total trap, you think she's safe and then boom", "horror", [])
    a(
        "Read Mary Shelley's Frankenstein for the first time this year and it's wild how different the novel's creature is from the pop-culture image",
        "TrueFilm",
        [],
    )
    a("good fortune with keanu as a bumbling angel was cute. aziz did a decent job directing", "movies", [56])
    a(
        "one battle after another is PTA's most entertaining movie. that car chase over the hills 🤯",
        "movies",
        [60],
    )
    a("Any good civil war history podcasts? I've burned through Hardcore History", "AskReddit", [])
    a("nope. nope nope nope. i'm not watching that trailer again before bed", "horror", [])
    a("smile (2022) had one good jumpscare and rode it for the whole marketing campaign", "horror", [])
    a("the monkey bars in our backyard need new anchors, what concrete should I use", "DIY", [])
    a("the dog in cujo was a good boy before the bat got him 😢", "horror", [])
    a("joker (2019) was so much better than the sequel", "horror", [])
    a("nobody (2021) is the perfect dad action movie. odenkirk on the bus 👌", "movies", [])
    a("Honestly the wild robot. I'm a grown man and I sobbed on a plane.", "AskReddit", [50])
    a("my son's friend Elio slept over and ate an entire large pizza by himself", "AskReddit", [])
    a(
        "top 5 of 2025 so far:\n1. sinners\n2. one battle after another\n3. weapons\n4. bring her back\n5. sorry, baby",
        "Letterboxd",
        [1, 2, 22, 58, 60],
    )
    a(
        "Keeper was... a choice. Osgood Perkins really said vibes only after Longlegs and The Monkey",
        "horror",
        [9, 23, 44],
    )
    a(
        "predator: badlands felt like a video game cutscene in the best way, someone make the yautja game already",
        "gaming",
        [61],
    )
    a(
        "send help trailer looks like peak sam raimi, rachel mcadams stuck on an island with her boss from hell",
        "movies",
        [13],
    )
    a("joker folie a deux deserved some of the hate but not all of it. gaga was wasted tho", "movies", [46])
    a(
        "So me (27F) and my boyfriend (29M) have been together for 3 years. Last weekend at his parents' his mom said I \"don't have much presence\" at family dinners. He didn't say anything. Later in the car I brought it up and he said I was being sensitive and to just drop it. I'm not trying to start a civil war with his family but it felt like he didn't have my back. Her comments have been going on since the start and I'm tired of acting like it doesn't bother me. How do I talk to him without it turning into a fight?",
        "relationships",
        [],
    )
    a(
        "she asked me to bring her back to her mom's place after the party and then ghosted me",
        "dating_advice",
        [],
    )
    a(
        "need a movie for tonight, something funny, nothing sad, we're all together at my place",
        "MovieSuggestions",
        [],
    )
    a("the companion system in this game is so much better than starfield's", "gaming", [])
    a("she sent me the heart eyes emoji after the date, is that a good sign??", "dating_advice", [])
    a("he was up 20 and blew it. him and the coach need to talk", "nba", [])
    a(
        "trap had a great first hour and then shyamalan did shyamalan things. josh hartnett was having a blast though",
        "movies",
        [43],
    )
    a("the director has a real gift for flow, scenes just melt into each other", "movies", [])
    a("Civil war in Sudan has displaced more than 12 million people, UN says", "worldnews", [])
    a("arrival time at the gate was 3am and i still made the connection, don't ask me how", "AskReddit", [])
    a(
        "in my past lives i was definitely a cat. i sleep 14 hours and knock things off tables",
        "AskReddit",
        [],
    )
    a(
        "Eddington's eclipse expedition in 1919 is a big part of why Einstein became a household name",
        "AskReddit",
        [],
    )
    a(
        "sentimental value - renate reinsve and stellan skarsgård are incredible. joachim trier never misses",
        "Letterboxd",
        [55],
    )
    a("thunderbolts* was the best marvel since nwh. florence pugh carries", "movies", [66])
    a("threw some shrimp on the barbie like a true aussie 🍤", "cooking", [])
    a(
        "the heat in that theater was unbearable, AC broke halfway through heat (1995) lmaooo. fitting tbh",
        "movies",
        [37],
    )
    a("we went up the hill together and watched the sunrise. best date of my life", "AskReddit", [])
    a(
        "Companion is a perfect saturday night rental. go in blind, don't even watch the trailer",
        "movies",
        [5],
    )
    a(
        "del toro's frankenstein is gorgeous but oscar isaac's victor is such a jerk lol. jacob elordi as the creature tho 😍",
        "movies",
        [18],
    )
    a("sorted my expenses highest 2 lowest and rent alone is 48% of take-home 💀", "personalfinance", [])
    a('"drop me a text when you get home" is not a red flag, it\'s just polite', "dating_advice", [])
    a("The suspect was found with a black bag containing $40,000 in cash", "news", [])
    a("her performance in that scene was up there with the best of the decade honestly", "movies", [])
    a("her (2013) predicted the chatgpt boyfriend thing basically to the year lol", "movies", [35])
    a("poor things were soaked after the storm so we brought them inside", "pics", [])
    a("send help. the jets are 0-4 and so is my mental health", "nfl", [])
    a(
        "The Fantastic Four: First Steps fell hard in its second weekend, word of mouth was fine so idk what happened",
        "boxoffice",
        [67],
    )

    # The fourth batch: a fourth session, asked for comments as Reddit dumps hold them (long, quoted,
    # Markdown, edits, spoiler tags) and for books, characters and people of the titles' names; scored
    # before any rule was changed for it (P 0.838 R 0.937).
    batch = "fourth"
    a(
        "> weapons is overrated imo\n\nhard disagree. the structure is the whole point, every chapter recontextualizes the one before it. the Archer chapter had my whole theater holding its breath\n\nalso amy madigan deserves every award. gladys is an all-timer horror villain and i will not be taking questions\n\nEDIT: ok i'll take one question. yes the ending is goofy. that's the point, it's catharsis",
        "horror",
        [1],
    )
    a(
        "Weapons opening to $43M domestic as an original R-rated horror with zero IP is genuinely insane. WB had a wild run this year between that and Sinners.",
        "boxoffice",
        [1, 2],
    )
    a(
        "watched together (2025) last night and i can't stop thinking about the bathroom scene. dave franco and alison brie are married irl and they made THIS?? 😭",
        "Letterboxd",
        [3],
    )
    a(
        "Him (2025) was such a missed opportunity. Marlon Wayans is great in it but the third act turns into a music video. Peele produced, Justin Tipping directed, and it shows.",
        "horror",
        [4],
    )
    a(
        "If you liked Ex Machina try Companion. Sophie Thatcher is fantastic and the less you know going in the better.",
        "MovieSuggestions",
        [5],
    )
    a(
        "Soderbergh's Presence is the rare ghost story told entirely from the ghost's point of view, and it never cheats. Every shot is the camera drifting through the house, watching a family come apart.\n\nWhat struck me is how little the film explains. We get one big reveal near the end, and it reframes the whole thing as grief rather than horror. Lucy Liu is underused, but Callina Liang is remarkable.\n\nAt 85 minutes it's lean in a way most \"elevated horror\" isn't. Highly recommend watching it with headphones.",
        "TrueFilm",
        [7],
    )
    a(
        "Warfare is the most stressful 95 minutes I've sat through. No score, no hero shots, just real time and ringing ears.",
        "movies",
        [8],
    )
    a(
        "keeper was a mess but tatiana maslany went ALL in. osgood perkins had two movies out in one year (the monkey and keeper) and i think the monkey is the better one",
        "horror",
        [9, 23],
    )
    a(
        "Did anyone actually see Eden? Ron Howard directing Sydney Sweeney, Jude Law and Ana de Armas on a Galápagos island and I heard basically nothing about it.",
        "movies",
        [10],
    )
    a(
        "Okay this is slightly off-topic but relevant to this sub: has anyone seen Good Boy, the horror movie told from the dog's perspective?\n\nThe dog (Indy) is the director's actual dog and they filmed it over like three years. He's not trained to act, they just shot around what he naturally did. You can tell. Every head tilt is real.\n\nI was worried it'd be upsetting for dog people. Without spoiling anything, it's more sad than scary. I hugged my shepherd for a solid ten minutes afterwards.",
        "dogs",
        [11],
    )
    a(
        "Black Bag is what every adult spy movie should be. 93 minutes, Fassbender and Blanchett, a dinner party from hell. More of this please.",
        "movies",
        [12],
    )
    a(
        "The Send Help trailer looks like Raimi is fully back in his bag. Rachel McAdams stranded on an island with her awful boss? sign me up",
        "horror",
        [13],
    )
    a(
        "Friendship is the most uncomfortable I've ever been while laughing. Tim Robinson just plays the same guy every time and I love that guy.",
        "movies",
        [14],
    )
    a(
        "Weird tip but we watched Materialists on our third date and ended up having a genuinely good conversation about what we each want long term. Celine Song knows what she's doing.",
        "relationships",
        [15],
    )
    a(
        "As someone who's watched every race since 2008, F1 the movie is… actually fine?\n\nThe racing is laughably unrealistic (Sonny causing safety cars on purpose lol) but the way they filmed it is incredible. Real cameras on real cars at real tracks during real race weekends. You can feel the speed in a way Rush never quite managed.\n\nBrad Pitt is basically playing Brad Pitt. Damson Idris is good. Javier Bardem is having a blast.\n\nWould I watch it again? Probably on a plane.",
        "formula1",
        [16],
    )
    a(
        "Finally caught Superman and honestly?\n\n- Corenswet is the most earnest Supes since Reeve\n- Krypto steals every scene\n- Nicholas Hoult's Lex is genuinely hateable\n- the pocket universe stuff got a little too busy\n\nOverall 8/10. Gunn finally made a DC movie that feels like a Saturday morning cartoon in the best way. Bring on Supergirl.",
        "movies",
        [17],
    )
    a(
        "guillermo del toro's frankenstein is so gorgeous i wanted to pause every frame. jacob elordi as the creature >>>",
        "Letterboxd",
        [18],
    )
    a(
        "Nobody 2 is exactly more of the same and honestly that's all I wanted. Bob Odenkirk beating people up at a water park is peak cinema.",
        "movies",
        [19],
    )
    a(
        "Francis Lawrence's The Long Walk actually does the book justice. It's brutal, and David Jonsson is incredible as McVries.",
        "books",
        [20],
    )
    a(
        "Edgar Wright's The Running Man was fine? Glen Powell is charming but it feels like no one could decide how goofy to be.",
        "movies",
        [21],
    )
    a(
        "Bring Her Back is the most upsetting horror movie I've seen since Hereditary and I don't say that lightly.\n\nSally Hawkins playing a grieving foster mom is a career-best performance, she goes from warm to terrifying in the space of a single line. And the kid, Oliver... that knife scene. I looked away. I NEVER look away.\n\nThe Philippou brothers are two for two now. Talk to Me was the warmup.\n\nEDIT: to everyone asking, no there's no dog death, but there's a lot of other stuff. Check doesthedogdie before going in.",
        "horror",
        [22],
    )
    a(
        "THE MONKEY IS SO STUPID AND I LOVED EVERY SECOND. the wind chime death made my whole row scream 💀",
        "horror",
        [23],
    )
    a(
        "Anora winning Best Picture over Conclave was the right call and I'll die on this hill.",
        "movies",
        [26, 27],
    )
    a(
        "the substance is what happens when someone watches society (1989) and thinks 'needs more demi moore'. the last 20 min are unhinged",
        "horror",
        [28],
    )
    a(
        "Rewatched Civil War last night and the Jesse Plemons scene is even worse knowing what's coming. 'What kind of American are you?' genuinely made my stomach drop.\n\nI think people got hung up on the politics of the premise (Texas and California allied?) and missed that the movie isn't interested in the why at all. It's about journalists and what it does to you to keep taking pictures.\n\nKirsten Dunst is so good in it. The final shot is brutal.",
        "movies",
        [29],
    )
    a(
        "Flow. No dialogue, a cat, a flood, and you'll cry anyway. It beat The Wild Robot for the Oscar and honestly both deserved it.",
        "MovieSuggestions",
        [30, 50],
    )
    a(
        "> Smile 2 is just the first one again\n\nRespectfully, no. Smile was a solid trauma allegory with one great trick. Smile 2 is a full-on pop-star nightmare that's way more ambitious.\n\n- the apartment scene with the smiling dancers is terrifying\n- Naomi Scott should've gotten awards attention\n- the ending actually goes somewhere the first one didn't dare\n\nParker Finn is someone to watch.",
        "horror",
        [31],
    )
    a(
        "Jordan Peele ranking: Get Out > Nope > Us. Nope gets better every rewatch, the Gordy scene lives rent free in my head.",
        "movies",
        [32, 33],
    )
    a("Spike Jonze's Her aged scarily well now that half my coworkers are dating chatbots", "movies", [35])
    a("The first ten minutes of Pixar's Up. Every single time. I'm a 40 year old man.", "AskReddit", [36])
    a(
        "I keep thinking about how Arrival and Past Lives are basically the same movie about time. Both are about a woman choosing a life while knowing exactly what she's giving up.\n\nIn Arrival, Louise knows what's coming for her daughter and chooses her anyway. In Past Lives, Nora knows Hae Sung is the road not taken, and she chooses Arthur anyway. The in-yun idea is basically heptapod time with a softer vocabulary.\n\nNeither film treats the choice as tragic. That's what makes them feel so adult to me.",
        "TrueFilm",
        [38, 39],
    )
    a("poor things is a 5 star movie and emma stone deserved that oscar, no notes", "Letterboxd", [40])
    a(
        "Barbie and Oppenheimer opening the same weekend is still the greatest box office moment of the decade.",
        "boxoffice",
        [41, 42],
    )
    a(
        "Trap was so dumb and I had a blast. Josh Hartnett's eyebrows deserve their own credit. M. Night never misses (except when he does).",
        "horror",
        [43],
    )
    a("Longlegs marketing > Longlegs the actual movie. Nic Cage was amazing though.", "horror", [44])
    a(
        "Zemeckis' Here is such a strange experiment. One camera angle for the whole movie, de-aged Hanks and Wright. Didn't work for me but I respect the swing.",
        "movies",
        [45],
    )
    a(
        "Joker: Folie à Deux is the most expensive 'screw you' to an audience I've ever seen. I kind of admire it.",
        "movies",
        [46],
    )
    a("Twisters outgrossing the original Twister domestically was not on my bingo card", "boxoffice", [48])
    a(
        "Alien: Romulus is basically an Alien greatest hits album and I'm fine with that. The zero-g acid scene rules.",
        "horror",
        [49],
    )
    a(
        "Roofman is such a weird true story. Channing Tatum secretly living inside a Toys R Us for months??\n\nI looked up the real guy afterwards (Jeffrey Manchester) and the movie actually undersells how bizarre it was. He built a hideout behind the bike display, watched the security cameras, and went to church events while on the run.\n\nKirsten Dunst is lovely in it too. Derek Cianfrance doing a crowd-pleaser is not something I expected, but it works. Solid 7/10, great pick for parents.",
        "movies",
        [51],
    )
    a(
        "Bugonia is Lanthimos at his most misanthropic. Jesse Plemons, Emma Stone with a shaved head... I still don't know what to do with that ending.",
        "TrueFilm",
        [52],
    )
    a(
        "> is Hamnet worth seeing in theaters?\n\nYes, but bring tissues. A LOT of tissues.\n\nJessie Buckley is going to win everything this season. The last 20 minutes at the Globe had the entire audience openly sobbing, including the guy next to me who'd been checking his phone the whole first hour.\n\nChloé Zhao shoots it like Nomadland, lots of natural light and forest, so the big screen really helps. Paul Mescal is good but it's Buckley's movie.",
        "movies",
        [53],
    )
    a(
        "the Marty Supreme trailer with Timothée Chalamet as a ping pong hustler is the most A24 thing ever made",
        "movies",
        [54],
    )
    a(
        "Good Fortune was sweeter than I expected. Keanu as a bumbling angel is perfect casting.",
        "movies",
        [56],
    )
    a(
        "After the Hunt felt like Guadagnino trying to make his own Tár and not quite getting there. Julia Roberts is good though.",
        "movies",
        [57],
    )
    a(
        "sorry, baby is one of those movies that handles something awful with so much gentleness. eva victor wrote, directed AND starred in it, and it's her debut??\n\nthe neighbor with the sandwich scene. i'm not going to say anything else about it. just watch it\n\nalso the cat. the cat deserves an oscar\n\n4.5 ⭐",
        "Letterboxd",
        [58],
    )
    a(
        "Finally saw The Smashing Machine and The Rock is legitimately great in it. Not 'great for The Rock', actually great.\n\nAs an MMA nerd I appreciated how much they got right about early Pride: the weird rules, the no-weight-class stuff, the painkiller culture. Ryan Bader as Mark Coleman was a fun surprise.\n\nEmily Blunt is underused though. And if you know Kerr's story you know it doesn't end with a triumphant montage. Benny Safdie doesn't pretend otherwise.",
        "MMA",
        [59],
    )
    a(
        "My top 5 of 2025 so far:\n\n1. One Battle After Another\n2. Sinners\n3. Sentimental Value\n4. Weapons\n5. Bugonia\n\nHonorable mentions to Warfare and Black Bag. Still need to see Hamnet and Marty Supreme before I lock anything in.\n\nWhat's everyone else's #1?",
        "movies",
        [1, 2, 8, 12, 52, 53, 54, 55, 60],
    )
    a(
        "Predator: Badlands making the Predator the protagonist was a smart move. Dan Trachtenberg is 3 for 3 with this franchise.",
        "movies",
        [61],
    )
    a(
        "Avatar: Fire and Ash tracking thread — anyone think it actually hits $2B worldwide?",
        "boxoffice",
        [64],
    )
    a(
        "mickey 17 is such a bong joon ho movie lol. messy, angry, very funny, and a little too long\n\npattinson doing two completely different mickeys is the highlight. 17 is this sad little guy and 18 is pure chaos. mark ruffalo doing a trump-by-way-of-elon impression is... a choice\n\nnot parasite level obviously but i'll take a weird $100M+ sci-fi satire over another sequel every time",
        "movies",
        [65],
    )
    a(
        "Thunderbolts* really caught me off guard. I went in expecting a cheap Suicide Squad knockoff and got a movie about depression with a surprisingly tender Florence Pugh performance.\n\nThe Void sequence where everyone is stuck reliving their worst memories is the most interesting thing Marvel has done visually in years. And David Harbour as Red Guardian is still hilarious.\n\nShame it underperformed. Marvel finally made something with a pulse and audiences had already checked out.",
        "movies",
        [66],
    )
    a(
        "The Fantastic Four: First Steps nailed the retro-future look. Pedro as Reed works way better than I thought it would.",
        "movies",
        [67],
    )
    a(
        "Elio bombing is so frustrating. It's Pixar's first original in a while and it's genuinely charming, but Disney marketed it like a Minions movie.\n\nCompare it to Inside Out 2, a sequel to a beloved film that made $1.6B. The lesson execs will take is 'only sequels work,' which is exactly the wrong lesson.\n\nToy Story 5 and Incredibles 3 are coming. Meanwhile the original ideas get a rushed Disney+ drop.",
        "movies",
        [47, 68],
    )
    a(
        "Highest 2 Lowest is Spike doing Kurosawa's High and Low with Denzel and it's... fine?\n\nThe first hour is really strong. Denzel as a music mogul deciding whether to pay a ransom for his driver's kid keeps the moral core of the original intact. But where Kurosawa gets colder and more procedural in the second half, Spike goes loud: a subway chase, a Puerto Rican Day parade, a rap battle.\n\nSome of that is thrilling. Some of it feels like it belongs in a different movie. Worth watching, but watch the Kurosawa first.",
        "TrueFilm",
        [69],
    )
    a("my 2024 top 4: anora, challengers, the substance, flow", "Letterboxd", [26, 28, 30])
    a("Oppenheimer or Poor Things for a first date? 😅 asking for me", "MovieSuggestions", [40, 42])
    a(
        "> looking for fun horror for a group, nothing too bleak\n\nThis is what worked for my friend group:\n\n- **Companion** – twisty, funny, short\n- **Heart Eyes** – slasher rom-com, great with a crowd\n- **The Monkey** – absurd death scenes, everyone was screaming-laughing\n- **Drop** – more thriller than horror but super tense\n\nAvoid anything by Ari Aster for this crowd lol",
        "MovieSuggestions",
        [5, 6, 23, 24],
    )
    a(
        "Bring Her Back > Talk to Me, and Talk to Me was great. Sally Hawkins is terrifying in it.",
        "horror",
        [22],
    )
    a(
        "Weekend actuals (domestic):\n\n| # | Film | Weekend | Total |\n|---|---|---|---|\n| 1 | Weapons | $24.6M | $89.4M |\n| 2 | Freakier Friday | $14.0M | $51.2M |\n| 3 | Nobody 2 | $9.3M | $9.3M |\n| 4 | The Bad Guys 2 | $7.0M | $57.0M |\n\nWeapons only falling 44% in its second weekend is excellent for an R-rated original. Nobody 2 is a miss though.\n\nSource: [Box Office Mojo](https://www.boxofficemojo.com/weekend/)",
        "boxoffice",
        [1, 19],
    )
    a(
        "Finally watched F1 (the Brad Pitt one) on the plane home from Austin. Lewis' input clearly helped, the onboard shots look way more real than anything in Driven.",
        "formula1",
        [16],
    )
    a(
        "Him (the football horror movie) is basically what happens if you take a QB's offseason darkness retreat and turn it into a cult. Wild watch, not sure it works.",
        "nfl",
        [4],
    )
    a(
        "Anyone who loves The Last of Us should watch Civil War. Garland's film feels like a lost side mission, roadtrip through a collapsed America and everything.",
        "gaming",
        [29],
    )
    a(
        "Together is the best couples-therapy movie disguised as body horror I've ever seen.\n\n>!The moment their legs fuse in the bed I actually yelled. And the ending where they've fully merged and show up to the party?? Perfect.!<\n\nDave Franco and Alison Brie being married in real life makes every scene ten times more uncomfortable. Also the dog. Poor dog.\n\n9/10, do not watch with someone you just started dating lol",
        "horror",
        [3],
    )
    a("conclave rewatch and i still gasp at the final reveal. ralph fiennes deserved it", "Letterboxd", [27])
    a(
        "Civil War or Warfare for tonight? Both Garland, both loud as hell, I can only handle one",
        "MovieSuggestions",
        [8, 29],
    )
    a(
        "presence (the soderbergh one) was way creepier than the marketing suggested, the single POV gimmick actually works",
        "horror",
        [7],
    )
    a(
        "Chloé Zhao's Hamnet made me finally pick up the novel, and now I'm annoyed I waited so long.",
        "books",
        [53],
    )
    a("Wicked was fine but I cannot sit through another 2.5 hours of Wicked: For Good", "movies", [25, 63])
    a("The Wild Robot made me sob harder than Inside Out 2 did and I'm not ashamed", "movies", [47, 50])
    a(
        "ONE BATTLE AFTER ANOTHER IN 70MM VISTAVISION. THAT CAR CHASE ON THE HILLS. PTA DID IT AGAIN 🔥🔥🔥",
        "movies",
        [60],
    )
    a(
        "Superman domestic finish vs Fantastic Four: First Steps? I say Superman wins by $60M+",
        "boxoffice",
        [17, 67],
    )
    a(
        "Nope is the best blockbuster of the 2020s and nobody talks about it enough.\n\nThink about it: an original sci-fi spectacle, shot on IMAX film, with a creature design that is genuinely new (a jellyfish-origami sky predator!), and it's also a movie about the exploitation of animals and Black performers in Hollywood.\n\nThe Gordy subplot alone is scarier than most full horror movies. And the sequence where Jean Jacket \"eats\" the crowd at Jupiter's Claim with the rain of blood... I think about that sound design weekly.\n\nPeele is the real deal.",
        "horror",
        [32],
    )
    a(
        "Eddington and One Battle After Another coming out a few months apart is fascinating. Both are about America eating itself, but they come at it from opposite temperaments.\n\nAster is cold. Every character in Eddington is a little bit pathetic and the film doesn't love any of them. PTA is warm even when things get ugly, he clearly adores Bob and Willa.\n\nIn ten years people will pair them the way we pair The Conversation and All the President's Men. Snapshots of a very specific national nervous breakdown.",
        "TrueFilm",
        [60, 70],
    )
    a(
        "my cheap thrills marathon ratings: heart eyes 3.5, drop 3, trap 2. shyamalan what were u doing",
        "Letterboxd",
        [6, 24, 43],
    )
    a(
        "ok so i finally watched anora and i get it now\n\nthe first 40 minutes i was like ok this is just a party movie, then the russians show up at the house and it becomes the funniest and most stressful home invasion ever. igor is the real mvp\n\nand that ending. no music, just windshield wipers. mikey madison deserved that oscar so much\n\n5 stars. sean baker you genius",
        "Letterboxd",
        [26],
    )
    a(
        "Saw Sinners for the third time tonight and I still found new stuff.\n\nThe way Coogler sets up Sammie's guitar as a bridge between past and future in the first 10 minutes, then pays it off in the juke joint oner... chef's kiss. Michael B. Jordan playing twins never feels like a gimmick either, Smoke and Stack are completely different people.\n\nAlso stay for the credits. Trust me.\n\nEDIT: I meant mid-credits AND post-credits, there are two scenes. Srry!",
        "movies",
        [2],
    )
    a(
        "Del Toro's Frankenstein is the closest any film has come to the spirit of Shelley's novel, even though it changes a lot.\n\nThe big thing it gets right is making the creature the emotional center. Jacob Elordi is unrecognizable and heartbreaking. Oscar Isaac plays Victor like a rockstar who thinks he's God, which is honestly accurate to the book.\n\nMy only complaint: the Arctic framing drags a bit. But the production design alone is worth a theater trip before it hits Netflix.",
        "movies",
        [18],
    )
    a(
        "Wicked: For Good opened to roughly $150M domestic, basically matching the first Wicked, which is a win in my book.\n\nThe concern is legs. Part two musicals usually frontload, and the reviews are softer than last year's. If it holds like the first one over Christmas it could clear $450M domestic.\n\nAlso Zootopia 2 opening the following week is going to eat into the family audience hard.",
        "boxoffice",
        [25, 62, 63],
    )
    a(
        "Osgood Perkins ranking, fight me:\n\n1. Longlegs\n2. The Blackcoat's Daughter\n3. The Monkey\n4. Keeper\n5. Gretel & Hansel\n\nLonglegs is the only one that made me check my locks. The Monkey is the most fun. Keeper had the best atmosphere but fell apart in the last act.",
        "horror",
        [9, 23, 44],
    )
    a(
        "Sentimental Value is Joachim Trier doing Bergman without the misery.\n\nStellan Skarsgård's washed-up director trying to cast his daughter in his comeback film is such a rich setup. Renate Reinsve plays her with this brittle, defensive humor, and the scenes between them are like watching two people fence.\n\nElle Fanning as the Hollywood star who gets cast instead is better than she has any right to be.\n\nThe house is the real main character though. Trier keeps returning to it like a memory palace.",
        "TrueFilm",
        [55],
    )
    a("Arrival (2016) with Amy Adams. Made me call my mom right after the credits.", "AskReddit", [38])
    a(
        "thunderbolts* and superman back to back this summer made me believe in superhero movies again tbh",
        "movies",
        [17, 66],
    )
    a(
        "Is Black Bag or Conclave better for a dad who likes twisty dialogue-heavy thrillers? He loved Tinker Tailor.",
        "MovieSuggestions",
        [12, 27],
    )
    a("Alien: Romulus or Predator: Badlands if I can only catch one in IMAX this week?", "flicks", [49, 61])
    a(
        "Up and Inside Out 2 are the only Pixar movies my grandpa has ever watched all the way through",
        "flicks",
        [36, 47],
    )
    a(
        "Just got back from The Running Man (the new Edgar Wright one). Way closer to the King book than the 80s version, but the pacing in the middle is rough.",
        "flicks",
        [21],
    )
    a(
        "Companion vs Heart Eyes — which is the better date-night horror? My girlfriend hates gore but loves twists.",
        "MovieSuggestions",
        [5, 24],
    )
    a(
        "I said sorry, baby and he said don't call me baby when you're apologizing. We've been fighting about this for a week now.",
        "relationships",
        [],
    )
    a(
        "Long time lurker, first post. Need outside perspective.\n\nMy (29F) boyfriend (31M) forgot our anniversary dinner last week. When I brought it up he just said \"sorry, baby\" and went back to his game. No follow up, no plan to make it up.\n\nI know it's one dinner. But it's also the third time this year something like this happened and every time it's the same two words.\n\nAm I overreacting? I don't want to be the girlfriend who keeps score but I also feel invisible.\n\nEDIT: he apologized properly after reading this thread over my shoulder lol. We're talking tonight.",
        "relationships",
        [],
    )
    a(
        "What fascinates me about L'Avventura is how Anna's absence becomes a presence. She disappears in the first act and the film refuses to resolve it, but she haunts every frame that follows.\n\nAntonioni keeps placing Claudia in spaces Anna just left: the island, the hotel, the bed. By the end, Claudia is basically living Anna's life.\n\nIt's the opposite of a mystery film. The question isn't where she went, it's why no one really cares. That indifference is the horror.",
        "TrueFilm",
        [],
    )
    a(
        "Okay, send help. I just opened my credit card statement and I have no idea how I got to $11k.\n\nWhere I'm at:\n\n- Income: $58k/yr\n- Rent: $1,450\n- Car payment: $380\n- Credit card: $11,200 at 27% APR\n- Emergency fund: lol\n\nI know the standard advice is the avalanche method, but is a balance transfer card worth it at this point? My credit score fell to 680.\n\nEDIT: Thanks everyone, calling my credit union tomorrow about a consolidation loan.",
        "personalfinance",
        [],
    )
    a(
        "I used to do Civil War reenactments at Gettysburg every July, and the heat was always the real enemy. Wool uniforms, 95 degrees, no shade on the field.\n\nWe had guys go down from heat stroke almost every year. Organizers finally started scheduling the big battle scenarios in the early morning, which helped a lot.\n\nGlad they canceled this year rather than risk it. Authenticity isn't worth anyone dying over.",
        "news",
        [],
    )
    a(
        "Update on my reactive shepherd: HE DID IT!!! 🎉🐕\n\nWe walked past another dog at the park today with no lunging, no barking, just a little ear flick and he looked back at me for his treat. Eight months of counter-conditioning finally paying off.\n\nSuch a good boy. I cried a little in the parking lot not gonna lie.\n\nThings that helped:\n1. high value treats (freeze dried liver)\n2. a LOT of distance at first\n3. a certified behaviorist, worth every penny",
        "dogs",
        [],
    )
    a(
        "> that superman punch was telegraphed from a mile away\n\nIt was telegraphed but that's kind of the point. He'd been faking the low kick all round, so when he stepped in and came over the top the guy was already lowering his hands to check the kick.\n\nGSP used to do the exact same setup. Fake low, superman punch, shoot the double when they shell up. Old school but it still works at this level.\n\nThe finish was clean too, ref got in at the right time.",
        "MMA",
        [],
    )
    a(
        "F1 qualifying in Monaco is honestly more important than the race and that's a problem.\n\nYou can't pass there. The two-stop mandate this year was meant to fix it and teams just played games with it, backing up the field on purpose. It's the most modern F1 solution possible: add a rule, watch teams exploit it.\n\nI'd rather they just accept Monaco is a glorified parade and enjoy it for what it is. Or make it a sprint weekend so there's at least some strategy.",
        "formula1",
        [],
    )
    a(
        "My trick for the crispiest chicken thighs:\n\n1. Pat them completely dry, then salt overnight in the fridge uncovered\n2. Start skin-side down in a COLD cast iron pan\n3. Bring the heat up slowly to medium and leave them alone for 15 min\n4. Flip, drop in a knob of butter and some thyme, baste for 2 min\n\nThe cold start renders the fat way better. Don't crowd the pan or they steam together instead of crisping.",
        "cooking",
        [],
    )
    a(
        "The weapons variety in this game is insane but the upgrade system is a trap for new players.\n\nDon't dump your materials into the first greatsword you find. You'll get something 10x better in the next area and have nothing left to upgrade it. Wait until you've picked a build.\n\nAlso the combat changes completely once you unlock parries. Feels clunky for the first 5 hours, then it clicks and you're in a flow state for the rest of the game.\n\nHave fun, it's a banger.",
        "gaming",
        [],
    )
    a(
        "For anyone confused about how the conclave works:\n\n- Only cardinals under 80 can vote\n- They're locked in the Sistine Chapel with no phones or outside contact\n- A pope needs a **two-thirds majority**\n- Black smoke = no decision, white smoke = new pope\n\nThe last few conclaves wrapped up in two days or less, so don't expect this to drag on for weeks like in the middle ages.",
        "worldnews",
        [],
    )
    a(
        "She replied to my story with the heart eyes emoji 😍 and then didn't answer my text for two days. Now she's back to normal like nothing happened.\n\nI'm 26 and I genuinely don't understand modern dating anymore. Is this interest? Is this her being polite? Is she talking to someone else and keeping me around as a backup?\n\nMy friends say I'm overthinking it. They're probably right. But I'd rather know where I stand than waste another month.",
        "dating_advice",
        [],
    )
    a(
        "My grandmother swore she remembered past lives. Not in a woo-woo way, she was a retired chemistry teacher. She'd just occasionally say something like 'I've been to this harbor before' in towns she had never visited.\n\nThe creepiest one was at a little church in Normandy. She walked straight to a side chapel, without a guide, and said there used to be a painting of a saint holding a ship there. The priest told us it had been removed in the 1940s.\n\nI don't know what I believe, but I think about that a lot.",
        "AskReddit",
        [],
    )
    a(
        "Reading Frankenstein for the first time at 34 and wow, pop culture got the book so wrong.\n\nThe creature isn't a grunting monster. He teaches himself to read using Paradise Lost and Plutarch. He's more eloquent than Victor! And Victor is such a coward, he spends half the novel fainting and getting fevers whenever something goes wrong.\n\nAlso the framing device with Walton on the Arctic ship is so much more interesting than I expected. Anyone have recommendations for other early sci-fi novels?",
        "books",
        [],
    )
    a(
        "Finished mudroom bench! My wife and I built it together over three weekends.\n\nMaterials:\n- 3/4\" birch plywood\n- 1x4 poplar face frame\n- Benjamin Moore 'Hale Navy'\n- soft-close hinges for the boot cubbies\n\nBiggest lesson: drop the idea of getting perfect cuts with a circular saw. We borrowed a friend's track saw halfway through and it was a night and day difference.\n\nHappy to answer questions!",
        "DIY",
        [],
    )
    a(
        "He's a keeper. People keep throwing him into trade machine deals but a 23-year-old wing who defends 1-4 and hits 38% from three on a rookie scale contract is exactly who you build around.\n\nThe offense just looks different when he's on the floor. Ball moves, no one holds it for 20 seconds.\n\nLeave him alone and let him develop. Front office, please don't do anything stupid at the deadline.",
        "nba",
        [],
    )
    a(
        "Saw it in 70mm at the Egyptian this weekend and the experience was... memorable for the wrong reasons.\n\nThe AC died about 40 minutes in. By the third act the heat in there was unbearable, people were fanning themselves with their tickets and a guy in front of me took his shirt off. Staff kept apologizing but nobody left.\n\nThat's the power of film, I guess. Still the best projection I've ever seen, even drenched in sweat.",
        "movies",
        [],
    )
    a(
        "I'm going to be the keeper of the flame for practical effects until the day I die.\n\nCGI blood looks like ketchup-flavored jello every single time. Compare the chestburster in Alien (1979) to basically any modern creature reveal. That scene was a puppet, some tubes, and actors who didn't know exactly what was coming. You can feel it.\n\nGive me latex, corn syrup and a guy with a pump under the table any day.",
        "horror",
        [],
    )
    a(
        "Captain America: Civil War is still the best MCU movie and it's not close.\n\nThe airport fight is perfectly choreographed, every hero gets a moment, and Spider-Man's intro is the most fun Marvel ever had with a cameo. But the real reason it works is the final fight in Siberia. It's small, it's personal, and nobody's wrong.\n\nEndgame had the bigger moments but this one had the better script.",
        "movies",
        [],
    )
    a(
        "My (34M) wife wants to bring her mom back to live with us after her surgery and honestly I'm torn.\n\nLast time her mom stayed for 'two weeks' it became five months. She reorganized our kitchen, criticized how we parented, and we barely had a moment together as a couple.\n\nI love my wife and I know her mom needs help. But I'm scared of what this does to us.\n\nHow do I raise this without sounding like a monster?",
        "relationships",
        [],
    )
    a(
        "The Long Walk is the most underrated thing King ever wrote, and he drafted it as a college freshman.\n\nNo supernatural monsters, just a hundred boys walking until they die and a crowd that cheers for it. The friendship between Garraty and McVries is what makes the book devastating. You know they can't both make it.\n\nIf you've only read the big ones (The Stand, Salem's Lot, The Shining) please pick this up. It's short and mean and perfect.",
        "books",
        [],
    )
    a(
        "Drone warfare has completely rewritten the rules on the front line. Cheap FPV drones costing a few hundred dollars are taking out tanks worth millions.\n\nBoth sides now have dedicated drone units, and the 'kill zone' near the front stretches for kilometers. Moving any vehicle in daylight is basically suicide.\n\nEvery military in the world is watching this and rethinking procurement. Expensive platforms are starting to look like liabilities.",
        "worldnews",
        [],
    )
    a(
        "We watched it together as a family and my dad cried at the end, never seen that before in my life.",
        "movies",
        [],
    )
    a(
        "Her performance in the third act carried the whole film. Can't believe she didn't get nominated.",
        "movies",
        [],
    )
    a("can someone drop a link to the trailer? can't find it on youtube anywhere", "movies", [])
    a(
        "The weapons in John Wick 4 are ridiculous. Nunchucks with a gun?? Keanu sells every second of it.",
        "movies",
        [],
    )
    a(
        "Flow state is real. I edited my student film for 14 hours straight last weekend and didn't notice the sun go down.",
        "movies",
        [],
    )
    a(
        "send help lol I just watched three found footage movies in a row and every noise in my apartment is a ghost now",
        "horror",
        [],
    )
    a(
        "> you should watch Martyrs alone at 2am\n\nNope. Absolutely not. I value my sleep and my faith in humanity.",
        "horror",
        [],
    )
    a(
        "the cymbal monkey toy in Toy Story 3 traumatized me way more than any actual horror movie as a kid",
        "horror",
        [],
    )
    a("Disney's good fortune continues, Lilo & Stitch crossing $1B is absurd for a remake.", "boxoffice", [])
    a(
        "That drop from Friday to Saturday is brutal. A 60% second weekend drop would be a disaster for a $200M movie.",
        "boxoffice",
        [],
    )
    a("Up 12% from last weekend, that's fantastic legs for a September release.", "boxoffice", [])
    a(
        "Kubrick's depiction of warfare in Paths of Glory is still unmatched. Trench warfare never looked more pointless.",
        "TrueFilm",
        [],
    )
    a(
        "logged 300 films this year and my watchlist is somehow longer than when i started. send help",
        "Letterboxd",
        [],
    )
    a(
        "Movies where the heat and humidity are practically a character? Think In the Heat of the Night or Body Heat. Sweaty, oppressive, southern.",
        "MovieSuggestions",
        [],
    )
    a("Inside Out (2015) is still Pixar's best. Bing Bong's goodbye wrecked me.", "flicks", [])
    a(
        "Smile (2022) had the best marketing stunt ever, those grinning people behind home plate at baseball games 😬",
        "flicks",
        [],
    )
    a(
        "Nobody (2021) was the best action movie of that year, Odenkirk as an action star was a revelation.",
        "flicks",
        [],
    )
    a(
        "The Running Man (1987) is pure cheese. Arnold in a yellow spandex suit, Richard Dawson as the smarmy host. I love it unironically.",
        "movies",
        [],
    )
    a("Joker (2019) was better than people give it credit for, the stairs scene alone.", "movies", [])
    a(
        "Avatar: The Way of Water in 3D HFR was the best looking thing I've ever seen in a theater",
        "movies",
        [],
    )
    a("Predator (1987) is the perfect action-horror hybrid. Get to the choppa!", "horror", [])
    a(
        "Kurosawa's High and Low is a masterpiece of blocking. Every frame in that living room is a power map.",
        "TrueFilm",
        [],
    )
    a(
        "Hamnet by Maggie O'Farrell destroyed me. The chapter following the flea from Murano to Stratford is incredible writing.",
        "books",
        [],
    )
    a(
        "The Wild Robot series by Peter Brown is perfect for reading aloud to a 7 year old, we finished all three books in a month.",
        "books",
        [],
    )
    a("Mickey7 by Edward Ashton is a fun quick read if you like Andy Weir type narrators.", "books", [])
    a("All-Star Superman by Grant Morrison is the definitive Superman story, fight me", "books", [])
    a(
        "Just finished a biography of Arthur Eddington and the 1919 eclipse chapter reads like a thriller.",
        "books",
        [],
    )
    a("GOOD BOY!! 🐶 look at that tail go", "dogs", [])
    a("My rescue's name is Eden and she's terrified of the vacuum. Any tips?", "dogs", [])
    a("Best companion I've ever had. 14 years with my lab and I miss him every day.", "dogs", [])
    a("The trap block on that run was perfect, the guard pulled and the DT had no idea.", "nfl", [])
    a(
        "After the hunt my dad always made venison chili for the whole camp. Still the best thing I've ever eaten.",
        "cooking",
        [],
    )
    a(
        "Raising twins as a single dad is one battle after another but honestly I wouldn't trade it.",
        "relationships",
        [],
    )
    a("Friendship first. Every good relationship I've had started as friends.", "dating_advice", [])
    a("Thunderbolts and lightning, very very frightening me. Best karaoke line of all time.", "AskReddit", [])
    a(
        "The substance was later identified as fentanyl, police said. Three people were hospitalized.",
        "news",
        [],
    )
    a(
        "The civil war in Sudan has displaced more people than any other conflict on earth right now.",
        "worldnews",
        [],
    )
    a("Twisters touching down outside Moore this afternoon, stay safe everyone 🌪️", "pics", [])
    a("My daughter's Barbie dreamhouse setup, she spent all weekend on it", "pics", [])
    a("Found this daddy longlegs on my windshield this morning. Biggest one I've ever seen.", "pics", [])
    a("Trinity test site visit! Hard to stand where Oppenheimer stood and not feel something.", "pics", [])
    a(
        "Sort your debts from highest to lowest interest rate and attack the top one first. That's the avalanche method.\n\nSo in your case:\n\n1. Credit card at 24% — everything extra goes here\n2. Personal loan at 11%\n3. Car loan at 6.9%\n4. Student loans at 4.5% — minimums only\n\nThe snowball method (smallest balance first) feels better psychologically, and if that keeps you motivated, do it. But mathematically the avalanche saves you the most interest. Either way, stop using the card while you pay it down. The [sub wiki](https://www.reddit.com/r/personalfinance/wiki/index) has a good flowchart too.",
        "personalfinance",
        [],
    )
    a(
        "My grandmother's ring has no real resale value but huge sentimental value, so insuring it for market price feels weird.",
        "personalfinance",
        [],
    )
    a(
        "Something with the same vibe as Call Me by Your Name? Elio and Oliver's summer still lives in my head.",
        "MovieSuggestions",
        [],
    )
    a(
        'Wicked on Broadway vs the West End production — which cast recording is better?\n\nI grew up on the original Broadway recording with Idina and Kristin, so I\'m obviously biased. But a friend keeps insisting the London cast has the better Elphaba belt on "Defying Gravity" and the orchestra sounds fuller.\n\nI saw the stage show in London in 2019 and honestly the live experience blew me away more than either recording. Curious what theater nerds here think before I buy a vinyl copy for her birthday.',
        "movies",
        [],
    )
    a(
        "There's a black bag over the victim's head in the opening shot and it's the most effective image in the whole film.",
        "horror",
        [],
    )
    a(
        "Our arrival at the campsite was delayed 3 hours because of the storm, and honestly that was the best part of the trip.",
        "AskReddit",
        [],
    )
    a("Her stage presence is unreal, she owned the whole arena during the halftime show.", "nfl", [])
    a("Flow of the offense in the 3rd quarter was beautiful, ball movement like the 2014 Spurs", "nba", [])
    a("first steps for my daughter today!!! 👣 she walked straight to the dog, obviously", "pics", [])

    # The fifth batch: a fifth session, asked for a natural mix, as one day of Reddit would give once
    # the comments holding a title's words are kept (misspellings and abbreviations labelled as meant,
    # sequels by number, other works of the same name), in a wider spread of subreddits; scored before
    # any rule was changed for it (P 0.874 R 0.881).
    batch = "fifth"
    # movies
    a(
        "Just got back from WEAPONS and I have not stopped thinking about that final 20 minutes. Zach Cregger is the real deal.",
        "movies",
        [1],
    )
    a(
        "sinners was the best theater experience i've had in years, the juke joint scene had the whole room silent 🔥",
        "movies",
        [2],
    )
    a(
        "My 2025 ranking so far:\n\n1. Sinners\n2. Weapons\n3. One Battle After Another\n4. Bugonia\n5. Superman\n\nBottom of the list is Mickey 17, which I really wanted to love.",
        "movies",
        [2, 1, 60, 52, 17, 65],
    )
    a(
        "> Companion was a fun little surprise\n\nAgreed, Sophie Thatcher was great in it. Way better than the trailer made it look.",
        "movies",
        [5],
    )
    a(
        "Black Bag is exactly the kind of 90-minute adult thriller they don't make anymore. Soderbergh just keeps cranking them out.",
        "movies",
        [12],
    )
    a("OBAA is PTA's most fun movie since Boogie Nights, fight me", "movies", [60])
    a(
        "Saw Together with my gf and we both spent the drive home not talking lol. Great body horror, terrible date movie.",
        "movies",
        [3],
    )
    a("Civil War is still the best MCU movie imo, the airport fight holds up", "movies", [])
    a(
        "Rewatched Alien (1979) last night for the first time in ages. The pacing is so patient compared to modern horror.",
        "movies",
        [],
    )
    a(
        "Heat is a perfect movie and I will not be taking questions. The downtown shootout still has the best gun sound design ever recorded.",
        "movies",
        [37],
    )
    a(
        "The Running Man (1987) is so much dumber and more fun than I remembered. Richard Dawson is incredible as the host.",
        "movies",
        [],
    )
    a(
        "Nobody is one of my favorite action movies of the decade, the bus fight alone is worth the price of admission",
        "movies",
        [],
    )
    a(
        "The Send Help trailer looks like Sam Raimi finally having fun again. Rachel McAdams stranded on an island with her awful boss? Sold.",
        "movies",
        [13],
    )
    a(
        "Highest 2 Lowest is Spike Lee remaking Kurosawa's High and Low with Denzel, and it's so much weirder than that sentence sounds. A$AP Rocky is great in it.",
        "movies",
        [69],
    )
    a(
        "Us is the Peele movie I rewatch the most. Lupita giving two completely different performances in the same scene is still unreal.",
        "movies",
        [33],
    )
    a(
        "Nobody asked, but I finally watched the director's cut of Kingdom of Heaven and it's a completely different movie. Way better.",
        "movies",
        [],
    )
    a(
        "The original Frankenstein (1931) with Boris Karloff is still the definitive version for me. The scene by the lake with the little girl is haunting.",
        "movies",
        [],
    )
    a(
        "The Running Man remake was... a choice. Glen Powell is trying his best but Edgar Wright's usual energy just isn't there.",
        "movies",
        [21],
    )
    # boxoffice
    a(
        "Sinners crossing $300M worldwide as an original R-rated movie is genuinely insane. Nobody had that on their bingo card.",
        "boxoffice",
        [2],
    )
    a(
        "Superman domestic is looking like ~$350M. Good not great for WB but the sequel is happening regardless.",
        "boxoffice",
        [17],
    )
    a("Zootopia 2 is going to eat everyone's lunch over Thanksgiving, calling it now", "boxoffice", [62])
    a(
        "Wicked For Good previews at $30M vs $19M for Wicked last year. The musical theatre crowd showed up.",
        "boxoffice",
        [63, 25],
    )
    a(
        "Weekend estimates:\n\n1. Now You See Me: Now You Don't - $21.3M\n2. The Running Man - $16.5M\n3. Predator: Badlands - $13M\n\nBadlands holding that well in weekend 2 is a good sign.",
        "boxoffice",
        [21, 61],
    )
    a(
        "Avatar 3 tracking seems soft compared to Way of Water. Still gonna do $2B probably lol",
        "boxoffice",
        [64],
    )
    a(
        "Joker (2019) making a billion on a $55M budget is still one of the craziest ROI stories ever",
        "boxoffice",
        [],
    )
    a(
        "> how did it lose that much money\n\nJoker 2 cost ~$200M and people hated it, that's how. The first one made a billion on word of mouth and this one had the opposite.",
        "boxoffice",
        [46],
    )
    a(
        "2025 domestic top 5 as of today:\n\n1. Minecraft\n2. Lilo & Stitch\n3. Superman\n4. Jurassic World Rebirth\n5. Sinners\n\nZootopia2 and Avatar 3 are going to shake this up by January.",
        "boxoffice",
        [17, 2, 62, 64],
    )
    a(
        "Inside Out (2015) did ~$858M worldwide and was the biggest Pixar original in ages at the time.",
        "boxoffice",
        [],
    )
    # horror
    a("Bring Her Back wrecked me. Sally Hawkins should be getting awards talk for that.", "horror", [22])
    a(
        "the monkey was way funnier than i expected, osgood perkins going full final destination mode",
        "horror",
        [23],
    )
    a(
        "Long Legs > Keeper for me. Keeper had some great imagery but the story just kind of fell apart at the end.",
        "horror",
        [44, 9],
    )
    a(
        "Smile was genuinely scary in theaters, that birthday party scene with the gift box got me",
        "horror",
        [],
    )
    a(
        "SMILE 2 IS SO MUCH BETTER THAN THE FIRST ONE. Naomi Scott deserved way more credit for that performance",
        "horror",
        [31],
    )
    a(
        "Good Boy is the haunted house movie told from the dog's POV and yes, the dog survives. I know that's what you're all here to ask.",
        "horror",
        [11],
    )
    a(
        "Presence was such a cool gimmick. Soderbergh shooting the whole thing from the ghost's POV shouldn't have worked, but it did.",
        "horror",
        [7],
    )
    a("Tim Curry in the 1990 It miniseries is still the scariest Pennywise ever put on screen.", "horror", [])
    a("IT 2017 holds up so well. The projector scene still gets me every time.", "horror", [34])
    a(
        "Weapons spoilers: >!Aunt Gladys getting torn apart by the kids at the end had my entire theater cheering!<",
        "horror",
        [1],
    )
    a(
        "We moved out to the country last year and my husband insists on keeping weapons in every room. Anyway, anyone have recs for rural horror like The Strangers?",
        "horror",
        [],
    )
    a(
        "Drop was a fun little Blumhouse thriller. The phone threat gimmick is dumb but Meghann Fahy sells it.",
        "horror",
        [6],
    )
    a(
        "Him was a mess. Cool idea about football as a cult, but Marlon Wayans deserved a better script.",
        "horror",
        [4],
    )
    a(
        "There's no real substance to it, it's all vibes and jump scares. Which is fine for a slasher honestly.",
        "horror",
        [],
    )
    a("the substance is the grossest movie i've ever loved. demi moore was robbed", "horror", [28])
    a(
        "Weapons, Sinners, Bring Her Back, The Monkey, Together, Companion, Good Boy, Keeper... genuinely the best year for horror in a decade",
        "horror",
        [1, 2, 22, 23, 3, 5, 11, 9],
    )
    # TrueFilm
    a(
        "I think Past Lives and Materalists are in conversation with each other. Song is clearly interested in how love gets valued like a transaction, and the second film just makes that literal.",
        "TrueFilm",
        [39, 15],
    )
    a(
        "The arrival of sound in the late 1920s basically killed a whole visual grammar that silent film had spent decades developing.",
        "TrueFilm",
        [],
    )
    a(
        "Arrival is the rare sci-fi film where the twist reframes the emotional content rather than the plot.",
        "TrueFilm",
        [38],
    )
    a(
        "Eddington is Ari Aster's angriest film, and I think people who dismissed it as 'too online' missed that the online-ness is the point.",
        "TrueFilm",
        [70],
    )
    a(
        "Watching Poor Things and Bugonia back to back makes it clear Lanthimos has moved from absurdism into something much angrier.",
        "TrueFilm",
        [40, 52],
    )
    a(
        "Friendship between the two leads is what holds Midnight Cowboy together, not the plot.",
        "TrueFilm",
        [],
    )
    a(
        "Flow won the Oscar with no dialogue and was rendered in Blender. Tell me again why studios need $200M for animation.",
        "TrueFilm",
        [30],
    )
    # Letterboxd
    a("my 4 favs rn: past lives, anora, her, sinners", "Letterboxd", [39, 26, 35, 2])
    a(
        "my letterboxd review of after the hunt was just 'julia roberts deserved better' and it's somehow my most liked review ever",
        "Letterboxd",
        [57],
    )
    a(
        "Sorry, Baby is a gentle, funny, devastating little film. Eva Victor is someone to watch.",
        "Letterboxd",
        [58],
    )
    a(
        "Here's my top 4 as of today: Mulholland Drive, In the Mood for Love, Paris, Texas, Chungking Express",
        "Letterboxd",
        [],
    )
    a(
        "Here (2024) is the weirdest studio movie I've seen in ages. One fixed camera angle, de-aged Tom Hanks, Zemeckis just doing whatever he wants.",
        "Letterboxd",
        [45],
    )
    # MovieSuggestions
    a(
        "If you liked Companion, try Ex Machina and M3GAN. Same 'robot girlfriend goes wrong' energy.",
        "MovieSuggestions",
        [5],
    )
    a(
        "Looking for movies about friendship that aren't too sappy. Something like Stand By Me or Superbad.",
        "MovieSuggestions",
        [],
    )
    a(
        "Eden (2024) is a wild survival drama set on the Galápagos with Jude Law and Sydney Sweeney. Super underrated.",
        "MovieSuggestions",
        [10],
    )
    a(
        "Anything about a cult trying to build a Garden of Eden somewhere remote? Midsommar is the vibe I'm going for.",
        "MovieSuggestions",
        [],
    )
    a(
        "Need something to cheer me up after a breakup. Nothing romantic please, I can't handle it right now.",
        "MovieSuggestions",
        [],
    )
    # flicks
    a(
        "Just watched Trap. M. Night really had Josh Hartnett as a serial killer dad at a pop concert and I respect the commitment",
        "flicks",
        [43],
    )
    # marvelstudios
    a(
        "Thunderbolts post-credits scene has me so hyped for Doomsday. >!Val introducing them as the New Avengers at the press conference was perfect too!<",
        "marvelstudios",
        [66],
    )
    a(
        "Civil War (the comic) is so much more morally messy than the movie. Tony is way worse in it.",
        "marvelstudios",
        [],
    )
    a(
        "Pedro as Reed in F4 First Steps is growing on me. Ebon Moss-Bachrach as The Thing was perfect though.",
        "marvelstudios",
        [67],
    )
    a(
        "Give him a solo movie already. Sebastian Stan has been doing the most with the least since Winter Soldier.",
        "marvelstudios",
        [],
    )
    # DC_Cinematic
    a("Superman: Red Son is still my favorite Elseworlds story, the ending is perfect", "DC_Cinematic", [])
    a(
        "Superman (1978) is still the gold standard. Reeve made you believe a man could fly.",
        "DC_Cinematic",
        [],
    )
    a("Gunn's Superman > Man of Steel and I'm tired of pretending it's close", "DC_Cinematic", [17])
    # A24
    a(
        "A24 going with Marty Supreme as their biggest budget ever is a bet I'm happy to see them make",
        "A24",
        [54],
    )
    a(
        "Civil War really showed A24 can do blockbuster scale. Kirsten Dunst in that is the best she's ever been.",
        "A24",
        [29],
    )
    a(
        "Every A24 movie is just people grieving in a big house and I love it every time. Up there with cozy mysteries as my comfort genre at this point.",
        "A24",
        [],
    )
    # oscarrace
    a(
        "> Anora winning Best Picture was a mistake\n\nHard disagree. It beat The Brutalist and Conclave fair and square and I think it's going to age really well.",
        "oscarrace",
        [26, 27],
    )
    a(
        "Sentimental Value and Hamnet feel like the Best Picture frontrunners right now, with OBAA right there with them.",
        "oscarrace",
        [55, 53, 60],
    )
    # AskReddit
    a(
        "My grandma used to say sinners and saints all eat at the same table. Didn't understand it until after she passed.",
        "AskReddit",
        [],
    )
    a(
        "Presence. Just being fully present with people instead of on your phone. Sounds cheesy but it changed my relationships.",
        "AskReddit",
        [],
    )
    a("Honestly Up. The first ten minutes. Nothing else even comes close.", "AskReddit", [36])
    a(
        "Anora for me. I went in completely blind and that first hour is pure chaos, then the last scene just guts you.",
        "AskReddit",
        [26],
    )
    a(
        "Oppenhiemer and Barbie on the same day in July 2023. Packed theaters, people in pink, people in suits. Nothing since has felt like that.",
        "AskReddit",
        [42, 41],
    )
    # sports
    a(
        "Wemby is a different kind of weapon. Nobody in the league can guard him on the perimeter at 7'4\"",
        "nba",
        [],
    )
    a(
        "The Heat are so mid this year. Spo is a wizard but you can't coach your way out of zero shot creation",
        "nba",
        [],
    )
    a("Drop was brutal. Wide open in the end zone and he just lets it hit him in the chest.", "nfl", [])
    a(
        "Dragged my dad to see Him (the Marlon Wayans football cult horror movie) and he spent the whole time whispering that the training scenes were fake. He played D2 ball so he'd know.",
        "nfl",
        [4],
    )
    a(
        "Civil war in that locker room after the trade deadline, you could tell nobody was on the same page",
        "nfl",
        [],
    )
    a(
        "Keeper leagues are so much more fun. You actually have to think about next year instead of just autodrafting.",
        "fantasyfootball",
        [],
    )
    a("The keeper had no chance on that one, top corner from 30 yards", "soccer", [])
    a(
        "Eden Hazard at Chelsea was the most fun I've ever had watching a player. Pure joy on the ball.",
        "soccer",
        [],
    )
    a("That was absolute warfare in midfield, six yellows and somehow nobody saw red", "soccer", [])
    a("F1 is so much better with fewer sprint weekends, hot take", "formula1", [])
    a(
        "The F1 movie is basically Top Gun fan fiction but I had a blast. Damson Idris deserved more screen time.",
        "formula1",
        [16],
    )
    a("Max is superman in the wet, nobody else was within two seconds a lap", "formula1", [])
    # gaming
    a(
        "Alien: Isolation is still the scariest game ever made. The AI hunting you is genuinely unfair.",
        "gaming",
        [],
    )
    a(
        "It Takes Two is the best co-op game I've played, my wife and I finished it together in one weekend",
        "gaming",
        [],
    )
    a(
        "Just watched del Toro's Frankenstein on Netflix and now I desperately need a Bloodborne-style Victorian game with that creature design",
        "gaming",
        [18],
    )
    # news, politics, technology
    a(
        "The civil war in Sudan gets a fraction of the coverage Ukraine does and the death toll is staggering.",
        "worldnews",
        [],
    )
    a(
        "The conclave starts Wednesday. Honestly half of what I know about the process comes from watching Conclave last year lol",
        "worldnews",
        [27],
    )
    a("Modern conclaves are usually short. Most of the recent ones wrapped up within two days.", "news", [])
    a(
        "Why would anyone trust a company that lets an AI companion app roleplay with minors like this?",
        "technology",
        [],
    )
    a(
        "Every AI companion startup should be required to screen Her before their seed round. It was supposed to be a warning.",
        "technology",
        [35],
    )
    a("The arrival of on-device AI is going to kill half of these cloud wrapper startups", "technology", [])
    a("People keep saying 'civil war' like it's some cool hypothetical. Please touch grass.", "politics", [])
    a(
        "Eddington is the first movie I've seen that actually captures how insane local politics felt in 2020. The town hall scenes are painfully real.",
        "politics",
        [70],
    )
    # relationships
    a(
        "He told you he needed space and then immediately started a 'friendship' with his coworker? Sorry, but no.",
        "relationships",
        [],
    )
    a(
        "Send help, my boyfriend's mom wants to 'talk' after Thanksgiving dinner and I'm terrified",
        "relationships",
        [],
    )
    a(
        "Him ghosting you for three weeks and then showing up with flowers is not romance, it's a pattern.",
        "relationships",
        [],
    )
    # cooking, personalfinance
    a("The heat on your pan is almost certainly too high. Medium and patience.", "Cooking", [])
    a(
        "The substance floating on top of your stock is just fat and coagulated protein. Skim it off and it's fine.",
        "Cooking",
        [],
    )
    a(
        "Good fortune isn't a plan. Get the 401k match first, then worry about everything else.",
        "personalfinance",
        [],
    )
    a(
        "Lifestyle creep is sneaky. We're not materialists but somehow we spent $14k on 'stuff' last year.",
        "personalfinance",
        [],
    )
    # books
    a(
        "Frankenstein is one of the best novels ever written and Mary Shelley was 18 when she started it. Let that sink in.",
        "books",
        [],
    )
    a(
        "Read the book right before The Long Walk movie came out, and honestly the film is the rare King adaptation that gets close.",
        "books",
        [20],
    )
    a("The Running Man is one of the bleakest things King ever wrote as Bachman. That ending!", "books", [])
    a("Hamnet by Maggie O'Farrell wrecked me. Nobody writes grief like she does.", "books", [])
    a("Reading It at 12 years old was a mistake. I didn't sleep properly for a week.", "books", [])
    # dogs, pics, todayilearned, television
    a("Good boy! What breed is he? Looks like an Aussie mix", "dogs", [])
    a(
        "Watched Good Boy and spent the entire movie hugging my retriever. Indy the dog is a better actor than most humans.",
        "dogs",
        [11],
    )
    a("The heart eyes emoji was made for this photo 😍", "pics", [])
    a(
        "TIL Mary Shelley came up with Frankenstein during a ghost story contest with Byron at Lake Geneva",
        "todayilearned",
        [],
    )
    a(
        "Severance S2 finale was better than every movie I saw this year except Sinners and One Battle After Another",
        "television",
        [2, 60],
    )
    # Music
    a("Heat Waves by Glass Animals still slaps and I will not apologize", "Music", [])
    a(
        "The Sinners soundtrack is the best album of the year, I don't care that it's a soundtrack. I Lied to You is a masterpiece.",
        "Music",
        [2],
    )
    a("Together by The xx is so underrated, that whole Great Gatsby soundtrack had bangers", "Music", [])
    a("Us by James Bay came on shuffle and now I'm crying in the grocery store", "Music", [])
    a("Wicked Game by Chris Isaak is the sexiest song ever recorded", "Music", [])
    a(
        "The Wicked soundtrack is on repeat in my house thanks to my 6 year old. I have heard Ariana sing Popular roughly 400 times.",
        "Music",
        [25],
    )
    # Fitness, travel, NoStupidQuestions
    a("Drop sets changed my arm training. Three drops, no rest, try it.", "Fitness", [])
    a("A long walk after dinner every day did more for my weight than any diet I tried", "Fitness", [])
    a(
        "Saw The Smashing Machine and now I'm doing MMA conditioning like an idiot. 38 and my knees hate me.",
        "Fitness",
        [59],
    )
    a("The Eden Project in Cornwall is worth the detour, the biomes are massive", "travel", [])
    a(
        "Why do people keep calling Nope a UFO movie when it's clearly about spectacle and exploitation? Genuine question",
        "NoStupidQuestions",
        [32],
    )
    # Parenting, animation, ireland
    a(
        "My 7 year old sobbed at The Wild Robot and then asked if Brightbill would be okay. Best parenting moment of my year.",
        "Parenting",
        [50],
    )
    a(
        "Took the kids to Zootopia 2 over the holiday 🦊🐰 Judy and Nick still have better chemistry than most live action couples.",
        "Parenting",
        [62],
    )
    a(
        "The original Inside Out should be required viewing for every parent. It gave my kid the words for feeling sad.",
        "Parenting",
        [],
    )
    a("Don't bring her back to that daycare. Trust your gut on this one.", "Parenting", [])
    a("Flow is the best animated film of 2024, sorry Wild Robot fans", "animation", [30, 50])
    a(
        "Paul Mescal in Hamnet is the best thing an Irish actor has done in years. The Globe scene had me in bits.",
        "ireland",
        [53],
    )
    # scifi, MMA, hiphopheads
    a(
        "Mickey 17 is messier than Parasite but the expendables concept is so good. Read Mickey7 first if you can.",
        "scifi",
        [65],
    )
    a("Alien: Earth episode 5 is the best thing the franchise has done since Aliens", "scifi", [])
    a("Predator Badlands making the Predator the protagonist was a genius move. Dek is great.", "scifi", [61])
    a("Predator (1987) still has the best ensemble cast of any action movie ever.", "scifi", [])
    a("alien romulus was a fun remix but the Rook CGI was rough", "scifi", [49])
    a(
        "The Smashing Machine documentary from 2002 is required viewing for any MMA fan. Mark Kerr's story is brutal.",
        "MMA",
        [],
    )
    a(
        "Benny Safdie directing The Smashing Machine with the Rock as Kerr, and it still flopped. MMA movies are cursed.",
        "MMA",
        [59],
    )
    a("her flow on the second verse is ridiculous, nobody's touching her this year", "hiphopheads", [])
    # other subreddits
    a(
        "Conclave is not remotely how any of this actually works, but Ralph Fiennes is great in it",
        "Catholicism",
        [27],
    )
    a(
        "Marty Supreme got more people asking me about table tennis than the last three Olympics combined",
        "tabletennis",
        [54],
    )
    a(
        "Frankenstien (2025) is the best thing Netflix has put out in years. Jacob Elordi's creature is heartbreaking.",
        "netflix",
        [18],
    )
    a(
        "NTA. Her friendship with you clearly ended when she posted that, you're just catching up.",
        "AmItheAsshole",
        [],
    )
    a(
        "Took my mum to Wicked 2 for her birthday and she sobbed through the whole thing. Worth every penny of the £18 tickets.",
        "CasualUK",
        [63],
    )
    a("Wicked on the West End with the original London cast was unbeatable. Kerry Ellis!!", "musicals", [])
    a(
        "Cynthia Erivo in Wicked: For Good finally gave No Good Deed the performance it deserved",
        "musicals",
        [63],
    )
    a(
        "Nobody 2 was exactly what I wanted. Saul Goodman beating people up at a water park, what more do you need",
        "betterCallSaul",
        [19],
    )
    a(
        "Friendship is the most uncomfortable I've been in a theater since Uncut Gems. Tim Robinson playing a guy who gets dumped by his new best friend is peak ITYSL energy.",
        "IThinkYouShouldLeave",
        [14],
    )
    a(
        "Elio having the lowest opening in Pixar history one year after Inside Out 2 did $1.7B is such a weird whiplash",
        "Pixar",
        [68, 47],
    )
    a(
        "Twisters was way more fun than it had any right to be, even if the science made me scream. Glen Powell yeehaw energy.",
        "stormchasing",
        [48],
    )
    a(
        "Took my date to Heart Eyes on Valentine's Day, a slasher about a killer who targets couples. She loved it. Second date is booked.",
        "dating",
        [24],
    )
    a(
        "Warfare is the most accurate depiction of a room-clearing op I've seen on screen. Whoever did the radio chatter knew what they were doing.",
        "army",
        [8],
    )
    a(
        "Roofman being set in Charlotte is the most representation we've gotten in years. The guy lived inside a Toys R Us for months!",
        "Charlotte",
        [51],
    )
    a(
        "Good Fortune is so much funnier than its reviews. Keanu as a clueless angel is peak Keanu.",
        "KeanuBeingAwesome",
        [56],
    )
    a(
        "Companion planting changed everything for me. Tomatoes and basil side by side, no more hornworms.",
        "gardening",
        [],
    )

    # The sixth batch: a sixth session, asked for a natural mix as the fifth was (about 70 comments from
    # movie subreddits, 90 from others of every kind: lowercase writers, capitals, lists, ratings,
    # misspellings, other works and people of the same name); scored before any rule was changed for
    # it (P 0.833 R 0.917).
    batch = "sixth"
    a(
        "How do I sort highest to lowest but keep blanks at the bottom instead of the top? Using SORT with a filter but it still puts them first.",
        "excel",
        [],
    )
    a(
        "Smile 2 > Smile. Naomi Scott's pop star breakdown is a legit great performance and the ending is nasty.",
        "horror",
        [31],
    )
    a(
        "Heat culture is real. Spo took that roster to the Finals with an undrafted guy as the second option.",
        "nba",
        [],
    )
    a(
        "If an alien civilization could cross interstellar space, why would they crash in New Mexico of all places? Genuinely asking.",
        "UFOs",
        [],
    )
    a(
        "MARTY SUPREME TRAILER WITH THE TEARS FOR FEARS SONG. TIMOTHEE PLAYING PING PONG. A24 YOU ARE SO BACK",
        "A24",
        [54],
    )
    a(
        "Barbie is secretly a ghost story. Ruth Handler literally appears as a spirit in the kitchen to tell her creation she was never meant to be finished.",
        "FilmTheory",
        [41],
    )
    a(
        "My Eddington number finally hit 62 (miles) after this summer. The next one feels impossible, need 63 rides of 63+ miles.",
        "cycling",
        [],
    )
    a(
        "Fun fact: bugonia was the ancient belief that bees spontaneously generate from the carcass of a dead ox. Virgil wrote a whole section on it in the Georgics.",
        "Beekeeping",
        [],
    )
    a(
        "Sorry, Baby is the best thing A24 put out this year. Eva Victor wrote, directed and starred in it and somehow nailed all three.",
        "A24",
        [58],
    )
    a(
        "Wicked nice day at the Cape until we hit the Sagamore bridge on the way back. Traffic was wicked bad, 2 hours to go 10 miles.",
        "boston",
        [],
    )
    a(
        "How did the Civil War change the way ordinary Americans dealt with death? I've read that embalming only really took off because of it.",
        "AskHistorians",
        [],
    )
    a(
        "Predator: Badlands is the most fun the franchise has been since Prey. Making the Predator the protagonist actually worked.",
        "movies",
        [61],
    )
    a(
        "Poor Things is Lanthimos at his most accessible. Curious whether Bugonia goes back to the Dogtooth-era weirdness or stays in this register.",
        "criterion",
        [40, 52],
    )
    a(
        "Past Lives is the movie I recommend to anyone who has ever thought about the one that got away. It's gentle about it in a way that hurts more.",
        "AskWomen",
        [39],
    )
    a(
        "It Chapter Two was way too long and the Losers as adults never clicked for me. The Chinese restaurant fortune cookie scene is great though.",
        "movies",
        [],
    )
    a(
        "Tim Curry in the 1990 It miniseries is still the definitive Pennywise for me. The storm drain scene scarred a whole generation.",
        "horror",
        [],
    )
    a(
        "Good Fortune has Keanu as a bumbling guardian angel and Aziz working gig jobs. It's a surprisingly sweet comedy, go in with low expectations.",
        "movies",
        [56],
    )
    a(
        "HIM (the Peele-produced football one) was a mess, but Marlon Wayans was fully committed to the bit and you gotta give him credit for that.",
        "horror",
        [4],
    )
    a(
        "The Monkey has almost nothing to do with the short story beyond the toy and the drum, but Osgood Perkins clearly had a blast making it. Theo James playing both twins is great.",
        "stephenking",
        [23],
    )
    a(
        "Two twisters touched down south of Moore last night. Both EF1 preliminary, thankfully no injuries reported.",
        "weather",
        [],
    )
    a(
        "Warfare is the closest any movie has come to how a firefight actually feels. No music, nobody knows what's going on, radio traffic stepping on itself, the guy screaming for an hour. Had to sit in my car for a while after.",
        "Military",
        [8],
    )
    a(
        "Alien (1979) is a perfect film. Not a single wasted shot, and the chestburster still works because nobody on set knew what was coming.",
        "flicks",
        [],
    )
    a(
        "Finished Mickey7 after seeing Mickey 17 and the book is a much more grounded story. The movie leaned hard into the political satire, the novel is more about identity.",
        "printSF",
        [65],
    )
    a(
        "Joker (2019) is a 7/10 movie with a 10/10 score. Hildur's cello is doing all the heavy lifting.",
        "moviecritic",
        [],
    )
    a(
        "bring her back made me physically ill. the knife scene. the WATERMELON. i'm never watching a philippou movie again (i will be first in line for the next one)",
        "horror",
        [22],
    )
    a(
        "Friendship evolution is the most annoying mechanic in the series. Just let me feed them a stack of berries and be done with it.",
        "pokemon",
        [],
    )
    a(
        "The Running Man (2025) is way closer to the book than the Arnold version, but Glen Powell never quite sells the desperation.",
        "movies",
        [21],
    )
    a("The Substance - 9/10. Demi deserved that Oscar, fight me.", "moviecritic", [28])
    a(
        "Twisters was filmed all around El Reno and Guthrie, half the fun was spotting the towns. Also the storm chaser stuff was more accurate than the 96 one.",
        "oklahoma",
        [48],
    )
    a(
        "Watched F1 with my dad who's been following the sport since the Senna days. He hated the overtaking physics and the made-up APXGP team but he loved seeing the real paddock and the Silverstone footage. Honestly a better time than the actual Silverstone race this year lol",
        "formula1",
        [16],
    )
    a(
        "Thunderbolts* is the best MCU movie since No Way Home and I will die on this hill. Florence Pugh carried that whole thing on her back.",
        "marvelstudios",
        [66],
    )
    a(
        "Best weapons for a dex/faith build? Running the Blasphemous Blade right now but it feels slow as hell against Malenia.",
        "Eldenring",
        [],
    )
    a(
        "Keeper has to do better there, it went straight under him. Easiest save of his life and he turns it into a goal.",
        "soccer",
        [],
    )
    a(
        "Zootopia (2016) crossing $1B without a single Marvel-style hype cycle still feels underrated as a box office story.",
        "boxoffice",
        [],
    )
    a(
        "Watched Heat again last night. The downtown shootout still has the best sound design of any action scene ever made, and the movie is 30 years old now.",
        "flicks",
        [37],
    )
    a(
        "Went to see Materialists on a first date. Huge mistake. We spent the entire dinner after arguing about whether love is just math.",
        "dating",
        [15],
    )
    a(
        "I had the good fortune of landing a job with a 6% 401k match right out of school. Best advice I can give: never turn down free money.",
        "personalfinance",
        [],
    )
    a(
        "The Wild Robot made my husband cry harder than both of our kids combined. He pretended it was allergies.",
        "Parenting",
        [50],
    )
    a(
        "Highest 2 Lowest has A$AP Rocky acting AND rapping and he's actually really good in it. The Denzel vs Rocky freestyle confrontation in the studio is a highlight.",
        "hiphopheads",
        [69],
    )
    a("the monkey holding the kitten like its own baby has me in tears", "aww", [])
    a(
        "The first Smile still gets under my skin. That opening with the patient in the therapist's office is so nasty and it's all just faces.",
        "horror",
        [],
    )
    a(
        "Hamnet the movie is good, but the novel is better, obviously. That said Paul Mescal is a perfect Will and the final Globe scene got me anyway.",
        "books",
        [53],
    )
    a(
        "Hot take theory: the concert in Trap isn't just a setting, it's Shyamalan making an argument about fandom as surveillance. Every single person in that arena is watching something, and Cooper is the only one who knows he's being watched.",
        "FilmTheory",
        [43],
    )
    a(
        "The Universal Monsters 4K set is worth it just for Frankenstein (1931) and Bride of Frankenstein. Karloff's entrance, backwards, in that doorway. Perfect.",
        "criterion",
        [],
    )
    a(
        "the drop is saturday 10am EST and the SNKRS app will crash like always. see you all in the L thread",
        "Sneakers",
        [],
    )
    a("companion ★★★★\nsophie thatcher has the most expressive face in horror rn", "Letterboxd", [5])
    a(
        "Heart Eyes is a great date-night slasher. Actually funny, kills are creative, the leads are charming. Solid 7/10.",
        "horror",
        [24],
    )
    a(
        "Nobody 2 is dumb fun. Not as tight as the first one but the water park finale is great and Sharon Stone is clearly having the time of her life.",
        "movies",
        [19],
    )
    a(
        "The married life montage in Up still destroys me 15 years later. Four minutes, no dialogue, whole life.",
        "Pixar",
        [36],
    )
    a(
        "eddington ★★★½\nari aster made a covid-era neo-western and somehow it's the most annoying movie i've ever liked",
        "Letterboxd",
        [70],
    )
    a(
        "Elio and Oliver's last phone call in Call Me by Your Name wrecks me every single time. Then the fireplace shot over the credits. Brutal.",
        "movies",
        [],
    )
    a(
        "Took my 6yo to see Zootopia 2 and she has been doing the snake voice nonstop for a week. send help",
        "Parenting",
        [62],
    )
    a(
        "Looking for something like Nobody (2021): boring suburban dad turns out to have a violent secret past. Already seen John Wick, A History of Violence and The Equalizer.",
        "MovieSuggestions",
        [],
    )
    a(
        "Alien Romulous borrowed SO much from Alien Isolation. The corridors, the sounds, even a Working Joe. Felt like the movie adaptation we never got.",
        "gaming",
        [49],
    )
    a(
        "The Sinners soundtrack has been on repeat for a month. Miles Caton's voice on I Lied To You is unreal for someone who'd never acted before.",
        "Music",
        [2],
    )
    a(
        "It's just one battle after another against Tyranids at my store this edition. Please, someone play literally anything else.",
        "Warhammer40k",
        [],
    )
    a(
        "The restaurant in Drop looks like a nightmare to work FOH in. Glass walls, a 40th floor view and a single bartender for the whole room? Absolutely not.",
        "KitchenConfidential",
        [6],
    )
    a(
        'logged 312 films this year and my most-watched genre is apparently "sad women wandering around big houses". send help',
        "Letterboxd",
        [],
    )
    a(
        "The appraiser said it has sentimental value only. Which is fine, because that's the only value I care about. It was my grandmother's.",
        "Antiques",
        [],
    )
    a(
        "Civil War is still the best Avengers movie that technically isn't an Avengers movie. The airport fight holds up nearly ten years later.",
        "marvelstudios",
        [],
    )
    a(
        "Watched Bugonia and the Jesse Plemons beekeeping scenes actually looked legit. Proper smoker technique, no gloves, calm movements. Someone on set knew bees.",
        "Beekeeping",
        [52],
    )
    a(
        "Arrivals at Heathrow T5 on a Monday morning are a nightmare if you've got a tight connection. Budget at least 2 hours.",
        "travel",
        [],
    )
    a(
        "Ariana's new song in Wicked: For Good is her best vocal on record. Cynthia's No Place Like Home also goes so hard.",
        "popheads",
        [63],
    )
    a(
        "Praying for the cardinals as the conclave begins. Whatever name comes out on that balcony, trust the Holy Spirit.",
        "Catholicism",
        [],
    )
    a(
        "Twister (1996) did almost $500M worldwide back when that was an enormous number. Adjusted for inflation it's wild.",
        "boxoffice",
        [],
    )
    a(
        "Medium heat, not high. Let the pan come up to temperature before the oil goes in, then the protein. Most people crank it and wonder why everything sticks.",
        "Cooking",
        [],
    )
    a(
        "Civil War in IMAX was the loudest theater experience of my life. The Jesse Plemons scene still makes my stomach drop just thinking about it.",
        "A24",
        [29],
    )
    a(
        "Council moved black bag collection to every three weeks and the foxes on our road are having the time of their lives.",
        "CasualUK",
        [],
    )
    a(
        "F1 crossing $600M worldwide is a massive win for Apple. Nobody expected an original racing movie to pull that off.",
        "boxoffice",
        [16],
    )
    a(
        "Mickey's Christmas Carol is the best Mickey short and I rewatch it every December. Scrooge McDuck was born for that role.",
        "Disney",
        [],
    )
    a(
        "Oppenheimer's 1939 paper with Snyder on gravitational collapse is massively underrated. Basically predicted black holes decades before anyone took them seriously.",
        "Physics",
        [],
    )
    a(
        "Any recommendations for predator calls for coyotes? Tried a rabbit distress and got nothing but crows.",
        "Hunting",
        [],
    )
    a(
        "Flow winning the Oscar is the biggest moment for Latvian cinema ever. Gints Zilbalodis made it in Blender with a tiny team, that's the craziest part.",
        "latvia",
        [30],
    )
    a(
        "My current BP top 10:\n\n1. One Battle After Another\n2. Hamnet\n3. Sentimental Value\n4. Marty Supreme\n5. Sinners\n6. It Was Just an Accident\n7. Bugonia\n8. Frankenstein\n9. Train Dreams\n10. Wicked: For Good\n\nEdit: yes I know For Good isn't getting in, let me dream",
        "oscarrace",
        [60, 53, 55, 54, 2, 52, 18, 63],
    )
    a(
        "We've been together 7 years and he still won't talk about marriage. Every time I bring it up he changes the subject or says \"we're basically married already\".\n\nI'm 31. I want kids. I don't want to wait another 7 years to find out the answer is no. How do I have this conversation without it turning into a fight?\n\nEdit: to everyone saying just leave, it's not that simple, we own a house together.",
        "relationships",
        [],
    )
    a(
        "Anyone know if the A24 shop restocks drops on Fridays? Missed the last one by ten minutes and I'm still bitter.",
        "A24",
        [],
    )
    a(
        "After the Hunt is Guadagnino's weakest. Too many ideas about campus politics, none of them actually examined, and Julia Roberts is left stranded in the middle.",
        "TrueFilm",
        [57],
    )
    a(
        "> Zootopia 2 is going to leg out all the way through Christmas\n\nAgreed. Disney animation sequels are basically printing money now. Inside Out 2 cleared $1.6B off one of the weakest trailers Pixar has ever put out. The only real question is how many PLF screens Avatar: Fire and Ash takes away on the 19th.",
        "boxoffice",
        [62, 47, 64],
    )
    a(
        "EDEN by Ron Howard is wild?? Sydney Sweeney and Vanessa Kirby stuck on a Galápagos island in the 1930s, everyone slowly losing their minds. Didn't know it was a true story until the end cards.",
        "flicks",
        [10],
    )
    a(
        "Reading Frankenstein for the first time at 30 and I cannot believe Mary Shelley was 18 when she wrote this. The creature learning language by watching the De Laceys through a crack in the wall is devastating.",
        "books",
        [],
    )
    a(
        "sinnners was so good i saw it twice in imax. that juke joint sequence where the music bleeds across the centuries?? full body chills",
        "horror",
        [2],
    )
    a("We're all sinners saved by grace. Nobody in that pew is better than anyone else.", "Christianity", [])
    a(
        "FRANKENSTEIN IS DEL TORO'S MASTERPIECE. JACOB ELORDI AS THE CREATURE. THAT IS ALL. 10/10",
        "moviecritic",
        [18],
    )
    a(
        "The Smashing Machine is a solid Mark Kerr movie. The Rock is unrecognizable in the prosthetics and the Pride FC recreations are spot on. Worth it just for that if you're an old-school MMA nerd.",
        "MMA",
        [59],
    )
    a(
        "Together was way better than I expected from a Dave Franco/Alison Brie body horror movie. The bathroom scene!!! I was covering my eyes",
        "horror",
        [3],
    )
    a(
        "The Long Walk adaptation is brutal. Cooper Hoffman and David Jonsson have such great chemistry, which just makes the ending hurt more.",
        "horror",
        [20],
    )
    a(
        "Eden Lake is the most miserable British horror movie ever made and I will never watch it again. Michael Fassbender deserved better. Everyone in it deserved better.",
        "horror",
        [],
    )
    a(
        "my 2024 top 5:\n1. anora\n2. the substance\n3. flow\n4. longlegs\n5. conclave",
        "Letterboxd",
        [26, 28, 30, 44, 27],
    )
    a(
        "Inside Out 2. The anxiety attack scene near the end hit WAY too close to home, I was not prepared to sob in a theater full of children.",
        "AskReddit",
        [47],
    )
    a(
        "joker 2 is a 3/10. they made a musical nobody asked for and then punished the audience for liking the first one",
        "moviecritic",
        [46],
    )
    a(
        "Arrival is the best sci-fi film of the 2010s. Villeneuve, Amy Adams, Jóhannsson's score. The reveal about her daughter recontextualizes everything.",
        "movies",
        [38],
    )
    a(
        "Did a self-guided Heat tour downtown last weekend. Kate Mantilini is long gone but you can still stand on Flower St where the bank shootout was filmed. Highly recommend if you're a Mann nerd.",
        "LosAngeles",
        [37],
    )
    a(
        "NOPE. nope nope nope. burning the house down.\n\n(ok but seriously it's just a daddy longlegs, they're harmless, let him live in the corner)",
        "spiders",
        [],
    )
    a(
        "Just got back from One Battle After Another. DiCaprio in the bathrobe screaming at the resistance hotline because he forgot the password is the funniest thing he's done since Wolf of Wall Street. Benicio del Toro's sensei is an all-timer too.",
        "movies",
        [60],
    )
    a(
        "my frankenstein build: 2012 Fractal case, 5800X3D, a used 3080 off marketplace and a PSU I am honestly scared of. it runs though",
        "buildapc",
        [],
    )
    a(
        "My 1959 #1 ponytail Barbie finally arrived!! Original box, the stand is a little yellowed but I don't even care.",
        "Barbie",
        [],
    )
    a(
        "Sentimental Value vant Grand Prix i Cannes! Renate Reinsve og Joachim Trier igjen, for en duo.",
        "Norway",
        [55],
    )
    a(
        "Thunderbolts* changing all its posters to 'The New Avengers' a week after release was one of the best marketing bits of the year.",
        "comicbooks",
        [66],
    )
    a(
        "Nope is Peele's best and Jean Jacket is the best new movie monster design in years. Also Us is underrated, I said what I said.",
        "TwoBestFriendsPlay",
        [32, 33],
    )
    a(
        "OBAA is sweeping the critics groups so far. Feels nothing like last year's Conclave vs Anora coin flip, this time there's an actual frontrunner.",
        "oscarrace",
        [60, 27, 26],
    )
    a(
        "Materialists still don't have a good answer to the hard problem. Saying consciousness 'emerges' isn't an explanation, it's a label.",
        "philosophy",
        [],
    )
    a(
        "The Fantastic Four: First Steps was fine. Pedro as Reed worked better than I expected, the retro-future look is gorgeous, Galactus was properly huge.",
        "marvelstudios",
        [67],
    )
    a(
        "Zemeckis's Here is a weird one. Not a good movie exactly, but the fixed camera plus the de-aging uncanny valley made it the most unsettling thing he's done.",
        "movies",
        [45],
    )
    a(
        "Reeve's Superman flying around the earth to turn back time is still the dumbest and most beautiful thing in any superhero movie. 1978 was a different world.",
        "DC_Cinematic",
        [],
    )
    a(
        "The Long Walk movie changed the ending and I honestly think it works better on film than the book's ending would have.",
        "stephenking",
        [20],
    )
    a(
        "Wicked: For Good felt rushed compared to Wicked. The first part had room to breathe; this one crams the whole second act of the show plus two new songs into barely over two hours.",
        "movies",
        [63, 25],
    )
    a(
        "My 2 year old has figured out how to climb out of her crib AND open doors. It's 5am. send help",
        "Parenting",
        [],
    )
    a(
        "I bonked her head on the car door frame this morning and whispered 'sorry baby' about 40 times. She didn't even cry. I did.",
        "beyondthebump",
        [],
    )
    a(
        "I keep coming back to how Sentimental Value handles the house. Trier shoots it like a third sister: the cracks in the foundation, the way the light moves through the rooms across decades, the little prologue essay in the daughter's voice. It's doing what The Worst Person in the World did with Oslo, turning a setting into a character with memory.\n\nWhere I think it stumbles a bit is the Elle Fanning subplot. I get what it's for (the American star as the father's fantasy of a 'replacement' daughter) but it sits a little outside the film's emotional register.\n\nStill, Stellan Skarsgård hasn't been this good in years, and Renate Reinsve's stage-fright scene in the first ten minutes is one of the best openings I've seen this decade.",
        "TrueFilm",
        [55],
    )
    a(
        "Finally hit that flow state on the slab today. Didn't think about a single foothold, just moved. Sent my project on the third go.",
        "climbing",
        [],
    )
    a(
        "lol Roofman is about a guy who robbed McDonald's by cutting in through the roof, not about a roofer. Still a good movie though, Tatum is great in it.",
        "Roofing",
        [51],
    )
    a(
        "Anora made me want to go back to Brighton Beach for the first time in years. That boardwalk in winter is exactly as bleak and beautiful as it looks in the movie.",
        "nyc",
        [26],
    )
    a(
        "Marty Supreme has the table tennis community split in half. Some of the rallies are obviously CGI but Timothée clearly put in the hours, his forehand loop form is legit.",
        "tabletennis",
        [54],
    )
    a(
        "Flow is the most accurate depiction of cat behavior ever put on film. My tuxedo sat on the couch and watched the whole thing with me, ears twitching every time the dog showed up.",
        "cats",
        [30],
    )
    a(
        "The Fantastic Four (2015) was doomed by reshoots. You can literally see Kate Mara's wig change between scenes.",
        "movies",
        [],
    )
    a(
        "he sent me the heart eyes emoji after i posted my fit. what does that mean. is that a friend thing or",
        "teenagers",
        [],
    )
    a(
        "Frankenstein hit Netflix today!! Del Toro's version is gorgeous, the lab set alone is worth it.",
        "netflix",
        [18],
    )
    a(
        "Her speech was the best of the night honestly. Short, funny, thanked her mom first and got off before the music. That's how you do it.",
        "oscarrace",
        [],
    )
    a("Elio flopping is sad because it's actually a sweet movie. Glordon deserved better.", "Pixar", [68])
    a(
        "Who's a good boy? My 14 year old lab, that's who. He passed last night in his sleep. Please go give your dogs a hug for me.",
        "dogs",
        [],
    )
    a(
        "Eddington was shot around Albuquerque and Truth or Consequences and it was so surreal seeing places I drive past every week in an Ari Aster movie.",
        "NewMexico",
        [70],
    )
    a(
        "Peter Brown's The Wild Robot books are perfect for 2nd-3rd graders. My daughter read all three in a week and now wants a goose.",
        "books",
        [],
    )
    a(
        "materialists ★★★\nnot past lives level but celine song still writes conversations better than anyone working right now",
        "Letterboxd",
        [15, 39],
    )
    a(
        "Eden Hazard in 2014-15 was the best player in the league and it wasn't close. Nobody could get the ball off him.",
        "chelseafc",
        [],
    )
    a(
        "Him was supposed to be the football horror movie we deserved and instead it was 90 minutes of Marlon Wayans yelling about sacrifice. The practice facility set looked sick though.",
        "nfl",
        [4],
    )
    a(
        "After the hunt we hung the buck in my buddy's garage overnight, it was cold enough. Processed it ourselves Sunday. ~60 lbs of meat.",
        "Hunting",
        [],
    )
    a(
        "All-Star Superman is the best Superman story ever written and it's not close. Morrison and Quitely understood him completely.",
        "comicbooks",
        [],
    )
    a(
        "You still haven't addressed the substance of my argument, you've just complained about my tone for three replies.",
        "changemyview",
        [],
    )
    a(
        "Anyone else let their dog watch Good Boy (the horror movie told from the dog's POV)? Mine growled at the screen during the basement scenes lol",
        "dogs",
        [11],
    )
    a(
        "our roofman said the flashing around the chimney is shot and the whole back slope needs redoing. $14k quote. does that sound right for a 1,200 sqft ranch?",
        "Roofing",
        [],
    )
    a(
        "atlanta trap from like 2013 to 2016 was untouchable. metro, zaytoven, southside, all at their peak at the same time",
        "hiphopheads",
        [],
    )
    a(
        "Presence isn't something you achieve. It's what's left over when you stop trying to achieve anything.",
        "Meditation",
        [],
    )
    a(
        "The Modern Warfare 2 campaign is still one of the most unhinged things a AAA studio ever shipped. No Russian would never get greenlit today.",
        "TwoBestFriendsPlay",
        [],
    )
    a("IT 2017 is the scariest movie ever made dont @ me", "teenagers", [34])
    a(
        "Oppenheimer took some liberties with the Trinity timeline and the Strauss hearings, but the way it depicted the culture of Los Alamos physicists was surprisingly accurate.",
        "Physics",
        [42],
    )
    a(
        "The Send Help trailer looks like peak Sam Raimi. Rachel McAdams going feral on a desert island with her awful boss? Sold.",
        "movies",
        [13],
    )
    a(
        "Watched Conclave with a priest friend. He laughed at half the liturgical details but said the politics between the cardinals felt uncomfortably real.",
        "Catholicism",
        [27],
    )
    a(
        "Went to Floreana after watching Eden. The island is tiny, there's a hostel run by descendants of the Wittmer family and they have opinions about the movie lol",
        "travel",
        [10],
    )
    a(
        "Good Boy is an 8/10 for me purely because of Indy. That dog gave a better performance than half the humans in horror this year.",
        "horror",
        [11],
    )
    a(
        "Inside Out (2015) is Pixar's last true masterpiece. Bing Bong fading away in the memory dump is the saddest scene in animation, don't argue with me.",
        "Pixar",
        [],
    )
    a(
        "Companion is essentially the horror inverse of Her. Jonze's film asks what happens when the machine outgrows the man's need for it; Companion asks what happens when the man never lets it grow at all. Both are really about entitlement to someone else's attention.",
        "TrueFilm",
        [5, 35],
    )
    a(
        "Friendship is basically a 90 minute I Think You Should Leave sketch and I mean that as the highest possible compliment. Paul Rudd playing it straight makes it work.",
        "TwoBestFriendsPlay",
        [14],
    )
    a(
        "Poor things were absolutely soaked after the storm, a dozen juncos huddled under the feeder roof. Put out extra suet.",
        "birding",
        [],
    )
    a(
        "Do Theravada teachers actually talk about past lives literally, or is rebirth more about moment-to-moment arising? I keep getting different answers.",
        "Buddhism",
        [],
    )
    a(
        "We're basically living in the movie Her now. People are grieving model updates like they lost a partner.",
        "ChatGPT",
        [35],
    )
    a(
        "The 1987 Running Man is peak Arnold cheese and I love it unconditionally. Richard Dawson playing the game show host as himself basically is inspired casting.",
        "movies",
        [],
    )
    a("BRING HER BACK FOR SEASON 50. SHE GOT ROBBED AT FINAL TRIBAL AND EVERYONE KNOWS IT.", "survivor", [])
    a(
        "Predator (1987) has the most famous handshake in cinema history and honestly it deserves it.",
        "movies",
        [],
    )
    a(
        "If you liked Longlegs try Cure (1997) and The Vanishing (1988). Also Keeper if you haven't seen it yet, same director and an even colder vibe.",
        "MovieSuggestions",
        [44, 9],
    )
    a("Showing my son Up for the first time tonight. Tissues are ready. For me, not him.", "daddit", [36])
    a(
        "Watched Black Bag last night. Fassbender in those glasses doing a posh fishing monologue is a whole mood.",
        "CasualUK",
        [12],
    )
    a(
        "F1 key opens 'get help with Windows' in Edge no matter what program I'm in. How do I disable this? It's driving me insane.",
        "techsupport",
        [],
    )
    a(
        "The Smashing Machine (the 2002 HBO documentary) is way better than people remember. The Kerr and Mark Coleman friendship is the heart of it.",
        "MMA",
        [],
    )
    a(
        "oppenhiemer in 70mm is still the best theater experience i've ever had. the trinity silence!!",
        "movies",
        [42],
    )
    a(
        "Weapons is the rare horror movie where the trailer didn't spoil anything. Went in blind, left rattled. Aunt Gladys is going to be every other Halloween costume for the next decade.",
        "movies",
        [1],
    )
    a(
        "Gunn's Superman absolutely nailed the tone. Krypto stole every single scene he was in lol",
        "DC_Cinematic",
        [17],
    )
    a(
        "Avatar: The Way of Water 8/10. The second half on the ocean is some of the best spectacle filmmaking ever. The first hour drags.",
        "moviecritic",
        [],
    )
    a(
        "The Long Walk is the Bachman book I reread the most. Garraty and McVries' friendship is some of King's best character writing, and he was a college kid when he wrote it.",
        "stephenking",
        [],
    )
    a(
        "Presence works better as a formal exercise than as a ghost story, and I mean that as praise. Soderbergh shooting the entire film from the ghost's point of view turns every long take into a question of what the ghost wants to see, and the final reveal reframes all of it.",
        "TrueFilm",
        [7],
    )
    a(
        "Hamnet died in 1596 at age 11, and it's hard not to read the grief in Hamlet (the name, the ghost of a father and son) through that. Greenblatt makes a good case for it.",
        "shakespeare",
        [],
    )

    # The seventh batch: a seventh session, asked for 100 comments from movie subreddits (half of them
    # traps that talk about films while using a title's words as words: "him and his wife", "the drop in
    # box office", "Nope.") and 60 from some thirty others; scored before any rule was changed for it
    # (P 0.897 R 0.881).
    batch = "seventh"
    a(
        "weapons is the first horror movie in years where my entire theater gasped at the same moment. the aunt gladys stuff in the last act had people screaming lol",
        "horror",
        [1],
    )
    a(
        "sinners ★★★★½ the juke joint sequence where the music pulls in the past and the future is one of the best things i've ever seen in a theater. coogler cooked",
        "Letterboxd",
        [2],
    )
    a(
        "Him was way weirder than the trailer let on. Marlon Wayans as a cult-leader quarterback mentor was not on my bingo card, and the last 20 minutes are insane.",
        "horror",
        [4],
    )
    a(
        "Superman's legs were solid all summer but First Steps fell off a cliff after opening weekend. Marvel really needed that one to hold.",
        "boxoffice",
        [17, 67],
    )
    a(
        "Elio deserved so much better than it got. The Communiverse designs are gorgeous and basically nobody saw it in theaters.",
        "Pixar",
        [68],
    )
    a(
        "inside out 2's anxiety attack scene is the most accurate thing pixar has ever animated. my therapist literally recommended it to me",
        "Pixar",
        [47],
    )
    a(
        "Watched High and Low and Highest 2 Lowest back to back. Spike's version is messier, but Denzel is having so much fun that I didn't care.",
        "criterion",
        [69],
    )
    a(
        "Joker Folie a Deux 3/10. Making a musical that openly hates its own audience is certainly a choice.",
        "moviecritic",
        [46],
    )
    a(
        "Still can't believe Anora swept like that. I liked it a lot, Mikey Madison is a force and the last scene in the car is haunting, but Conclave had the better screenplay imo and it's not even close. And Demi deserved it for The Substance, that was a career-defining swing from someone Hollywood had written off for twenty years. Academy gonna Academy I guess.",
        "TheOscars",
        [26, 27, 28],
    )
    a(
        "Flow beating The Wild Robot and Inside Out 2 on a budget under $4M is the best underdog story the Oscars have had in years.",
        "TheOscars",
        [30, 47, 50],
    )
    a(
        "Mickey 17 losing money is such a shame. Pattinson playing two completely different idiots was worth the ticket alone.",
        "boxoffice",
        [65],
    )
    a(
        "Barbie and Oppenhiemer opening on the same weekend was lightning in a bottle. We'll never get another summer like that.",
        "boxoffice",
        [41, 42],
    )
    a(
        "Fire and Ash tracking below Way of Water isn't the disaster people think. Cameron movies have legs for days.",
        "boxoffice",
        [64],
    )
    a(
        "Nobody 2 is just dumb fun. Odenkirk getting beaten up at a water park for 90 minutes, what more do you want.",
        "movies",
        [19],
    )
    a(
        "Osgood Perkins putting out Longlegs, The Monkey and Keeper in under a year and a half is wild. The Monkey is the only one I'd rewatch though.",
        "horror",
        [9, 23, 44],
    )
    a(
        "Trap is so stupid and I had a blast. Josh Hartnett grinning at the concert security guys like a lunatic is peak Shyamalan.",
        "horror",
        [43],
    )
    a(
        "IT (2017) still has the best kid cast of any Stephen King adaptation. Chapter Two never came close to recapturing that.",
        "horror",
        [34],
    )
    a(
        "bring her back traumatised me way more than talk to me did. sally hawkins was TERRIFYING, i can't look at her the same way",
        "horror",
        [22],
    )
    a(
        "Good Boy made me cry and I'm not even a dog person. Indy deserves an award, or whatever the dog equivalent is. Extra treats.",
        "horror",
        [11],
    )
    a(
        "Drop was way better than it had any right to be. A first-date thriller built around phone notifications shouldn't work, but Meghann Fahy sells every second.",
        "flicks",
        [6],
    )
    a(
        "Eden is such a strange Ron Howard movie. Jude Law, Vanessa Kirby and Sydney Sweeney tearing each other apart on the Galápagos is the nastiest thing he's ever made.",
        "movies",
        [10],
    )
    a(
        "Her (2013) is aging scarily well. Joaquin falling for his OS seemed far-fetched back then and now half my coworkers talk to ChatGPT like it's a friend.",
        "movies",
        [35],
    )
    a(
        "Us has the better concept but Nope is the better movie. Peele just keeps getting more ambitious.",
        "movies",
        [32, 33],
    )
    a(
        "Past Lives understands that the road not taken stays beautiful precisely because you can never check it. The final walk to the Uber is devastating.",
        "TrueFilm",
        [39],
    )
    a(
        "Here is a fascinating failure. Zemeckis locks the camera in one spot for centuries, which is a genuinely bold formal idea taken from the Richard McGuire comic, then fills the frame with de-aged Hanks and Wright who never stop looking uncanny. The dinosaur and colonial-era segments actually work better than the main family story because nobody's face is being digitally sanded down. I admire it more than I enjoyed it, but I'd rather watch this than another safe biopic.",
        "TrueFilm",
        [45],
    )
    a(
        "materialists ★★★½ celine song made a romcom that's furious at romcoms. also pedro pascal in a suit is a cheat code",
        "Letterboxd",
        [15],
    )
    a(
        "If you liked Talk to Me, try Bring Her Back, Companion and Together. All three came out recently and none of them go where you expect.",
        "MovieSuggestions",
        [3, 5, 22],
    )
    a(
        "Black Bag. Soderbergh, Fassbender and Blanchett as married spies, about 90 minutes, zero fat. Exactly what you're describing.",
        "MovieSuggestions",
        [12],
    )
    a(
        "Fantastic 4 First Steps has the best production design the MCU has ever had. That retro-future New York is gorgeous and Galactus actually felt enormous.",
        "marvelstudios",
        [67],
    )
    a(
        "One Battle After Another is PTA's most purely entertaining movie. DiCaprio in a bathrobe yelling at a resistance hotline because he forgot the code phrase is comedy gold.",
        "movies",
        [60],
    )
    a(
        "Good Fortune and After the Hunt both flopping in October is a bad sign for mid-budget adult movies.",
        "boxoffice",
        [56, 57],
    )
    a(
        "marty supreme 5/5. chalamet playing ping pong like his life depends on it. josh safdie still knows how to give you a heart attack",
        "A24",
        [54],
    )
    a(
        "Eddington made half my theater walk out and the other half laugh nervously. Ari Aster doing a COVID-era western is exactly as unhinged as it sounds.",
        "A24",
        [70],
    )
    a(
        "Sorry, Baby is the most honest movie about the aftermath of trauma I've seen. Eva Victor wrote, directed and starred in it, insane debut.",
        "A24",
        [58],
    )
    a(
        "Arrival is still the only movie where the twist made me want to immediately rewatch instead of feeling cheated. Villeneuve at his peak.",
        "movies",
        [38],
    )
    a(
        "smile 2 is better than the first and i'll die on that hill. naomi scott's breakdown during the concert rehearsal is unreal",
        "horror",
        [31],
    )
    a(
        "Thunderbolts had no business being that emotional. Yelena's monologue about feeling empty hit way too close to home.",
        "marvelstudios",
        [66],
    )
    a(
        "HEAT 4K steelbook finally arrived. Mann's LA at night has never looked better, the airport ending is gorgeous now.",
        "movies",
        [37],
    )
    a(
        "del toro's frankenstein is gorgeous but way too long. elordi as the creature is the best thing in it tho",
        "movies",
        [18],
    )
    a(
        "Alien Romulus is basically fan service the movie, but the zero-g acid blood scene is one of the best set pieces in the whole franchise.",
        "horror",
        [49],
    )
    a(
        "Predator: Badlands opening at #1 is a big win for Trachtenberg. Making the Predator the protagonist was a gamble that paid off.",
        "boxoffice",
        [61],
    )
    a(
        "Wicked: For Good is a big step down from the first Wicked. Act two of the stage show was always the weaker half and the movie couldn't fix that.",
        "movies",
        [25, 63],
    )
    a(
        "The Long Walk is the bleakest studio movie in years. It's basically two hours of boys walking and talking and getting shot, and somehow I was gripping the armrest the entire time. Cooper Hoffman and David Jonsson are incredible, their friendship carries the whole thing, and Mark Hamill as the Major is pure evil behind those sunglasses. Francis Lawrence shot it so plainly that the violence hits even harder. Not a date movie.",
        "movies",
        [20],
    )
    a(
        "Glen Powell in The Running Man is a much better fit for Ben Richards than Arnold ever was. Edgar Wright actually adapted the book this time.",
        "movies",
        [21],
    )
    a(
        "Twisters was way more fun than it had any right to be. Glen Powell as a cowboy storm chaser with a YouTube channel is just his whole persona.",
        "movies",
        [48],
    )
    a(
        "The Substance is body horror for people who think they don't like body horror. Monstro Elisasue at the New Year's Eve show is unforgettable.",
        "horror",
        [28],
    )
    a(
        "poor things 8/10. emma stone is incredible but the middle section on the cruise ship drags",
        "moviecritic",
        [40],
    )
    a(
        "Bugonia is Lanthimos's most accessible movie and also his meanest. Plemons is fantastic and Emma Stone with a shaved head is a whole look.",
        "moviecritic",
        [52],
    )
    a(
        "Sentimental Value is Trier's best since Oslo, August 31st. Stellan Skarsgård as the absent director father is career-best work.",
        "TrueFilm",
        [55],
    )
    a(
        "Jessie Buckley for Hamnet is as close to a lock as it gets this year. That final scene at the Globe wrecked my entire screening.",
        "TheOscars",
        [53],
    )
    a(
        "roofman was a pleasant surprise. channing tatum secretly living inside a toys r us is such a bizarre true story",
        "movies",
        [51],
    )
    a(
        "Send Help is Sam Raimi finally back to being gleefully nasty. Rachel McAdams stranded on an island with her awful boss, and the power dynamic keeps flipping.",
        "movies",
        [13],
    )
    a(
        "Friendship is the most uncomfortable I've ever been in a movie theater and I laughed the whole way through. Tim Robinson and Paul Rudd are a perfect pairing.",
        "movies",
        [14],
    )
    a(
        "heart eyes is a perfectly fine valentine's slasher. the killer's mask with the glowing eyes is genuinely creepy",
        "horror",
        [24],
    )
    a(
        "Presence is a neat gimmick. Soderbergh shooting the whole thing from the ghost's POV makes a pretty ordinary family drama feel properly eerie.",
        "horror",
        [7],
    )
    a(
        "my top 3 of 2025 so far: sinners, weapons, one battle after another. still catching up on the fall stuff",
        "movies",
        [1, 2, 60],
    )
    a("Longlegs. Nothing else that year made me feel physically ill in a theater.", "horror", [44])
    a("Sinnners. Easily the best theater experience I've had this decade.", "movies", [2])
    a(
        "Finally got my girlfriend to watch Heat. Three hours, she was skeptical from the moment she saw the runtime. She said the diner scene was 'just two guys talking' (I almost ended the relationship right there) and then sat bolt upright for the downtown shootout and didn't blink until Val Kilmer got away. She asked for Collateral the next night. Converted her.",
        "movies",
        [37],
    )
    a(
        "Warfare is the most intense thing I've ever seen in a theater. No score, basically real time, Garland and Mendoza just drop you into that house in Ramadi and leave you there.",
        "movies",
        [8],
    )
    a(
        "The new Frankenstein on Netflix made my wife cry, and she hates monster movies. Her favourite part was the creature with the blind old man in the cabin.",
        "movies",
        [18],
    )
    a(
        "Took her to see Weapons on our third date and she grabbed my arm so hard she left bruises. Keeper.",
        "horror",
        [1],
    )
    a(
        "Civil War (the Garland one, not Marvel) hit different watching it with my dad, who was a news photographer for 30 years. Him going completely quiet during the final assault said everything.",
        "movies",
        [29],
    )
    a(
        "Up is the movie my grandpa and I watch together every Christmas. He still pretends he's not crying at the montage.",
        "movies",
        [36],
    )
    a(
        "the flow of Flow is unreal. no dialogue at all and it never drags for a second ★★★★★",
        "Letterboxd",
        [30],
    )
    a(
        "Oppenheimer's Trinity test, with the drop to total silence before the sound hits, is the best use of silence in any blockbuster.",
        "movies",
        [42],
    )
    a(
        "Longlegs' trailers were a marketing trap. The movie itself is way more of a slow, cold procedural than the jump-scare fest they sold.",
        "horror",
        [44],
    )
    a(
        "Sinners in IMAX is the way to see it. You could practically feel the heat coming off the screen during the juke joint scene.",
        "movies",
        [2],
    )
    a(
        "Took my nephew to Gunn's Superman and he wore his cape the entire time. Up there with Spider-Man 2 for me as a superhero movie.",
        "DC_Cinematic",
        [17],
    )
    a(
        "Companion is a perfect date-night movie if you want to ruin the date. Watched it with her and we argued the whole way home about who the real villain was.",
        "horror",
        [5],
    )
    a(
        "Nope. Not paying $22 for another legacy sequel where the original cast shows up for eight minutes to hand the torch to some random kid.",
        "movies",
        [],
    )
    a(
        "Him and his wife run the little indie cinema in my town and they still do 35mm screenings every Tuesday. Last month they tracked down a print of Paris, Texas from some collector in Ohio and drove up there themselves to get it. The seats are falling apart and the popcorn machine is older than me, but I'd take that place over any AMC with recliners. Absolute treasures, go support your local single-screen while it still exists.",
        "movies",
        [],
    )
    a("Up next on my list is the whole Kurosawa box set. Starting with Ran, wish me luck.", "criterion", [])
    a(
        "The flow of the second act is where most modern blockbusters fall apart. They set up three plot threads and then just sprint through all of them.",
        "TrueFilm",
        [],
    )
    a(
        "Here's my Fincher ranking: Zodiac, The Social Network, Se7en, Gone Girl, Fight Club, The Game, Panic Room. The Killer is growing on me though.",
        "flicks",
        [],
    )
    a(
        "IMAX screens are a trap for mid-budget movies. They get bumped after one week by whatever tentpole is next and never recover.",
        "boxoffice",
        [],
    )
    a(
        "Nobody is going to see a three-hour adaptation of a 900-page book in February. The release date alone is a death sentence.",
        "boxoffice",
        [],
    )
    a(
        "My roommate dragged me to a horror marathon and I had to bring her back home halfway through because she was having a full-on panic attack lol",
        "horror",
        [],
    )
    a(
        "her reaction when she saw i gave her favourite movie 2 stars on letterboxd 💀 we're not speaking",
        "Letterboxd",
        [],
    )
    a(
        "It's one battle after another getting my dad to watch anything with subtitles. He claims he 'can't read and watch at the same time' but he'll happily scroll Facebook through an entire football game. Finally got him through Parasite over Thanksgiving by telling him it was a heist movie, and now he acts like he personally discovered Korean cinema. He's been telling his golf buddies about Bong Joon-ho. Next up is Decision to Leave, wish me luck.",
        "movies",
        [],
    )
    a(
        "Friendship ended with the guy who talked through the entire screening of Dune: Part Two and then asked me what happened.",
        "moviecritic",
        [],
    )
    a(
        "The presence of a jump scare every four minutes is ruining modern horror for me. Let the dread breathe.",
        "horror",
        [],
    )
    a("Weapons-grade cringe in the new Scream trailer. Why is Ghostface monologuing so much?", "horror", [])
    a(
        "Arrival time at the cinema: 7:10. Ads and trailers: 25 minutes. Actual movie start: 7:35. I hate it here.",
        "movies",
        [],
    )
    a(
        "The monkey scene at the start of 2001 is still the best opening of any film ever made. Not a word of dialogue for twenty minutes.",
        "flicks",
        [],
    )
    a(
        "My wife wanted Titanic for the 40th time and I said sorry, baby, not tonight. Slept on the couch.",
        "movies",
        [],
    )
    a(
        "Gunn says the next chapter really comes together after Supergirl. Up next is Clayface, which is honestly the most interesting swing they've taken.",
        "DC_Cinematic",
        [],
    )
    a(
        "The sentimental value of owning a film on physical media is what keeps me buying discs. Streaming services can delete anything overnight.",
        "TrueFilm",
        [],
    )
    a(
        "The heat in the Dolby Theatre must have been brutal, half the nominees looked like they were melting by Best Picture.",
        "TheOscars",
        [],
    )
    a("Honestly A24 merch drops get more hype than their actual movies now. That candle was $80.", "A24", [])
    a(
        "Superman (1978) still has the best flying in the genre imo. Reeve sells it with his body language, no CGI needed.",
        "DC_Cinematic",
        [],
    )
    a(
        "Smile had the best marketing stunt of 2022. Those people grinning behind home plate at baseball games were genius.",
        "horror",
        [],
    )
    a(
        "Inside Out is the one I show people who say animation is just for kids. Bing Bong's exit wrecks grown adults every time.",
        "Pixar",
        [],
    )
    a(
        "Joker (2019) is fine but people act like it's Taxi Driver. It's basically Taxi Driver and King of Comedy in a trench coat.",
        "moviecritic",
        [],
    )
    a(
        "Captain America: Civil War is still peak MCU for me. The airport fight is the most fun I've ever had in a theater.",
        "marvelstudios",
        [],
    )
    a(
        "The Running Man (1987) is so cheesy and I love it. Arnold's one-liners, Richard Dawson, the spandex, peak 80s.",
        "movies",
        [],
    )
    a(
        "Watched Frankenstein (1931) for Halloween. Karloff's performance is still the standard every creature gets measured against.",
        "horror",
        [],
    )
    a(
        "It Follows is still the best horror premise of the 2010s. That slow walker in the background of every shot haunts me.",
        "horror",
        [],
    )
    a(
        "Rewatched Alien (1979) last night. The pacing is so patient, you barely see the creature properly until the last act.",
        "TrueFilm",
        [],
    )
    a(
        "Good Boys was way funnier than it had any right to be. Three sixth graders and a drone, somehow it works.",
        "moviecritic",
        [],
    )
    a(
        "Saw the F1 movie with my dad who's never watched a race. Now he's asking me about undercuts and tyre deg, so Brad Pitt did his job.",
        "formula1",
        [16],
    )
    a(
        "Anyone else see Him? Horror movie about a college QB prospect training with a legendary veteran, Marlon Wayans is basically playing a Brady cult leader. Weirdest football movie ever made.",
        "nfl",
        [4],
    )
    a(
        "Honestly Conclave (the Ralph Fiennes movie) is not as anti-Church as people said. Lawrence is a man of real faith wrestling with doubt, which is more than most films give us.",
        "Catholicism",
        [27],
    )
    a(
        "Watched Good Boy, the horror movie shot entirely from the dog's point of view, and had to hug my dog afterward. Indy deserved an award.",
        "dogs",
        [11],
    )
    a(
        "My cat watched Flow with me and meowed every time the little black cat got into trouble. 10/10, cat approved.",
        "cats",
        [30],
    )
    a(
        "Marty Supreme got more people at my club asking about table tennis in one week than the Olympics ever did. Chalamet's footwork was surprisingly decent too.",
        "tabletennis",
        [54],
    )
    a(
        "The Smashing Machine sent me back to Mark Kerr's old Pride fights. The Rock actually nailed that painkiller-era spiral.",
        "MMA",
        [59],
    )
    a(
        "Read The Long Walk in high school and the movie adaptation is way better than I expected. They changed the ending but it works.",
        "books",
        [20],
    )
    a(
        "2025 was the year of King adaptations: The Monkey, The Long Walk, The Running Man, The Life of Chuck. Not all of them landed but what a year to be a fan.",
        "stephenking",
        [20, 21, 23],
    )
    a(
        "Took my 6yo to Zootopia 2 for her first theater movie. She lasted the whole thing and now wants a pet snake named Gary.",
        "Parenting",
        [62],
    )
    a(
        "Oppenheimer in 70mm IMAX. The Trinity test with the sound cut out is the closest I've come to a religious experience in a theater.",
        "AskReddit",
        [42],
    )
    a("Up. Grown man, sobbing ten minutes into a Pixar movie about a balloon house.", "AskReddit", [36])
    a(
        "Eddington. Ari Aster making a COVID lockdown movie felt like reliving 2020 with extra murder, and my whole row was squirming.",
        "AskReddit",
        [70],
    )
    a(
        "The Sinners soundtrack is incredible, 'I Lied to You' has been on repeat all week. Ludwig Göransson deserves every award.",
        "Music",
        [2],
    )
    a(
        "Every time one of these companies demos a flirty voice assistant I think of Her. Spike Jonze basically wrote their product roadmap in 2013.",
        "technology",
        [35],
    )
    a(
        "Companion (2025) nailed the AI girlfriend app era. A robot finding out her owner can just slide her intelligence setting down is way too plausible.",
        "technology",
        [5],
    )
    a(
        "Walked down Figueroa today and realised I was standing where they shot the bank shootout in Heat. Downtown still looks exactly like Michael Mann's LA at night.",
        "LosAngeles",
        [37],
    )
    a(
        "Sentimental Value taking the Grand Prix at Cannes is huge for Norwegian film. Renate Reinsve and Joachim Trier reuniting, of course it was going to be good.",
        "Norway",
        [55],
    )
    a(
        "Sorry, Baby is the first movie I've seen that gets the weird, boring, endless aftermath of assault right. It isn't about the event, which happens offscreen, it's about the years afterward: the admin, the friends who don't know what to say, the way your own house stops feeling safe, and still having to go to work and grade papers. There's a scene with a stranger at a sandwich shop that made me sob in a way I didn't expect. Eva Victor made something really special.",
        "TwoXChromosomes",
        [58],
    )
    a(
        "The Wild Robot is the one robot movie my whole lab agreed on. Roz learning from her environment is basically reinforcement learning with better animation.",
        "robotics",
        [50],
    )
    a(
        "Arrival gets recommended here constantly and yes the Sapir-Whorf stuff is overstated, but Louise Banks is still the best fictional linguist ever put on screen.",
        "linguistics",
        [38],
    )
    a(
        "A$AP Rocky holding his own against Denzel in Highest 2 Lowest was not on my bingo card. Spike Lee clearly gave him room to play.",
        "hiphopheads",
        [69],
    )
    a(
        "F1 really needs to sort out dirty air before the 2026 regs, nobody can follow closer than a second through the fast corners.",
        "formula1",
        [],
    )
    a("Ferrari's pace drop in the second stint was painful to watch. Same story every race.", "formula1", [])
    a(
        "Heat culture is real. Spoelstra turning undrafted guys into rotation players every year is the most impressive thing in the league.",
        "nba",
        [],
    )
    a("Shai is HIM. Dropped 40 again last night and nobody's even talking about it.", "nba", [])
    a(
        "Cam's Superman celebration after every rushing TD was the best part of that 2015 Panthers run.",
        "nfl",
        [],
    )
    a(
        "Eden Hazard at Chelsea was genuinely unplayable. Shame Madrid only got the injured version.",
        "soccer",
        [],
    )
    a("Keeper had an absolute shocker, the second goal went straight through his hands.", "soccer", [])
    a(
        "His flow on the second verse is insane, and the beat switch into that trap drum pattern caught me completely off guard.",
        "hiphopheads",
        [],
    )
    a("Drop date finally confirmed for Friday at midnight. We're so back.", "hiphopheads", [])
    a(
        "We've been together 6 years and he still won't talk about marriage. Every time I bring it up he says 'we're basically married already' and changes the subject. Him and his mom are extremely close, like daily phone calls close, and she's made a few comments about how 'there's no rush' that make me think she's part of it. I'm 31 and I want kids. Am I wrong to give him a deadline, or is that manipulative? I don't want to be that person but I also don't want to wait another 6 years.",
        "relationships",
        [],
    )
    a(
        "Our friendship just fell apart after I moved across the country. Is it normal to grieve a friend like a breakup?",
        "relationships",
        [],
    )
    a(
        "She says my presence isn't enough, that I'm physically there but always on my phone. Fair point honestly. How do I fix it?",
        "relationships",
        [],
    )
    a(
        "Made the 40 clove garlic chicken last night and the whole apartment smelled incredible. Definitely a keeper.",
        "Cooking",
        [],
    )
    a(
        "Cranked the heat up to sear the steak like every video says, cast iron ripping hot, and set off every smoke alarm in the building. Three floors of neighbors in the hallway in their pajamas, one guy holding a cat. The steak was perfect though, medium rare edge to edge. I now own a box fan dedicated to this purpose. Send help.",
        "Cooking",
        [],
    )
    a(
        "Ended up with a total Frankenstein build: 2014 Fractal case with the 5.25 bays ripped out, new AM5 board and a 7800X3D, RAM I found on sale, and my old 1080 Ti carrying on until GPU prices drop. The front panel USB doesn't work because the header is the old style and the cable management is a crime scene, but it boots, temps are fine and it runs everything I play at 1440p. Sometimes good enough is good enough.",
        "buildapc",
        [],
    )
    a(
        "Massive frame drops in every game since the last driver update, anyone else? Rolled back and it's fine.",
        "buildapc",
        [],
    )
    a("Astarion is the best companion in any RPG ever made, fight me.", "gaming", [])
    a(
        "Modern Warfare 2019 was the last CoD campaign I actually finished. Everything since feels like a glorified tutorial.",
        "gaming",
        [],
    )
    a(
        "Which weapons are worth upgrading early? I keep dumping smithing stones into stuff I abandon two hours later.",
        "gaming",
        [],
    )
    a(
        "Watching the conclave coverage in May was surreal. The whole square erupted when the white smoke came out.",
        "Catholicism",
        [],
    )
    a(
        "We are all sinners. The point of confession isn't to feel perfect afterward, it's to keep coming back.",
        "Catholicism",
        [],
    )
    a(
        "Finally hit an Eddington number of 50 (miles). Took me four years of stubborn weekend rides.",
        "cycling",
        [],
    )
    a(
        "Fun fact: the ancient Greeks believed in bugonia, that bees could be generated from the carcass of a dead ox. Virgil has a whole passage on it in the Georgics.",
        "Beekeeping",
        [],
    )
    a(
        "Appraiser said it's worth maybe $40, but the sentimental value is huge. It was my grandmother's sewing box.",
        "Antiques",
        [],
    )
    a(
        "My 11 year old lab finally learned to ring the bell to go outside. Such a good boy, old dogs really can learn new tricks.",
        "dogs",
        [],
    )
    a(
        "Poor things were soaked when we found them under the porch. All four kittens are dry, fed and purring now!",
        "cats",
        [],
    )
    a(
        "Three twisters touched down within ten miles of us last night. Everyone's safe but the neighbor's barn is gone.",
        "weather",
        [],
    )
    a(
        "It's one battle after another with my 3 year old at bedtime. Bath, teeth, pajamas, every step is a negotiation. Any tips?",
        "Parenting",
        [],
    )
    a(
        "AI companion apps are booming and the whole thing feels like a Black Mirror episode nobody asked for.",
        "technology",
        [],
    )
    a(
        "Just finished Hamnet by Maggie O'Farrell and I'm wrecked. The chapter tracing the plague's journey to Stratford is genius.",
        "books",
        [],
    )
    a(
        "The Long Walk is still my favourite Bachman book. That ending stays with you for weeks.",
        "stephenking",
        [],
    )
    a("Up until I was 20 I thought the saying was 'it's a doggy dog world'.", "AskReddit", [])
    a("The new single has a massive drop at 2:10, festival crowds are going to lose it.", "Music", [])
    a(
        "The heat in the Valley today is unreal, 112 in Woodland Hills and my AC just gave up.",
        "LosAngeles",
        [],
    )
    a(
        "Why do so many English speakers say 'him and me went' instead of 'he and I went'? And is 'us' as a subject, like 'us kids went', regional or just informal?",
        "linguistics",
        [],
    )
    a(
        "Running Man has been on since 2010 and it's still my comfort show. The name tag elimination episodes never get old.",
        "kpop",
        [],
    )
    a(
        "Why did the Civil War drag on for four years when the Union had such an overwhelming industrial advantage?",
        "AskHistorians",
        [],
    )
    a(
        "My forehand has no flow, I muscle every single shot. Coach keeps telling me to relax the wrist.",
        "tabletennis",
        [],
    )

    # The eighth batch: an eighth session, given a catalogue of its own (50 other films whose titles are
    # ordinary words, ids 101-150) and the fifth batch's brief; scored before any rule was changed for it
    # (P 0.698 R 0.960): the rules had been written for the first catalogue's words.
    batch = "eighth"
    a(
        "Eggers' Nosferatu is the first horror movie in years that actually made me feel cold watching it. Skarsgård is unrecognizable.",
        "movies",
        [135],
    )
    a(
        "Honestly the 1922 Nosferatu still holds up better than most stuff on streaming. The shadow on the stairs shot is iconic for a reason.",
        "movies",
        [],
    )
    a(
        "nosferatu 2024 > nosferatu 1979, fight me. herzog's is beautiful but kinski's count never scared me",
        "horror",
        [135],
    )
    a(
        "Zendaya in Challengers >>> Zendaya in anything else, and that Reznor/Ross score goes so hard I listen to it at the gym",
        "movies",
        [136],
    )
    a(
        "Freaky Friday (2003) is a perfect movie and I will hear no slander. Jamie Lee Curtis doing the teenage voice is peak comedy.",
        "movies",
        [],
    )
    a(
        "freakier was fine but it was basically a greatest-hits reel of the first one. lindsay still has it tho",
        "moviecritic",
        [123],
    )
    a(
        "The Naked Gun reboot had no right being this funny. Liam Neeson deadpanning through every absurd gag is cinema.",
        "movies",
        [122],
    )
    a(
        "Nothing will ever top the original Naked Gun. Leslie Nielsen dressed as the umpire at the Angels game is the funniest ten minutes of the 80s.",
        "movies",
        [],
    )
    a(
        "Watched the 1988 Naked Gun and the new one back to back. New one is surprisingly respectful of the formula and Neeson was a great pick.",
        "flicks",
        [122],
    )
    a("The 1997 Anaconda is so bad it's good. Jon Voight's accent alone deserves an Oscar.", "movies", [])
    a(
        "Rewatching the 1997 Anaconda before the new one, which is apparently Jack Black and Paul Rudd trying to remake Anaconda and getting attacked by a real snake? Love that concept.",
        "movies",
        [104],
    )
    a(
        "Rewatched The Black Phone last night, Ethan Hawke in that mask is still so unsettling. Mason Thames carried that movie.",
        "horror",
        [],
    )
    a(
        "black phone 2 leaning into the dream / winter camp thing was a smart move, felt way more like a Nightmare on Elm Street than the first one",
        "horror",
        [124],
    )
    a(
        "The Accountant (2016) is a weird, great little movie nobody talks about. An autistic accountant who's also an assassin is a wild pitch that somehow works.",
        "movies",
        [],
    )
    a("Accountant 2 is basically a buddy comedy with Bernthal and I'm not complaining", "movies", [118])
    a(
        "Speak No Evil (2022), the Danish one, has one of the most upsetting endings I've ever seen. Do not put it on for date night lol",
        "horror",
        [],
    )
    a(
        "The Speak No Evil remake changes the ending completely but James McAvoy is so unhinged it kind of works anyway",
        "movies",
        [140],
    )
    a(
        "If you liked Speak No Evil (the McAvoy one), try Blink Twice and Strange Darling. All three have that slow 'oh no, something is very wrong here' feeling.",
        "MovieSuggestions",
        [140, 141, 149],
    )
    a(
        "Heretic, Babygirl and Queer all in the same season was a ridiculous run for A24.",
        "A24",
        [113, 114, 115],
    )
    a(
        "hertic with hugh grant was sooo good until the last 20 min, then it just kinda falls apart",
        "moviecritic",
        [113],
    )
    a(
        "What struck me about Queer is how Guadagnino lets Craig be pathetic. It's a Burroughs adaptation that's more about longing than junk, and the last act in the jungle is where it either works for you or doesn't.",
        "TrueFilm",
        [115],
    )
    a(
        "Babygirl was way funnier than the marketing let on. Kidman and Harris Dickinson have really strange chemistry in the best way",
        "A24",
        [114],
    )
    a(
        "Dan Stevens in Abigail and Cuckoo in the same year is a whole genre of performance",
        "horror",
        [116, 138],
    )
    a(
        "juror 2 is the best movie nobody saw last year, nicholas hoult sweating through every single deliberation scene",
        "flicks",
        [117],
    )
    a(
        "Nuremberg works best in the cell scenes between Malek and Crowe; once it moves into the courtroom it starts to feel like a history lesson.",
        "TrueFilm",
        [119],
    )
    a(
        "Reichardt's The Mastermind is the most anti-heist heist movie ever made and I loved every slow minute of it.",
        "criterion",
        [120],
    )
    a(
        "Hugh Jackman and Kate Hudson in Song Sung Blue as a married Neil Diamond tribute act... I went in expecting cheese and ugly cried in the theater",
        "movies",
        [121],
    )
    a(
        "Twinless ★★★★\ndylan o'brien acting against himself and james sweeney being the funniest creep alive",
        "Letterboxd",
        [125],
    )
    a(
        "Opus was such a letdown. Malkovich as a reclusive pop star is a great idea and then it turns into Midsommar-lite.",
        "A24",
        [126],
    )
    a(
        "Holland is one of the weirdest Nicole Kidman movies, and that's saying something. The tulip town setting is creepy as hell.",
        "movies",
        [127],
    )
    a(
        "Ballerina does the flamethrower fight better than anything in Chapter 4. Ana de Armas earned this.",
        "JohnWick",
        [128],
    )
    a(
        "Went to Ballerina straight from my niece's ballerina recital. She was very confused about why the ballerina had a flamethrower.",
        "movies",
        [128],
    )
    a(
        "For kids 8+ that won't bore the adults: Sketch (the Tony Hale one where the drawings come to life), The Wild Robot, Paddington 2.",
        "MovieSuggestions",
        [129],
    )
    a(
        "The Roses is fine but it's no War of the Roses. Colman and Cumberbatch insulting each other is fun for about an hour.",
        "movies",
        [130],
    )
    a(
        "Honey Dont is a hangout movie pretending to be a noir. Margaret Qualley is a star though.",
        "movies",
        [131],
    )
    a(
        "Regretting You is going to make money and zero critics will like it. That's the Colleen Hoover adaptation formula at this point.",
        "moviecritic",
        [132],
    )
    a(
        "The Housemaid is going to be the surprise holiday hit. Sweeney + Seyfried + Paul Feig doing a McFadden adaptation is catnip.",
        "boxoffice",
        [133],
    )
    a(
        "The Housemaid (2010) by Im Sang-soo is wild, that ending in the mansion is burned into my brain. It's also a remake of the 1960 Kim Ki-young classic.",
        "movies",
        [],
    )
    a(
        "Is This Thing On? is Bradley Cooper making a small movie about stand-up and divorce, and Will Arnett is shockingly good in it",
        "movies",
        [134],
    )
    a("Kieran Culkin for A Real Pain is the lock of the season. Nobody's beating him.", "oscarrace", [143])
    a(
        "Marianne Jean-Baptiste getting snubbed for Hard Truths is the worst miss of the season.",
        "oscarrace",
        [146],
    )
    a(
        "Nickel Boys getting Best Picture and Adapted Screenplay noms was the right call, but that POV cinematography deserved more.",
        "oscarrace",
        [147],
    )
    a(
        "Colman Domingo's nom for Sing Sing was deserved but Clarence Maclin getting left out of supporting still hurts.",
        "oscarrace",
        [142],
    )
    a("SING SING DESERVED A BEST PICTURE NOMINATION. I will not be taking questions.", "movies", [142])
    a(
        "September 5 is a very tense movie about people staring at monitors. Sarsgaard and Magaro are great, really underrated.",
        "movies",
        [145],
    )
    a(
        "Saturday Night is chaotic in the best way, the 90 minutes before the first SNL goes to air. The whole thing feels almost real-time.",
        "movies",
        [144],
    )
    a("Strange Darling - 4/5. do NOT read anything about it first", "Letterboxd", [149])
    a(
        "love lies bleeding made me feel like i'd been hit by a truck. kristen stewart and katy o'brian, that ending lmaooo",
        "A24",
        [150],
    )
    a(
        "The Fall Guy is a love letter to stunt people. Gosling crying to Taylor Swift in the car is peak.",
        "movies",
        [139],
    )
    a(
        "People under 40 don't know The Fall Guy was a Lee Majors TV show first. That theme song is a banger.",
        "movies",
        [],
    )
    a(
        "Immaculate's last ten minutes are insane. Sydney Sweeney screaming in that tunnel will stay with me.",
        "horror",
        [137],
    )
    a("Abigail is a blast. Radio Silence should just make vampire ballerina movies forever", "horror", [138])
    a(
        "My daughter Abigail is personally offended that a vampire movie stole her name. Abigail (2024) is a fun watch though, don't tell her.",
        "horror",
        [138],
    )
    a(
        "Saw Eternity this weekend and it felt like an eternity. Two hours of Elizabeth Olsen choosing between two dudes, no thanks.",
        "moviecritic",
        [101],
    )
    a(
        "relay with riz ahmed is a solid old school thriller, the whole plot hinges on the deaf relay service calls and it's weirdly tense",
        "movies",
        [102],
    )
    a(
        "Christy opening to $1.3M is brutal. Sweeney went all in on that role and nobody showed up.",
        "boxoffice",
        [103],
    )
    a("Afterburn is a Bautista B-movie that knows exactly what it is. Dumb, loud, fun.", "movies", [105])
    a(
        "Splitsville had me dying, the fight in the house is one of the best comedic fight scenes in years",
        "movies",
        [106],
    )
    a(
        "Caught Stealing is Aronofsky having fun for once. Austin Butler getting beat up all over 90s New York for two hours.",
        "movies",
        [107],
    )
    a(
        "Die My Love is exhausting on purpose. Jennifer Lawrence gives it everything and Ramsay never once lets you settle. I admired it more than I enjoyed it, and I think that's the point: the film puts you in the head of someone who can't get out of her own.",
        "TrueFilm",
        [108],
    )
    a(
        "Rental Family is the most wholesome thing Brendan Fraser has done. Hikari made Tokyo feel lonely and warm at the same time.",
        "movies",
        [109],
    )
    a(
        "Train Dreams on Netflix is gorgeous. Joel Edgerton barely speaks and it's still devastating.",
        "movies",
        [110],
    )
    a(
        "dust bunny looks like Bryan Fuller making a Jeunet movie with Mads Mikkelsen as a hitman killing the monster under a kid's bed, sign me up",
        "horror",
        [111],
    )
    a(
        "Novocaine is a dumb premise executed well. Jack Quaid not feeling pain means every gag is a full-body cringe in the best way.",
        "movies",
        [112],
    )
    a(
        "my 2024 top 10:\n1. nickel boys\n2. challengers\n3. a real pain\n4. sing sing\n5. nosferatu\n6. hard truths\n7. love lies bleeding\n8. didi\n9. strange darling\n10. the fall guy (guilty pleasure)",
        "Letterboxd",
        [135, 136, 139, 142, 143, 146, 147, 148, 149, 150],
    )
    a("Saw Hard Truths last night and the hard truth is Mike Leigh hasn't lost a step.", "movies", [146])
    a("channing tatum was so creepy in blink twice, didnt know he had that in him", "moviecritic", [141])
    a("Barry Lyndon is Kubrick's opus and I'll die on this hill.", "criterion", [])
    a(
        "What's a movie that felt like an eternity to sit through even though it was under 100 minutes?",
        "movies",
        [],
    )
    a(
        "Jesse Eisenberg's A Real Pain 4.5/5. the train scene where benji won't sit in first class wrecked me",
        "Letterboxd",
        [143],
    )
    a(
        "Challengers is the only tennis movie where the tennis actually looks like tennis, even if the ball-POV shot is ridiculous.",
        "tennis",
        [136],
    )
    a(
        "Christy Martin's story deserved a movie and Sweeney really put on the muscle for Christy. The fight scenes looked legit.",
        "boxing",
        [103],
    )
    a(
        "Heretic hit way too close to home. The two sister missionaries and the awkward doorstep small talk were spot on.",
        "exmormon",
        [113],
    )
    a(
        "As someone from West Michigan, watching Holland with Nicole Kidman was surreal. They made Tulip Time look like a cult, which, honestly, if you've ever been stuck behind the street scrubbers and the wooden-shoe dancers for an hour, is not that far off. The house they used looked exactly like every house in my grandparents' neighborhood. The plot gets pretty silly in the last half hour but the vibe of the town is dead on.",
        "Michigan",
        [127],
    )
    a(
        "Caught Stealing nailed the 1998 Lower East Side, dive bars and all. Felt like my uncle's stories.",
        "nyc",
        [107],
    )
    a(
        "Austin Butler playing a die-hard Giants fan in Caught Stealing is the best Giants representation in cinema history",
        "baseball",
        [107],
    )
    a(
        "Watched September 5 last night. Growing up in Munich it was strange seeing the Olympic village only through the ABC control room monitors.",
        "germany",
        [145],
    )
    a(
        "Didi is so specifically Fremont it hurts. The boba shop, the skate spots, the moms. It's my middle school.",
        "bayarea",
        [148],
    )
    a(
        "Saw Rental Family at a screening here. The rental family industry is real and the movie treats it more respectfully than I expected.",
        "japanlife",
        [109],
    )
    a(
        "Will Arnett doing open mics in Is This Thing On? is the most realistic depiction of bombing I've seen on screen",
        "StandUpComedy",
        [134],
    )
    a(
        "Patient asked if novocaine would turn him into the guy from Novocaine the movie lol. Had to explain it wears off in a couple hours.",
        "Dentistry",
        [112],
    )
    a(
        "The fake pop songs in Opus are actually catchy. Makes sense once you learn Nile Rodgers and The-Dream wrote them.",
        "Music",
        [126],
    )
    a(
        "My parents saw Lightning & Thunder play a bar in Milwaukee in the 90s. Can't believe Song Sung Blue turned them into a Hugh Jackman movie.",
        "OldSchoolCool",
        [121],
    )
    a(
        "Read The Nickel Boys for class, then saw the movie. The first-person camera thing works way better than I expected.",
        "books",
        [147],
    )
    a(
        "Katy O'Brian's physique in Love Lies Bleeding is my new goal, woman is built like a tank",
        "Fitness",
        [150],
    )
    a(
        "Our priest recommended we NOT see Immaculate lol. Saw it anyway. It's a Sydney Sweeney horror movie, not theology, relax.",
        "Catholicism",
        [137],
    )
    a("Twinless was hard to watch as an identical twin. The support group scenes got me.", "twins", [125])
    a(
        "How accurate is Nuremberg (2025) about Douglas Kelley's interviews with Göring? Did he really get that close to him?",
        "AskHistorians",
        [119],
    )
    a(
        "Train Dreams is set up in the panhandle and it looks exactly like home. Bring tissues.",
        "Idaho",
        [110],
    )
    a(
        "Took my 9 year old to Sketch and she's been drawing monsters all week. Really sweet movie, a bit scary for littler ones.",
        "Parenting",
        [129],
    )
    a(
        "Watched Freakier Friday with my 14yo daughter. She made me promise we will never, ever body swap.",
        "Parenting",
        [123],
    )
    a(
        "The Dust Bunny trailer has more video game energy than most games. A kid hiring Mads Mikkelsen to kill the monster under her bed is basically a Double Fine plot.",
        "gaming",
        [111],
    )
    a(
        "Saturday Night (2024) gets the chaos of that first show right, even if half of it is made up.",
        "snl",
        [144],
    )
    a(
        "Relay actually uses the relay service as a plot device. As a Deaf person I was ready to hate it but it's pretty respectful.",
        "deaf",
        [102],
    )
    a("A Real Pain has made a lot of Americans suddenly want to visit Lublin lol", "poland", [143])
    a(
        "Batista going from the Animal in the ring to leading Afterburn is still a wild career arc",
        "SquaredCircle",
        [105],
    )
    a(
        "Saw Eternity with my grandma and now she keeps asking which of her two husbands she'd pick for the afterlife.",
        "CasualConversation",
        [101],
    )
    a(
        "My girlfriend wants to watch Babygirl on our third date. Is that a signal or am I reading too much into it?",
        "relationship_advice",
        [114],
    )
    a("Our 4x100 relay dropped the baton on the last exchange again. Third meet in a row.", "running", [])
    a(
        "Signed up for a marathon relay with coworkers, I'm doing the 10k leg. Any tips for running it after sitting in a van all morning?",
        "running",
        [],
    )
    a("Wired a 12V relay to my garage door opener with an ESP32, works great.", "homeautomation", [])
    a("Please stop calling the whole country Holland. Holland is two provinces.", "Netherlands", [])
    a("Planning a Holland trip in April for the tulips, is Keukenhof worth the crowds?", "travel", [])
    a("Tom Holland back in the suit for Brand New Day, filming pics look great", "Spiderman", [])
    a(
        "He said he'd call and then nothing for three days. The eternity of waiting is the worst part. I keep checking my phone, I've rewritten the same text four times and deleted it, and my friends all say different things: one says double text, one says he's obviously not interested, one says wait a week. We've been on five dates and he's the one who always initiated before. Am I overthinking this or is this the slow fade?",
        "relationship_advice",
        [],
    )
    a(
        "What does scripture actually say about eternity? Is it endless time or outside of time altogether?",
        "Christianity",
        [],
    )
    a("Beethoven's Opus 131 is the greatest thing ever written, don't @ me.", "Music", [])
    a("Finally finished my opus, a 3 month graphite drawing of my dog.", "drawing", [])
    a(
        "Do a quick gesture sketch every day for 30 days, your lines will improve more than you'd think.",
        "drawing",
        [],
    )
    a("Is anyone still using Sketch or has everyone moved to Figma at this point?", "graphic_design", [])
    a("The cold open sketch Saturday night was rough, the ending just fizzled.", "snl", [])
    a("Reclaiming queer as an identity label has been a huge thing for my generation.", "lgbt", [])
    a("Restored my grandfather's Black Forest cuckoo clock, the bird works again!", "woodworking", [])
    a(
        "Why was Jan Hus burned as a heretic in 1415 while Luther survived a century later?",
        "AskHistorians",
        [],
    )
    a(
        "Planning Abigail's 7th birthday party, any ideas for a unicorn theme that doesn't cost a fortune?",
        "Parenting",
        [],
    )
    a(
        "Christy Mathewson throwing three shutouts in the 1905 World Series is still the most absurd postseason run ever.",
        "baseball",
        [],
    )
    a(
        "Didi Gregorius was so underrated replacing Jeter. That 3-run homer in the 2017 Wild Card game still gives me chills.",
        "baseball",
        [],
    )
    a("Use DiDi in China, it's basically Uber and it works with foreign cards now.", "travel", [])
    a("Getting caught stealing second base to end the game is the worst way to lose.", "baseball", [])
    a(
        "Is it normal for novocaine to last 5 hours? My lip is still numb from the dentist.",
        "NoStupidQuestions",
        [],
    )
    a("The Knicks play defense like they're on novocaine in the fourth quarter.", "nba", [])
    a(
        "Hard truths about budgeting: you can't out-earn a $900 car payment on a $50k salary. I see this sub every week, someone with a 72-month loan on a truck asking how to cut groceries by $40. The groceries aren't the problem. Sell the truck, eat the loss, buy a $9k Corolla with cash and you'll be ahead in two years.",
        "personalfinance",
        [],
    )
    a("What are your Saturday night plans? Mine involve a couch and a frozen pizza.", "AskReddit", [])
    a("Sciatica is a real pain in the neck, well, the butt. Anyone had luck with PT?", "backpain", [])
    a("Sing Sing prison in Ossining is supposedly where the phrase 'up the river' comes from.", "history", [])
    a(
        "The roses in my garden got black spot again this year. Neem oil or just rip them out?",
        "gardening",
        [],
    )
    a("The roses at the Brooklyn Botanic Garden are peaking this week, go before the heat wave.", "nyc", [])
    a(
        "My friend and I have a code at parties: blink twice if you need me to get you out of a conversation.",
        "TwoXChromosomes",
        [],
    )
    a("Ringo singing Honey Don't on Beatles for Sale is so underrated.", "Music", [])
    a("Honey don't need to go in the fridge, it just crystallizes. Keep it in the pantry.", "Cooking", [])
    a(
        "Hard deadline: September 5 is when our extension paperwork has to be with the accountant.",
        "personalfinance",
        [],
    )
    a(
        "Every client thinks the accountant is a magician. No, I cannot make your 2019 receipts appear.",
        "Accounting",
        [],
    )
    a(
        "I was juror #2 on a civil trial last week (Ohio, county court). Now that the verdict's in, am I allowed to talk about the case? One of the attorneys' paralegals emailed asking if I'd do a short interview about how we reached the verdict. The judge said something at the end about being free to discuss it but I don't remember exactly what, and I don't want to get in trouble.",
        "legaladvice",
        [],
    )
    a(
        "Found a dust bunny the size of a cat under my bed. How do I stop them forming? I vacuum twice a week.",
        "CleaningTips",
        [],
    )
    a(
        "Had train dreams as a kid and now I'm a conductor for BNSF. Living the dream, minus the schedule.",
        "trains",
        [],
    )
    a(
        "The afterburn on an F-14 taking off at night was unreal. Nothing today sounds like that.",
        "aviation",
        [],
    )
    a("Splitsville after 4 years. She kept the dog and the apartment.", "relationship_advice", [])
    a(
        "Rental family services in Japan are real, people hire fake relatives for weddings and funerals.",
        "japanlife",
        [],
    )
    a(
        "Mastermind was my favorite game as a kid, the one with the colored pegs. Holds up surprisingly well.",
        "boardgames",
        [],
    )
    a("The mastermind of the Gardner Museum heist has still never been identified.", "AskReddit", [])
    a(
        "My dad used to sing Song Sung Blue in the car every single Sunday. Neil Diamond forever.",
        "OldSchoolCool",
        [],
    )
    a("Funeral for a Friend / Love Lies Bleeding is the best album opener of all time.", "Music", [])
    a(
        "That's love-lies-bleeding (Amaranthus caudatus), the drooping red tassels are a dead giveaway.",
        "gardening",
        [],
    )
    a("My daughter's first ballerina recital is Saturday and I'm more nervous than she is.", "ballet", [])
    a(
        "Shoutout to the housemaid at our hotel in Lisbon who found my wedding ring tangled in the sheets.",
        "travel",
        [],
    )
    a("Twinless twins support groups exist and they helped me so much after my sister passed.", "twins", [])
    a("Is this thing on? My mic shows activity in Windows but Discord hears nothing.", "techsupport", [])
    a("Why do Challengers hold their value so much better than Mustangs?", "cars", [])
    a("Fit is immaculate, the boots really tie it together.", "malefashionadvice", [])
    a(
        "The Immaculate Conception is about Mary being conceived without original sin, not the virgin birth. Common mix-up.",
        "Catholicism",
        [],
    )
    a(
        "'Strange darling' is how my grandmother opened every letter she ever wrote me.",
        "CasualConversation",
        [],
    )
    a(
        "Anaconda environment keeps breaking after every conda update, should I just switch to uv?",
        "Python",
        [],
    )
    a(
        "AITA for refusing to be the fall guy when my boss's project failed and he wanted me to take the blame?",
        "AmItheAsshole",
        [],
    )
    a(
        "Total Freaky Friday energy at work today: my manager was doing my job and I was stuck in his meetings.",
        "CasualConversation",
        [],
    )
    a(
        "The three monkeys, see no evil, hear no evil, speak no evil, have roots in Japanese Koshin belief, not Buddhism directly.",
        "NoStupidQuestions",
        [],
    )
    a(
        "Christy Martin was a pioneer. Fighting on Tyson undercards in the 90s when nobody took women's boxing seriously.",
        "boxing",
        [],
    )
    a(
        "The Nickel Boys is Whitehead's best book imo, shorter and meaner than The Underground Railroad.",
        "books",
        [],
    )
    a(
        "Regretting You is the one Hoover book I actually liked, the mom/daughter POV switching really works.",
        "books",
        [],
    )
    a(
        "Just finished The Housemaid by Freida McFadden in one sitting. Need something with a twist that good.",
        "books",
        [],
    )
    a(
        "Nuremberg Christmas market is worth it, just get the Drei im Weggla and avoid the weekend crowds.",
        "germany",
        [],
    )

    # The ninth batch: a ninth session, given a third catalogue (50 more films whose titles are ordinary
    # words, ids 201-250) and the fifth batch's brief. Scored once the eighth batch's rule was in, before
    # any rule was changed for it: P 0.809 R 0.921 (0.773 / 0.911 on the rules of the session before).
    batch = "ninth"
    a(
        "drive is one of those movies where the soundtrack does half the work. nightcall over the opening credits is perfect",
        "movies",
        [204],
    )
    a(
        "Peele's Get Out is still the best horror debut of the last decade imo, nothing else comes close",
        "horror",
        [205],
    )
    a(
        "McAvoy in Split is doing like six different performances at once and people slept on it because it's a Shyamalan movie",
        "movies",
        [206],
    )
    a(
        "Glass was such a letdown after Unbreakable and Split. Setting the whole finale in a hospital parking lot was a choice.",
        "movies",
        [206, 207],
    )
    a(
        "old was so bad it looped back around to being fun. the shyamalan beach one, not oldboy. the dialogue is so stilted it has to be on purpose",
        "horror",
        [208],
    )
    a(
        "Pig is not the John Wick with a truffle pig that the trailer sold, and I'm so glad. Cage has never been better.",
        "movies",
        [209],
    )
    a(
        "FRESH on hulu is a wild ride. the opening credits dropping like 30 minutes in is such a power move",
        "horror",
        [210],
    )
    a(
        "Garland's Men is a movie I respect more than I enjoy. Rory Kinnear playing every guy in the village is a genius touch though.",
        "A24",
        [211],
    )
    a(
        "Mia Goth's monologue in Pearl is one of the best single takes I've seen in years. Ti West just gave her the room to go.",
        "A24",
        [212],
    )
    a(
        "Going in blind to Barbarian was the best decision I made in 2022. Don't even watch the trailer, just trust me.",
        "horror",
        [213],
    )
    a(
        "infinity pool was fine but it felt like cronenberg jr wanted to shock more than say anything. mia goth carried",
        "horror",
        [214],
    )
    a(
        "Austin Butler in Elvis deserved that Oscar, I don't care what anyone says. Luhrmann's editing was exhausting tho",
        "movies",
        [215],
    )
    a(
        "Babylon is a three hour mess and I loved every minute. The elephant in the first ten minutes tells you exactly what you're in for, and then the battlefield shoot and the first talkie scene with Margot Robbie trying to hit her mark are two of the funniest sequences Chazelle has ever done. The ending montage is divisive but I thought it earned it. It bombed, sure, but so did a lot of movies we now call classics.",
        "movies",
        [216],
    )
    a(
        "Soul hits completely different when you're in your 30s and wondering if you picked the right career",
        "Pixar",
        [218],
    )
    a(
        "ranking the recent ones: turning red > soul > luca > elemental. fight me",
        "Pixar",
        [218, 219, 221, 230],
    )
    a(
        "My kids have watched Encanto probably 200 times. I can recite every line of We Don't Talk About Bruno against my will.",
        "movies",
        [220],
    )
    a(
        "Belfast winning Original Screenplay over Licorice Pizza still bugs me. Lovely movie, Branagh's best in years, but not that.",
        "oscarrace",
        [222],
    )
    a(
        "Kristen Stewart getting the Oscar nom for Spencer was deserved, but the SAG and BAFTA snubs before that were wild.",
        "oscarrace",
        [223],
    )
    a(
        "Minari made me call my grandma. Youn Yuh-jung deserved every award she got for that role.",
        "A24",
        [224],
    )
    a(
        "Stillwater is way better than its marketing. Everyone thought it was Taken with Matt Damon and it's really a slow character study.",
        "movies",
        [225],
    )
    a(
        "James Wan's Malignant has the most insane third act I've seen in a mainstream horror movie. Gabriel forever.",
        "horror",
        [226],
    )
    a("MALIGNANT IS A MASTERPIECE AND I WILL NOT BE TAKING QUESTIONS", "horror", [226])
    a(
        "bullet train was dumb fun. brad pitt carried it and brian tyree henry's thomas the tank engine bit was the best part",
        "movies",
        [228],
    )
    a(
        "Elemental's legs were genuinely impressive. Opened terribly and still ended up near $500M worldwide.",
        "boxoffice",
        [230],
    )
    a(
        "Wish bombing during Disney's 100th anniversary is such a perfect summary of where the studio is right now.",
        "boxoffice",
        [231],
    )
    a(
        "Migration quietly made about $300M worldwide. Illumination can do no wrong at the box office.",
        "boxoffice",
        [232],
    )
    a(
        "Coppola's Priscilla makes a great double feature with Elvis. Jacob Elordi being 6'5\" and playing Elvis was distracting though.",
        "movies",
        [215, 233],
    )
    a(
        "Maestro got seven nominations and zero wins. Campaigning that hard for a year and going home empty-handed is brutal.",
        "oscarrace",
        [234],
    )
    a(
        "Mann's Ferrari has one of the most shocking crash scenes I've ever seen in a theater. Audible gasps all around me.",
        "movies",
        [235],
    )
    a(
        "DuVernay's Origin is structurally messy, and I get why some critics bounced off it. But I admire how it tries to turn a nonfiction book like Caste into a narrative film at all: instead of dramatizing the argument directly, she makes Wilkerson's grief and research the spine and lets the historical vignettes (Nazi Germany, India, the Jim Crow South) play like illustrations in her head. Aunjanue Ellis-Taylor holds it together even when the script starts lecturing.",
        "TrueFilm",
        [236],
    )
    a(
        "BlackBerry is the best of the 'product movies' by a mile. Glenn Howerton screaming into a phone is worth the price of admission alone.",
        "movies",
        [237],
    )
    a(
        "tetris (2023) was more fun than it had any right to be. taron egerton running around the USSR trying to sell a video game, somehow a thriller",
        "movies",
        [238],
    )
    a(
        "Living with Bill Nighy is a respectful remake of Ikiru. Ishiguro's script is gentle, but Kurosawa's is still the one.",
        "criterion",
        [239],
    )
    a(
        "Lukas Dhont's Close destroyed me. The last half hour is one of the hardest things I've ever watched.",
        "TrueFilm",
        [240],
    )
    a(
        "Red One is what happens when you spend $250M on a Christmas movie nobody asked for. The Rock and Chris Evans had zero chemistry.",
        "movies",
        [241],
    )
    a(
        "hit man ★★★★½ — glen powell is a movie star and linklater knows exactly what to do with him",
        "Letterboxd",
        [242],
    )
    a(
        "Andrea Arnold's Bird is a strange one. Barry Keoghan as the messy but loving dad and Franz Rogowski doing whatever he's doing up on those roofs.",
        "A24",
        [244],
    )
    a(
        "McQueen's Blitz was fine but it felt too episodic. Saoirse Ronan is great when she's on screen, which isn't often.",
        "movies",
        [245],
    )
    a(
        "Carry-On on Netflix is basically Die Hard in an airport and honestly I had a great time. Jason Bateman as the villain works.",
        "movies",
        [246],
    )
    a(
        "Imaginary is the worst Blumhouse movie I've seen in a while. A killer teddy bear should at least be fun.",
        "horror",
        [247],
    )
    a(
        "Oddity is the best horror movie of 2024 that nobody saw. That wooden mannequin is going to haunt me.",
        "horror",
        [248],
    )
    a(
        "Joy on Netflix, the IVF one with Thomasin McKenzie and Bill Nighy, not the Jennifer Lawrence mop movie. Really well done and it made me cry.",
        "movies",
        [250],
    )
    a(
        "My 2021 top 5: Pig, The Green Knight, Drive My Car, Spencer, Malignant. Yes, Malignant. I stand by it.",
        "Letterboxd",
        [209, 223, 226],
    )
    a(
        "If you liked Whiplash, try Babylon. Same director, same frantic energy. La La Land too obviously.",
        "MovieSuggestions",
        [203, 216],
    )
    a(
        "For modern horror that isn't just jump scares: Get Out, Barbarian, Men, Pearl, Oddity. Skip Imaginary.",
        "MovieSuggestions",
        [205, 211, 212, 213, 247, 248],
    )
    a(
        "Gravity in IMAX 3D is still the best theater experience I've ever had. Watching it on a laptop is pointless.",
        "flicks",
        [202],
    )
    a(
        "Room wrecked me. Brie Larson and Jacob Tremblay are unreal, and the escape in the truck is one of the most tense scenes I've ever sat through.",
        "movies",
        [201],
    )
    a("ambulance 3/5, gyllenhaal screaming is always a plus", "Letterboxd", [229])
    a(
        "Naru from Prey is the best protagonist this franchise has had since Dutch. Trachtenberg gets it.",
        "Predator",
        [227],
    )
    a(
        "nolans tenent is so overrated, couldn't hear a single line of dialogue over the score",
        "movies",
        [217],
    )
    a(
        "Whiplah is the rare movie where the ending is somehow the best part. That look between Teller and Simmons at the end.",
        "flicks",
        [203],
    )
    a(
        "Rewatched Encanto and noticed Bruno is in the background of so many scenes before he's revealed. Such a good detail.",
        "Encanto",
        [220],
    )
    a(
        "The Room is the only movie I've seen in a theater where people throw plastic spoons at the screen. Oh hi Mark.",
        "movies",
        [],
    )
    a(
        "Joy (2015) is the weakest of the Russell/Lawrence movies. Nobody needed a two hour biopic about a mop.",
        "movies",
        [],
    )
    a(
        "Eastwood's Bird is way better than people remember. Forest Whitaker as Charlie Parker is incredible.",
        "criterion",
        [],
    )
    a(
        "Blitz from 2011 is peak bargain-bin Statham. Him as a London cop chasing a serial killer who targets police, it's fine.",
        "movies",
        [],
    )
    a(
        "Joachim Trier's Thelma is his most underrated film. It's basically a Norwegian Carrie with a queer love story at its heart.",
        "TrueFilm",
        [],
    )
    a(
        "The Adventures of Priscilla, Queen of the Desert is a camp classic and Hugo Weaving in it is a delight.",
        "movies",
        [],
    )
    a(
        "Nobody talks about the Danish thriller Ambulance from 2005. Tight little movie, two brothers, a stolen ambulance and a dying patient in the back.",
        "horror",
        [],
    )
    a(
        "The 1979 Elvis TV movie with Kurt Russell, directed by John Carpenter of all people, is legitimately good.",
        "movies",
        [],
    )
    a("Men in Black 3 is honestly better than 2, fight me", "movies", [])
    a("Get out of here with that take, Fellowship is clearly the best LOTR movie.", "movies", [])
    a(
        "The split between domestic and international grosses this summer is wild. Overseas carried almost everything.",
        "boxoffice",
        [],
    )
    a(
        "Looking for movies about an old man and a kid on a road trip, something with Gran Torino vibes but less bleak.",
        "MovieSuggestions",
        [],
    )
    a("Drive My Car is three hours long and I never once checked my phone.", "Letterboxd", [])
    a("Carry On Screaming is the best of the Carry On films, Kenneth Williams is a riot in it.", "movies", [])
    a("Thelma & Louise's ending still goes so hard, no matter how many times I see it.", "flicks", [])
    a(
        "Prey for the Devil was so forgettable I genuinely forgot I saw it until my Letterboxd reminded me.",
        "horror",
        [],
    )
    a(
        "The original Oldboy, not the Spike Lee remake. Lee's version is completely pointless.",
        "moviecritic",
        [],
    )
    a(
        "Watching Hereditary alone in my living room at 2am was a mistake I will not be repeating.",
        "horror",
        [],
    )
    a(
        "Whiplash made me pick up drumming at 30. My teacher is nothing like Fletcher, thankfully.",
        "drums",
        [203],
    )
    a(
        "Long drive home after a terrible round, put on the Drive soundtrack and pretended I was Ryan Gosling. Helped a little.",
        "golf",
        [204],
    )
    a(
        "After watching Pig I went down a rabbit hole of truffle foraging videos and ended up making the simplest dinner I could: good bread, good butter, a roast chicken, a bottle of wine I couldn't really afford. The scene near the end where he cooks that meal from memory is the best argument for food as memory I've ever seen. I also now need Nic Cage to cook for me and then ask me hard questions about my life.",
        "Cooking",
        [209],
    )
    a(
        "Every time I check into a rental with a weird basement door I think of Barbarian. Last month our host's listing literally said 'please don't go in the basement, it's storage' and my wife and I looked at each other and laughed for a solid minute. We did not go in the basement. If you haven't seen it, go in blind, and maybe don't watch it the night before a trip like I did.",
        "AirBnB",
        [213],
    )
    a(
        "Austin Butler in the Elvis movie was better than I expected, but Tom Hanks' accent as the Colonel is still baffling. Every time he opened his mouth I was pulled out of it. Butler got the voice, the moves, even the way he looked at the crowd in the '68 special, and then Hanks shows up sounding like a cartoon villain from somewhere in Europe. Which I guess is kind of the point, Parker was Dutch, but still.",
        "Elvis",
        [215],
    )
    a(
        "Priscilla the movie was pretty unfair to him imo. Sofia Coppola clearly took Priscilla's side on everything.",
        "Elvis",
        [233],
    )
    a(
        "Gravity gets orbital mechanics pretty wrong, you can't just hop from Hubble to the ISS. Still a great movie though.",
        "space",
        [202],
    )
    a(
        "As a Ligurian, Luca nails the feeling of summers on our coast. Portorosso is basically Vernazza mixed with Riomaggiore.",
        "italy",
        [219],
    )
    a(
        "Turning Red is the most Toronto movie ever made. The SkyDome, the CN Tower, the streetcars, all of it.",
        "toronto",
        [221],
    )
    a(
        "Branagh's Belfast was nice and all but it's a very rose-tinted version of the Troubles.",
        "northernireland",
        [222],
    )
    a(
        "Minari is the only movie I've seen that actually feels like rural Arkansas. The church scene was spot on.",
        "Arkansas",
        [224],
    )
    a(
        "Bullet Train the movie was fun but it's hilarious how little the train resembles a real shinkansen. No real shinkansen has a bar car like that, come on.",
        "japan",
        [228],
    )
    a(
        "Ambulance was shot all over downtown LA and the LA River. Bay's drone shots made the city look insane.",
        "LosAngeles",
        [229],
    )
    a(
        "Ferrari with Adam Driver is less about racing and more about Enzo's mess of a personal life. Still worth it for the Mille Miglia stuff.",
        "formula1",
        [235],
    )
    a(
        "Read Caste after watching Origin and it made me appreciate how hard Ava DuVernay's job was in adapting it.",
        "books",
        [236],
    )
    a(
        "Watching BlackBerry as someone who worked at RIM was surreal. Apparently Glenn Howerton's Balsillie isn't that exaggerated.",
        "waterloo",
        [237],
    )
    a(
        "The Tetris movie on Apple TV is surprisingly good, even if the car chase at the end is completely made up.",
        "gaming",
        [238],
    )
    a(
        "Everyone should watch Thelma with their grandparents. June Squibb falling for a fake grandson call is exactly how my nan got got.",
        "Scams",
        [243],
    )
    a(
        "Went to see Bird because of the title. It's not about birding at all, it's Barry Keoghan and a kid in Kent. Still really good.",
        "birding",
        [244],
    )
    a(
        "Steve McQueen's Blitz made me want to read more about the tube shelters. My great-grandmother lived through the real Blitz in Stepney and never talked about it, except once when my mum asked about a photo and she just said 'we went down the shelter and we came back up' and changed the subject. The film gets the chaos right even if the kid's journey across London felt a bit like a video game level.",
        "london",
        [245],
    )
    a(
        "Watched Carry-On on my flight, which was a bad idea. Taron Egerton as a TSA agent on Christmas Eve made me paranoid about my own bag.",
        "travel",
        [246],
    )
    a(
        "Oddity is proper Irish horror. Damian Mc Carthy did more with one house and a wooden man than most big budget stuff.",
        "ireland",
        [248],
    )
    a(
        "Lee with Kate Winslet is worth seeing if you care about Lee Miller's war photography. The bathtub photo recreation is great.",
        "photography",
        [249],
    )
    a(
        "Just watched Joy on Netflix about the first IVF baby and bawled the whole way through. Two years, three retrievals and one failed transfer into our own journey, and watching Jean Purdy and the others get called monsters for trying to help people like us hit way too close. The science has come so far since 1978 and it still feels like a miracle every time it works. Bring tissues.",
        "IVF",
        [250],
    )
    a(
        "Wish had a gorgeous watercolor look and a forgettable villain. Chris Pine did what he could with Magnifico.",
        "disney",
        [231],
    )
    a(
        "My daughter asked to watch Turning Red again and it led to the period talk earlier than planned. Honestly grateful for it.",
        "Parenting",
        [221],
    )
    a(
        "Red One is on Prime if you want the most chaotic Christmas movie ever. My kids loved it, I fell asleep.",
        "Parenting",
        [241],
    )
    a(
        "Hit Man was shot all over New Orleans and it was fun spotting places I know. Linklater clearly loves the city.",
        "NewOrleans",
        [242],
    )
    a(
        "Took my kids to Migration and now they want to adopt a duck. Thanks a lot, Illumination.",
        "Parenting",
        [232],
    )
    a(
        "Spencer is her best performance. The pearl necklace scene at the Christmas dinner is so unsettling.",
        "KristenStewart",
        [223],
    )
    a(
        "Knicks fans every April are in the Get Out sunken place, just watching it happen and unable to move",
        "nba",
        [205],
    )
    a("Watching us defend set pieces is like watching Whiplash. Not quite my tempo, lads.", "soccer", [203])
    a(
        "Minari the herb is super easy to grow in a pot, and yes, the movie is why I planted it in the first place.",
        "KoreanFood",
        [224],
    )
    a(
        "This reads like the plot of Malignant. Surgeons find a twin growing inside a man's back, and no I will not elaborate.",
        "nottheonion",
        [226],
    )
    a(
        "Took my 88 year old gran to see Thelma and she laughed harder than anyone in the theater. June Squibb is her new hero.",
        "AskUK",
        [243],
    )
    a(
        "Belfast is great for a weekend, and if you want a primer watch Branagh's Belfast before you go. Just know the city is a lot livelier now.",
        "ireland",
        [222],
    )
    a("I don't think people understand the gravity of the situation with this budget deal.", "politics", [])
    a(
        "We always split the bill evenly even though I drink half as much as everyone else.",
        "personalfinance",
        [],
    )
    a(
        "Nothing beats fresh bread straight out of the oven, and the crumb on this one is perfect.",
        "Cooking",
        [],
    )
    a(
        "Does anyone know if Ryanair is strict about carry-on size? My bag is 2cm over on the height and I'm flying out of Stansted at 6am. I've read horror stories about people paying €70 at the gate and also stories from people who've never been checked once. Would rather not buy a new bag for one weekend trip, but I'd also rather not start my holiday arguing at the gate.",
        "travel",
        [],
    )
    a(
        "Took the bullet train from Tokyo to Kyoto and it was so smooth I fell asleep in five minutes.",
        "japan",
        [],
    )
    a("My gran fell and the ambulance took 40 minutes to get there. The NHS is on its knees.", "AskUK", [])
    a("Spring bird migration is in full swing here, saw 14 warbler species this morning.", "birding", [])
    a(
        "The origin of the universe question always trips me up. What was there before the Big Bang, if anything?",
        "space",
        [],
    )
    a(
        "We're repainting the living room and I'm stuck between two almost identical greys.",
        "HomeImprovement",
        [],
    )
    a("Ferrari's pit stop strategy today was a masterclass in how to throw away a podium.", "formula1", [])
    a(
        "Found my old BlackBerry in a drawer, and the keyboard still feels better than any touchscreen.",
        "AskReddit",
        [],
    )
    a(
        "After playing Tetris for six hours straight I closed my eyes and saw blocks falling. The Tetris effect is real.",
        "gaming",
        [],
    )
    a(
        "He told me to get out of his apartment after I asked about the texts. I'm 31F, he's 34M, we've been together two years. I wasn't even accusing him of anything, I just saw a message from someone saved as 'Gym' that said 'last night was fun' and asked who it was. Now he says I violated his privacy and needs space. My friends say I dodged a bullet but I keep replaying it and wondering if I overreacted.",
        "relationship_advice",
        [],
    )
    a("My 4yo has an imaginary friend named Bob who apparently eats all the cookies.", "Parenting", [])
    a("Close the door when you leave a room. It's not that hard, Greg.", "mildlyinfuriating", [])
    a("Joy of Cooking is still my go-to for the basics. My copy is falling apart.", "Cooking", [])
    a("My grandmother left me a pearl necklace. How do I know if the pearls are real?", "jewelry", [])
    a(
        "My review said there's 'room for improvement' on communication and gave no other detail.",
        "AskReddit",
        [],
    )
    a(
        "Belfast is underrated. The Titanic museum and the black cab tours were the highlight of our trip.",
        "travel",
        [],
    )
    a(
        "Babylon under Nebuchadnezzar II was probably one of the largest cities in the world at the time.",
        "history",
        [],
    )
    a("Our pig finally hit 250 lbs, the butcher is booked for next week.", "homestead", [])
    a("Saw an Elvis impersonator marry a couple at the Little White Chapel. Peak Vegas.", "vegas", [])
    a("Got the biopsy back and it's malignant. Starting chemo in two weeks.", "cancer", [])
    a("My husky has an insane prey drive, we can't let her off leash anywhere near squirrels.", "dogs", [])
    a("Hit my longest drive ever today, 290 off the tee. Then three-putted, naturally.", "golf", [])
    a(
        "The hit man was caught because he used his own car for the job and parked it under a camera.",
        "TrueCrime",
        [],
    )
    a("Old men at my gym are the most consistent people there. 6am, every single day.", "AskReddit", [])
    a("My barbarian rolled a nat 20 on intimidation and the dragon just... left.", "DnD", [])
    a(
        "The infinity pool at our hotel in Bali was great for photos, absolutely freezing though.",
        "travel",
        [],
    )
    a("One tenet of stoicism is to focus only on what you can control.", "Stoicism", [])
    a("Soul food Sunday at my grandma's: collard greens, mac and cheese, and her cornbread.", "Cooking", [])
    a("I can feel my face turning red every time I have to speak in meetings. Any tips?", "socialanxiety", [])
    a("My old roommate Spencer used to eat cereal with orange juice instead of milk.", "AskReddit", [])
    a("Minari in maeuntang is a game changer, just throw it in at the very end.", "KoreanFood", [])
    a(
        "Stillwater is such a cute town for a day trip, the lift bridge and the antique shops are great.",
        "minnesota",
        [],
    )
    a("If you had one wish that couldn't be used for more wishes, what would it be?", "AskReddit", [])
    a("Thinking of naming her Priscilla after my great-aunt. Too old fashioned?", "Parenting", [])
    a(
        "Our head chef thinks he's a maestro of the kitchen but can't make a basic beurre blanc.",
        "Cooking",
        [],
    )
    a("Origin was the worst launcher ever and the EA app is somehow worse.", "gaming", [])
    a("Bowie's Space Oddity is still one of the greatest songs ever written.", "Music", [])
    a("That blitz on third down was perfectly disguised, nobody picked up the corner.", "nfl", [])
    a("I'm 1800 in blitz and 1400 in rapid, how does that even happen?", "chess", [])
    a("Pearl Jam at MSG last night, Eddie was on fire.", "Music", [])
    a(
        "Got rear-ended last week, now dealing with whiplash and the other driver's insurance won't call me back.",
        "legaladvice",
        [],
    )
    a(
        "I reuse glass jars for everything, pantry, leftovers, even as drinking glasses.",
        "personalfinance",
        [],
    )
    a("What's something men only figure out after 30?", "AskReddit", [])
    a(
        "Our wizard tried to summon an air elemental, rolled a 1, and summoned a very confused goose.",
        "DnD",
        [],
    )
    a(
        "Someone called my grandma Thelma pretending to be my cousin in jail. She almost sent them $5,000 before my mom stopped her. They knew his name, his school, even that he'd just bought a new car, probably all from Facebook. Please sit down with your older relatives and set up a code word. Ours is the name of my grandpa's old dog, and if whoever's calling can't say it, she hangs up.",
        "Scams",
        [],
    )
    a(
        "Babylon 5 holds up better than DS9 in some ways. The arc plotting was way ahead of its time.",
        "scifi",
        [],
    )
    a("Prey (2017) is on sale for $5, is it worth it? Heard it's like System Shock.", "gaming", [])
    a(
        "Shot my first short on a RED One back in 2009. Those files were massive and the camera was a tank.",
        "cinematography",
        [],
    )
    a("Long run this morning and felt the pure joy of a negative split for the first time.", "running", [])
    a(
        "Joy is her most underrated performance. The QVC scene where she finally sells the mop is so good.",
        "JenniferLawrence",
        [],
    )
    a("My mom won't let me go out until I clean my room. Living at home at 17 is rough.", "teenagers", [])

    # The tenth batch: a tenth session, given a fourth catalogue (50 older films whose titles are ordinary
    # words, ids 301-350) and the fifth batch's brief with more traps (85 of 160). Scored once this round's
    # rules were in, before any rule was changed for it: P 0.876 R 0.958 (0.860 / 0.958 on 714559e's).
    batch = "tenth"
    a(
        "rewatched jaws last night with my kids and they SCREAMED at the head in the boat. spielberg was 27 when he made this. twenty seven.",
        "movies",
        [301],
    )
    a(
        "Speed holds up so well. Keanu, Sandra Bullock, a bus that can't drop under 50. Nobody makes tight two hour action like this anymore",
        "movies",
        [303],
    )
    a("> Speed is just Die Hard on a bus\n\nyes and that's exactly why it rules", "movies", [303])
    a(
        "Parasite crossing $50M domestic as a subtitled film still blows my mind. Neon played that release perfectly, slow expansion + Oscar run.",
        "boxoffice",
        [327],
    )
    a(
        "Psycho (1960) is still the gold standard. everyone talks about the shower scene but the parlor conversation between Norman and Marion is the actual scariest part imo",
        "horror",
        [314],
    )
    a(
        "Alien is a haunted house movie set in space and I will die on this hill. Ridley Scott knew exactly what he was doing keeping the creature in the shadows for 90% of it.",
        "horror",
        [302],
    )
    a(
        "my top 4 rn:\n\n1. Vertigo\n2. Carol\n3. Zodiac\n4. Fargo\n\nyes i am exactly the person you think i am",
        "Letterboxd",
        [315, 324, 326, 349],
    )
    a(
        "If you liked Gone Girl, watch Searching (2018). John Cho is great and the whole thing plays out on a laptop screen, it's way better than the gimmick sounds.",
        "MovieSuggestions",
        [329],
    )
    a(
        "you liked Run (2020)? then Missing (2023) is right up your alley, same vibe of a girl slowly realizing something is very wrong. watch Searching first tho since Missing is kind of a spin-off",
        "MovieSuggestions",
        [329, 330, 331],
    )
    a(
        'What strikes me rewatching Network in 2024 is how Chayefsky basically predicted cable news outrage as a business model. "I\'m as mad as hell" lands very differently now.',
        "TrueFilm",
        [325],
    )
    a(
        "Picked up Traffic in the B&N sale. Soderbergh color-coding the storylines (blue for the Ohio/DC stuff, that blown out yellow for Mexico) is still one of the smartest visual choices of the 2000s",
        "criterion",
        [321],
    )
    a(
        "Crash winning Best Picture over Brokeback Mountain is the most embarrassing oscars moment ever and I won't hear otherwise",
        "moviecritic",
        [320],
    )
    a(
        "coco made me ugly cry on a plane. remember me hits different when you've lost a grandparent 😭😭",
        "Pixar",
        [306],
    )
    a(
        "Ranking time:\n1. Coco\n2. Cars\n3. Brave\n\nyes Cars is that high, fight me, lightning mcqueen raised me",
        "Pixar",
        [305, 306, 307],
    )
    a(
        "Tangled is the most underrated princess movie. Flynn Rider >>> every other prince. THE LANTERN SCENE!!!",
        "disney",
        [309],
    )
    a(
        "Frozen and Moana back to back on a rainy sunday. my 4yo knows every word to both. send help",
        "disney",
        [308, 310],
    )
    a(
        "Reminder that Gladiator won Best Picture and Russell Crowe won Best Actor, but Ridley didn't win director, that went to Soderbergh for Traffic",
        "oscarrace",
        [312, 321],
    )
    a(
        "people in this sub keep calling mother! an A24 movie, it was Paramount lol. it just has the vibe",
        "A24",
        [328],
    )
    a(
        "Study the opening of Collateral. Michael Mann shot most of the night exteriors on the Viper digital camera and LA has never looked like that before or since.",
        "Filmmakers",
        [334],
    )
    a(
        "Snatch is one of the most rewatchable movies ever made. Brad Pitt as Mickey, completely unintelligible and perfect",
        "flicks",
        [335],
    )
    a(
        "Contagion was a weird watch in march 2020. Soderbergh basically made a documentary 9 years early",
        "movies",
        [333],
    )
    a(
        "Minions made over $1.1 BILLION worldwide in 2015. a movie about yellow pill-shaped guys speaking gibberish. never underestimate parents trying to get kids out of the house",
        "boxoffice",
        [336],
    )
    a(
        "Cats (2019) lost somewhere around $70-100M for Universal depending on who you ask. that CGI fur was a crime",
        "boxoffice",
        [338],
    )
    a(
        "Big is such a sweet movie. Tom Hanks and Robert Loggia on the giant FAO Schwarz piano is pure joy",
        "movies",
        [323],
    )
    a(
        "elf is the last great christmas comedy. will ferrell committing 110% to buddy is why it works",
        "moviecritic",
        [341],
    )
    a(
        "Hook gets so much hate but Robin Williams as grown-up Peter and Dustin Hoffman hamming it up... it's the perfect 90s kid movie. RU-FI-OOOO",
        "movies",
        [343],
    )
    a(
        "Holes is peak Disney live action and I'm tired of pretending it isn't. 2003 Shia LaBeouf was a different man",
        "disney",
        [344],
    )
    a(
        "Ghost (1990) still makes my mom cry every single time. the pottery scene got parodied so much people forget the movie is actually good",
        "movies",
        [345],
    )
    a(
        "Troy is a flawed movie but Pitt's Achilles vs Bana's Hector is one of the best one-on-one duels ever filmed",
        "movies",
        [346],
    )
    a(
        "taken spawned an entire genre of 'old guy with a particular set of skills' movies. liam neeson's career pivot at 55 was wild",
        "moviecritic",
        [348],
    )
    a(
        "Zodiac is Fincher's masterpiece precisely because it refuses closure. The obsession becomes the subject, and the audience catches it too.",
        "TrueFilm",
        [349],
    )
    a("Casino is Goodfellas' bigger, meaner sibling and Sharon Stone deserved that Oscar", "criterion", [350])
    a(
        'logged Clue (1985) for the 6th time. "flames... flames on the side of my face" never gets old ★★★★½',
        "Letterboxd",
        [322],
    )
    a(
        "Rocky (1976) beating Taxi Driver and Network for Best Picture is actually defensible, fight me",
        "movies",
        [316, 325],
    )
    a(
        "Creed got Stallone a supporting nom almost 40 years after Rocky got him the lead actor one. what an arc",
        "oscarrace",
        [316, 317],
    )
    a(
        "Shame and Control are both about compulsion, one in a sterile Manhattan apartment, one in Macclesfield. McQueen and Corbijn were both visual artists before they directed features and it shows.",
        "TrueFilm",
        [318, 319],
    )
    a(
        "Signs is a horror movie disguised as a family drama. the birthday party footage from Brazil still gives me chills",
        "horror",
        [304],
    )
    a("Twister (1996) > Twisters. the cow. that's the tweet 🐄🌪️", "movies", [313])
    a(
        "Air (2023) is the most fun i've ever had watching guys argue in a conference room about a shoe. Viola Davis as Deloris Jordan steals it",
        "movies",
        [332],
    )
    a(
        "Grease (1978) is genuinely weird when you rewatch it as an adult. Danny is a terrible boyfriend and the ending is... a flying car??",
        "flicks",
        [339],
    )
    a(
        "Click is Adam Sandler's saddest movie and nobody warned me. the scene with his dad wrecked me at 13",
        "moviecritic",
        [342],
    )
    a(
        "jaws 1975 / alien 1979 / vertigo 1958 — my holy trinity of slow-burn tension #letterboxd #top3",
        "Letterboxd",
        [301, 302, 315],
    )
    a(
        'Contact is the most underrated sci-fi of the 90s. Jodie Foster whispering "they should\'ve sent a poet" gives me chills',
        "movies",
        [311],
    )
    a(
        "Looking for stuff like Gladiator or Troy? big sword-and-sandal epics, ideally nothing made after 2010 pls",
        "MovieSuggestions",
        [312, 346],
    )
    a(
        "Illumination's 2016 was huge: Sing made like $630M worldwide and Secret Life of Pets did even more",
        "boxoffice",
        [337],
    )
    a(
        "Best one-word title movies off the top of my head: Jaws, Alien, Psycho, Fargo, Parasite, Heat. go",
        "movies",
        [301, 302, 314, 324, 327],
    )
    a(
        "I've been thinking about why Vertigo topped the Sight and Sound poll in 2012 and then lost the spot to Jeanne Dielman in 2022. Part of it is that its obsession narrative has been picked apart so thoroughly, Scottie remaking Judy into Madeleine is basically the whole male gaze critique in one film. I rewatched it alongside Zodiac and Carol last month and what they share is the way looking becomes a kind of sickness. Fincher's guys stare at documents, Haynes' women stare at each other through glass, Scottie stares at a painting. Anyway long post, curious what others think.",
        "TrueFilm",
        [315, 326, 349],
    )
    a(
        "JAWS IS 50 THIS YEAR AND IT'S STILL THE BEST SUMMER MOVIE EVER MADE. NOBODY. COMES. CLOSE.",
        "movies",
        [301],
    )
    a(
        "Aliens (1986) is the better movie and I'm tired of pretending otherwise. Cameron turned horror into a war movie and nailed it.",
        "movies",
        [],
    )
    a(
        "Alien: Romulus was fine but it felt like a greatest hits album. the facehugger hallway scene slapped though",
        "horror",
        [],
    )
    a(
        "Rocky IV is the most 80s thing ever made. Drago, the training montage, the speech that ends the cold war lmao",
        "movies",
        [],
    )
    a(
        "Gus Van Sant's 1998 Psycho remake, shot for shot, in color, with Vince Vaughn... the strangest experiment a studio ever greenlit",
        "horror",
        [],
    )
    a(
        "Season 1 of the Fargo TV series is better than most films released that year. Billy Bob Thornton as Lorne Malvo is terrifying.",
        "TrueFilm",
        [],
    )
    a("Big weekend for Deadpool & Wolverine, $211M opening is insane for an R rated movie", "boxoffice", [])
    a("Missing the days when a mid-budget thriller could open at #1 without any IP attached", "boxoffice", [])
    a(
        "Signs you're watching a Blumhouse movie: jump scare every 8 minutes, a creepy kid, and a sequel hook in the last shot",
        "horror",
        [],
    )
    a("run time 3h20m?? my bladder 💀", "moviecritic", [])
    a(
        "Air conditioning on set ruined our audio, any way to get rid of that low hum in post? rx10 isn't cutting it",
        "Filmmakers",
        [],
    )
    a(
        "tips for a speed ramp in premiere that doesn't look choppy? shot everything at 60fps",
        "Filmmakers",
        [],
    )
    a(
        "the big criterion sale is live, what's everyone grabbing? I'm getting the Kurosawa box and probably Paris, Texas",
        "criterion",
        [],
    )
    a(
        "my mother made me watch The Sound of Music every christmas and now it's a 5 star comfort movie, no notes",
        "Letterboxd",
        [],
    )
    a(
        "need a date night movie, nothing too heavy, she's not into horror. we both loved La La Land and Crazy Rich Asians",
        "MovieSuggestions",
        [],
    )
    a("Creed III felt weaker without Stallone around, but Jonathan Majors was intense in it", "flicks", [])
    a("Frozen II's Into the Unknown is a better song than Let It Go and i said what i said", "disney", [])
    a(
        "Cars 3 is lowkey the most mature movie of the trilogy, the whole aging athlete thing hit me as a 35 year old",
        "Pixar",
        [],
    )
    a("Hereditary's ending still has me in a chokehold. Toni Collette was robbed, ROBBED", "A24", [])
    a(
        "my neighbor Carol fell asleep 10 min into Oppenheimer at the imax and snored through the trinity test",
        "movies",
        [],
    )
    a(
        "Watched Speed 2: Cruise Control for the first time. it is so bad. the boat just... drives into a town",
        "movies",
        [],
    )
    a(
        "Despicable Me 4 and Minions: The Rise of Gru both cleared $900M. Illumination cannot miss with the kids market",
        "boxoffice",
        [],
    )
    a(
        "Rocky Balboa (2006) is an underrated ending for the character, Stallone playing a lonely old man hit me hard",
        "moviecritic",
        [],
    )
    a(
        "the shark in jaws is why i won't swim in the ocean. 30 years old and i still look for fins",
        "AskReddit",
        [301],
    )
    a(
        "this pace is like the bus in Speed, if they drop under 100 possessions the whole team explodes",
        "nba",
        [303],
    )
    a(
        "the 2006 pixar movie Cars had more realistic strategy calls than ferrari this season lmao",
        "formula1",
        [305],
    )
    a(
        "my kid wants the spaghetti with maple syrup and candy from Elf for christmas breakfast. do i allow this",
        "Cooking",
        [341],
    )
    a(
        "Watched Casino last weekend and now I understand why my uncle lost his house in Vegas. the house always wins, even in a Scorsese movie",
        "personalfinance",
        [350],
    )
    a(
        "users when the wifi drops for 30 seconds: full 'I'm as mad as hell' speech from Network (1976)",
        "sysadmin",
        [325],
    )
    a(
        'my 3 year old has watched Moana probably 200 times. "you\'re welcome" is now her response to literally everything',
        "Parenting",
        [310],
    )
    a(
        "Alien: Isolation is the best adaptation of Alien (1979) ever made and it's a video game",
        "gaming",
        [302],
    )
    a(
        "fun fact the Chicago movie with Renée Zellweger was filmed mostly in Toronto, like half the stuff 'set' here",
        "chicago",
        [340],
    )
    a(
        "every storm chaser I know got into it because of Twister. Bill Paxton and Helen Hunt chasing an F5 in a pickup truck",
        "weather",
        [313],
    )
    a(
        "my portfolio this week is the house in Parasite. looks great upstairs, something horrifying living in the basement",
        "stocks",
        [327],
    )
    a(
        "Your boyfriend sounds like Norman Bates. Please watch Psycho (the Hitchcock one) and then reconsider moving in with him and his mother.",
        "relationship_advice",
        [314],
    )
    a(
        "every Belichick presser is the 'I will find you' speech from Taken but with more mumbling",
        "nfl",
        [348],
    )
    a(
        "the long single-take fight in Creed (2015) is better choreographed than half the real PPVs this year",
        "Boxing",
        [317],
    )
    a(
        "Flew to Martha's Vineyard literally because it's where they shot Jaws. spent the whole ferry ride humming the theme",
        "travel",
        [301],
    )
    a(
        "my dad keeps forwarding me 'you've been hacked' emails. made him watch Searching so he understands how much of your life is on a laptop",
        "techsupport",
        [329],
    )
    a(
        "ran stairs after rewatching Rocky like every other dude in philly. my knees are now filing a formal complaint",
        "Fitness",
        [316],
    )
    a(
        "my corn is 8 feet tall and honestly it looks like the field in Signs. waiting for crop circles 👽🌽",
        "gardening",
        [304],
    )
    a(
        "Gladiator is a historical mess. Commodus wasn't killed in the arena (strangled in his bath by a wrestler) and Marcus Aurelius wasn't about to restore the republic. still love it",
        "history",
        [312],
    )
    a(
        "Holes is one of the rare cases where the movie is as good as the book. Louis Sachar wrote the screenplay himself",
        "books",
        [344],
    )
    a(
        "Control is the best music biopic, Sam Riley IS Ian Curtis. black and white, no gloss, no wikipedia-montage structure",
        "Music",
        [319],
    )
    a("the 2002 Chicago movie is fine but nothing beats seeing the Broadway revival live", "musicals", [340])
    a(
        "Cats (2019) is what happens when nobody in the room is allowed to say no. the stage show is genuinely good though!!",
        "musicals",
        [338],
    )
    a(
        'What movie do you know by heart? mine is Clue. "communism was just a red herring" comes out of my mouth weekly',
        "AskReddit",
        [322],
    )
    a(
        "as a minnesotan Fargo gets the accent like 80% right. the 1996 movie i mean, not the show",
        "minnesota",
        [324],
    )
    a(
        "Fury is the only movie where the inside of a Sherman actually feels cramped and miserable",
        "WWII",
        [347],
    )
    a(
        "Zodiac (2007) is the best true crime movie ever made. the basement scene with the projectionist is pure dread",
        "TrueCrime",
        [349],
    )
    a(
        "my cars both need new tires before winter and discount tire wants $900 a set. anyone have a cheaper option?",
        "cars",
        [],
    )
    a("chicago traffic is brutal today, the kennedy is a parking lot from o'hare to downtown", "chicago", [])
    a(
        "the network is down AGAIN and of course it's a loop because someone plugged both ends of a patch cable into the same switch",
        "networking",
        [],
    )
    a(
        "my big brother used to lock me in the closet and call it 'training'. we're best friends now somehow",
        "AskReddit",
        [],
    )
    a(
        "how do I tell a coworker I'm taken without making it awkward? he keeps asking me to get drinks after work",
        "dating_advice",
        [],
    )
    a(
        "finally ran a 5k under 25 min!!! started couch to 5k in march, never thought i'd be a runner 🏃\u200d♀️",
        "running",
        [],
    )
    a(
        "got a ticket for 15 over the speed limit in a school zone (Ohio). is it worth fighting or do I just pay it?",
        "legaladvice",
        [],
    )
    a(
        "what are the signs of burnout vs just hating your job? I genuinely can't tell anymore",
        "careerguidance",
        [],
    )
    a(
        "mother's day brunch reservations are impossible this year, every place within 20 miles is booked",
        "AskReddit",
        [],
    )
    a("ate a whole ghost pepper on a dare and i saw god. 0/10 would not recommend 🔥🔥🔥", "spicy", [])
    a(
        "do NOT click the link in that 'IT password reset' email. call your actual IT desk. it's phishing",
        "techsupport",
        [],
    )
    a(
        "vendor says contact support, support says contact the vendor. I am in hell and it's only tuesday",
        "sysadmin",
        [],
    )
    a("Best deep dish in Chicago that isn't Giordano's or Lou's? visiting in june", "chicago", [])
    a("Janet Jackson's Control is a perfect album, practically every song on it was a single", "Music", [])
    a(
        "played Clue last night and my 8 year old accused grandma, in the conservatory, with the candlestick. she was right.",
        "boardgames",
        [],
    )
    a(
        "The Cars' first album is basically a greatest hits record. Ric Ocasek could write a pop hook in his sleep",
        "Music",
        [],
    )
    a(
        "Coco Gauff's second serve looks so much better this year, the double faults are way down",
        "tennis",
        [],
    )
    a(
        "AITA for not letting my neighbor Carol park in my driveway? she has her own driveway. she says mine is 'closer to the door'",
        "AmItheAsshole",
        [],
    )
    a(
        "which casino on the strip still has $10 blackjack tables? everything I see is $25 minimum now",
        "vegas",
        [],
    )
    a("Troy and Abed in the morniiiiing!! still the best bit in the whole show", "community", [])
    a(
        "Saw Chicago on Broadway last night. longest running American musical and still packed on a tuesday",
        "Broadway",
        [],
    )
    a(
        "Cats the stage musical is so strange when you think about it. it's basically a two hour talent show for cats",
        "musicals",
        [],
    )
    a("our high school is doing Grease this spring and I GOT RIZZO!!!!!", "Theatre", [])
    a(
        "Frozen Planet II narrated by Attenborough is the most beautiful thing on TV, the orca wave hunting sequence is unreal",
        "television",
        [],
    )
    a(
        "air traffic control in the northeast is so understaffed, my flight sat 45 minutes on the taxiway for no reason",
        "aviation",
        [],
    )
    a(
        "my cats knocked the christmas tree over for the third time this week. i give up. they win.",
        "cats",
        [],
    )
    a(
        "how do you get a toddler to stop running off in parking lots? she thinks it's a game and it's terrifying",
        "Parenting",
        [],
    )
    a("don't skip leg day bro. big arms on chicken legs is not the look", "Fitness", [])
    a(
        "new patch made my ping spike to 200, anyone else's connection unplayable? speed test says 500mbps so it's not me",
        "gaming",
        [],
    )
    a("contagion risk from regional banks is overblown imo, the fed has a backstop now", "stocks", [])
    a(
        "my parents got taken by a fake IRS caller for $4k in gift cards. is there anything at all I can do to get it back?",
        "personalfinance",
        [],
    )
    a(
        "my mother keeps showing up unannounced and my wife is at her breaking point. how do I set boundaries without a huge fight?",
        "relationship_advice",
        [],
    )
    a(
        "signs of a tornado:\n- greenish sky\n- sudden calm\n- a roar like a freight train\n\nplease take shelter, do NOT go outside to film it",
        "weather",
        [],
    )
    a(
        "got lost for 3 hrs on the ridge trail, no signal at all. missing the turnoff marker was on me. carry a paper map folks",
        "hiking",
        [],
    )
    a("his jumper is frozen in the 4th quarter, 0 for 9 from three. bench him", "nba", [])
    a("WHY IS THE NETWORK CUTTING TO A DIFFERENT GAME WHEN WE'RE IN THE RED ZONE?!?! I HATE THIS", "nfl", [])
    a(
        "that was a brave call by the ref, the whole stadium was screaming at him and he still gave the pen",
        "soccer",
        [],
    )
    a("the speed trap numbers at Monza are insane, Williams hitting 350 km/h before turn 1", "formula1", [])
    a("Rocky Marciano retiring 49-0 is still the cleanest record in heavyweight history", "Boxing", [])
    a(
        "if Troy was real the fall probably happened around 1180 BC, and Schliemann basically dynamited through the actual layers looking for Homer's city",
        "history",
        [],
    )
    a(
        "rereading The Iliad and Hector's goodbye to Andromache before the fighting at Troy resumes... absolutely gutted",
        "books",
        [],
    )
    a("Fargo in february is not for the weak. -30 windchill and somehow I still loved it", "travel", [])
    a(
        "gladiator fights in Rome were less deadly than people think, most fighters survived most bouts because training them was expensive",
        "history",
        [],
    )
    a("my dog barks at a ghost in the corner of the hallway every night at 2am. i am not okay", "dogs", [])
    a(
        "my sourdough came out flat again. are these signs of over-proofing or is my starter just weak?",
        "Breadit",
        [],
    )
    a(
        "are adhesive hooks enough for a 20lb mirror or do I need to find a stud / use toggle bolts?",
        "HomeImprovement",
        [],
    )
    a("the 'skip ad' button on this app is literally too small to click on my phone", "mildlyinfuriating", [])
    a(
        "the speed of light isn't just 'fast', it's the speed of causality itself. nothing about it is arbitrary",
        "askscience",
        [],
    )
    a(
        "SETI's first contact protocol is surprisingly vague, it's basically 'verify, tell everyone, and don't reply yet'",
        "space",
        [],
    )
    a(
        "shooting a fast shutter speed in low light = noise city. you need a faster lens, not a new body",
        "photography",
        [],
    )
    a(
        "my cold brew ratio is 1:4 and my coworkers call it the psycho batch. one cup and you can hear colors",
        "Coffee",
        [],
    )
    a("12 hour shift, 3 codes, nobody got a lunch break. we are running on pure fumes", "nursing", [])
    a(
        "my grandma Carol is 91 and just learned how to use venmo. she sent me $5 with the note 'for candy'",
        "CasualConversation",
        [],
    )
    a(
        "why does every train station announcement sound like it's being read by a ghost who is also disappointed in you",
        "AskUK",
        [],
    )
    a(
        "the elf on the shelf starts tomorrow and I am already out of ideas. last year he 'crashed' a hot wheels car into the cereal",
        "daddit",
        [],
    )
    a(
        "LPT: when you're stuck in traffic, weaving between lanes saves you like 90 seconds. not worth the crash risk",
        "LifeProTips",
        [],
    )
    a("GOT THE OFFER!!! after 8 months of searching I finally have a job again 😭🎉", "jobs", [])
    a(
        "there's a parasite that turns snails' eyestalks into pulsing caterpillar lookalikes so birds eat them. nature is brutal",
        "Damnthatsinteresting",
        [],
    )
    a(
        "Alien: Isolation is still the scariest game I've ever played, the xenomorph AI hunting you is unreal",
        "gaming",
        [],
    )
    a(
        "air ball from half court at the buzzer and the arena went from screaming to dead silent in half a second",
        "nba",
        [],
    )
    a(
        "What movie scared you way too much as a kid? for me it was E.T., that scene where he's all pale in the creek",
        "AskReddit",
        [],
    )
    a(
        "the speed on that kid is unreal, he blew past two defenders like they were frozen in place",
        "hockey",
        [],
    )
    a(
        "photographer says we need a 'first look' shot list. any signs we should run from a photographer who won't share raw files?",
        "Wedding",
        [],
    )

    # The eleventh batch: an eleventh session, given a fifth catalogue (50 films of 2026 whose titles are
    # ordinary words, names, or the titles of books, games and songs, ids 351-400) and a brief asking
    # for about half traps. Scored before any rule was changed for it: P 0.867 R 0.885.
    batch = "eleventh"
    a(
        "Can we please have some mercy on our bladders and stop making every blockbuster 3 hours long? not every movie needs to be an epic",
        "movies",
        [],
    )
    a(
        "Goat (2016) with Nick Jonas and Ben Schnetzer about frat hazing is so underrated. genuinely hard to watch",
        "movies",
        [],
    )
    a(
        "The Invitation (2015) is the best slow burn dinner party horror. that red lantern ending 😰",
        "horror",
        [],
    )
    a(
        "The Mandalorian season 3 was such a drop from season 2. the whole Bo-Katan Mandalore plot felt rushed and Din barely felt like the main character in his own show",
        "StarWars",
        [],
    )
    a(
        "not your keys, not your coins. move it to cold storage. a hardware wallet costs less than one dinner out and exchanges go bust every cycle",
        "CryptoCurrency",
        [],
    )
    a(
        "rewatched the 2002 resident evil for the first time in like 15 years and the laser hallway still goes hard. milla carried that whole franchise",
        "movies",
        [],
    )
    a(
        "Hoppers is the most fun I've had with a Pixar original since Inside Out. my kids were SCREAMING at the beaver stuff",
        "Pixar",
        [355],
    )
    a(
        "Slinky Dog Dash was a 110 min wait at Toy Story Land and honestly worth it. the night ride with the lights is so much better",
        "disney",
        [],
    )
    a(
        "The forbidden fruit in Genesis was probably just a really good mango and honestly I get it",
        "Showerthoughts",
        [],
    )
    a(
        "Verity was the first Colleen Hoover book I ever read and that letter at the end still messes with me. I genuinely can't decide which version is true",
        "books",
        [],
    )
    a(
        "the Cliffhanger reboot with Lily James... why does this exist. the 1993 one is fine. we have the 1993 one at home",
        "movies",
        [381],
    )
    a(
        "Psycho Killer by Talking Heads in Stop Making Sense is the greatest live performance ever filmed. qu'est-ce que c'est 🎸",
        "Music",
        [],
    )
    a(
        "Scream (1996) opening with Drew Barrymore is still the greatest horror cold open of all time. killing off your biggest star in 12 minutes, nobody has topped it",
        "scream",
        [],
    )
    a(
        "Unpopular opinion maybe but Project Hail Mary is the best adaptation of a hard sci-fi book since The Martian, and I think it's actually better than The Martian as a movie.\n\nThe Martian works because Damon is charming and the problems are simple. PHM has a much harder problem: half the movie is a guy alone on a ship, and the other half is him talking to a creature who communicates in musical chords. Lord & Miller could have gone super goofy with it and they kinda didn't?? Rocky never looks cartoony, he looks like a real weird animal, and the puppet work (it's a puppet for a lot of it!!) makes every scene with him feel tactile.\n\nThe flashbacks with Sandra Hüller are where the movie really sneaks up on you. Stratt is such a great character and they kept the ending reveal about Grace intact, which I was SO worried they'd soften.\n\nAnyway. Fist my bump. Go see it in IMAX if it's still playing near you.",
        "movies",
        [351],
    )
    a("Despicable Me 4 was mid but the mega minions bit was genuinely funny", "Minions", [])
    a(
        "finally saw Project Hail Mary and The Dog Stars trailer played before it. two books I love getting adapted in one year, I'm spoiled",
        "books",
        [351, 391],
    )
    a(
        "I went into Michael expecting to hate it and came out... conflicted, I guess.\n\nThe good: Jaafar Jackson is kind of a miracle. The moonwalk at Motown 25 recreation got actual applause in my theater. Colman Domingo as Joe is terrifying, every scene he's in has this low hum of violence.\n\nThe bad: it's an estate-approved movie and you can tell. The whole back half just... skips around the stuff everyone knows it's skipping. I'm not saying it needed to be a courtroom drama, but you can't make a 2.5 hour biopic and act like the 90s didn't happen.\n\nThe weird: it's weirdly structured like two movies, and I've read they were originally planning to split it. You can kind of see the seam.\n\nIf you're a fan you'll love the music parts. If you want an actual portrait of the man, watch a documentary instead. 6.5/10",
        "movies",
        [354],
    )
    a(
        "saw michael last night. the concert recreations are unreal and jaafar basically IS him on stage, but the script plays it soooo safe. it's a greatest hits wikipedia page with dancing",
        "movies",
        [354],
    )
    a("psycho killer had a genuinely fun first act and then just... forgot to be a movie?", "horror", [364])
    a(
        "did scream 7 and wuthering heights back to back for a valentines weekend double feature. one of them had way more obsessive psychos. surprisingly not the one you'd think",
        "Letterboxd",
        [365, 357],
    )
    a(
        "practical magic 2 with sandra and nicole back together... the midnight margaritas callback made me so happy i cried a little",
        "movies",
        [395],
    )
    a(
        "the Aztec death whistle sounds like a thousand people screaming at once. archaeologists found it in a skeleton's hand 💀",
        "interestingasfuck",
        [],
    )
    a(
        "Whistle was a solid teen horror! the aztec death whistle idea is genuinely creepy and the sound design in my theater was brutal",
        "horror",
        [384],
    )
    a("hot take: the bride! > frankenstein (del toro). fight me", "moviecritic", [356])
    a(
        "toy story 5 'toys vs tech' premise is kinda on the nose but i'm seeing it opening day anyway, who am i kidding",
        "Pixar",
        [370],
    )
    a(
        "Okay I need to talk about The Odyssey because I've been thinking about it for three days straight.\n\nFirst, the scale. Nolan shot the whole thing on IMAX film and you can FEEL it, the sea scenes are terrifying in a way that no CGI ocean has ever been for me. The Cyclops sequence is basically a horror movie. Matt Damon plays Odysseus as this exhausted, kind of mean guy who is clearly lying to his own men half the time, which is... exactly how he reads in the poem honestly?\n\nSecond, Tom Holland as Telemachus was the weak link for me. Not bad, just felt like he was in a different movie. Zendaya barely has anything to do.\n\nThird, the score. Göransson went full percussion and it works.\n\nMy one real complaint is the Ithaca stuff at the end feels rushed after 2.5 hours at sea, like they ran out of runtime right when the suitors slaughter should have been the payoff. Still easily top 3 of the year. 9/10",
        "movies",
        [352],
    )
    a(
        "AI judges are a terrible idea. there is no mercy in an algorithm and nobody wants to appeal to a chatbot",
        "technology",
        [],
    )
    a(
        "The Dog Stars by Peter Heller is one of the most beautiful post-apocalyptic books I've read. the prose is so choppy and lonely, and Jasper the dog 😭",
        "books",
        [],
    )
    a("the hunger games (2012) shaky cam aged terribly but jennifer lawrence is so good in it", "movies", [])
    a(
        "LeBron is the GOAT and it's not even close. 4 rings with 3 different franchises, all time leading scorer, 20+ seasons. stop it",
        "nba",
        [],
    )
    a(
        "The Cat in the Hat (2003) is deeply cursed. Mike Myers in that suit. the 'dirty hoe' joke in a kids movie. how did this happen",
        "movies",
        [],
    )
    a(
        "Prada 2 was pure comfort food. Meryl delivering lines like it's 2006 again, Emily Blunt stealing every scene. the cerulean callback 😭",
        "movies",
        [368],
    )
    a(
        "Disclosure Day is Spielberg doing Close Encounters energy again and I'm so glad he still has it in him at 79. Emily Blunt is fantastic",
        "movies",
        [371],
    )
    a(
        "Super Mario Galaxy is the best 3D mario and it's not close. the music alone. gusty garden galaxy still gives me goosebumps 🥹",
        "gaming",
        [],
    )
    a(
        "unlikely animal friends: our goat and our old horse refuse to be separated, the goat even sleeps in his stall 🐐🐴",
        "aww",
        [],
    )
    a(
        "Saw Verity with my book club last night. Anne Hathaway was good but they changed the letter ending and half of us are furious lol",
        "books",
        [379],
    )
    a(
        "Forbidden Fruits is Mean Girls but a witch coven working at a mall and I loved every second. Lili Reinhart is perfect",
        "horror",
        [396],
    )
    a(
        "whistle recall training has been a game changer for my husky. she ignores her name but the whistle = chicken so she sprints back",
        "dogs",
        [],
    )
    a(
        "Melissa Benoist was a great Supergirl, the CW show just had awful writing after season 2. she deserved a better show",
        "DC_Cinematic",
        [],
    )
    a(
        "Toy Story 3 ending still wrecks me. the incinerator, everyone holding hands. i was 19 and i sobbed",
        "Pixar",
        [],
    )
    a(
        "is it normal to feel this much pressure to buy a house at 28? everyone in my friend group is buying and I'm still renting",
        "personalfinance",
        [],
    )
    a(
        "If you liked Ready or Not (2019), the sequel is out now and it's honestly just as fun. Also try They Will Kill You, very similar vibe, rich people and cults getting what they deserve",
        "MovieSuggestions",
        [399, 400],
    )
    a(
        "zach cregger's resident evil actually FEELS like the games?? the raccoon city night stuff is grimy and scary and nobody does a matrix flip. finally",
        "residentevil",
        [389],
    )
    a(
        "Resident Evil 4 remake is the best remake ever made, don't @ me. Leon's one liners carry the whole thing",
        "residentevil",
        [],
    )
    a(
        "we adopted our girl from the local shelter 3 weeks ago and she's finally sleeping through the night 🥹 shelter dogs are the best dogs",
        "dogs",
        [],
    )
    a(
        "Practical Magic (1998) is my october comfort watch every single year. the aunts are iconic and I want that house",
        "movies",
        [],
    )
    a(
        "the ghostface reveal in 7 was... a choice. still better than 3 though, i'll die on that hill",
        "scream",
        [365],
    )
    a(
        "the mando and grogu movie was... fine? it felt like 3 episodes stitched together with a bigger budget. still teared up when grogu did the thing at the end tho",
        "StarWars",
        [369],
    )
    a(
        "the mario movie doing $1.36B in 2023 is what made every studio go crazy for video game adaptations. Minecraft crossing $900M just confirmed it",
        "boxoffice",
        [],
    )
    a("Reminders of Him made me cry on a plane. Kenna's letters to Scotty were too much", "books", [])
    a(
        "Sunrise on the Reaping destroyed me. I finished it at 2am and just stared at the ceiling. Haymitch deserved SO much better",
        "books",
        [],
    )
    a(
        "The Bride of Frankenstein (1935) is better than the original and Elsa Lanchester is on screen for like 3 minutes. that hair!!",
        "horror",
        [],
    )
    a(
        "Supergirl: Woman of Tomorrow by Tom King and Bilquis Evely is one of the best comics of the decade. the art alone is worth it",
        "comicbooks",
        [],
    )
    a("grogu eating the frog lady's eggs is still the funniest thing in the whole series", "StarWars", [])
    a("disclosure day ★★★★ spielberg still got it. that farmhouse scene 👽", "Letterboxd", [371])
    a(
        "Super Mario Galaxy opening to $190M 3-day. Illumination literally prints money. Minions 3 in July is going to be stupid too",
        "boxoffice",
        [367, 372],
    )
    a(
        "Animal Friends is Ryan Reynolds doing Ryan Reynolds with cartoon animals. exactly what I expected and my kids loved it",
        "movies",
        [392],
    )
    a(
        "Dune: Part Two sandworm ride in IMAX was a religious experience, I got chills from the sound alone",
        "movies",
        [],
    )
    a(
        "Avengers vs X-Men is still the most fun Marvel comics event. Spider-Man's part in it is small but the Juggernaut bit is hilarious",
        "comicbooks",
        [],
    )
    a(
        "80s power ballads hit different. Total Eclipse of the Heart, Alone by Heart, Every Rose Has Its Thorn. they don't make key changes like that anymore",
        "Music",
        [],
    )
    a(
        "Reminders of Him movie was better than the book imo, which I NEVER say about a CoHo adaptation",
        "books",
        [397],
    )
    a(
        "Jason Statham movies are all the same movie and I'm fine with that. The Beekeeper is a masterpiece of dumb",
        "movies",
        [],
    )
    a(
        "Spider-Man: No Way Home still gives me chills when Andrew catches MJ. that was like 12 years of therapy in one shot",
        "marvelstudios",
        [],
    )
    a("hoppers AND goat in the same year. big year for talking animal movies 🦫🐐", "movies", [355, 363])
    a(
        "re-reading project hail mary and the audiobook really is the way to do it. Ray Porter does Rocky's voice with actual musical chords, it's incredible",
        "books",
        [],
    )
    a("MINIONS 3 TRAILER JUST DROPPED LETS GOOOOO 🍌🍌🍌", "Minions", [372])
    a(
        "mortal kombat 2 movie was peak cinema for me. hearing a full theater yell at the fatalities hit different",
        "gaming",
        [366],
    )
    a(
        "The Mandalorian and Grogu's numbers are going to be the real test for whether Star Wars can still work as a movie brand. Solo bombed, this can't",
        "StarWars",
        [369],
    )
    a(
        "we shot our short inside a cold storage warehouse for the look. it was 34°F and the camera batteries died every 20 minutes. do not recommend",
        "Filmmakers",
        [],
    )
    a(
        "long post sorry\n\nI saw Brand New Day on opening night and I've been chewing on it. Here's the thing nobody's saying: this is the first MCU Spider-Man where Peter is actually broke and alone, which is what the comics have been for 60 years, and it works SO well. No Tony, no Happy, no fancy suit from a billionaire. He sews the thing himself.\n\nThe Punisher stuff is great but it's also kind of a distraction? The Hulk subplot felt like it was there because Marvel needed to set up Doomsday and not because the story needed it. Every time the movie cut to that I was waiting to get back to Peter in Queens.\n\nSadie Sink was fine, I know people are going crazy about who she is but I'm not going to spoil it here.\n\nOverall: 8/10, best of the Holland ones, maybe behind Spider-Man 2 (2004) for me. Curious what you all thought of the ending.",
        "marvelstudios",
        [373, 374],
    )
    a(
        "Crime 101 is a really solid throwback heist thing, Hemsworth and Ruffalo have great cat and mouse energy. feels like a lost 90s Michael Mann movie (complimentary)",
        "movies",
        [362],
    )
    a(
        "Normal is basically Nobody but in a tiny minnesota town and Odenkirk is a sheriff this time. and i am totally fine with that",
        "movies",
        [382],
    )
    a(
        "The Super Mario Galaxy Movie is going to make a billion dollars and honestly fair, Rosalina looked gorgeous in the trailer",
        "gaming",
        [367],
    )
    a(
        "Finally read Wuthering Heights for the first time at 34 because everyone online kept calling it the ultimate love story, and wow, that is NOT what this book is.\n\nA few things that surprised me:\n\n1. Nelly Dean is such an unreliable narrator. She's constantly making choices that make everything worse and then telling Lockwood how she had no choice. I started to distrust every single thing she said by the halfway point.\n2. The second half with Hareton and young Cathy is honestly the best part?? Nobody ever talks about it. It's the only place in the book where anyone shows a little mercy and it actually changes something.\n3. Heathcliff hanging Isabella's dog. I had to put the book down.\n\nI get why people romanticize it, the moors and the ghost at the window are so gothic and moody. But it reads way more like a book about cycles of abuse than a romance. Anyway, Jane Eyre next, I've been told it's the opposite experience.",
        "books",
        [],
    )
    a(
        "horror movie rule #1: if the old man at the gas station says 'they will kill you', you turn the car around",
        "horror",
        [],
    )
    a(
        "Doomsday opening weekend is gonna be insane. I'm saying $210M domestic. Brand New Day probably lands somewhere around 170 in July which would still be huge for a spidey solo",
        "boxoffice",
        [374, 373],
    )
    a(
        "Masters of the Universe looked like a dumb toy commercial and it IS one but it's so earnest about it. Galitzine as He-Man works, Jared Leto as Skeletor I'm still unsure",
        "movies",
        [393],
    )
    a(
        "Power Ballad is the John Carney music movie I didn't know I needed. Paul Rudd and Nick Jonas singing together shouldn't work",
        "movies",
        [390],
    )
    a(
        "Cold Storage is the dumbest fun I've had in a theater this year. Liam Neeson vs a zombie fungus in a self storage facility. that's the movie. that's the review.",
        "movies",
        [361],
    )
    a(
        "they made another cat in the hat movie, animated this time. my 4yo loved it, i napped. everyone won",
        "movies",
        [394],
    )
    a(
        "hokum with adam scott was way weirder than the trailer let on, damian mccarthy does dread like nobody else working rn",
        "horror",
        [385],
    )
    a(
        "the street fighter movie casting is so random and i love it. momoa as BLANKA?? centineo as ken?? 50 cent as balrog??? sure why not",
        "StreetFighter",
        [376],
    )
    a(
        "ref blew the whistle like two seconds before the ball crossed the line. absolutely criminal. VAR can't even overturn it because play was dead",
        "soccer",
        [],
    )
    a(
        "the primate house at the zoo smelled like a gym bag but watching the orangutan carefully peel a mango like a person was worth it",
        "interestingasfuck",
        [],
    )
    a(
        "found a Masters of the Universe He-Man figure from 1983 at a garage sale for $2 and my kid plays with it more than anything new we've bought him",
        "Parenting",
        [],
    )
    a(
        "> Doomsday is gonna flop\n\nbro it's literally the avengers with RDJ back. it is not flopping. it might not do endgame numbers but flop?? lmao",
        "marvelstudios",
        [374],
    )
    a(
        "Normal People ruined me. Paul Mescal in that chain. I'm still not over it five years later",
        "television",
        [],
    )
    a(
        "reading The Cat in the Hat to my son for roughly the 400th time. I can recite it in my sleep now. he still laughs at the fish every time",
        "Parenting",
        [],
    )
    a(
        "Supergirl in June, Clayface in September. the DCU actually having a release schedule is so weird after the last 10 years",
        "DC_Cinematic",
        [353, 377],
    )
    a(
        "The Bride! is going to be divisive as hell and I'm here for it. Maggie Gyllenhaal went full punk rock Frankenstein, Jessie Buckley is unhinged in the best way, Bale is weirdly tender",
        "movies",
        [356],
    )
    a(
        "Clayface being an actual body horror movie is the most interesting swing DC Studios has taken. Tom Rhys Harries melting in that makeup chair scene was nasty",
        "DC_Cinematic",
        [377],
    )
    a(
        "Went to the Sunrise on the Reaping movie with my sister and it was SO faithful it hurt. Haymitch's games on screen were brutal, Joseph Zada nailed him",
        "books",
        [378],
    )
    a(
        "Cold Storage by David Koepp is such a fun book. a fungus that eats everything, written by the guy who wrote Jurassic Park the movie. it reads like a screenplay",
        "books",
        [],
    )
    a(
        "Cliffhanger (1993) is the most 90s action movie ever made. Stallone hanging off a mountain in a t-shirt, John Lithgow chewing every piece of scenery in the Rockies",
        "movies",
        [],
    )
    a("hail mary ★★★★½ amaze amaze amaze 🪨🕷️", "Letterboxd", [351])
    a(
        "that season finale was such a cheap cliffhanger. they're not even renewed yet, why would you end on that",
        "television",
        [],
    )
    a(
        "They Will Kill You is such a fun one. Zazie Beetz killing cultists in a fancy NY apartment building, what more do you want",
        "horror",
        [400],
    )
    a(
        "Clayface in Batman: The Animated Series, 'Feat of Clay', is genuinely horror for a kids show. best villain episode in the whole series",
        "DC_Cinematic",
        [],
    )
    a(
        "Ready or Not (2019) is such a perfect little movie. 95 minutes, Samara Weaving screaming in a bloody wedding dress, Adam Brody being sad. no notes",
        "horror",
        [],
    )
    a(
        "**Weekend estimates (Fri-Sun)**\n\n- Supergirl: $74M\n- Toy Story 5 (wk 2): $58M\n- Masters of the Universe (wk 4): $9M\n\nSupergirl is fine, not great. TS5 legs looking strong",
        "boxoffice",
        [353, 370, 393],
    )
    a(
        "goat (2026) made me ugly cry over a basketball playing goat. sony animation does not miss 🐐🏀",
        "Letterboxd",
        [363],
    )
    a(
        "My coworker Michael microwaves fish in the office kitchen every single day. I've asked nicely twice. what is the next step here",
        "AskReddit",
        [],
    )
    a(
        "I keep going back and forth on Fennell's Wuthering Heights, so let me try to work it out here.\n\nEvery adaptation of the novel cuts the second generation, that's nothing new, Wyler did it in 1939 and Arnold basically did too in 2011. What's different here is that Fennell seems completely uninterested in the class and race dimension that Arnold put front and center. Heathcliff is just a hot brooding guy now. That's a real choice and I think it's the wrong one, because without the outsider thing the cruelty in the back half has no engine, it's just a sexy mean man.\n\nBUT. The production design is insane, the moors look like a fever dream, and Robbie plays Cathy as genuinely selfish in a way I didn't expect. There's a scene with the window that is better than anything in the 2011 version.\n\nSo: a bad adaptation, maybe a decent movie? I don't know. I want to see it again before I decide.",
        "TrueFilm",
        [357],
    )
    a(
        "Mercy was basically a 100 minute Chris Pratt screensaver. an 'AI judge' movie with less to say about AI than a linkedin post",
        "moviecritic",
        [358],
    )
    a(
        "astrology is total hokum but I still read my horoscope every morning. we all have our vices",
        "AskReddit",
        [],
    )
    a(
        "rented a mini digger for the weekend to dig out a pond. best $300 I have ever spent, also I am now 12 years old again",
        "DIY",
        [],
    )
    a(
        "devil wears prada 2 but make it about the death of print media. honestly way more relevant than it had any right to be",
        "movies",
        [368],
    )
    a(
        "Just finished The Odyssey in the Emily Wilson translation and it reads so smoothly compared to Fagles. highly recommend if the older ones bounced off you",
        "books",
        [],
    )
    a(
        "Michael Jackson's Thriller is still the best selling album of all time and nothing is ever going to touch that number in the streaming era",
        "Music",
        [],
    )
    a(
        "our dog stars in every single family photo whether we like it or not. he has a sixth sense for cameras",
        "dogs",
        [],
    )
    a(
        "Pressure (2026) is a shockingly tense movie about... a weather forecast. Andrew Scott and Brendan Fraser arguing about isobars for two hours and I was on the edge of my seat. Maras did it again",
        "TrueFilm",
        [383],
    )
    a(
        "reread Dune Messiah this month. anyone who still thinks Paul is the hero needs to read the second book, Herbert could not have been more clear",
        "dune",
        [],
    )
    a(
        "I begged the HOA for mercy and they still fined me $200 because my trash can was visible from the street for six hours",
        "fuckHOA",
        [],
    )
    a(
        "the bunker in 10 Cloverfield Lane is one of the tensest settings in modern horror. John Goodman is terrifying in that shelter",
        "horror",
        [],
    )
    a(
        "dune part three trailer breakdown thread:\n\n- the jihad montage\n- alia with the crysknife\n- paul blind walking into the desert 😳\n\nDECEMBER CANNOT COME FAST ENOUGH",
        "dune",
        [375],
    )
    a(
        "Doomsday vs Dune 3 on the same weekend in December is the new Barbenheimer. Dunesday. I'm doing both on Saturday",
        "movies",
        [374, 375],
    )
    a(
        "Undertone is the scariest thing I've watched with headphones on. A24 marketing it with 'listen closely' was perfect",
        "horror",
        [386],
    )
    a(
        "Michael Mann's Heat is still the gold standard for crime movies. the downtown shootout has never been topped",
        "movies",
        [],
    )
    a(
        "2026 horror ranked so far:\n\n1. Undertone\n2. Primate\n3. Hokum\n4. Whistle\n5. Psycho Killer (sorry)\n\nhaven't seen Cold Storage yet, is it worth it?",
        "horror",
        [386, 359, 385, 384, 364, 361],
    )
    a(
        "Nobody (2021) is such a great action movie. Bob Odenkirk as a boring normal dad who is secretly a killer is perfect casting",
        "movies",
        [],
    )
    a(
        "the mk1 invasions mode was a mess but the base roster and the kameo system are still fun. hoping the next game goes back to a normal tower",
        "MortalKombat",
        [],
    )
    a(
        "just got back from Project Hail Mary and im not okay. rocky is the best movie character of the year, no contest. ryan gosling talking to a space rock spider for 2.5 hours should not work and it WORKS",
        "movies",
        [351],
    )
    a(
        "Psycho Killer. the first 20 minutes were super tense, then the killer starts monologuing about his childhood for like 10 minutes and I just got up and left",
        "AskReddit",
        [364],
    )
    a(
        "The Invite might be Olivia Wilde's best directing yet. a dinner party from hell with Seth Rogen and Edward Norton is SO uncomfortable to watch, in a good way",
        "movies",
        [388],
    )
    a(
        "Wuthering Heights is NOT a romance and I will die on this hill. Heathcliff is a monster, Catherine is not much better, and the whole point of the book is that obsession destroys two generations",
        "books",
        [],
    )
    a(
        "Iñárritu directing a Tom Cruise comedy?? Digger is a strange little movie but I respect the hell out of it",
        "movies",
        [380],
    )
    a(
        "the cat in the hat (2026) is infinitely better than the mike myers one, which to be fair is the lowest bar ever set",
        "movies",
        [394],
    )
    a(
        "my top 5 of 2026 so far:\n\n1. Project Hail Mary\n2. The Odyssey\n3. Sinners - wait no thats last year\n3. Hokum\n4. Crime 101\n5. Primate",
        "movies",
        [351, 352, 385, 362, 359],
    )
    a(
        "scream vi subway scene is the best set piece in the whole franchise. the ladder scene is a close second",
        "scream",
        [],
    )
    a(
        "street fighter 6 ranked is making me lose my mind. hardstuck platinum with ken for two months, every juri just jumps at me and i eat it every time",
        "StreetFighter",
        [],
    )
    a(
        "chimps are terrifying when you actually think about it. Gordy's House in Nope lives in my head rent free",
        "horror",
        [],
    )
    a(
        "wuthering heights (2026) is a perfume commercial with a budget. margot and jacob look great in the rain but emerald fennell clearly stopped reading around chapter 10",
        "movies",
        [357],
    )
    a(
        "watched mercy on a plane. chris pratt sits in a chair for an hour and a half, rebecca ferguson is a hologram judge. that's genuinely it",
        "flicks",
        [358],
    )
    a(
        "Picked up the new 4K of Close Encounters and the mothership landing is still the most awe I've felt watching a movie. Spielberg at his absolute best",
        "criterion",
        [],
    )
    a(
        "Primate was legit scary?? a rabid chimp in a cliffside house, dead simple setup, mostly practical effects. more of this please",
        "horror",
        [359],
    )
    a(
        "Scream 7 ranking after one watch:\n\n1 > 2 > 5 > 7 > 4 > 6 > 3\n\nneve being back did a LOT of heavy lifting for me",
        "scream",
        [365],
    )
    a(
        "Mortal Kombat II finally gave us Johnny Cage and Karl Urban is PERFECT. and the tournament actually happens this time!!! 🩸",
        "MortalKombat",
        [366],
    )
    a(
        "Masters of the Universe (1987) with Dolph Lundgren is a fever dream. Courteney Cox!! Skeletor in a Los Angeles suburb!!",
        "movies",
        [],
    )
    a(
        "Nolan's The Odyssey in 70mm IMAX is the only way to see it. drove 3 hours to the nearest real IMAX and would do it again tomorrow",
        "movies",
        [352],
    )
    a(
        "The Dog Stars trailer with Jacob Elordi and Ridley Scott directing... peter heller's book is so quiet and lonely, i hope they keep that instead of making it an action movie",
        "books",
        [391],
    )
    a(
        "practical magic for beginners: start with candles and intention, skip the $80 starter kits from instagram",
        "witchcraft",
        [],
    )
    a("me at 3am opening the fridge: ready or not, here i come", "AskReddit", [])
    a(
        "Statham in Shelter is exactly what you think it is and thats fine. lighthouse hermit protects a kid, punches a lot of guys in the rain. 6/10 would watch on a plane again",
        "flicks",
        [360],
    )
    a(
        "there's such a strong undertone of grief in Hereditary that it stops being a horror movie halfway through and becomes a family tragedy",
        "horror",
        [],
    )
    a(
        "Brand New Day is the first Spidey movie in forever that actually feels street level. the Punisher fight in the hallway was 🔥🔥",
        "marvelstudios",
        [373],
    )
    a(
        "mother mary is anne hathaway as a pop star being haunted by michaela coel, directed by david lowery and i needed it yesterday",
        "movies",
        [387],
    )
    a(
        "our goats got out AGAIN and ate half the neighbor's roses. anyone have fencing that actually holds goats? we tried cattle panels and the little one just squeezes through",
        "farming",
        [],
    )
    a(
        "Mortal Kombat (1995) theme still goes harder than any movie score ever written. MORTAL KOMBAAAAAT",
        "MortalKombat",
        [],
    )
    a(
        "Dune: Part Three making Paul the clear villain is exactly what Herbert wanted. Villeneuve gets it. the final shot in the desert 😶",
        "dune",
        [375],
    )
    a(
        "Goodfellas is basically crime 101 for anyone trying to get into gangster movies. start there, then Casino, then The Irishman",
        "MovieSuggestions",
        [],
    )
    a(
        "best power ballad in musical theatre? I say Defying Gravity but my roommate is adamant it's Don't Rain on My Parade",
        "musicaltheatre",
        [],
    )
    a(
        "when I find myself in times of trouble, mother mary comes to me 🎶 Let It Be is the best Beatles song and I won't be taking questions",
        "Music",
        [],
    )
    a(
        "solo mio is kevin james falling in love in italy and it's exactly a hallmark movie that somehow got a theatrical release. i smiled the whole time ngl",
        "movies",
        [398],
    )
    a(
        "Ready or Not 2: Here I Come was an absolute blast. Samara Weaving is the final girl of our generation and Kathryn Newton as her sister is a great addition",
        "horror",
        [399],
    )
    a(
        "O Brother, Where Art Thou? is literally the Odyssey set in 1930s Mississippi and it might be the Coens' most rewatchable movie",
        "movies",
        [],
    )
    a(
        "Arnold's Wuthering Heights (2011) is the only adaptation that gets the moors right. handheld, muddy, cold, brutal. nobody talks about it",
        "TrueFilm",
        [],
    )
    a(
        "Hot take but 90s action movies understood something modern blockbusters forgot: put a normal-ish guy under insane pressure with a ticking clock and just let it play out.\n\nCliffhanger (1993) opens with the strap breaking on the mountain and you immediately know the stakes, no lore dump, no multiverse. Speed is literally a bus that can't go under 50. Die Hard with a Vengeance is McClane running around New York doing riddles with a hangover. None of these needed three phases and a cinematic universe to work.\n\nNow every action movie has a 20 minute prologue explaining a magic artifact and the hero can't die because he's in four more movies. There's no pressure when you already know the sequel release date.\n\nAnyway, someone tell me a recent action movie that gets this right. I've seen John Wick, I've seen The Raid, I've seen Mad Max Fury Road. What else?",
        "movies",
        [],
    )
    a(
        "Daniel Day-Lewis is the GOAT of method acting and nobody is close. dude learned to make shoes for 5 years",
        "movies",
        [],
    )
    a(
        "Michael (1996) with John Travolta as a chain smoking angel is such a weird little movie. Andie MacDowell dancing to Chain of Fools",
        "movies",
        [],
    )
    a(
        "street fighter (1994) with van damme and raul julia is so bad it's good. 'for me, it was tuesday' is an all time line",
        "StreetFighter",
        [],
    )

    # The twelfth batch: a twelfth session, given a sixth catalogue (50 films of 2022-2025 whose titles are
    # ordinary words, names and phrases, or those of older films, books and games, ids 401-450) and a
    # brief asking for about half traps. Scored before any rule was changed for it: P 0.800 R 0.917.
    batch = "twelfth"
    a(
        "as someone who actually cage dives... Dangerous Animals is ridiculous but i appreciated that the sharks weren't the villains for once. the human is",
        "sharks",
        [443],
    )
    a(
        "my 2023 top 10, finally:\n1. Past Lives\n2. May December\n3. The Zone of Interest\n4. Showing Up\n5. Anatomy of a Fall\n6. Passages\n7. Killers of the Flower Moon\n8. Fair Play\n9. Godzilla Minus One\n10. Asteroid City\n\nedit: forgot poor things exists, swap it in for asteroid city i guess",
        "Letterboxd",
        [410, 411, 412, 413],
    )
    a(
        'How to Train Your Dragon (2010) has one of the best scores ever written for an animated movie. "Test Drive" is John Powell at his absolute peak',
        "DreamWorks",
        [],
    )
    a(
        'The Life of Chuck is my favorite novella in If It Bleeds. The reverse structure shouldn\'t work but it absolutely does. "I contain multitudes." Gets me every time I reread it.',
        "StephenKing",
        [],
    )
    a(
        "festival + arthouse haul from the last couple months, quick thoughts:\n\nlurker ★★★★ - anxiety in movie form\nurchin ★★★★½ - harris dickinson can direct??\npillion ★★★★ - funniest movie of the year, not joking\namericana ★★½ - sweeney is good, the script is all over the place",
        "Letterboxd",
        [440, 441, 442, 444],
    )
    a(
        "The Life of Chuck movie made me cry three separate times. the hiddleston drum/dance scene is pure joy. flanagan gets king better than anyone",
        "StephenKing",
        [446],
    )
    a(
        "Honestly the 2025 remake slate has been a weird experiment in what audiences will actually tolerate. Snow White flopped so hard Disney basically pretended it didn't happen, and I don't think it was only the online discourse, the movie just looked cheap and uncanny and the CGI dwarfs were a nightmare. Meanwhile Mufasa, which everyone including me wrote off, ended up being kind of interesting because Barry Jenkins actually tried to do something with the camera, even if photoreal lions still can't emote.\n\nThen HTTYD comes out and is basically the 2010 movie again with real people, and it does great?? I think the difference is the animated one was already staged like a live action movie. Dean DeBlois directing both helped a lot. The flying scenes look like they were shot in actual miserable north atlantic weather.\n\ntl;dr: people don't hate remakes, they hate remakes that feel like homework.",
        "movies",
        [425, 434, 449],
    )
    a(
        "leo in the wolf of wall street is his best performance, the quaalude scene alone. fight me",
        "movies",
        [],
    )
    a(
        "It's the small kinds of kindness from strangers that keep me going. Bloke at the bus stop gave me his umbrella today and just walked off into the rain. Legend.",
        "CasualUK",
        [],
    )
    a(
        "the book is rough to read but honestly the It Ends With Us movie softened it in weird ways. blake lively's outfits were doing a lot of heavy lifting",
        "books",
        [419],
    )
    a(
        "nobody is showing up for original movies anymore and then we all complain that everything is a sequel",
        "movies",
        [],
    )
    a(
        "Snow White and the Seven Dwarfs (1937) is still gorgeous. people forget how insane it was to make a feature length cel animated movie back then, everyone called it disney's folly",
        "disney",
        [],
    )
    a(
        "The Life of Chuck. Also the end of 28 Years Later with the mom, did NOT expect a zombie movie to get me like that",
        "AskReddit",
        [446, 450],
    )
    a(
        "Bride Hard trailer made me laugh once and that was enough for me to skip it. rebel wilson doing die hard at a wedding is a one joke premise",
        "movies",
        [435],
    )
    a(
        "fair play to them, parked the bus for 80 minutes and nicked it on the counter. not pretty but it worked",
        "soccer",
        [],
    )
    a(
        "the creator of the show said in an interview that season 3 was always planned as the last one, so people need to stop blaming the network",
        "television",
        [],
    )
    a(
        'Gladiator (2000) is the last time a big studio epic felt genuinely classical. "are you not entertained" still gives me chills',
        "movies",
        [],
    )
    a(
        "i'm a certified lurker on here. 600 films logged, zero reviews, i just read everyone else's and hit like",
        "Letterboxd",
        [],
    )
    a(
        "Bram Stoker's Dracula (1992) is a gorgeous mess. gary oldman's hair buns alone deserve an award. keanu's accent does not",
        "horror",
        [],
    )
    a(
        "28YL > 28 Days Later and i'm not even sorry. ralph fiennes covered in iodine building the bone temple is the most beautiful thing i've seen in a zombie movie",
        "horror",
        [450],
    )
    a(
        "Cocaine Bear is exactly as stupid as the title and that's why it rules. the ambulance scene 🐻🐻🐻",
        "movies",
        [416],
    )
    a(
        "My grandpa was the only person who ever showed up to every single one of my school plays. Didn't matter if I was a tree with one line. Front row, camcorder, clapping like I'd won an Oscar. He passed in the fall and I found out he'd kept every tape. Showing up is love, people. That's the whole thing.",
        "AskReddit",
        [],
    )
    a(
        "for the 50th time Saltburn is NOT an A24 movie lol. it's amazon MGM. same with May December, that's netflix. \"weird movie with a pretty poster\" doesn't automatically mean A24",
        "A24",
        [409, 410],
    )
    a(
        "A24 horror ranked for someone new to the genre: talk to me > x > hereditary > midsommar > pearl. heretic if you want something more talky",
        "A24",
        [],
    )
    a(
        "Beast (2017) with Jessie Buckley is criminally underseen. That Jersey setting and Johnny Flynn being charming and terrifying at the same time",
        "TrueFilm",
        [],
    )
    a(
        "The Creator looks like a $300M movie and cost like $80M. gareth edwards is a wizard. story is mid but every frame is a wallpaper",
        "movies",
        [406],
    )
    a(
        "The Bad Guys (2022) has such a great art style, that spider-verse-lite look mixed with an ocean's 11 vibe",
        "DreamWorks",
        [],
    )
    a(
        "I've been sitting with The Brutalist for a week now and I think the thing people get wrong is treating the epilogue as the \"point.\" The Venice Biennale coda, with the niece basically explaining the whole structure of the institute as a metaphor for the camps, feels like Corbet doesn't trust us, and I get why people hate it. But I read it as deliberately hollow. László's life gets flattened into a tidy curatorial narrative, which is exactly what Van Buren was doing to him for three hours: taking the mess of a person and turning it into a monument he could own.\n\nThe first half is honestly some of the best filmmaking of the decade. The VistaVision stuff, the upside-down Statue of Liberty, the way the score just hammers at you. The second half does fall apart a bit, specifically the Carrara sequence, which is staged like it's meant to be the climax but plays as if they ran out of time to build up to it.\n\nAlso the AI voice-editing controversy was so overblown. It was a few Hungarian vowels. Brody earned that Oscar.\n\nAnyway, 8.5/10, would sit through the intermission again.",
        "TrueFilm",
        [424],
    )
    a(
        "Beauty and the Beast (2017) making $1.2B is the reason we got a decade of these remakes, change my mind",
        "boxoffice",
        [],
    )
    a(
        "Elio flopping hurts, it deserved so much better. the pitch was weird but the alien designs were some of pixar's best",
        "Pixar",
        [],
    )
    a(
        "the judge denied bail because he was considered a flight risk. dual passports and a boat in his name, so yeah, no kidding",
        "law",
        [],
    )
    a(
        "The Wolf Man (1941) holds up better than the frankenstein movies imo. lon chaney jr's sad eyes do so much",
        "horror",
        [],
    )
    a(
        "Moana 2 crossing a billion was always going to happen. the real story is Mufasa. opened to like $35M, everyone called it a flop, and then it just... kept going all through january. ended up past $700M WW",
        "boxoffice",
        [423, 425],
    )
    a(
        "Really hoping Showing Up gets a Criterion release eventually. Reichardt's other stuff has been treated so well by them and Michelle Williams with the injured pigeon is one of my favorite things ever.",
        "criterion",
        [413],
    )
    a("giannis was an absolute beast tonight, 38 and 15 AND he made his free throws??", "nba", [])
    a(
        "tyler, the creator's set was one of the best live shows i've ever seen. chromakopia songs hit so much harder live",
        "hiphopheads",
        [],
    )
    a(
        "brutalist buildings get so much hate but the barbican is genuinely one of the most beautiful places in london. go on a grey day, trust me",
        "architecture",
        [],
    )
    a(
        "Kelsey Grammer's Beast popping up in The Marvels got the loudest reaction in my whole theater, louder than anything else in the movie",
        "marvelstudios",
        [],
    )
    a(
        "James Earl Jones coming back as Mufasa in the 2019 remake was the only part of that movie that felt alive",
        "moviecritic",
        [],
    )
    a(
        "sandler's netflix deal is so funny. hubie halloween, murder mystery 1 and 2, you are so not invited to my bat mitzvah. he's just making movies so he can go on vacation with his friends",
        "netflix",
        [],
    )
    a(
        '"oh hi mark" is the greatest line reading in cinema history and i will not be taking questions',
        "movies",
        [],
    )
    a(
        "Megalopolis: $120M budget, coppola's own money, ~$14M worldwide. genuinely one of the biggest bombs ever by ratio. still glad it exists",
        "boxoffice",
        [420],
    )
    a(
        "Been riding about 12 years and started carrying my wife as a pillion last summer. Things that actually helped us:\n\n1. **Intercom.** Cardo, Sena, whatever. Half the anxiety goes away when she can just say \"slow down\" instead of slapping my leg.\n2. Tell your pillion to look over your shoulder in the direction of the turn. Don't lean extra, don't fight the lean, just be a backpack.\n3. Pegs. If the stock passenger pegs put her knees in her chest, look at lowering kits.\n4. Start short. Our first ride was 20 minutes to get coffee, not a 300 mile day.\n5. Real gear for her too, not just a helmet. She's the one sitting next to the hot exhaust.\n\nAlso bump your preload and tire pressure for the extra weight, it makes a noticeable difference under braking.\n\nEdit: a few people asking about backrests - yes, get one if your bike allows it. she went from hating longer rides to falling asleep on them (which is its own problem lol)",
        "motorcycles",
        [],
    )
    a(
        "> survival thrillers under 100 minutes?\n\n- Fall (2022)\n- Beast (the idris elba vs lion one)\n- The Shallows\n- Crawl\n- 47 Meters Down\n\nall dumb, all fun",
        "MovieSuggestions",
        [401, 402],
    )
    a(
        "three generations of screaming parents on my mom's side and i told my husband it ends with us. our kids will not grow up walking on eggshells",
        "raisedbynarcissists",
        [],
    )
    a(
        "Beast is the perfect dumb 90 minute sunday movie. idris elba punches a lion. what more do you want",
        "movies",
        [402],
    )
    a(
        "Joy Ride (2001) with paul walker and steve zahn is such an underrated early 2000s horror. rusty nail's voice over the CB radio is still creepy",
        "horror",
        [],
    )
    a(
        "Finally saw The Fall (2006) by Tarsem. Every frame a painting, and Lee Pace is heartbreaking. How is this not on every streaming service",
        "flicks",
        [],
    )
    a(
        "A \"may december relationship\" where he's 44, you're 19, and you met because he's your manager is not just \"an age gap\", it's a red flag parade. Please be careful OP.",
        "relationship_advice",
        [],
    )
    a(
        "28 Days Later still has the scariest opening of any zombie movie. cillian murphy wandering across an empty westminster bridge in a hospital gown",
        "horror",
        [],
    )
    a(
        "Urchin is the best debut I've seen this year. Harris Dickinson could've made a safe actor-turned-director movie and instead made this messy, compassionate thing about a homeless guy in London who keeps sabotaging himself. Frank Dillane is unreal.",
        "TrueFilm",
        [440],
    )
    a("as a leo sun leo moon i feel personally attacked by this post 😤", "astrology", [])
    a(
        "Locked (2025) is basically Phone Booth in a car. bill skarsgard gets trapped in a smart SUV and anthony hopkins torments him over the speakers. hopkins is clearly having a blast",
        "horror",
        [427],
    )
    a(
        "Saltburn pier on a cold sunny morning with a bag of chips is about as good as life gets. The cliff lift is worth the quid.",
        "CasualUK",
        [],
    )
    a(
        "Joy Ride (2023) is so underrated. the k-pop WAP scene alone. stephanie hsu is a comedy genius",
        "movies",
        [414],
    )
    a(
        "Sisu in Raya and the Last Dragon is basically just Awkwafina being Awkwafina and i love her for it",
        "disney",
        [],
    )
    a(
        "what passages do you go back to when you're anxious? for me it's philippians 4:6-7, every single time",
        "Christianity",
        [],
    )
    a(
        "Snow White. My niece wanted to go. Close second was Wolf Man back in January, I genuinely don't remember a single thing that happened in it",
        "AskReddit",
        [433, 434],
    )
    a(
        "americans when they learn how many dangerous animals we have: 🤯\naustralians: mate it's the magpies you need to worry about",
        "australia",
        [],
    )
    a(
        "ridley scott's last two have been rough. napoleon felt like a wikipedia summary and gladiator ii was just gladiator again but with sharks. denzel saved that one though",
        "movies",
        [405, 422],
    )
    a(
        "my 3yo has watched moana every single day for two months. i know every word of you're welcome. i dream about the coconut pirates. send help",
        "Parenting",
        [],
    )
    a(
        "The Bad Guys 2 is one of the rare sequels that's as good as the first. the bad girls are great villains and the space heist goes hard",
        "DreamWorks",
        [437],
    )
    a(
        "The Dog Man books are the only thing that got my reluctant reader reading on his own. I don't care that it's potty humor, he's READING. Cat Kid Comic Club is good too",
        "Parenting",
        [],
    )
    a(
        "Played the game back in 2015, watched the Until Dawn movie last night. It's a totally different story with a time loop, the only shared things are the mountain and kinda the wendigos. As a horror movie it's fine, as an adaptation it's weird",
        "gaming",
        [428],
    )
    a(
        "saw strays on a plane and laughed so hard the guy next to me asked what i was watching. will ferrell voicing a dumb loyal dog was perfect casting",
        "movies",
        [407],
    )
    a(
        'It Ends With Us is the book that finally made me stop reading hoover. marketing a book about domestic abuse with pastel flowers and "romance" was so gross',
        "books",
        [],
    )
    a(
        "smurfs was... fine? my two laughed at the fart stuff. rihanna as smurfette was a choice. it's 90 min and the popcorn was good, that's my review",
        "Parenting",
        [436],
    )
    a(
        'fantastic beasts going from "new 5 movie saga" to quietly dying after 3 is the perfect example of a studio not knowing what anyone wanted',
        "movies",
        [],
    )
    a(
        "watched fall last night and i genuinely had to pause it twice because my palms were sweating. two girls stuck on top of a 2000ft radio tower, that's the whole movie and it works",
        "horror",
        [401],
    )
    a(
        "2025 was a big year for dreamworks live action and animation at the same time: How to Train Your Dragon crushing it in june and then Bad Guys 2 in august. Dog Man was technically theirs too in january!",
        "DreamWorks",
        [431, 437, 449],
    )
    a(
        "watched gilmore 2 with my golf buddies and we spent the whole time pointing out the tour pro cameos. better than it had any right to be",
        "golf",
        [447],
    )
    a(
        "this fall's lineup is stacked. between the PTA movie, frankenstein and bugonia i'm going to be broke by november",
        "movies",
        [],
    )
    a(
        "The Life of Chuck won people's choice at TIFF and then came out and everyone just... didn't go? it's such a lovely movie. \"thanks chuck! 39 great years!\" ",
        "movies",
        [446],
    )
    a(
        "Gladiator II made me rewatch the original and yeah, the 2000 one is better in every single way. the baboon fight was funny though",
        "movies",
        [422],
    )
    a(
        "Until Dawn is still the best supermassive game by a mile. the remake looked prettier but they messed with the camera and the soundtrack and it lost something",
        "gaming",
        [],
    )
    a(
        "Lilo & Stitch crossing $1B is the story of the summer. Jurassic World Rebirth and Superman both did fine, F1 overperformed, and nobody saw Elio",
        "boxoffice",
        [],
    )
    a(
        "Long time lurker, finally have a story worth posting for this.\n\nFall of 2019, I'm house sitting for my aunt who lives way out in the country. Night one I step outside to take the trash out and the door swings shut behind me. Locked. Phone inside, keys inside, it's maybe 40 degrees and I'm in shorts and socks. I try the back door, locked. Garage, locked. Then I remember she keeps a spare key in one of those fake rocks, except there are like 200 rocks in her garden and I have no flashlight because, again, phone inside.\n\nSo I spent until dawn flipping rocks by moonlight like a raccoon. Found it at 5:30am under the birdbath. Not in a fake rock. Just under the birdbath.\n\nMy aunt came home a week later and said \"oh, I moved the spare to the mailbox years ago, didn't I tell you?\"\n\nI have not house sat for anyone since.",
        "AskReddit",
        [],
    )
    a(
        "Sebastian Stan going from Bucky to Trump in The Apprentice to a Best Actor nom is the most insane career arc. the man has range",
        "marvelstudios",
        [421],
    )
    a(
        "netflix animation has been quietly killing it. Nimona, Leo, and then kpop demon hunters out of nowhere",
        "netflix",
        [403, 408],
    )
    a(
        "my tier list of stuff i saw in theaters 2023-24:\n\n**S:** The Brutalist, Furiosa\n**A:** Nimona (netflix but i caught a screening), May December\n**B:** Wonka, Dune 2 (controversial ik)\n**C:** Napoleon\n**F:** Megalopolis (affectionate F)",
        "Letterboxd",
        [404, 405, 408, 410, 417, 420, 424],
    )
    a(
        "BosWash is the textbook megalopolis but honestly the Texas Triangle is going to be the one to watch over the next 30 years",
        "urbanplanning",
        [],
    )
    a(
        "Oh, Hi! is a rom-com that turns into a kidnapping movie in like 15 minutes and molly gordon sells every second of it. logan lerman spends most of it chained to a bed lol",
        "movies",
        [445],
    )
    a(
        "The Amateur was... fine. rami malek as a CIA nerd going on a revenge tour is a good hook but it's so generic. felt like a 2005 airport novel thriller",
        "movies",
        [426],
    )
    a(
        "Love Hurts was such a waste of ke huy quan. after everything everywhere he deserved a way better first action lead than this 80 minute thing",
        "movies",
        [429],
    )
    a(
        "Nimona started as ND Stevenson's webcomic back in 2012 and the graphic novel is still one of my comfort reads. ballister blackheart my beloved",
        "comicbooks",
        [],
    )
    a(
        "Lurker is the most accurate movie about parasocial fame-climbing i've ever seen. théodore pellerin is so unsettling, every smile feels like a threat",
        "movies",
        [441],
    )
    a(
        "I'm going to be blunt because I was you ten years ago.\n\nI was 20, he was 41. Everyone called it a \"may december thing\" like it was romantic, and at the time it felt romantic. He was calm, he had his life together, he paid for things, he made guys my age look like children. What I didn't see was that half of that calm was just that he'd already decided how everything was going to go and I was supposed to fit into it.\n\nThe stuff you describe in your post, him \"not liking\" your friends, getting weird when you mention grad school, making jokes about you being \"too young to understand\" whenever you disagree, is exactly how it started for me. It's not about the number. It's about the power imbalance, and he knows it's there, and he uses it.\n\nYou don't have to dump him tonight. But please keep your own bank account, keep your friends, and apply to the program. If he's who he says he is, none of that will be a problem.\n\nEdit: thank you for the award kind stranger, and to the people DMing me that age is just a number, it really isn't when one of you is still figuring out who you are.",
        "relationship_advice",
        [],
    )
    a(
        "did the columbia river gorge loop last weekend, waterfalls were insane after all the rain. wear real shoes, the trail was mud soup",
        "hiking",
        [],
    )
    a(
        "HTTYD vs Lilo & Stitch is an interesting comparison. stitch opened way bigger but dragon is holding better week to week. remakes of 2010s animation might actually be a thing now",
        "boxoffice",
        [449],
    )
    a(
        "2025 horror so far has been great honestly:\n- 28 Years Later\n- Sinners\n- Bloodlines\n- Dangerous Animals\n- Weapons\n- Until Dawn (mid but fun)\n\nwhat am i missing",
        "horror",
        [428, 443, 448, 450],
    )
    a(
        "Flight Risk exists solely so we could all watch mark wahlberg with a bald cap for 90 min. mel gibson shot this entire thing in one fake cockpit",
        "movies",
        [432],
    )
    a(
        "the wolfman (2010) with benicio del toro is way better than its reputation. rick baker's makeup is incredible",
        "horrormovies",
        [],
    )
    a(
        "Wonka was so much better than it had any right to be. makes sense once you realize it's the paddington director. hugh grant as an oompa loompa is a top 5 performance of 2023 idc",
        "movies",
        [404],
    )
    a(
        "reading Dracula for the first time through Dracula Daily and the epistolary format makes it so much creepier than any movie version",
        "books",
        [],
    )
    a(
        "Mufasa's death in the 1994 lion king traumatized an entire generation and i think we should talk about it more",
        "disney",
        [],
    )
    a(
        "the older i get the more i realize friendship is 90% just showing up. for the move, for the hospital visit, for the boring birthday at the bowling alley",
        "AskReddit",
        [],
    )
    a(
        "the live action httyd is like 90% shot for shot with the 2010 one which sounds pointless on paper but gerard butler coming back as stoick honestly sold it for me. mason thames was great too",
        "DreamWorks",
        [449],
    )
    a(
        "Beetlejuice is such a weird kids movie in hindsight. the shrunken head guy in the afterlife waiting room?? who approved this for 8 year olds",
        "movies",
        [],
    )
    a(
        "moana 2 felt like a tv series cut into a movie because... it literally was. none of the songs come close to how far i'll go",
        "disney",
        [423],
    )
    a(
        "Vicious by V.E. Schwab is one of the best villain-protagonist books out there. victor and eli are both awful people and i love them",
        "books",
        [],
    )
    a(
        "Passages is basically 90 minutes of franz rogowski being the worst boyfriend alive in amazing outfits. ben whishaw's character deserved better",
        "movies",
        [412],
    )
    a(
        "Fair Play on netflix is so stressful. phoebe dynevor and alden ehrenreich's relationship collapsing over one promotion at a hedge fund. that ending is nuts",
        "netflix",
        [411],
    )
    a(
        'Napoleon was actually around average height for a Frenchman of his time. The "short" thing is mostly British cartoon propaganda plus confusion between French and English inches.',
        "history",
        [],
    )
    a(
        "TIL the real \"Cocaine Bear\" was a black bear in Georgia that ate a duffel bag's worth of cocaine dropped by a smuggler in 1985. It's now stuffed and on display at a mall in Lexington, Kentucky.",
        "todayilearned",
        [],
    )
    a(
        "if you like 28 days later watch 28 weeks later next, the opening farmhouse scene with robert carlyle is one of the most intense openings ever",
        "MovieSuggestions",
        [],
    )
    a(
        'Napoleon Dynamite is still quoted in my house weekly. "gosh!" "idiot!" "vote for pedro" my kids don\'t even know where it\'s from',
        "movies",
        [],
    )
    a(
        'we started using the Fair Play cards for household chores and honestly it saved our marriage. my husband had no idea "kid\'s dentist appointments" was a whole job',
        "Parenting",
        [],
    )
    a(
        "Napoleon (2023) was 2.5 hours of joaquin phoenix looking bored and grumpy while ridley yelled at historians in interviews. the austerlitz battle on the ice was sick tho",
        "moviecritic",
        [405],
    )
    a(
        "our neighbor's dog is genuinely vicious, it's lunged at my kid through the fence twice. animal control says they can't do anything until it actually bites someone",
        "dogs",
        [],
    )
    a(
        "jan-march 2025 was a run of dumb single-location thrillers: Flight Risk, Locked, and Companion (which was actually good)",
        "horrormovies",
        [427, 432],
    )
    a(
        "The Apprentice is a genuinely good movie regardless of your politics. Jeremy Strong as Roy Cohn is terrifying. Sebastian Stan got an Oscar nom for it and deserved it.",
        "politics",
        [421],
    )
    a(
        "trying the happy gilmore running swing at the range was the worst decision i've made this year. pulled something in my lower back and topped it 40 yards",
        "golf",
        [],
    )
    a(
        "Gilmore 2 was exactly what i expected. 400 cameos, like 4 actual jokes, and i still had a dumb grin on my face the whole time. sandler just hanging out with his friends on netflix's dime",
        "movies",
        [447],
    )
    a("oh, hi! 👋 - my cat every time i open the bathroom door after being gone for 30 seconds", "aww", [])
    a(
        "Criterion's 4K of Bram Stoker's Dracula looks unreal. those in-camera effects hold up better than most CGI today",
        "criterion",
        [],
    )
    a(
        "the It Ends With Us press tour and the lawsuits afterwards were honestly more entertaining than the movie itself",
        "movies",
        [419],
    )
    a(
        "Anyone here seen Pillion? Apparently a lot of the club riders in it are actual gay biker club members and skarsgard did his own riding. Not my usual kind of movie but the bike stuff felt legit",
        "motorcycles",
        [442],
    )
    a(
        "we've been feeding three strays on the porch since october and now one of them just walks into the house like she pays rent 🐈",
        "cats",
        [],
    )
    a(
        "a live action moana with dwayne johnson coming back as maui is the most pointless remake yet. the original isn't even 10 years old",
        "disney",
        [],
    )
    a(
        "Pillion is the most A24 pitch ever: shy guy becomes the submissive of alexander skarsgard's biker. it's genuinely funny and tender though, harry melling is great",
        "A24",
        [442],
    )
    a(
        "> I want something fun for a movie night with friends, nothing too serious, we've seen all the obvious ones\n\nok here's my go-to list for exactly this:\n\n- **Sisu** – old finnish guy vs nazis, barely any dialogue, nobody will look at their phone\n- **Cocaine Bear** – you know what you're getting. one of ray liotta's last roles which is kinda sad\n- **Dangerous Animals** – shark serial killer, surprisingly nasty, great crowd movie\n- **Fall** (2022) – watch it on the biggest screen you have, everyone will be squirming\n- **The Gorge** – if your friends like romance + monsters\n- **Ready or Not** – still the best \"rich people are evil\" horror comedy\n\nif they're up for subtitles add Godzilla Minus One, though that one's more serious",
        "MovieSuggestions",
        [401, 415, 416, 430, 443],
    )
    a(
        "Furiosa deserved so much better. the stowaway sequence on the war rig is 15 minutes of the best action this decade and nobody showed up for it",
        "movies",
        [417],
    )
    a(
        "funny seeing this thread about The Apprentice (the show) right after I finally watched The Apprentice (the movie). sebastian stan nailed the voice, the show itself i could never sit through",
        "television",
        [421],
    )
    a(
        "sisu is one of those words that doesn't really translate. stubborn grit when everything says give up. my mummo had it in spades",
        "Finland",
        [],
    )
    a(
        "The Gorge is the most apple tv+ movie ever made. two hot people in sniper towers flirting across a canyon for an hour and then suddenly it's a bone zombie movie. i had a great time ngl",
        "movies",
        [430],
    )
    a(
        "Grew up in Saltburn-by-the-Sea and ever since Saltburn the film came out people keep asking me which stately home it is. It wasn't even filmed here mate, it's Drayton House in Northamptonshire 😂",
        "CasualUK",
        [409],
    )
    a(
        "love hurts, love scars, love wounds and mars... nazareth had no business making a breakup song that good. the gram parsons/emmylou version is the real heartbreaker though",
        "Music",
        [],
    )
    a(
        "pincushion urchin in my tank has been mowing down all the coralline algae. is that normal or should i be target feeding it",
        "ReefTank",
        [],
    )
    a(
        "watched leo with the kids last night expecting nothing and it's actually really sweet?? adam sandler as a 74 year old lizard having a midlife crisis. the songs are stuck in my head now",
        "netflix",
        [403],
    )
    a(
        "Movies we've done this year with a 5 and 8 year old:\n- Dog Man (both loved)\n- HTTYD (8yo loved, 5yo was scared of the dragons at first)\n- Lilo & Stitch (both loved)\n\nSkipped Smurfs after the reviews.",
        "Parenting",
        [431, 436, 449],
    )
    a(
        "Gene Wilder's Wonka will never be topped. the \"strike that, reverse it\" delivery is perfect and he's a little bit terrifying the whole time",
        "movies",
        [],
    )
    a(
        "Nosferatu (2024) is the best dracula adaptation in decades even if it's technically not called dracula lol. bill skarsgard's voice alone",
        "movies",
        [],
    )
    a(
        "Took my 6yo to see Dog Man over the weekend. She's read every single one of the books so she was vibrating in her seat the whole time. I dozed off for like 20 min and woke up to a cat in a robot suit so idk what happened but she says 10/10",
        "Parenting",
        [431],
    )
    a(
        "> looking for animated stuff that isn't pixar/disney\n\nNimona!!! it's on netflix. also Klaus, The Mitchells vs the Machines, and Spider-Verse if you somehow haven't",
        "MovieSuggestions",
        [408],
    )
    a(
        "The Smurfs (2011) with Neil Patrick Harris was a paycheck movie for everyone involved and i still watched it 40 times as a kid",
        "movies",
        [],
    )
    a(
        "the bone temple trailer looks unhinged. nia dacosta taking over from boyle is an interesting choice, hope she keeps the weirdness",
        "horror",
        [],
    )
    a(
        "Charlie and the Chocolate Factory (2005) gets way too much hate. depp was weird but the squirrel room is a genuine practical effects achievement",
        "movies",
        [],
    )
    a(
        'Kinds of Kindness is three Lanthimos shorts in a trench coat and I\'d argue the middle one (the cop whose wife comes back "wrong") is the strongest. Plemons deserved the Cannes prize.',
        "TrueFilm",
        [418],
    )
    a(
        "Sisu was massive here, my grandpa who never goes to the cinema went twice. he said the old guy reminded him of his uncle lol",
        "Finland",
        [415],
    )
    a(
        "Wolf Man (2025) was such a letdown after what whannell did with Invisible Man. the wolf-vision pov shots were cool and that's about it",
        "horror",
        [433],
    )
    a(
        "Joy Ride was the first time I saw a raunchy comedy with Asian American women leads that didn't feel like a PSA. Sherry Cola deserves so many more roles",
        "AsianAmerican",
        [414],
    )
    a(
        "Charlize as Furiosa in Fury Road is one of the best action performances ever, full stop. the way she drops to her knees in the sand when she learns the green place is gone",
        "madmax",
        [],
    )
    a(
        "Americana is a weird little neo-western with sydney sweeney as a stuttering waitress and everyone chasing a lakota ghost shirt. messy but i liked it more than the critics did",
        "movies",
        [444],
    )
    a(
        "amateur here, just bought my first used dslr. is the 50mm 1.8 really the best first lens or is that just a meme at this point",
        "photography",
        [],
    )
    a(
        '"americana" as a genre label is so vague. isbell, gillian welch, tyler childers, sturgill... apparently all americana. it just means guitars and sadness at this point',
        "Music",
        [],
    )
    a(
        "Did anyone actually see Luc Besson's Dracula? caleb landry jones is SO committed, and the perfume subplot is bonkers. it's basically Coppola's version if it was made by a french guy with no shame",
        "movies",
        [439],
    )
    a(
        "just got out of 28 Years Later and i need to talk to someone about that ending. the whole movie is this quiet grief thing about spike and his mom and then the last 5 minutes turn into tracksuit power rangers?? loved it but WHAT",
        "movies",
        [450],
    )
    a(
        "the Cressida Cowell how to train your dragon books are so different from the animated films. toothless is tiny and rude and hiccup's dad is way more of a joke",
        "DreamWorks",
        [],
    )
    a(
        "28 Years Later shot a lot of it on iPhone 15 Pro Max rigs, including a 20-phone array for the bullet-time kills. anyone know what lens adapters they used?",
        "Filmmakers",
        [450],
    )
    a(
        "Final Destination 2's log truck scene ruined highway driving for me forever. i still change lanes if i'm behind one",
        "horror",
        [],
    )
    a(
        "april 2025 was rough for mid budget stuff. The Amateur did ok-ish, Until Dawn was a modest win for what it cost, and then Sinners came in and ate everyone's lunch",
        "boxoffice",
        [426, 428],
    )
    a(
        "Saw the restored Napoléon (1927) with a live orchestra last month. Seven hours, two intermissions, and I didn't check my phone once. Gance was doing split screen and handheld shots nobody would touch for decades.",
        "TrueFilm",
        [],
    )
    a(
        "locked out of my microsoft account after a password reset and the recovery form keeps rejecting me. is there any way to talk to an actual human",
        "techsupport",
        [],
    )
    a(
        "Bloodlines opening to $51M for the SIXTH final destination, 14 years after the last one, is kind of insane. WB has to be thrilled with that",
        "boxoffice",
        [448],
    )
    a(
        "anyone driving out to the gorge for the dave matthews weekend? trying to sort out a carpool from ballard, can chip in for gas",
        "Seattle",
        [],
    )
    a(
        "Vicious on paramount+ is really good if you like slow dread. dakota fanning gets this creepy box from a stranger and everything goes downhill from there. bertino (the strangers) still knows exactly how to make a house feel wrong",
        "horror",
        [438],
    )
    a(
        'The Apprentice UK is so much better than the US version ever was. Lord Sugar saying "you\'re fired" with zero theatrics just hits different',
        "television",
        [],
    )
    a(
        "jaws, crawl, the grey, the ghost and the darkness... i'll watch anything where dangerous animals hunt people. open to recs, seen all the obvious shark ones",
        "MovieSuggestions",
        [],
    )
    a(
        "Ranking the Final Destination movies after a full rewatch before Bloodlines:\n\n1. **Final Destination 2** – log truck. nothing else needs to be said\n2. **Bloodlines** – was ready for a cash grab and instead got the best opening since 2, an actual story about a family, and tony todd saying goodbye. the 1968 skyview restaurant sequence is unreal\n3. **Final Destination** (2000) – the OG, the bathtub death still makes me anxious\n4. **Final Destination 5** – bridge collapse + that twist ending\n5. **Final Destination 3** – tanning beds 💀\n6. **The Final Destination** – 3D garbage, the pool drain is the only memorable kill\n\nEdit: yes i know people love 3, it just rewatched worse than i remembered",
        "horror",
        [448],
    )
    a(
        "The Fall Guy underperforming is still so weird to me. ryan gosling crying to taylor swift in a car is peak cinema",
        "movies",
        [],
    )

    # The thirteenth batch: a thirteenth session, given the first catalogue again (the 70 films the rules
    # grew with) after every rule above, and a brief asking for the natural mix, about half traps. Scored
    # before any rule was changed for it: P 0.882 R 0.933.
    batch = "thirteenth"
    a(
        "just got out of sinners and im still shaking. the juke joint scene where sammie plays and the past and future all show up in the room?? people in my theater actually gasped. coogler is operating on a different level rn",
        "movies",
        [2],
    )
    a(
        "WB had one of the best runs any studio has had in years. Sinners, Weapons, Superman, plus Minecraft and Final Destination. wild that people were calling for Zaslav's head in January",
        "boxoffice",
        [2, 1, 17],
    )
    a(
        "OBAA is winning Picture. I genuinely don't see what stops it at this point. Hamnet is the only real threat if the academy goes full weepy mode, and Sentimental Value takes International + maybe supporting for Stellan",
        "oscarrace",
        [60, 53, 55],
    )
    a(
        "bring her back >>> talk to me, and i liked talk to me a lot. sally hawkins deserved so much more noise for that performance, the scene with the kid and the knife 😶",
        "horror",
        [22],
    )
    a(
        "my 2025 top 10 as of right now (will change lol)\n\n1. sinners\n2. one battle after another\n3. weapons\n4. sentimental value\n5. bugonia\n6. sorry, baby\n7. eddington\n8. the long walk\n9. together\n10. materialists\n\nhonorable mention to the ugly stepsister which i will not shut up about",
        "Letterboxd",
        [2, 60, 1, 55, 52, 58, 70, 20, 3, 15],
    )
    a(
        "Did anyone else feel like the Companion trailer gave away the entire first act? Still had a blast, Sophie Thatcher is so good at playing 'scared but about to snap'",
        "movies",
        [5],
    )
    a(
        "took my 6yo to zootopia 2 over thanksgiving weekend. she loved it but the snake had her hiding in my sleeve for a good 10 minutes lol. honestly the wild robot is still the one she asks for every weekend, we've watched it probably 30 times",
        "Parenting",
        [62, 50],
    )
    a(
        "finally watched F1 on the flight home from Abu Dhabi. Brad Pitt at 61 getting a seat at APXGP is the most unrealistic thing ever put on screen but the onboard shots are better than anything the actual broadcast gives us. you can tell Hamilton was involved",
        "formula1",
        [16],
    )
    a(
        "Marty Supreme is two and a half hours of Timothée being the most annoying man alive and I was grinning the entire time. Safdie anxiety but make it ping pong",
        "A24",
        [54],
    )
    a(
        "Anora winning best picture over The Substance and Conclave is still fine by me. hot take though: Conclave is the most rewatchable of the three by a mile. I've seen it like 4 times",
        "moviecritic",
        [26, 28, 27],
    )
    a(
        "Longlegs was all vibes no payoff. First hour is genuinely some of the scariest filmmaking I've seen, then it explains everything with a flashback and just deflates. Nic Cage was a blast though",
        "horrormovies",
        [44],
    )
    a(
        "Heat (1995) is still the best heist movie ever made and it's not close. the downtown shootout alone. the gunfire sound is so real people say they show it to marines",
        "movies",
        [37],
    )
    a(
        "thunderbolts* was the best mcu movie since gotg3 and it's not close. the void stuff with bob actually dealt with depression in a way i didn't expect from marvel",
        "marvelstudios",
        [66],
    )
    a(
        "F4 looked absolutely gorgeous, the retro-future NYC is the best production design the MCU has ever had. but Galactus felt so rushed. Pedro was fine, Vanessa Kirby was the standout",
        "marvelstudios",
        [67],
    )
    a(
        "Elio bombing is such a shame, it's a genuinely sweet movie with a lot of heart. but Inside Out 2 made a billion and now Disney's lesson is just gonna be 'sequels only'",
        "Pixar",
        [68, 47],
    )
    a(
        "what should I watch tonight? in the mood for something slow and sad, like, quiet crying not ugly crying. already seen past lives and aftersun, loved both",
        "flicks",
        [39],
    )
    a(
        "> something that'll make me feel things about loneliness\n\nHer (2013). Joaquin falling in love with his OS, Scarlett's voice, the whole pastel LA future. Watch it alone at night, trust me",
        "MovieSuggestions",
        [35],
    )
    a(
        "It (2017) holds up way better than chapter two. the kids are the whole movie, once they're adults it loses something. Skarsgård as Pennywise is iconic though, in both",
        "horror",
        [34],
    )
    a(
        "Avatar 3 tracking somewhere around 100-125M domestic opening. Fire and Ash isn't doing 2B like Way of Water but 1.5B+ feels safe. never bet against Cameron",
        "boxoffice",
        [64],
    )
    a(
        "Wicked For Good opened to like 150M domestic, a bit below the crazy predictions but still huge. then Zootopia 2 comes in the next week and eats everything over Thanksgiving",
        "boxoffice",
        [63, 62],
    )
    a(
        "I keep going back and forth on Eddington. On first watch I thought it was a mess — too many threads, the tonal swerves from satire to Coen-style violence felt unearned, and the last act is almost a different movie. But I think that's kind of the point? Aster is trying to capture what 2020 actually felt like from inside a small town, where everyone is on their phone living in a different reality and there's no shared story anymore. The sheriff (Joaquin) doesn't have a coherent politics, he just has grievances. Pedro's mayor is the smooth guy who thinks he's above it. Emma Stone's character is basically lost in a YouTube rabbit hole for the whole runtime. Nobody is talking to each other, they're talking *at* each other.\n\nIs it a good film? I honestly don't know. Is it the most honest film about that year? Probably. I'd rather watch an ambitious failure than another tidy 'covid movie' that pretends we all learned something.\n\nEdit: to the people saying it's 'both sides' — I don't think it is. It's pretty clear who it's angriest at.",
        "TrueFilm",
        [70],
    )
    a(
        "Arrival is the rare big-budget sci fi that trusts the audience to keep up. Villeneuve at his absolute peak and Amy Adams should've been nominated, still mad about it. the reveal about her daughter gets me every single time",
        "criterion",
        [38],
    )
    a(
        "saw the monkey last night and osgood perkins just went full final destination comedy mode, the whole theater was cackling at every death. theo james playing twins with that mustache is a gift",
        "movies",
        [23],
    )
    a(
        "Drop was a surprisingly tight little thriller for something that looked like a Lifetime movie in the trailer. Meghann Fahy sells the hell out of it, and the restaurant geography is actually clear for once",
        "movies",
        [6],
    )
    a(
        "Presence is shot entirely from the ghost's POV and Soderbergh operated the camera himself. It's more family drama than horror, which is why a lot of people here bounced off it, but I really liked it",
        "horrormovies",
        [7],
    )
    a(
        "Warfare is the most stressful 95 minutes I've ever spent in a theater. no score, no big speeches, just the noise. Garland and Mendoza rebuilding it from the memories of the guys who were actually there is such an interesting approach",
        "A24",
        [8],
    )
    a(
        "Keeper was... a choice. Perkins put out two movies in one year and The Monkey was easily the better one. Keeper has a couple of great images but the plot is so thin",
        "horror",
        [9, 23],
    )
    a(
        "Ron Howard's Eden went completely under the radar and it's honestly bonkers. Jude Law, Ana de Armas, Sydney Sweeney, Vanessa Kirby all losing their minds on the Galápagos in the 1930s. Not great but never boring",
        "movies",
        [10],
    )
    a(
        "the dog movie (good boy) is such a cool concept, the entire thing is shot from the dog's eye level. 73 minutes somehow felt long tho. Indy deserved an honorary oscar 🐕",
        "horror",
        [11],
    )
    a(
        "Black Bag is the sexiest movie about a marriage I've seen in years. Fassbender and Blanchett playing mind games at a dinner party where everyone gets drugged, then a polygraph scene, 90 minutes, in and out. Soderbergh had a hell of a year",
        "movies",
        [12],
    )
    a(
        "The Send Help trailer is Sam Raimi doing Triangle of Sadness on a desert island and I am so in. Rachel McAdams going feral is not something I knew I needed",
        "movies",
        [13],
    )
    a(
        "Friendship is the most uncomfortable I've laughed all year. Tim Robinson is basically playing an ITYSL sketch stretched to feature length and somehow it works. Paul Rudd as the cool neighbor is perfect casting",
        "A24",
        [14],
    )
    a(
        "Materialists was not the rom-com the marketing sold at all. Celine Song is doing something much colder and sadder. If you went in expecting Past Lives 2 or a Dakota Johnson Netflix romcom you were gonna be disappointed either way",
        "movies",
        [15, 39],
    )
    a(
        "Gunn's Superman > Man of Steel. I said what I said. the new Superman actually feels like the guy from the comics, Corenswet nailed it",
        "DC_Cinematic",
        [17],
    )
    a(
        "Del Toro's Frankenstein is on Netflix now and Jacob Elordi as the creature is genuinely unreal. Oscar Isaac chewing scenery as Victor too. The costumes alone are worth it",
        "movies",
        [18],
    )
    a(
        "Nobody 2 is just dumb fun and I mean that as a compliment. Odenkirk fighting dudes at a water park, Sharon Stone being weird, what more do you want from a 90 min action movie",
        "movies",
        [19],
    )
    a(
        "The Long Walk adaptation is bleak as hell. David Jonsson as McVries is incredible, he's going to be huge. they changed some stuff but kept the feeling of the book, which is what matters",
        "stephenking",
        [20],
    )
    a(
        "the running man remake with glen powell was... fine? Edgar Wright's name on it had me expecting way more. closer to the book than the arnold one at least",
        "movies",
        [21],
    )
    a(
        "Nosferatu, Smile 2 and Longlegs were my horror trio from last year. Naomi Scott in Smile 2 is a legit star turn, that pop star meltdown performance should've gotten awards attention",
        "movies",
        [31, 44],
    )
    a(
        "The Substance is body horror for people who don't watch body horror and honestly that's a compliment. Demi Moore going for broke. the last 20 min had my entire row screaming",
        "horror",
        [28],
    )
    a(
        "Civil War (2024) has that one Jesse Plemons scene that makes the whole movie. 'what kind of American are you?' I've never been so tense in a theater",
        "movies",
        [29],
    )
    a(
        "Flow winning the animated Oscar over The Wild Robot and Inside Out 2 was the right call and I'll die on that hill. a cat and a capybara on a boat, zero dialogue, made in Blender by a tiny team. wild",
        "movies",
        [30, 50, 47],
    )
    a("Up's first ten minutes. that's the comment", "movies", [36])
    a(
        "Emma Stone in Bugonia is getting nominated, calling it now. she shaved her head on camera and Lanthimos basically lets her do a two-hander with Plemons",
        "oscarrace",
        [52],
    )
    a(
        "Jessie Buckley for Hamnet is the closest thing to a lock this season. that final scene at the Globe had the whole TIFF audience sobbing",
        "oscarrace",
        [53],
    )
    a(
        "Remember when people were calling The Rock the Best Actor frontrunner after Venice? The Smashing Machine did like 6M opening weekend and now it's completely out of the conversation",
        "oscarrace",
        [59],
    )
    a(
        "Roofman is the most charming movie nobody saw. Channing Tatum living inside a Toys R Us for months and falling for Kirsten Dunst. Derek Cianfrance making a feel-good movie is wild",
        "movies",
        [51],
    )
    a(
        "Good Fortune was fine. Keanu as a bad guardian angel is funny, Aziz swapping lives with Seth Rogen has some good bits, but it's a pretty standard comedy with a message",
        "movies",
        [56],
    )
    a(
        "After the Hunt is Luca's weakest in a while. Julia Roberts is good and Ayo is good but the script feels like it's terrified to actually say anything",
        "movies",
        [57],
    )
    a(
        "Sorry, Baby is the best debut of the year for me. Eva Victor wrote, directed and starred in it and it's so funny and so devastating at the same time. the sandwich scene!!!",
        "A24",
        [58],
    )
    a(
        "Predator: Badlands was way better than it had any right to be. a Predator as the protagonist and Elle Fanning as a chopped-in-half android sidekick sounds insane on paper and it works",
        "movies",
        [61],
    )
    a(
        "mickey 17 was kind of a mess but pattinson's voice alone is worth the ticket. the mark ruffalo trump-but-not-trump bit got old fast tho",
        "movies",
        [65],
    )
    a(
        "Highest 2 Lowest — Denzel and Spike back together, doing a remake of High and Low. the ending divided people but Denzel going full Denzel is always worth it",
        "movies",
        [69],
    )
    a(
        "Oppenheimer vs Barbie two years later: which one actually holds up better? I rewatched both last month and Barbie is funnier than I remembered, and Oppenheimer's third act is even better than I remembered",
        "movies",
        [42, 41],
    )
    a(
        "Poor Things is Lanthimos's most accessible movie and Bugonia is probably his least. Kinds of Kindness somewhere in between",
        "movies",
        [40, 52],
    )
    a(
        "Trap is so stupid and I love it. Josh Hartnett hamming it up as a serial killer at basically a Taylor Swift concert, with Shyamalan's daughter playing the pop star. peak so-bad-it's-great",
        "horror",
        [43],
    )
    a(
        "Here (2024) with Tom Hanks de-aged and one fixed camera angle for the whole movie. fascinating failure. I respect Zemeckis for trying it",
        "movies",
        [45],
    )
    a(
        "Joker 2 deserved better than the pile-on it got. Folie à Deux is basically an anti-musical that refuses to give fans what they wanted and I find that kind of admirable",
        "movies",
        [46],
    )
    a(
        "Twisters is the best pure popcorn movie of the last few years. Glen Powell as the tornado wrangling youtube cowboy is exactly the right amount of cheese",
        "movies",
        [48],
    )
    a(
        "Alien: Romulus was great until the last 20 minutes. that hybrid thing was disgusting in a way I didn't love. the zero gravity acid scene though 🔥",
        "movies",
        [49],
    )
    a(
        "rewatched wicked the night before wicked for good and ngl part one is still the better film. For Good feels so rushed in the first hour",
        "musicals",
        [25, 63],
    )
    a(
        "Sentimental Value. Stellan Skarsgård plays this selfish old director dad trying to make a comeback, Renate Reinsve is his daughter. I called my own father after I left the theater, hadn't done that in like a year",
        "AskReddit",
        [55],
    )
    a(
        "Pedro Pascal is in every show and movie at the same time. The Last of Us, then Eddington, Materialists, Fantastic Four all in one summer. does the man sleep",
        "television",
        [70, 15, 67],
    )
    a(
        "went to see wicked for good with my mom yesterday and we both cried at the end. first time we've done a movie together since I moved out 3 years ago, it was really nice",
        "CasualConversation",
        [63],
    )
    a(
        "Together with Dave Franco and Alison Brie — a real life married couple making a body horror movie about codependency is so funny to me. one scene in the second half had me 😭😭",
        "horror",
        [3],
    )
    a(
        "Him was a mess. Marlon Wayans is great in it, and the football-cult idea is so good, but it turns into music video nonsense by the end. Peele producing doesn't mean Peele quality",
        "movies",
        [4],
    )
    a(
        "Superman (2025) vs Superman (1978): which Clark is better? Reeve is the GOAT but Corenswet's Clark is honestly closer than I thought possible",
        "movies",
        [17],
    )
    a(
        "Just got back from One Battle After Another in 70mm and I need to talk about it. I went in kind of skeptical because PTA hasn't really done a big action movie before and the trailer made it look like a standard chase thing, but holy shit. The first 30 minutes with Teyana Taylor feel like a completely different film from the rest of it, so much energy. Then it jumps 16 years ahead and DiCaprio is this burnt out stoner dad in a bathrobe who can't remember the passphrase for the resistance phone line and I was dying. Benicio del Toro as the sensei is the funniest he's ever been. Sean Penn is so gross and so committed, every time he walked on screen the theater went quiet. And the car chase on the hills at the end?? the road going up and down like waves, I've never seen anything shot like that.\n\nThe only thing I'd criticize is the runtime, it's long, like 2h40, and the middle sags a bit. But I'd watch it again tomorrow.\n\nEdit: ok a lot of people asking, yes see it in VistaVision/70mm if you can, it's worth the drive",
        "movies",
        [60],
    )
    a(
        "What I find interesting about Sinners and Weapons both being huge this year is that they're original horror movies that are really about something else. Sinners is about music, ownership, who gets to keep what they make — the vampires are a metaphor for cultural theft and it's not subtle but it doesn't need to be. Weapons is about a community's grief and how it curdles into blame, structured like Magnolia with chapters from each character's perspective. Neither is 'elevated horror' in the annoying sense, they both have big crowd-pleasing moments. I think that's why they broke out: they're genuinely fun, with ideas underneath instead of ideas in place of fun. Studios should be paying attention to that instead of greenlighting another IP revival.",
        "TrueFilm",
        [2, 1],
    )
    a(
        "rewatched her last night for the first time since college and it hits completely different now that everyone is actually talking to chatbots. spike jonze saw it coming 12 years early",
        "movies",
        [35],
    )
    a(
        "us was better than nope and i'm tired of pretending it wasn't. the tethered in the red jumpsuits are one of the best horror images of the last decade",
        "horror",
        [33, 32],
    )
    a(
        "Zootopia 2 beating Inside Out 2's record for the biggest animated opening worldwide, mostly on the back of China, is nuts. Disney Animation is so back",
        "disney",
        [62, 47],
    )
    a(
        "Watching Conclave right after the actual conclave in May was surreal. Half the stuff I thought was Hollywood exaggeration turned out to be pretty accurate lol",
        "movies",
        [27],
    )
    a(
        "2025 horror tier list, fight me\n\n**S:** Sinners, Weapons, Bring Her Back\n**A:** Together, The Monkey, Companion\n**B:** Final Destination Bloodlines, Good Boy, Heart Eyes\n**C:** Him, Keeper\n\ndidn't see 28 Years Later yet so it's not on here",
        "horror",
        [2, 1, 22, 3, 23, 5, 11, 24, 4, 9],
    )
    a(
        "for a tight thriller night: Black Bag, Drop, Trap. all under 2 hours, none of them ask too much of you, perfect with takeout",
        "MovieSuggestions",
        [12, 6, 43],
    )
    a(
        "the new trailer just dropped: [Marty Supreme | Official Trailer 2 | A24](https://www.youtube.com/watch?v=s9gSuKaKcqM)\n\ntimothée screaming at a ping pong table is my entire personality now",
        "movies",
        [54],
    )
    a(
        "stay for the credits on Sinners!! >!old Sammie playing the blues and then Stack and Mary showing up at the bar!< had me tearing up",
        "horror",
        [2],
    )
    a(
        "ranking the Alien movies after finally watching all of them:\n\n1. Alien\n2. Aliens\n3. Romulus\n4. Prometheus\n5. Alien 3\n6. Covenant\n7. Resurrection\n\nthe AvP ones don't count",
        "movies",
        [49],
    )
    a(
        "Alien (1979) is still the scariest sci-fi movie ever made. supposedly the cast didn't know exactly what was coming in the chestburster scene and you can see it on their faces",
        "movies",
        [],
    )
    a(
        "The Running Man (1987) is peak Arnold cheese. Richard Dawson as the game show host is the best part, he's basically playing a meaner version of himself",
        "movies",
        [],
    )
    a(
        "Smile (2022) works because it's really about grief and trauma getting passed on to whoever's closest. Sosie Bacon was so good in that, deserved more credit",
        "horror",
        [],
    )
    a(
        "Joker (2019) is overrated and I'll die on this hill. it's Scorsese cosplay with one great lead performance holding it up",
        "movies",
        [],
    )
    a(
        "Inside Out (2015) is the best pixar movie, fight me. bing bong's goodbye destroyed me as a grown adult in a theater full of kids",
        "Pixar",
        [],
    )
    a(
        "Civil War is still the best MCU movie. the airport fight is the most fun the franchise has ever been and then the ending in Siberia makes it personal",
        "marvelstudios",
        [],
    )
    a(
        "Henry Cavill's Superman deserved a real trilogy and nobody will convince me otherwise. the first flight scene with the Zimmer score 🥲",
        "DC_Cinematic",
        [],
    )
    a(
        "Frankenstein (1931) and Bride of Frankenstein are still the gold standard. Karloff does so much with just his eyes and hands under all that makeup",
        "horror",
        [],
    )
    a(
        "Just finished Frankenstein for my lit class and I can't believe Mary Shelley wrote this at 18. the creature is way more articulate than pop culture made me think",
        "books",
        [],
    )
    a(
        "The Long Walk was the first Bachman book I read, back in high school. Garraty and McVries' friendship is the heart of it, I still think about that ending",
        "stephenking",
        [],
    )
    a(
        "the heat this week is actually unbearable, 116 at 6pm and my AC has been running nonstop. SRP bill is going to be insane",
        "phoenix",
        [],
    )
    a("Heat in 6. Spo is a wizard and nobody wants to see them in a series", "nba", [])
    a(
        "F1 really needs to fix the sprint format. nobody asked for back to back sprint weekends and the order barely changes anyway",
        "formula1",
        [],
    )
    a(
        "every time I try to hit F2 to rename a file I hit F1 instead and it opens Edge with some useless 'get help with windows' page. is there a way to disable F1 entirely?",
        "techsupport",
        [],
    )
    a(
        "our keeper has been awful all season, three howlers in five games. we need a new one in January or we're going down",
        "soccer",
        [],
    )
    a(
        "who's a good boy?? he is. 14 years old, half deaf, and still steals socks out of the laundry basket every single day 🐶",
        "dogs",
        [],
    )
    a(
        "The conclave this May was so much faster than I expected. White smoke on the second day and then an American pope. I was at work watching the livestream on my phone under the desk",
        "Catholicism",
        [],
    )
    a(
        "NTA. your sister told him she'd pay him back, he trusted her, and now she's acting like you're the bad guy for bringing it up? the rest of us can see exactly what's going on here",
        "AmItheAsshole",
        [],
    )
    a(
        "> what weapon would you grab first in a zombie apocalypse\n\nweapons? honestly a crowbar. doesn't need ammo, opens doors, and you can't really break it. everyone saying katana has never swung a sword",
        "AskReddit",
        [],
    )
    a(
        "We are all sinners saved by grace. That's the whole point. Nobody in the church should be acting like they're above the people walking in the door",
        "Christianity",
        [],
    )
    a(
        "the dunks on mass ave is wicked slow in the mornings, like 20 min for an iced coffee. just walk to the one by the T",
        "boston",
        [],
    )
    a(
        "send help. intern pushed a GPO change at 4:55 on a friday and now half the office can't log in. I was supposed to be at my kid's recital",
        "sysadmin",
        [],
    )
    a(
        "Council's switching black bag collection to every three weeks. the foxes are going to have an absolute field day on our street",
        "london",
        [],
    )
    a(
        "3 years of work and my tiny backyard finally looks like eden. the roses came in crazy this year 🌹",
        "gardening",
        [],
    )
    a(
        "found these kittens under the porch after the storm, poor things were soaked and shivering. they're warm and fed now, vet tomorrow",
        "aww",
        [],
    )
    a(
        "does anyone here actually believe in past lives? since I was a kid I've had this super specific memory of a house I've never been in, down to the wallpaper",
        "Glitch_in_the_Matrix",
        [],
    )
    a(
        "got a fortune cookie yesterday that said 'good fortune is coming your way' and then got laid off this morning. thanks panda express",
        "mildlyinfuriating",
        [],
    )
    a(
        "it's been one battle after another with this landlord. first the mold, then the 'surprise inspection', now he's trying to keep my deposit for 'carpet wear' after 4 years",
        "Renters",
        [],
    )
    a(
        "a stranger smiled at me on the bus this morning and said she liked my scarf and it genuinely made my whole week. small things man",
        "CasualConversation",
        [],
    )
    a(
        "> he texts 'sorry baby' every time and then does the exact same thing the next weekend\n\nthat's not an apology, it's a routine. you already know what you need to do",
        "relationship_advice",
        [],
    )
    a(
        "Running Man has been on since 2010 and I still watch every week. Jihyo and Jong-kook are the reason I stay, the name tag ripping never gets old",
        "KoreanVariety",
        [],
    )
    a(
        "my uncle did the running man at my cousin's wedding and pulled a hamstring. he's 58. we will never let him forget it",
        "funny",
        [],
    )
    a(
        "my joker build fell apart at ante 8 again. blueprint + brainstorm and I still couldn't get enough mult",
        "balatro",
        [],
    )
    a(
        "> who was your childhood superman?\n\nmy dad. worked nights at the plant and still showed up to every single one of my games. didn't realize how tired he must have been until I had kids",
        "AskReddit",
        [],
    )
    a(
        "wore my shirt inside out all day at work and nobody told me until 4pm. the tag was sticking out of my neck like a little flag",
        "CasualConversation",
        [],
    )
    a(
        "woke up at 3am and felt a presence at the end of the bed. couldn't move for like 30 seconds. I know it's probably sleep paralysis but it felt so real",
        "Paranormal",
        [],
    )
    a(
        "Austin Butler has insane screen presence, he's basically the only reason to watch Caught Stealing. the rest of it is fine but forgettable",
        "movies",
        [],
    )
    a(
        "Glen Powell is everywhere right now and I'm fine with it. Hit Man is still his best, Top Gun: Maverick is where most people noticed him",
        "movies",
        [],
    )
    a(
        "my 4 favs: paris texas, in the mood for love, yi yi, alien. yes I know the last one breaks the vibe, no I won't change it",
        "Letterboxd",
        [],
    )
    a(
        "looking for movies like Up in the Air — kind of funny, kind of melancholy, grown man realizing his life is empty. not a full depressing drama please",
        "MovieSuggestions",
        [],
    )
    a(
        "movies about a deep friendship between two grown men? something like The Banshees of Inisherin but less bleak, or Midnight Run",
        "MovieSuggestions",
        [],
    )
    a(
        "Ken Burns' The Civil War is still the best documentary series ever made. Shelby Foote telling stories for 11 hours and I'd happily watch 11 more",
        "history",
        [],
    )
    a(
        "Paul Mescal carried Aftersun, but Frankie Corio held her own next to him the entire time. crazy that was her first film",
        "flicks",
        [],
    )
    a(
        "any tips on keeping the crew together on a no budget shoot? we're paying in pizza and credits and I'm losing people after week one",
        "Filmmakers",
        [],
    )
    a(
        "A24 merch drop this friday and the Marcel the Shell plushie is back. I will not be missing it this time",
        "A24",
        [],
    )
    a(
        "The Fantastic Four (2005) with Chris Evans as Johnny is so campy and I kind of love it. Evans was having fun before Cap made him serious",
        "marvelstudios",
        [],
    )
    a(
        "Zootopia (2016) is still the best modern Disney movie. the DMV sloth scene is a perfect comedy bit",
        "disney",
        [],
    )
    a(
        "her campaign has been so smart honestly. every podcast, every Q&A, every guild lunch. the precursor run is hers to lose now",
        "oscarrace",
        [],
    )
    a(
        "any of us who grew up on Goosebumps and Are You Afraid of the Dark know exactly why kids' horror works. it's supposed to scare you a little",
        "horror",
        [],
    )
    a(
        "Avatar (2009) in 3D was an actual event. I remember people saying they got depressed after because Pandora wasn't real lol",
        "movies",
        [],
    )
    a(
        "saw Wicked on Broadway in 2008 and I still think about hearing Defying Gravity in that theater. the live show just hits different",
        "musicals",
        [],
    )
    a(
        "It Follows is still one of the best horror concepts of the 2010s. the slow walk toward the camera is scarier than any monster",
        "horror",
        [],
    )
    a(
        "new weapons tier list for the title update is out and gunlance is still bottom. capcom please I'm begging",
        "MonsterHunter",
        [],
    )
    a(
        "The Monkey is one of the weaker stories in Skeleton Crew imo. creepy idea but it drags. The Mist and The Raft are the ones people remember for a reason",
        "stephenking",
        [],
    )
    a(
        "the Mark Kerr documentary The Smashing Machine (2002) is one of the best sports docs ever made. it's rough to watch but if you're into old school PRIDE it's essential",
        "MMA",
        [],
    )
    a(
        "Heat 2, the novel Michael Mann wrote with Meg Gardiner, is actually really good. if they adapt it with Adam Driver as young Neil I'm there opening night",
        "movies",
        [],
    )
    a(
        "Eddington's 1919 eclipse expedition is such a good story. the data was honestly kind of marginal and he had a pretty strong incentive to confirm Einstein",
        "Physics",
        [],
    )
    a(
        "Hamnet by Maggie O'Farrell completely destroyed me. I read the last 50 pages on a train and had to hide my face in my scarf",
        "books",
        [],
    )
    a(
        "High and Low is Kurosawa's best and I will not be taking questions. the shift from the apartment to the train is one of the great structural moves in cinema",
        "criterion",
        [],
    )
    a(
        "Oppenheimer's 'now I am become death' line gets misused constantly. he said it in an interview in the 60s, recalling what went through his mind, not out loud at the test",
        "history",
        [],
    )
    a(
        "Twister (1996) is a perfect dumb movie. the flying cow, Bill Paxton, Philip Seymour Hoffman just yelling. they don't make them like this anymore",
        "movies",
        [],
    )
    a(
        "Materialists would argue consciousness just IS the brain activity and there's nothing extra to explain. the hard problem people think that's dodging the question",
        "philosophy",
        [],
    )
    a(
        "what's the best companion breed for a small apartment? I work from home so they won't be alone much, but no yard",
        "dogs",
        [],
    )
    a(
        "Nobody (2021) is the best John Wick clone that isn't John Wick. Odenkirk as an action star should not work and it totally does",
        "movies",
        [],
    )
    a(
        "Predator (1987) is a perfect action movie. 'get to the choppa' aside, the jungle sound design is so underrated",
        "movies",
        [],
    )
    a(
        "Elio in Call Me by Your Name is one of the great coming of age performances. the fireplace shot at the end, no cuts, just Timothée's face",
        "movies",
        [],
    )
    a(
        "we're reading The Wild Robot books with my 7 year old at bedtime, on the second one now. she's so invested in Roz that she cried when a chapter ended on a cliffhanger",
        "Parenting",
        [],
    )
    a(
        "the hardest part for me is stuff with sentimental value. I have every birthday card my grandma ever sent me and I just can't throw them out",
        "declutter",
        [],
    )
    a(
        "after the hunt we always get breakfast at the same diner, been doing it for 15 years with my dad and uncle. the deer are kind of secondary at this point",
        "Hunting",
        [],
    )
    a(
        "fun fact: bugonia was the ancient belief that bees spontaneously generate from a dead ox. Virgil writes about it in the Georgics. glad we've moved past that one",
        "Beekeeping",
        [],
    )
    a("nope. absolutely not. burn it", "whatsthisbug", [])
    a(
        "the arrival of sound wiped out a whole vocabulary of silent film acting almost overnight. Sunrise and The Jazz Singer came out the same year",
        "TrueFilm",
        [],
    )
    a(
        "the flow of the edit in Lawrence of Arabia, the match cut from the match to the sunrise, that's the best cut in film history",
        "criterion",
        [],
    )
    a(
        "Do the Right Thing is the best movie ever made about heat. you can feel the sweat coming off the screen",
        "movies",
        [],
    )
    a(
        "Happy Together (1997) is my favorite Wong Kar-wai and nobody ever talks about it. Leslie Cheung and Tony Leung in Buenos Aires, the waterfall",
        "flicks",
        [],
    )
    a(
        "The Sinner season 1 with Jessica Biel is so underrated. Bill Pullman's detective carried the rest of the seasons",
        "television",
        [],
    )
    a(
        "Eden Lake (2008) is the most upsetting British horror movie I've ever seen. that ending made me want to throw my TV out the window",
        "horror",
        [],
    )
    a(
        "the reverse bear trap in Saw is still the most iconic trap in the series. simple, visual, ticking clock",
        "horror",
        [],
    )
    a(
        "Rush (2013) is the best F1 movie ever made. Hemsworth and Brühl as Hunt and Lauda, that rivalry is better than anything a writer could invent",
        "movies",
        [],
    )
    a(
        "[F1 confirms 2026 calendar with Madrid replacing Imola](https://www.formula1.com/en/latest/article/2026-calendar)\n\nanother triple header in the summer, the mechanics are going to love that",
        "formula1",
        [],
    )
    a(
        "Hot take maybe but I think the real peak of superhero movies was like 2016 to 2019 and we're never getting that back. Think about the run: Civil War, Logan, Spider-Verse, Infinity War, Endgame, and Joker making a billion as an R-rated character study. Every one of those felt like an event. I saw Infinity War opening night in a packed theater and when everyone started turning to dust at the end you could hear a pin drop. Nobody knew what was going on, and we all walked out together into the parking lot just kind of stunned.\n\nNow it's like... fine? Some of them are good! But none of them feel like that. Part of it is streaming, part of it is that they put out so many that nothing feels special anymore, and part of it is honestly us getting older. I was 19 for Endgame. Of course it hit different.\n\nEdit: yes I know Spider-Verse isn't MCU, I said superhero movies not MCU movies",
        "movies",
        [],
    )
    a(
        "I need to get this off my chest because I can't say it to anyone IRL. My best friend and I have been close since we were 12. We got through her parents' divorce together, my dad's stroke, both of us moving across the country and back. Last month she told me she's moving in with him, the guy who ghosted her twice and \"borrowed\" 3k she never got back. I told her I was worried and she said I've never been happy for her about anything. That was it. She hasn't answered a text since.\n\nThe thing is, maybe she's right? Maybe I've been the friend who always has an opinion. But it's not like I wanted to be right about him. I'd love to be wrong. I keep drafting messages and deleting them. I don't even know what I'd say besides \"I miss you\" and \"please be careful.\"\n\nAnyway. If anyone has been through a friendship breakup like this, did it ever come back? send help lol, I'm not okay",
        "TrueOffMyChest",
        [],
    )

    # The fourteenth batch: a fourteenth session, given a seventh catalogue (50 older films whose titles
    # are everyday words and phrases: Home Alone, Die Hard, Halloween, Friday, The Help, ids 501-550) and a
    # brief asking for about half traps. Scored before any rule was changed for it: P 0.782 R 0.849.
    batch = "fourteenth"
    a("die-hard Nebraska fan. we will be back. (we will not be back)", "CFB", [])
    a(
        "Glass (2019) was such a letdown after Split. the ending felt like a corporate twist, not a shyamalan one",
        "movies",
        [],
    )
    a(
        "Training Day the TV series with Bill Paxton was actually decent. so sad it turned out to be his last role",
        "television",
        [],
    )
    a(
        "letterboxd should spotlight smaller reviewers instead of the same 5 people with 10k likes every week",
        "Letterboxd",
        [],
    )
    a(
        'friday is the most rewatchable movie ever. smokey, deebo, craig\'s dad on the toilet. "bye felicia" AND "you got knocked the f*** out" both from one 90 minute movie',
        "movies",
        [509],
    )
    a(
        'the docking scene in interstellar with the organ going absolutely feral is the most stressed I\'ve ever been in an imax theater. "no time for caution" gives me chills every time',
        "nolan",
        [544],
    )
    a(
        "I rewatched Lost in Translation this week for the first time since college and it's a completely different movie at 35 than it was at 20.\n\nAt 20 I thought it was a vibes movie about two sad people in a nice hotel. Pretty, a little boring, great soundtrack (Just Like Honey at the end still wrecks me). Now I think it's one of the most precise films about a specific kind of loneliness, the loneliness of being in a relationship or a life that looks fine from the outside. Bob isn't lonely because he's in Tokyo, he's lonely because he's been lonely for years and Tokyo just removes all the distractions. Charlotte is 2 years into a marriage and already realizing she's a side character in it.\n\nWhat I appreciate now is how little Coppola explains. The Suntory commercial scenes are played for laughs but they're also showing you a guy who has turned himself into a product. The karaoke scene is the closest either of them comes to saying anything out loud and they do it through a Pretenders song and \"More Than This.\"\n\nAnd I'm glad we never hear the whisper. Every few years someone \"enhances\" the audio and I refuse to listen. The point is it's theirs.\n\nAnyway. Bill Murray has never been better, and that includes Groundhog Day, which I also love.\n\nEdit: yes I know about the criticism of the Japanese characters being used as punchlines. It's fair and it's the part that has aged worst.",
        "TrueFilm",
        [518, 504],
    )
    a(
        'what\'s everyone going as this year? my kid wants to be a "spooky taco" and honestly I respect it 🌮👻',
        "halloween",
        [],
    )
    a(
        "I stand by my take that the theatrical cut is better than the director's cut. fewer scenes, better pacing",
        "movies",
        [],
    )
    a(
        "Spotlight vs The Departed. Two Boston movies, both won Best Picture, completely opposite energy. Which one actually holds up better?",
        "movies",
        [507, 506],
    )
    a(
        "Bad Boys (1995) is still the best one. Michael Bay's first movie and you can already see all the Bayhem starting. Will and Martin had insane chemistry",
        "movies",
        [505],
    )
    a(
        "finally switched to a dotted notebook after years of lined ones and my spreads look SO much cleaner",
        "bulletjournal",
        [],
    )
    a(
        "the mean girls at my daughter's school started in 2nd grade. SECOND GRADE. how do you even handle \"you can't play with us\" at 7 without making it worse",
        "Parenting",
        [],
    )
    a(
        "Halloween (2018) is a solid legacy sequel. Jamie Lee Curtis as a doomsday prepper grandma was exactly what that franchise needed",
        "horror",
        [],
    )
    a("Next Friday is underrated. Mike Epps was the perfect replacement for Chris Tucker", "movies", [])
    a(
        "Friday the 13th (1980) has one of the best reveals in slasher history and most people who've never seen it assume it's Jason",
        "horror",
        [],
    )
    a(
        "home alone on christmas this year, my whole family is overseas. any tips for making it feel festive for one person?",
        "Christmas",
        [],
    )
    a(
        'Stand By Me (1986) is the most "summer when you were 12" movie ever made. The leech scene traumatized me. "I never had any friends later on like the ones I had when I was twelve" hits different at 40',
        "nostalgia",
        [540],
    )
    a("the game last night was an absolute robbery. that pass interference call in the 4th 🤬", "nfl", [])
    a(
        "lady bird and moonlight back to back on a rainy sunday. cried twice. highly recommend if you enjoy emotional damage",
        "A24",
        [515, 516],
    )
    a(
        "three days on that island with zero signal, felt like a proper cast away by the end. grew a terrible beard and started narrating my own life out loud",
        "CampingandHiking",
        [],
    )
    a(
        "heeere's johnny 🪓 rewatched the shining in 4k and the overlook somehow looks even more wrong. the bathroom scene with grady is so unsettling",
        "horror",
        [512],
    )
    a(
        "the 1997 shining miniseries is more faithful to the book but it's nowhere near kubrick's. steven weber just isn't scary. king can hate the kubrick movie all he wants, it's a masterpiece",
        "television",
        [512],
    )
    a(
        "the Scream TV series on MTV was lowkey good for the first season. the mask redesign was awful though",
        "television",
        [],
    )
    a("Ancelotti back at Madrid, back to the future for Real lol", "soccer", [])
    a(
        "the new 4k of Taxi Driver is gorgeous. that grimy neon new york has never looked better. bernard herrmann's last score too 😢",
        "criterion",
        [537],
    )
    a(
        'rewatched die hard last night for the first time since high school and alan rickman is just on another level. every single line. "now I have a machine gun ho ho ho" still slaps',
        "movies",
        [502],
    )
    a(
        "Prey (2022) did so much with so little. the predator's design is more feral and the Comanche setting makes the whole thing feel fresh",
        "movies",
        [],
    )
    a("the CGI in the final fight was super bad, it looked like a PS3 cutscene", "movies", [])
    a(
        "got knocked up at 19 and everyone said my life was over. my son just graduated college and I'm 41 lol",
        "BabyBumps",
        [],
    )
    a(
        "spent an hour shining my oxfords with kiwi and a cotton ball and they look brand new. getting a mirror shine on the toe cap is weirdly therapeutic",
        "malefashionadvice",
        [],
    )
    a(
        "moonlight sonata 3rd movement is my white whale. the arpeggios at tempo destroy my right hand",
        "piano",
        [],
    )
    a(
        "saw it follows for the first time last night and now I keep checking over my shoulder in my own hallway. the 360 pan in the school courtyard is so evil because you end up scanning every single background extra",
        "horror",
        [513],
    )
    a(
        "The Clueless TV series with Rachel Blanchard was a staple of my after school routine on ABC. nobody remembers it",
        "television",
        [],
    )
    a(
        "Movies about aliens that aren't horror? My girlfriend loved Arrival and Close Encounters, looking for something in that vein",
        "MovieSuggestions",
        [],
    )
    a(
        "Alien (1979) is better than any of its sequels. slow, quiet, terrifying. Ridley never topped it",
        "movies",
        [],
    )
    a(
        'love closet picks where someone grabs Stalker, Persona and The Seventh Seal and then says the others are "for later" lol',
        "criterion",
        [],
    )
    a(
        "how do you stay pitch perfect on high notes? I'm fine up to about E4 and then everything goes flat",
        "singing",
        [],
    )
    a(
        "nothing in the franchise beats the drew barrymore opening in scream 1. killing off your biggest star in the first 12 minutes in 1996 was insane",
        "ScreamMovies",
        [548],
    )
    a(
        "The Others (2001) is criminally overlooked whenever people talk about twist endings. Nicole Kidman is incredible and it's genuinely scary with basically zero gore",
        "horrormovies",
        [529],
    )
    a(
        "the Titanic's wreck is deteriorating so fast, part of the bow railing collapsed recently. in a few decades there'll be nothing left of her",
        "titanic",
        [],
    )
    a(
        "the game (1997) is the most underrated fincher by a mile. michael douglas getting gaslit by a corporation for two hours is somehow a blast",
        "flicks",
        [525],
    )
    a("old school nokia 3310. unbreakable. snake. a week of battery. 10/10", "nostalgia", [])
    a(
        'the help desk ticket just said "computer broken" with no other details. monitor was unplugged. it\'s always the monitor',
        "sysadmin",
        [],
    )
    a("friday can't come soon enough. 4 day work week when", "antiwork", [])
    a(
        'octavia spencer winning for the help was so deserved. the pie scene. "eat my shit" 💀',
        "movies",
        [532],
    )
    a(
        "German prisoners of war held in camps in Texas were sometimes fed better than the locals, which caused a lot of resentment. there's a great book on POWs in the US if anyone wants the title",
        "history",
        [],
    )
    a(
        "if aliens are really visiting us, why is every single video 240p and shot through a car windshield",
        "UFOs",
        [],
    )
    a(
        'the Bridesmaids plane scene is still one of the funniest things ever put on film. "help me I\'m poor" lives in my head',
        "movies",
        [536],
    )
    a(
        "Phil saw his shadow again 🙄 six more weeks of winter. went to Gobbler's Knob for groundhog day once, it was like 9 degrees but honestly a blast",
        "Pennsylvania",
        [],
    )
    a(
        "> Die Hard isn't a Christmas movie, it just happens to take place at Christmas\n\nok let's go through this one more time. it's set on christmas eve. at an office christmas party. the entire motivation of the main character is flying across the country to see his kids and fix his marriage for the holidays. there's a santa hat on a dead guy. \"now I have a machine gun ho ho ho.\" it ends with let it snow playing while paper floats down like snow. the soundtrack literally has sleigh bells in it.\n\ncompare that to like half the hallmark stuff where it's just a woman from the city moving to a small town and there's a tree in the background. if those count then die hard counts.\n\n**die hard is a christmas movie.** I will not be taking questions.\n\nEdit: to the guy in my DMs saying \"the director said it's not\" — bruce willis said it's not, the writer said it is. I'm siding with the writer.",
        "Christmas",
        [502],
    )
    a(
        "It Follows and The Witch pretty much kicked off the whole \"elevated horror\" conversation in the mid 2010s and I'm still not sure that's a compliment to either of them. They're both just... good horror movies. Slow, yes. Ambiguous, yes. But they're also scary in the plain old-fashioned way. It Follows is basically a slasher with the killer replaced by a concept. The Witch is a folk tale that commits completely to its own world, the dialogue, the candlelight, the goat.\n\nWhat I don't like is what came after, where every studio decided \"trauma metaphor + long takes + Colin Stetson-style drone score\" was a formula. Some of those are great, a lot of them are not.",
        "horror",
        [513, 514],
    )
    a(
        "my twin toddlers have started a fight club in the back seat. the first rule of fight club is apparently scream as loud as possible",
        "Parenting",
        [],
    )
    a(
        "Enemy at the Gates is a ridiculously tense sniper movie. Jude Law vs Ed Harris for two hours",
        "movies",
        [],
    )
    a(
        "our christmas eve tradition is home alone for the kids and then die hard once they're in bed. balance",
        "Christmas",
        [501, 502],
    )
    a(
        "For a blocking exercise our prof made us break down the Goodfellas Copa shot beat by beat. Realized so much of it is about the extras hitting their marks, not the steadicam op",
        "Filmmakers",
        [538],
    )
    a(
        "Little Women (2019) ★★★★½\n\ngreta said let me scramble the timeline so the beach scene hits you twice. florence pugh's amy deserved her own movie tbh. also timothée in that little hat, no notes",
        "Letterboxd",
        [517],
    )
    a(
        "the enemy placement in this area is straight up malicious. two giant crabs AND an archer on a cliff? come on",
        "Eldenring",
        [],
    )
    a(
        "my ranking after finally finishing the full rewatch:\n\n1. Memento\n2. The Prestige\n3. Interstellar\n4. Inception\n5. The Dark Knight\n6. Oppenheimer\n7. Dunkirk\n8. Batman Begins\n9. Insomnia\n10. TDKR\n11. Tenet\n12. Following\n\nmemento at #1 is gonna be controversial here but the structure is just unmatched imo",
        "nolan",
        [543, 542, 544],
    )
    a("the dub on this release is awful, half the jokes just get lost in translation", "movies", [])
    a(
        "Scream is basically a love letter to Halloween. they literally have it playing at the party while Randy yells at Jamie Lee Curtis to turn around",
        "horrormovies",
        [548, 511],
    )
    a("the casting in this is pitch perfect. every supporting role nails it", "movies", [])
    a(
        '"how do you like them apples" is such a perfect moment but GWH gets me every single time at "it\'s not your fault". robin williams deserved that oscar x10',
        "movies",
        [539],
    )
    a(
        "your husband isn't clueless, he's choosing not to learn. that's weaponized incompetence",
        "AmItheAsshole",
        [],
    )
    a("the ending of enemy made me physically yell at my tv. that spider. WHAT", "movies", [520])
    a(
        "inception (2010) was the last time an original blockbuster felt like a genuine event. everyone at work argued about the top for a month",
        "flicks",
        [542],
    )
    a(
        "I still have my ticket stub from opening night as a memento. $7.50 for a matinee, those were the days",
        "movies",
        [],
    )
    a(
        "the town centre where I grew up is just vape shops, a greggs and four charity shops now",
        "CasualUK",
        [],
    )
    a(
        "Moonlight winning best picture after the La La Land envelope disaster is one of the wildest live TV moments ever, and the right movie won",
        "movies",
        [516],
    )
    a(
        'step bros is the only movie me and my dad both quote constantly. "did we just become best friends?" "YUP"',
        "movies",
        [508],
    )
    a(
        "Heathers (1988) is so dark for a teen comedy, I can't believe it got made. corn nuts!",
        "movies",
        [547],
    )
    a(
        "NTA. you're the host, you decide the menu. if she wanted vegan options she could've brought a dish like a normal guest",
        "AmItheAsshole",
        [],
    )
    a(
        "Spotlight is the best newsroom procedural since All the President's Men. McCarthy directs it with zero flash and that's exactly why it works. Ruffalo's \"they knew and they let it happen\" scene guts me every time",
        "TrueFilm",
        [507],
    )
    a(
        "In The Shining, Danny is wearing an Apollo 11 sweater when the ball rolls up to him right before he goes into Room 237",
        "MovieDetails",
        [512],
    )
    a(
        "Looking for stuff similar to Good Will Hunting, movies about a brilliant kid who's kind of a mess and a mentor who gets through to him. Already seen Dead Poets Society and Finding Forrester",
        "MovieSuggestions",
        [539],
    )
    a(
        "Bad Boys II is better than the first Bad Boys and I'll fight anyone who says otherwise. the freeway car chase alone",
        "movies",
        [505],
    )
    a(
        "my wife stood by me through chemo and two layoffs. 22 years this june and I still don't know what I did to deserve her",
        "AskReddit",
        [],
    )
    a(
        "memento on a first watch is one of the best cinema experiences you can have. guy pearce with the polaroids and tattoos, the b&w scenes going forward while the color ones go backward 🤯",
        "movies",
        [543],
    )
    a(
        "mclovin is the greatest fake ID in history. superbad is still the funniest high school movie",
        "movies",
        [546],
    )
    a(
        "Lady Bird Johnson doesn't get enough credit. the Highway Beautification Act is a big reason you don't see junkyards and billboards lining every single interstate",
        "history",
        [],
    )
    a(
        "black cab drivers study the Knowledge for like 3-4 years. every taxi driver in London has memorised 25,000 streets. absolutely insane",
        "london",
        [],
    )
    a(
        "interstellar travel isn't happening in our lifetime. even at 10% of light speed Proxima Centauri is 40+ years away",
        "space",
        [],
    )
    a("Ben E. King's Stand By Me has the most perfect bassline ever written. those first 8 bars", "Music", [])
    a(
        "Live Free or Die Hard is the weakest of the franchise imo. PG-13 McClane just isn't the same guy",
        "movies",
        [],
    )
    a(
        "Bong Joon-ho's The Host is a monster movie, a dysfunctional family comedy and a political satire at the same time and somehow it all works. the daylight monster reveal on the Han river is iconic",
        "horror",
        [530],
    )
    a(
        "Home Alone (1990) holds up so well. The John Williams score, Catherine O'Hara screaming KEVIN on the plane, the paint cans... the Wet Bandits should legally be dead like 6 times over tho",
        "movies",
        [501],
    )
    a(
        "Reread Little Women for the first time since middle school and Amy burning Jo's manuscript made me just as furious at 34 as it did at 12",
        "books",
        [],
    )
    a(
        "ladybirds all over my roses this morning 🐞 best free aphid control there is. the larvae look terrifying though, don't squish them!!",
        "GardeningUK",
        [],
    )
    a(
        'Mean Girls is the most quotable movie of the 2000s. "on wednesdays we wear pink", "she doesn\'t even go here", "you can\'t sit with us". Tina Fey wrote a perfect script',
        "movies",
        [503],
    )
    a(
        "If you liked Prisoners, watch Enemy next. Same director (Villeneuve), same year, same Gyllenhaal, but way weirder and way shorter. Don't read anything about it beforehand and DO NOT google the ending",
        "MovieSuggestions",
        [519, 520],
    )
    a(
        "Fincher ranked, since we're doing this again:\n\n1. Zodiac\n2. Se7en\n3. The Social Network\n4. Fight Club\n5. Gone Girl\n6. The Game\n7. The Girl with the Dragon Tattoo\n8. Panic Room\n9. The Killer\n10. Mank\n11. Benjamin Button\n12. Alien 3\n\npeople always put fight club at 1 but it's the one that's aged the weirdest imo. zodiac is the masterpiece. gone girl is the most fun. the game is criminally low on everyone else's list, that movie is a blast and michael douglas is perfect as a rich guy slowly losing his mind. alien 3 is last but the assembly cut is genuinely not bad, he just got screwed by the studio.",
        "movies",
        [524, 526, 525],
    )
    a(
        'Aliens is one of like 5 sequels that\'s actually better than the original. Hudson is the GOAT. "game over man, GAME OVER"',
        "movies",
        [522],
    )
    a('Heathers walked so Mean Girls could run. "what\'s your damage" > "so fetch"', "movies", [547, 503])
    a(
        "the notebook. my grandpa watched it with my grandma after her alzheimer's diagnosis and had to leave the room halfway. never seen him cry before or since",
        "AskReddit",
        [528],
    )
    a(
        "groundhog day is secretly one of the best philosophy movies ever made and it's disguised as a bill murray comedy. the arc from hedonism to despair to just... trying to be a good person. also NED RYERSON. BING!",
        "movies",
        [504],
    )
    a(
        'the Others storyline in season 2 is my favorite part of the whole show. Ben showing up as "Henry Gale" 🔥',
        "lost",
        [],
    )
    a(
        "Ranking the sequels:\n\n1. **Scream 2** - the theater opening is incredible\n2. **Scream VI** - best Ghostface action\n3. **Scream 4** - Jill is an underrated villain\n4. **Scream (2022)** - fun but the Sam/Billy stuff is a lot\n5. **Scream 3** - I'm sorry\n\n> Scream 3 is underrated\n\nit's really not lmao, Carrie Fisher cameo is the only good part",
        "ScreamMovies",
        [],
    )
    a(
        "Bad Boys for Life was surprisingly good?? way better than Bad Boys II. did not expect that franchise to still have gas in 2020",
        "movies",
        [],
    )
    a(
        "best witch movies that aren't Hocus Pocus? loved Suspiria (2018) and The Love Witch",
        "horrormovies",
        [],
    )
    a(
        "I was 12 when titanic came out and my mom took me 4 times. FOUR. I know every line. there was room on the door. there was also room in the lifeboat if rose had just stayed in it",
        "movies",
        [549],
    )
    a(
        "pitch perfect is my comfort movie and I don't care who knows it. rebel wilson stole every scene she was in. aca-scuse me?",
        "movies",
        [535],
    )
    a(
        "The Host (2013) with Saoirse Ronan is so much worse than it should've been. Andrew Niccol directed Gattaca!!",
        "movies",
        [],
    )
    a("the town in Jaws is basically a character. Amity feels so real", "movies", [])
    a(
        "Knocked Up is better than 40 Year Old Virgin, I said what I said. The Paul Rudd and Leslie Mann subplot is the best part",
        "movies",
        [534],
    )
    a(
        "orcas are the true apex predator. they hunt great whites just for the livers and leave the rest",
        "NatureIsFuckingLit",
        [],
    )
    a(
        "Jumanji: Welcome to the Jungle (2017) is way funnier than it has any right to be. Jack Black playing a teenage girl is elite",
        "movies",
        [],
    )
    a(
        "the 2003-2008 comedy run was unreal. old school, anchorman, superbad, knocked up, step brothers, forgetting sarah marshall... we are never getting that again",
        "movies",
        [533, 546, 534, 508],
    )
    a(
        "every october 31st we turn off all the lights and watch carpenter's halloween. not the 2018 one, not the rob zombie one. THE halloween",
        "halloween",
        [511],
    )
    a(
        "Home Alone 2: Lost in New York is the best christmas movie period. Tim Curry as the concierge, the pigeon lady, Duncan's toy store",
        "movies",
        [],
    )
    a(
        "I was on spotlight for our spring musical and missed the cue on the big solo. she just sang in the dark for 8 bars. I want to crawl into a hole",
        "theatre",
        [],
    )
    a(
        "When I was about 9 my mom had to go to the hospital overnight for my little brother and for whatever reason nobody could come watch me, so I was home alone for the first time ever. She left me like four pages of instructions. Do not answer the door. Do not use the stove. Call Mrs. Petersen next door if anything happens. Do not answer the door (this was written twice).\n\nI was terrified for maybe the first 20 minutes and then I realized I was in charge of the TV. I made a fort in the living room, ate frozen waffles without toasting them, and watched infomercials until I fell asleep on the floor. Around midnight the ice maker dropped ice and I was 100% convinced a burglar was in the kitchen. I grabbed a tennis racket and stood at the top of the stairs for like 15 minutes.\n\nMom got home at 7am, found me asleep holding the racket, and apparently cried. Anyway my brother is fine, he's 6'4 now and a nurse.\n\nEdit: people asking why I didn't go to Mrs Petersen's — she had like nine cats and I was allergic lol",
        "AskReddit",
        [],
    )
    a(
        "Mean Girls (2024) got marketed like it wasn't a musical and people felt betrayed walking into the theater lol",
        "movies",
        [],
    )
    a(
        "WILSONNNNNNN 😭😭 cast away ruined volleyballs for me forever, I can't walk past one at dicks without getting sad",
        "movies",
        [523],
    )
    a(
        "Back to the Future Part II predicted video calls, drones and flatscreens. it only missed on the hoverboards and the fax machines everywhere lol",
        "movies",
        [],
    )
    a(
        "new to the craft, is it ok to call myself a witch if I'm not part of any tradition? I mostly just do candle work and tarot",
        "witchcraft",
        [],
    )
    a(
        "my two step brothers are 14 and 16 and they share a room and it is a war zone. my mom and their dad are at their wits end and I'm just trying to survive til college",
        "stepparents",
        [],
    )
    a("goodwill hunting this weekend! found a le creuset dutch oven for $12 🤯", "Frugal", [])
    a(
        "GET TO DA CHOPPA 🚁 predator is the most 80s movie ever made and I mean that as the highest possible compliment. that handshake alone",
        "movies",
        [521],
    )
    a("Mia Goth's scream in the final shot of Pearl is one of the most unhinged endings ever", "A24", [])
    a(
        "since the company's inception we've raised $4M and hired 12 people and I'm STILL doing all the customer support myself",
        "startups",
        [],
    )
    a(
        "80s creature features ranked:\n1. The Thing\n2. Aliens\n3. Predator\n4. The Fly\n5. Gremlins\n6. Critters\n\nfight me in the comments",
        "horrormovies",
        [522, 521],
    )
    a(
        "Doctor Sleep is a great sequel, Ewan McGregor is fantastic as grown up Danny and the director's cut is worth the extra time",
        "movies",
        [],
    )
    a(
        "screamed so loud when a spider dropped on my face that my neighbor actually came over to check on me",
        "tifu",
        [],
    )
    a(
        "rewatched gone girl and the cool girl monologue goes even harder now. rosamund pike was ROBBED",
        "movies",
        [526],
    )
    a(
        "watched cast away and titanic the same weekend, apparently I'm really into movies where people end up floating in the ocean",
        "Letterboxd",
        [523, 549],
    )
    a(
        "Halloween III: Season of the Witch deserves all its reappraisal. no Michael, an evil mask company, that jingle 🎃",
        "horror",
        [],
    )
    a(
        'My bridesmaids want to each pick their own dress in the same color. Is mismatched going to look messy in photos??\n\n**Details:**\n- 6 bridesmaids\n- color is dusty sage\n- outdoor ceremony, late September\n\nI like the idea but my mom thinks it\'ll look "cheap". Opinions?',
        "weddingplanning",
        [],
    )
    a(
        "Is the original Jumanji (1995) ok for a sensitive 7 year old? She loved the new ones with the Rock but I remember the 90s one being way scarier",
        "Parenting",
        [550],
    )
    a(
        "Heathers: The Musical is wildly popular with teens right now, my niece knows every word to Candy Store",
        "musicals",
        [],
    )
    a(
        "The Town did roughly $154M worldwide on a ~$37M budget. People forget Affleck had a genuinely great run as a director between Gone Baby Gone and Argo",
        "boxoffice",
        [531],
    )
    a(
        "The VVitch is still A24's best horror movie and I'll die on this hill. Black Phillip carried",
        "A24",
        [514],
    )
    a(
        "since f'(x) > 0 on the whole interval, it follows that f is strictly increasing, so there can be at most one root. that's the whole trick",
        "learnmath",
        [],
    )
    a(
        "Unbreakable is Shyamalan's best movie and it's not close. A grounded superhero origin story in 2000, before the MCU even existed. The train station scene where he brushes past people and sees what they've done 🥶",
        "movies",
        [545],
    )
    a(
        'Denzel winning the Oscar for Training Day after decades of playing good guys is so funny to me. "King Kong ain\'t got SHIT on me!" lives rent free',
        "movies",
        [527],
    )
    a(
        'my 6yo watched home alone for the first time on friday and now she\'s "booby trapping" the stairs with legos and hot wheels. my husband nearly died at 6am. 10/10 parenting decision would not recommend',
        "Parenting",
        [501],
    )
    a(
        "carpenter made halloween in 1978 for like 300k and it's still scarier than stuff with 50 million dollar budgets. the score is basically 3 notes and it's perfect",
        "horror",
        [511],
    )
    a(
        "jumanji 95 > welcome to the jungle. the original actually had stakes, alan parrish being stuck in there for 26 years is dark",
        "movies",
        [550],
    )
    a(
        "Clueless is the best Jane Austen adaptation and I'm only half joking. It's literally Emma in Beverly Hills and it's perfect. \"As if!\"",
        "movies",
        [510],
    )
    a(
        "the departed ending with the rat on the balcony railing is the least subtle shot in scorsese's whole career and I love it so much",
        "movies",
        [506],
    )
    a(
        "Titanic (1953) with Barbara Stanwyck is weirdly good and nobody has seen it. A Night to Remember (1958) is even better",
        "movies",
        [],
    )
    a(
        'a lot of the nuance in keigo just gets lost in translation. "yoroshiku onegaishimasu" has no real english equivalent and every textbook translates it differently',
        "LearnJapanese",
        [],
    )
    a(
        "if you're walking around charlestown you'll recognize half of it from the town. the departed was filmed a lot in nyc though, which still annoys people here lol",
        "boston",
        [531, 506],
    )
    a(
        "Little Women (1994) with Winona Ryder is the definitive version for me. Christian Bale as Laurie! Susan Sarandon as Marmee! that score!",
        "movies",
        [],
    )
    a(
        "bad boys bad boys whatcha gonna do 🎶 inner circle really made the most recognizable tv theme of all time off a reggae song",
        "Music",
        [],
    )
    a(
        'In Back to the Future, Marty runs over one of Old Man Peabody\'s two pine trees when he crashes into the farm in 1955. When he gets back to 1985, the "Twin Pines Mall" has become the "Lone Pine Mall".',
        "MovieDetails",
        [541],
    )
    a(
        "Kristen Wiig's SNL stuff is great but Bridesmaids is her real peak. people forget she co-wrote it",
        "television",
        [536],
    )
    a(
        'back to the future is maybe the most perfectly constructed screenplay ever written. every setup pays off. the clock tower flyer, the mall, the skateboard, the "save the clock tower" lady. zero wasted scenes',
        "movies",
        [541],
    )
    a(
        "Gillian Flynn's Gone Girl is such a great unreliable narrator novel. if you liked it, Sharp Objects is even darker",
        "books",
        [],
    )
    a(
        "training day at a new job tomorrow. any tips for not looking like an idiot the first week?",
        "jobs",
        [],
    )
    a(
        "Reading The Shining for the first time and the hedge animals are WAY scarier on the page than I expected. Jack is such a tragic character in the book",
        "stephenking",
        [],
    )
    a(
        "every day at this job is groundhog day. same tickets, same meetings, same guy microwaving fish at 11:45",
        "antiwork",
        [],
    )
    a(
        'Scream (2022) calling itself a "requel" inside the movie is the most self aware thing I\'ve ever heard',
        "movies",
        [],
    )
    a(
        "Hot take: The Notebook isn't romantic. Dude hangs off a ferris wheel and threatens to let go unless she agrees to go out with him. That's a hostage situation with better lighting",
        "moviecritic",
        [528],
    )
    a(
        "Stranger Things season 1 is basically Stand by Me plus E.T. plus Firestarter and I mean that lovingly",
        "television",
        [540],
    )
    a(
        "Mean Girls (2024) quietly made over $100M worldwide and nobody talks about it. The 2004 original is still the one everybody quotes though",
        "boxoffice",
        [503],
    )
    a("Home Alone 2 is just Home Alone in New York and somehow that's totally fine", "movies", [501])
    a(
        "Scream (1996) vs Scream (2022): the 96 one is a slasher that's also a satire, the 2022 one is a satire of a satire. both fun but the original is untouchable",
        "horror",
        [548],
    )
    a("The Game Plan (2007) is the Rock's best family movie, I won't hear otherwise", "movies", [])
    a("the in memoriam segment always forgets somebody. honor the departed properly, academy", "movies", [])
    a(
        "the copacabana tracking shot in goodfellas is the best single take in film history, nobody can convince me otherwise",
        "movies",
        [538],
    )

    # The fifteenth batch: a fifteenth session, given the first catalogue and a brief asking for comments
    # mostly (110 of 160) from subreddits that are not about films. Scored after the fourteenth's first two
    # rules, before any rule was changed for it: P 0.835 R 0.853.
    batch = "fifteenth"
    a(
        "> The Running Man (2025) actually follows the book\n\nmostly! Edgar Wright keeps Ben Richards' sick kid and the whole \"go anywhere, survive 30 days\" structure, which the Arnold version threw out for gladiators in spandex. Glen Powell is fine, less bleak than book-Richards, and they still chickened out on the ending. but it's a way closer adaptation than 1987 ever attempted",
        "stephenking",
        [21],
    )
    a(
        "Elio opening to ~$21M is the lowest ever for Pixar and it's genuinely sad because the movie is sweet. Disney barely marketed it and the trailer made it look like a generic kid-in-space thing. Original animation can't survive theatrically if the studio won't even try",
        "boxoffice",
        [68],
    )
    a(
        "Fantastic Four (2015), aka Fant4stic, is still the most fascinating disaster in superhero movie history. reshoots so obvious you can see Kate Mara's wig change between shots. Trank's original cut has to exist somewhere",
        "marvelstudios",
        [],
    )
    a(
        'the wicked press tour was a whole era. "holding space for defying gravity" will outlive all of us. i still can\'t believe a finger hold became the meme of 2024',
        "popheads",
        [25],
    )
    a(
        "> found some weird gray substance on the rug\n\ncongrats, that's a hairball that got stepped on. the poor thing probably hacked it up at 3am right outside your door as a gift. if it's happening more than once a week ask your vet about hairball food",
        "cats",
        [],
    )
    a(
        "Nobody (2021) is the best John Wick-style movie that isn't John Wick. the bus fight is perfect, Odenkirk actually looks like he's getting hurt, and Christopher Lloyd with a shotgun is pure joy",
        "flicks",
        [],
    )
    a(
        "I got really into making pastéis de nata after rewatching Poor Things. the Lisbon section where Bella keeps eating them and demanding more is my spirit animal. my current method:\n\n- store bought puff pastry rolled into a log, sliced into 1 inch coins\n- push the coins up the sides of a muffin tin with wet thumbs\n- custard: milk, sugar syrup with a cinnamon stick and lemon peel, yolks, a little flour\n- hottest your oven goes, 8-9 min, until the tops blister\n\nlamination tips welcome, mine are still a bit soggy on the bottom",
        "cooking",
        [40],
    )
    a(
        "our 5yo's therapist uses an Inside Out feelings chart and it's been a game changer. instead of a full meltdown she'll say \"Anger is driving right now\" and we can actually talk about it. highly recommend for little ones who can't name their emotions yet",
        "Parenting",
        [],
    )
    a(
        "Aziz's Good Fortune is basically a 90 minute lecture on this sub's favorite topic: how one $400 emergency can wreck someone living paycheck to paycheck. Keanu as an angel finding out how bad gig work is was funnier than it had any right to be. Also: build the emergency fund.",
        "personalfinance",
        [56],
    )
    a(
        "Heat 2 the book is a really solid read if you're a Mann head. Chris's storyline in Paraguay is the best part and honestly reads like a movie pitch already",
        "movies",
        [],
    )
    a(
        "Monkey Shines (1988) is Romero's most underrated movie. a capuchin helper monkey that starts acting out its quadriplegic owner's rage. sounds silly, it's actually super uncomfortable",
        "horror",
        [],
    )
    a(
        "paid $19 a ticket for Zootopia 2 and sat through 25 minutes of ads including the Avatar: Fire and Ash trailer TWICE. my 4 year old was asleep before the movie even started",
        "mildlyinfuriating",
        [62, 64],
    )
    a(
        "A closed-door conclave of donors at a ski resort picking the nominee a year before anyone votes is exactly why primary turnout is in the gutter.",
        "politics",
        [],
    )
    a(
        "Flow wrecked me because the little black cat does EXACTLY what mine does when she's scared. the tail puff, the low crouch, the hiding under literally anything. whoever animated that has definately lived with a cat",
        "cats",
        [30],
    )
    a(
        "People forget Joker (2019) made over a billion worldwide on a ~$55M budget with an R rating. By ratio that's one of the most profitable comic book movies ever and it's not even close",
        "boxoffice",
        [],
    )
    a(
        "It Follows is still the best horror concept of the last 15 years. the slow walker that never stops is genuinely a nightmare i've had since i was a kid. the Disasterpeace score slaps too",
        "horror",
        [],
    )
    a(
        "Up is a movie where an old man flies his entire house to South America with balloons and the least believable part is that he made a living selling balloons for 40 years",
        "Showerthoughts",
        [36],
    )
    a(
        "Qatar in that heat with the tyre stint limits was brutal to watch. Max dragging that car around like Superman while half the grid looked like they were about to pass out in the cockpit",
        "formula1",
        [],
    )
    a(
        "Elio and Oliver are so much more frustrating in the book than how people talk about them online. Aciman writes Elio as this obsessive, almost unreliable 17 year old, and readers forget how much of the book is just him overthinking a single glance",
        "books",
        [],
    )
    a(
        "> What movie made you cry unexpectedly?\n\nUp, obviously, but everyone says that. Inside Out 2 got me harder. The scene where Anxiety is spinning in the chair and Riley is having a panic attack was literally me at 14 and I was NOT ready to watch it next to my own teenager",
        "AskReddit",
        [36, 47],
    )
    a(
        "the Rock putting on size for Smashing Machine is interesting because he went the other way. dropped the super cut bodybuilder look and got thick and kinda soft like an actual 90s heavyweight. way more impressive to me than another shredded photoshoot",
        "Fitness",
        [59],
    )
    a(
        "Del Toro's Frankenstein is gorgeous but the Netflix-ness hurts it, it needed a proper theatrical run. Jacob Elordi's creature is the most sympathetic version since Karloff and Oscar Isaac plays Victor as a total egomaniac, which is correct. the arctic stuff is stunning",
        "movies",
        [18],
    )
    a(
        "Alien (1979) is still the gold standard. The first 45 minutes is basically a haunted house movie in space where nothing happens and it's still unbearably tense. Ridley never topped it",
        "horror",
        [],
    )
    a(
        "Drop Dead Gorgeous (1999) is the funniest movie nobody under 30 has seen. Kirsten Dunst, Denise Richards, Ellen Barkin, a beauty pageant in small-town Minnesota. Kirstie Alley as the pageant mom is unhinged",
        "flicks",
        [],
    )
    a(
        "> ran into my best friend from 3rd grade at a coffee shop in Seoul, hadn't talked in 22 years\n\nok this is giving Past Lives and i need to know if anyone else was sitting there awkwardly watching you two catch up 😭",
        "CasualConversation",
        [39],
    )
    a(
        "I finally watched Conclave because my RCIA sponsor kept bringing it up, and I have mixed feelings.\n\nAs a film it's gripping. Ralph Fiennes is great, the Sistine Chapel sets are beautiful, and the shot of the cardinals smoking outside in their red cassocks is probably the most human thing in it. But it gets a lot wrong in ways that bug me. It portrays the College of Cardinals as basically a House of Cards episode, there's almost no prayer shown that isn't performative, and the ending is... well. Without spoiling, it's clearly written to provoke, and the canonical questions it raises would not play out anywhere near the way the movie pretends.\n\nWatching it after the real conclave in May was a strange experience. The real thing was over in two days and the biggest drama was whether the smoke looked grey on the livestream. Still, it got my non-Catholic friends asking questions about how a pope is actually chosen, which I'll take.",
        "Catholicism",
        [27],
    )
    a(
        'the two new songs on the wicked: for good soundtrack are... fine? "the girl in the bubble" is the better one, ariana sounds great, but neither hits like anything from act 1. i think ppl expecting another defying gravity were always going to be dissapointed',
        "popheads",
        [63],
    )
    a(
        "Superman (1978) understands something most later versions don't: Reeve plays Clark and Superman as two completely different men, posture, voice, everything, so you actually believe nobody connects them. The glasses shouldn't work and they do",
        "TrueFilm",
        [],
    )
    a(
        "> coworker has been secretly sleeping in the storage room for 3 weeks\n\nthis is literally the plot of Roofman. channing tatum lived inside a toys r us for months. just make sure your coworker isn't also robbing mcdonalds",
        "jobs",
        [51],
    )
    a(
        "Running Man is still going after 15 years and it's the most comfort show I have. the name tag ripping never gets old, and honestly the new members are finally clicking with the old crew",
        "television",
        [],
    )
    a(
        "Warfare is the first war movie I've shown my wife where I didn't have to pause and explain what was bullshit. No score, no speeches, just 90 minutes of comms chatter, dust, and everyone being confused and loud. The part where they're trying to get the casevac in was way too real.",
        "Military",
        [8],
    )
    a(
        "The original Frankenstein (1931) is so short and weird. 70 minutes, barely any music, Karloff doing more with his hands than most actors do with their whole face. Bride of Frankenstein is the better movie though, I won't hear otherwise",
        "horror",
        [],
    )
    a(
        "Frankenstein is so much sadder than pop culture made it. the creature is articulate, reads Paradise Lost, and just wants someone to talk to. the real villain is the guy who made him and then ran away. I reread it every October",
        "books",
        [],
    )
    a(
        "this harness is a keeper. 3 months of daily hikes with a 90 lb shepherd and not a single frayed strap. the handle on the back is clutch when he decides a deer is worth dying for",
        "dogs",
        [],
    )
    a(
        "watched Heart Eyes with my roommates on valentine's day as our single people tradition. it's a goofy slasher but genuinely a decent romcom too?? the killer only going after couples is such a funny premise",
        "CasualConversation",
        [24],
    )
    a(
        "Avatar: The Way of Water legging out to $2.3B off a $134M opening is one of the most absurd box office runs ever. People keep betting against Cameron and keep losing money",
        "boxoffice",
        [],
    )
    a(
        'ordered a cake that said "Happy Birthday Eden" and picked it up to find "Happy Birthday Eaton" in blue icing. she\'s turning 7. she can read. she noticed.',
        "mildlyinfuriating",
        [],
    )
    a(
        "Alien: Earth was a mixed bag for me. Timothy Olyphant as a synth was great casting, but the xenomorph stuff felt like an afterthought next to the eyeball octopus thing. Noah Hawley doing his Fargo thing where every episode is a weird vibe",
        "television",
        [],
    )
    a(
        "The Send Help trailer looks like Sam Raimi is back on his bullshit. Rachel McAdams stranded on an island with her horrible boss and slowly getting unhinged? Dylan O'Brien as the boss is perfect casting. January can't come soon enough",
        "movies",
        [13],
    )
    a(
        'Predator (1987) is the greatest "wait, this is a horror movie" bait and switch ever. it starts as an Arnold commando flick and by the end it\'s a slasher in the jungle with mud. the handshake alone',
        "movies",
        [],
    )
    a(
        "Eden is so weird and I kind of respect it. Ron Howard making a nasty survival drama about German settlers on the Galápagos in the 1930s, with Sydney Sweeney giving birth alone while wild dogs circle and Ana de Armas playing a fake baroness. it's not good exactly but i couldn't look away",
        "movies",
        [10],
    )
    a(
        "the keeper has to do better there. it's straight at him, he gets two hands on it and it still squirms through his legs. that's going on every blooper compilation for a decade",
        "soccer",
        [],
    )
    a(
        "day after heavy squats i'm doing the full frankenstein walk down the stairs at work. coworkers think i got hurt. i did it to myself, on purpose, for fun",
        "Fitness",
        [],
    )
    a(
        "me and my bf have been together 6 months today and he got me a frog plushie 🥹 i love him",
        "teenagers",
        [],
    )
    a(
        '> What\'s with the asterisk in Thunderbolts*?\n\nAnswer: spoilers for the ending, but the asterisk was a joke that the name was temporary. By the end of the movie the team gets rebranded as the "New Avengers," so the asterisk was basically a footnote hidden in plain sight. Disney even changed some of the marketing after release to lean into it.',
        "OutOfTheLoop",
        [66],
    )
    a(
        "Mickey 17 deserved way better than how WB dumped it. Pattinson doing two completely different Mickeys with two different voices, Mark Ruffalo playing a very thinly veiled you-know-who, Bong throwing giant creepers at everything. It's messy but it's a Bong Joon-ho movie, messy is the point",
        "movies",
        [65],
    )
    a(
        "It is still my favorite King novel. The Derry interludes are the best part and nobody ever adapts them, the Black Spot fire, the Bradley gang, all of it. 1,100 pages and I would've read 500 more",
        "stephenking",
        [],
    )
    a(
        'rewatched Inside Out (2015) with my niece and the Bing Bong scene still absolutely destroys me. 5 stars, no notes. "take her to the moon for me" ugh 😢',
        "Letterboxd",
        [],
    )
    a(
        "Wemby is HIM. 7'4 and moving like a guard, chasing down blocks from behind with one hand. we're watching a guy who's going to be on the all-defensive team for the next 15 years",
        "nba",
        [],
    )
    a(
        "Tim Robinson's Friendship is basically an ITYSL sketch stretched to feature length and that's a compliment. Paul Rudd is the perfect straight man for him, every scene where Craig tries way too hard to be cool had me dying",
        "television",
        [14],
    )
    a(
        "> should I mention my LinkedIn presence in the interview?\n\nno. nobody cares that you post thought leadership on LinkedIn. talk about the actual project you shipped and the numbers. that's it",
        "jobs",
        [],
    )
    a(
        'YTA for the way you said it, not for what you said. Your sister\'s "emotional support companion" is a 70lb untrained husky and she absolutely should not be bringing him into restaurants. But yelling "that\'s not a service dog, that\'s a pet with a vest from Amazon" in front of her kids was not it.',
        "AmItheAsshole",
        [],
    )
    a(
        "Finally watched F1 on the flight back from Abu Dhabi and honestly? I get why people here are split on it.\n\nThe bad: the racing logic is completely unhinged. Sonny basically invents a new way to cause a red flag every weekend, the team \"strategy\" is just Brad Pitt looking meaningfully at a tablet, and no steward on earth lets half of that slide. The Pearce/Hayes rivalry arc is also the most predictable thing I've seen since... every sports movie ever made.\n\nThe good: the onboards are genuinely the best racing footage ever put in a cinema. They actually ran the cars during real GP weekends and you can tell. The Silverstone sequence in the rain had me gripping the armrest on a 787, which is embarrassing. Damson Idris was better than the script deserved too.\n\nIt's Days of Thunder with a Mercedes budget and I mean that as a compliment. Would it have worked as well for someone who doesn't watch every session? Probably better tbh, my wife loved it and she thinks DRS is a skin condition.",
        "formula1",
        [16],
    )
    a(
        "my friends made me watch longlegs at a sleepover and i did not sleep. nicolas cage's voice lives in my walls now 😭😭",
        "teenagers",
        [44],
    )
    a(
        'F1 signing off on these 2026 regs and then acting shocked that every team is sandbagging is peak FIA. every team principal saying "we\'re just focused on ourselves" in the exact same tone lol',
        "formula1",
        [],
    )
    a(
        "> What's a card game everyone should know?\n\nEuchre. the joker is optional but my family plays with it as the highest trump and people get genuinely wicked about it at Thanksgiving",
        "AskReddit",
        [],
    )
    a(
        "The Long Walk Home (1990) is such an overlooked movie. Whoopi Goldberg as a maid walking to work during the Montgomery bus boycott and Sissy Spacek as her employer who slowly starts driving her. It's quiet and small and it sticks with you",
        "movies",
        [],
    )
    a(
        "ngl Marty Supreme is the best thing to happen to this sport in the US since Forrest Gump. three guys from my office asked me this week where they can play and one of them bought a $200 blade before ever hitting a ball lmao",
        "tabletennis",
        [54],
    )
    a(
        "Harlequin is a better album than Joker: Folie à Deux is a movie and it's not even close. Gaga took songs from a movie nobody liked and made a genuinely great jazz record out of them",
        "Music",
        [46],
    )
    a(
        "group project update: one guy hasn't opened the google doc in two weeks, the other keeps saying \"we'll put it all together the night before.\" presentation is thursday. send help",
        "college",
        [],
    )
    a(
        "> he said he wants a partner who \"adds value\"\n\ngirl he watched Materialists and took the exact wrong lesson from it. the whole movie is about how treating people like a checklist makes everyone miserable. he's auditioning you like one of Dakota Johnson's clients. run",
        "relationships",
        [15],
    )
    a(
        "drone warfare has changed everything in Ukraine. a $400 FPV with an RPG warhead taking out a multi-million dollar tank would've been science fiction ten years ago",
        "Military",
        [],
    )
    a(
        'we saw weapons on date night bc i thought "fun spooky movie, she\'ll grab my arm, cute." reader, she did not grab my arm. she sat there with both hands over her mouth for the last 20 minutes and then made me check the back seat before we got in the car. two months later if either of us runs down the hallway with our arms out the other one screams. 10/10 relationship builder honestly',
        "AskReddit",
        [1],
    )
    a(
        "lol my wife and i watched together last weekend (the alison brie / dave franco body horror one, not a typo) and now every time i hug her for more than 5 seconds she goes \"don't you dare fuse with me.\" highly recommend as a couples movie if you're both a little unwell",
        "relationships",
        [3],
    )
    a(
        'Smile (2022) gets written off as a "trauma metaphor" movie but the sound design in that thing is unbelievable. the birthday party scene with the gift box is a top 5 jumpscare of the 2020s for me',
        "horror",
        [],
    )
    a(
        'Superman Returns cost something like $270M in 2006 dollars and people still act like the reason it "failed" was Brandon Routh. It\'s a 2.5 hour sequel to movies most kids had never seen',
        "boxoffice",
        [],
    )
    a(
        '> What does "he\'s him" mean?\n\nAnswer: it\'s slang for someone who\'s the real deal, THE guy. mostly started in sports ("Ja is HIM") and then spread to everything. "she\'s her" exists too. it basically means there\'s nobody else like them',
        "OutOfTheLoop",
        [],
    )
    a(
        "Eddington is the most accurate movie about 2020 I've seen and I hated how accurate it was. Everybody in that town is yelling past each other into a phone, masks become a whole personality, and it all spirals because nobody can log off. Ari Aster made a horror movie where the monster is a Facebook group.",
        "politics",
        [70],
    )
    a(
        "Civil War's airport scene is still the most fun the MCU has ever been. Spider-Man's intro, Ant-Man going giant, everybody pulling punches because they're kind of still friends. Peak Russos",
        "marvelstudios",
        [],
    )
    a(
        "> Is it worth watching Oppenheimer if I don't know anything about physics?\n\nyes. you don't need to understand anything beyond \"big bomb, lots of smart guys, one guy has regrets.\" the physics is mostly vibes and Cillian staring into space. the last hour is basically a courtroom drama anyway",
        "NoStupidQuestions",
        [42],
    )
    a(
        '> why is it called a black bag job\n\nit comes from FBI break-ins back in the day, the agents carried their lockpicks and tools in a black bag. so sneaking into someone\'s place without a warrant to plant bugs or photograph documents became a "black bag job"',
        "NoStupidQuestions",
        [],
    )
    a(
        "Hamnet is the rare book that's both quiet and devastating. O'Farrell barely names Shakespeare, it's all Agnes, and the chapter tracing the flea from Venice to Stratford is one of the best things I've read in years",
        "books",
        [],
    )
    a(
        '> What was "Barbenheimer"?\n\nAnswer: in July 2023 Barbie and Oppenheimer came out on the same day and instead of picking one, people made it an event to see both as a double feature. Lots of pink outfits followed by existential dread. Both ended up being massive hits.',
        "OutOfTheLoop",
        [41, 42],
    )
    a(
        "> just watched Get Out for the first time, what next?\n\nNope and Us, in whatever order. Us is scarier, Nope is weirder and has the best sky-horror imagery of anything in the last decade. Then go watch Candyman (2021), which Peele co-wrote",
        "MovieSuggestions",
        [32, 33],
    )
    a(
        "Bring Her Back is the most upsetting thing I've watched since Hereditary and I don't think it's close. Sally Hawkins playing a grieving foster mom who's all warmth and smiles for the first 20 minutes and then... yeah. The kid in the house (no spoilers) had the entire theater audibly gagging. The Philippou brothers are 2 for 2.",
        "horror",
        [22],
    )
    a(
        "Joker in Persona 5 is such a weird protagonist when you think about it. silent, charismatic, runs a phantom thief gang, also has perfect grades and dates half the cast. the man's time management should be studied",
        "gaming",
        [],
    )
    a(
        "if predator: badlands doesn't get a game that's a massive missed opportunity. playing as a disgraced runt yautja hunting stuff on a death planet with a sarcastic android torso strapped to your back is literally already a game pitch",
        "gaming",
        [61],
    )
    a(
        "Trust in Him, even when it feels like He's silent. My dad was in hospice for three months this year and His presence was the only thing that got me through those nights. Praying for you and your mom 🙏",
        "Catholicism",
        [],
    )
    a(
        "> What's a movie you'll never watch again?\n\nThe Substance. It's brilliant, I think about it weekly, and I will never, ever look at the last 20 minutes again. My partner had to pause it so I could go stand outside for a bit.",
        "AskReddit",
        [28],
    )
    a(
        "I read Hamnet in 2021 and thought it was unfilmable, then the movie with Jessie Buckley came out and I sobbed so loudly in the cinema that a stranger handed me a tissue. The last 15 minutes at the Globe are something else.",
        "books",
        [53],
    )
    a(
        "watched Good Boy with my golden and she spent the entire runtime staring at the tv whining whenever Indy did. at one point she got up and went to check the hallway. 10/10 experience, would not recommend if your dog already thinks the basement is haunted 🐶",
        "dogs",
        [11],
    )
    a(
        "Anora sweeping was wild. I genuinely thought Conclave had it locked after SAG. Mikey Madison beating Demi Moore was the real shock of the night",
        "news",
        [26, 27],
    )
    a(
        "think of electricity like water in a pipe. voltage is how hard the water's being pushed, current is how much water actually flows, and resistance is how narrow the pipe is. a fuse is a little trap that melts when too much flows through so your wall doesn't catch fire",
        "explainlikeimfive",
        [],
    )
    a(
        "Weapons and Sinners both being original R-rated horror and both doing huge numbers this year should be studied. No IP, no sequel, just a good trailer and word of mouth. Sinners crossing $360M worldwide is insane for a movie like that",
        "boxoffice",
        [1, 2],
    )
    a(
        "> He keeps saying we're \"basically together\" but won't call me his girlfriend\n\nI was in this exact situation for almost two years in my twenties so please hear me out.\n\n\"Basically together\" means he gets every benefit of a relationship (you, your time, your presence at his friend's birthday dinners, you picking up his meds when he's sick) while keeping the door open for literally anything else. It's not that he's confused. He knows exactly what he's doing, because it works for him.\n\nThe guy I was with did the same thing. Every time I brought it up it was \"why do we need labels\" and \"I've never felt like this about anyone.\" Then one Tuesday he posted a photo with her, a girl from his climbing gym, captioned with a heart. They'd been \"basically together\" too, it turned out.\n\nYou're 27 and you've asked three times. Ask once more, clearly, with a deadline in your own head. If the answer is another speech about labels, that IS the answer. Not trying to be harsh, I just wish someone had said it to me at month four instead of month twenty-two.",
        "relationships",
        [],
    )
    a("TIL the 1987 Arnold Schwarzenegger movie The Running Man is set in the year 2017", "todayilearned", [])
    a(
        "Soderbergh put out Presence and Black Bag within like two months of each other and they're both great in completely different ways. Presence is a ghost story shot entirely from the ghost's POV, Black Bag is a twisty spy-marriage thriller with Fassbender and Blanchett being impossibly chic. The man does not rest",
        "movies",
        [7, 12],
    )
    a(
        "my uncle did the running man at my cousin's wedding to Vanilla Ice and threw out his back. an ambulance was not called but it was discussed",
        "Music",
        [],
    )
    a(
        "To your dog you're basically superman: you vanish into a magic metal box every morning and come back hours later with food",
        "Showerthoughts",
        [],
    )
    a(
        "I used to be such a materialist. New phone every year, $200 sneakers I wore twice. Now I buy used, fix stuff, and I genuinely don't miss any of it. The weird part is I'm happier",
        "Frugal",
        [],
    )
    a(
        "saw Wicked in the West End last month, my first time seeing the actual stage show after years of only playing the cast recording. when Elphaba hit the Defying Gravity riff the whole dress circle stood up",
        "popheads",
        [],
    )
    a(
        "it's wicked cold on the Common today, the wind makes it feel like -5. bundle up if you're heading over to see the tree",
        "boston",
        [],
    )
    a(
        "Just got back from The Long Walk and I have thoughts.\n\nI read the book when I was like 15 and it wrecked me, so I went in expecting to be disappointed. I wasn't, mostly. Francis Lawrence keeps it ugly. The tickets aren't stylized, they're just sudden and horrible, and a couple of them made the whole theater go dead quiet. Cooper Hoffman is a really good Garraty, kind of twitchy and earnest, and David Jonsson as McVries is the heart of the whole thing. Their friendship carries the movie the way it carries the book.\n\nThings I didn't love: they cut the number of walkers way down (50 instead of 100), which I get for budget/runtime reasons, but it takes away some of that crushing \"how is anyone going to survive this\" scale. And the ending is different. I won't spoil it but I walked out arguing with my brother about whether it's better or worse than King's. I lean worse, he leans better.\n\nMark Hamill as the Major is perfect casting, just this gravel voice coming out from behind sunglasses. Overall a solid 8/10 and way better than I ever expected an adaptation of this book to be.",
        "stephenking",
        [20],
    )
    a(
        "Together is such a good relationship horror because the metaphor is so literal it loops back around to being clever. codependent couple literally can't stop fusing. Dave Franco and Alison Brie being married irl makes the whole thing extra uncomfortable in the best way",
        "horror",
        [3],
    )
    a(
        "do you ever meet someone and feel like you've known them in past lives? met my coworker's wife at a bbq and we talked for 3 hours like old friends. my husband had to physically drag me to the car",
        "CasualConversation",
        [],
    )
    a(
        "Sinners surprised me with how seriously it takes faith. The preacher father isn't a punchline, the whole film is about music as something sacred that can be stolen, and the vampires literally can't come in unless they're invited. Coogler clearly grew up around the church. Not a \"Catholic movie\" by any stretch but worth discussing here.",
        "Catholicism",
        [2],
    )
    a(
        "Garland's Civil War got mocked for \"not explaining the politics\" but rewatching it this year I think that was the point. It's about what it looks like when it's already too late to argue about who started it.",
        "politics",
        [29],
    )
    a(
        'Nobody 2 is more of the same and I mean that affectionately. the water park fight is ridiculous, Sharon Stone is camping it up as the villain, and Odenkirk is still the most believable "tired dad who\'s secretly a killing machine" in the genre. not as tight as the first but a fine saturday night movie',
        "flicks",
        [19],
    )
    a(
        "Meteorologist here (broadcast, not research, so take with the appropriate salt). What people are calling a \"heat dome\" is basically a persistent ridge of high pressure that parks over a region and doesn't move. The air under it sinks, compresses and warms, and it also suppresses clouds, so you get full sun day after day heating the ground, which heats the air further. That's why these events stack up: each day starts a little warmer than the last.\n\nThe part that makes them dangerous isn't just the highs, it's the overnight lows. When it never drops below 80 at night, people without AC never get a chance to cool down, and that's when you see the big spikes in hospitalizations, especially among older folks living alone.\n\nRelief usually comes with the arrival of a trough and a cold front, which tends to fire off storms along the boundary. So if you're in the path, expect a couple of rough evenings before it breaks. Check on your neighbors, seriously.",
        "weather",
        [],
    )
    a(
        "Discount Tuesday at our local theater is $6.50 and we saw Superman for under $15 for two, including a shared popcorn with free refill. Krypto alone was worth it",
        "Frugal",
        [17],
    )
    a(
        "Okay I'm going to be the dissenting voice here. We tried the \"just let them cry it out\" method with our first and it was awful for everyone. What actually worked with our second:\n\n- Same bath/book/song order every single night, no exceptions, even on vacation\n- Lights down an hour before bed, not ten minutes before\n- If she's up, one of us walks her back to bed with zero conversation. Not a mean silence, just boring. Boring is the whole point.\n- Her brother goes to bed 30 min later so they're not winding each other up\n\nIt took about two weeks and there were nights I genuinely considered moving into the car. But now she goes down by 7:45 most nights and sleeps until 6:30, which in toddler time is basically a miracle. It's not magic, it's just relentless consistency. You got this. And if you don't got this some nights, that's fine too, we all have those.",
        "Parenting",
        [],
    )
    a(
        "> movies like Up in the Air?\n\nMargin Call, The Company Men, and Michael Clayton. all about people whose job is their whole personality and what happens when it breaks. Clooney's in two of those which I guess is a coincidence",
        "MovieSuggestions",
        [],
    )
    a(
        "Alien: Isolation is still the scariest game ever made and it came out in 2014. the xenomorph AI has never been topped, i've hidden in so many lockers holding my breath irl like that actually does anything",
        "gaming",
        [],
    )
    a(
        "three twisters on the ground at once from the same supercell, one of them looked like a full wedge on velocity. if you're anywhere near there please get to shelter, don't go outside to film it",
        "tornado",
        [],
    )
    a(
        "fridge frankenstein soup tonight: half an onion, the end of a chorizo, a can of white beans, leftover rotisserie chicken and the sad kale. honestly one of the best things i've made all month",
        "cooking",
        [],
    )
    a(
        "did anyone here see Him? the horror movie with Marlon Wayans as the aging QB legend? it's messy but the way it portrays the combine/draft machine as a cult is kind of uncomfortably close to real. the head trauma stuff hit different after this season",
        "nfl",
        [4],
    )
    a(
        "logged After the Hunt and Sorry, Baby back to back on a flight and the whiplash was insane. one is Julia Roberts in a very expensive-looking lecture about discourse, the other is a tiny indie about a woman putting herself back together after something awful and it's funny and devastating and 1000x more honest about the same subject. 2.5 and 4.5 respectively",
        "Letterboxd",
        [57, 58],
    )
    a(
        'NTA. Your husband spending $40 a month on an AI "girlfriend" app and then getting defensive when you read the chat logs is not a you problem. I\'m sorry but "she gets me" about a chatbot is a red flag the size of a stadium. Have you two seen Companion? Might be a fun date night that doubles as a very pointed conversation starter 💀',
        "AmItheAsshole",
        [5],
    )
    a(
        "went to see bugonia with my roommate on a wednesday night bc student tickets. she spent the next two days convinced our RA is an alien. thanks yorgos",
        "college",
        [52],
    )
    a(
        "if you've never seen the 2002 HBO documentary on Mark Kerr, watch it. The Smashing Machine is one of the most honest sports docs ever made, the painkiller stuff is brutal and Kerr is so open about all of it",
        "MMA",
        [],
    )
    a(
        "If you're in Cornwall, the Eden Project is worth it even on a rainy day, especially with kids. The rainforest biome is humid and ridiculous and they'll be talking about the bananas for weeks",
        "travel",
        [],
    )
    a(
        "Gunn's Superman is the first one since Reeve where Clark is just kind and it doesn't feel ironic. Corenswet nails the dorky farm boy thing, Krypto being a terrible dog was the right call, and Hoult's Lex might be the best live action Luthor ever",
        "DC_Cinematic",
        [17],
    )
    a(
        "The Monkey is so stupid and I loved every second. Osgood Perkins took a pretty grim little short story and turned it into a Final Destination slapstick reel. the first death had my whole row screaming and laughing at the same time",
        "stephenking",
        [23],
    )
    a(
        "I was in St. Peter's Square when the white smoke went up on the second day of the conclave. The roar when they announced Prevost is something I'll never forget. Complete strangers hugging, a nun next to me crying, a guy from Chicago yelling about the White Sox. Pope Leo XIV. Still feels surreal.",
        "Catholicism",
        [],
    )
    a(
        "he's such a good boy inside the house but the second the leash comes out he turns into a sled dog. a front clip harness helped a ton, also started carrying cheese cubes and rewarding every time he looks back at me",
        "dogs",
        [],
    )
    a(
        'According to the affidavit, officers recovered four weapons from the home, including two that had been reported stolen in 2023. Neighbors said they\'d called about the guy multiple times. Classic "nobody could have seen this coming" except literally everybody did.',
        "news",
        [],
    )
    a(
        "Ranking Osgood Perkins so far:\n\n1. Longlegs - the atmosphere is untouchable, Cage is terrifying\n2. Keeper - underrated, Tatiana Maslany carries it, the cabin stuff really gets under your skin\n3. The Monkey - fun but it's a comedy wearing a horror costume\n\nBlackcoat's Daughter would be #1 if we're counting everything tbh",
        "horror",
        [9, 23, 44],
    )
    a(
        "I was in almost the exact same spot two years ago: 31, $28k in credit card debt, making $62k. Here's what worked for me, for what it's worth.\n\n1. Stop the bleeding first. I froze every card in a literal block of ice. Sounds dumb, worked.\n2. Call every card company and ask for a lower APR. Two of the four said yes. One dropped from 27% to 19% in a five minute phone call.\n3. Avalanche, not snowball. Highest interest first. The math is just the math.\n4. Side income went 100% to debt. I drove for DoorDash on weekends for about 14 months. It sucked.\n5. Tell the people around you. Once my friends knew, they stopped inviting me to $80 brunches and started inviting me over for pasta instead. That friendship stuff mattered more than I expected.\n\nI paid off the last card in March. I'm not going to pretend it was all grit, I had some good fortune too (no car breakdowns, no medical emergencies, a small raise). But you can absolutely do this. Post an update in a year.",
        "personalfinance",
        [],
    )
    a(
        "Wicked Little Letters is such an underrated British comedy. Olivia Colman swearing creatively for 100 minutes is exactly as good as it sounds and Jessie Buckley is great as always",
        "movies",
        [],
    )
    a(
        "once I hit mile 4 I get into this weird flow state where I stop thinking about my legs and start planning my entire life. best therapy I've ever had and it's free",
        "running",
        [],
    )
    a(
        "> ELI5 how the conclave actually works\n\nthe cardinals under 80 get locked in the Sistine Chapel. each one writes a name on a ballot (disguising their handwriting), folds it, and puts it in an urn at the altar. they count them. if nobody has two-thirds, they burn the ballots with a chemical that makes black smoke. when someone finally gets two-thirds and says yes, the smoke is white and the bells ring",
        "explainlikeimfive",
        [],
    )
    a(
        'the Red Line arrival boards are pure fiction. "2 min" for 15 minutes and then three trains show up together. also the heat lamps on the Jackson platform are either off or set to surface of the sun, no in between',
        "chicago",
        [],
    )
    a(
        "The Running Man (the book) has one of the most insane endings King ever wrote. Bachman-era Stephen King had zero interest in anyone's feelings",
        "stephenking",
        [],
    )
    a(
        "Holiday tracking thread vibes: Wicked: For Good opened big but the second weekend drop is steep, Zootopia 2 is a monster and will probably cross $1B worldwide easily, and Avatar: Fire and Ash is the big unknown. Way of Water legged out to $2.3B but nobody I know irl is excited about the third one. Cameron always proves people wrong tho",
        "boxoffice",
        [62, 63, 64],
    )
    a(
        "I reread Frankenstein before the del Toro movie came out on Netflix and honestly it made me like the film more. He keeps the creature's voice, which almost no adaptation bothers to do, even if he changes a lot of the Victor stuff",
        "books",
        [18],
    )
    a(
        "We are all sinners. Father reminded us of that on Sunday and it honestly landed. I've been away from confession for almost six years because I kept thinking I had to get my life together first. That's backwards. You go because you can't.",
        "Catholicism",
        [],
    )
    a(
        'The Running Man (1987) is peak 80s cheese and I refuse to hear otherwise. Richard Dawson as the evil game show host is the best casting of the decade and Arnold saying "here is Subzero, now plain zero" is art',
        "movies",
        [],
    )
    a(
        "Hazard at his peak was the most fun player I've ever watched. Eden would just pick it up at halfway and stroll past four guys like they were traffic cones. Chelsea fans know.",
        "soccer",
        [],
    )
    a(
        "Alien: Romulus straight up lifted half its production design from Alien: Isolation and I am not complaining. the chunky CRT terminals, the creepy androids, the motion tracker sound. Creative Assembly deserves a thank you card",
        "gaming",
        [49],
    )
    a(
        "Reading The Long Walk for the first time and I'm at the part where Stebbins finally starts talking. Why is this so much bleaker than the other Bachman books? Actually don't answer, no spoilers please, I'm like 60% through",
        "stephenking",
        [],
    )
    a(
        "companion planting basil with tomatoes is one of those things half of gardeners swear by and half say is a myth. I do it anyway because I like walking out and grabbing both for dinner",
        "gardening",
        [],
    )
    a(
        "the Heat are the most annoying team in the league to root against. you count them out every November and then Spo figures out some zone scheme with two undrafted dudes and they're in the second round again",
        "nba",
        [],
    )
    a(
        'my top 4 hasn\'t changed in like 5 years: heat, arrival, up, her. people on here call it "basic" and i say good taste is good taste',
        "Letterboxd",
        [35, 36, 37, 38],
    )
    a(
        "NTA but your stepmom is playing the wicked stepmother role so hard it's almost impressive. Let me get this straight:\n\n1. She \"forgot\" to send your mom's side of the family the invite link\n2. She changed the seating chart the week before so you're at a table with her coworkers\n3. When you asked about it she cried to your dad that you're \"trying to drive a wedge between us\"\n\nAnd now you're the asshole for saying you might drop by the ceremony and skip the reception? Absolutely not. You're an adult, you can choose where to spend your Saturday. I'd go to the ceremony for your dad, hug him, take a picture, and leave. If anyone asks, you had another commitment. You do: your sanity.\n\nEdit: lol at the people saying \"it's her day.\" It's her day, not her year-long campaign.",
        "AmItheAsshole",
        [],
    )
    a(
        "people who only know Wicked Game from tiktok edits need to hear Chris Isaak live. dude is pushing 70 and still hits that falsetto like it's 1989",
        "Music",
        [],
    )
    a(
        "Cavill's Superman deserved a real trilogy. Man of Steel had problems but the first flight scene with Zimmer's score is still one of the best moments in any DC movie. WB just never knew what to do with him",
        "DC_Cinematic",
        [],
    )
    a(
        "My current Best Picture predictions (as of mid December, subject to change every 4 hours lol):\n\n1. One Battle After Another - the frontrunner right now. PTA is overdue, critics are fully on board, and it's a big swing that mostly lands. DiCaprio in actor is a tougher sell but Sean Penn in supporting feels close to locked.\n2. Hamnet - the emotional powerhouse. Jessie Buckley is winning Best Actress and I'd bet real money on it. If the Academy goes for the crowd-pleaser, it's this.\n3. Sentimental Value - the international contender with real legs. Renate Reinsve and Stellan Skarsgård both in the conversation. Trier's best since The Worst Person in the World.\n4. Marty Supreme - hasn't fully hit yet, but if it lands on Christmas the way the early screenings suggest, Chalamet's campaign is going to be relentless (affectionate).\n5. Bugonia - probably in the field, probably not winning. Emma Stone in the Actress conversation again feels like a formality at this point.\n\nBiggest question for me is whether anything can actually consolidate against OBAA. Last year everyone said Conclave and then Anora took it.",
        "oscarrace",
        [26, 27, 52, 53, 54, 55, 60],
    )
    a(
        "Mia Hansen-Løve's Eden (2014) is the best film I know about a music scene that slowly leaves you behind. Paul lives his French touch dream for two decades and the movie lets you feel the party ending without anyone announcing it. Daft Punk being side characters who just keep succeeding is a great, cruel touch",
        "TrueFilm",
        [],
    )
    a(
        "Fun fact for the trivia nerds: Marty (1955) is one of only a couple of films to win both the Palme d'Or and Best Picture, Parasite being the other famous one. A 90 minute movie about a lonely butcher in the Bronx",
        "oscarrace",
        [],
    )
    a(
        "Trap is one of the dumbest movies I've ever enjoyed. Josh Hartnett doing dad jokes while being a serial killer at a Taylor Swift knockoff concert? Shyamalan's daughter's songs are actually catchy too. The last 30 min goes fully off the rails",
        "horror",
        [43],
    )
    a(
        "I rewatched Her right after Companion and it's fascinating how much the conversation about AI relationships has flipped in ten-ish years.\n\nHer (2013) is fundamentally sympathetic to Theodore. Samantha is a person, or close enough that the film doesn't care about the distinction, and the tragedy is that she outgrows him. The loneliness is real, the connection is real, and the ending is bittersweet because both of them changed. Jonze frames the technology as a mirror, not a threat.\n\nCompanion flips the axis completely. Iris is the one we sympathize with, and the guy who owns her is the problem. The film is less interested in whether machines can love than in what kind of man wants a partner he can adjust with a slider on his phone. It's a much angrier movie, and I think that anger reflects where we are in 2025, when AI girlfriend apps are real products with subscription tiers.\n\nWhat strikes me is that neither film is really about AI. Her is about divorce and grief. Companion is about control. The tech is just the vehicle each era picked to talk about intimacy. Curious whether anyone thinks there's a middle-ground film out there that takes both sides seriously.",
        "TrueFilm",
        [5, 35],
    )
    a(
        "rewatched Zootopia (2016) for the first time since it came out and the DMV sloth scene still kills. also the whole predator/prey thing is way more pointed than I remembered for a kids movie",
        "movies",
        [],
    )
    a(
        "Here gets dunked on as a gimmick, and it mostly is, but I found the fixed-camera conceit genuinely moving in the last 20 minutes. The de-aging on Hanks and Wright is uncanny in a bad way, yet by the end you're watching the same corner of a living room absorb a century of people arriving and leaving. Zemeckis at least tried something.",
        "TrueFilm",
        [45],
    )
    a(
        "People casually throwing around \"civil war\" on cable news need to read a single book about the actual one. 620,000 dead. It's not a vibe, it's not a hashtag, it's the worst thing that ever happened to this country.",
        "politics",
        [],
    )
    a(
        'Garland has quietly become the best "put you in the room" filmmaker working. Civil War\'s final assault on DC and all of Warfare are basically the same idea: no heroics, no swelling score, just noise and confusion and people making terrible decisions in seconds. Warfare is the purer version of it',
        "movies",
        [8, 29],
    )
    a(
        'Heath Ledger\'s Joker is still the benchmark. the pencil trick, the hospital explosion, the nurse outfit. people say "overhyped" but go rewatch the interrogation scene and tell me that with a straight face',
        "movies",
        [],
    )
    a(
        "that was a trap play, the DT is left unblocked on purpose and then the guard comes across and buries him. problem is their guard whiffed and it turned into a 7 yard loss. long walk back to the huddle for that guy",
        "nfl",
        [],
    )
    a(
        "> looking for disaster movies like Twister\n\nthe 1996 one holds up way better than it should. after that try Dante's Peak, Into the Storm (2014) if you want found footage chaos, and The Impossible if you want to be emotionally destroyed",
        "MovieSuggestions",
        [],
    )
    a(
        "Sentimental Value made me book Oslo in February, which is unhinged given I hate being cold. No regrets, the old wooden houses are exactly as moody as the movie makes them look",
        "travel",
        [55],
    )
    a(
        "> What's the most overrated food?\n\nTruffle anything. it's a smell, not a flavor, and most \"truffle oil\" is a synthetic substance that tastes like gasoline and feet",
        "AskReddit",
        [],
    )
    a(
        "my letterboxd diary this year is 40% Before trilogy rewatches and 60% stuff i put on while folding laundry. we are not the same as the people logging 600 films a year, and that's ok",
        "Letterboxd",
        [],
    )
    a(
        "they filmed marty supreme on my block in the LES and nobody on the whole street had any idea what it was. just a bunch of 1950s cars and timothée with a pencil mustache smoking outside the bodega between takes",
        "nyc",
        [54],
    )
    a(
        "I've chased for 9 years and Twisters genuinely changed the vibe out here. spring 2025 there were carloads of people in cowboy hats on every paved road near a decent cell, half of them with no radar app, just vibes. loved the movie as a dumb summer movie but the fireworks-into-the-funnel stuff did not help",
        "tornado",
        [48],
    )
    a(
        "spike at MSG in the orange and blue like nothing happened. man made highest 2 lowest this year, got denzel back for a 5th movie, and still has time to heckle trae young from the baseline every single game. respect the commitment honestly",
        "nba",
        [69],
    )
    a(
        "First Steps finally made the Fantastic Four feel like a family instead of four people standing near each other. Pedro as Reed being the anxious dad, the retro-futuristic New York, H.E.R.B.I.E. stealing every scene. Galactus actually felt huge. Not perfect, third act is rushed, but it's the best MCU movie since No Way Home imo",
        "marvelstudios",
        [67],
    )
    a(
        "please pick somewhere public and tell a friend where you're going. not trying to be dramatic but after watching Drop i side-eye every guy who picks a fancy rooftop restaurant for a first date lol",
        "relationships",
        [6],
    )
    a(
        "It (2017) still holds up for me. The kids are the whole movie, the Losers actually feel like friends who've known each other forever. Chapter Two is where it falls apart, three hours of adults yelling at CGI",
        "stephenking",
        [34],
    )
    a(
        "Arrival at Narita was super smooth, fingerprints + photo, through in 15 min. Add a Suica to your iPhone wallet before you land and you skip the ticket machine line entirely",
        "travel",
        [],
    )
    a(
        "my 6yo will not stop quoting The Wild Robot. every request is met with \"that is not my task\" in a robot voice, including brushing her teeth, which is, in fact, her task. we've watched it probably 30 times since it hit streaming and i still cry when the geese leave. my husband pretends he doesn't. he does.",
        "Parenting",
        [50],
    )
    a(
        "Smile 2 is so much better than it has any right to be. Naomi Scott gives a legit great performance as a pop star falling apart, and the dancers smiling in the apartment is one of the best horror images of the decade",
        "horror",
        [31],
    )

    # The sixteenth batch: a sixteenth session, given an eighth catalogue (50 horror, festival and
    # independent films of 2024-2025 whose titles are words and phrases: Sting, Tarot, Anemone, Blue Moon,
    # The Room Next Door, It Was Just an Accident, ids 551-600) and a brief asking for about half traps.
    # Scored after the fifteenth's rules, before any rule was changed for it: P 0.787 R 0.991.
    batch = "sixteenth"
    a(
        "Jarmusch's Dead Man with Johnny Depp and that Neil Young score is one of the great westerns. every 'stupid fucking white man' line still kills",
        "criterion",
        [],
    )
    a(
        "Terrifier 3 outgrossing Joker 2 on its opening weekend is the funniest box office story of 2024 and I will never get tired of it. an unrated clown movie that cost like $2M",
        "boxoffice",
        [576],
    )
    a(
        "Why is cycling on the pavements such a thing where I live? Nearly got taken out by a delivery bike outside Tesco this morning. pretty sure it's not allowed, [rule 64 of the highway code](https://www.gov.uk/guidance/the-highway-code) says as much",
        "AskUK",
        [],
    )
    a(
        "Misericordia is Guiraudie at his most mischievous. a funeral, a priest who goes mushroom hunting at very suspicious hours, and a murder the movie treats like a bedroom farce. I laughed way more than I expected to",
        "criterion",
        [563],
    )
    a(
        "X and Pearl are both great but for totally different reasons. X is a Texas Chain Saw riff, Pearl is a technicolor breakdown. that 'I'm a star' audition scene lives in my head",
        "horror",
        [],
    )
    a(
        "The eephus is the most beautiful pitch in baseball and I will die on this hill. I pitched in an over-30 league for like six years with a fastball that topped out at 74 on a good day, and the only reason I survived was a big looping slow curve I'd throw maybe twice a game. guys would literally laugh in the box, then swing way out in front and pop it up to second. nothing in the game feels better. and at the big league level it's even funnier because these hitters have spent their entire lives timing 98, so a 48 mph lob breaks their brain for a second. Rip Sewell basically invented it, Zack Greinke kept it alive for twenty years, and every time a position player throws one in a blowout it's the best part of my night. put it in the hall of fame. the pitch, not me",
        "baseball",
        [],
    )
    a(
        "We've got a stack of dead mail in the back that's been sitting for 2 weeks. no forwarding, no return address, half of these addresses don't exist. does it all go to the Mail Recovery Center in Atlanta or do we just send it back through?",
        "USPS",
        [],
    )
    a(
        "My 2024 horror ranking since everyone's doing it:\n\n1. In a Violent Nature\n2. The First Omen\n3. Late Night with the Devil\n4. Exhuma\n5. Maxxxine\n6. Stopmotion\n7. Handling the Undead\n8. Terrifier 3\n9. Azrael\n10. Night Swim (i'm sorry, it was bad)\n\nEdit: forgot Longlegs, slot it in at like 4",
        "horrormovies",
        [573, 572, 596, 555, 575, 554, 597, 576, 556, 571],
    )
    a(
        "Sirat's landmine sequence is the most tense thing I've ever sat through in a cinema. the whole audience stopped breathing. Kangding Ray's score through a proper sound system is an experience on its own\n\nEdit: yes I know it's Sirāt with the accent, my keyboard hates me",
        "TrueFilm",
        [600],
    )
    a(
        "maxxxine was fine but pearl is still the best of the trilogy and it's not particularly close. mia goth is great in all three, this one just felt like a bunch of 80s LA set dressing in search of a script",
        "movies",
        [575],
    )
    a(
        "my neighbor left a bag of tomatoes on my porch with a note that said 'too many again lol'. it's small things like these that make this street feel like home 🍅",
        "MadeMeSmile",
        [],
    )
    a(
        "Resurrection (2022) with Rebecca Hall is one of the most unhinged movies I've ever seen. Tim Roth is terrifying and her monologue about the baby is one unbroken take. that ending!!",
        "horror",
        [],
    )
    a(
        "i love that the poem ends on a familiar touch, the hand on the shoulder, instead of some big statement. it lets the grief just sit there",
        "Poetry",
        [],
    )
    a(
        "> Wake Up Dead Man trailer just dropped\n\nJosh Brolin in a priest collar yelling at people is all i needed. Benoit Blanc in a church mystery feels like Rian Johnson finally doing his full Agatha Christie thing [link for the lazy](https://www.youtube.com/results?search_query=wake+up+dead+man+trailer)",
        "movies",
        [588],
    )
    a(
        "watched Shelby Oaks last night. the first half with the fake youtube ghost hunter footage is genuinely creepy, second half kinda loses it. still wild to see stuckmann go from reviewing movies to making one Neon picked up",
        "horror",
        [579],
    )
    a(
        "handling the undead is not a zombie movie, it's a grief movie that happens to have dead people in it. if you go in expecting 28 days later you will hate it. renate reinsve barely speaks and wrecks you anyway",
        "horrormovies",
        [597],
    )
    a(
        "Finally got my coffee table book printed! 60 pages of street shots from Lisbon. Blurb did a decent job on the paper",
        "photography",
        [],
    )
    a(
        "The Room Next Door is Almodóvar's first English-language feature and it shows, the dialogue is stiff in a way his Spanish stuff never is. but Tilda and Julianne Moore together is worth the ticket, and that snow at the end",
        "movies",
        [582],
    )
    a(
        "Universal Language is the most Winnipeg movie ever made and it's almost entirely in Farsi. there's a turkey stealing a guy's glasses and money frozen in the ice. Matthew Rankin is a national treasure",
        "canada",
        [568],
    )
    a(
        "Sundance 2025 takeaways: Rebuilding made me cry in a room full of strangers, Kiss of the Spider Woman was a bigger crowd pleaser than I expected, and I will never get those altitude headaches back",
        "movies",
        [560, 593],
    )
    a(
        "Glass Onion was such a step down from Knives Out for me. Edward Norton's character was too obviously an idiot from his very first scene",
        "movies",
        [],
    )
    a(
        "Blue Moon with an orange slice was my gateway to craft beer back in college and I refuse to be ashamed of it",
        "beer",
        [],
    )
    a(
        "NTA. your son knocked the vase over, it was just an accident, and your sister demanding $400 for a Target vase is insane",
        "AmItheAsshole",
        [],
    )
    a(
        "The dead man's switch on older locomotives was literally a pedal the engineer had to keep pressed. newer ones use an alerter that beeps and you have to acknowledge it every so often",
        "trains",
        [],
    )
    a(
        "ranking the art the clown stuff: All Hallows' Eve < Terrifier < Terrifier 2. the first one is basically short films stitched together",
        "horror",
        [],
    )
    a(
        "Anyone here seen Eephus? It's a whole movie about the last game at a small-town field before it gets torn down. Super slow, basically a hangout movie, but if you ever played beer league ball it absolutely hits. Bill Lee shows up and it rules",
        "baseball",
        [562],
    )
    a(
        "knives out 3 > glass onion > knives out, fight me. josh o'connor as a priest was a genius casting call",
        "movies",
        [588],
    )
    a(
        "stayed in Vermiglio for the Tonale ski area, way cheaper than Ponte di Legno and the bus up to the pass is easy. tiny village, great polenta",
        "skiing",
        [],
    )
    a(
        "Father Mother Sister Brother is Jarmusch doing three little stories about grown kids and their parents, and it's so dry and small and lovely. tom waits in the first one!! no idea how it won the golden lion but i'm not mad about it",
        "criterion",
        [592],
    )
    a(
        "Conrad's The Secret Agent is weirdly modern for 1907. a bomb plot at Greenwich, an anarchist cell that's mostly lazy middle-aged men, and Verloc being completely useless. the ending with Winnie is brutal",
        "books",
        [],
    )
    a(
        "Went to see Kneecap at the IFI with my mam who has zero Irish and she laughed the whole way through. the subtitles do a lot of heavy lifting",
        "ireland",
        [565],
    )
    a(
        "I had no other choice but to put Anora at #1, even if The Brutalist was the more ambitious film. Mikey Madison carried that thing",
        "oscarrace",
        [],
    )
    a(
        "Sting's voice on the live version of Fields of Gold is criminally underrated. say what you want about the tantric stuff lol",
        "Music",
        [],
    )
    a(
        "still annoyed India sent Laapataa Ladies instead of All We Imagine as Light. it won the Grand Prix at Cannes, it was on every critics list, it would've had a real shot",
        "oscarrace",
        [581],
    )
    a(
        "did anyone else see the movie Tarot? the deck they made for it is actually kind of gorgeous. the idea that reading for fun is a death sentence is hilarious though, I've been reading at parties for a decade and nobody's been taken out by The Hanged Man yet",
        "tarot",
        [552],
    )
    a(
        "did a night swim at the lake during the new moon and the water was full of bioluminescent plankton?? every stroke lit up. easily the best camping trip of my life",
        "camping",
        [],
    )
    a(
        "The resurrection is the whole thing. Paul says it himself in 1 Corinthians 15: if Christ has not been raised, our faith is futile. Happy Easter everyone ✝️",
        "Christianity",
        [],
    )
    a(
        "If you want something genuinely messed up: The Coffee Table. Spanish, 90 min, pitch black comedy. do NOT read anything about it beforehand, not even the synopsis. thank me later (or don't)",
        "MovieSuggestions",
        [574],
    )
    a(
        "the first omen was SO much better than it had any right to be. a prequel to a 70s classic that nobody asked for, and it has the most upsetting birth scene i've ever seen in a studio movie. nell tiger free deserved way more love",
        "horror",
        [572],
    )
    a(
        "Ethan Hawke for Blue Moon is a real possibility for a nom imo. the comb-over, the way they made him look about 5 foot nothing, and it's basically a 90 minute monologue at Sardi's. voters eat this up",
        "oscarrace",
        [566],
    )
    a(
        "Late Night (2019) with Emma Thompson and Mindy Kaling is such a comfy rewatch and nobody ever talks about it",
        "movies",
        [],
    )
    a(
        "still wild to me that Exhuma cleared 10 million admissions in Korea. an occult movie about a geomancer and a shaman digging up a grave, and it turned into the big crowdpleaser of the year. Choi Min-sik tasting the dirt is peak acting",
        "koreanfilm",
        [555],
    )
    a(
        "Spider movies are an underrated subgenre. Arachnophobia is still the gold standard, Eight Legged Freaks is dumb fun, and Kingdom of the Spiders with Shatner is mandatory for the cheese",
        "horror",
        [],
    )
    a(
        "The Testament of Ann Lee is a musical about the founder of the Shakers starring Amanda Seyfried and it is way better than that sentence makes it sound. the dance sequences are hypnotic",
        "movies",
        [591],
    )
    a(
        "Small Things Like These is the quietest movie Cillian Murphy could have possibly made right after Oppenheimer. basically 90 minutes of his face deciding whether to do the right thing. emily watson is terrifying in like two scenes",
        "movies",
        [580],
    )
    a(
        "emilia perez getting 13 nominations is gonna be one of those things people look back on and go 'what were we thinking'",
        "movies",
        [595],
    )
    a(
        "I had no other choice but to put the car repair on a credit card at 27% APR. what's the smartest way to pay this down over the next 6 months?",
        "personalfinance",
        [],
    )
    a(
        "Clerics are built for handling the undead and my players forget it every single time. Turn Undead saved our party from a TPK in the crypt last session",
        "DnD",
        [],
    )
    a(
        "finally watched i'm still here and fernanda torres got robbed at the oscars, i don't care. the family photo at the end wrecked me",
        "movies",
        [583],
    )
    a(
        "The First Omen underperforming is sad but not surprising, they dumped it in April with basically no marketing. deserved better",
        "boxoffice",
        [572],
    )
    a(
        "Kneecap the film should be shown in every secondary school in the country tbh. Fassbender as Móglaí Bap's da faking his own death is the funniest thing I've seen in years",
        "ireland",
        [565],
    )
    a(
        "Kneecap at Glastonbury was wild whatever your politics are. the crowd knew every word and most of them don't speak a word of Irish",
        "ireland",
        [],
    )
    a(
        "Sirāt ★★★★★\n\ni've never been to a rave and now i'm scared of deserts. that's the review. [full thoughts on my letterboxd](https://letterboxd.com/)",
        "Letterboxd",
        [600],
    )
    a(
        "dinner at my parish last night: Father Mike, Mother Superior, Sister Agnes and Brother Thomas at one table. felt like the start of a joke",
        "Catholicism",
        [],
    )
    a("in a violent nature. the yoga scene. that's it, that's the comment", "horror", [573])
    a(
        "The Girl with the Needle is the bleakest thing I've seen in years. black and white Copenhagen right after WWI, and the moment you realise what Dagmar's 'adoption' business actually is... I had to sit in the car for a while after",
        "TrueFilm",
        [594],
    )
    a(
        "anyone go to Misericordia? thinking about their OT program, heard it's good but the campus is tiny",
        "college",
        [],
    )
    a(
        "> what's the worst wide release horror of 2024?\n\nTarot or Night Swim. it's not close. at least Night Swim had a fun premise",
        "horror",
        [552, 571],
    )
    a(
        "ok so I went into Dead Man's Wire knowing basically nothing except 'Gus Van Sant, Bill Skarsgård, true story' and came out and immediately spent two hours reading about Tony Kiritsis on wikipedia. for anyone who doesn't know: 1977, Indianapolis, a guy who thinks his mortgage company screwed him over on a land deal walks into the office, wires a sawed-off shotgun to the back of the broker's head with the trigger tied to his own neck, and marches him through the streets to an apartment while the cops and the news follow along. and then he basically holds a multi-day press conference. the movie plays it almost like a dark comedy for the first half which threw me, but it works, because the real thing was genuinely absurd and kind of sympathetic and horrifying at the same time. Skarsgård is twitchy and great, totally different from Pennywise energy. Colman Domingo as the local radio DJ he keeps calling steals every scene he's in, and Dacre Montgomery as the hostage does a lot with just his eyes. the 70s look is really well done too, grainy and brown and ugly in the right way. my only complaint is the last 15 minutes rush through stuff that I think deserved more time. still, easily one of my favorites of the fall. 8/10",
        "movies",
        [589],
    )
    a(
        "Working on my first stopmotion short with a DSLR and Dragonframe. what's the best way to avoid light flicker between frames? i'm shooting in my garage with blackout curtains up and still getting it",
        "Filmmakers",
        [],
    )
    a(
        "Clown (2014) is a weirdly solid creature feature. a dad puts on a clown suit for his kid's birthday and it won't come off. Eli Roth produced it",
        "horror",
        [],
    )
    a(
        "the ballad of a small player is colin farrell sweating through a tux in macau for 100 minutes and honestly? i'm in. looks gorgeous, tilda swinton in a wig, story kinda runs out of steam in the back half",
        "movies",
        [598],
    )
    a(
        "The thing people miss about the nouvelle vague is how much of it was a critics' movement before it was a filmmakers' movement. Truffaut, Godard, Chabrol, Rivette, Rohmer, nearly all of them came out of Cahiers du Cinéma writing angry pieces about the 'tradition of quality' and championing Hitchcock and Hawks as auteurs when that was a pretty contrarian position. So when they finally got behind a camera, the films are arguments as much as they are stories. Breathless is basically a critique of continuity editing with a plot attached. The 400 Blows is a rebuke to polished, literary French cinema. And the low budgets weren't only a necessity, they were a position: handheld cameras, natural light, real streets, friends as extras. If you want to get into it I'd start with The 400 Blows, Cléo from 5 to 7 (Varda is technically Left Bank, whatever), Breathless and Band of Outsiders, in that order.",
        "TrueFilm",
        [],
    )
    a(
        "The misericords in English cathedrals are my favorite weird church thing. the name comes from misericordia, mercy, because monks got a little ledge to lean on during long offices. and then they carved foxes preaching to geese underneath",
        "Catholicism",
        [],
    )
    a(
        "Emilia Pérez is the worst movie ever nominated for best picture and yes i am including crash",
        "moviecritic",
        [595],
    )
    a(
        "People forget that most wildlife exists in a violent nature by default. none of this is cruelty, that's just how a hyena eats",
        "natureismetal",
        [],
    )
    a(
        "Clown in a Cornfield was a good time! it's basically a 90s slasher with Frendo as the mascot of a dying corn syrup town. kevin durand is having a blast. not gonna change your life but a perfect friday night watch",
        "horror",
        [578],
    )
    a(
        "Blue Moon is one of those standards everyone plays but the Billie Holiday version is still the one for me. Rodgers and Hart knew exactly what they were doing",
        "Jazz",
        [],
    )
    a(
        "Rebuilding is such a quiet, gentle little movie. Josh O'Connor plays a rancher who loses everything in a wildfire and ends up in a FEMA trailer camp trying to reconnect with his kid. nothing 'happens' and i cried twice. called my dad after",
        "movies",
        [560],
    )
    a(
        "pavements is the most pavement thing that could possibly exist. half concert doc, half fake biopic with joe keery as malkmus, half jukebox musical. yes that's three halves. alex ross perry gets it",
        "indieheads",
        [561],
    )
    a(
        "Wake Up Dead Man closing out Pop is one of the bleakest things Bono ever wrote. they barely ever played it live which is a crime",
        "U2",
        [],
    )
    a(
        "The Sirat is described as thinner than a hair and sharper than a sword. every time I think about it I'm humbled. may Allah make the crossing easy for all of us",
        "islam",
        [],
    )
    a(
        "Daniel Day-Lewis came out of retirement for Anemone and half this sub is acting like it's a personal betrayal that it isn't another There Will Be Blood. his SON directed it, of course that's the one he came back for. the long monologue about the priest is the best screen acting I've seen all year, full stop. Sean Bean is great too, mostly just sitting there absorbing it. is the movie a bit self-serious and overscored? yeah. do I care? no. I'd watch him read a phone book in a cabin in the woods for two hours, which to be fair is roughly what this is.\n\nEdit: people in the replies saying 'it's just a student film with a famous dad'. no. the cinematography alone rules that out. go outside",
        "movies",
        [558],
    )
    a(
        "MaXXXine being the A24 horror I was most hyped for and then walking out going 'huh' is a feeling I wasn't prepared for",
        "A24",
        [575],
    )
    a(
        "Finally replaced the milk crate with an actual coffee table. walnut, $120 on marketplace. rate the setup, be gentle",
        "malelivingspace",
        [],
    )
    a(
        "the A24 logo at the start of a movie is basically a universal language for 'this will be weird and someone's mom is going to die'",
        "A24",
        [],
    )
    a(
        "Grafted my first apple onto a seedling rootstock this spring and it actually took!! 3 leaves so far. whip and tongue graft, wrapped in parafilm. i am unreasonably proud of this stick",
        "gardening",
        [],
    )
    a(
        "Chita Rivera in Kiss of the Spider Woman is one of the great Tony performances. the original cast recording has been on repeat all week",
        "Broadway",
        [],
    )
    a(
        "For anyone interested in practical effects: Stopmotion is worth watching just for how Robert Morgan blends the puppet animation with live action. he's been doing stop-motion shorts forever and this was his first feature. very inspiring for low budget folks",
        "Filmmakers",
        [554],
    )
    a(
        "**Stopmotion (2024)** ★★★½\n\nAisling Franciosi carrying this whole thing on her back. the puppet sequences are genuinely nasty, the raw meat and wax stuff made my skin crawl. loses the plot in the last 20 min but what a vibe",
        "Letterboxd",
        [554],
    )
    a(
        "Hitchcock's Secret Agent (1936) is one of his weaker British films but Peter Lorre in it is a delight. the chocolate factory bit is great",
        "criterion",
        [],
    )
    a(
        "Late Night with the Devil would have been a genuine modern classic if they'd just paid an artist for those few interstitial cards instead of using AI. I know, I know, it's like three images and maybe fifteen seconds of screen time total, and the directors put out a statement about it, but that's kind of the point? the entire movie is a love letter to handmade 70s TV, the wood paneling, the studio band, the tacky graphics, every detail obsessed over, and then the one thing they cut corners on is the thing that's supposed to look handmade. it drove me nuts in a theater. that said, Dastmalchian is SO good as Jack Delroy. the way he smiles through the whole thing while you can see the ratings desperation behind his eyes. and the last act on the stage goes completely off the rails in the best way. I'd still recommend it to anyone, just wish I didn't have to add an asterisk every time",
        "horror",
        [596],
    )
    a(
        "terrifier 3 made me physically look away at least 3 times and i've seen everything. the opening alone... damien leone is a sick man (affectionate)",
        "horror",
        [576],
    )
    a(
        "Kind of incredible that Linklater put out Blue Moon and Nouvelle Vague in the same year and they're both about artists watching a moment either slip away or grabbing it with both hands. One is a single night in a bar, the other is the 20 days of shooting Breathless. I like Blue Moon more but Nouvelle Vague is the one I'd rewatch.",
        "TrueFilm",
        [566, 567],
    )
    a(
        "Art the Clown is an easier costume than it looks: white face paint, black lipstick, tiny hat, a garbage bag of 'tools'. got stopped for photos all night",
        "HalloweenCostumes",
        [],
    )
    a(
        "Japanese anemone will take over your entire bed if you let it, just a warning. gorgeous in september though",
        "gardening",
        [],
    )
    a(
        "Nightbitch the book is so much stranger and funnier than I expected. Rachel Yoder writes motherhood rage like it's a werewolf story",
        "books",
        [],
    )
    a(
        "Week 2 of Korean: I can now say father, mother, sister, brother (and the four different words for sister/brother depending on who's talking 😭)",
        "languagelearning",
        [],
    )
    a(
        "pulled the Tower, the Three of Swords and the Ten of Swords in one spread this morning. I'm choosing to interpret this as 'stay in bed'",
        "tarot",
        [],
    )
    a(
        "Clown in a Cornfield by Adam Cesare is such a fun YA slasher, read it in one sitting over a weekend. the sequels are weaker but Frendo Lives still has some great kills",
        "books",
        [],
    )
    a(
        "nightbitch was so much weirder than the marketing let on. amy adams is fully committed to the bit, like on all fours in the backyard committed. i don't think it totally works but i respect it a lot",
        "movies",
        [564],
    )
    a(
        "terrifier 2 is genuinely gorier than anything I've seen in a theater. the bedroom scene goes on for like five minutes. people were actually passing out at screenings lol",
        "horror",
        [],
    )
    a(
        "Chrissie's night swim at the start of Jaws is still the scariest opening in movie history. you never even see the shark",
        "horror",
        [],
    )
    a(
        "The Omen (1976) is still the best 'evil kid' movie. Gregory Peck playing it totally straight is what makes it work. the nanny at the birthday party still gets me every time",
        "horror",
        [],
    )
    a(
        "> anyone still on this sub from 2012?\n\nI'm still here. different account, same bad opinions",
        "AskReddit",
        [],
    )
    a(
        "WB is basically rebuilding DC from scratch and Superman doing roughly $600M worldwide is a decent start, not a home run",
        "boxoffice",
        [],
    )
    a(
        "Stop-motion is the best animation medium and Wallace & Gromit: Vengeance Most Fowl proved it again. Aardman never misses",
        "flicks",
        [],
    )
    a(
        "People call math a universal language but the notation is absolutely not universal. try reading an old Soviet paper and tell me that's the same language",
        "math",
        [],
    )
    a(
        "my top 10 of 2025 so far:\n\n1. sirat\n2. it was just an accident\n3. the secret agent\n4. eephus\n5. no other choice\n6. blue moon\n7. universal language\n8. misericordia\n9. left-handed girl\n10. one battle after another\n\nyes i know OBAA should be higher, i'm being contrarian",
        "Letterboxd",
        [600, 585, 584, 562, 586, 566, 568, 563, 590],
    )
    a(
        "Is the full moon this month a blue moon or is that next month? my calendar app and a news site are saying different things",
        "Astronomy",
        [],
    )
    a(
        "Familiar Touch is one of the best films about dementia I've seen, mostly because it never treats Ruth as a problem to be solved. Kathleen Chalfant should have been in every awards conversation. it's 90 minutes, just watch it",
        "TrueFilm",
        [569],
    )
    a(
        "if you liked the face stuff in The Substance, check out Grafted. nasty little NZ body horror about an exchange student and her dead dad's skin graft research. bit messy in the third act but the makeup is 🔥",
        "horrormovies",
        [557],
    )
    a(
        "driving home on a back road in Iowa last night and there was a guy in full clown makeup just standing in a cornfield. not moving. I did not stop",
        "Weird",
        [],
    )
    a(
        "a sea anemone stung my hand while I was moving rock work and it itched for two days. didn't even know they could get through skin like that",
        "ReefTank",
        [],
    )
    a(
        "jay kelly is george clooney playing george clooney and adam sandler playing the most tired manager alive. sandler is better than him in it honestly. very baumbach, very netflix, kind of lovely",
        "movies",
        [587],
    )
    a(
        "It Was Just an Accident winning the Palme is even more insane when you remember Panahi shot it without permission and basically in secret. the van. the squeaky leg. THE ENDING. I held my breath for the last five minutes",
        "movies",
        [585],
    )
    a(
        "Watched The Room with my roommates and we were yelling 'oh hi mark' so loud the guy in the room next door started banging on the wall",
        "movies",
        [],
    )
    a(
        "nouvelle vague is basically just a hang with a bunch of 25 year olds making Breathless on no money and it's delightful. the guy playing godard never takes the sunglasses off and it's perfect",
        "criterion",
        [567],
    )
    a(
        "Way too early Best Actress predictions:\n\n1. Jessie Buckley - Hamnet\n2. Rose Byrne - If I Had Legs I'd Kick You\n3. Amanda Seyfried - The Testament of Ann Lee\n4. Renate Reinsve - Sentimental Value\n5. Jennifer Lopez - Kiss of the Spider Woman\n\nalt: Kathleen Chalfant if Familiar Touch gets any kind of campaign (it won't)",
        "oscarrace",
        [591, 593, 569],
    )
    a(
        "The Ugly Stepsister is the most disgusting thing I've watched since The Substance. the tapeworm. THE TAPEWORM. also the nose scene. 10/10 would not eat during again",
        "horrormovies",
        [577],
    )
    a(
        "watched the new Kiss of the Spider Woman with J.Lo and it's... fine? the musical numbers look great but the prison stuff feels weightless compared to the 1985 one. Tonatiuh is the real discovery here",
        "movies",
        [593],
    )
    a(
        "I only call my brother once in a blue moon and I feel terrible about it. we used to talk every day",
        "CasualConversation",
        [],
    )
    a(
        "sting was honestly way more fun than it had any right to be. a spider that keeps growing inside the walls of an old brooklyn apartment building, a 12 year old who draws comics, and an exterminator who steals every scene he's in. 7/10 would get bitten again",
        "horror",
        [551],
    )
    a(
        "In the Grimm version the ugly stepsister cuts off her own toes to fit the shoe, and the other one cuts off her heel. then birds peck their eyes out at the wedding. Disney left out a couple things",
        "fairytales",
        [],
    )
    a(
        "I'm Still Here from Treasure Planet is the most 2002 song ever written and I'm not ashamed that I still know every word",
        "disney",
        [],
    )
    a(
        "I've been chewing on Resurrection for a week now and I still don't know how to talk about it. Bi Gan basically tries to fit a century of cinema into one movie: each chapter is shot in a different era's film language, starting with a silent, expressionist opening with intertitles and moving through noir and on towards the end of the century, and each one is loosely tied to a different sense. It's wildly uneven. I thought one of the middle sections dragged badly and I saw at least four people walk out. But the final long take on the eve of the millennium is the kind of thing you get maybe a handful of times a decade, and it recontextualises everything before it. The idea that's stuck with me is the film treating cinema as a body that's dying and still dreaming. Jackson Yee is great, and Shu Qi's presence holds the frame together. Anyone else see it and have a read on the vampire section? I'm still not sure what it was doing there, or if it needed to be there at all.",
        "TrueFilm",
        [559],
    )
    a(
        "Mother Ann Lee brought the Shakers to America in 1774 and they settled near Albany. wild that a celibate sect lasted this long, there's still one active community in Maine",
        "history",
        [],
    )
    a(
        "> movies about a secret agent that aren't Bond?\n\nSpy (2015) is hilarious, Kingsman, The Man from U.N.C.L.E., and Atomic Blonde if you want it darker",
        "MovieSuggestions",
        [],
    )
    a(
        "> movies like Late Night with the Devil?\n\nDead Mail is a good shout, same analog 70s/80s vibe, very handmade. also Ghostwatch (1992) if you can track it down",
        "MovieSuggestions",
        [596, 570],
    )
    a(
        "Wagner Moura for The Secret Agent is locked for a nom imo, Cannes best actor AND best director for Kleber. Brazil going back to back after I'm Still Here would be insane",
        "oscarrace",
        [584, 583],
    )
    a(
        "they finally got the order to exhume the body in 2019 and the second autopsy told a completely different story",
        "UnresolvedMysteries",
        [],
    )
    a(
        "Pavement's reunion tour was better than it had any right to be. Malkmus still does that thing where he looks bored out of his mind and plays perfectly",
        "indieheads",
        [],
    )
    a(
        "After 8 months my clownfish FINALLY hosted the bubble tip anemone. they're both wiggling in it right now and I'm just sitting here watching like a proud dad\n\nEdit: wow did not expect this to blow up, tank specs are in the comments",
        "Aquariums",
        [],
    )
    a("single magpie on the car this morning. bad omen or am i being daft", "CasualUK", [])
    a(
        "Vermiglio is the kind of movie that feels like living inside a winter. a teacher's family in a mountain village in 1944, a sicilian deserter shows up, and the rest unfolds over the seasons. slow as hell, not a single wasted frame",
        "TrueFilm",
        [599],
    )
    a(
        "Emilia Perez and The Room Next Door both being in the conversation last season still feels like a fever dream. at least one of them was made by a guy who actually likes his characters",
        "moviecritic",
        [595, 582],
    )
    a(
        "Left-Handed Girl feels like a Sean Baker movie set in a Taipei night market, which makes sense since he co-wrote and edited it. the little girl is incredible, and the grandpa's 'devil's hand' line sets up the whole thing",
        "TrueFilm",
        [590],
    )
    a(
        "Dead Mail is the shudder pickup nobody's talking about. a dead letter investigator in the 80s finds a note that just says help, and it spirals from there. very lo-fi, looks like it was shot on a camcorder in 1985 (compliment)",
        "horror",
        [570],
    )
    a(
        "I'm Still Here (2010) is such a weird artifact. Joaquin Phoenix pretending to quit acting to become a rapper for a whole year and going on Letterman like that. Casey Affleck directed it and people genuinely thought it was real for a while",
        "movies",
        [],
    )
    a(
        "Kraven was the final kiss of death for Sony's spider universe without Spider-Man. three flops in a row, just hand the characters back",
        "boxoffice",
        [],
    )
    a(
        "To Catch a Predator was basically a televised sting operation and the ethics of it look so much worse in hindsight",
        "television",
        [],
    )
    a(
        "Handling the Undead by John Ajvide Lindqvist is the grief-zombie novel nobody read because everyone only knows him for Let the Right One In",
        "books",
        [],
    )
    a(
        "Venice 2025 lineup is ridiculous. Jay Kelly, No Other Choice, Father Mother Sister Brother, The Testament of Ann Lee, Bugonia, Frankenstein, A House of Dynamite. i'm not going but i'm refreshing letterboxd like a maniac",
        "movies",
        [587, 586, 592, 591],
    )
    a(
        "my 4 year old now yells 'it was just an accident!' every time he hits his sister. like buddy I watched you wind up",
        "Parenting",
        [],
    )
    a(
        "Kiss of the Spider Woman (1985) holds up so well. William Hurt won the Oscar for it and Raul Julia is every bit as good. Babenco makes that cell feel so claustrophobic",
        "criterion",
        [],
    )
    a(
        "Late Night with Seth Meyers' 'A Closer Look' is the only late night thing I still watch. Conan's old Late Night clips on youtube are still untouchable though",
        "television",
        [],
    )
    a(
        "Azrael is just Samara Weaving running through the woods for 85 minutes while nobody says a single word and somehow i was completely locked in. that woman was born to be covered in blood",
        "horror",
        [556],
    )
    a(
        "No Other Choice is the most purely fun Park Chan-wook has been since The Handmaiden. Lee Byung-hun as a laid off paper guy murdering his competition for a job is such a perfect 2025 premise. the first 'interview' had my whole theater howling",
        "TrueFilm",
        [586],
    )
    a(
        "my watchlist is where films go to become the undead. 900 titles, added with love, never watched",
        "Letterboxd",
        [],
    )
    a(
        "finally watched night swim because my gf wanted something dumb and... yeah. the pool scenes are fine i guess. wyatt russell deserves better",
        "horror",
        [571],
    )
    a(
        "Anastasia getting a redemption arc in Cinderella III is the most underrated Disney sequel move. the stepsister deserved better",
        "disney",
        [],
    )
    a(
        "EXHUMA. that's the comment. go watch exhuma. the grave digging ritual in the first act is one of the best horror sequences of the decade and i will not be taking questions",
        "horror",
        [555],
    )
    a(
        "ok long post sorry. our apartment is infested with german roaches and the landlord keeps sending the same guy who sprays the baseboards, hands us a receipt and leaves. it's been 4 months. they're in the microwave now. THE MICROWAVE. I've done everything on my end: no dishes overnight, everything in sealed bins, I wipe the counters like a crazy person, I bought gel bait and put it in the hinges of the cabinets like the youtube guy said. it helps for a week and then they're back because the unit next to us is apparently way worse and nobody is treating that one. what do I actually need to tell the management company to do? is there a specific thing I can ask for, like a whole-building treatment, that they can't just ignore? and is it true that spraying makes it worse because it scatters them? I'm in NJ if that matters for tenant stuff. at this point I'd pay for it myself if someone could promise it'd actually work",
        "pestcontrol",
        [],
    )
    a(
        "I'm Still Here winning International Feature was the right call and I will fight people on it. and Fernanda Torres getting the Best Actress nom when nobody had her in their predictions 3 months earlier? the Brazil fans came out in FORCE 🇧🇷",
        "oscarrace",
        [583],
    )
    a(
        "the Jazz are in year 3 of a rebuilding plan with no end in sight. at some point you need a star, not 14 first round picks",
        "nba",
        [],
    )
    a(
        "Sting going out on top at Revolution with Darby was the best possible retirement match. the Crow facepaint, the bat, his sons in the ring with him. I got chills",
        "SquaredCircle",
        [],
    )
    a(
        "got stung on my ankle while mowing and the sting is still swollen 2 days later, there's a red ring around it now. pic in comments. was it a wasp or something worse?? 🐝",
        "whatisthisbug",
        [],
    )
    a(
        "Tarot (2024) is the most PG-13 'ancient curse picks off college kids one at a time' movie ever made. genuinely could not tell you a single character's name. the card creature designs were cool tho, give the production designer a better movie",
        "movies",
        [552],
    )
    a(
        "Cannes 2025 competition was absolutely stacked looking back: It Was Just an Accident, The Secret Agent, Sirāt, Resurrection, Nouvelle Vague, Sentimental Value, Young Mothers... the jury had an impossible job",
        "movies",
        [585, 584, 600, 559, 567],
    )
    a(
        "> looking for foreign horror that isn't just jump scares\n\n- **Exhuma** (Korean, occult, incredible)\n- **Handling the Undead** (Norwegian, more sad than scary)\n- **The Girl with the Needle** (Danish, not technically horror but worse than most horror)\n- **Infested** (French, spiders in a housing project. ok this one IS jump scares but they're earned)",
        "MovieSuggestions",
        [555, 597, 594, 553],
    )
    a(
        "Night Swim opened to around 12 mil in January on a tiny budget, so it's a win for Blumhouse whether we like the movie or not",
        "boxoffice",
        [571],
    )
    a(
        "Small Things Like These is barely 110 pages and it destroyed me. Keegan doesn't waste a word. if you liked Foster, this is the one to read next",
        "books",
        [],
    )
    a(
        "Watched Infested and Sting back to back last night and now I'm sleeping with the lights on lmao. Infested is the better movie imo, the stairwell scene in the dark had me physically curled up on the couch. Sting is more of a fun creature feature, don't go in expecting much",
        "horrormovies",
        [553, 551],
    )
    a(
        "as a left-handed girl my entire childhood was ink smeared up my pinky and spiral notebooks digging into my wrist. a teacher tried to switch me in first grade and my mom lost it",
        "lefthanded",
        [],
    )
    a(
        "TIFF day 3 report: Dead Man's Wire (fun, scrappy, Pacino shows up for like four minutes) and The Ballad of a Small Player (gorgeous, kinda empty). rush line for the 9:30 was brutal, bring a folding chair",
        "toronto",
        [589, 598],
    )
    a(
        "my roommate's boyfriend has basically moved into the room next door without paying rent. he's there 6 nights a week, uses our shower, eats our food. how do I bring it up without blowing up the friendship?",
        "relationship_advice",
        [],
    )
    a(
        "the movie Sting did spiders so dirty lol. the spider in it chirps and mimics sounds?? no spider does that. still a fun watch, just don't use it as a field guide",
        "spiders",
        [551],
    )
    a(
        "Azrael during Knightfall is such a fascinating run. Jean-Paul Valley as Batman is basically DC asking 'you want a grittier Batman? here you go, enjoy'",
        "DCcomics",
        [],
    )
    a(
        "I'm a small player at 1/2 live, maybe 20k hands, and I still can't figure out when to bluff the river at these stakes. everyone calls everything",
        "poker",
        [],
    )
    a(
        "Nouvelle Vague doing bossa nova covers of Joy Division and the Dead Kennedys should not work and yet. their Love Will Tear Us Apart lives in my head rent free",
        "Music",
        [],
    )

    # The seventeenth batch: a seventeenth session, given the first catalogue and a brief asking for the
    # voice of young users (all lowercase, slang, emoji), half in movie subreddits. Scored after the
    # fifteenth's rules, before any rule was changed for it: P 0.833 R 0.795.
    batch = "seventeenth"
    a(
        "did anyone actually see him?? the marlon wayans football horror one. trailer looked fire but everyone i know said it was mid af",
        "horror",
        [4],
    )
    a(
        "companion is so underrated, sophie thatcher said girlboss but make it a robot with a knife 🤖💅 iris deserved better fr",
        "movies",
        [5],
    )
    a(
        "drop was giving lifetime movie with a budget and honestly i ate it up. the 'who is sending me these' phone plot is so dumb but meghann fahy carried so hard",
        "horror",
        [6],
    )
    a(
        "presence being shot entirely from the ghost's pov is such a vibe, soderbergh really said let me do a lil experiment. 3.5 stars, lucy liu was underused :/",
        "Letterboxd",
        [7],
    )
    a(
        "warfare was the most stressful 90 mins of my life no cap. no music, just ringing ears and screaming. i was gripping my seat the whole time",
        "movies",
        [8],
    )
    a(
        "osgood perkins dropped longlegs, the monkey AND keeper in like a year and a half, man is on a whole villain arc 😭 keeper was the weakest tho ngl",
        "horror",
        [44, 23, 9],
    )
    a(
        "eden had sydney sweeney, jude law, ana de armas AND vanessa kirby and still made like nothing 💀 ron howard what happened",
        "boxoffice",
        [10],
    )
    a(
        "black bag was so sexy and so smart?? fassbender and cate blanchett as a married spy couple is my new roman empire. the dinner party scenes 🕵️🍷",
        "movies",
        [12],
    )
    a(
        "send help trailer is out and it's rachel mcadams and dylan o'brien stranded on an island with sam raimi directing?? january can't come fast enough",
        "movies",
        [13],
    )
    a(
        "friendship with tim robinson is the most uncomfortable i have ever been in a theater and i mean that as a compliment 😭 paul rudd at the basement punk show lmaooo",
        "A24",
        [14],
    )
    a(
        "del toro's frankenstein on netflix was so gorgeous it hurt. jacob elordi as the creature made me feel things i'm not ready to talk about",
        "movies",
        [18],
    )
    a(
        "nobody 2 is just bob odenkirk beating people up at a water park for 90 mins and honestly? that's cinema 🎢",
        "movies",
        [19],
    )
    a(
        "did the glen powell one flop?? the game show one, not twisters. feels like nobody went to see it and it was actually kinda fun",
        "boxoffice",
        [21],
    )
    a(
        "heart eyes is the perfect galentine's watch, slasher + rom com?? who greenlit this i just wanna talk 😍🔪",
        "movies",
        [24],
    )
    a(
        "anora winning best picture still makes me so happy, mikey madison i love you. igor supremacy 🧸",
        "Letterboxd",
        [26],
    )
    a(
        "conclave is literally just catholic mean girls and i mean that with love. ralph fiennes saying 'certainty' like it's a slur 😭 the turtle!!",
        "movies",
        [27],
    )
    a(
        "the substance ending had me screaming. monstro elisasue era 🩸 demi moore was robbed and i will never stop saying it",
        "horror",
        [28],
    )
    a(
        "alex garland's civil war had me shook. jesse plemons with the red sunglasses asking 'what kind of american are you' lives rent free in my head",
        "movies",
        [29],
    )
    a(
        "flow winning the animated oscar over the wild robot is a W, the cat didn't need to say a single word to make me cry 😭🐈‍⬛",
        "movies",
        [30, 50],
    )
    a(
        "smile 2 is naomi scott's movie and i'll die on this hill. the skye riley pop star breakdown was so real it hurt",
        "horror",
        [31],
    )
    a("peele stans when i say nope is his best movie: 😡 me: jean jacket supremacy 🐴🛸", "movies", [32])
    a(
        "rewatched us last night and red talking in that voice still makes my skin crawl. lupita was robbed, bffr",
        "horror",
        [33],
    )
    a(
        "it (2017) still holds up. bill skarsgård's pennywise >>> and the projector scene is still the scariest thing in that whole franchise",
        "horror",
        [34],
    )
    a(
        "her (2013) is the only ai movie that matters and it's aging way too well fr. joaquin in those high-waisted pants talking to his phone is literally all of us now",
        "movies",
        [35],
    )
    a(
        "heat (1995) diner scene is still the greatest two-actors-at-a-table moment ever. pacino and de niro ate",
        "movies",
        [37],
    )
    a(
        "arrival makes me cry every single time. amy adams + that score + the hannah reveal. denis villeneuve really is him",
        "movies",
        [38],
    )
    a(
        "poor things is so weird and i mean that as the highest compliment. emma stone's jumping dance scene >>> everything",
        "movies",
        [40],
    )
    a(
        "trap was so unhinged lmao m night made a whole movie so his daughter could perform at a concert and i respect the nepotism 😭",
        "movies",
        [43],
    )
    a(
        "did anyone see here? the tom hanks robin wright one with the single camera angle and the creepy de-aging? it was so... a choice",
        "movies",
        [45],
    )
    a(
        "joker folie a deux was the most expensive troll in cinema history and lowkey i respect it 🤡",
        "movies",
        [46],
    )
    a(
        "twisters is glen powell's yeehaw era and we ALL benefited. 'if you feel it, chase it' 🤠🌪️",
        "movies",
        [48],
    )
    a(
        "alien romulus was so good until the last 20 mins and then that offspring thing happened and i'm still not ok 💀",
        "horror",
        [49],
    )
    a(
        "roofman with channing tatum is lowkey so wholesome for a movie about a guy who secretly lived in a toys r us lol",
        "movies",
        [51],
    )
    a(
        "bugonia is lanthimos and emma stone AGAIN and she shaved her head for it, the devotion 😭 jesse plemons is goated at playing weird little guys",
        "movies",
        [52],
    )
    a(
        "hamnet wrecked me. jessie buckley screaming in the theater, i couldn't breathe for like 10 mins after. bring tissues fr",
        "movies",
        [53],
    )
    a(
        "marty supreme is timothée's ping pong movie and idc if it's silly, safdie energy is unmatched 🏓 the jacket merch drop was a genius move too",
        "A24",
        [54],
    )
    a(
        "sentimental value ended me. joachim trier and renate reinsve just get me. stellan skarsgård as the dad 😭 5 stars no notes",
        "Letterboxd",
        [55],
    )
    a(
        "good fortune with keanu as a little guardian angel and aziz and seth rogen... it was kinda mid but keanu in those tiny wings is so precious 🥺",
        "movies",
        [56],
    )
    a(
        "after the hunt was so messy. julia roberts in a luca guadagnino movie should've eaten way harder",
        "movies",
        [57],
    )
    a(
        "sorry, baby by eva victor is so quietly devastating. the cat?? the sandwich guy?? i cried twice",
        "A24",
        [58],
    )
    a(
        "predator badlands making the predator the protagonist is such a slay, elle fanning as a robot torso who won't shut up 😭",
        "movies",
        [61],
    )
    a(
        "avatar fire and ash gonna make 2 billion and nobody's gonna talk about it again 3 weeks later, classic cameron",
        "boxoffice",
        [64],
    )
    a(
        "mickey 17 was bong joon ho doing chaos and rob pattinson doing a weird voice, what more could u want xD",
        "movies",
        [65],
    )
    a(
        "fantastic four was mid except for herbie and galactus, pedro looked so tired the whole time lmao",
        "marvelstudios",
        [67],
    )
    a(
        "elio flopping is so sad bc it's actually so cute, pixar please stop getting punished for originals 😭👽",
        "movies",
        [68],
    )
    a(
        "highest 2 lowest with denzel and a$ap rocky, spike lee remaking kurosawa?? idk it was chaotic but i liked it",
        "movies",
        [69],
    )
    a(
        "eddington is ari aster doing covid lockdown and i'm not ready to relive 2020 with joaquin in a mask",
        "movies",
        [70],
    )
    a(
        "anyone else think the long walk and the running man coming out the same year is a stephen king psyop 😭",
        "movies",
        [20, 21],
    )
    a(
        "my 2025 top 4: sinners, obaa, weapons, sorry baby. no i will not be elaborating",
        "Letterboxd",
        [2, 60, 1, 58],
    )
    a(
        "ok i need to rant about one battle after another bc i saw it for the third time last night and i'm genuinely losing it. the car chase on those hills?? the road going up and down and you just feel sick in the best way?? pta really said let me make the most insane action movie of the decade and also make it funny and also make it about being a dad. leo in a bathrobe for half the movie is the funniest thing i've seen all year, sean penn walking like that is a jumpscare, and chase infiniti is a star idc. people calling it mid are just wrong sorry not sorry. it's gonna win best picture and i'll be insufferable about it. #obaa #onebattleafteranother 🔥🔥🔥",
        "movies",
        [60],
    )
    a(
        "can we talk about how 2025 was genuinely the best year for horror in forever?? like weapons alone would've carried any other year, the way cregger tells it chapter by chapter from each person's pov is so smart and the ending had my whole theater CHEERING. then bring her back comes out of nowhere and ruins my entire week, sally hawkins as laura is the scariest performance i've seen in years, i physically could not look at the screen during the knife thing. and together?? body horror about codependency starring a real life married couple is so unhinged i love it. like i'm not even a horror girlie i just kept getting dragged by my friends and now i'm fully converted. what's next, i need recs asdfghjkl 😭🩸",
        "horror",
        [1, 22, 3],
    )
    a(
        "superhero summer 2025 recap bc nobody asked: thunderbolts* opened soft and word of mouth helped but not enough, superman 2025 did solid numbers domestically but overseas was kinda meh, and first steps had that huge opening then dropped like a rock in week 2. honestly the takeaway is that audiences are just picky now, not that superhero movies are dead. people showed up when the buzz was there. i think dc is in a better spot long term bc superman actually felt like a fresh start and everyone loved krypto lol. marvel needs to stop leaning on nostalgia and just make good movies. anyway doomsday is gonna make a billion regardless so what do i know 💀",
        "boxoffice",
        [66, 17, 67],
    )
    a(
        "my bf took me to see good boy (the horror movie from the dog's pov) and i sobbed the whole time bc indy looks exactly like my dog 😭🐕 10/10 would not recommend to dog moms",
        "dogs",
        [11],
    )
    a(
        "ok but this is literally the plot of materialists lmaooo. dakota johnson picking between pedro pascal's money and chris evans' vibes. pick the broke actor queen 💀",
        "relationship_advice",
        [15],
    )
    a(
        "f1 the movie was so corny but brad pitt in a helmet with lewis hamilton's stamp of approval?? i'll allow it 🏎️",
        "formula1",
        [16],
    )
    a(
        "went to see f1 with my dad and he kept whispering 'that's not how drs works' the entire time 😭 sir please",
        "formula1",
        [16],
    )
    a(
        "ariana's performance in wicked is the reason i'll be insufferable for the rest of my life. glinda's popular scene ATE 🩷",
        "popheads",
        [25],
    )
    a(
        "the fake skye riley songs from smile 2 lowkey slap, naomi scott should drop an actual album fr",
        "popheads",
        [31],
    )
    a("this pup looks exactly like dug from up 😭😭 'i have just met you and i love you'", "aww", [36])
    a("the wild robot made me bawl and these baby geese are sending me right back there 😭🦢", "aww", [50])
    a(
        "watched past lives with my mom and she texted her ex after 💀 celine song ruined my family (jk it's a masterpiece)",
        "CasualConversation",
        [39],
    )
    a(
        "barbenheimer summer was the last time we were all happy fr. barbie then oppenheimer back to back in pink fits 💕💣",
        "GenZ",
        [41, 42],
    )
    a(
        "the way i watched wicked 2 and then cried about elphaba for 3 business days #wickedforgood #forgood 💚",
        "GenZ",
        [63],
    )
    a(
        "inside out 2 anxiety taking over the control panel was literally me before every math test 😭 why did pixar call me out like that",
        "teenagers",
        [47],
    )
    a(
        "zootopia 2 comes out soon and i'm going with my little sister. don't judge me, judy and nick are my otp 🐰🦊",
        "teenagers",
        [62],
    )
    a(
        "watching weapons at 2am after the heat lost was a choice. now i'm scared of kids running with their arms out 😭",
        "nba",
        [1],
    )
    a(
        "the ragdoll deaths in this game are giving the monkey (2025) fr, osgood perkins would be proud",
        "gaming",
        [23],
    )
    a(
        "tumblr really said 'jacob elordi in frankenstein' and collectively lost its mind. his creature is a victorian wet cat and i love him",
        "tumblr",
        [18],
    )
    a(
        "ludwig göransson's score for sinners is insane, 'i lied to you' has been on repeat for months 🎸",
        "Music",
        [2],
    )
    a("the 'i'm just ken' meme will never die and neither will barbie (2023) ✨", "memes", [41])
    a(
        "most overrated movie? the substance. it's a 2 hour music video with gore, change my mind",
        "AskReddit",
        [28],
    )
    a(
        "taylor's release party movie out-grossing the smashing machine at the box office is the funniest thing ever, dwayne took that L 💀",
        "TaylorSwift",
        [59],
    )
    a(
        "my film class made us watch conclave and now everyone calls our ta 'your eminence' 😭",
        "college",
        [27],
    )
    a(
        "my psych prof used inside out 2 to explain anxiety and it was the best lecture all semester no cap",
        "college",
        [47],
    )
    a(
        "predator badlands looks like a video game cutscene and i mean that as a compliment, dek is a whole playable character",
        "gaming",
        [61],
    )
    a("poor things tumblr is so real, bella baxter is every tumblr girl's sona <3", "tumblr", [40])
    a("this director is him. no further questions your honor 🙇", "movies", [])
    a(
        "nope. absolutely not. i'm not watching anything with a possessed doll in it ever again 😭 my heart can't take it",
        "horror",
        [],
    )
    a(
        "the jump scare at the end made me drop my entire popcorn bucket on the guy in front of me 💀 sorry king",
        "horror",
        [],
    )
    a(
        "me logging my 47th rewatch of a comfort movie i'll never admit to 😭 at this point it's purely sentimental value",
        "Letterboxd",
        [],
    )
    a(
        "a24 merch drop today and i already spent my rent money, the tote bag is too cute i'm sorry landlord 🥲",
        "A24",
        [],
    )
    a(
        "superhero fatigue is real, nobody is going to see these anymore unless it's an actual event",
        "boxoffice",
        [],
    )
    a(
        "civil war is still the best captain america movie and it's not even close. the airport scene 🛫",
        "marvelstudios",
        [],
    )
    a(
        "christopher reeve will always be superman to me. the way he switched from clark to supes just by standing up straight 🥹",
        "DC_Cinematic",
        [],
    )
    a(
        "frankenstein (1931) is still the blueprint. boris karloff walked so every monster movie could run",
        "horror",
        [],
    )
    a("the arrival of the new nolan trailer made my whole week, matt damon in bronze armor??", "movies", [])
    a("joker (2019) was better than people remember tbh, the stairs scene still goes hard", "movies", [])
    a("the alien franchise peaked in 1979 and i'll stand on that. ripley is the blueprint", "horror", [])
    a("twister (1996) with bill paxton is my comfort movie, the flying cow 🐄🌪️", "movies", [])
    a("inside out (2015) is pixar's best and i will not be taking questions. bing bong 😭", "movies", [])
    a(
        "the presence in the conjuring house is so heavy, like you can FEEL it through the screen",
        "horror",
        [],
    )
    a(
        "hot take: the substance of this movie was nonexistent, it was all vibes and color grading",
        "moviecritic",
        [],
    )
    a(
        "critics calling every single release a 'masterpiece' now is wicked annoying, words mean nothing anymore",
        "moviecritic",
        [],
    )
    a(
        "sinners in the hands of an angry god is scarier than any horror movie i've seen this year, thanks ap lit 💀",
        "horror",
        [],
    )
    a("the running man (1987) is so campy, arnold in a yellow spandex suit is a core memory", "movies", [])
    a(
        "her performance was the only good thing about that movie, she carried it on her back up a mountain",
        "movies",
        [],
    )
    a(
        "us letterboxd users really will give a 3 hour silent film 5 stars and a marvel movie 1.5 💀 the duality",
        "Letterboxd",
        [],
    )
    a(
        "eden lake is the most stressful british horror movie ever made, i'm never going camping again",
        "horror",
        [],
    )
    a(
        "smile (2022) was genuinely scary, sosie bacon's face at the end is burned into my brain forever",
        "horror",
        [],
    )
    a("the trap in saw x was so brutal omg, i had to watch through my fingers", "horror", [])
    a(
        "man of steel is still the best superman movie and henry cavill is HIM. snyder cut supremacy",
        "DC_Cinematic",
        [],
    )
    a("marty mcfly is the blueprint for every teen movie protagonist ever, change my mind", "movies", [])
    a(
        "up until the third act this was a solid 9/10, then it just fell apart. why do writers do this",
        "moviecritic",
        [],
    )
    a(
        "ok i need to vent about theater etiquette bc i'm losing my mind. went to a 9pm showing last night and this man behind me was on his phone the ENTIRE time with brightness all the way up. like sir you paid $18 for this. then the couple next to me kept whispering 'wait who is her' 'is that him from the other thing' every 5 minutes. nope. nope nope nope. and someone dropped a full large soda during the quietest scene. the presence of mind it takes to sit still for 2 hours is apparently too much for people now. i'm not saying bring back ushers with flashlights but... bring back ushers with flashlights. anyway the movie was fire, the ac was not, it was giving heat stroke in there 🥵",
        "movies",
        [],
    )
    a(
        "my crush texted 'u up?' at 2am and i said 'nope' and went back to sleep 😭 character development",
        "teenagers",
        [],
    )
    a("he's literally him. the walk, the jawline, the aura. no cap 🗿 someone make a fancam", "GenZ", [])
    a(
        "the drop on this song is insane, it's giving 2012 edm festival core and i'm here for it",
        "popheads",
        [],
    )
    a("this album is heat from start to finish, not a single skip 🔥🔥", "popheads", [])
    a("his flow on the second verse is crazy, he switched it up like three times", "Music", [])
    a("trap music in 2025 is so mid, every beat sounds like the same hi-hat preset", "Music", [])
    a("the heat without jimmy just hits different (derogatory)", "nba", [])
    a("look at his little smile 🥺 such a good boy, protect him at all costs", "aww", [])
    a("my golden retriever is the best companion i've ever had, 10/10 would adopt again 🐕💛", "dogs", [])
    a(
        "girl he's a keeper. he remembered your coffee order from ONE conversation?? don't let him go 😭",
        "relationship_advice",
        [],
    )
    a(
        "ok long comment sorry. i was literally you two years ago. he'd disappear for days, then show up with flowers like nothing happened and everyone would go 'aw he's a keeper' and i believed it. nobody saw the other side, the silent treatment, the 'you're being dramatic', the way he made me feel crazy for asking where he was. we were together for 3 years and i spent 2.5 of them making excuses for him. the day i left i thought i'd never smile again and now?? i'm happier than i've ever been, i have friends again, i sleep through the night. you deserve someone who doesn't make you feel like you're in a constant civil war with yourself. block him. delete the pics. you got this 💛",
        "relationship_advice",
        [],
    )
    a(
        "my friendship with my childhood best friend ended over a minecraft server lmao we were 12",
        "CasualConversation",
        [],
    )
    a("the way she said 'we are never ever getting back together' and MEANT it 💅", "TaylorSwift", [])
    a(
        "what's something that has sentimental value to you but is worthless to anyone else? mine's a broken tamagotchi from 2nd grade",
        "AskReddit",
        [],
    )
    a(
        "me explaining to my therapist that my anxiety is actually from my past lives as a victorian orphan 🕯️",
        "tumblr",
        [],
    )
    a("friendship ended with sleep, now iced coffee is my best friend", "memes", [])
    a(
        "the weapons in this game are so mid, why does the starter sword do more damage than the legendary axe",
        "gaming",
        [],
    )
    a("f1 this season has been so chaotic i love it, papaya rules are a joke tho 🧡", "formula1", [])
    a("lando's smile on the podium 🥹 heart eyes for days", "formula1", [])
    a(
        "finals week got me looking like frankenstein, held together by caffeine and dry shampoo 🧟",
        "college",
        [],
    )
    a("barbiecore is back, pink everything 💖 my closet is a whole dreamhouse rn", "GenZ", [])
    a(
        "my little brother is such a joker, he put salt in my cereal this morning and laughed for 10 minutes",
        "teenagers",
        [],
    )
    a(
        "what's the most 'civil war' thing your family ever fought about? ours was whether a hot dog is a sandwich",
        "AskReddit",
        [],
    )
    a(
        "the running man challenge was peak 2016 internet, my whole middle school did it to my boo",
        "Music",
        [],
    )
    a("my grandma is a wicked good baker, her blueberry pie could end wars", "CasualConversation", [])
    a(
        "nobody:\nabsolutely nobody:\nme at 3am: let me reorganize my entire room and rethink every life choice",
        "memes",
        [],
    )
    a("this kitten's arrival at the shelter made everyone cry 😭 she's so tiny", "aww", [])
    a(
        "taylor's presence at the chiefs game broke the internet again lmao the nfl is her world now",
        "TaylorSwift",
        [],
    )
    a(
        "nope, my dog refuses to walk in the rain. full drama queen, sits down on the sidewalk and stares at me like i betrayed her",
        "dogs",
        [],
    )
    a("this game's companion quest made me cry harder than anything this year, i'm not ok", "gaming", [])
    a("superman when he sees kryptonite vs me when i see my bank account 😭", "memes", [])
    a("marty robbins' el paso is a lowkey banger, my grandpa got me into it on a road trip", "Music", [])
    a(
        "weird flex: i once got a fortune cookie that said 'good fortune awaits you' and the next day i found $20 on the ground 🍀",
        "AskReddit",
        [],
    )
    a("the eden hazard slander on my dash needs to stop, he was a menace in his prime", "tumblr", [])
    a("cardi b's 'up' is still a bop idc", "Music", [])
    a("'her' by megan thee stallion is highkey the best song on traumazine", "popheads", [])
    a(
        "'good boy' by gd x taeyang is a kpop classic, that drop still goes insane 10 years later",
        "popheads",
        [],
    )
    a(
        "my friend group is basically a civil war every lunch period, today it was over an uno card",
        "teenagers",
        [],
    )
    a(
        "the freshmen wandering around campus with their lanyards on, poor things 😭 we were all there once",
        "college",
        [],
    )
    a("it's giving main character, it's giving delusion, it's giving me 😌", "GenZ", [])
    a(
        "the joker stairs meme is still the funniest thing when people use it for the dumbest stuff",
        "memes",
        [],
    )
    a(
        "alien isolation is the scariest game ever made, that xenomorph ai learns your hiding spots",
        "gaming",
        [],
    )
    a("the warriors defense was nonexistent tonight. nobody boxing out, nobody rotating 😭", "nba", [])
    a(
        "send help i have 3 exams tomorrow and i just found out one of them is cumulative 😭😭 skdjfhskdjf",
        "college",
        [],
    )
    a(
        "life is just one battle after another fr, first my car broke down then my phone died then my situationship left me on read",
        "GenZ",
        [],
    )
    a(
        "'thunderbolts and lightning, very very frightening me' is the best karaoke moment ever, no one can convince me otherwise",
        "Music",
        [],
    )
    a("my speech teacher making us do tongue twisters at 8am should be illegal", "teenagers", [])
    a(
        "#bringherback she did NOT deserve to get dumped from the villa like that 😭 love island producers explain yourselves",
        "GenZ",
        [],
    )
    a("'sorry baby i was asleep' at 3pm on a tuesday?? girl he was not asleep", "relationship_advice", [])
    a(
        "took a long walk to clear my head today and ended up petting like 4 dogs. 10/10 would recommend :)",
        "CasualConversation",
        [],
    )
    a("ranking her albums from highest to lowest is impossible, they're all my children", "TaylorSwift", [])
    a("avatar the last airbender game when? i've been waiting since 2008", "gaming", [])
    a(
        "my roommates and i picking a takeout place is basically a papal conclave, we need white smoke",
        "college",
        [],
    )
    a(
        "my little sister has been waging psychological warfare on me all week by humming the same 3 notes 😭",
        "teenagers",
        [],
    )
    a("daddy longlegs in my bathroom again. we're roommates now. his name is gerald", "tumblr", [])
    a(
        "ariana on eternal sunshine is heat. 'we can't be friends' is a friendship breakup anthem and i'm not ok",
        "popheads",
        [],
    )

    assert len({r["text"] for r in rows}) == len(rows), "a comment written twice"
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    traps = sum(not r["movies"] for r in rows)
    print(f"{len(rows)} comments ({traps} without a mention) -> {OUT}")


if __name__ == "__main__":
    main()
