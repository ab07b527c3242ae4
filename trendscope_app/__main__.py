"""``python -m trendscope_app``: the Faust CLI, plus ``demo``, ``replay``, ``sample`` and the live sources."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("demo", "replay", "sample"):
        from trendscope_app.cli.commands import run

        sys.exit(run(argv))
    if argv and argv[0] in ("tmdb-source", "reddit-source"):
        from trendscope_app.cli.sources import run_source

        sys.exit(run_source(argv))
    from trendscope_app import app

    sys.argv = [sys.argv[0], *argv]
    app.main()


if __name__ == "__main__":
    main()
