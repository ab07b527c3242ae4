"""Movie-title mention extraction from free text (Reddit comments).

A :class:`TitleMatcher` is built once from the catalogue (``movie_id -> title`` or ``movie_id ->
[title, original_title, ...]``) and then answers :meth:`TitleMatcher.match` for each comment with the
sorted ids of the movies the comment mentions.

How a comment is matched
------------------------
1. The comment is tokenised and normalised once (:func:`normalise`): lowercase, accents stripped,
   ``&`` -> ``and``, apostrophes dropped inside words (``don't`` -> ``dont``), a trailing ``'s``
   split off as its own token (``Oppenheimer's`` -> ``oppenheimer s``), every other punctuation
   character a separator. Each token keeps its span in the original text, which is the mapping
   from normalised positions back to the original (for ASCII text the normalised string is built
   by C-level regex passes and the spans only when an ambiguous hit needs its context).
2. ONE Aho-Corasick automaton (:mod:`ahocorasick_rs`) holding every alias of every title, each
   prefixed by a space, runs over ``" " + normalised + " "``. A hit counts only if the next
   character is a space, so hits start and end on word boundaries ("Up" is not in "update", "Her"
   is not in "here"). The search is overlapping, then resolved leftmost-longest over the hits that
   end on a boundary, so "Inside Out 2" wins over "Inside Out" and a failed boundary on a longer
   alias never hides a shorter one.
3. Each surviving hit is accepted outright when its alias is *distinctive*, and only on evidence
   when it is *ambiguous* (the rule below).

Aliases generated from each title
---------------------------------
The title as given and any original title; the title without a leading article ("Holdovers");
sequel spellings of a trailing ``Part/Pt/Chapter/Vol N`` or roman numeral ("Dune 2", "Dune Pt 2",
"John Wick 4", "Gladiator 2"; "Part One" may be dropped: "Dead Reckoning"); hyphenated compounds
both split and joined ("spider man", "spiderman"); and the last subtitle segment after ``:`` or
`` - `` when it contains a rare word ("Folie à Deux", "Romulus", "Across the Spider-Verse").
The part before a colon is never an alias: it is usually a franchise or an older film ("Joker",
"Alien", "Dune"). Nicknames and abbreviations ("Joker 2", "GOTG3", "MI7") are not invented; a
caller that has them passes them as extra titles of the movie.

The rule for ambiguous titles
-----------------------------
An alias is *ambiguous* when all its content words are common English words from the small
embedded vocabulary below (~250 stop words, ~1,100 core words, ~550 further common or colloquial
words) and it has one content word, or two content words that are both core words ("Civil War",
"Past Lives", "Poor Things", "Talk to Me", "The Substance", "Inside Out 2", "Smile 2", "Wicked",
"Longlegs"). An ambiguous alias that is a single stop word ("It", "Her", "Us", "Up", "Here") is
*very ambiguous*. Everything else is distinctive and matches in any case, anywhere ("Oppenheimer",
"dune part two", "Killers of the Flower Moon", "Gladiator II"); long rare words (8+ letters) also
match with two adjacent letters swapped ("Oppenhiemer").

An ambiguous hit counts only with evidence in the original text:

* **Capitalisation**: written with the title's capitals (``Civil War``, ``the Substance``), not all
  in capitals (``US``, ``IT``), and, for a one-word title, not at the start of a sentence or list
  item; not right after an article ("the Civil War"); not in a comment that capitalises most words.
* **Quotes / emphasis**: ``"Wicked"``, ``'Here'``, ``*Civil War*`` with the title's capitals
  (emphasis marks do not count for very ambiguous titles).
* **A year**: ``Us (2019)``. **A hashtag**: ``#Wicked``.

and, for ambiguous but not very ambiguous titles, also:

* **A cue word** before it (``watched``, ``saw``, ``seen``, ``rewatching``, ``the movie``,
  ``trailer for``, ``review of`` ...) or after it (``movie``, ``trailer``, ``soundtrack``,
  ``sequel``, ``box office`` ...), or a capitalised possessive before it (``Garland's civil war``).
* **A sequel number** ending the alias that is not a quantity (``inside out 2 is`` but not
  ``inside out 2 times``, ``2.5``, ``2/10``).
* **Subject of a sentence**: a capitalised one-word title followed directly by a finite verb
  (``Wicked was amazing``, ``Nope is Peele's best``) or in the possessive (``Nope's horses``);
  a lowercase title at the start of a sentence followed directly by one (``wicked was so long``).
  This is the weakest rule: it also fires on prose such as "civil war is hell".

and, after that, from the other accepted titles of the same comment:

* **Lists**: a hit next to an accepted title, with only list separators between (punctuation,
  ``and``/``or``/``vs``, item numbers), counts when written with the title's capitals, or (not very
  ambiguous) when it is a whole list item ending at a separator ("oppenheimer, past lives, barbie").
* **Sequel context**: "inside out" counts in a comment where "Inside Out 2" was accepted.

Whatever the evidence, a hit is vetoed when it is glued to a neighbouring capitalised word, which
makes it part of a longer name ("American Civil War", "Captain America: Civil War", "The Parent
Trap", "Here Comes the Boom", "It Follows"), and a very ambiguous hit followed by ``'s`` is a
contraction ("It's", "Here's").

Cost
----
Per comment: one normalisation (C-level regex passes for ASCII text), one automaton scan, then work
proportional to the hits, which are bounded by words x longest alias, whatever the catalogue size.
Spans in the original text are computed (a second tokenising pass) only when an ambiguous hit needs
its context.

Two catalogue movies with the same normalised title both match. Titles that normalise to nothing
(pure punctuation, empty) are ignored. CJK text has no spaces, so CJK titles match only as whole
runs of CJK characters.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

import ahocorasick_rs

__all__ = ["TitleMatcher", "is_ambiguous", "normalise"]


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------------
# Embedded vocabulary (no downloads at run time). Hand-written approximations of English word
# frequency: STOP = function words, CORE ~ the ~1,100 most frequent content words, EXTRA = further
# common or colloquial words. Inflected forms are found through a crude lemmatiser (_lemmas).
# --------------------------------------------------------------------------------------------------
_STOP = _words(
    """
    a about above across after again against all almost along also although always am among an
    and another any anyone anything anyway are around as at away back be because been before
    behind being below beside besides between beyond both but by can cannot could did do does
    doing done down during each either else enough even ever every everyone everything few for
    from further had has have having he her here hers herself him himself his how however i if
    in inside instead into is it its itself just least less like many may maybe me might mine
    more most much must my myself near neither never no nobody none nor not nothing now of off
    often on once one only onto or other others otherwise our ours ourselves out outside over
    own per perhaps please quite rather same she should since so some somebody someone something
    sometimes soon still such than that the their theirs them themselves then there these they
    this those though through thus till to together too toward towards under unless until up
    upon us very via was we well were what whatever when whenever where wherever whether which
    while who whoever whom whose why will with within without would yes yet you your yours
    yourself yourselves oh ok okay yeah yep hey lol im ive id ill dont doesnt didnt cant wont
    isnt arent wasnt werent couldnt wouldnt shouldnt youre theyre thats whats s t two three four
    five six seven eight nine ten first second third
    """
)

_CORE = _words(
    """
    ability able accept access according account act action active activity actor actress actual
    actually add address admit adult advice affect afraid age agency agent ago agree ahead air
    alive allow alone already amazing amount anger angry animal answer appear apply approach
    area argue arm army art article artist ask attack attempt attention audience author
    available avoid aware awful baby bad bag ball band bank bar base basic basically bat battle
    beach bear beat beautiful beauty become bed begin beginning believe bell belong benefit best
    better big bill bird birth bit bite black blade blind block blood blow blue board boat body
    bomb bone book border born boss bother bottom box boy brain branch brave bread break breath
    bridge brief bright bring broad brother brown build building burn business busy buy call
    calm camera camp campaign cancer capital captain car card care career careful carry case
    cash cast cat catch cause cell center central century certain certainly chain chair
    challenge chance change chapter character charge cheap check chest chief child choice choose
    church circle citizen city civil claim class classic clean clear clearly climb clock close
    cloud club coach coast cold collect college color come comedy comfort coming comment common
    community company compare complete completely computer concern condition consider contain
    continue control cook cool copy corner correct cost count country couple courage course
    court cover crash crazy create creature credit crew crime crowd cry culture cup current cut
    dad damage dance danger dangerous dark daughter day dead deal dear death decade decide
    decision deep defense degree deliver demand deny describe design desire detail develop
    device die difference different difficult dinner direct direction director dirty discover
    discuss disease distance doctor dog door double doubt draw dream dress drink drive drop drug
    dry due dumb dust duty early earn earth easily east easy eat economy edge education effect
    effort egg election else emotional employee empty end enemy energy enjoy enter entire
    environment episode equal escape especially evening event evidence evil exact exactly
    example excellent except exist expect experience expert explain eye face fact factor fail
    failure fair faith fall false family famous fan fancy far farm fast fat father fault fear
    feature feed feel feeling fellow female fight figure fill film final finally find fine
    finger finish fire firm fish fit fix flat flight floor flow flower fly focus follow food
    foot force foreign forest forever forget form former forward free freedom fresh friend front
    full fun funny future gain game garden gas gate general generation gentle get giant gift
    girl give glad glass global go goal god gold good government grab grand great green ground
    group grow growth guard guess gun guy hair half hall hand handle hang happen happy hard hate
    head health hear heart heat heaven heavy hell hello help hero hide high hill history hit
    hold hole holiday home honest hope horror horse hospital host hot hotel hour house huge
    human hundred hunt hurt husband ice idea identify image imagine impact important impossible
    improve include increase indeed individual industry information inner inside instance
    interest interesting internet interview introduce invite involve iron island issue item job
    join joke journey joy judge jump junior jury justice keep key kick kid kill killer kind king
    kiss kitchen knee knife knock know knowledge lack lady lake land language large last late
    later laugh law lay lead leader learn leave left leg legal less lesson let letter level lie
    life lift light likely limit line list listen little live living local lock long look lord
    lose loss lost lot loud love lovely low luck lucky machine mad magic main major make male
    man manage manager many map mark market marriage married master match matter mean meaning
    measure meat media medical meet meeting member memory mention message metal method middle
    mile military milk million mind minute miss mission mistake mix model modern moment money
    monster month mood moon morning mother motion mountain mouth move movie mum murder music
    name nation national natural nature near nearly necessary neck need neighbor nerve net
    network new news next nice night noise normal north nose note notice novel number nurse
    object obviously ocean odd offer office officer official oil old open operation opinion
    option orange order ordinary original other outcome page pain paint pair palace paper parent
    park part partner party pass past path patient pattern pay peace people perfect perform
    performance period person personal phone photo pick picture piece pilot place plan plane
    planet plant play player pleasure plenty pocket poem point police policy political poor
    popular population position positive possible post pound power powerful practice prepare
    present president press pressure pretty prevent price pride priest prince prison private
    prize probably problem process produce product professional program project promise proof
    proper protect proud prove provide public pull purpose push put quality queen question quick
    quickly quiet race radio rain raise range rate reach read ready real reality realize really
    reason receive recent recently record red reduce release remain remember remove repeat
    replace report represent require research respect rest result return reveal rich ride right
    ring rise risk river road rock role roll room rule run rush sad safe sale salt same save say
    scale scare scared scary scene school science score screen sea season seat secret section
    security see seek seem self sell send sense serious serve service set settle several sex
    shadow shake shape share sharp shoot shop short shot shoulder shout show shut sick side
    sight sign signal silence silent silly simple simply sing single sister sit site situation
    size skill skin sky sleep slow small smart smell smile smoke snow social society soft
    soldier solid solve son song sorry sort soul sound source south space speak special speech
    speed spend spirit split sport spot spread spring square staff stage stand standard star
    start state station stay steal step stick stone stop store storm story straight strange
    stranger street strength stress strike strong student study stuff stupid style subject
    substance succeed success sudden suddenly suffer suggest summer sun super supply support
    suppose sure surface surprise survive sweet swim system table take talk tall task taste tax
    tea teach teacher team tear teen tell term terrible test thank theory thick thin thing think
    thought threat throw ticket tie tight time tiny tired title today toe tomorrow tone tonight
    tool top total touch tough tour town track trade train trap travel treat tree trial trick
    trip trouble truck true trust truth try turn type ugly uncle understand union unit universe
    unknown usual usually value various version victim view village violence visit voice vote
    wait wake walk wall want war warm warn wash waste watch water wave way weak wear weather
    week weekend weight weird west wet whole wide wife wild win wind window wine winter wise
    wish woman wonder wonderful wood word work worker world worry worse worst worth write writer
    wrong yard year yellow young youth zero zone
    """
)

_EXTRA = _words(
    """
    abuse accent ace adventure agenda alarm alien alley anatomy angel ankle ape apology apple
    arena armor arrow ash atom aunt awesome axe badge bait ballet banana bandit barn barrel
    beast bee beer beg belly berry bible bike blast blink bliss bloom blush bold bolt bond boom
    boot booth bounce bow bowl brake brand brick bride broken brutal bubble buck bug bull bullet
    bunny burger bus butter butterfly cabin cage cake canal candle candy canvas cap carpet cart
    castle cave chalk champion chaos charm chase cheat cheek cheese cherry chicken chill chin
    chip chocolate choir chosen chunk cigarette clash claw clay cliff clown clue coat cocktail
    code coffee coin collar comet con cookie cop cord core costume cottage cotton cough coward
    crab crack craft cream crest crisis crown crush crystal cult curse curtain cushion cute
    daddy damn dare darling dash dawn deck deer delight demon desert destiny devil diamond dice
    dig dinosaur dirt disaster ditch dive doll dolphin donkey doom dose dot dove dragon drama
    drift drum duck duel dwarf eagle echo elephant elevator elite empire epic escort exit fable
    fairy fake fame fang fantasy fate feast feather fever fiction field fighter flame flash
    flesh flip float flood flu flute foam fog folk fool fortune fossil fox frame freak frog
    frost fruit fury fuzz gang gaze ghost ginger glitter glove glow glue goat gown grace grain
    grape grave gravity greed grief grill grin grip guardian guest guilt gum gut habit halo
    hammer harbor harm harvest hatch haunt hawk hay heist helmet herd heretic hint hollow honey
    hook horn hug hunger hurricane hush hymn icon idiot idol inch ink insect jacket jail jam jar
    jaw jealous jelly jet jewel joker jungle karma kettle kingdom kitten knight lace ladder lamb
    lamp lane laser lava lawn leaf leak lemon lens liar lid lily lime lion lip liquid lizard
    loaf lock lodge loop lotus lunch lung maid mama mansion mantle marble mask maze meadow mercy
    mermaid mess midnight mild mint mirror mob mole monk mosquito moth mud mule muscle myth nail
    needle nest nightmare nope nut oak oath orbit orchestra outlaw oven owl pace pack pad palm
    pan panda panic paradise parrot patch paw pea peach peak pearl pebble pen pepper pet petal
    phantom piano pie pig pigeon pill pillow pin pine pipe pirate pit pitch pizza plague plot
    plum pond pony pool poop pop porch portal potato pray predator prey puppet puppy purple
    puzzle quest rabbit rage raid rainbow ranch rat raven rebel reef relic rescue revenge rhyme
    rib ribbon riddle ridge rift riot rival robot rocket rope rose rot rubber ruin rust saint
    sand sauce scar scream screw seal seed shark sheep shell shield shine ship shirt shock shore
    shrimp sibling siege silk silver sin sinner skull slave slice slime slope smash smiley snake
    sneak soap sock sofa spark spell spice spider spike spin spoon squad stab stake stalker
    steam steel stem sting stitch storage straw stream string stripe stunt sugar suit swamp swan
    swarm sword tail tale tank tape target tattoo temple tent terror thief thorn thread throne
    thunder tide tiger toad toast tomb tongue tooth torch tower toy tribe trophy trunk tube
    tunnel turtle twin twist twister umbrella vampire vault veil velvet venom verse vessel
    villain vine violin virus vow wagon wallet wand warrior wasp wax web wedding whale wheel
    whip whisper whistle wicked widow wig witch wizard wolf worm wound wreck yell yolk
    challenger longlegs slasher zombie
    """
)

_NUM_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_NUM_NAMES = {v: k for k, v in _NUM_WORDS.items()}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_LONE_ROMAN = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix"})
_SEQUEL_MARKERS = {
    "part": ("part", "pt"),
    "pt": ("part", "pt"),
    "chapter": ("chapter", "ch"),
    "vol": ("vol", "volume"),
    "volume": ("vol", "volume"),
}
_ARTICLES = frozenset({"the", "a", "an"})
_TYPO_MIN_LEN = 8  # words at least this long also match with two adjacent letters swapped

# Cue words (normalised tokens).
_VERB_CUES = _words(
    """
    watch watched watching watches rewatch rewatched rewatching rewatches saw see seen seeing
    sees reviewed
    """
)
_NOUN_CUES = frozenset(["movie", "film", "flick"])
_PAIR_CUES = frozenset(
    {
        ("trailer", "for"),
        ("trailers", "for"),
        ("teaser", "for"),
        ("review", "of"),
        ("reviews", "of"),
        ("tickets", "for"),
        ("tickets", "to"),
        ("screening", "of"),
        ("premiere", "of"),
        ("sequel", "to"),
        ("remake", "of"),
        ("score", "of"),
        ("soundtrack", "of"),
        ("cast", "of"),
    }
)
_NEXT_CUES = _words(
    """
    movie movies film films flick trailer trailers teaser sequel prequel soundtrack ost score
    cast premiere screening spoilers spoiler review reviews poster remake reboot director dvd
    bluray 4k imax marketing
    """
)
# Finite singular verbs that make a title the subject of a sentence ("Wicked was amazing").
_SUBJECT_VERBS = _words(
    """
    was is isnt wasnt has had made makes gets got deserved deserves slaps slapped rocks rocked
    sucked sucks blew felt feels looked looks bombed flopped nailed comes came kept goes went
    became remains stays ruled rules destroyed wrecked broke won ended ends starts started
    """
)
# ... and what may stand between a capitalised title and its verb ("Wicked honestly slaps").
_SUBJECT_MODIFIERS = _words(
    """
    will would could should did does didnt doesnt honestly really actually totally absolutely
    definitely literally truly lowkey genuinely also
    """
)
# Words after a number that make it a quantity, not a sequel number ("inside out 2 times").
_COUNT_WORDS = _words(
    """
    times time hours hour hrs hr minutes minute mins min seconds secs days day weeks week months
    month years year yrs people persons men women kids guys of out x stars star points pts
    percent am pm k m b million billion mil dollars bucks more less or to and
    """
)
_LIST_WORDS = _words("and or vs v versus plus then nor n")
# Words whose "'s" is a contraction ("it's"), never a possessive of a title.
_CONTRACTING = _words("it here there that what who he she let where how this")

_TOKEN_RE = re.compile("[^\\W_]+(?:['\u2019\u02bc][^\\W_]+)*|&")
_APOSTROPHES = "'\u2019\u02bc"
_SPLIT_RE = re.compile(r"[^\w]+|_+")
_SEGMENT_RE = re.compile("\\s*:\\s+|\\s+[-\u2013\u2014]\\s+")  # ": ", " - ", en/em dash
_HYPHENATED_RE = re.compile("[^\\W_]+(?:[-\u2010\u2011\u2013][^\\W_]+)+")
_YEAR_RE = re.compile(r"\s*[(\[]\s*(?:18|19|20)\d\d\s*[)\]]")
_OPENERS = frozenset("\"'\u201c\u2018«*_([{>-•~")
_SENTENCE_END = frozenset(".!?:;…")
_QUOTES = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019", "«": "»"}
_EMPHASIS = {"*": "*", "_": "_"}
_LIST_PUNCT = frozenset(",;/|\n•>.)!?")
_GLUE = frozenset(" \t-:\u2010\u2011")
_NUMBERING_RE = re.compile(r"(?:^|(?<=\s))\d{1,3}[.)](?=\s)")


# --------------------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------------------
def _fold_unicode(word: str) -> tuple[str, ...]:
    """Fold a non-ASCII word: NFKD, drop combining marks, casefold, split on leftover symbols."""
    return _fold_cached(word) if len(word) <= 64 else _fold(word)


def _fold(word: str) -> tuple[str, ...]:
    decomposed = unicodedata.normalize("NFKD", word)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return tuple(p for p in _SPLIT_RE.split(stripped) if p)


_fold_cached = lru_cache(maxsize=65536)(_fold)


@dataclass(slots=True)
class _Tokens:
    """The tokens of a text: normalised form, span in the original text, trailing-``'s`` flag."""

    norm: list[str]
    start: list[int]
    end: list[int]
    poss: list[bool]


def _tokenise(text: str) -> _Tokens:
    """Split ``text`` into normalised tokens, keeping each token's span in ``text``."""
    if text.isascii() and "'" not in text and "&" not in text:
        # Common case: every token is a plain ASCII word, lowercased in place.
        spans = [m.span() for m in _TOKEN_RE.finditer(text)]
        words = _TOKEN_RE.findall(text.lower())
        return _Tokens(words, [s for s, _ in spans], [e for _, e in spans], [False] * len(words))
    norm: list[str] = []
    start: list[int] = []
    end: list[int] = []
    poss: list[bool] = []
    for m in _TOKEN_RE.finditer(text):
        raw = m.group()
        s, e = m.span()
        possessive = False
        if raw == "&":
            raw = "and"
        elif "'" in raw or "\u2019" in raw or "\u02bc" in raw:
            if raw[-2] in _APOSTROPHES and raw[-1] in "sS":
                possessive = True
                raw = raw[:-2]
                e -= 2
            raw = raw.replace("'", "").replace("\u2019", "").replace("\u02bc", "")
        if raw.isascii():
            norm.append(raw.lower())
            start.append(s)
            end.append(e)
            poss.append(False)
        else:
            for part in _fold_unicode(raw):
                norm.append(part)
                start.append(s)
                end.append(e)
                poss.append(False)
        if possessive:
            norm.append("s")
            start.append(e + 1)
            end.append(e + 2)
            poss.append(True)
    return _Tokens(norm, start, end, poss)


def normalise(text: str) -> str:
    """Normalise text for title matching.

    Lowercase, accents stripped, ``&`` -> ``and``, apostrophes inside a word dropped, a trailing
    ``'s`` split into its own token, all other punctuation treated as a separator, and single spaces
    between tokens. Titles and comments go through the same function.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The normalised text; empty when ``text`` has no letter or digit.

    Examples
    --------
    >>> normalise("Dune: Part Two")
    'dune part two'
    >>> normalise("  Spider-Man: Across the Spider-Verse!! ")
    'spider man across the spider verse'
    >>> normalise("Joker: Folie à Deux")
    'joker folie a deux'
    >>> normalise("Deadpool & Wolverine")
    'deadpool and wolverine'
    >>> normalise("Oppenheimer's score, don't @ me")
    'oppenheimer s score dont me'
    >>> normalise("Emilia PÉREZ / Straße")
    'emilia perez strasse'
    >>> normalise("?!")
    ''
    """
    return " ".join(_tokenise(text).norm)


# --------------------------------------------------------------------------------------------------
# Vocabulary and ambiguity
# --------------------------------------------------------------------------------------------------
def _lemmas(word: str) -> Iterable[str]:
    """Yield ``word`` and crude lemma candidates (plural, past, gerund)."""
    yield word
    if len(word) <= 3:
        return
    if word.endswith("ies"):
        yield word[:-3] + "y"
    if word.endswith("es"):
        yield word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        yield word[:-1]
    if word.endswith("ed"):
        yield word[:-2]
        yield word[:-1]
    if word.endswith("ing"):
        yield word[:-3]
        yield word[:-3] + "e"
    if word.endswith("er"):
        yield word[:-2]


def _numeric(word: str) -> bool:
    return word.isdigit() or word in _ROMAN


def _in(word: str, vocab: frozenset[str]) -> bool:
    return any(w in vocab for w in _lemmas(word))


def _known(word: str) -> bool:
    """Whether ``word`` is an ordinary English word of the embedded vocabulary."""
    return _numeric(word) or word in _STOP or word in _NUM_WORDS or _in(word, _CORE) or _in(word, _EXTRA)


def _level(tokens: Sequence[str]) -> int:
    """0 = distinctive, 1 = ambiguous, 2 = very ambiguous (a single stop word)."""
    content = [t for t in tokens if t not in _STOP and not _numeric(t) and t not in _NUM_WORDS]
    if not all(_known(t) for t in content):
        return 0
    if len(tokens) == 1 and tokens[0] in _STOP:
        return 2
    if len(content) <= 1:
        return 1
    if len(content) == 2 and all(_in(t, _CORE) for t in content):
        return 1
    return 0


def is_ambiguous(title: str) -> bool:
    """Whether a title needs evidence before a mention of it counts.

    Parameters
    ----------
    title : str
        A movie title as written in the catalogue.

    Returns
    -------
    bool
        True when the title reads as ordinary English (see the module docstring).

    Examples
    --------
    >>> [is_ambiguous(t) for t in ("Here", "Civil War", "Inside Out 2", "The Substance", "Wicked")]
    [True, True, True, True, True]
    >>> [is_ambiguous(t) for t in ("Oppenheimer", "Dune: Part Two", "Killers of the Flower Moon")]
    [False, False, False]
    """
    tokens = normalise(title).split()
    return bool(tokens) and _level(tokens) > 0


# --------------------------------------------------------------------------------------------------
# Alias generation
# --------------------------------------------------------------------------------------------------
def _case_of(raw: str) -> int:
    """Capitalisation a title word asks of the text: 0 none, 1 initial capital, 2 all capitals."""
    letters = [c for c in raw if c.isalpha()]
    if not letters or not letters[0].isupper():
        return 0
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return 2
    return 1


def _sequel_variants(tokens: list[str]) -> list[list[str]]:
    """Other spellings of a trailing ``Part Two`` / ``Chapter 4`` / ``Vol. 3`` / ``II``."""
    out: list[list[str]] = []
    if len(tokens) >= 3 and tokens[-2] in _SEQUEL_MARKERS:
        last = tokens[-1]
        n = int(last) if last.isdigit() else _NUM_WORDS.get(last, _ROMAN.get(last))
        if n is not None:
            base = tokens[:-2]
            for marker in _SEQUEL_MARKERS[tokens[-2]]:
                out.append([*base, marker, str(n)])
                if n in _NUM_NAMES:
                    out.append([*base, marker, _NUM_NAMES[n]])
            if n >= 2:
                out.append([*base, str(n)])
            else:
                out.append(base)
    elif len(tokens) >= 2 and tokens[-1] in _LONE_ROMAN:
        out.append([*tokens[:-1], str(_ROMAN[tokens[-1]])])
    return out


def _has_rare_word(segment: str) -> bool:
    """Whether a subtitle segment has a word outside the vocabulary (compounds count joined)."""
    words = [normalise(h).replace(" ", "") for h in _HYPHENATED_RE.findall(segment)]
    plain = _HYPHENATED_RE.sub(" ", segment)
    words += normalise(plain).split()
    return any(w and not _known(w) for w in words)


@dataclass(frozen=True, slots=True)
class _Alias:
    """One spelling of one movie's title."""

    movie_id: int
    tokens: tuple[str, ...]
    case: tuple[int, ...]  # per token: 0 any case, 1 initial capital, 2 all capitals
    level: int  # 0 distinctive, 1 ambiguous, 2 very ambiguous
    article: bool  # starts with the/a/an
    typo: bool = False


@dataclass(frozen=True, slots=True)
class _Entry:
    """The movies that share one pattern and one capitalisation: checked once per hit."""

    ids: tuple[int, ...]
    tokens: tuple[str, ...]
    case: tuple[int, ...]
    level: int
    article: bool


def _aliases(movie_id: int, title: str) -> list[_Alias]:
    """Every alias of one title string."""
    tokens = _tokenise(title)
    if not tokens.norm:
        return []
    case_of: dict[str, int] = {}
    for i, word in enumerate(tokens.norm):
        case_of.setdefault(word, _case_of(title[tokens.start[i] : tokens.end[i]]))
    compounds: list[tuple[str, str]] = []
    for h in _HYPHENATED_RE.findall(title):
        split = normalise(h)
        joined = split.replace(" ", "")
        if " " in split:
            compounds.append((split, joined))
            case_of.setdefault(joined, case_of.get(split.split()[0], 0))
    for marker, alts in _SEQUEL_MARKERS.items():
        for alt in alts:
            case_of.setdefault(alt, case_of.get(marker, 0))

    sources = [tokens.norm]
    segments = [s for s in _SEGMENT_RE.split(title) if s.strip()]
    if len(segments) >= 2 and _has_rare_word(segments[-1]):
        suffix = normalise(segments[-1]).split()
        if suffix:
            sources.append(suffix)

    variants: list[list[str]] = []
    for src in sources:
        forms = [src, *_sequel_variants(src)]
        for form in list(forms):
            if len(form) >= 2 and form[0] in _ARTICLES:
                forms.append(form[1:])
        variants.extend(forms)

    strings: list[str] = []
    for v in variants:
        if not v:
            continue
        found = [" ".join(v)]
        for split, joined in compounds:
            found += [f" {s} ".replace(f" {split} ", f" {joined} ").strip() for s in found]
        if "s" in v[1:]:
            found += [f" {s} ".replace(" s ", "s ").strip() for s in found]
        for s in found:
            if s not in strings:
                strings.append(s)

    out: list[_Alias] = []
    for s in strings:
        toks = tuple(s.split())
        case = tuple(0 if (i == 0 and t in _ARTICLES) else case_of.get(t, 0) for i, t in enumerate(toks))
        level = _level(toks)
        out.append(_Alias(movie_id, toks, case, level, toks[0] in _ARTICLES))
        if level == 0 and len(toks) <= 3:
            for k, word in enumerate(toks):
                for typo in _transpositions(word):
                    typo_toks = (*toks[:k], typo, *toks[k + 1 :])
                    out.append(_Alias(movie_id, typo_toks, case, 0, toks[0] in _ARTICLES, typo=True))
    return out


def _transpositions(word: str) -> list[str]:
    """Misspellings by one swap of adjacent letters, for long rare words only.

    Examples
    --------
    >>> "oppenhiemer" in _transpositions("oppenheimer")
    True
    >>> _transpositions("wicked"), _transpositions("challengers")
    ([], [])
    """
    if len(word) < _TYPO_MIN_LEN or not word.isalpha() or _known(word):
        return []
    out = []
    for k in range(len(word) - 1):
        if word[k] != word[k + 1]:
            typo = word[:k] + word[k + 1] + word[k] + word[k + 2 :]
            if typo not in out and not _known(typo):
                out.append(typo)
    return out


# --------------------------------------------------------------------------------------------------
# Evidence
# --------------------------------------------------------------------------------------------------
class _Doc:
    """A tokenised comment with lazily computed context, shared by the checks of one ``match``."""

    __slots__ = ("_owner", "_titlecase", "spans", "text", "toks")

    def __init__(self, text: str, toks: _Tokens, spans: list[tuple[int, int]]) -> None:
        self.text = text
        self.toks = toks
        self.spans = spans  # kept hits as token ranges [i, j)
        self._titlecase: bool | None = None
        self._owner: dict[int, tuple[int, int]] | None = None

    def raw(self, i: int) -> str:
        return self.text[self.toks.start[i] : self.toks.end[i]]

    def capitalised(self, i: int) -> bool:
        r = self.raw(i)
        return bool(r) and r[0].isupper()

    def titlecase_everywhere(self) -> bool:
        """Whether the comment capitalises most of its words outside the hits (a headline)."""
        if self._titlecase is None:
            inside = {k for a, b in self.spans for k in range(a, b)}
            words = [
                k
                for k in range(len(self.toks.norm))
                if k not in inside and self.raw(k)[:1].isalpha() and self.raw(k) != "I"
            ]
            caps = sum(self.capitalised(k) for k in words)
            self._titlecase = len(words) >= 6 and caps >= 0.6 * len(words)
        return self._titlecase

    def sentence_initial(self, i: int) -> bool:
        """Whether token ``i`` starts the text, a sentence, a line or a numbered item."""
        text = self.text
        j = self.toks.start[i] - 1
        while j >= 0 and (text[j].isspace() or text[j] in _OPENERS):
            if text[j] == "\n":
                return True
            j -= 1
        if j < 0:
            return True
        c = text[j]
        return c in _SENTENCE_END or (c == ")" and j > 0 and text[j - 1].isdigit())

    def in_other_hit(self, k: int, i: int, j: int) -> bool:
        """Whether token ``k`` belongs to a kept hit other than ``[i, j)``."""
        if self._owner is None:
            self._owner = {t: (a, b) for a, b in self.spans for t in range(a, b)}
        owner = self._owner.get(k)
        return owner is not None and owner != (i, j)

    def glued(self, i: int, j: int) -> bool:
        """Whether hit ``[i, j)`` is glued to a capitalised neighbour: part of a longer name."""
        toks, text = self.toks, self.text
        if i > 0 and not self.in_other_hit(i - 1, i, j):
            gap = text[toks.end[i - 1] : toks.start[i]]
            prev = self.raw(i - 1)
            if (
                all(c in _GLUE for c in gap)
                and not toks.poss[i - 1]
                and prev[:1].isupper()
                and prev != "I"
                and not self.sentence_initial(i - 1)
            ):
                return True
        if j < len(toks.norm) and not self.in_other_hit(j, i, j) and not toks.poss[j]:
            gap = text[toks.end[j - 1] : toks.start[j]]
            nxt = self.raw(j)
            if (
                all(c in _GLUE for c in gap)
                and nxt[:1].isupper()
                and nxt != "I"
                and not (len(nxt) > 1 and nxt.isupper())
            ):
                return True
        return False

    def case_matches(self, alias: _Entry, i: int) -> bool:
        """Whether the hit is written with the title's capitals (and not all in capitals)."""
        required = False
        for k, need in enumerate(alias.case):
            if need == 0:
                continue
            required = True
            r = self.raw(i + k)
            letters = [c for c in r if c.isalpha()]
            if not letters or not letters[0].isupper():
                return False
            shouted = len(letters) > 1 and all(c.isupper() for c in letters)
            if (need == 1 and shouted) or (need == 2 and not shouted):
                return False
        return required

    def wrapped(self, i: int, j: int, pairs: Mapping[str, str]) -> bool:
        s, e = self.toks.start[i], self.toks.end[j - 1]
        if s == 0 or e >= len(self.text):
            return False
        closer = pairs.get(self.text[s - 1])
        return closer is not None and self.text[e] == closer

    def after_article(self, alias: _Entry, i: int) -> bool:
        return not alias.article and i > 0 and self.toks.norm[i - 1] in _ARTICLES

    def next_index(self, j: int) -> int:
        """The token after the hit ending at ``j``, skipping a possessive ``'s``."""
        return j + 1 if j < len(self.toks.poss) and self.toks.poss[j] else j


def _evidence(doc: _Doc, alias: _Entry, i: int, j: int) -> bool:
    """Whether an ambiguous hit ``[i, j)`` of ``alias`` has evidence of being a title.

    The caller then vetoes hits glued to a capitalised neighbour (:meth:`_Doc.glued`).
    """
    toks = doc.toks
    norm = toks.norm
    very = alias.level == 2
    if very and j < len(norm) and toks.poss[j] and alias.tokens[-1] in _CONTRACTING:
        return False  # "It's", "Here's"
    text = doc.text
    s, e = toks.start[i], toks.end[j - 1]
    if s > 0 and text[s - 1] == "#":
        return True
    if _YEAR_RE.match(text, e):
        return True
    cased = doc.case_matches(alias, i)
    if very and not cased:
        return False  # lowercase "it", "up", "her": the common case, rejected early
    if cased and (doc.wrapped(i, j, _QUOTES) or (not very and doc.wrapped(i, j, _EMPHASIS))):
        return True
    if (
        cased
        and not doc.titlecase_everywhere()
        and not doc.after_article(alias, i)
        and (len(alias.tokens) > 1 or not doc.sentence_initial(i))
    ):
        return True  # capitalised like the title, mid-sentence for a one-word title
    if very:
        return False
    prev = norm[i - 1] if i > 0 else ""
    if prev in _VERB_CUES or prev in _NOUN_CUES:
        return True
    if i > 1 and (norm[i - 2], prev) in _PAIR_CUES:
        return True
    if i > 1 and toks.poss[i - 1] and doc.capitalised(i - 2):
        return True  # "Garland's civil war"
    k = doc.next_index(j)
    nxt = norm[k] if k < len(norm) else ""
    if nxt in _NEXT_CUES or (nxt == "box" and k + 1 < len(norm) and norm[k + 1] == "office"):
        return True
    if (
        alias.tokens[-1].isdigit()
        and len(alias.tokens) > 1
        and (not nxt or (nxt not in _COUNT_WORDS and not nxt.isdigit()))
    ):
        # A sequel number right after the title phrase, not a quantity: "inside out 2 is great",
        # not "inside out 2 times"; not "2.5", "2/10", "2:30".
        return True
    if doc.after_article(alias, i) or j >= len(norm):
        return False
    if toks.poss[j]:
        # "Nope's horse wrangling": a capitalised one-word title in the possessive.
        return cased and len(alias.tokens) == 1 and alias.tokens[0] not in _CONTRACTING
    if text[e : toks.start[j]].strip():
        return False  # punctuation between the title and the next word
    if cased and len(alias.tokens) == 1:
        return norm[j] in _SUBJECT_VERBS or (
            norm[j] in _SUBJECT_MODIFIERS and j + 1 < len(norm) and norm[j + 1] in _SUBJECT_VERBS
        )
    # Lowercase: only as the subject at the start of a sentence ("wicked was so long").
    return norm[j] in _SUBJECT_VERBS and doc.sentence_initial(i)


def _list_gap(doc: _Doc, a: int, b: int) -> bool:
    """Whether the text between token ``a`` (exclusive end) and ``b`` is only list separators."""
    toks = doc.toks
    for k in range(a, b):
        if not (toks.norm[k] in _LIST_WORDS or toks.norm[k].isdigit()):
            return False
    gap = _NUMBERING_RE.sub(" ", doc.text[toks.end[a - 1] : toks.start[b]])
    if any(c in ".!?" for c in gap):
        return False  # a sentence ends between them
    return a < b or bool(gap.strip())


def _item_end(doc: _Doc, j: int) -> bool:
    """Whether the hit ending at token ``j`` ends a list item (separator or end of text next)."""
    toks = doc.toks
    if j >= len(toks.norm):
        return True
    if toks.norm[j] in _LIST_WORDS:
        return True
    gap = doc.text[toks.end[j - 1] : toks.start[j]].strip(" \t")
    return bool(gap) and gap[0] in _LIST_PUNCT


# --------------------------------------------------------------------------------------------------
# The matcher
# --------------------------------------------------------------------------------------------------
_POSSESSIVE_RE = re.compile(r"'s(?= |$)")


def _fast_normalised(text: str) -> str:
    """:func:`normalise` for ASCII text, without spans: a few C-level passes instead of a loop."""
    joined = " ".join(_TOKEN_RE.findall(text.lower()))
    if "'" in joined:
        joined = _POSSESSIVE_RE.sub(" s", joined).replace("'", "")
    if "&" in joined:
        joined = joined.replace("&", "and")
    return joined


class TitleMatcher:
    """Find catalogue movies mentioned in free text.

    Parameters
    ----------
    titles : Mapping[int, str | Sequence[str]]
        ``movie_id -> title`` or ``movie_id -> [title, original_title, alias, ...]``. Titles that
        normalise to nothing (empty, pure punctuation) and non-string values are ignored.

    Examples
    --------
    >>> m = TitleMatcher({1: "Dune: Part Two", 2: ["Joker: Folie à Deux"], 3: "Up", 4: "Inside Out 2"})
    >>> m.match("dune part two >> folie a deux, and Dune: Part Two again")
    (1, 2)
    >>> m.match("catch up on the update, it's up to you")
    ()
    >>> m.match("The opening of Up still wrecks me; Inside Out 2 too")
    (3, 4)
    >>> len(m)
    4
    """

    def __init__(self, titles: Mapping[int, str | Sequence[str]]) -> None:
        by_pattern: dict[tuple[str, ...], dict[int, _Alias]] = {}
        spellings: dict[int, list[str]] = {}
        for movie_id, value in titles.items():
            names = [value] if isinstance(value, str) else list(value)
            for name in names:
                if not isinstance(name, str):
                    continue
                for alias in _aliases(movie_id, name):
                    per_movie = by_pattern.setdefault(alias.tokens, {})
                    old = per_movie.get(movie_id)
                    if old is None or alias.level < old.level or (old.typo and not alias.typo):
                        per_movie[movie_id] = alias
                    spelled = " ".join(alias.tokens)
                    known = spellings.setdefault(movie_id, [])
                    if not alias.typo and spelled not in known:
                        known.append(spelled)
        self._spellings = spellings
        keys = list(by_pattern)
        self._entries: list[tuple[_Entry, ...]] = []
        for key in keys:
            aliases = list(by_pattern[key].values())
            # A misspelling never stands for a movie when it is another movie's real spelling.
            aliases = [a for a in aliases if not a.typo] or aliases
            groups: dict[tuple[int, ...], list[_Alias]] = {}
            for alias in aliases:
                groups.setdefault(alias.case, []).append(alias)
            self._entries.append(
                tuple(
                    _Entry(tuple(a.movie_id for a in group), key, case, group[0].level, group[0].article)
                    for case, group in groups.items()
                )
            )
        self._ntokens: list[int] = [len(k) for k in keys]
        self._automaton: ahocorasick_rs.AhoCorasick | None = (
            ahocorasick_rs.AhoCorasick(
                [" " + " ".join(k) for k in keys], matchkind=ahocorasick_rs.MatchKind.Standard
            )
            if keys
            else None
        )

    def __len__(self) -> int:
        """Number of catalogue movies with at least one matchable title."""
        return len(self._spellings)

    def __repr__(self) -> str:
        return f"TitleMatcher({len(self)} movies, {len(self._entries)} patterns)"

    def aliases(self, movie_id: int) -> list[str]:
        """The normalised spellings matched for one movie (without the typo variants).

        Examples
        --------
        >>> TitleMatcher({7: "Gladiator II"}).aliases(7)
        ['gladiator ii', 'gladiator 2']
        """
        return list(self._spellings.get(movie_id, []))

    def match(self, text: str) -> tuple[int, ...]:
        """Return the sorted ids of the catalogue movies that ``text`` mentions.

        The text is normalised once and scanned once by the automaton, whatever the catalogue size;
        original spans are computed only when an ambiguous hit needs its context.

        Parameters
        ----------
        text : str
            A comment.

        Returns
        -------
        tuple[int, ...]
            Sorted unique movie ids; a movie mentioned several times appears once.
        """
        if self._automaton is None or not text:
            return ()
        toks: _Tokens | None = None
        if text.isascii():
            joined = _fast_normalised(text)
        else:
            toks = _tokenise(text)
            joined = " ".join(toks.norm)
        if not joined:
            return ()
        norm = " " + joined + " "
        hits = self._automaton.find_matches_as_indexes(norm, overlapping=True)
        if not hits:
            return ()
        kept = self._resolve(norm, joined, hits)
        if not kept:
            return ()

        found: set[int] = set()
        accepted = [False] * len(kept)
        pending: list[int] = []
        doc: _Doc | None = None
        for n, (i, j, pattern) in enumerate(kept):
            entries = self._entries[pattern]
            if entries[0].level == 0:
                for entry in entries:
                    found.update(entry.ids)
                accepted[n] = True
                continue
            if doc is None:
                doc = _Doc(text, toks if toks is not None else _tokenise(text), [(a, b) for a, b, _ in kept])
            for entry in entries:
                # The glue veto is checked last: most hits have no evidence at all.
                if _evidence(doc, entry, i, j) and not doc.glued(i, j):
                    found.update(entry.ids)
                    accepted[n] = True
            if not accepted[n]:
                pending.append(n)
        if pending and doc is not None and any(accepted):
            self._propagate(doc, kept, accepted, pending, found)
        return tuple(sorted(found))

    def _resolve(
        self, norm: str, joined: str, hits: list[tuple[int, int, int]]
    ) -> list[tuple[int, int, int]]:
        """Keep the hits that end on a word boundary, leftmost-longest, as token ranges."""
        # starts[i]: where the space before token i sits in `norm`.
        starts = list(accumulate((len(t) + 1 for t in joined.split(" ")), initial=0))
        candidates: list[tuple[int, int, int]] = []
        for pattern, s, e in hits:
            if norm[e] != " ":
                continue  # ends inside a word
            i = bisect_left(starts, s)
            candidates.append((i, i + self._ntokens[pattern], pattern))
        candidates.sort(key=lambda c: (c[0], c[0] - c[1]))
        kept: list[tuple[int, int, int]] = []
        last_end = -1
        for c in candidates:
            if c[0] >= last_end:
                kept.append(c)
                last_end = c[1]
        return kept

    def _propagate(
        self,
        doc: _Doc,
        kept: list[tuple[int, int, int]],
        accepted: list[bool],
        pending: list[int],
        found: set[int],
    ) -> None:
        """Accept ambiguous hits in a list next to accepted titles, or whose sequel is accepted.

        "Inside Out" counts in a comment that mentions "Inside Out 2" (the hit of an accepted alias
        that is this alias plus a number). A worklist: a hit is looked at again only when a
        neighbour gets accepted, so the cost stays linear in the number of hits.
        """
        waiting: dict[tuple[str, ...], list[int]] = {}
        for n in pending:
            waiting.setdefault(self._entries[kept[n][2]][0].tokens, []).append(n)
        sequels: set[tuple[str, ...]] = set()
        queue: deque[int] = deque()

        def accept(n: int) -> None:
            tokens = self._entries[kept[n][2]][0].tokens
            if len(tokens) > 1 and _numeric(tokens[-1]) and tokens[:-1] not in sequels:
                sequels.add(tokens[:-1])
                queue.extend(waiting.get(tokens[:-1], ()))
            queue.extend(k for k in (n - 1, n + 1) if 0 <= k < len(kept) and not accepted[k])

        for n, ok in enumerate(accepted):
            if ok:
                accept(n)
        while queue:
            n = queue.popleft()
            if accepted[n]:
                continue
            i, j, pattern = kept[n]
            left = n > 0 and accepted[n - 1] and _list_gap(doc, kept[n - 1][1], i)
            right = n + 1 < len(kept) and accepted[n + 1] and _list_gap(doc, j, kept[n + 1][0])
            for entry in self._entries[pattern]:
                if entry.level == 0:
                    continue
                listed = (left or right) and (
                    doc.case_matches(entry, i) or (entry.level == 1 and _item_end(doc, j))
                )
                if (listed or (entry.level == 1 and entry.tokens in sequels)) and not doc.glued(i, j):
                    found.update(entry.ids)
                    accepted[n] = True
            if accepted[n]:
                accept(n)
