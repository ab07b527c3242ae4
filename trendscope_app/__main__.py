"""``python -m trendscope_app``: the Faust app's command line, with TrendScope's commands on it.

``--version`` names TrendScope's version and Faust's; everything else goes to Faust's CLI (``worker``,
``demo``, ``replay``, ``sample``, ``tmdb-source``, ``reddit-source``, ``agents``, ``tables``, ...).
"""

from __future__ import annotations

import sys
from importlib.metadata import version


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv in (["--version"], ["version"]):
        from trendscope_app.version import __version__

        print(f"trendscope {__version__} (faust-streaming {version('faust-streaming')})")
        return
    try:
        from trendscope_app import app

        sys.argv = [sys.argv[0], *argv]
        app.main()
    except KeyboardInterrupt:
        # Ctrl-C before a command took the signal over (while the app is imported and built, ~1 s):
        # nothing was started, so stop as quietly as after it, with the shell's status for SIGINT.
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()
