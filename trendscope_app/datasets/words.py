"""The words of the sample's comments: templates, off-topic chatter, and ordinary uses of title words.

Data only (no logic): :mod:`trendscope_app.datasets.comments` puts titles into these templates.

* ``POSITIVE_1``, ``NEGATIVE_1``, ``NEUTRAL_1``: comments about one movie, ``{0}`` its title;
  ``TWO``, ``THREE``: about two or three, with the probability that the comment is positive.
* ``*_EXTRA``: more one-movie comments, used only with ordinary-word titles (``hard_titles``): the
  shapes people type, the title first ("{0} was so good") or after "saw" or "watched".
* ``VS_TAILS``: what follows "X vs Y:", with its positivity.
* ``OFF_TOPIC``: comments that name no movie and use no title word.
* ``ORDINARY_USES``: comments that use the words of an ordinary-word or phrase title in their ordinary
  sense ("that was a wicked twist", "bell bottoms", "Up in the Air"): they name no catalogue movie.
  Keyed by the lowercased title. Most are copied from ``ORDINARY_USES`` in
  ``tests/text/make_hard_comments.py``; the ones for The Black Phone, Sound of Freedom, His Three
  Daughters and 28 Years Later were written here.
* ``PREFIXES``, ``SUFFIXES``, ``AUTHOR_A``, ``AUTHOR_B``, ``OTHER_SUBREDDITS``: the rest of a comment.

No template, tail, prefix, suffix or off-topic comment contains a catalogue title on word boundaries
(``tests/datasets/test_sample.py`` checks it).
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


POSITIVE_1 = (
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
NEGATIVE_1 = (
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
NEUTRAL_1 = (
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
TWO = (
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
THREE = (
    ("My ranking this month: {0}, then {1}, then {2}", 0.6),
    ("Saw {0}, {1} and {2} this week. Only the first one was good.", 0.4),
    ("Marathon weekend with {0}, {1}, and {2}. Exhausted but happy.", 0.85),
    ("Can't decide between {0}, {1} or {2} for date night", 0.5),
    ("Overrated this year: {0}, also {1}, and honestly {2}", 0.1),
)
OFF_TOPIC = (
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
PREFIXES = ("", "", "", "", "", "Honestly, ", "Ok so ", "Unpopular opinion: ", "PSA: ", "Real talk, ")
SUFFIXES = ("", "", "", "", "", " lol", "!!", " (no spoilers pls)", " :)", " imo", ". Thoughts?")

AUTHOR_A = _split("popcorn velvet midnight reel neon quiet salty cosmic silver lazy grumpy happy")
AUTHOR_B = _split("otter critic usher gremlin raccoon pigeon falcon badger walrus moth panda heron")

# Used only with hard titles: the first words of a comment, and after "saw" / "watched".
POSITIVE_EXTRA = (
    "{0} was so good",
    "{0} is a masterpiece and I will not be taking questions",
    "Just saw {0} and I need to talk about it, what a great film",
    "Watched {0} last night and loved every minute",
)
NEGATIVE_EXTRA = (
    "{0} was a chore to sit through",
    "Watched {0} last night and it was painfully dull",
    "Just saw {0}. What a waste of two hours.",
)
NEUTRAL_EXTRA = (
    "{0} comes out on streaming next month",
    "Just saw {0}.",
    "Honestly {0} was something else.",
    "watched {0} with my dad, still processing it",
)
# "X vs Y: <tail>", with the probability that the comment is positive.
VS_TAILS = (
    ("which one are you seeing first?", 0.5),
    ("the first one wins for me, not even close", 0.7),
    ("both were great, just different moods", 0.9),
    ("honestly both were disappointing", 0.1),
    ("no contest, fight me in the comments", 0.6),
    ("I can't decide which soundtrack I like more", 0.5),
)
# Subreddits that are not about films (a comment is posted in one now and then).
OTHER_SUBREDDITS = ("AskReddit", "CasualConversation", "news", "gaming", "NoStupidQuestions")

ORDINARY_USES: dict[str, tuple[str, ...]] = {
    "here": (
        "Here we go again, another reboot",
        "HERE is the thing nobody wants to admit",
        "here vs there, the dub is completely different",
    ),
    "air": (
        "The air conditioning in that theater was broken and it was 90 degrees",
        "Up in the Air is a George Clooney movie I always forget exists",
        "They left so much dead air between the jokes",
        "AIR QUOTES around 'original' please",
        "The show is on air every Sunday night",
    ),
    "nope": ("nope nope nope, not watching that trailer again", "NOPE. NOT AFTER THAT ENDING."),
    "wicked": (
        "that was a wicked twist, didn't see it coming",
        "WICKED good popcorn at the drive-in tonight",
        "the wicked witch still gives me nightmares",
    ),
    "sinners": (
        "sinners and saints alike will hate this runtime",
        "We're all SINNERS in the eyes of the box office",
    ),
    "weapons": (
        "the weapons in John Wick are all real models",
        "weapons of mass destruction was the plot of every 2003 action movie",
        "WEAPONS DOWN, the cops yelled, and the movie cut to black",
    ),
    "smile 2": (
        "That smile at the end gave me chills",
        "Made me SMILE so hard my face hurt",
        "smile and nod whenever my dad explains the plot",
    ),
    "trap": (
        "Don't fall into the trap of watching every sequel",
        "trap music in every trailer is getting old",
    ),
    "flow": ("the flow of the second act is completely off", "FLOW is everything in an action scene"),
    "bottoms": (
        "bottoms up, the sequel is finally out",
        "bell bottoms and disco, the costume design was perfect",
        "the bottoms of my shoes are still sticky from that theater floor",
    ),
    "challengers": ("the challengers for best picture this year are weak",),
    "longlegs": ("found a daddy longlegs in my popcorn bucket",),
    "twisters": ("tongue twisters in the dialogue made the accents hard to follow",),
    "civil war": (
        "Captain America: Civil War is the best MCU movie",
        "My grandpa loves American Civil War documentaries",
        "the civil war in that country is a tragedy",
        "this sub is a CIVIL WAR every time someone mentions Nolan",
    ),
    "the flash": (
        "the flash went off during the quiet scene and the whole row turned around",
        "Turn off the flash, you're in a theater!!",
        "THE FLASH ON YOUR PHONE IS NOT NEEDED IN A CINEMA",
        "in a flash the whole summer was over",
    ),
    "poor things": (
        "poor things, the extras had to stand in the rain for 12 hours",
        "POOR THINGS, THE EXTRAS HAD TO STAND IN THE RAIN FOR 12 HOURS",
        "those poor things in the animal shelter scene broke me",
    ),
    "past lives": (
        "in one of my past lives I must have worked at a Blockbuster",
        "do you believe in past lives? my aunt swears she was a nun",
    ),
    "talk to me": (
        "talk to me when they release the extended cut",
        "TALK TO ME ABOUT THE SOUND DESIGN BECAUSE WOW",
    ),
    "inside out 2": ("turned my hoodie inside out in the dark",),
    "speak no evil": ("speak no evil, hear no evil, see no evil",),
    "the substance": (
        "all style, no substance, like most trailers these days",
        "the substance of the script was thin",
    ),
    "perfect days": ("those were perfect days, summer blockbusters and cheap tickets",),
    "a complete unknown": ("the lead was a complete unknown before this",),
    "the fall guy": ("he's the fall guy for the studio's bad decisions",),
    "fast x": (
        "fast cars and loud explosions, x marks the spot",
        "the pacing was fast, way too fast",
        "fast vs slow cinema is a fake debate",
    ),
    "scream vi": ("I heard a scream from the back row during the trailer",),
    "leave the world behind": ("sometimes you just want to leave the world behind for two hours",),
    "the zone of interest": ("the zone of interest for the studio is clearly the China market",),
    "the black phone": ("my grandma still has a black phone on the kitchen wall",),
    "sound of freedom": ("the sound of freedom is the credits rolling on a three hour movie",),
    "his three daughters": ("my neighbour took his three daughters to the matinee",),
    "28 years later": ("28 years later and I still can't hear that song without crying",),
}
