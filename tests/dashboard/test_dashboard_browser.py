"""The dashboard in a real headless Chromium against a real worker on the embedded broker.

The page is loaded before any data exists and must update itself (no reload) until it shows exactly the
replay's top movies of the last *complete* window (the windows after the newest event are partial), as
computed by the independent oracle, and a chart of the selected movie's TrendScores with the partial
windows drawn apart. Screenshots go to ``artifacts/`` (gitignored).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import urllib.request
from pathlib import Path

import pytest

from tests.dashboard.cdp import Browser, Page
from tests.support import ROOT, expected_trends, http_json, spawn, wait_until
from trendscope_app.cli.commands import run_replay
from trendscope_app.datasets.sample import SampleSpec, generate, write_jsonl
from trendscope_app.settings import load_settings
from trendscope_app.web.views import iso

pytestmark = pytest.mark.e2e

ARTIFACTS = ROOT / "artifacts"
TOP_N = 10
# One refresh a second keeps the waits short; the default is every 3 s.
QUERY = "?refresh=1"

ROWS_JS = """[...document.querySelectorAll('#top-body tr[data-movie-id]')].map(r => ({
  id: Number(r.dataset.movieId),
  title: r.querySelector('.title').textContent,
  score: r.querySelector('.score').textContent,
  mentions: r.querySelector('.mentions').textContent,
  forecast: r.querySelector('.forecast').textContent.trim(),
  direction: r.querySelector('.forecast').dataset.direction || null,
}))"""

CHART_JS = """(() => {
  const actual = document.querySelector('#chart svg path.series-actual');
  const forecast = document.querySelector('#chart svg path.series-forecast');
  return {
    heading: document.getElementById('chart-heading').textContent,
    actualPoints: actual ? Number(actual.dataset.points) : 0,
    actualD: actual ? (actual.getAttribute('d').match(/[ML]/g) || []).length : 0,
    forecastPoints: forecast ? Number(forecast.dataset.points) : 0,
    next: !!document.querySelector('#chart svg circle.dot-next'),
    partialPoints: (p => p ? Number(p.dataset.points) : 0)(document.querySelector('#chart svg path.series-partial')),
    partialDots: [...document.querySelectorAll('#chart svg circle.dot-partial')].map(c => c.dataset.t),
    note: document.getElementById('chart-note').textContent,
    rows: Object.fromEntries([...document.querySelectorAll('#chart-table tbody tr')].map(
      r => [r.dataset.t, [...r.cells].slice(1).map(c => c.textContent)])),
  };
})()"""


# Visible text whose contrast against its nearest opaque background is below WCAG AA (4.5:1, 3:1 if large).
LOW_CONTRAST_JS = """(() => {
  const parse = (c) => { const p = (c.match(/rgba?\\(([^)]+)\\)/) || [, ""])[1].split(/[\\s,\\/]+/).filter(Boolean).map(Number);
    return p.length >= 3 ? { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 } : null; };
  const lum = ({ r, g, b }) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
  const bad = [];
  const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walk.nextNode()) {
    const el = walk.currentNode.parentElement;
    if (!walk.currentNode.textContent.trim() || el.closest('.sr-only, .skip, svg, noscript, [hidden]')) continue;
    const st = getComputedStyle(el);
    if (st.display === 'none' || st.visibility === 'hidden' || !el.getBoundingClientRect().width) continue;
    const [l1, l2] = [lum(parse(st.color)), lum(background(el))];
    const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    const size = parseFloat(st.fontSize), large = size >= 24 || (size >= 18.66 && Number(st.fontWeight) >= 700);
    if (ratio < (large ? 3 : 4.5)) bad.push(walk.currentNode.textContent.trim().slice(0, 40) + ' ' + ratio.toFixed(2));
  }
  return bad;
})()"""


def epoch(stamp: str) -> float:
    return dt.datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC).timestamp()


def _no_page_errors(page: Page) -> None:
    assert not page.exceptions, f"JavaScript errors on the page: {page.exceptions}"
    assert not page.security_errors, f"security (CSP) errors on the page: {page.security_errors}"


async def test_dashboard_shows_the_replays_top_movies_and_chart(
    broker, workers, tmp_path: Path, browser: Browser
) -> None:
    spec = SampleSpec(n_comments=4000, n_movies=15, duration_s=1200.0, seed=23, hard_titles=False)
    comments, snapshots, truth = generate(spec)
    write_jsonl(tmp_path / "comments.jsonl", comments)
    write_jsonl(tmp_path / "tmdb.jsonl", snapshots)
    w = spawn(workers, broker, tmp_path, "w1")
    w.wait_ready()

    # The page is plain files from the package with a strict content security policy.
    with urllib.request.urlopen(f"{w.url}/", timeout=5) as r:
        assert r.headers["Content-Type"].startswith("text/html")
        assert "script-src 'self'" in r.headers["Content-Security-Policy"]
        assert b'src="static/app.js"' in r.read()
    assert http_json(f"{w.url}/static/nope.js")[0] == 404
    assert http_json(f"{w.url}/static/..%2Ffactory.py")[0] == 404

    page = await browser.new_page(1280, 900)
    await page.goto(f"{w.url}/{QUERY}")
    await page.wait_for("document.body.dataset.state === 'empty'", 20, "the empty state before the replay")

    s = load_settings(_env_file=None, topic_partitions=4)
    await run_replay(
        s, broker.bootstrap, tmp_path / "comments.jsonl", tmp_path / "tmdb.jsonl", speed=0, web_urls=[w.url]
    )

    expected = expected_trends(comments, snapshots, truth)
    # A window is complete when the input went past its end; the ones after the newest event are partial.
    newest_event = max([c["created_utc"] for c in comments] + [sn["fetched_at"] for sn in snapshots])
    complete = {key for key in expected if key[1] <= newest_event}
    assert len(complete) < len(expected), "the replay should end with partial windows"
    last_end = max(end for _, end in complete)
    top = sorted(
        (e for e in expected.values() if e.window_end == last_end), key=lambda e: (-e.trend_score, e.movie_id)
    )
    want = top[:TOP_N]
    titles = {sn["id"]: sn["title"] for sn in snapshots}
    want_rows = [(e.movie_id, titles[e.movie_id], f"{e.trend_score:.1f}", f"{e.mentions:,}") for e in want]

    # The page updates itself until its rows are the oracle's top movies of the last window.
    await page.wait_for(
        f"({ROWS_JS}).map(r => [r.id, r.title, r.score, r.mentions])",
        60,
        f"the top {TOP_N} of the last complete window: {want_rows}",
        check=lambda got: [tuple(r) for r in got] == want_rows,
    )
    # Not the empty tail of the replay: the movies mentioned in that window show their mentions.
    assert sum(e.mentions for e in want) > 0 and all(
        row[3] != "0" for row, e in zip(want_rows, want, strict=True) if e.mentions
    )
    label = await page.eval("document.getElementById('window-label').textContent")
    assert "last complete window" in label and f"{dt.datetime.fromtimestamp(last_end, dt.UTC):%H:%M}" in label
    await page.wait_for(
        "document.getElementById('input-state').textContent",
        20,
        "the input stated as finished",
        check=lambda text: "finished" in text,
    )

    # Forecast cells mirror the API: a value and a direction when the worker has a forecast, a dash otherwise.
    # Forecasts may still be arriving, so compare the page with a fresh answer until both agree.
    def cells_match_api(rows: list[dict]) -> bool:
        status, api_top = http_json(f"{w.url}/trends/top?limit={TOP_N}")
        if status != 200 or [t["movie_id"] for t in api_top["trends"]] != [r["id"] for r in rows]:
            return False
        for row, t in zip(rows, api_top["trends"], strict=True):
            f = t.get("forecast")
            if f and f.get("predicted") is not None:
                diff = f["predicted"] - t["trend_score"]
                word = (
                    "steady" if abs(diff) <= 0.005 * abs(t["trend_score"]) else "up" if diff > 0 else "down"
                )
                if not (row["forecast"].startswith(f"{f['predicted']:.1f}") and row["direction"] == word):
                    return False
            elif row["forecast"] != "—" or row["direction"] is not None:
                return False
        return True

    rows = await page.wait_for(ROWS_JS, 20, "forecast cells equal to the API's", check=cells_match_api)
    with_forecast = sum(1 for r in rows if r["direction"])

    # The chart shows the leader's TrendScores: one point per window the oracle has for it.
    leader = want[0]
    every_window = sorted(end for m, end in expected if m == leader.movie_id)
    leader_windows = [end for end in every_window if end <= newest_event]
    partial_windows = [end for end in every_window if end > newest_event]
    chart = await page.wait_for(
        CHART_JS,
        20,
        f"a chart of {titles[leader.movie_id]} with {len(leader_windows)} complete points and "
        f"{len(partial_windows)} partial ones",
        # The partial tail comes from the worker's open windows, which may lag the complete ones by a refresh.
        check=lambda c: (
            c["actualPoints"] == len(leader_windows)
            and c["partialDots"] == [str(end) for end in partial_windows]
        ),
    )
    assert titles[leader.movie_id] in chart["heading"]
    assert chart["actualD"] == len(leader_windows)
    # No partial window is drawn as complete: each is a hollow marker on the dotted tail, after the last
    # complete point of the solid line.
    assert chart["partialDots"] == [str(end) for end in partial_windows], chart["partialDots"]
    assert chart["partialPoints"] == len(partial_windows)
    # The chart's data table lists every window with its actual TrendScore (forecast, baseline beside it).
    for end in leader_windows:
        assert chart["rows"][str(end)][0] == f"{expected[(leader.movie_id, end)].trend_score:.1f}", end

    # Forecasts are overlaid whenever the worker serves them (issue 3): once the forecaster has caught up
    # with the last window, the chart shows every forecast within its span and the one for the next window.
    url = f"{w.url}/predictions/{leader.movie_id}?limit=120"
    status, preds = http_json(url)
    if status == 200:
        next_end = iso(last_end + 60)

        def caught_up() -> list[dict] | None:
            items = http_json(url)[1]["predictions"]
            return items if items and items[0]["target_window_end"] == next_end else None

        items = wait_until(caught_up, 30, f"a forecast for the window ending {next_end}")
        in_span = [p for p in items if p["target_window_end"] >= iso(leader_windows[0])]
        chart = await page.wait_for(
            CHART_JS,
            20,
            f"{len(in_span)} forecast points and the next-window marker",
            # After a finished replay there is no next window to mark: the last forecast targets a partial
            # window, which is never scored.
            check=lambda c: c["forecastPoints"] == len(in_span),
        )
        scored = [p for p in in_span if p["actual"] is not None]
        assert scored, "no forecast has been scored yet"
        for p in in_span:
            assert chart["rows"][str(int(epoch(p["target_window_end"])))][1] == f"{p['predicted']:.1f}", p
        print(f"\nchart: {chart['actualPoints']} actual points, {chart['forecastPoints']} forecast points")
    else:
        assert chart["forecastPoints"] == 0
        assert "Forecast" in chart["note"], chart
        print(f"\n/predictions/ answered {status} ({preds}): chart note {chart['note']!r}")
    print(f"{with_forecast} of {len(rows)} top movies carry a forecast")

    # Pipeline health comes from /metrics: every input message was counted.
    n_in = len(comments) + len(snapshots)
    await page.wait_for(
        f"document.getElementById('h-in').textContent === {json.dumps(f'{n_in:,}')}", 10, "the input count"
    )
    assert await page.eval("document.getElementById('h-late').textContent") == "0"
    assert await page.eval("document.getElementById('h-rate').textContent.endsWith('/s')")

    # The "Breaking out" list shows the API's breakouts (this sample has three, ended by the replay's end).
    status, api_breakouts = http_json(f"{w.url}/breakouts?limit=8")
    assert status == 200 and api_breakouts["breakouts"], "the sample's breakouts must be found"
    want_breakouts = sorted((b["movie_id"], b["title"], b["status"]) for b in api_breakouts["breakouts"])
    await page.wait_for(
        "[...document.querySelectorAll('#breakout-list li[data-movie-id]')].map(li => "
        "[Number(li.dataset.movieId), li.querySelector('button').textContent, li.dataset.status])",
        20,
        f"the breakout list {want_breakouts}",
        check=lambda got: sorted(tuple(x) for x in got) == want_breakouts,
    )

    # "Why it trends" shows the charted movie's newest window as the API explains it, subreddits counted
    # from the comments themselves.
    status, why = http_json(f"{w.url}/trends/{leader.movie_id}/why")
    assert status == 200 and why["subreddits"], why
    end = epoch(why["window_end"])
    inside = [
        c
        for c in comments
        if leader.movie_id in truth.get(c["id"], ()) and end - 300 <= c["created_utc"] < end
    ]
    counts: dict[str, int] = {}
    for c in inside:
        counts[c["subreddit"]] = counts.get(c["subreddit"], 0) + 1
    top_sub = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    assert (why["subreddits"][0]["subreddit"], why["subreddits"][0]["mentions"]) == top_sub
    # As the page rounds it (JavaScript's Math.round of the API's four-digit share).
    share = f"r/{top_sub[0]} {math.floor(round(top_sub[1] / len(inside), 4) * 100 + 0.5)} %"
    await page.wait_for(
        "document.getElementById('why').textContent",
        20,
        f"the why panel naming {share}",
        check=lambda text: share in text and f"{why['total']['value']:.1f}" in text,
    )
    links = await page.eval("[...document.querySelectorAll('#why a')].map(a => a.href)")
    assert links == [f"https://www.reddit.com{c['permalink']}" for c in why["comments"]]

    await page.screenshot(ARTIFACTS / "dashboard.png")

    # Accessibility: readable contrast in both colour schemes; the chart and the table are labelled.
    assert await page.eval(LOW_CONTRAST_JS) == []
    await page.send(
        "Emulation.setEmulatedMedia", features=[{"name": "prefers-color-scheme", "value": "dark"}]
    )
    assert await page.eval("matchMedia('(prefers-color-scheme: dark)').matches")
    assert await page.eval(LOW_CONTRAST_JS) == []
    await page.send("Emulation.setEmulatedMedia", features=[])
    assert await page.eval("document.querySelector('#chart svg').getAttribute('role')") == "img"
    assert titles[leader.movie_id] in await page.eval(
        "document.getElementById('chart-svg-title').textContent"
    )
    assert await page.eval("document.querySelector('#top-table caption').textContent")

    # Keyboard: Tab reaches the second movie's button and Enter charts it.
    second = want[1]
    for _ in range(12):
        await page.press("Tab")
        if await page.eval("document.activeElement?.dataset?.movieId") == str(second.movie_id):
            break
    else:
        raise AssertionError("Tab never reached the second movie's button")
    await page.press("Enter")
    second_windows = sum(1 for m, end in complete if m == second.movie_id)
    await page.wait_for(
        CHART_JS,
        15,
        "the chart of the movie selected with the keyboard",
        check=lambda c: titles[second.movie_id] in c["heading"] and c["actualPoints"] == second_windows,
    )
    assert await page.eval("location.hash") == f"#movie={second.movie_id}"
    assert (
        await page.eval(
            f"document.querySelector('button[data-movie-id=\"{second.movie_id}\"]').getAttribute('aria-pressed')"
        )
        == "true"
    )

    # Phone width: everything fits without horizontal scrolling, rows become cards.
    await page.viewport(390, 844, mobile=True)
    await page.wait_for("window.innerWidth === 390", 5, "the phone viewport")
    await page.wait_for(
        "document.querySelector('#chart svg') && Number(document.querySelector('#chart svg').getAttribute('width')) <= 390",
        5,
        "the chart redrawn for the phone width",
    )
    overflow = await page.eval(
        "({doc: document.documentElement.scrollWidth, body: document.body.scrollWidth, view: window.innerWidth,"
        " wide: [...document.querySelectorAll('main *')].filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5"
        " && !e.closest('.sr-only') && getComputedStyle(e).position !== 'absolute').map(e => e.tagName + '.' + e.className).slice(0, 5)})"
    )
    assert overflow["doc"] <= overflow["view"] and overflow["body"] <= overflow["view"], overflow
    assert not overflow["wide"], overflow
    assert await page.eval("getComputedStyle(document.querySelector('#top-body tr')).display") == "grid"
    await page.screenshot(ARTIFACTS / "dashboard-phone.png")
    _no_page_errors(page)


async def test_empty_state_and_unreachable_api_show_clear_messages(
    broker, workers, tmp_path: Path, browser: Browser
) -> None:
    w = spawn(workers, broker, tmp_path, "w1")
    w.wait_ready()
    page = await browser.new_page(1280, 800)
    await page.goto(f"{w.url}/{QUERY}")

    await page.wait_for("document.body.dataset.state === 'empty'", 20, "the empty state")
    banner = await page.eval("document.getElementById('banner').textContent")
    assert "No window has closed yet" in banner
    assert await page.eval("document.getElementById('banner').hidden") is False
    assert await page.eval("document.getElementById('banner').getAttribute('aria-live')") == "polite"
    assert "No window has closed yet" in await page.eval("document.getElementById('top-body').textContent")
    refreshes = int(await page.eval("document.body.dataset.refreshes"))
    await page.wait_for(f"Number(document.body.dataset.refreshes) > {refreshes}", 10, "another refresh")
    await page.screenshot(ARTIFACTS / "dashboard-empty.png")

    w.stop()
    await page.wait_for("document.body.dataset.state === 'unreachable'", 20, "the unreachable-API message")
    banner = await page.eval("document.getElementById('banner').textContent")
    assert "Cannot reach the TrendScope API" in banner and "Retrying" in banner, banner
    assert await page.eval("document.body.classList.contains('stale')")
    await page.screenshot(ARTIFACTS / "dashboard-unreachable.png")
    _no_page_errors(page)
