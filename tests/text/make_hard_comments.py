"""Write the harder labelled set: ``tests/data/catalogue_hard.json`` and ``labelled_comments_hard.jsonl``.

Every comment is built from real text, and every label is what this script wrote into the comment: a
title it put into a slot is a mention, nothing else is. Nothing here imports the matcher.

Where the text comes from (``source`` field of each row; ``tests/data/README.md`` says more):

* ``old``: the hand-written comments of ``tests/data/labelled_comments.jsonl``
  (``make_labelled_comments.py``). A single-movie positive whose title is written out in full gives a
  *frame*: the comment with the title cut out, into which another title is put in some form. Its hard
  and plain negatives are used as they are, lowercased and in capitals.
* ``issue``: the comment shapes quoted from a replay of real Reddit comments in issue 18
  ("Honestly poor things was something else.", "fast x fast x fast x!!!", "Just saw poor things.",
  "poor things vs leave the world behind: ...").
* ``vader``: the example sentences shipped inside the ``vaderSentiment`` package (``vaderSentiment.py``,
  the ``sentences`` and ``tricky_sentences`` lists of its ``__main__`` block), read from the installed
  package. Sentences about "VADER", "Roger Dodger" or "The book" give frames; the rest are negatives.
* ``pkg``: sentences of the package descriptions shipped with the installed Python packages
  (``*.dist-info/METADATA``), extracted once by ``--extract`` into ``tests/data/package_sentences.jsonl``
  (the versions installed then are recorded there) and read from that file afterwards, so that a rebuild
  does not depend on what is installed. They are plain technical English full of "it", "up", "here",
  "us", "flow", "fast": negatives.
* ``usage``: ordinary uses of the words of every ordinary-word title (``ORDINARY_USES`` below, written
  for this set): "a wicked twist", "bell bottoms", "us vs them", "weapons of mass destruction", the
  character in "Heath Ledger's Joker". Negatives, unless a row names a catalogue film on purpose.

The forms a title is written in (``form`` field): as in the catalogue (``title``), lowercase inside a
normally written comment (``lower``), in capitals inside one (``caps``), a comment lowercased or in
capitals as a whole (``comment_lower``, ``comment_caps``), first words of the comment (``initial``),
repeated (``repeated``), ``X vs Y``, a hashtag, with quotes or a year, after a cue word (``cue``), and
misspelled with one edit (swap, deletion, doubled letter, keyboard-neighbour substitution or insertion)
for titles of 8+ letters. Titles that are pronouns or adverbs (It, Her, Us, Up, Here) are written only
in the forms a reader can tell from prose (title case mid-sentence, quotes, year, hashtag, cue, ``vs``;
capitals for Up, Her and Here), because "honestly it was something else" names no film for anyone.

Each row carries a ``subreddit``: positives are in a movie subreddit 3 times out of 4, negatives half
of the time (a movie subreddit is evidence, not proof).

Run ``python tests/text/make_hard_comments.py`` after editing (``--extract`` first to refresh the
package sentences); the files are checked in and ``tests/text/test_matcher.py`` checks they are what
this script writes.
"""

from __future__ import annotations

import argparse
import ast
import importlib.metadata
import importlib.util
import json
import random
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
SEED = "trendscope-hard-set-1"


def _load_base() -> Any:
    spec = importlib.util.spec_from_file_location(
        "make_labelled_comments", HERE / "make_labelled_comments.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


base = _load_base()

# key -> (id, title, original_title): the films of issue 18 that the first catalogue lacks.
EXTRA: dict[str, tuple[int, str, str]] = {
    "scream6": (934433, "Scream VI", "Scream VI"),
    "fastx": (385687, "Fast X", "Fast X"),
    "flash": (298618, "The Flash", "The Flash"),
    "joker": (475557, "Joker", "Joker"),
    "bottoms": (814776, "Bottoms", "Bottoms"),
    "ltwb": (726209, "Leave the World Behind", "Leave the World Behind"),
    "air": (964980, "Air", "Air"),
    "weapons": (1078605, "Weapons", "Weapons"),
}
CATALOGUE: dict[str, tuple[int, str, str]] = {**base.CATALOGUE, **EXTRA}

YEAR: dict[str, int] = {
    **dict.fromkeys(
        [
            "opp",
            "barbie",
            "pastlives",
            "poorthings",
            "kotfm",
            "atsv",
            "gotg3",
            "mario",
            "gmo",
            "heron",
            "anatomy",
            "zone",
            "holdovers",
            "saltburn",
            "napoleon",
            "wonka",
            "mi7",
            "jw4",
            "talktome",
            "asteroid",
            "wish",
            "perfectdays",
            "scream6",
            "fastx",
            "flash",
            "bottoms",
            "ltwb",
            "air",
        ],
        2023,
    ),
    **dict.fromkeys(
        [
            "dune2",
            "dpw",
            "io2",
            "wicked",
            "glad2",
            "joker2",
            "civilwar",
            "challengers",
            "longlegs",
            "here",
            "trap",
            "smile2",
            "sne",
            "substance",
            "furiosa",
            "apes",
            "gxk",
            "romulus",
            "twisters",
            "bb2",
            "qpd1",
            "anora",
            "conclave",
            "moana2",
            "venom3",
            "fallguy",
            "badboys4",
            "kfp4",
            "dm4",
            "wildrobot",
            "nosferatu",
            "unknown",
            "brutalist",
            "emilia",
            "flow",
        ],
        2024,
    ),
    **dict.fromkeys(["thunderbolts", "mickey17", "sinners", "weapons"], 2025),
    "io": 2015,
    "up": 2009,
    "us": 2019,
    "her": 2013,
    "it": 2017,
    "smile": 2022,
    "nope": 2022,
    "joker": 2019,
}

# A reader's judgement of each title, used only to report precision and recall per class.
# "ordinary": an ordinary English word or phrase; "phrase": two or more words that are not one;
# "distinctive": one word that is not ordinary English.
FUNCTION_WORDS = {"it", "her", "us", "up", "here"}
ORDINARY = {
    *FUNCTION_WORDS,
    *[
        "air",
        "nope",
        "joker",
        "barbie",
        "wicked",
        "sinners",
        "weapons",
        "smile",
        "trap",
        "wish",
        "flow",
        "bottoms",
        "challengers",
        "longlegs",
    ],
    "twisters",
    *[
        "civilwar",
        "flash",
        "poorthings",
        "pastlives",
        "talktome",
        "io",
        "sne",
        "substance",
        "perfectdays",
        "unknown",
        "fallguy",
    ],
}


def title_class(key: str) -> str:
    """``ordinary``, ``phrase`` or ``distinctive`` (see :data:`ORDINARY`)."""
    if key in ORDINARY:
        return "ordinary"
    return "phrase" if len(_words(CATALOGUE[key][1])) > 1 else "distinctive"


MOVIE_SUBS = ["movies", "boxoffice", "horror", "TrueFilm", "Letterboxd", "flicks", "A24", "moviescirclejerk"]
OTHER_SUBS = [
    "AskReddit",
    "news",
    "gaming",
    "CasualConversation",
    "pics",
    "Python",
    "worldnews",
    "NoStupidQuestions",
]

# Ordinary uses of the words of the ordinary-word titles (and of the words of the other new titles).
# Labels: the films a row names on purpose (usually none).
ORDINARY_USES: list[tuple[str, list[str]]] = [
    ("Up next: the trailer everyone has already seen", []),
    ("I'm UP for a rewatch whenever you are", []),
    ("Catch up on the first one before the sequel drops", []),
    ("up vs down votes on this sub make no sense", []),
    ("Give HER the oscar already, she carried that whole movie", []),
    ("Her, her, her, the whole movie was about her and nobody else", []),
    ("I took her to see it for our anniversary", []),
    ("it's always us vs them with this studio", []),
    ("Let US know when tickets go on sale", []),
    ("US audiences just don't show up for subtitles", []),
    ("It. Was. So. Good.", []),
    ("IT'S HAPPENING, the trailer is finally out", []),
    ("it it it, every sentence in that script starts with it", []),
    ("Here we go again, another reboot", []),
    ("HERE is the thing nobody wants to admit", []),
    ("here vs there, the dub is completely different", []),
    ("The air conditioning in that theater was broken and it was 90 degrees", []),
    ("Up in the Air is a George Clooney movie I always forget exists", []),
    ("They left so much dead air between the jokes", []),
    ("AIR QUOTES around 'original' please", []),
    ("The show is on air every Sunday night", []),
    ("nope nope nope, not watching that trailer again", []),
    ("NOPE. NOT AFTER THAT ENDING.", []),
    ("Heath Ledger's Joker is still the best comic book villain", []),
    ("Jack Nicholson played the Joker in 1989", []),
    ("my uncle is the joker of the family, he narrates every movie", []),
    ("the joker card in that poker scene was the whole twist", []),
    ("my niece wants every barbie doll for christmas", []),
    ("That was a barbie pink set if I've ever seen one", []),
    ("that was a wicked twist, didn't see it coming", []),
    ("WICKED good popcorn at the drive-in tonight", []),
    ("the wicked witch still gives me nightmares", []),
    ("sinners and saints alike will hate this runtime", []),
    ("We're all SINNERS in the eyes of the box office", []),
    ("the weapons in John Wick are all real models", []),
    ("weapons of mass destruction was the plot of every 2003 action movie", []),
    ("WEAPONS DOWN, the cops yelled, and the movie cut to black", []),
    ("That smile at the end gave me chills", []),
    ("Made me SMILE so hard my face hurt", []),
    ("smile and nod whenever my dad explains the plot", []),
    ("Don't fall into the trap of watching every sequel", []),
    ("trap music in every trailer is getting old", []),
    ("I wish they'd stop releasing everything on Fridays", []),
    ("I WISH I could see it for the first time again", []),
    ("the flow of the second act is completely off", []),
    ("FLOW is everything in an action scene", []),
    ("bottoms up, the sequel is finally out", []),
    ("bell bottoms and disco, the costume design was perfect", []),
    ("the bottoms of my shoes are still sticky from that theater floor", []),
    ("the challengers for best picture this year are weak", []),
    ("found a daddy longlegs in my popcorn bucket", []),
    ("tongue twisters in the dialogue made the accents hard to follow", []),
    ("Captain America: Civil War is the best MCU movie", []),
    ("My grandpa loves American Civil War documentaries", []),
    ("the civil war in that country is a tragedy", []),
    ("this sub is a CIVIL WAR every time someone mentions Nolan", []),
    ("the flash went off during the quiet scene and the whole row turned around", []),
    ("Turn off the flash, you're in a theater!!", []),
    ("THE FLASH ON YOUR PHONE IS NOT NEEDED IN A CINEMA", []),
    ("in a flash the whole summer was over", []),
    ("poor things, the extras had to stand in the rain for 12 hours", []),
    ("POOR THINGS, THE EXTRAS HAD TO STAND IN THE RAIN FOR 12 HOURS", []),
    ("those poor things in the animal shelter scene broke me", []),
    ("in one of my past lives I must have worked at a Blockbuster", []),
    ("do you believe in past lives? my aunt swears she was a nun", []),
    ("talk to me when they release the extended cut", []),
    ("TALK TO ME ABOUT THE SOUND DESIGN BECAUSE WOW", []),
    ("turned my hoodie inside out in the dark", []),
    ("speak no evil, hear no evil, see no evil", []),
    ("all style, no substance, like most trailers these days", []),
    ("the substance of the script was thin", []),
    ("those were perfect days, summer blockbusters and cheap tickets", []),
    ("the lead was a complete unknown before this", []),
    ("he's the fall guy for the studio's bad decisions", []),
    ("fast cars and loud explosions, x marks the spot", []),
    ("the pacing was fast, way too fast", []),
    ("I heard a scream from the back row during the trailer", []),
    ("sometimes you just want to leave the world behind for two hours", []),
    ("the zone of interest for the studio is clearly the China market", []),
    ("good vs evil is the oldest story there is", []),
    ("fast vs slow cinema is a fake debate", []),
]

QWERTY = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _neighbours() -> dict[str, str]:
    pos = {c: (r, i) for r, row in enumerate(QWERTY) for i, c in enumerate(row)}
    out: dict[str, str] = {}
    for c, (r, i) in pos.items():
        near = []
        for rr in (r - 1, r, r + 1):
            for ii in (i - 1, i, i + 1):
                if (rr, ii) != (r, i) and 0 <= rr < 3 and 0 <= ii < len(QWERTY[rr]):
                    near.append(QWERTY[rr][ii])
        out[c] = "".join(near)
    return out


NEAR = _neighbours()


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text)


def _ascii(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# --------------------------------------------------------------------------------------------------
# Sources
# --------------------------------------------------------------------------------------------------
def old_rows() -> list[dict[str, Any]]:
    return base.build()[1]


def _title_pattern(title: str) -> re.Pattern[str]:
    words = _words(_ascii(title))
    if len(words) > 1 and words[0].lower() in {"the", "a", "an"}:
        head = r"(?:(?:the|a|an)\W+)?"
        words = words[1:]
    else:
        head = ""
    body = r"[\W_]*".join(re.escape(w) for w in words)
    return re.compile(rf"(?<![\w#]){head}{body}(?!\w)", re.IGNORECASE)


def old_frames() -> list[tuple[str, str]]:
    """``(frame, source)``: single-movie positives of the first set with the title cut out (``{}``)."""
    by_id = {v[0]: k for k, v in CATALOGUE.items()}
    frames = []
    for row in old_rows():
        if row["kind"] != "positive" or len(row["movies"]) != 1:
            continue
        key = by_id[row["movies"][0]]
        text = _ascii(row["text"])
        found = list(_title_pattern(CATALOGUE[key][1]).finditer(text))
        if len(found) != 1 or "{" in text or "}" in text:
            continue  # a nickname ("gotg 3") or several mentions: no clean slot
        s, e = found[0].span()
        frames.append((text[:s] + "{}" + text[e:], "old"))
    return frames


ISSUE_FRAMES = [
    "Honestly {} was something else.",
    "honestly {} was something else, can't stop thinking about it",
    "Just saw {}.",
    "just saw {} and I need to talk about it",
]


def vader_sentences() -> tuple[list[str], list[str]]:
    """``(frames, others)`` from the example sentences inside the installed vaderSentiment package."""
    spec = importlib.util.find_spec("vaderSentiment.vaderSentiment")
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in {"sentences", "tricky_sentences"} for t in node.targets
        ):
            if isinstance(node.value, ast.List):
                found += [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
    frames, others = [], []
    for s in found:
        for name in ("Roger Dodger", "VADER", "The book"):
            if name in s:
                frames.append(s.replace(name, "{}", 1))
                break
        else:
            others.append(s)
    return sorted(set(frames), key=frames.index), sorted(set(others), key=others.index)


_PKG_WORDS = re.compile(
    r"\b(it|up|here|us|her|air|flow|fast|trap|wish|smile|nope|flash|weapons|joker|scream|substance)\b",
    re.IGNORECASE,
)


def extract_package_sentences(limit_per_word: int = 25) -> list[dict[str, str]]:
    """Sentences with ordinary title words from the descriptions of the installed packages."""
    rng = random.Random(SEED + ":pkg")
    per_word: dict[str, list[dict[str, str]]] = {}
    seen: set[str] = set()
    for dist in sorted(importlib.metadata.distributions(), key=lambda d: d.metadata["Name"] or ""):
        name = dist.metadata["Name"] or ""
        if name.lower() == "trendscope":
            continue
        body = dist.metadata.get_payload() or dist.metadata.get("Description") or ""  # type: ignore[attr-defined]
        body = re.sub(r"\s+", " ", str(body))
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", body):
            s = s.strip()
            if not 5 <= len(s.split()) <= 35 or s in seen or not s[:1].isupper() or s[-1] not in ".!?":
                continue
            if re.search(r"[`=<>{}\[\]|\\/_#@$~^*]|::|\(\)|http|\.\w+\(", s):
                continue  # code, markup or links
            m = _PKG_WORDS.search(s)
            if m:
                seen.add(s)
                per_word.setdefault(m.group(1).lower(), []).append(
                    {"text": s, "source": f"pkg:{name}=={dist.version}"}
                )
    out = []
    for word in sorted(per_word):
        rows = per_word[word]
        rng.shuffle(rows)
        out += rows[:limit_per_word]
    return out


def package_sentences() -> list[dict[str, str]]:
    with (DATA / "package_sentences.jsonl").open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


# --------------------------------------------------------------------------------------------------
# Title forms
# --------------------------------------------------------------------------------------------------
def hashtag(title: str, rng: random.Random) -> str:
    words = _words(_ascii(title))
    if rng.random() < 0.5:
        return "#" + "".join(w[:1].upper() + w[1:] for w in words)
    return "#" + "".join(words).lower()


def misspell(title: str, rng: random.Random) -> str | None:
    """The title with one edit in its longest word, or None when no edit gives a non-word."""
    from wordfreq import zipf_frequency

    words = _words(title)
    target = max(words, key=len)
    if len(target) < 4 or not target.isalpha():
        return None
    for _ in range(50):
        k = rng.randrange(1, len(target))
        op = rng.choice(["swap", "delete", "double", "substitute", "insert"])
        low = target[k].lower()
        if op == "swap" and k + 1 < len(target) and target[k] != target[k + 1]:
            typo = target[:k] + target[k + 1] + target[k] + target[k + 2 :]
        elif op == "delete":
            typo = target[:k] + target[k + 1 :]
        elif op == "double":
            typo = target[: k + 1] + target[k] + target[k + 1 :]
        elif op == "substitute" and low in NEAR:
            typo = target[:k] + rng.choice(NEAR[low]) + target[k + 1 :]
        elif op == "insert" and low in NEAR:
            typo = target[:k] + rng.choice(NEAR[low]) + target[k:]
        else:
            continue
        if typo.lower() != target.lower() and zipf_frequency(typo, "en") < 2.5:
            return title.replace(target, typo, 1)
    return None


def _fill(frame: str, written: str) -> str:
    text = frame.replace("{}", written, 1)
    return text[:1].upper() + text[1:] if frame.startswith("{}") and written[:1].isalpha() else text


# --------------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------------
def build() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Return ``(catalogue, labelled)`` as JSON-ready rows."""
    rng = random.Random(SEED)
    catalogue = [
        {"id": i, "title": t, "original_title": o, "class": title_class(k)}
        for k, (i, t, o) in CATALOGUE.items()
    ]
    vader_frames, vader_other = vader_sentences()
    frames = old_frames() + [(f, "issue") for f in ISSUE_FRAMES] + [(f, "vader") for f in vader_frames]
    mid_frames = [f for f in frames if not f[0].startswith("{}")]
    initial_frames = [f for f in frames if f[0].startswith("{}")]
    cue_frames = [f for f in frames if re.search(r"\b(saw|watched|seen|see|watch)\s+\{\}", f[0], re.I)]
    rows: list[dict[str, Any]] = []

    def add(text: str, keys: list[str], kind: str, form: str, source: str, movie_sub: float) -> None:
        sub = rng.choice(MOVIE_SUBS) if rng.random() < movie_sub else rng.choice(OTHER_SUBS)
        ids = sorted({CATALOGUE[k][0] for k in keys})
        rows.append(
            {"text": text, "movies": ids, "kind": kind, "form": form, "subreddit": sub, "source": source}
        )

    def positive(text: str, keys: list[str], form: str, source: str) -> None:
        add(text, keys, "positive", form, source, 0.75)

    for key, (_, title, _) in CATALOGUE.items():
        function = key in FUNCTION_WORDS
        for _ in range(2):
            frame, src = rng.choice(mid_frames)
            positive(_fill(frame, title), [key], "title", src)
            frame, src = rng.choice(mid_frames)
            positive(
                _fill(frame, f'"{title}"' if rng.random() < 0.5 else f"{title} ({YEAR[key]})"),
                [key],
                "quote_or_year",
                src,
            )
            frame, src = rng.choice(mid_frames)
            positive(_fill(frame, hashtag(title, rng)), [key], "hashtag", src)
            frame, src = rng.choice(cue_frames)
            positive(_fill(frame, title if function else title.lower()), [key], "cue", src)
            if not function or key in {"up", "her", "here"}:
                frame, src = rng.choice(mid_frames)
                positive(_fill(frame, title.upper()), [key], "caps", src)
            if function:
                continue
            frame, src = rng.choice(mid_frames)
            positive(_fill(frame, title.lower()), [key], "lower", src)
            frame, src = rng.choice(frames)
            positive(_fill(frame, title).lower(), [key], "comment_lower", src)
            frame, src = rng.choice(frames)
            positive(_fill(frame, title).upper(), [key], "comment_caps", src)
            frame, src = rng.choice(initial_frames)
            positive(
                frame.replace("{}", title if rng.random() < 0.5 else title.lower(), 1), [key], "initial", src
            )
            written = title.lower() if rng.random() < 0.5 else title.upper()
            positive(f"{written} {written} {written}!!!", [key], "repeated", "issue")
        if sum(c.isalnum() for c in title) >= 8:
            for _ in range(2):
                typo = misspell(title, rng)
                if typo is not None:
                    frame, src = rng.choice(mid_frames)
                    positive(
                        _fill(frame, typo if rng.random() < 0.5 else typo.lower()), [key], "misspelled", src
                    )

    # "X vs Y: ...": the tail is a real sentence (vader examples, plain negatives of the first set).
    tails = [s for s in vader_other] + [r["text"] for r in old_rows() if r["kind"] == "plain_negative"]
    keys = [k for k in CATALOGUE if k not in FUNCTION_WORDS]
    for _ in range(150):
        a, b = rng.sample(keys, 2)
        case = rng.choice([str.lower, str.upper, lambda s: s])
        tail = rng.choice(tails)
        positive(
            f"{case(CATALOGUE[a][1])} vs {case(CATALOGUE[b][1])}: {tail[:1].lower() + tail[1:]}",
            [a, b],
            "vs",
            "issue",
        )
    for key in sorted(FUNCTION_WORDS):
        for _ in range(2):
            other = rng.choice(keys)
            positive(
                f"{CATALOGUE[key][1]} vs {CATALOGUE[other][1]}: {rng.choice(tails)}",
                [key, other],
                "vs",
                "issue",
            )

    # Negatives (labels: the films named on purpose, e.g. "Joker (2019)" once Joker is in the catalogue).
    relabel = {"Joker (2019) won Joaquin the oscar and I still think it's overrated": ["joker"]}
    by_id = {v[0]: k for k, v in CATALOGUE.items()}
    for row in old_rows():
        if row["kind"] == "positive":
            continue
        keys_ = relabel.get(row["text"], [by_id[i] for i in row["movies"]])
        kind = "positive" if keys_ else row["kind"]
        for form, text in (
            ("as_written", row["text"]),
            ("comment_lower", row["text"].lower()),
            ("comment_caps", row["text"].upper()),
        ):
            add(text, keys_, kind, form, "old", 0.5)
    for text, keys_ in ORDINARY_USES:
        kind = "positive" if keys_ else "hard_negative"
        for form, variant in (
            ("as_written", text),
            ("comment_lower", text.lower()),
            ("comment_caps", text.upper()),
        ):
            add(variant, keys_, kind, form, "usage", 0.5)
    for s in package_sentences():
        add(s["text"], [], "hard_negative", "as_written", s["source"], 0.5)
        add(s["text"].lower(), [], "hard_negative", "comment_lower", s["source"], 0.5)
    for s in vader_other:
        add(s, [], "plain_negative", "as_written", "vader", 0.5)

    seen: set[str] = set()
    labelled = []
    for row in rows:
        if row["text"] not in seen:
            seen.add(row["text"])
            labelled.append(row)
    return catalogue, labelled


def main(argv: list[str] | None = None) -> None:
    """Write the data files (``--extract``: refresh the package sentences first)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--extract", action="store_true", help="re-extract tests/data/package_sentences.jsonl"
    )
    args = parser.parse_args(argv)
    if args.extract:
        with (DATA / "package_sentences.jsonl").open("w", encoding="utf-8") as f:
            for row in extract_package_sentences():
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    catalogue, labelled = build()
    (DATA / "catalogue_hard.json").write_text(json.dumps(catalogue, ensure_ascii=False, indent=1) + "\n")
    with (DATA / "labelled_comments_hard.jsonl").open("w", encoding="utf-8") as f:
        for row in labelled:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_pos = sum(r["kind"] == "positive" for r in labelled)
    print(f"{len(catalogue)} movies, {len(labelled)} comments ({n_pos} positive)", file=sys.stderr)


if __name__ == "__main__":
    main()
