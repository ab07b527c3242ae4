// TrendScope dashboard. Plain JavaScript, no dependencies, no build step.
// Reads only the worker's JSON lookups and /metrics, relative to the page, so any worker can serve it.
// Query parameters: refresh (seconds, 1..60, default 3), limit (top N, 1..50, default 10),
// history (windows charted, 2..1000, default 120). The selected movie lives in the hash: #movie=603.
"use strict";

(() => {
  const params = new URLSearchParams(location.search);
  const intParam = (name, lo, hi, fallback) => {
    const n = Number.parseInt(params.get(name) ?? "", 10);
    return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
  };
  const REFRESH_MS = intParam("refresh", 1, 60, 3) * 1000;
  const TOP_N = intParam("limit", 1, 50, 10);
  const HISTORY = intParam("history", 2, 1000, 120);
  const TIMEOUT_MS = Math.max(2000, Math.min(REFRESH_MS, 8000));
  const SVG_NS = "http://www.w3.org/2000/svg";

  const $ = (id) => document.getElementById(id);
  const state = {
    selected: null, // movie id being charted
    pinned: false, // chosen by the user (click, keyboard, #movie=); otherwise the chart follows the leader
    top: null, // last good /trends/top body
    topKey: "",
    windowEnd: null,
    chart: null, // last chart data, kept for redraws on resize
    chartKey: "",
    breakoutKey: null,
    whyKey: null,
    lastOk: null, // Date of the last successful refresh
    refreshes: 0,
    prevMetrics: null, // {at: ms, messages: n} of the previous scrape, for events/s
    timer: null,
  };

  // ---- formatting -------------------------------------------------------------------------------------
  const isNum = (v) => typeof v === "number" && Number.isFinite(v);
  const fmt = (v, digits = 1) => (isNum(v) ? v.toFixed(digits) : "—");
  const fmtInt = (v) => (isNum(v) ? Math.round(v).toLocaleString("en-US") : "—");
  const fmtSigned = (v) => (isNum(v) ? (v > 0 ? "+" : v < 0 ? "−" : "") + Math.abs(v).toFixed(2) : "—");
  const epoch = (iso) => Date.parse(iso) / 1000;
  const hhmm = (t) => new Date(t * 1000).toISOString().slice(11, 16);
  const utcLabel = (t) => `${new Date(t * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC`;

  // Direction of a forecast against the current score; within 0.5 % counts as steady.
  function direction(current, predicted) {
    if (!isNum(current) || !isNum(predicted)) return null;
    const diff = predicted - current;
    if (Math.abs(diff) <= Math.max(0.005 * Math.abs(current), 1e-9)) return { arrow: "→", word: "steady", cls: "flat" };
    return diff > 0 ? { arrow: "↑", word: "up", cls: "up" } : { arrow: "↓", word: "down", cls: "down" };
  }

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v;
      else if (k === "dataset") Object.assign(node.dataset, v);
      else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function svg(tag, attrs = {}, text) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- fetching ---------------------------------------------------------------------------------------
  class Unreachable extends Error {}

  async function get(path, asText = false) {
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), TIMEOUT_MS);
    let response;
    try {
      response = await fetch(new URL(path, document.baseURI), {
        signal: ctl.signal,
        cache: "no-store",
        headers: { Accept: asText ? "text/plain" : "application/json" },
      });
    } catch (e) {
      throw new Unreachable(ctl.signal.aborted ? "timed out" : "network error");
    } finally {
      clearTimeout(timer);
    }
    let body = null;
    try {
      body = asText ? await response.text() : await response.json();
    } catch {
      body = null;
    }
    return { ok: response.ok, status: response.status, body };
  }

  // ---- Prometheus text format -------------------------------------------------------------------------
  const SAMPLE = /^([A-Za-z_:][\w:]*)(\{(?:[^}"]|"(?:[^"\\]|\\.)*")*\})?\s+(\S+)/;
  const LABEL = /(\w+)="((?:[^"\\]|\\.)*)"/g;

  function parseMetrics(text) {
    const out = new Map();
    for (const line of text.split("\n")) {
      if (!line || line.startsWith("#")) continue;
      const m = SAMPLE.exec(line);
      if (!m) continue;
      const labels = {};
      for (const [, k, v] of (m[2] ?? "").matchAll(LABEL)) labels[k] = v;
      if (!out.has(m[1])) out.set(m[1], []);
      out.get(m[1]).push({ labels, value: Number(m[3]) });
    }
    return out;
  }

  const metricSum = (metrics, name) =>
    metrics.has(name) ? metrics.get(name).reduce((a, s) => a + s.value, 0) : null;
  const metricMax = (metrics, name) =>
    metrics.has(name) ? Math.max(...metrics.get(name).map((s) => s.value)) : null;

  // The forecaster publishes one gauge per partition and scope ("all" or "recent"); this worker's value
  // is the plain mean over its partitions (NaN until a partition has scored a forecast).
  function metricScope(metrics, name, scope, label = "scope") {
    const samples = (metrics.get(name) ?? []).filter(
      (s) => isNum(s.value) && (s.labels[label] ?? "all") === scope,
    );
    return samples.length ? samples.reduce((a, s) => a + s.value, 0) / samples.length : null;
  }

  // A statistic: its value, and an optional muted line under it.
  function setStat(id, value, sub = "") {
    const dd = $(id);
    dd.replaceChildren(value);
    if (sub) dd.append(el("span", { class: "sub" }, sub));
  }

  // ---- state banner -----------------------------------------------------------------------------------
  function setState(name, message, kind = "info") {
    document.body.dataset.state = name;
    const banner = $("banner");
    if (!message) {
      banner.hidden = true;
      banner.textContent = "";
      return;
    }
    banner.className = `banner banner-${kind}`;
    if (banner.textContent !== message) banner.textContent = message;
    banner.hidden = false;
  }

  function since() {
    return state.lastOk ? ` Showing data from ${state.lastOk.toLocaleTimeString()}.` : "";
  }

  // ---- top-N table ------------------------------------------------------------------------------------
  function renderTop(body) {
    const trends = Array.isArray(body?.trends) ? body.trends : [];
    const key = JSON.stringify(body);
    if (key === state.topKey) return;
    state.topKey = key;
    state.top = body;
    const tbody = $("top-body");
    const focused = document.activeElement?.closest?.("#top-body [data-movie-id]")?.dataset.movieId;
    tbody.replaceChildren();
    const input = { live: "Input is live.", finished: "Input finished: the replay is over.",
      stalled: "Input has stalled: nothing has arrived for a while.", waiting: "Waiting for input." }[body?.input];
    $("input-state").textContent = input ?? "";
    if (!trends.length) {
      $("window-label").textContent = "";
      tbody.append(el("tr", { class: "placeholder" }, el("td", { colspan: "7" }, "No window has closed yet.")));
      return;
    }
    const start = epoch(body.window_start);
    const end = epoch(body.window_end);
    const kind = body.complete === false ? "partial window" : "last complete window";
    $("window-label").textContent = `· ${kind} ${hhmm(start)}–${hhmm(end)} UTC`;
    trends.forEach((t, i) => {
      const id = String(t.movie_id);
      const selected = state.selected !== null && String(state.selected) === id;
      const button = el(
        "button",
        { type: "button", class: "select", "aria-pressed": String(selected), dataset: { movieId: id } },
        t.title ?? `Movie ${id}`,
      );
      button.addEventListener("click", () => select(t.movie_id, true));
      const titleCell = el("td", { class: "title", "data-label": "Movie", role: "cell" }, button);
      if (t.breakout) {
        titleCell.append(
          " ",
          el(
            "span",
            { class: "flag-breakout", title: `Breaking out since ${hhmm(epoch(t.breakout.started_at_window_end))} UTC` },
            "Breaking out",
          ),
        );
      }
      const f = t.forecast && isNum(t.forecast.predicted) ? t.forecast : null;
      const dir = f ? direction(t.trend_score, f.predicted) : null;
      const forecastCell = el("td", { class: "num forecast", "data-label": "Next forecast", role: "cell" });
      if (f && dir) {
        forecastCell.append(
          el("span", { class: "forecast-value" }, fmt(f.predicted)),
          " ",
          el("span", { class: `dir ${dir.cls}`, "aria-hidden": "true" }, dir.arrow),
          el("span", { class: "sr-only" }, ` ${dir.word}`),
        );
        forecastCell.dataset.direction = dir.word;
      } else {
        forecastCell.append(el("span", { class: "muted", title: "No forecast yet" }, "—"));
      }
      const row = el(
        "tr",
        { class: selected ? "selected" : "", role: "row", dataset: { movieId: id } },
        el("td", { class: "num rank", "data-label": "#", role: "cell" }, String(i + 1)),
        titleCell,
        el("td", { class: "num score", "data-label": "TrendScore", role: "cell" }, fmt(t.trend_score)),
        el("td", { class: "num mentions", "data-label": "Mentions", role: "cell" }, fmtInt(t.mentions)),
        el("td", { class: "num sentiment", "data-label": "Sentiment", role: "cell" }, fmtSigned(t.avg_sentiment)),
        el("td", { class: "num popularity", "data-label": "Popularity", role: "cell" }, fmt(t.popularity)),
        forecastCell,
      );
      // The whole row is a mouse target; the button inside is the keyboard target.
      row.addEventListener("click", (ev) => {
        if (!(ev.target instanceof HTMLButtonElement)) select(t.movie_id, true);
      });
      tbody.append(row);
    });
    if (focused) tbody.querySelector(`button[data-movie-id="${CSS.escape(focused)}"]`)?.focus();
  }

  // ---- breakouts --------------------------------------------------------------------------------------
  function renderBreakouts(body) {
    const list = $("breakout-list");
    const rows = Array.isArray(body?.breakouts) ? body.breakouts : [];
    const key = JSON.stringify(rows);
    if (key === state.breakoutKey) return;
    state.breakoutKey = key;
    list.replaceChildren();
    if (!rows.length) {
      list.append(el("li", { class: "muted" }, "No breakout yet."));
      return;
    }
    // Running ones first, then the most recent.
    rows.sort((a, b) => (a.status === "active" ? 0 : 1) - (b.status === "active" ? 0 : 1));
    for (const b of rows) {
      const active = b.status === "active";
      const start = hhmm(epoch(b.started_at_window_end));
      const lift = isNum(b.latest?.lift) ? ` · ${fmt(b.latest.lift)}× the usual mentions` : "";
      const when = active ? `since ${start} UTC` : `${start}–${hhmm(epoch(b.ended_at_window_end))} UTC`;
      const button = el("button", { type: "button", class: "select", dataset: { movieId: String(b.movie_id) } },
        b.title || `Movie ${b.movie_id}`);
      button.addEventListener("click", () => select(b.movie_id, true));
      list.append(
        el(
          "li",
          { class: active ? "breakout active" : "breakout ended", dataset: { movieId: String(b.movie_id), status: b.status } },
          button,
          " ",
          el("span", { class: active ? "flag-breakout" : "flag-ended" }, active ? "Breaking out" : "Ended"),
          el("span", { class: "muted small" }, ` ${when} · peak score ${fmt(b.peak_score)}${lift}`),
        ),
      );
    }
  }

  function markSelected() {
    for (const row of $("top-body").querySelectorAll("tr[data-movie-id]")) {
      const on = String(state.selected) === row.dataset.movieId;
      row.classList.toggle("selected", on);
      row.querySelector("button")?.setAttribute("aria-pressed", String(on));
    }
  }

  function select(movieId, byUser) {
    const id = Number(movieId);
    if (!Number.isInteger(id) || id <= 0 || id === state.selected) return;
    state.selected = id;
    state.chartKey = "";
    if (byUser) {
      state.pinned = true;
      history.replaceState(null, "", `#movie=${id}`);
    }
    markSelected();
    refreshChart().catch(reportError);
  }

  function movieFromHash() {
    const m = /^#movie=(\d+)$/.exec(location.hash);
    return m ? Number(m[1]) : null;
  }

  // ---- chart ------------------------------------------------------------------------------------------
  function predictionsList(body) {
    if (Array.isArray(body)) return body;
    if (Array.isArray(body?.predictions)) return body.predictions;
    if (Array.isArray(body?.forecasts)) return body.forecasts;
    return [];
  }

  // ---- why it trends ----------------------------------------------------------------------------------
  function renderWhy(body) {
    const box = $("why");
    const key = JSON.stringify(body ?? null);
    if (key === state.whyKey) return;
    state.whyKey = key;
    box.replaceChildren();
    if (!body || !body.parts) {
      box.append(el("p", { class: "muted" }, "No closed window for this movie yet."));
      return;
    }
    $("why-movie").textContent = body.title ? `: ${body.title}` : "";
    const names = { popularity: "Popularity (TMDB)", mentions: "Mentions", sentiment: "Sentiment" };
    const signed = (v) => (isNum(v) ? (v > 0 ? "+" : v < 0 ? "−" : "±") + Math.abs(v).toFixed(1) : "—");
    const rows = Object.entries(names).map(([k, label]) => {
      const p = body.parts[k] ?? {};
      return el(
        "tr",
        { dataset: { part: k } },
        el("th", { scope: "row" }, label, body.driver === k ? " (driver)" : ""),
        el("td", { class: "num" }, fmt(p.value)),
        el("td", { class: "num" }, signed(p.vs_previous)),
      );
    });
    box.append(
      el("p", {}, `Window ending ${hhmm(epoch(body.window_end))} UTC: TrendScore ${fmt(body.total?.value)}, `,
        `${signed(body.total?.vs_previous)} on the previous window`,
        isNum(body.total?.vs_expected) ? `, ${signed(body.total.vs_expected)} against its forecast.` : "."),
      el(
        "table",
        {},
        el("thead", {}, el("tr", {}, el("th", { scope: "col" }, "Part"), el("th", { scope: "col", class: "num" }, "Points"),
          el("th", { scope: "col", class: "num" }, "vs previous"))),
        el("tbody", {}, ...rows),
      ),
    );
    const subs = Array.isArray(body.subreddits) ? body.subreddits : [];
    if (subs.length) {
      box.append(el("p", {}, "Where: ", subs.map((x) => `r/${x.subreddit} ${Math.round(x.share * 100)} %`).join(" · ")));
    }
    const comments = Array.isArray(body.comments) ? body.comments : [];
    if (comments.length) {
      const list = el("ul", { class: "why-comments" });
      for (const c of comments) {
        const label = `comment ${c.id} (score ${fmtInt(c.score)})`;
        const href = c.permalink && (/^https?:\/\//.test(c.permalink) ? c.permalink : `https://www.reddit.com${c.permalink}`);
        list.append(el("li", {}, href ? el("a", { href, rel: "noopener" }, label) : label));
      }
      box.append(el("p", {}, "Top comments:"), list);
    }
  }

  async function refreshChart() {
    const id = state.selected;
    if (id === null) return;
    get(`trends/${id}/why`)
      .then((r) => { if (id === state.selected) renderWhy(r.ok ? r.body : null); })
      .catch(() => {});
    const [trends, preds] = await Promise.allSettled([
      get(`trends/${id}?limit=${HISTORY}`),
      get(`predictions/${id}?limit=${HISTORY}`),
    ]);
    if (id !== state.selected) return; // the user picked another movie meanwhile
    if (trends.status === "rejected") return; // the top-N fetch reports unreachability
    const data = { id, title: null, actual: [], forecasts: [], next: null, note: "" };
    const t = trends.value;
    if (t.ok) {
      data.title = t.body?.title ?? null;
      data.actual = (t.body?.trends ?? [])
        .map((w) => ({ t: epoch(w.window_end), y: w.trend_score, partial: w.complete === false }))
        .filter((p) => isNum(p.t) && isNum(p.y))
        .sort((a, b) => a.t - b.t);
    } else if (t.status === 404) {
      data.note = "No closed windows for this movie yet.";
    } else {
      data.note = `Could not load this movie's history (${t.body?.error ?? `HTTP ${t.status}`}).`;
    }
    if (preds.status === "fulfilled" && preds.value.ok) {
      data.forecasts = predictionsList(preds.value.body)
        .map((p) => ({
          t: epoch(p.target_window_end),
          y: p.predicted,
          baseline: isNum(p.baseline) ? p.baseline : null,
          actual: isNum(p.actual) ? p.actual : null,
          error: isNum(p.error) ? Math.abs(p.error) : isNum(p.actual) ? Math.abs(p.predicted - p.actual) : null,
          baselineError: isNum(p.baseline_error)
            ? Math.abs(p.baseline_error)
            : isNum(p.actual) && isNum(p.baseline) ? Math.abs(p.baseline - p.actual) : null,
        }))
        .filter((p) => isNum(p.t) && isNum(p.y))
        .sort((a, b) => a.t - b.t);
      if (!data.forecasts.length) data.note ||= "No forecasts for this movie yet.";
    } else if (preds.status === "fulfilled" && preds.value.status === 404) {
      const routeMissing = preds.value.body?.error === "not found";
      data.note ||= routeMissing ? "Forecasting is not enabled on this worker." : "No forecasts for this movie yet.";
    } else {
      data.note ||= "Forecasts could not be loaded.";
    }
    // The top-N lookup carries the forecast for the next window; use it when the list does not have it yet.
    const lastT = data.actual.length ? data.actual[data.actual.length - 1].t : -Infinity;
    const row = state.top?.trends?.find((r) => r.movie_id === id);
    const f = row?.forecast;
    if (f && isNum(f.predicted) && f.target_window_end && !data.forecasts.some((p) => p.t === epoch(f.target_window_end))) {
      data.forecasts.push({
        t: epoch(f.target_window_end),
        y: f.predicted,
        baseline: isNum(f.baseline) ? f.baseline : null,
        actual: null,
        error: null,
        baselineError: null,
      });
    }
    const pending = data.forecasts.filter((p) => p.t > lastT);
    data.next = pending.length ? pending[0] : null;
    const key = JSON.stringify(data);
    if (key === state.chartKey) return;
    state.chartKey = key;
    state.chart = data;
    drawChart();
    renderChartTable(data);
    renderMovieError(data);
  }

  function niceStep(range, ticks) {
    const raw = range / Math.max(1, ticks);
    const mag = 10 ** Math.floor(Math.log10(raw));
    const norm = raw / mag;
    return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * mag;
  }

  const TIME_STEPS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

  function drawChart() {
    const data = state.chart;
    const box = $("chart");
    if (!data) return;
    const name = data.title ?? `movie ${data.id}`;
    $("chart-movie").textContent = `: ${name}`;
    for (const n of document.querySelectorAll(".movie-name")) n.textContent = name;
    $("chart-note").textContent = data.note;
    // Forecasts are drawn over the span of the actual history (plus the pending next window).
    const firstT = data.actual.length ? data.actual[0].t : -Infinity;
    const forecasts = data.forecasts.filter((p) => p.t >= firstT);
    const points = [...data.actual, ...forecasts];
    if (!points.length) {
      box.replaceChildren(el("p", { class: "muted" }, data.note || "Nothing to chart yet."));
      return;
    }
    const width = Math.max(280, Math.round(box.clientWidth || 600));
    const height = width < 520 ? 220 : 300;
    const pad = { l: 46, r: 22, t: 14, b: 30 };
    const ts = points.map((p) => p.t);
    const ys = points.map((p) => p.y);
    let [t0, t1] = [Math.min(...ts), Math.max(...ts)];
    if (t1 === t0) [t0, t1] = [t0 - 60, t1 + 60];
    const yStep = niceStep(Math.max(...ys, 1) - Math.min(0, ...ys), 4);
    const y0 = Math.min(0, Math.floor(Math.min(...ys) / yStep) * yStep);
    const y1 = Math.ceil((Math.max(...ys) * 1.02) / yStep) * yStep || yStep;
    const x = (t) => pad.l + ((t - t0) / (t1 - t0)) * (width - pad.l - pad.r);
    const y = (v) => pad.t + (1 - (v - y0) / (y1 - y0)) * (height - pad.t - pad.b);

    const root = svg("svg", {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": "chart-svg-title chart-svg-desc",
      class: "chart-svg",
    });
    const latest = data.actual.at(-1);
    const desc = [
      latest ? `Latest TrendScore ${fmt(latest.y)} for the window ending ${utcLabel(latest.t)}.` : "No actual TrendScores yet.",
      data.next ? `Forecast for the window ending ${utcLabel(data.next.t)}: ${fmt(data.next.y)}.` : "No forecast for the next window.",
      `${forecasts.filter((p) => p.t <= (latest?.t ?? -Infinity)).length} earlier forecasts shown.`,
    ].join(" ");
    root.append(
      svg("title", { id: "chart-svg-title" }, `TrendScore of ${name} over ${data.actual.length} windows`),
      svg("desc", { id: "chart-svg-desc" }, desc),
    );

    const grid = svg("g", { class: "axis", "aria-hidden": "true" });
    for (let v = y0; v <= y1 + yStep / 2; v += yStep) {
      grid.append(
        svg("line", { x1: pad.l, x2: width - pad.r, y1: y(v), y2: y(v), class: "gridline" }),
        svg("text", { x: pad.l - 6, y: y(v) + 4, "text-anchor": "end" }, fmt(v, yStep < 1 ? 1 : 0)),
      );
    }
    const maxTicks = Math.max(2, Math.floor((width - pad.l - pad.r) / 80));
    const tStep = TIME_STEPS.find((s) => (t1 - t0) / s <= maxTicks) ?? 86400;
    for (let t = Math.ceil(t0 / tStep) * tStep; t <= t1; t += tStep) {
      grid.append(
        svg("line", { x1: x(t), x2: x(t), y1: height - pad.b, y2: height - pad.b + 4, class: "tick" }),
        svg("text", { x: x(t), y: height - pad.b + 17, "text-anchor": "middle" }, hhmm(t)),
      );
    }
    grid.append(
      svg("line", { x1: pad.l, x2: width - pad.r, y1: height - pad.b, y2: height - pad.b, class: "baseline" }),
      svg("text", { x: pad.l - 6, y: height - pad.b + 17, "text-anchor": "end", class: "unit" }, "UTC"),
    );
    root.append(grid);

    const line = (series) => series.map((p, i) => `${i ? "L" : "M"}${x(p.t).toFixed(1)},${y(p.y).toFixed(1)}`).join(" ");
    if (data.actual.length) {
      // Complete windows are a solid line; partial ones (closed before the input covered them) are dotted,
      // with hollow markers, joined to the last complete point so the line does not look like a cliff.
      const complete = data.actual.filter((p) => !p.partial);
      const partial = data.actual.filter((p) => p.partial);
      if (complete.length) {
        root.append(svg("path", { d: line(complete), class: "series-actual", "data-points": complete.length }));
      }
      if (partial.length) {
        const joined = complete.length ? [complete.at(-1), ...partial] : partial;
        root.append(svg("path", { d: line(joined), class: "series-partial", "data-points": partial.length }));
      }
      for (const p of data.actual) {
        if (!p.partial && data.actual.length > 40) continue;
        const dot = svg("circle", {
          cx: x(p.t), cy: y(p.y), r: p.partial ? 3.5 : 2.5, class: p.partial ? "dot-partial" : "dot-actual",
          "data-t": p.t,
        });
        if (p.partial) dot.append(svg("title", {}, `${hhmm(p.t)} UTC partial window ${fmt(p.y)}`));
        root.append(dot);
      }
    }
    if (forecasts.length) {
      root.append(svg("path", { d: line(forecasts), class: "series-forecast", "data-points": forecasts.length }));
      // Past forecasts get dots only while they stay readable; the next-window forecast always does.
      for (const p of forecasts) {
        const isNext = data.next && p.t === data.next.t;
        if (!isNext && forecasts.length > 40) continue;
        const dot = svg("circle", { cx: x(p.t), cy: y(p.y), r: isNext ? 5 : 3, class: isNext ? "dot-next" : "dot-forecast" });
        dot.append(svg("title", {}, `${hhmm(p.t)} UTC forecast ${fmt(p.y)}${isNum(p.actual) ? `, actual ${fmt(p.actual)}` : ""}`));
        root.append(dot);
      }
    }
    box.replaceChildren(root);
  }

  function renderChartTable(data) {
    const byT = new Map();
    for (const p of data.actual) byT.set(p.t, { t: p.t, actual: p.y });
    for (const p of data.forecasts) {
      const row = byT.get(p.t) ?? { t: p.t, actual: p.actual };
      Object.assign(row, { forecast: p.y, baseline: p.baseline });
      byT.set(p.t, row);
    }
    const rows = [...byT.values()].sort((a, b) => b.t - a.t);
    $("chart-table").tBodies[0].replaceChildren(
      ...rows.map((r) =>
        el("tr", { dataset: { t: String(r.t) } }, el("td", {}, utcLabel(r.t)), el("td", { class: "num" }, fmt(r.actual)),
          el("td", { class: "num" }, fmt(r.forecast)), el("td", { class: "num" }, fmt(r.baseline))),
      ),
    );
  }

  function renderMovieError(data) {
    const scored = data.forecasts.filter((p) => isNum(p.error));
    const withBase = data.forecasts.filter((p) => isNum(p.baselineError));
    const mean = (xs) => xs.reduce((a, v) => a + v, 0) / xs.length;
    const over = (n) => `over ${n} forecast${n === 1 ? "" : "s"}`;
    if (scored.length) setStat("mae-movie-model", fmt(mean(scored.map((p) => p.error)), 2), over(scored.length));
    else setStat("mae-movie-model", "—");
    if (withBase.length) {
      setStat("mae-movie-baseline", fmt(mean(withBase.map((p) => p.baselineError)), 2), over(withBase.length));
    } else setStat("mae-movie-baseline", "—");
  }

  // ---- health and global error ------------------------------------------------------------------------
  function renderMetrics(text) {
    const m = parseMetrics(text);
    const now = performance.now();
    const messages = metricSum(m, "trendscope_messages_in_total");
    let rate = null;
    const prev = state.prevMetrics;
    if (prev && isNum(messages) && messages >= prev.messages && now > prev.at) {
      rate = (messages - prev.messages) / ((now - prev.at) / 1000);
    }
    // A drop means the worker restarted: measure again from here.
    state.prevMetrics = isNum(messages) ? { at: now, messages } : null;
    $("h-rate").textContent = rate === null ? (isNum(messages) ? "measuring…" : "—") : `${fmt(rate)} /s`;
    $("h-in").textContent = fmtInt(messages);
    $("h-late").textContent = fmtInt(metricSum(m, "trendscope_late_events_total"));
    $("h-dead").textContent = fmtInt(metricSum(m, "trendscope_dead_letters_total"));
    $("h-windows").textContent = fmtInt(metricSum(m, "trendscope_windows_closed_total"));
    const wm = metricMax(m, "trendscope_watermark_seconds");
    $("h-watermark").textContent = isNum(wm) && wm > 0 ? utcLabel(wm) : "—";
    // How far the forecasts and the history store are behind the windows; a whole window or more is
    // worth a word, since their lookups are then older than the top list.
    for (const stage of ["forecast", "history"]) {
      const secs = metricScope(m, "trendscope_stage_lag_seconds", stage, "stage");
      const recs = metricScope(m, "trendscope_stage_lag_records", stage, "stage");
      const node = $(`h-lag-${stage}`);
      if (!isNum(secs) && !isNum(recs)) node.textContent = "—";
      else if (!secs && !recs) node.textContent = "up to date";
      else {
        const far = isNum(secs) && secs >= 300;
        node.textContent = `${fmtInt(secs || 0)} s · ${fmtInt(recs || 0)} records${far ? " (catching up)" : ""}`;
      }
    }
    const mae = metricScope(m, "ml_mae", "all");
    const base = metricScope(m, "ml_baseline_mae", "all");
    const recent = (name) => {
      const v = metricScope(m, name, "recent");
      return isNum(v) ? `recent: ${fmt(v, 2)}` : "";
    };
    setStat("mae-model", fmt(mae, 2), isNum(mae) ? recent("ml_mae") : "");
    setStat("mae-baseline", fmt(base, 2), isNum(base) ? recent("ml_baseline_mae") : "");
    let note = "The baseline predicts that the next window scores the same as this one.";
    if (isNum(mae) && isNum(base) && base > 0) {
      const ratio = mae / base;
      note = `Model error is ${Math.round(ratio * 100)}% of the baseline's (${ratio < 1 ? "better" : "not better"} than persistence). ${note}`;
    } else if (!m.has("ml_mae")) {
      note = `Forecasting metrics are not reported by this worker yet. ${note}`;
    }
    $("error-note").textContent = note;
  }

  // ---- the refresh loop -------------------------------------------------------------------------------
  function announceWindow(body) {
    if (!body?.window_end || body.window_end === state.windowEnd) return;
    const first = state.windowEnd === null;
    state.windowEnd = body.window_end;
    const lead = body.trends?.[0];
    if (!first && lead) {
      $("announce").textContent =
        `New window closed at ${hhmm(epoch(body.window_end))} UTC. Top movie: ${lead.title}, TrendScore ${fmt(lead.trend_score)}.`;
    }
  }

  async function refresh() {
    const [top, metrics, breakouts] = await Promise.allSettled([
      get(`trends/top?limit=${TOP_N}`),
      get("metrics", true),
      get("breakouts?limit=8"),
    ]);
    if (top.status === "rejected") {
      const why = top.reason instanceof Unreachable ? top.reason.message : "error";
      setState(
        "unreachable",
        `Cannot reach the TrendScope API at ${location.host} (${why}). Is the worker running? Retrying every ${REFRESH_MS / 1000} s.${since()}`,
        "error",
      );
      document.body.classList.add("stale");
      return;
    }
    const r = top.value;
    document.body.classList.remove("stale");
    if (!r.ok || !r.body || !Array.isArray(r.body.trends)) {
      setState("error", `The API answered ${r.status}: ${r.body?.error ?? "unexpected response"}. Retrying.`, "error");
      return;
    }
    state.lastOk = new Date();
    state.refreshes += 1;
    document.body.dataset.refreshes = String(state.refreshes);
    $("updated").textContent = `Updated ${state.lastOk.toLocaleTimeString()}`;
    // Until someone picks a movie, the chart follows the leader of the latest window.
    if (!state.pinned && r.body.trends.length && state.selected !== r.body.trends[0].movie_id) {
      state.selected = r.body.trends[0].movie_id;
    }
    renderTop(r.body);
    markSelected();
    if (!r.body.trends.length) {
      setState(
        "empty",
        "No window has closed yet. TrendScores appear here once event time passes the end of the first window; this page updates by itself.",
      );
    } else {
      setState("ok", "");
      announceWindow(r.body);
    }
    if (breakouts.status === "fulfilled" && breakouts.value.ok) renderBreakouts(breakouts.value.body);
    if (metrics.status === "fulfilled" && metrics.value.ok && typeof metrics.value.body === "string") {
      renderMetrics(metrics.value.body);
    }
    await refreshChart();
  }

  // A bug must not stop the refresh loop; it shows in the console and the banner.
  function reportError(e) {
    console.error(e);
    setState("error", `Dashboard error: ${e?.message ?? e}. Retrying.`, "error");
  }

  async function loop() {
    clearTimeout(state.timer);
    if (!document.hidden) {
      try {
        await refresh();
      } catch (e) {
        reportError(e);
      }
    }
    // Cleared again: a loop started meanwhile (tab shown again) must not leave a second timer chain.
    clearTimeout(state.timer);
    state.timer = setTimeout(loop, REFRESH_MS);
  }

  function start() {
    $("refresh-s").textContent = String(REFRESH_MS / 1000);
    const fromHash = movieFromHash();
    if (fromHash) Object.assign(state, { selected: fromHash, pinned: true });
    window.addEventListener("hashchange", () => {
      const id = movieFromHash();
      if (id) {
        state.pinned = true;
        select(id, false);
      }
    });
    document.addEventListener("visibilitychange", () => {
      if (!document.hidden) loop();
    });
    let resizeTimer = null;
    window.addEventListener("resize", () => {
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(drawChart, 150);
    });
    loop();
  }

  start();
})();
