"""The JSON API's routes, declared once: each route's parameters parse requests *and* describe the route
in the OpenAPI document, so the two cannot drift apart.

A route is an async function that takes the parsed parameters and returns ``(status, body)``;
:meth:`Api.get` turns it into a Faust view, :meth:`Api.openapi` into the document at ``/openapi.json``.
Paths are canonical without a trailing slash; :func:`trendscope_app.web.errors.web_application_options`
redirects the trailing-slash form with a 308.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal

import faust
from faust.web import Request, Response, View

__all__ = ["Api", "BadParam", "Param", "iso"]


class BadParam(ValueError):
    """A request parameter that does not parse: answered with a 400 and this message."""


def iso(ts: float) -> str:
    """Epoch seconds as ISO 8601 UTC.

    Examples
    --------
    >>> iso(0), iso(-43_499_000_000)
    ('1970-01-01T00:00:00Z', '0591-07-28T08:26:40Z')
    """
    # isoformat, not strftime: strftime does not pad years before 1000 to four digits.
    return dt.datetime.fromtimestamp(ts, dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def parse_time(raw: str, name: str) -> float:
    """An ISO 8601 time as epoch seconds; no offset means UTC.

    A ``+hh:mm`` offset that reached us as a space (an unencoded ``+`` in a query string) is accepted.

    Examples
    --------
    >>> parse_time("2024-05-01T12:00:00Z", "from")
    1714564800.0
    >>> parse_time("2024-05-01T14:00:00+02:00", "from"), parse_time("2024-05-01T14:00:00 02:00", "from")
    (1714564800.0, 1714564800.0)
    >>> parse_time("2024-05-01", "to")
    1714521600.0
    >>> parse_time("yesterday", "to")
    Traceback (most recent call last):
    ...
    trendscope_app.web.api.BadParam: to must be an ISO 8601 time, e.g. 2024-05-01T12:00:00Z
    >>> parse_time("0001-01-01T06:00:00+17:00", "since")
    Traceback (most recent call last):
    ...
    trendscope_app.web.api.BadParam: since must be a time between the years 1 and 9999 in UTC
    >>> iso(parse_time("0001-01-01T17:00:00+17:00", "since")), iso(parse_time("9999-12-31T23:59:59Z", "to"))
    ('0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z')
    """
    text = raw.strip()
    text = re.sub(r"(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?) (\d{2}:?\d{2})$", r"\1+\2", text)
    try:
        if len(text) > 40:
            raise ValueError
        t = dt.datetime.fromisoformat(text)
    except ValueError:
        raise BadParam(f"{name} must be an ISO 8601 time, e.g. 2024-05-01T12:00:00Z") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=dt.UTC)
    try:
        # In UTC, as every answer writes it: an offset can push a valid local time out of year 1-9999.
        return t.astimezone(dt.UTC).timestamp()
    except OverflowError:
        raise BadParam(f"{name} must be a time between the years 1 and 9999 in UTC") from None


@dataclass(frozen=True)
class Param:
    """One path or query parameter: how it parses and how the OpenAPI document describes it.

    Examples
    --------
    >>> limit = Param("limit", "query", "rows to return", kind="int", minimum=1, maximum=1000, default=10)
    >>> limit.parse(None), limit.parse("5")
    (10, 5)
    >>> limit.parse("0")
    Traceback (most recent call last):
    ...
    trendscope_app.web.api.BadParam: limit must be an integer between 1 and 1000
    >>> limit.parse("²")
    Traceback (most recent call last):
    ...
    trendscope_app.web.api.BadParam: limit must be an integer between 1 and 1000
    >>> Param("since", "query", "start", kind="time").parse("1970-01-01T00:01:00Z")
    60.0
    """

    name: str
    where: Literal["path", "query"]
    description: str
    kind: Literal["int", "time", "bool"] = "int"
    minimum: int = 1
    maximum: int = 10**12 - 1
    default: Any = None

    def parse(self, raw: str | None) -> Any:
        if raw is None:
            if self.where == "path":
                raise BadParam(f"{self.name} is required")
            return self.default
        if self.kind == "time":
            return parse_time(raw, self.name)
        if self.kind == "bool":
            if raw.lower() not in ("true", "false", "1", "0"):
                raise BadParam(f"{self.name} must be true or false")
            return raw.lower() in ("true", "1")
        # ASCII only: str.isdigit() also passes "²" (which int() refuses) and other scripts' digits.
        if (
            not (raw.isascii() and raw.isdigit())
            or len(raw) > 12
            or not self.minimum <= int(raw) <= self.maximum
        ):
            what = "a positive integer" if self.maximum >= 10**12 - 1 else "an integer"
            rng = "" if self.maximum >= 10**12 - 1 else f" between {self.minimum} and {self.maximum}"
            raise BadParam(f"{self.name} must be {what}{rng}")
        return int(raw)

    def openapi(self) -> dict[str, Any]:
        schema: dict[str, Any]
        if self.kind == "time":
            schema = {"type": "string", "format": "date-time"}
        elif self.kind == "bool":
            schema = {"type": "boolean"}
        else:
            schema = {"type": "integer", "minimum": self.minimum, "maximum": self.maximum}
        if self.default is not None:
            schema["default"] = self.default
        return {
            "name": self.name,
            "in": self.where,
            "required": self.where == "path",
            "description": self.description,
            "schema": schema,
        }


Handler = Callable[..., Awaitable[tuple[int, Any]]]


@dataclass
class Operation:
    path: str
    summary: str
    params: tuple[Param, ...]
    response: dict[str, Any]
    errors: dict[int, str]
    content_type: str = "application/json"


ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string"}},
}


@dataclass
class Api:
    """The routes of one app; :meth:`get` registers a route on the app's web server."""

    app: faust.App
    title: str = "TrendScope"
    version: str = "0"
    operations: list[Operation] = field(default_factory=list)
    components: dict[str, Any] = field(default_factory=dict)

    def get(
        self,
        path: str,
        summary: str,
        params: tuple[Param, ...],
        response: dict[str, Any],
        errors: dict[int, str] | None = None,
        content_type: str = "application/json",
    ) -> Callable[[Handler], Handler]:
        """Register ``GET path``: the decorated function gets each parameter parsed, by name."""
        errs = {400: "a parameter does not parse", **(errors or {})}
        op = Operation(path, summary, params, response, errs, content_type)
        self.operations.append(op)

        def decorate(fun: Handler) -> Handler:
            async def get(view: View, request: Request, **match: str) -> Response:
                try:
                    values = {
                        p.name: p.parse(match.get(p.name) if p.where == "path" else request.query.get(p.name))
                        for p in params
                    }
                    status, body = await fun(**values)
                except BadParam as e:  # a parameter, or a combination of them (from after to)
                    return view.json({"error": str(e)}, status=400)
                if content_type != "application/json":
                    return view.bytes(body, content_type=content_type, status=status)
                return view.json(body, status=status)

            name = "api" + re.sub(r"\W+", "_", path)
            self.app.page(path, name=name)(type(name, (View,), {"get": get}))
            return fun

        return decorate

    def openapi(self) -> dict[str, Any]:
        """The OpenAPI 3.0 document of every registered route."""
        paths: dict[str, Any] = {}
        for op in self.operations:
            responses: dict[str, Any] = {
                "200": {"description": "OK", "content": {op.content_type: {"schema": op.response}}}
            }
            for status, why in sorted(op.errors.items()):
                responses[str(status)] = {
                    "description": why,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
                }
            paths[op.path] = {
                "get": {
                    "summary": op.summary,
                    "operationId": "get" + re.sub(r"\W+", "_", op.path),
                    "parameters": [p.openapi() for p in op.params],
                    "responses": responses,
                }
            }
        return {
            "openapi": "3.0.3",
            "info": {"title": self.title, "version": self.version},
            "paths": paths,
            "components": {"schemas": {"Error": ERROR_SCHEMA, **self.components}},
        }
