"""Whether the web server can listen where it is told to, asked before anything starts."""

from __future__ import annotations

import socket

__all__ = ["bind_error"]


def bind_error(bind: str, port: int) -> str | None:
    """Why a web server could not listen on ``bind:port`` (``None`` when it can).

    Examples
    --------
    >>> with socket.socket() as taken:
    ...     taken.bind(("127.0.0.1", 0))
    ...     taken.listen()
    ...     bind_error("127.0.0.1", taken.getsockname()[1])
    'Address already in use'
    """
    with socket.socket() as sock:
        # As aiohttp binds it: a port left in TIME_WAIT is free for the server.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((bind, port))
        except OSError as exc:
            return exc.strerror or str(exc)
    return None
