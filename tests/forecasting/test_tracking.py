"""MLflow tracking on a background thread: a real local store, and a server that is not there."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from tests.support import wait_until
from trendscope_app.broker.embedded import free_port
from trendscope_app.forecasting.tracking import Tracker, default_tracking_uri

pytest.importorskip("mlflow")


def test_local_store_gets_params_metrics_and_snapshots(tmp_path: Path) -> None:
    from mlflow.tracking import MlflowClient

    tracker = Tracker(
        None, "exp-test", tmp_path, {"model": "linear", "lr": 0.01}, "run-a", snapshot_every_s=0.2
    )
    started = time.monotonic()
    tracker.start()
    assert time.monotonic() - started < 0.5  # start() only starts a thread
    for step in (100, 200):
        tracker.log_metrics({"mae": 1.5 / step, "baseline_mae": 2.0, "rmse": float("nan")}, step=step)
    tracker.offer_snapshot("partition-0", b"model-bytes")
    wait_until(lambda: tracker.snapshots_logged >= 1 or tracker.failed, 60, "a snapshot upload")
    tracker.offer_snapshot("partition-0", b"model-bytes-2")
    tracker.close(timeout=30)
    assert not tracker.failed and tracker.run_id

    assert (tmp_path / "mlflow" / "mlflow.db").exists()
    client = MlflowClient(tracking_uri=default_tracking_uri(tmp_path))
    run = client.get_run(tracker.run_id)
    assert run.info.status == "FINISHED" and run.info.run_name == "run-a"
    assert run.data.params == {"model": "linear", "lr": "0.01"}
    assert [(m.step, m.value) for m in client.get_metric_history(tracker.run_id, "mae")] == [
        (100, 0.015),
        (200, 0.0075),
    ]
    assert "rmse" not in run.data.metrics  # NaN (nothing scored yet) is left out
    files = client.list_artifacts(tracker.run_id, "snapshots/partition-0")
    assert len(files) == 2, files  # one at the interval, the newest again when the run ends
    local = Path(client.download_artifacts(tracker.run_id, files[-1].path, str(tmp_path / "dl")))
    assert local.read_bytes() in (b"model-bytes", b"model-bytes-2")
    assert str(tmp_path.resolve()) in run.info.artifact_uri


def test_metrics_sooner_than_the_interval_collapse_to_the_newest(tmp_path: Path) -> None:
    from mlflow.tracking import MlflowClient

    tracker = Tracker(None, "exp-rate", tmp_path, {"model": "linear"}, "run-c", min_log_interval_s=3600)
    tracker.start()
    for step in (100, 200, 300):
        tracker.log_metrics({"mae": float(step)}, step=step)
    tracker.close(timeout=60)
    assert not tracker.failed and tracker.run_id
    client = MlflowClient(tracking_uri=default_tracking_uri(tmp_path))
    # The first is logged at once; 200 is replaced by 300 inside the interval; the newest is logged at close.
    assert [(m.step, m.value) for m in client.get_metric_history(tracker.run_id, "mae")] == [
        (100, 100.0),
        (300, 300.0),
    ]


def test_unreachable_server_warns_once_and_never_blocks(tmp_path: Path, caplog) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    tracker = Tracker(url, "exp", tmp_path, {"model": "linear"}, "run-b", snapshot_every_s=0.1)
    with caplog.at_level(logging.WARNING):
        tracker.start()
        for step in range(50):
            started = time.monotonic()
            tracker.log_metrics({"mae": 1.0}, step=step)
            tracker.offer_snapshot("partition-0", b"x")
            assert time.monotonic() - started < 0.1
        wait_until(lambda: tracker.failed, 120, "the tracker to give up")
        for step in range(50):
            tracker.log_metrics({"mae": 1.0}, step=step)
        tracker.close(timeout=5)
    ours = [r for r in caplog.records if r.levelno >= logging.WARNING]  # from any logger
    assert len(ours) == 1 and ours[0].name == "trendscope_app.forecasting.tracking", [
        r.getMessage() for r in ours
    ]
    assert "MLflow unavailable" in ours[0].getMessage() and url in ours[0].getMessage()
    assert not (tmp_path / "mlflow").exists()
