"""The OpenAPI document of a live worker is valid, and property-based requests built from it never get a
5xx, an undocumented status or a body that does not match its schema (schemathesis, real HTTP)."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from tests.support import WorkerProc, http_json, replay_into, wait_until
from trendscope_app.broker.embedded import EmbeddedBroker, free_port
from trendscope_app.datasets.sample import SampleSpec, generate

pytestmark = pytest.mark.e2e

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


SPEC = SampleSpec(n_comments=2_000, n_movies=5, duration_s=900.0, seed=5, hard_titles=False)


@pytest.fixture(scope="module")
def live_worker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerProc]:
    """One worker with a short replay behind it, so lookups have rows to return."""
    tmp: Path = tmp_path_factory.mktemp("openapi")
    with EmbeddedBroker(tmp / "broker.log") as broker:
        env = {
            "TOPIC_PARTITIONS": "2",
            "IDLE_WATERMARK_RATE": "0",
            "IDLE_TIMEOUT_S": "2",
            "MLFLOW_ENABLED": "false",
        }
        w = WorkerProc(broker.url, free_port(), tmp / "w1", env=env).start()
        try:
            w.wait_ready()
            comments, snapshots, _ = generate(SPEC)
            replay_into(broker, tmp, comments, snapshots, [w.url], partitions=2)
            wait_until(lambda: http_json(f"{w.url}/trends/top")[1].get("trends"), 60, "a closed window")
            yield w
        finally:
            w.stop()


def test_the_catalogue_lists_every_movie_of_the_snapshots_with_its_titles(live_worker):
    """``GET /catalog`` said how many movies there are and nothing else, so a user could not look one up."""
    _, snapshots, _ = generate(SPEC)
    expected = {s["id"]: s["title"] for s in snapshots}
    status, body = http_json(f"{live_worker.url}/catalog")
    assert status == 200 and body["movies"] == len(expected) == len(body["items"]), body
    assert {m["movie_id"]: m["title"] for m in body["items"]} == expected
    assert all(m["names"][0] == m["title"] for m in body["items"])
    titles = [m["title"].casefold() for m in body["items"]]
    assert titles == sorted(titles)


def api_paths(w: WorkerProc) -> list[str]:
    return list(http_json(f"{w.url}/openapi.json")[1]["paths"])


def test_the_document_lists_every_route_with_parameters_and_response_schemas(live_worker):
    status, doc = http_json(f"{live_worker.url}/openapi.json")
    assert status == 200 and doc["openapi"].startswith("3.")
    paths = doc["paths"]
    for path in (
        "/trends/top",
        "/trends/{movie_id}",
        "/predictions/{movie_id}",
        "/trends/{movie_id}/history",
        "/predictions/{movie_id}/history",
        "/catalog",
        "/health",
        "/metrics",
        "/openapi.json",
    ):
        op = paths[path]["get"]
        assert op["responses"]["200"]["content"], path
    limit = next(p for p in paths["/trends/top"]["get"]["parameters"] if p["name"] == "limit")
    assert limit["schema"] == {"type": "integer", "minimum": 1, "maximum": 1000, "default": 10}


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=lambda m: m.value)
def test_no_5xx_and_every_response_matches_its_schema(live_worker, mode):
    """Valid and invalid requests to every operation: documented statuses only, bodies as documented."""
    schema = schemathesis.openapi.from_url(f"{live_worker.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    # schemathesis leaves out the route that serves the document itself
    assert {op.path for op in operations} == set(api_paths(live_worker)) - {"/openapi.json"}
    for op in operations:
        if mode is GenerationMode.NEGATIVE and not list(op.iter_parameters()):
            continue  # nothing to get wrong

        @given(case=op.as_strategy(generation_mode=mode))
        @settings(max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def call(case):
            case.call_and_validate(checks=CHECKS)

        call()


def fetch(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.status, r.headers["Content-Type"]


def test_every_route_answers_with_and_without_a_trailing_slash(live_worker):
    movie = http_json(f"{live_worker.url}/trends/top")[1]["trends"][0]["movie_id"]
    for path in api_paths(live_worker):
        url = live_worker.url + path.replace("{movie_id}", str(movie))
        plain, slashed = fetch(url), fetch(url + "/")
        assert plain[0] == slashed[0] == 200, (path, plain[0], slashed[0])
        assert plain[1] == slashed[1], path  # same content type
    assert http_json(f"{live_worker.url}/trends/top/?limit=1")[1]["trends"].__len__() == 1
    status, body = http_json(f"{live_worker.url}/no/such/path/")
    assert status == 404 and body == {"error": "not found"}


@pytest.mark.parametrize("key", ["trends", "predictions"])
def test_the_history_of_an_unknown_movie_is_404_like_its_lookup(live_worker, key):
    """The history routes answered 200 with no rows for a movie no worker or store has ever held, where
    ``/trends/{id}`` says 404 "unknown movie", as the README promises for every route."""
    known = http_json(f"{live_worker.url}/trends/top")[1]["trends"][0]["movie_id"]
    unknown = 1 + max(m["movie_id"] for m in http_json(f"{live_worker.url}/catalog")[1]["items"])
    assert http_json(f"{live_worker.url}/{key}/{unknown}")[0] == 404
    status, body = http_json(f"{live_worker.url}/{key}/{unknown}/history")
    assert status == 404 and body == {"error": f"unknown movie {unknown}"}, (status, body)
    # A known movie whose range holds nothing is an empty answer, not an unknown movie.
    wait_until(lambda: http_json(f"{live_worker.url}/{key}/{known}/history")[1].get(key), 60, f"stored {key}")
    status, body = http_json(f"{live_worker.url}/{key}/{known}/history?from=2100-01-01T00:00:00Z")
    assert status == 200 and body[key] == [], (status, body)
