"""A forecast of one movie's TrendScore for one window (topic ``predictions``).

The forecaster emits it twice: when it is made, and again with ``actual`` and the errors once the target
window closes. The history store merges the two; the web serves the result.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from trendscope_app.models import fields as f


# Not slotted: forecasts waiting for their window are pickled inside the forecaster's state, and slotted
# dataclasses would not read back the state pickled by earlier versions.
@dataclass(frozen=True)
class Prediction:
    """The forecast of movie ``movie_id``'s TrendScore for ``[target_window_start, target_window_end)``.

    Examples
    --------
    >>> p = Prediction(1, 60.0, 360.0, predicted=12.0, baseline=10.0, model_version="v",
    ...                made_at_window_end=300.0)
    >>> s = p.scored(11.0)
    >>> s.error, s.baseline_error
    (-1.0, 1.0)
    >>> Prediction.from_message(s.as_dict()) == s
    True
    >>> Prediction.from_message({"movie_id": 7, "target_window_start": 60,
    ...     "target_window_end": 360, "predicted": "high"})
    Traceback (most recent call last):
    ...
    trendscope_app.models.fields.InvalidRecord: field 'predicted' must be a number, got str
    """

    movie_id: int
    target_window_start: float
    target_window_end: float
    predicted: float
    #: The naive forecast (the last window's score) the model is measured against.
    baseline: float | None = None
    model_version: str | None = None
    made_at_window_end: float | None = None
    actual: float | None = None
    error: float | None = None
    baseline_error: float | None = None

    @property
    def key(self) -> tuple[int, float]:
        """The history store's primary key."""
        return (self.movie_id, self.target_window_start)

    @classmethod
    def from_message(cls, msg: Any) -> Prediction:
        """Validate a decoded ``predictions`` value (a non-string ``model_version`` is stringified)."""
        d = f.json_object(msg)
        version = d.get("model_version")
        return cls(
            movie_id=f.movie_id(d),
            target_window_start=f.number(d, "target_window_start"),
            target_window_end=f.number(d, "target_window_end"),
            predicted=f.number(d, "predicted"),
            baseline=f.optional_number(d, "baseline"),
            model_version=None if version is None else str(version),
            made_at_window_end=f.optional_number(d, "made_at_window_end"),
            actual=f.optional_number(d, "actual"),
            error=f.optional_number(d, "error"),
            baseline_error=f.optional_number(d, "baseline_error"),
        )

    def scored(self, actual: float) -> Prediction:
        """A copy with the actual and the errors (``actual - forecast``) filled in."""
        return Prediction(
            self.movie_id,
            self.target_window_start,
            self.target_window_end,
            self.predicted,
            self.baseline,
            self.model_version,
            self.made_at_window_end,
            actual=actual,
            error=actual - self.predicted,
            baseline_error=None if self.baseline is None else actual - self.baseline,
        )

    def merge(self, newer: Prediction) -> Prediction:
        """What the history holds after ``self`` then ``newer``: a value ``newer`` leaves empty is kept.

        Examples
        --------
        >>> a = Prediction(1, 0.0, 300.0, predicted=5.0, actual=7.0, error=2.0)
        >>> b = Prediction(1, 0.0, 300.0, predicted=5.0)
        >>> a.merge(b).actual, b.merge(a).actual
        (7.0, 7.0)
        """
        values = {}
        for field in fields(self):
            new = getattr(newer, field.name)
            values[field.name] = getattr(self, field.name) if new is None else new
        return Prediction(**values)

    def as_dict(self) -> dict[str, Any]:
        """The JSON object of ``predictions`` and of the API."""
        return {
            "movie_id": self.movie_id,
            "target_window_start": self.target_window_start,
            "target_window_end": self.target_window_end,
            "predicted": self.predicted,
            "baseline": self.baseline,
            "model_version": self.model_version,
            "made_at_window_end": self.made_at_window_end,
            "actual": self.actual,
            "error": self.error,
            "baseline_error": self.baseline_error,
        }
