"""JSON Schemas of the API's response bodies (OpenAPI 3.0 dialect), one per shape.

They are the documentation of ``/openapi.json`` and what the suite's property-based test checks every
response against.
"""

from __future__ import annotations

from typing import Any

TIME = {"type": "string", "format": "date-time"}
NUMBER = {"type": "number"}
INT = {"type": "integer"}
OPT_NUMBER = {"type": "number", "nullable": True}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def obj(props: dict[str, Any], required: list[str] | None = None) -> dict[str, Any]:
    return {"type": "object", "required": list(props) if required is None else required, "properties": props}


TREND = obj(
    {
        "movie_id": INT,
        "title": {"type": "string"},
        "window_start": TIME,
        "window_end": TIME,
        "mentions": {"type": "integer", "minimum": 0},
        "avg_sentiment": {"type": "number", "minimum": -1, "maximum": 1},
        "popularity": NUMBER,
        "trend_score": NUMBER,
        "complete": {"type": "boolean"},
    }
)

FORECAST = obj(
    {
        "movie_id": INT,
        "target_window_start": TIME,
        "target_window_end": TIME,
        "predicted": NUMBER,
        "baseline": NUMBER,
        "model_version": {"type": "string"},
        "made_at_window_end": TIME,
        "actual": OPT_NUMBER,
        "error": OPT_NUMBER,
        "baseline_error": OPT_NUMBER,
        "status": {"type": "string", "enum": ["scored", "pending", "unscored"]},
    }
)

STORED_TREND = obj(
    {**TREND["properties"], "complete": {"type": "boolean", "nullable": True}},
    required=["movie_id", "window_start", "window_end", "mentions"],
)

STORED_PREDICTION = obj(
    {
        "movie_id": INT,
        "target_window_start": TIME,
        "target_window_end": TIME,
        "predicted": NUMBER,
        "actual": OPT_NUMBER,
        "error": OPT_NUMBER,
        "baseline": OPT_NUMBER,
        "baseline_error": OPT_NUMBER,
        "model_version": {"type": "string", "nullable": True},
        "made_at_window_end": {**TIME, "nullable": True},
        "status": FORECAST["properties"]["status"],
    },
    required=["movie_id", "target_window_start", "target_window_end", "predicted", "status"],
)

BREAKOUT = obj(
    {
        "movie_id": INT,
        "title": {"type": "string"},
        "status": {"type": "string", "enum": ["active", "ended"]},
        "started_at_window_end": TIME,
        "window_end": TIME,
        "score": NUMBER,
        "peak_score": NUMBER,
        "peak_window_end": TIME,
        "ended_at_window_end": {**TIME, "nullable": True},
        "end_reason": {
            "type": "string",
            "nullable": True,
            "enum": ["fell_back", "silent", "max_windows", None],
        },
        "events": {"type": "integer", "minimum": 1},
        "start": {"type": "object"},
        "latest": {"type": "object"},
    }
)

COMPONENTS: dict[str, Any] = {
    "TrendScore": TREND,
    "Forecast": FORECAST,
    "Breakout": BREAKOUT,
    "StoredTrend": STORED_TREND,
    "StoredPrediction": STORED_PREDICTION,
}

TOP = obj(
    {
        "window_start": {**TIME, "nullable": True},
        "window_end": {**TIME, "nullable": True},
        "complete": {"type": "boolean", "nullable": True},
        "input": {"type": "string", "enum": ["live", "finished", "stalled", "waiting"]},
        "trends": {
            "type": "array",
            "items": {
                "allOf": [
                    ref("TrendScore"),
                    obj(
                        {
                            "forecast": {"nullable": True, "allOf": [ref("Forecast")]},
                            "breakout": {"nullable": True, "allOf": [ref("Breakout")]},
                        }
                    ),
                ]
            },
        },
    }
)

MOVIE_TRENDS = obj(
    {
        "movie_id": INT,
        "title": {"type": "string"},
        "breakout": {"nullable": True, "allOf": [ref("Breakout")]},
        "trends": {"type": "array", "items": ref("TrendScore")},
    }
)

PART = obj(
    {
        "value": NUMBER,
        "input": NUMBER,
        "vs_previous": OPT_NUMBER,
        "vs_expected": OPT_NUMBER,
    }
)

WHY = obj(
    {
        "movie_id": INT,
        "title": {"type": "string"},
        "window_end": TIME,
        "parts": obj({"popularity": PART, "mentions": PART, "sentiment": PART}),
        "total": obj({"value": NUMBER, "vs_previous": OPT_NUMBER, "vs_expected": OPT_NUMBER}),
        "driver": {"type": "string", "nullable": True, "enum": ["popularity", "mentions", "sentiment", None]},
        "driver_basis": {"type": "string", "nullable": True, "enum": ["expected", "previous", None]},
        "subreddits": {
            "type": "array",
            "items": obj({"subreddit": {"type": "string"}, "mentions": INT, "share": NUMBER}),
        },
        "comments": {
            "type": "array",
            "items": obj(
                {"id": {"type": "string"}, "permalink": {"type": "string", "nullable": True}, "score": INT}
            ),
        },
        "breakout": {"nullable": True, "allOf": [ref("Breakout")]},
    }
)

BREAKOUTS = obj(
    {
        "since": {**TIME, "nullable": True},
        "active": {"type": "boolean"},
        "breakouts": {"type": "array", "items": ref("Breakout")},
    }
)

MOVIE_PREDICTIONS = obj(
    {
        "movie_id": INT,
        "title": {"type": "string"},
        "predictions": {"type": "array", "items": ref("Forecast")},
    }
)


def history(key: str, item: str) -> dict[str, Any]:
    return obj(
        {
            "movie_id": INT,
            "from": {**TIME, "nullable": True},
            "to": {**TIME, "nullable": True},
            "limit": INT,
            "truncated": {"type": "boolean"},
            key: {"type": "array", "items": ref(item)},
        }
    )


CATALOG = obj(
    {
        "movies": {"type": "integer", "minimum": 0},
        "items": {
            "type": "array",
            "items": obj(
                {
                    "movie_id": INT,
                    "title": {"type": "string"},
                    "names": {"type": "array", "items": {"type": "string"}},
                    "year": {"type": "integer", "nullable": True},
                }
            ),
        },
    }
)
HEALTH = obj({"worker": {"type": "string"}, "assigned": {"type": "object"}}, required=["worker", "assigned"])
METRICS = {"type": "string"}
OPENAPI = {"type": "object", "required": ["openapi", "paths"]}
