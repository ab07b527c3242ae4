"""The documentation a user reads is current: the generated configuration table, links that resolve, and no
reference to a document outside the repository."""

from __future__ import annotations

import re
from pathlib import Path

from tools.config_table import README, table, with_table

ROOT = Path(__file__).resolve().parents[1]
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]


def test_the_configuration_table_is_generated_from_the_settings() -> None:
    text = README.read_text()
    assert table() in text
    assert with_table(text) == text, "run: python -m tools.config_table --write"


def test_every_relative_link_resolves() -> None:
    broken = []
    for doc in DOCS:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", doc.read_text()):
            if "://" in target:
                continue
            if not (doc.parent / target).exists():
                broken.append(f"{doc.relative_to(ROOT)} -> {target}")
    assert not broken, broken


def test_nothing_cites_a_document_users_cannot_read() -> None:
    cited = [
        str(p.relative_to(ROOT))
        for p in [*DOCS, *ROOT.glob("trendscope_app/**/*.py"), *ROOT.glob("tests/**/*.py")]
        if p.name != "test_docs.py" and "DESIGN.md" in p.read_text()
    ]
    assert not cited, cited


def test_the_readme_stays_a_users_guide() -> None:
    lines = README.read_text().splitlines()
    generated = sum(1 for ln in lines if ln.startswith("| `"))
    assert len(lines) - generated <= 250, f"{len(lines) - generated} lines besides the generated table"
    for heading in (
        "## Two commands",
        "## Live data",
        "## Your own files",
        "### Input files",
        "## The web API",
        "## Configuration",
        "## Operations",
        "## Troubleshooting",
        "## Upgrading",
    ):
        assert heading in lines, heading
