"""Sentiment micro-benchmark: stock vaderSentiment 3.3.2 against :mod:`trendscope_app.text.vader`.

``python -m bench.sentiment`` prints, from this run on this machine:

* µs per comment for stock VADER and for ours on the same sample comments (the generator's, with its long
  tail), after checking that every score is equal;
* the time of single worst-case texts: 3.3.2's quadratic cases, 10,000-character texts of each costly
  shape, and a 1 MB body, by :class:`~trendscope_app.text.vader.Vader` on the whole text and through
  :func:`trendscope_app.text.sentiment.compound` (what a worker runs: the first ``MAX_CHARS`` characters,
  at most ``MAX_SPELLED_CHARS`` once emoji are spelled out).

Times are the best of ``--repeat`` runs (the machine may be shared). ``--quick`` skips stock VADER on the
worst cases (the 2,000-emoji one alone takes seconds).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from trendscope_app.datasets.sample import SampleSpec, iter_comments
from trendscope_app.text.sentiment import MAX_CHARS, MAX_SPELLED_CHARS, compound
from trendscope_app.text.vader import Vader


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """Shortest wall time of ``repeat`` calls of ``fn``, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _cycle(pattern: str, n: int) -> str:
    return (pattern * (n // len(pattern) + 1))[:n]


def worst_cases(emoji: list[str]) -> list[tuple[str, str, bool]]:
    """``(name, text, run stock VADER too)``: 3.3.2's slow cases, then 10,000-character shapes."""
    rng = random.Random(1)
    rule_heavy = "🔞📵💓🙁🙂🚏🚭🙅😥😶⏳⛄🤣🈶👌🆗"
    return [
        ('"lol this movie" + 800 emoji', "lol this movie " + "😂" * 800, True),
        ('"lol this movie" + 2,000 emoji', "lol this movie " + "😂" * 2_000, True),
        ('"great movie! " * 700', "great movie! " * 700, True),
        ("10k: one emoji (😂)", "😂" * 10_000, False),
        ("10k: emoji with a booster (🙂)", "🙂" * 10_000, False),
        ("10k: emoji with 'no' (🔞)", "🔞" * 10_000, False),
        ("10k: random emoji", "".join(rng.choice(emoji) for _ in range(10_000)), False),
        ("10k: random rule-heavy emoji", "".join(rng.choice(rule_heavy) for _ in range(10_000)), False),
        ("10k: emoji glued to words", _cycle("x😂🔞y ", 10_000), False),
        ("10k: one word repeated", _cycle("great movie! ", 10_000), False),
        ("10k: 'no' repeated", _cycle("no ", 10_000), False),
        ("10k: 'but' and colliding values", _cycle("good great but GOOD bad worse ", 10_000), False),
        ("10k: one long word", "a" * 10_000, False),
        ("10k: punctuation run", "!?" * 5_000, False),
        ("10k: mixed scripts", _cycle("Привет ΑΣ 東京 mañana İstanbul good!! ", 10_000), False),
    ]


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=3_000, help="sample comments to score")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement (best is kept)")
    parser.add_argument("--quick", action="store_true", help="skip stock VADER on the worst cases")
    args = parser.parse_args(argv)

    stock = SentimentIntensityAnalyzer()
    ours = Vader(stock)
    texts = [c.record["body"] for c in iter_comments(SampleSpec(n_comments=args.comments))]
    differ = sum(ours.compound(t) != stock.polarity_scores(t)["compound"] for t in texts)
    mean_chars = sum(map(len, texts)) / len(texts)
    print(f"{len(texts)} sample comments, {mean_chars:.0f} characters on average; scores differing: {differ}")

    t_stock = best_of(args.repeat, lambda: [stock.polarity_scores(t) for t in texts]) / len(texts)
    t_ours = best_of(args.repeat, lambda: [ours.compound(t) for t in texts]) / len(texts)
    t_public = best_of(args.repeat, lambda: [compound(t) for t in texts]) / len(texts)
    print(f"  stock vaderSentiment 3.3.2   {t_stock * 1e6:8.1f} µs/comment")
    print(f"  Vader.compound               {t_ours * 1e6:8.1f} µs/comment   ({t_stock / t_ours:.1f}x)")
    print(f"  sentiment.compound           {t_public * 1e6:8.1f} µs/comment   ({t_stock / t_public:.1f}x)")

    print("\nworst cases (ms, best of runs; stock only where it finishes in seconds; Vader.compound scores")
    print(f"the whole text; sentiment.compound as a worker: {MAX_SPELLED_CHARS:,} characters spelled out)")
    print(f"  {'text':36s} {'chars':>9s} {'stock':>9s} {'Vader':>9s} {'capped':>9s}")
    emoji = sorted(e for e in stock.emojis if len(e) == 1)
    for name, text, with_stock in worst_cases(emoji):
        ours.compound(text)  # fill the token caches, as in a running worker
        ms = best_of(args.repeat, lambda text=text: ours.compound(text)) * 1e3
        capped = best_of(args.repeat, lambda text=text: compound(text)) * 1e3
        if with_stock and not args.quick:
            stock_ms = f"{best_of(1, lambda text=text: stock.polarity_scores(text)) * 1e3:9.0f}"
        else:
            stock_ms = f"{'-':>9s}"
        print(f"  {name:36s} {len(text):9,d} {stock_ms} {ms:9.2f} {capped:9.2f}")

    print(f"\n1 MB bodies (sentiment.compound scores the first {MAX_CHARS:,} characters; Vader.compound all)")
    for name, body in [
        ("emoji with 'no' (🔞)", "🔞" * 1_000_000),
        ("great movie!", _cycle("great movie! ", 1_000_000)),
    ]:
        capped = best_of(args.repeat, lambda body=body: compound(body)) * 1e3
        whole = best_of(1, lambda body=body: ours.compound(body)) * 1e3
        print(f"  {name:36s} capped {capped:8.1f} ms   uncapped {whole:8.0f} ms")


if __name__ == "__main__":
    main()
