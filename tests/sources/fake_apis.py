"""Local stand-ins for TMDB and Reddit: real aiohttp servers on loopback speaking the real APIs' JSON.

* :class:`FakeTmdb`: ``GET /3/trending/movie/{day|week}`` and ``GET /3/movie/now_playing`` with TMDB's
  paging (``page``, ``total_pages``, ``total_results``), v3 ``api_key`` or v4 bearer authentication and
  TMDB's error bodies (``{"status_code": 7, "status_message": "Invalid API key: ...", "success": false}``).
* :class:`FakeReddit`: the OAuth ``client_credentials`` token exchange (``POST /api/v1/access_token``
  with HTTP Basic auth), and the ``/r/{subs}/comments/`` and ``/r/{subs}/new/`` listings with Reddit's
  ``before``/``after``/``limit`` paging, ``x-ratelimit-*`` headers and ``www-authenticate`` on 401.

Both take scripted faults (:meth:`FakeTmdb.fail`, :meth:`FakeReddit.fail`, :meth:`FakeReddit.fail_token`):
the next requests get a status (with ``Retry-After``), a delay, a body that is not JSON, or a dropped
connection. Every request is logged with its arrival time so tests can check what the client did.

``python -m tests.sources.fake_apis`` serves both with a few movies and a trickle of comments, and prints
the environment variables that point TrendScope's live sources at them (for trying the demo by hand).
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import math
import random
import sys
import time
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestServer

TMDB_ERRORS = {
    401: (7, "Invalid API key: You must be granted a valid key."),
    404: (34, "The resource you requested could not be found."),
    429: (25, "Your request count (41) is over the allowed limit of (40)."),
    500: (11, "Internal error: Something went wrong, contact TMDb."),
    503: (9, "Service offline: This service is temporarily offline, try again later."),
}


@dataclass
class Fault:
    """What the fake does to one request instead of answering normally (``Fault()``: answer normally)."""

    status: int | None = None
    retry_after: str | None = None
    delay_s: float = 0.0
    malformed: bool = False
    disconnect: bool = False
    body: bytes | None = None  # a 200 with this body (e.g. valid JSON of the wrong shape)


@dataclass
class Request:
    """One request as the fake saw it."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    at: float  # time.monotonic()
    answered: int | str = 0  # status, or "disconnect"


class _FakeServer:
    def __init__(self) -> None:
        self.requests: list[Request] = []
        self.faults: deque[Fault] = deque()
        self._server: TestServer | None = None

    def fail(self, *faults: Fault, times: int = 1) -> None:
        """Queue faults for the next requests (each fault ``times`` times, in order)."""
        for f in faults:
            self.faults.extend([f] * times)

    def _app(self) -> web.Application:
        raise NotImplementedError

    @property
    def root(self) -> str:
        assert self._server is not None, "not started"
        return str(self._server.make_url("")).rstrip("/")

    async def start(self) -> _FakeServer:
        self._server = TestServer(self._app(), host="127.0.0.1")
        await self._server.start_server(access_log=None)  # its log would show the test key
        return self

    async def stop(self) -> None:
        if self._server is not None:
            await self._server.close()
            self._server = None

    async def __aenter__(self) -> Any:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def _log(self, request: web.Request) -> Request:
        r = Request(
            request.method, request.path, dict(request.query), dict(request.headers), time.monotonic()
        )
        self.requests.append(r)
        return r

    async def _fault(
        self, request: web.Request, logged: Request, body_of: Any, queue: deque[Fault] | None = None
    ) -> web.StreamResponse | None:
        """Apply the next queued fault, if any: a response to return, or None to answer normally."""
        queue = self.faults if queue is None else queue
        if not queue:
            return None
        fault = queue.popleft()
        if fault.delay_s:
            await asyncio.sleep(fault.delay_s)
        if fault.disconnect:
            logged.answered = "disconnect"
            assert request.transport is not None
            request.transport.abort()
            raise asyncio.CancelledError  # nothing can be written: end the handler quietly
        if fault.malformed:
            logged.answered = 200
            return web.Response(
                body=b'{"page": 1, "results": [{"id": 1, "tit', content_type="application/json"
            )
        if fault.body is not None:
            logged.answered = 200
            return web.Response(body=fault.body, content_type="application/json")
        if fault.status is not None:
            logged.answered = fault.status
            headers = {"Retry-After": fault.retry_after} if fault.retry_after is not None else {}
            return body_of(fault.status, headers)
        return None


# -- TMDB ----------------------------------------------------------------------------------------------
def tmdb_movie(movie_id: int, title: str, popularity: float, **extra: Any) -> dict[str, Any]:
    """A TMDB list result with every field the real API sends for a movie."""
    result = {
        "adult": False,
        "backdrop_path": f"/b{movie_id}.jpg",
        "id": movie_id,
        "title": title,
        "original_title": title,
        "original_language": "en",
        "overview": f"The story of {title}.",
        "poster_path": f"/p{movie_id}.jpg",
        "media_type": "movie",
        "genre_ids": [18, 878],
        "popularity": popularity,
        "release_date": "2024-03-01",
        "video": False,
        "vote_average": 7.3,
        "vote_count": 1200 + movie_id % 1000,
    }
    result.update(extra)
    return result


class FakeTmdb(_FakeServer):
    """TMDB's v3 API (the two lists the poller reads).

    Parameters
    ----------
    trending : list of dict
        Results of ``/trending/movie/{window}`` in rank order (:func:`tmdb_movie`).
    now_playing : list of dict
        Results of ``/movie/now_playing``.
    api_key, read_token : str or None
        The credentials accepted.
    page_size : int
        Results per page (TMDB: 20).
    """

    def __init__(
        self,
        trending: list[dict[str, Any]],
        now_playing: list[dict[str, Any]] | None = None,
        *,
        api_key: str | None = "fake-v3-key",
        read_token: str | None = None,
        page_size: int = 20,
    ) -> None:
        super().__init__()
        self.trending = trending
        self.now_playing = now_playing or []
        self.api_key = api_key
        self.read_token = read_token
        self.page_size = page_size

    @property
    def base_url(self) -> str:
        """What ``TMDB_BASE_URL`` should be."""
        return self.root + "/3"

    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/3/trending/movie/{window}", self._trending)
        app.router.add_get("/3/movie/now_playing", self._now_playing)
        return app

    @staticmethod
    def _error(status: int, headers: dict[str, str] | None = None) -> web.Response:
        code, message = TMDB_ERRORS.get(status, (0, "Error"))
        body = {"status_code": code, "status_message": message, "success": False}
        return web.json_response(body, status=status, headers=headers)

    def _authorised(self, request: web.Request) -> bool:
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Bearer ") and self.read_token is not None:
            return auth[len("Bearer ") :] == self.read_token
        return self.api_key is not None and request.query.get("api_key") == self.api_key

    async def _listing(
        self, request: web.Request, results: list[dict[str, Any]], **extra: Any
    ) -> web.Response:
        logged = self._log(request)
        faulty = await self._fault(request, logged, self._error)
        if faulty is not None:
            return faulty
        if not self._authorised(request):
            logged.answered = 401
            return self._error(401)
        try:
            page = int(request.query.get("page", "1"))
        except ValueError:
            page = 0
        if not 1 <= page <= 500:
            logged.answered = 400
            return web.json_response(
                {"success": False, "status_code": 22, "status_message": "Invalid page."}, status=400
            )
        total_pages = max(1, math.ceil(len(results) / self.page_size))
        chunk = results[(page - 1) * self.page_size : page * self.page_size]
        logged.answered = 200
        return web.json_response(
            {
                **extra,
                "page": page,
                "results": chunk,
                "total_pages": total_pages,
                "total_results": len(results),
            }
        )

    async def _trending(self, request: web.Request) -> web.Response:
        if request.match_info["window"] not in ("day", "week"):
            return self._error(404)
        return await self._listing(request, self.trending)

    async def _now_playing(self, request: web.Request) -> web.Response:
        results = [{k: v for k, v in m.items() if k != "media_type"} for m in self.now_playing]
        return await self._listing(request, results, dates={"maximum": "2024-04-10", "minimum": "2024-02-28"})


# -- Reddit --------------------------------------------------------------------------------------------
def _base36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


@dataclass
class _Item:
    kind: str  # "t1" or "t3"
    data: dict[str, Any]
    deleted: bool = False

    @property
    def name(self) -> str:
        return self.data["name"]


@dataclass
class _Listings:
    items: list[_Item] = field(default_factory=list)  # oldest first


class FakeReddit(_FakeServer):
    """Reddit's OAuth token endpoint and subreddit listings (one server plays both hosts).

    Parameters
    ----------
    client_id, client_secret : str
        The app credentials accepted by the token endpoint.
    subreddits : Iterable[str]
        Subreddits that exist; others answer 404.
    private : Iterable[str]
        Subreddits that answer 403 (private).
    max_page : int
        Largest page served (Reddit: 100); smaller values force ``after`` paging.

    Attributes
    ----------
    tokens_issued : int
        Successful token exchanges.
    ratelimit : tuple of (remaining, reset_s)
        The ``x-ratelimit-remaining`` and ``x-ratelimit-reset`` sent on the next listing responses.
    """

    def __init__(
        self,
        client_id: str = "fake-client-id",
        client_secret: str = "fake-client-secret",
        *,
        subreddits: Iterable[str] = ("movies",),
        private: Iterable[str] = (),
        max_page: int = 100,
    ) -> None:
        super().__init__()
        self.client_id, self.client_secret = client_id, client_secret
        self.subreddits = {s.lower() for s in subreddits}
        self.private = {s.lower() for s in private}
        self.max_page = max_page
        self.listings: dict[str, _Listings] = {"t1": _Listings(), "t3": _Listings()}
        self.tokens: set[str] = set()
        self.token_faults: deque[Fault] = deque()
        self.tokens_issued = 0
        self.used = 0
        self.ratelimit: tuple[float, int] = (995.0, 540)
        self._ids = {"t1": itertools.count(1_700_000_000), "t3": itertools.count(80_000_000)}
        self._token_ids = itertools.count(1)

    @property
    def url(self) -> str:
        """What ``REDDIT_OAUTH_URL`` and ``REDDIT_URL`` should be."""
        return self.root

    def listing_requests(self) -> list[Request]:
        return [r for r in self.requests if r.path.startswith("/r/")]

    # -- content -----------------------------------------------------------------------------------
    def add_comment(
        self,
        body: str,
        *,
        subreddit: str = "movies",
        created_utc: float | None = None,
        author: str = "fake_user",
        score: int = 1,
    ) -> dict[str, Any]:
        """Post a comment (the newest); returns its data as the API lists it."""
        cid = _base36(next(self._ids["t1"]))
        link = "1c" + _base36(len(self.listings["t1"].items) // 20)
        created = time.time() if created_utc is None else created_utc
        data = {
            "id": cid,
            "name": f"t1_{cid}",
            "body": body,
            "body_html": f"<div class='md'><p>{body}</p></div>",
            "created_utc": created,
            "created": created,
            "score": score,
            "ups": score,
            "downs": 0,
            "subreddit": subreddit,
            "subreddit_id": "t5_2qh3s",
            "subreddit_name_prefixed": f"r/{subreddit}",
            "subreddit_type": "public",
            "author": author,
            "author_fullname": f"t2_{_base36(abs(hash(author)) % 10**9)}",
            "link_id": f"t3_{link}",
            "parent_id": f"t3_{link}",
            "link_title": "Official Discussion",
            "permalink": f"/r/{subreddit}/comments/{link}/official_discussion/{cid}/",
            "edited": False,
            "stickied": False,
            "distinguished": None,
            "replies": "",
            "controversiality": 0,
        }
        self.listings["t1"].items.append(_Item("t1", data))
        return data

    def add_submission(
        self,
        title: str,
        selftext: str = "",
        *,
        subreddit: str = "movies",
        created_utc: float | None = None,
        author: str = "fake_poster",
    ) -> dict[str, Any]:
        sid = _base36(next(self._ids["t3"]))
        created = time.time() if created_utc is None else created_utc
        slug = "_".join(title.lower().split())[:40]
        data = {
            "id": sid,
            "name": f"t3_{sid}",
            "title": title,
            "selftext": selftext,
            "created_utc": created,
            "created": created,
            "score": 5,
            "ups": 5,
            "upvote_ratio": 0.9,
            "num_comments": 0,
            "subreddit": subreddit,
            "subreddit_id": "t5_2qh3s",
            "subreddit_name_prefixed": f"r/{subreddit}",
            "author": author,
            "is_self": True,
            "over_18": False,
            "permalink": f"/r/{subreddit}/comments/{sid}/{slug}/",
            "url": f"https://www.reddit.com/r/{subreddit}/comments/{sid}/{slug}/",
        }
        self.listings["t3"].items.append(_Item("t3", data))
        return data

    def delete(self, fullname: str) -> None:
        """Remove an item from the listings (as a deleted/removed thing drops out of /comments)."""
        for listing in self.listings.values():
            for item in listing.items:
                if item.name == fullname:
                    item.deleted = True

    def expire_tokens(self) -> None:
        """Invalidate every issued token (as expiry would)."""
        self.tokens.clear()

    # -- HTTP --------------------------------------------------------------------------------------
    def _app(self) -> web.Application:
        app = web.Application()
        app.router.add_post("/api/v1/access_token", self._token)
        for slash in ("", "/"):  # Reddit answers both; asyncpraw asks for "comments/" but "new"
            app.router.add_get("/r/{subs}/comments" + slash, self._comments)
            app.router.add_get("/r/{subs}/new" + slash, self._new)
        return app

    @staticmethod
    def _error(status: int, headers: dict[str, str] | None = None) -> web.Response:
        if status >= 500:  # Reddit's CDN answers overload with an HTML page
            return web.Response(
                status=status,
                text="<html><body><h1>all servers are busy right now</h1></body></html>",
                content_type="text/html",
                headers=headers,
            )
        names = {401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests"}
        return web.json_response(
            {"message": names.get(status, "Error"), "error": status}, status=status, headers=headers
        )

    def fail_token(self, *faults: Fault) -> None:
        """Queue faults for the next token requests (listing faults are queued with :meth:`fail`)."""
        self.token_faults.extend(faults)

    async def _token(self, request: web.Request) -> web.StreamResponse:
        logged = self._log(request)
        faulty = await self._fault(request, logged, self._error, self.token_faults)
        if faulty is not None:
            return faulty
        form = await request.post()
        auth = request.headers.get("Authorization", "")
        try:
            user, _, password = base64.b64decode(auth.removeprefix("Basic ")).decode().partition(":")
        except ValueError:
            user = password = ""
        if not auth.startswith("Basic ") or (user, password) != (self.client_id, self.client_secret):
            logged.answered = 401
            return web.json_response({"message": "Unauthorized", "error": 401}, status=401)
        if form.get("grant_type") != "client_credentials":
            logged.answered = 200  # Reddit reports OAuth errors with a 200
            return web.json_response({"error": "unsupported_grant_type"})
        token = f"fake-token-{next(self._token_ids)}-{random.randrange(10**9)}"
        self.tokens.add(token)
        self.tokens_issued += 1
        logged.answered = 200
        return web.json_response(
            {"access_token": token, "token_type": "bearer", "expires_in": 86400, "scope": "*"}
        )

    async def _comments(self, request: web.Request) -> web.Response:
        return await self._listing(request, "t1")

    async def _new(self, request: web.Request) -> web.Response:
        return await self._listing(request, "t3")

    def _ratelimit_headers(self) -> dict[str, str]:
        self.used += 1
        remaining, reset = self.ratelimit
        return {
            "x-ratelimit-remaining": f"{remaining:.1f}",
            "x-ratelimit-used": str(self.used),
            "x-ratelimit-reset": str(reset),
        }

    async def _listing(self, request: web.Request, kind: str) -> web.Response:
        logged = self._log(request)
        faulty = await self._fault(request, logged, self._error)
        if faulty is not None:
            return faulty
        auth = request.headers.get("Authorization", "")
        if not auth.lower().startswith("bearer ") or auth.split(" ", 1)[1] not in self.tokens:
            logged.answered = 401
            return self._error(401, {"www-authenticate": 'Bearer realm="reddit", error="invalid_token"'})
        subs = [s.lower() for s in request.match_info["subs"].split("+")]
        if any(s in self.private for s in subs):
            logged.answered = 403
            return web.json_response({"reason": "private", "message": "Forbidden", "error": 403}, status=403)
        if any(s not in self.subreddits for s in subs):
            logged.answered = 404
            return self._error(404)
        live = [i for i in self.listings[kind].items if not i.deleted and i.data["subreddit"].lower() in subs]
        newest_first = live[::-1]
        names = [i.name for i in newest_first]
        q = request.query
        try:
            limit = min(max(int(q.get("limit", "25")), 1), self.max_page)
        except ValueError:
            limit = 25
        lo, hi = 0, len(newest_first)  # candidate range [lo, hi) in newest-first order
        if q.get("after"):
            hi_after = names.index(q["after"]) + 1 if q["after"] in names else len(names)
            lo = hi_after
        if q.get("before"):
            hi = names.index(q["before"]) if q["before"] in names else 0
        if q.get("before") and not q.get("after"):
            lo = max(lo, hi - limit)  # the items just newer than `before`
            page = newest_first[lo:hi]
        else:
            page = newest_first[lo:hi][:limit]
        first = names.index(page[0].name) if page else 0
        last = names.index(page[-1].name) if page else 0
        body = {
            "kind": "Listing",
            "data": {
                "after": page[-1].name if page and last < len(names) - 1 else None,
                "before": page[0].name if page and first > 0 else None,
                "dist": len(page),
                "modhash": None,
                "geo_filter": "",
                "children": [{"kind": i.kind, "data": i.data} for i in page],
            },
        }
        logged.answered = 200
        return web.json_response(body, headers=self._ratelimit_headers())


# -- by hand -------------------------------------------------------------------------------------------
DEMO_TITLES = ["Zorblax Rising", "The Quasar Heist", "Nebulon Drift", "Captain Vortexia", "Glimmerwood"]


async def _serve() -> None:
    tmdb = FakeTmdb([tmdb_movie(900_001 + i, t, 150.0 - 20 * i) for i, t in enumerate(DEMO_TITLES)])
    reddit = FakeReddit()
    async with tmdb, reddit:
        env = {
            "TMDB_API_KEY": tmdb.api_key,
            "TMDB_BASE_URL": tmdb.base_url,
            "REDDIT_CLIENT_ID": reddit.client_id,
            "REDDIT_CLIENT_SECRET": reddit.client_secret,
            "REDDIT_OAUTH_URL": reddit.url,
            "REDDIT_URL": reddit.url,
        }
        for k, v in env.items():
            print(f"export {k}={v}")
        sys.stdout.flush()
        rng = random.Random(5)
        moods = ["was amazing", "was boring", "is the best movie this year", "felt too long", "blew me away"]
        while True:
            title = rng.choice(DEMO_TITLES)
            reddit.add_comment(f"{title} {rng.choice(moods)}")
            await asyncio.sleep(rng.uniform(0.2, 1.0))


if __name__ == "__main__":
    asyncio.run(_serve())
