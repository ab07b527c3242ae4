"""MLflow tracking off the event loop.

One MLflow run per worker process: parameters when it starts, error metrics every
``MLFLOW_LOG_EVERY`` scored forecasts, and a snapshot of each partition's forecaster (the same pickle the
state table holds) as an artifact every ``MLFLOW_SNAPSHOT_MINUTES``.

Everything MLflow does happens on one daemon thread fed by a bounded queue: the agent only enqueues,
never waits. The tracking URI comes from ``MLFLOW_TRACKING_URI``; unset, a SQLite store under the data
dir (``<data_dir>/mlflow/mlflow.db``, artifacts beside it), which is the local store MLflow 3 supports
without opting in to its deprecated file store. When MLflow cannot be reached (or fails in any way),
the tracker logs one warning and drops everything from then on: forecasting never depends on it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import tempfile
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

_STOP = object()

# An unreachable server must fail in seconds, not after MLflow's default minutes of retries (each
# retry also logs a warning of its own); whoever sets these variables keeps their values.
_HTTP_DEFAULTS = {
    "MLFLOW_HTTP_REQUEST_MAX_RETRIES": "0",
    "MLFLOW_HTTP_REQUEST_TIMEOUT": "10",
}


def default_tracking_uri(data_dir: Path) -> str:
    """The local store used when ``MLFLOW_TRACKING_URI`` is unset.

    Examples
    --------
    >>> default_tracking_uri(Path("/var/ts"))
    'sqlite:////var/ts/mlflow/mlflow.db'
    """
    return f"sqlite:///{(data_dir / 'mlflow' / 'mlflow.db').resolve()}"


class Tracker:
    """Logs to MLflow from a background thread.

    Parameters
    ----------
    tracking_uri : str or None
        ``None``: :func:`default_tracking_uri` of ``data_dir``.
    experiment : str
        Experiment name (created when missing).
    data_dir : Path
        Where the default store lives.
    params : mapping
        Logged once when the run starts.
    run_name : str
        Name of this worker's run.
    snapshot_every_s : float
        Seconds between artifact snapshots.
    min_log_interval_s : float
        Least wall time between two metric logs. Metrics queued sooner replace each other (they are
        running totals, so the newest carries the others) and the newest is logged when the interval
        is up: a replay at hundreds of times real speed would otherwise spend ~10 % of the worker's CPU
        in MLflow's SQL store. ``0`` logs every call.
    """

    def __init__(
        self,
        tracking_uri: str | None,
        experiment: str,
        data_dir: Path,
        params: Mapping[str, Any],
        run_name: str,
        snapshot_every_s: float = 300.0,
        max_queue: int = 1000,
        min_log_interval_s: float = 0.0,
    ) -> None:
        self.local = tracking_uri is None
        self.tracking_uri = tracking_uri or default_tracking_uri(data_dir)
        self.experiment = experiment
        self.data_dir = data_dir
        self.params = dict(params)
        self.run_name = run_name
        self.snapshot_every_s = snapshot_every_s
        self.min_log_interval_s = min_log_interval_s
        self.queue: queue.Queue[Any] = queue.Queue(maxsize=max_queue)
        self.failed = False
        self.run_id: str | None = None
        self.snapshots_logged = 0
        self.metrics_logged = 0
        self.ready = threading.Event()
        self._snapshots: dict[str, bytes] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    # -- called from the event loop: never blocks ---------------------------------------------------
    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="mlflow-tracker", daemon=True)
        self._thread.start()

    def log_metrics(self, metrics: Mapping[str, float], step: int) -> None:
        """Queue metrics (NaNs are left out); dropped when MLflow failed or the queue is full."""
        if self.failed:
            return
        clean = {k: float(v) for k, v in metrics.items() if v == v}
        with contextlib.suppress(queue.Full):
            self.queue.put_nowait(("metrics", clean, step))

    def offer_snapshot(self, name: str, blob: bytes) -> None:
        """Keep ``blob`` as the newest snapshot of ``name``; the thread uploads it at the next interval."""
        if self.failed:
            return
        with self._lock:
            self._snapshots[name] = blob

    def close(self, timeout: float = 10.0) -> None:
        """Upload the newest snapshots, end the run and stop the thread (waits at most ``timeout``)."""
        if self._thread is None or not self._thread.is_alive():
            return
        with contextlib.suppress(queue.Full):
            self.queue.put(_STOP, timeout=timeout)
        self._thread.join(timeout)

    # -- the thread ---------------------------------------------------------------------------------
    def _fail(self, what: str, err: BaseException) -> None:
        if not self.failed:
            self.failed = True
            log.warning(
                "MLflow unavailable (%s at %s: %s); forecasting goes on without tracking",
                what,
                self.tracking_uri,
                err,
            )
        self.ready.set()

    def _run(self) -> None:
        try:
            client = self._connect()
        except Exception as err:
            self._fail("start", err)
            return
        self.ready.set()
        next_snapshot = time.monotonic() + self.snapshot_every_s
        next_log = 0.0
        pending: tuple[Mapping[str, float], int] | None = None
        while True:
            due = min(next_snapshot, next_log) if pending else next_snapshot
            try:
                item = self.queue.get(timeout=max(0.05, due - time.monotonic()))
            except queue.Empty:
                item = None
            try:
                if item is _STOP:
                    if pending:
                        self._log_metrics(client, *pending)
                    self._upload_snapshots(client)
                    client.set_terminated(self.run_id)
                    return
                if item is not None:
                    _, metrics, step = item
                    pending = (metrics, step)
                if pending and time.monotonic() >= next_log:
                    self._log_metrics(client, *pending)
                    pending = None
                    next_log = time.monotonic() + self.min_log_interval_s
                if time.monotonic() >= next_snapshot:
                    self._upload_snapshots(client)
                    next_snapshot = time.monotonic() + self.snapshot_every_s
            except Exception as err:
                self._fail("logging", err)
                return

    def _connect(self) -> Any:
        for k, v in _HTTP_DEFAULTS.items():
            os.environ.setdefault(k, v)
        from mlflow.tracking import MlflowClient  # heavy import: on this thread, not the loop's

        # The SQLite store narrates its schema migrations at INFO on every start.
        for name in ("mlflow.store.db.utils", "alembic"):
            logging.getLogger(name).setLevel(logging.WARNING)

        artifacts: str | None = None
        if self.local:
            root = self.data_dir / "mlflow"
            root.mkdir(parents=True, exist_ok=True)
            artifacts = (root / "artifacts").resolve().as_uri()
        client = MlflowClient(tracking_uri=self.tracking_uri)
        exp = client.get_experiment_by_name(self.experiment)
        exp_id = exp.experiment_id if exp else client.create_experiment(self.experiment, artifacts)
        run = client.create_run(exp_id, run_name=self.run_name)
        self.run_id = run.info.run_id
        client.log_batch(self.run_id, params=_params(self.params))
        return client

    def _log_metrics(self, client: Any, metrics: Mapping[str, float], step: int) -> None:
        from mlflow.entities import Metric

        now = int(time.time() * 1000)
        batch = [Metric(k, v, now, step) for k, v in metrics.items()]
        client.log_batch(self.run_id, metrics=batch)
        self.metrics_logged += 1

    def _upload_snapshots(self, client: Any) -> None:
        with self._lock:
            snapshots, self._snapshots = self._snapshots, {}
        if not snapshots:
            return
        with tempfile.TemporaryDirectory(prefix="trendscope-snapshot-") as tmp:
            stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
            for name, blob in snapshots.items():
                self.snapshots_logged += 1
                # The count keeps two uploads within one second apart.
                path = Path(tmp) / f"{name}-{stamp}-{self.snapshots_logged:05d}.pkl"
                path.write_bytes(blob)
                client.log_artifact(self.run_id, str(path), artifact_path=f"snapshots/{name}")


def _params(params: Mapping[str, Any]) -> list[Any]:
    from mlflow.entities import Param

    # MLflow caps a parameter value at 6000 characters.
    return [Param(k, str(v)[:6000]) for k, v in params.items()]
