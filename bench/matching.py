"""Title-matching worst cases: the time of single texts dense with titles.

``python -m bench.matching`` builds one :class:`~trendscope_app.text.matcher.TitleMatcher` from the sample
catalogue (277 films, "Here", "Air", "Flow", "Wicked" and "Civil War" among them) and prints, from this run on
this machine, the best of ``--repeat`` times of :meth:`~trendscope_app.text.matcher.TitleMatcher.match` on
10,000-character texts of each costly shape (every word a title, the same title at every sentence start,
shouted, in lists, every title of the catalogue) beside ordinary comments of the same length, then a 1 MB
body (searched in its first ``MAX_CHARS`` characters). The matcher judges a hit in its context at ~45 µs;
the counts of hits and of the movies found show what each text asks of it.
"""

from __future__ import annotations

import argparse

from bench.sentiment import _cycle, best_of
from trendscope_app.datasets.catalogue import CATALOGUE
from trendscope_app.datasets.sample import SampleSpec, iter_comments
from trendscope_app.text.matcher import TitleMatcher

CHARS = 10_000


def worst_cases(titles: list[str], ordinary: str) -> list[tuple[str, str]]:
    """Named texts of :data:`CHARS` characters: ordinary comments, then the shapes that cost most."""
    every = "".join(f"{k}. {t}\n" for k, t in enumerate(titles, 1))
    return [
        ("ordinary comments", _cycle(ordinary, CHARS)),
        ("one stop-word title: 'Here Here'", _cycle("Here ", CHARS)),
        ("at every sentence start: 'Here is.'", _cycle("Here is. ", CHARS)),
        ("shouted: 'HERE HERE'", _cycle("HERE ", CHARS)),
        ("two titles in turn: 'Air and Flow.'", _cycle("Air and Flow. ", CHARS)),
        ("one word title lowercase: 'wicked'", _cycle("wicked ", CHARS)),
        ("phrase title, capitals: 'Civil War!'", _cycle("Civil War! ", CHARS)),
        ("lowercase list: 'trap, flow, air'", _cycle("trap, flow, air, here, ", CHARS)),
        ("every title, a numbered list", _cycle(every, CHARS)),
        ("every title, lowercase, commas", _cycle(", ".join(titles).lower() + ", ", CHARS)),
    ]


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per measurement (best is kept)")
    args = parser.parse_args(argv)

    titles = [movie.title for movie in CATALOGUE]
    matcher = TitleMatcher({movie.id: [movie.title, movie.original_title] for movie in CATALOGUE})
    ordinary = " ".join(c.record["body"] for c in iter_comments(SampleSpec(n_comments=300)))
    print(f"title matching, {len(matcher)} films; ms per text, best of {args.repeat} runs")
    print(f"  {'text':40s} {'chars':>9s} {'hits':>6s} {'found':>6s} {'ms':>8s}")
    cases = worst_cases(titles, ordinary)
    cases.append(("1 MB of 'Here ' (first MAX_CHARS only)", _cycle("Here ", 1_000_000)))
    for name, text in cases:
        found = matcher.match(text)
        hits = len(matcher.explain(text))
        ms = best_of(args.repeat, lambda text=text: matcher.match(text)) * 1e3
        print(f"  {name:40s} {len(text):9,d} {hits:6,d} {len(found):6d} {ms:8.1f}")


if __name__ == "__main__":
    main()
