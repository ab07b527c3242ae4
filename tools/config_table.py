"""The README's configuration table, generated from the settings' own descriptions.

``python -m tools.config_table`` prints it; ``--write`` puts it into README.md between the
``<!-- config:start -->`` and ``<!-- config:end -->`` markers. ``tests/test_docs.py`` fails when the README's
table is not what this prints.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from trendscope_app.settings import Settings

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- config:start -->", "<!-- config:end -->"


def _default(value: Any) -> str:
    if value is None:
        return "unset"
    if isinstance(value, SecretStr):
        return "(secret)"
    if isinstance(value, bool):
        return str(value).lower()
    return f"`{value}`"


def table() -> str:
    """One row per setting: the environment variable, its default, what it is for."""
    rows = ["| variable | default | meaning |", "|---|---|---|"]
    for name, field in Settings.model_fields.items():
        description = (field.description or "").replace("|", "\\|")
        rows.append(f"| `{name.upper()}` | {_default(field.default)} | {description} |")
    return "\n".join(rows)


def with_table(readme: str) -> str:
    """``readme`` with the text between the markers replaced by :func:`table`."""
    head, _, rest = readme.partition(START)
    _, _, tail = rest.partition(END)
    return f"{head}{START}\n{table()}\n{END}{tail}"


def main(argv: list[str]) -> int:
    if argv == ["--write"]:
        README.write_text(with_table(README.read_text()))
        return 0
    print(table())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
