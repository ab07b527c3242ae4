"""Precision, recall and cost of a title matcher on the labelled sets.

``python tests/text/score_matcher.py [--matcher path/to/matcher.py]`` prints precision and recall per
title class on ``labelled_comments.jsonl`` and ``labelled_comments_hard.jsonl`` and the matching cost
in µs per comment (best of 5) on the first set plus 20,000 comments of the sample generator. Passing
another copy of ``matcher.py`` (e.g. the one of an older commit, ``git show REV:path > /tmp/old.py``)
measures it the same way, for before/after figures. The tests import the scoring functions from here.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent.parent / "data"
CLASSES = ("distinctive", "phrase", "ordinary")


def load_rows(name: str) -> list[dict[str, Any]]:
    with (DATA / name).open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def hard_catalogue() -> list[dict[str, Any]]:
    return json.loads((DATA / "catalogue_hard.json").read_text(encoding="utf-8"))


def titles_of(catalogue: Iterable[dict[str, Any]]) -> dict[int, list[str]]:
    return {c["id"]: [c["title"], c["original_title"]] for c in catalogue}


class Counts:
    """True positives, false positives and false negatives, with precision and recall."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def __str__(self) -> str:
        return f"P={self.precision:.3f} R={self.recall:.3f} (tp={self.tp} fp={self.fp} fn={self.fn})"


def matcher_call(matcher: Any) -> Callable[[dict[str, Any]], tuple[int, ...]]:
    """``row -> ids``, passing the row's subreddit when the matcher takes one."""
    if "subreddit" in inspect.signature(matcher.match).parameters:
        return lambda row: matcher.match(row["text"], subreddit=row.get("subreddit"))
    return lambda row: matcher.match(row["text"])


def score(
    matcher: Any, rows: list[dict[str, Any]], classes: dict[int, str]
) -> tuple[Counts, dict[str, Counts], dict[int, Counts], list[tuple[dict[str, Any], set[int], set[int]]]]:
    """``(overall, per class, per movie, errors)``; an error is ``(row, false positives, misses)``."""
    call = matcher_call(matcher)
    overall, per_class, per_movie = Counts(), defaultdict(Counts), defaultdict(Counts)
    errors = []
    for row in rows:
        got, gold = set(call(row)), set(row["movies"])
        for movie in got | gold:
            counts = (overall, per_class[classes[movie]], per_movie[movie])
            for c in counts:
                if movie in got and movie in gold:
                    c.tp += 1
                elif movie in got:
                    c.fp += 1
                else:
                    c.fn += 1
        if got != gold:
            errors.append((row, got - gold, gold - got))
    return overall, dict(per_class), dict(per_movie), errors


def report(matcher: Any, rows: list[dict[str, Any]], classes: dict[int, str], name: str) -> str:
    overall, per_class, _, _ = score(matcher, rows, classes)
    lines = [f"{name}: {len(rows)} comments, overall {overall}"]
    lines += [f"  {c:<11} {per_class[c]}" for c in CLASSES if c in per_class]
    return "\n".join(lines)


def timing(matcher: Any, rows: list[dict[str, Any]], repeat: int = 5) -> float:
    """Best-of-``repeat`` CPU µs per comment of ``match`` over ``rows``."""
    call = matcher_call(matcher)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()  # CPU time: the machine is shared
        for row in rows:
            call(row)
        best = min(best, time.process_time() - t0)
    return best / len(rows) * 1e6


def sample_rows(n: int = 20_000) -> tuple[list[dict[str, Any]], dict[int, list[str]]]:
    """``n`` comments of the sample generator and its catalogue."""
    from trendscope_app.datasets.sample import SampleSpec, build_world, iter_comments

    spec = SampleSpec(n_comments=n)
    world = build_world(spec)
    rows = [
        {"text": c.record["body"], "subreddit": c.record["subreddit"]} for c in iter_comments(spec, world)
    ]
    return rows, {m.id: [m.title, m.original_title] for m in world.movies}


def load_matcher_module(path: str | None, name: str = "matcher_under_test") -> Any:
    """The package's matcher module, or the one in file ``path``."""
    if path is None:
        from trendscope_app.text import matcher

        return matcher
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--matcher", help="a matcher.py to measure instead of the package's")
    parser.add_argument("--errors", action="store_true", help="print the wrong rows of the hard set")
    parser.add_argument(
        "--baseline",
        help="another matcher.py to time in alternation with this one (the machine's speed drifts)",
    )
    args = parser.parse_args(argv)
    module = load_matcher_module(args.matcher)
    catalogue = hard_catalogue()
    classes = {c["id"]: c["class"] for c in catalogue}
    old_catalogue = json.loads((DATA / "catalogue.json").read_text(encoding="utf-8"))
    old = module.TitleMatcher(titles_of(old_catalogue))
    hard = module.TitleMatcher(titles_of(catalogue))
    old_rows, hard_rows = load_rows("labelled_comments.jsonl"), load_rows("labelled_comments_hard.jsonl")
    print(report(old, old_rows, classes, "labelled_comments.jsonl"))
    print(report(hard, hard_rows, classes, "labelled_comments_hard.jsonl"))
    if args.errors:
        for row, fp, fn in score(hard, hard_rows, classes)[3]:
            print(
                f"  fp={sorted(fp)} fn={sorted(fn)} [{row['form']}/{row['subreddit']}] {row['text'][:140]!r}"
            )
    samples, sample_titles = sample_rows()
    modules = {"this": module}
    if args.baseline:
        modules["baseline"] = load_matcher_module(args.baseline, "baseline_matcher")
    built = {
        name: (mod.TitleMatcher(titles_of(old_catalogue)), mod.TitleMatcher(sample_titles))
        for name, mod in modules.items()
    }
    best: dict[tuple[str, str], float] = defaultdict(lambda: float("inf"))
    for _ in range(15):  # alternate, so that both see the same drift of a shared machine
        for name, (on_old, on_sample) in built.items():
            best[name, "old"] = min(best[name, "old"], timing(on_old, old_rows, repeat=1))
            best[name, "sample"] = min(best[name, "sample"], timing(on_sample, samples, repeat=1))
    n_old, n_sample = len(old_rows), len(samples)
    for name in built:
        both = (best[name, "old"] * n_old + best[name, "sample"] * n_sample) / (n_old + n_sample)
        print(
            f"µs/comment ({name}): labelled set {best[name, 'old']:.2f}, "
            f"sample ({n_sample} comments) {best[name, 'sample']:.2f}, both {both:.2f}"
        )


if __name__ == "__main__":
    main()
