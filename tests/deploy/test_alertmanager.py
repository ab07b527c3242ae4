"""deploy/alertmanager/alertmanager.yml: valid for ``amtool check-config`` (Debian's prometheus-alertmanager,
installed by the test when missing) as shipped and with its example receiver uncommented, and mounted where
the compose service reads it."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import yaml

from tests.deploy.test_compose import services
from tests.deploy.tools import ensure_tool
from tests.support import ROOT

CONFIG = ROOT / "deploy" / "alertmanager" / "alertmanager.yml"
BEGIN, END = "example receiver: begin", "example receiver: end"


def amtool_check(path: Path) -> subprocess.CompletedProcess[str]:
    amtool = ensure_tool("amtool", "prometheus-alertmanager")
    return subprocess.run(
        [amtool, "check-config", str(path)], capture_output=True, text=True, timeout=60, cwd=path.parent
    )


def with_example_uncommented(text: str) -> str:
    """The config as an operator following its instructions makes it: the example lines uncommented."""
    out, inside = [], False
    for line in text.splitlines():
        if END in line:
            inside = False
        if inside:
            line = re.sub(r"^(\s*)# ", r"\1", line)
        if BEGIN in line:
            inside = True
        out.append(line)
    return "\n".join(out) + "\n"


def test_amtool_accepts_the_config() -> None:
    done = amtool_check(CONFIG)
    assert done.returncode == 0, done.stdout + done.stderr
    config = yaml.safe_load(CONFIG.read_text())
    names = {r["name"] for r in config["receivers"]}
    routes = [config["route"], *config["route"].get("routes", [])]
    assert {r["receiver"] for r in routes} <= names


def test_amtool_accepts_the_example_receiver(tmp_path: Path) -> None:
    text = CONFIG.read_text()
    assert text.count(BEGIN) == 1 and text.count(END) == 1
    example = tmp_path / "alertmanager.yml"
    example.write_text(with_example_uncommented(text))
    done = amtool_check(example)
    assert done.returncode == 0, done.stdout + done.stderr
    operator = next(r for r in yaml.safe_load(example.read_text())["receivers"] if r["name"] == "operator")
    assert operator["webhook_configs"][0]["url"].startswith("https://")


def test_compose_runs_alertmanager_with_this_config() -> None:
    svc = services()["alertmanager"]
    assert f"{CONFIG.parent}:/etc/alertmanager:ro" in svc["volumes"], svc["volumes"]
    assert "--config.file=/etc/alertmanager/alertmanager.yml" in svc["command"]
    assert svc["image"].startswith("prom/alertmanager:v")
    assert services()["prometheus"]["depends_on"]["alertmanager"]["condition"] == "service_started"
