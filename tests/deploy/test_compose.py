"""docker-compose.yml, .env.example and the Dockerfile, checked without a Docker engine.

``docker-compose config`` (Debian's docker-compose 1.29, installed by the test when missing) validates and
resolves the file; the checks below read the resolved configuration.
"""

from __future__ import annotations

import fnmatch
import os
import re
import shlex
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.deploy.tools import ensure_tool
from tests.support import ROOT
from trendscope_app.settings import Settings

COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "Dockerfile"
DOCKERIGNORE = ROOT / ".dockerignore"

#: Variables app containers may receive that are not Settings fields, each with who reads it. (None today:
#: every variable docker-compose passes to a TrendScope container is a Settings field.)
NON_APP_VARIABLES: dict[str, str] = {}

REQUIRED_SERVICES = {
    "kafka",
    "kafka-init",
    "cassandra",
    "worker",
    "tmdb-source",
    "reddit-source",
    "prometheus",
    "alertmanager",
    "grafana",
    "mlflow",
}

# docker/distribution's reference grammar, simplified: [registry[:port]/]path[:tag][@digest].
_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
IMAGE_REF = re.compile(
    rf"^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?/)?{_COMPONENT}(?:/{_COMPONENT})*"
    r"(?::[\w][\w.-]{0,127})?(?:@sha256:[0-9a-f]{64})?$"
)


def compose(*args: str) -> subprocess.CompletedProcess[str]:
    binary = ensure_tool("docker-compose", "docker-compose")
    # A clean environment: the values must come from .env.example, not from whoever runs the test.
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": os.environ.get("HOME", "/root")}
    return subprocess.run(
        [binary, "--project-directory", str(ROOT), "--env-file", str(ENV_EXAMPLE), "-f", str(COMPOSE), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@cache
def resolved() -> dict[str, Any]:
    done = compose("config")
    assert done.returncode == 0, done.stderr
    return yaml.safe_load(done.stdout)


def services() -> dict[str, dict[str, Any]]:
    return resolved()["services"]


def app_services() -> dict[str, dict[str, Any]]:
    """Services running the TrendScope image (built from this repository's Dockerfile)."""
    return {name: svc for name, svc in services().items() if "build" in svc}


def settings_variables() -> set[str]:
    return {name.upper() for name in Settings.model_fields}


def test_compose_config_validates_with_the_example_env() -> None:
    done = compose("config", "-q")
    assert done.returncode == 0, done.stderr
    # Every ${VARIABLE} is set by .env.example or has a default: no silent blank strings.
    assert "is not set" not in done.stderr, done.stderr


def test_the_stack_has_every_service() -> None:
    assert set(services()) >= REQUIRED_SERVICES
    kafka = services()["kafka"]
    assert kafka["image"].startswith("apache/kafka:")
    assert set(kafka["environment"]["KAFKA_PROCESS_ROLES"].split(",")) == {"broker", "controller"}  # KRaft
    worker = services()["worker"]
    assert worker["scale"] == 2
    assert worker["command"] == ["faust", "-A", "trendscope_app", "worker"]  # logs at LOG_LEVEL
    assert worker["environment"]["KAFKA_BROKER"] == "kafka://kafka:9092"
    assert services()["tmdb-source"]["command"][-1] == "tmdb-source"
    assert services()["reddit-source"]["command"][-1] == "reddit-source"


def test_every_image_is_a_reference_and_every_build_context_has_a_dockerfile() -> None:
    for name, svc in services().items():
        assert "image" in svc or "build" in svc, name
        if "image" in svc:
            assert IMAGE_REF.match(svc["image"]), f"{name}: {svc['image']!r} is not an image reference"
            # A pinned tag: `latest` would change under a running deployment.
            if "build" not in svc:
                assert re.search(r":[\w][\w.-]*$", svc["image"]) and not svc["image"].endswith(":latest"), (
                    name
                )
        if "build" in svc:
            context = Path(svc["build"]["context"])
            assert context.is_dir(), f"{name}: build context {context} is missing"
            assert (context / svc["build"].get("dockerfile", "Dockerfile")).is_file(), name


def test_images_are_pinned_to_release_versions() -> None:
    """Not ``latest``, not a moving minor line (``cassandra:4.1``): a full release number."""
    for name, svc in services().items():
        if "build" in svc:
            continue
        tag = svc["image"].rsplit(":", 1)[-1]
        assert re.fullmatch(r"v?\d+\.\d+\.\d+", tag), f"{name}: {svc['image']} is not pinned to a release"


def _major(version: str) -> int:
    return int(re.match(r"v?(\d+)\.", version).group(1))  # type: ignore[union-attr]


def test_mlflow_server_and_client_share_a_major_version() -> None:
    from importlib.metadata import version

    server = _major(services()["mlflow"]["image"].rsplit(":", 1)[-1])
    pyproject = (ROOT / "pyproject.toml").read_text()
    spec = re.search(r'"mlflow-skinny([^"]*)"', pyproject)
    assert spec, "mlflow-skinny is not a dependency any more"
    lower = re.search(r">=\s*(\d+)", spec.group(1))
    upper = re.search(r"<\s*(\d+)", spec.group(1))
    assert lower and upper and int(lower.group(1)) == server and int(upper.group(1)) == server + 1, (
        spec.group(0)
    )
    assert _major(version("mlflow-skinny")) == server
    # MLflow 3 answers only allowed Host headers: the one the workers use must be among them.
    allowed = services()["mlflow"]["environment"]["MLFLOW_SERVER_ALLOWED_HOSTS"].split(",")
    worker_uri = services()["worker"]["environment"]["MLFLOW_TRACKING_URI"]
    assert worker_uri.removeprefix("http://") in allowed


_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s*([kmg]?)b?", re.I)


def _bytes(value: str | int) -> float:
    m = _SIZE.fullmatch(str(value).strip())
    assert m, value
    return float(m.group(1)) * 1024 ** "_kmg".index(m.group(2).lower() or "_")


def test_every_service_has_cpu_and_memory_limits() -> None:
    for name, svc in services().items():
        assert 0 < float(svc.get("cpus", 0)) <= 4, f"{name}: no CPU limit (`cpus`)"
        assert "mem_limit" in svc, f"{name}: no memory limit (`mem_limit`)"
        assert 64 * 2**20 <= _bytes(svc["mem_limit"]) <= 8 * 2**30, (name, svc["mem_limit"])
    # Room above the JVM heaps and the worker's measured peak RSS (about 400 MiB).
    svcs = services()
    heap = _bytes(svcs["cassandra"]["environment"]["MAX_HEAP_SIZE"])
    assert _bytes(svcs["cassandra"]["mem_limit"]) >= 1.5 * heap
    assert _bytes(svcs["kafka"]["mem_limit"]) >= 1.5 * 2**30  # kafka-server-start.sh's heap: 1 GiB
    assert _bytes(svcs["worker"]["mem_limit"]) >= 768 * 2**20


def test_worker_alert_counts_the_replicas_compose_starts() -> None:
    rules = yaml.safe_load((ROOT / "deploy" / "prometheus" / "alerts.yml").read_text())
    rule = next(
        r for g in rules["groups"] for r in g["rules"] if r.get("alert") == "TrendScopeWorkersMissing"
    )
    m = re.fullmatch(r'count\(up\{job="trendscope"\} == 1\) < (\d+)', rule["expr"].strip())
    assert m, rule["expr"]
    assert int(m.group(1)) == services()["worker"]["scale"]


def test_health_checks_and_dependency_conditions() -> None:
    svcs = services()
    for name, svc in svcs.items():
        for dep, how in svc.get("depends_on", {}).items():
            assert dep in svcs, f"{name} depends on unknown {dep}"
            condition = how["condition"]
            if condition == "service_healthy":
                assert "healthcheck" in svcs[dep], (
                    f"{name} waits for {dep} to be healthy; it has no healthcheck"
                )
            elif condition == "service_completed_successfully":
                assert svcs[dep].get("restart", "no") == "no", f"{dep} is a one-shot: it must not restart"
            else:
                assert condition == "service_started", (name, dep, condition)
    for name in (
        "kafka",
        "cassandra",
        "mlflow",
        "worker",
        "tmdb-source",
        "reddit-source",
        "prometheus",
        "alertmanager",
        "grafana",
    ):
        test = svcs[name]["healthcheck"]["test"]
        assert test[0] in ("CMD", "CMD-SHELL") and len(test) > 1, name
    assert svcs["worker"]["depends_on"]["kafka-init"]["condition"] == "service_completed_successfully"
    assert svcs["kafka-init"]["depends_on"]["kafka"]["condition"] == "service_healthy"


def test_every_variable_passed_to_the_app_is_a_setting() -> None:
    known = settings_variables() | set(NON_APP_VARIABLES)
    for name, svc in app_services().items():
        unknown = sorted(set(svc.get("environment", {})) - known)
        assert not unknown, f"{name} passes variables the app does not read: {unknown}"


def test_compose_defaults_equal_the_app_defaults() -> None:
    """``${W1_POPULARITY:-0.4}``: a default written in the compose file must be the app's own default,
    or an unset variable would silently change behaviour between a local run and the stack."""
    raw = yaml.safe_load(COMPOSE.read_text())
    fields = Settings.model_fields
    checked = 0
    for name in app_services():
        for key, value in (raw["services"][name].get("environment") or {}).items():
            m = re.fullmatch(r"\$\{(\w+):-(.*)\}", str(value))
            if not m or m.group(1) != key or key.lower() not in fields:
                continue
            field = key.lower()
            default = fields[field].default
            if m.group(2) == "" and default is None:
                checked += 1
                continue
            parsed = getattr(Settings(_env_file=None, **{field: m.group(2)}), field)
            if hasattr(parsed, "get_secret_value"):
                parsed = parsed.get_secret_value() or None
            assert parsed == default, f"{name}: {key} defaults to {m.group(2)!r}, the app to {default!r}"
            checked += 1
    assert checked > 20


def _documented() -> dict[str, bool]:
    """Variables of .env.example -> whether the line is active (``KEY=``) or only shown (``# KEY=``)."""
    out = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        if m := re.match(r"^(#\s*)?([A-Z][A-Z0-9_]*)=", line):
            out[m.group(2)] = m.group(1) is None
    return out


def test_env_example_documents_exactly_the_variables_compose_uses() -> None:
    used = set(re.findall(r"(?<!\$)\$\{(\w+)", COMPOSE.read_text()))
    documented = set(_documented())
    assert sorted(used - documented) == [], "used in docker-compose.yml, missing from .env.example"
    assert sorted(documented - used) == [], "in .env.example, never used by docker-compose.yml"


def test_env_example_app_values_are_valid_settings() -> None:
    s = Settings(_env_file=str(ENV_EXAMPLE))
    active = {k for k, on in _documented().items() if on}
    for key in active & settings_variables():
        assert key.lower() in s.model_fields_set, key
    assert s.topic_partitions == 4


def _dockerignored(path: str) -> bool:
    patterns = [
        ln.strip() for ln in DOCKERIGNORE.read_text().splitlines() if ln.strip() and not ln.startswith("#")
    ]
    parts = path.split("/")
    prefixes = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    excluded = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        pattern = pattern.lstrip("!")
        candidates = {pattern, pattern.removeprefix("**/")}
        if any(fnmatch.fnmatch(p, c) for p in prefixes for c in candidates):
            excluded = not negate
    return excluded


def test_dockerfile_copies_files_that_exist_and_reach_the_build_context() -> None:
    text = DOCKERFILE.read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    assert re.search(r"pip install\b.* \.", text)
    copies = [shlex.split(ln)[1:] for ln in text.splitlines() if ln.startswith("COPY ")]
    sources = [src for args in copies for src in [a for a in args if not a.startswith("--")][:-1]]
    assert sources
    for src in sources:
        assert (ROOT / src).exists(), f"COPY {src}: no such file in the build context"
        assert not _dockerignored(src), f"COPY {src}: excluded by .dockerignore"
    for secret in (".env", "tests/deploy", ".git/config"):
        assert _dockerignored(secret), f"{secret} would be sent to the Docker daemon"


def test_entrypoint_is_valid_shell() -> None:
    entry = ROOT / "deploy" / "docker-entrypoint.sh"
    assert os.access(entry, os.X_OK)
    done = subprocess.run(["sh", "-n", str(entry)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_entrypoint_fills_in_the_container_address() -> None:
    entry = ROOT / "deploy" / "docker-entrypoint.sh"
    env = {k: v for k, v in os.environ.items() if k != "WEB_HOST"}
    echo = [str(entry), "sh", "-c", 'echo "$WEB_HOST"']
    done = subprocess.run(echo, env=env, capture_output=True, text=True, timeout=10)
    assert done.returncode == 0, done.stderr
    # The address `hostname -i` gives (a container's own), or the host name where that does not resolve.
    assert done.stdout.strip() and " " not in done.stdout.strip(), done.stdout
    kept = subprocess.run(echo, env={**env, "WEB_HOST": "w9"}, capture_output=True, text=True, timeout=10)
    assert kept.stdout.strip() == "w9"


def test_prometheus_and_grafana_point_at_compose_services() -> None:
    prom = yaml.safe_load((ROOT / "deploy" / "prometheus" / "prometheus.yml").read_text())
    job = next(j for j in prom["scrape_configs"] if j["job_name"] == "trendscope")
    sd = job["dns_sd_configs"][0]
    assert sd["names"] == ["worker"]
    assert str(sd["port"]) == services()["worker"]["environment"]["WEB_PORT"]
    datasource = yaml.safe_load(
        (ROOT / "deploy" / "grafana" / "provisioning" / "datasources" / "prometheus.yml").read_text()
    )["datasources"][0]
    assert datasource["url"] == "http://prometheus:9090"
    assert "prometheus" in services()


def test_topic_init_creates_every_topic_the_app_declares() -> None:
    topics = set(services()["kafka-init"]["environment"]["TOPICS"].split())
    defaults = {Settings.model_fields[f].default for f in Settings.model_fields if f.endswith("_topic")}
    assert topics == defaults


def _help_commands(svc: dict[str, Any]) -> list[list[str]]:
    """The app commands a service runs, each as ``argv + ["--help"]`` runnable here."""
    command = svc.get("command") or []
    if svc.get("entrypoint") and svc["entrypoint"][-1] == "-c":
        # A shell script: every `python -m trendscope_app SUBCOMMAND` in it.
        subs = re.findall(r"python -m trendscope_app ([\w-]+)", " ".join(command))
        return [[sys.executable, "-m", "trendscope_app", sub, "--help"] for sub in subs]
    if command[:1] == ["python"]:
        return [[sys.executable, *command[1:], "--help"]]
    if command[:1] == ["faust"]:
        return [[str(Path(sys.executable).with_name("faust")), *command[1:], "--help"]]
    raise AssertionError(f"unexpected command {command}")


@pytest.mark.parametrize("service", ["worker", "tmdb-source", "reddit-source", "sample-replay"])
def test_app_commands_exist_and_accept_the_compose_environment(service: str, tmp_path: Path) -> None:
    """Each command runs here with ``--help`` under the service's exact environment: the command exists
    and the app's settings accept every value compose passes (an invalid one stops the app at start)."""
    svc = services()[service]
    env = {k: str(v) for k, v in svc.get("environment", {}).items()}
    env.update(
        PATH=os.environ.get("PATH", "/usr/bin:/bin"), TRENDSCOPE_ENV_FILE="/nonexistent", HOME=str(tmp_path)
    )
    commands = _help_commands(svc)
    assert commands, service
    for argv in commands:
        done = subprocess.run(argv, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, (
            f"{' '.join(argv[1:])}: exit {done.returncode}\n{done.stdout[-1500:]}{done.stderr[-1500:]}"
        )
        assert "usage" in done.stdout.lower(), done.stdout
