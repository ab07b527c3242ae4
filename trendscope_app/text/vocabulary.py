"""Word lists of the title matcher: English vocabulary, cue words and function words.

Data only, no logic. All entries are normalised tokens (lowercase ASCII, apostrophes dropped:
``dont``, ``isnt``), the form :func:`trendscope_app.text.tokens.normalise` produces.

The vocabulary (:data:`STOP`, :data:`CORE`, :data:`EXTRA`) is a hand-written approximation of English
word frequency that decides which titles are *ambiguous* (:func:`trendscope_app.text.aliases.is_ambiguous`);
how ordinary a word or phrase is beyond that comes from ``wordfreq`` (:mod:`trendscope_app.text.aliases`).
Inflected forms are found through a crude lemmatiser, so lists hold base forms.

Examples
--------
>>> "war" in CORE, "longlegs" in EXTRA, "her" in STOP
(True, True, True)
>>> is_movie_subreddit("TrueFilm"), is_movie_subreddit("horrormovies"), is_movie_subreddit("AskReddit")
(True, True, False)
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


# --------------------------------------------------------------------------------------------------
# Embedded vocabulary (no downloads at run time). STOP = function words, CORE ~ the ~1,100 most
# frequent content words, EXTRA = further common or colloquial words.
# --------------------------------------------------------------------------------------------------
STOP = _words(
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
    yourself yourselves oh ok okay yeah yep hey hi hello lol im ive id ill dont doesnt didnt cant wont
    isnt arent wasnt werent couldnt wouldnt shouldnt youre theyre thats whats s t two three four
    five six seven eight nine ten first second third
    """
)

CORE = _words(
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

EXTRA = _words(
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

# --------------------------------------------------------------------------------------------------
# Numbers and sequel markers
# --------------------------------------------------------------------------------------------------
NUM_WORDS = {
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
NUM_NAMES = {v: k for k, v in NUM_WORDS.items()}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
LONE_ROMAN = frozenset({"ii", "iii", "iv", "vi", "vii", "viii", "ix"})
SEQUEL_MARKERS = {
    "part": ("part", "pt"),
    "pt": ("part", "pt"),
    "chapter": ("chapter", "ch"),
    "vol": ("vol", "volume"),
    "volume": ("vol", "volume"),
}
ARTICLES = frozenset({"the", "a", "an"})

# --------------------------------------------------------------------------------------------------
# Cue words: a film is being talked about ("watched X", "the X trailer")
# --------------------------------------------------------------------------------------------------
VERB_CUES = _words(
    """
    watch watched watching watches rewatch rewatched rewatching rewatches saw see seen seeing
    sees reviewed loved hated enjoyed liked
    """
)
# In a movie subreddit, these before a title say it was seen (or not): "finally caught weapons",
# "skipped twisters"; elsewhere one catches a flight and skips a class.
SUB_VERB_CUES = _words("caught skipped")
NOUN_CUES = frozenset(["movie", "film", "flick"])
PAIR_CUES = frozenset(
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
        ("back", "from"),  # "just got back from sinners"
        ("out", "of"),  # "walked out of weapons"
        ("line", "from"),  # "that line from nope"
        ("lines", "from"),
        ("quote", "from"),
        ("scene", "from"),
        ("thread", "for"),  # "discussion thread for sinners"
        ("numbers", "for"),  # "box office numbers for weapons"
        ("asleep", "during"),  # "fell asleep during the fall guy"
        ("discussion", "thread"),  # "official discussion thread: weapons"
    }
)
# Before a quoted phrase in lowercase, these make it speech: he just said "sorry, baby".
SPEECH_VERBS = _words(
    "say says said saying tell tells told texted text texts replied reply asked yelled screamed goes"
    " whispered whisper whispering muttered mumbled shouted shout shouting yell screaming sang sing"
)
# After a title (not a stop word: "It opened the door"), a box-office verb: "twisters outgrossing".
GROSS_VERBS = _words("grossed grossing outgrossed outgrossing outgrosses")
# Before "<title> movie", these make it a kind of film: "the best superman movie", "every alien film".
CATEGORY_LEADS = _words("best worst greatest favorite favourite fav every other all another")
FILM_NOUNS = _words("movie movies film films flick flicks")
# After "press" following a title: "the Wicked press tour".
PRESS_EVENTS = _words("tour tours junket junkets conference screening")
NEXT_CUES = _words(
    """
    movie movies film films flick trailer trailers teaser sequel prequel soundtrack ost score
    cast premiere screening spoilers spoiler review reviews poster remake reboot director dvd
    bluray 4k imax marketing ending endings adaptation
    """
)
# After a title and "on", where a film streams: "Fresh on Hulu".
STREAMING_SERVICES = _words("netflix hulu hbo disney peacock paramount prime tubi mubi shudder criterion")
# After a title and "in", how a film is shown: "Sinners in IMAX" (not "a drop in theaters", a gross).
SCREEN_FORMATS = _words("imax 70mm 35mm 4dx dolby screenx")
# Words a reply is made of on its own ("Nope.", "This.", "Same."): a title that is one is no answer.
REPLY_WORDS = _words("nope yes yep yeah no nah ok okay sure this same agreed exactly true wow")
# In a movie subreddit, after a title, a box-office figure's words: "Superman domestic", "Sinners crossing
# $300M", "Weapons opening to $43M".
BOX_OFFICE_NEXT = _words("domestic worldwide overseas opening opened opens crossing crossed crosses tracking")
# After a title, a film award won or lost: "Flow winning the Oscar", "Anora's Palme" (not "Keeper won
# the golden glove": sports have awards too).
AWARD_VERBS = _words("win wins won winning lose loses lost losing nominated")
FILM_AWARDS = _words("oscar oscars bafta baftas palme globe globes picture feature screenplay")
# Finite singular verbs that make a title the subject of a sentence ("Wicked was amazing").
SUBJECT_VERBS = _words(
    """
    was is isnt wasnt has had made makes gets got deserved deserves slaps slapped rocks rocked
    sucked sucks blew felt feels looked looks bombed flopped nailed comes came kept goes went
    became remains stays ruled rules destroyed wrecked broke ruined won ended ends starts started gave
    gives took takes left lost beat hit ran scared held holds fell stuck shouldve wouldve couldve bored
    """
)
# ... of which those in the past tense (a film seen, not a general truth).
PAST_VERBS = _words(
    """
    was wasnt had made got deserved slapped rocked sucked blew felt looked bombed flopped nailed came
    kept went became ruled destroyed wrecked broke ruined won ended started gave took left lost beat ran
    scared held fell stuck did didnt shouldve wouldve couldve bored
    """
)
# Modals: "longlegs would have been better" (a verb, but not a past one).
MODALS = _words("will would could should might must can")
# "keeper didn't work for me": an auxiliary "do" before any verb is the title's.
DO_FORMS = _words("did didnt does doesnt")
# "X is/was ... movie": the title is said to be a film.
COPULAS = _words("is was isnt wasnt")
# Words that cannot be a sentence's subject: object pronouns, and adverbs that English does not put
# before "is" or "has". Capitalised before one of these verbs, "Us", "Her" or "Up" is the film ("Us was
# scarier than Get Out", "Up is still the saddest opening", "Together was so gross").
NON_SUBJECTS = _words("us her him me them up together")
# ... of which these in capitals are also an abbreviation ("US is a big market").
ABBREVIATIONS = _words("us")
AUXILIARIES = COPULAS | _words("has had hasnt hadnt does did doesnt didnt will would wont wouldnt")
# ... and past verbs that no noun phrase starts with ("Up made me cry", "Us scared me"; not "Her left
# hand", "Her looks").
NON_SUBJECT_VERBS = AUXILIARIES | _words(
    """
    made got deserved scared wrecked destroyed ruined slapped rocked sucked flopped bombed nailed blew
    broke gave took won
    """
)
# ... and what may stand between a capitalised title and its verb ("Wicked honestly slaps").
SUBJECT_MODIFIERS = _words(
    """
    will would could should did does didnt doesnt honestly really actually totally absolutely
    definitely literally truly lowkey genuinely also
    """
)
# Words after a number that make it a quantity, not a sequel number ("inside out 2 times").
COUNT_WORDS = _words(
    """
    times time hours hour hrs hr minutes minute mins min seconds secs days day weeks week months
    month years year yrs people persons men women kids guys of out x stars star points pts
    percent am pm k m b million billion mil dollars bucks more less or to and
    """
)
LIST_WORDS = _words("and or vs v versus plus then nor n")
# Between a list's separators, words that leave it a list: "sinners, also weapons, and honestly together".
LIST_FILLERS = _words("also honestly maybe even especially probably definitely obviously")
# Words whose "'s" is a contraction ("it's"), never a possessive of a title.
CONTRACTING = _words("it here there that what who he she let where how this")

# --------------------------------------------------------------------------------------------------
# Context words for titles made of ordinary words (normalised tokens)
# --------------------------------------------------------------------------------------------------
# Before a word, these make it part of an ordinary noun phrase ("a wicked twist", "my past lives",
# "all sinners"), unless the title itself starts with the article.
DETERMINERS = _words(
    """
    a an the this that these those my your his her our their its every each some any no all such
    what which whose another other much many more most few fewer less one
    """
)
# Outside a movie subreddit, these before a lowercase distinct title make it a noun: "as the conclave
# begins", "our roofman said" ("that" may be a conjunction: "sad that dune: part two went home").
NOUN_DETERMINERS = _words("a an the this these those my your his her our their its every each some any no")
# Before "my son", "my kids": the film after them is shown to them ("showing my son Up"), no name.
SHOWING_VERBS = _words("show shows showed showing shown")
# Before a name, these make it a person's: "my son's friend Elio slept over", "my niece Eden".
RELATION_NOUNS = _words(
    """
    friend friends buddy pal son sons daughter daughters brother brothers sister sisters cousin
    cousins wife husband mom mum dad mother father uncle aunt niece nephew grandson granddaughter
    grandma grandpa boyfriend girlfriend bf gf fiance fiancee coworker roommate neighbor neighbour
    classmate
    """
)
# Before a word, these make it a verb ("made me smile", "I wish", "to leave the world behind").
VERB_MARKERS = _words(
    """
    i you we they he she me him them to will would can could should must might may shall ll d
    dont didnt doesnt cant wont wouldnt couldnt shouldnt never please lets
    """
)
# Between a determiner and a title these say which film of a name ("the new superman", "the original
# smile"), where any other word makes an ordinary noun phrase ("the goal keeper").
EDITION_WORDS = _words("new newer latest original upcoming recent old older first second third last")
# After a determiner these end an exclamation or a time adverbial, not a noun phrase that a title closes
# ("oh my god smile was terrifying", "no way wicked is that long", "this year weapons was the best").
PHRASE_ENDS = _words(
    "god gosh goodness lord way doubt time times year week weekend month day night summer winter spring"
)
# After these a frequent word that is a distinct title is the verb ("can you relay the message", "you'll
# relay it"); modals are left out, since they also open questions ("would barbie have won"), and so are
# contractions that spell words ("I'll" is "ill", "we'll" is "well").
SUBJECT_PRONOUNS = _words("i you we they he she youll youd theyll theyd ll d")
# A bare singular noun or adjective right after these reads as a name ("the scene in wicked with").
SLOT_PREPOSITIONS = _words("in of from than like about with versus vs")
# ... when followed by the end of a clause: these words, punctuation or the end of the text.
CLAUSE_WORDS = _words(
    """
    and or but with was is isnt wasnt has had at in on for because since when while though tbh imo
    imho lol lmao honestly too also yet so and then
    """
)
# Singular verbs: a plural-looking title followed by one is a name ("sinners was the best").
SINGULAR_VERBS = _words("is was has isnt wasnt hasnt does doesnt")
# List words that set two titles against each other ("poor things vs leave the world behind").
VS_WORDS = _words("vs v versus")
# Between two titles these compare them as "vs" does ("flow beating inside out 2 at the oscars").
COMPARING_WORDS = VS_WORDS | _words("beat beats beating over")
# Between two titles, word pairs that rank them ("weapons ahead of sinners"), and before the first of
# two, verbs that compare them ("compare weapons with sinners").
RANKING_PAIRS = frozenset({("ahead", "of"), ("instead", "of"), ("compared", "to"), ("compared", "with")})
COMPARE_VERBS = _words("compare compares compared comparing comparison")
# Before "than", comparatives ("better than"); words ending in "er" that are none ("rather than").
COMPARATIVES = _words("better worse more less fewer")
NOT_COMPARATIVES = _words("other rather either neither whether never ever over under")

# Subreddits about films; others count as general. Names are compared case-insensitively, and a name
# containing one of MOVIE_SUBREDDIT_PARTS counts too ("horrormovies", "criterionfilms").
MOVIE_SUBREDDITS = _words(
    """
    movies boxoffice flicks truefilm letterboxd a24 horror criterion moviesuggestions marvelstudios
    dc_cinematic fantheories movieleaks trailers filmmakers cinema okbuddycinephile moviescirclejerk
    moviedetails shittymoviedetails oscarrace blumhouse pixar disney starwars marvel dcu
    """
)
MOVIE_SUBREDDIT_PARTS = ("movie", "film", "cinema", "flick", "boxoffice")
# Subreddits about books and comics: there a title that is also a book's or a character's name
# ("Frankenstein", "The Long Walk", "Superman") is the book or the character unless a cue says film.
BOOK_SUBREDDITS = _words(
    """
    books suggestmeabook booksuggestions bookclub literature printsf fantasy horrorlit stephenking
    audiobooks kindle comicbooks comics dccomics marvelcomics manga
    """
)
BOOK_SUBREDDIT_PARTS = ("book", "comic", "novel")
# After a title, these make it another work: "the Wild Robot series", "the Frankenstein novel", "the
# Wicked musical"; before it, these make it a book: "reading Frankenstein".
OTHER_WORK_NOUNS = _words(
    "book books novel novels series miniseries trilogy comic comics manga musical audiobook"
)
# Two words after a title that make it a show or a stage work: "the Fargo TV series", "Chicago on Broadway".
OTHER_WORK_PAIRS = frozenset(
    {("tv", "series"), ("tv", "show"), ("on", "broadway"), ("the", "musical"), ("stage", "show")}
)
READING_VERBS = _words("read reading reread rereading")


def is_movie_subreddit(name: str | None) -> bool:
    """Whether a subreddit is about films (evidence that an ambiguous title is one)."""
    if not name:
        return False
    low = name.lower().removeprefix("r/")
    return low in MOVIE_SUBREDDITS or any(part in low for part in MOVIE_SUBREDDIT_PARTS)


def is_book_subreddit(name: str | None) -> bool:
    """Whether a subreddit is about books or comics (where a title names the book or the character).

    Examples
    --------
    >>> is_book_subreddit("books"), is_book_subreddit("r/DCcomics"), is_book_subreddit("movies")
    (True, True, False)
    >>> is_book_subreddit("comicbookmovies")  # about films first
    False
    """
    if not name or is_movie_subreddit(name):
        return False
    low = name.lower().removeprefix("r/")
    return low in BOOK_SUBREDDITS or any(part in low for part in BOOK_SUBREDDIT_PARTS)
