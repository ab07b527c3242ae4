"""Helpers of the deployment tests: Debian tools installed on demand, a real Prometheus server, metric
names read from a ``/metrics`` page and from PromQL expressions."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from trendscope_app.broker.embedded import free_port, parent_death_preexec


# -- Debian tools --------------------------------------------------------------------------------------
def ensure_tool(binary: str, package: str) -> str:
    """Path of ``binary``, installing Debian's ``package`` first if needed.

    Skips the test only when there is no apt at all (not Debian); an apt that fails is a failure.
    """
    found = shutil.which(binary)
    if found:
        return found
    if shutil.which("apt-get") is None:
        pytest.skip(f"{binary} is not installed and there is no apt-get to install {package}")
    cmd = ["apt-get", "install", "-y", "-q", "--no-install-recommends", package]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    if done.returncode != 0:
        # A fresh machine has no package lists yet.
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, text=True, env=env, timeout=600)
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=600)
    found = shutil.which(binary)
    assert found, f"`{' '.join(cmd)}` did not install {binary}:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
    return found


# -- a real Prometheus ---------------------------------------------------------------------------------
@dataclass
class Prometheus:
    """``prometheus`` on a free loopback port, with its own data dir; stopped by :meth:`stop`."""

    config: Path
    workdir: Path
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.workdir / "prometheus.log"

    def start(self, timeout: float = 30.0) -> Prometheus:
        binary = ensure_tool("prometheus", "prometheus")
        self.workdir.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                [
                    binary,
                    f"--config.file={self.config}",
                    f"--storage.tsdb.path={self.workdir / 'tsdb'}",
                    f"--web.listen-address=127.0.0.1:{self.port}",
                    "--log.level=warn",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                preexec_fn=parent_death_preexec(),
            )
        deadline = time.monotonic() + timeout
        while not self._ready():
            if self.proc.poll() is not None:
                raise AssertionError(f"prometheus exited with {self.proc.returncode}:\n{self.log_tail()}")
            if time.monotonic() > deadline:
                self.stop()
                raise AssertionError(f"prometheus not ready after {timeout:.0f} s:\n{self.log_tail()}")
            time.sleep(0.1)
        return self

    def _ready(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/-/ready", timeout=1) as r:
                return r.status == 200
        except OSError:
            return False

    def log_tail(self, n: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])
        except OSError:
            return "(no log)"

    def api(self, path: str, **params: str) -> Any:
        """``data`` of a Prometheus HTTP API answer (``/api/v1/...``); raises on an error status."""
        url = f"{self.url}/api/v1/{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                body = json.load(r)
        except urllib.error.HTTPError as e:
            body = json.loads(e.read() or b"{}")
            raise PromQLError(f"{path} {params}: {body.get('error', e)}") from None
        if body.get("status") != "success":
            raise PromQLError(f"{path} {params}: {body}")
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """Instant vector result of ``expr`` (PromQL through ``/api/v1/query``)."""
        data = self.api("query", query=expr)
        assert data["resultType"] == "vector", data
        return data["result"]

    def value(self, expr: str) -> float | None:
        """The single sample of ``expr``, or ``None`` when the result is empty."""
        result = self.query(expr)
        assert len(result) <= 1, f"{expr} has {len(result)} series: {result}"
        return float(result[0]["value"][1]) if result else None

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


class PromQLError(AssertionError):
    pass


# -- metric names --------------------------------------------------------------------------------------
_SAMPLE = re.compile(r"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{| )")
_TYPE = re.compile(r"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (\w+)")


def exposed_names(text: str) -> set[str]:
    """Every series name a Prometheus text page can produce, including families without samples yet
    (a labelled counter before its first increment shows only its ``# TYPE`` line).

    Examples
    --------
    >>> page = '''# TYPE a_total counter
    ... # TYPE h histogram
    ... h_bucket{le="1.0"} 0.0
    ... # TYPE g gauge
    ... g{x="1"} 2.0
    ... '''
    >>> sorted(exposed_names(page))
    ['a_total', 'g', 'h', 'h_bucket', 'h_count', 'h_sum']
    """
    names: set[str] = set()
    for line in text.splitlines():
        if m := _TYPE.match(line):
            name, kind = m.groups()
            names.add(name)
            if kind == "counter" and not name.endswith("_total"):
                names.add(name + "_total")
            elif kind in ("histogram", "summary"):
                names.update({name + "_sum", name + "_count"})
                if kind == "histogram":
                    names.add(name + "_bucket")
        elif not line.startswith("#") and (m := _SAMPLE.match(line)):
            names.add(m.group(1))
    return names


_AGGREGATIONS = {
    "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk",
    "quantile", "limitk", "limit_ratio",
}  # fmt: skip
_KEYWORDS = {
    "by", "without", "on", "ignoring", "group_left", "group_right", "offset", "bool", "and", "or",
    "unless", "atan2", "inf", "nan", "start", "end",
}  # fmt: skip
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`[^`]*`')
_MATCHERS = re.compile(r"\{[^{}]*\}")
_RANGE = re.compile(r"\[[^\[\]]*\]")
_GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^()]*\)")
_IDENT = re.compile(r"(?<![\w.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\s*\()?")


def promql_metric_names(expr: str) -> set[str]:
    """Metric names a PromQL expression selects (Grafana's ``$variables`` allowed).

    Examples
    --------
    >>> sorted(promql_metric_names(
    ...     'sum by (topic) (rate(trendscope_messages_in_total{job="x", topic=~"$t"}[$__rate_interval]))'
    ... ))
    ['trendscope_messages_in_total']
    >>> sorted(promql_metric_names("max(ml_mae) / max(ml_baseline_mae offset 1m) > 1.2 and on (instance) up"))
    ['ml_baseline_mae', 'ml_mae', 'up']
    >>> sorted(promql_metric_names("histogram_quantile(0.99, sum by (le) (rate(x_bucket[5m]))) * 1e3"))
    ['x_bucket']
    >>> promql_metric_names("time() - 60")
    set()
    """
    text = _STRING.sub('""', expr)
    text = re.sub(r"\$\{?\w+\}?", "1m", text)
    text = _MATCHERS.sub("", text)
    text = _RANGE.sub("", text)
    text = _GROUPING.sub(r"\1", text)
    names = set()
    for m in _IDENT.finditer(text):
        name, call = m.groups()
        if call or name in _AGGREGATIONS or name in _KEYWORDS:
            continue
        names.add(name)
    return names


def grafana_expressions(dashboard: dict[str, Any]) -> list[tuple[str, str]]:
    """``(where, expr)`` of every panel target (rows' nested panels included), every Prometheus annotation
    and every query variable."""
    out: list[tuple[str, str]] = []

    def panels(items: list[dict[str, Any]]) -> None:
        for p in items:
            for t in p.get("targets", []):
                out.append((f"panel {p.get('title')!r} target {t.get('refId')}", t.get("expr", "")))
            panels(p.get("panels", []))

    panels(dashboard.get("panels", []))
    for a in dashboard.get("annotations", {}).get("list", []):
        if a.get("expr"):
            out.append((f"annotation {a.get('name')!r}", a["expr"]))
    for v in dashboard.get("templating", {}).get("list", []):
        if v.get("type") == "query":
            q = v["query"]["query"] if isinstance(v.get("query"), dict) else v.get("query", "")
            # label_values(selector, label) is Grafana's, not PromQL: check the selector inside.
            if m := re.fullmatch(r"\s*label_values\((.*),\s*\w+\s*\)\s*", q):
                q = m.group(1)
            out.append((f"variable ${v['name']}", q))
    return out


def substitute_grafana_variables(expr: str) -> str:
    """A Grafana query made plain PromQL, to run against Prometheus.

    Examples
    --------
    >>> substitute_grafana_variables('rate(x{i=~"$instance"}[$__rate_interval])')
    'rate(x{i=~".*"}[1m])'
    """
    expr = re.sub(r"\$(__rate_interval|__interval|__range)\b", "1m", expr)
    return re.sub(r"\$\{?\w+\}?", ".*", expr)
