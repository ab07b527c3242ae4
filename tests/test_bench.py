"""The benches run, and the matching bench finds in its texts what a reader of its table expects."""

from __future__ import annotations

import pytest

from bench import matching


def test_bench_matching_prints_every_case(capsys: pytest.CaptureFixture[str]) -> None:
    matching.main(["--repeat", "1"])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("title matching, 277 films")
    rows = {" ".join(words[:-4]): words[-4:] for words in (line.split() for line in lines[2:])}
    names = [name for name, _ in matching.worst_cases(["Air"], "x")]
    assert set(names) < set(rows)
    for name in names:
        chars, _hits, _found, ms = rows[name]
        assert chars == "10,000", name
        assert float(ms) > 0
    assert rows["every title, a numbered list"][2] == "277"  # every film, in a list of every film
    assert rows["one stop-word title: 'Here Here'"][2] == "1"
    assert rows["shouted: 'HERE HERE'"][2] == "0"  # a comment in capitals says nothing by them
    assert int(rows["ordinary comments"][2]) > 10
    assert rows["1 MB of 'Here ' (first MAX_CHARS only)"][:3] == ["1,000,000", "4,000", "1"]
