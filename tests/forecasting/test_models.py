"""Every model family learns, forecasts finite values and survives a pickle round trip unchanged."""

from __future__ import annotations

import math
import pickle

import pytest

from trendscope_app.forecasting.features import FEATURE_NAMES
from trendscope_app.forecasting.models import BOUNDED_FEATURES, MODEL_FAMILIES, build_model


def examples(n: int) -> list[tuple[dict[str, float], float]]:
    out = []
    for i in range(n):
        x = {
            name: math.sin(i * (k + 1) * 0.37) * (1 if name in BOUNDED_FEATURES else k + 1)
            for k, name in enumerate(FEATURE_NAMES)
        }
        out.append((x, 2.0 * x["pane_rate"] - x["pane_leaving"] + 0.5 * x["structural_delta"]))
    return out


@pytest.mark.parametrize("family", MODEL_FAMILIES)
@pytest.mark.parametrize("target", ["structural", "persistence"])
def test_family_learns_and_pickles(family: str, target: str) -> None:
    model = build_model(family, target=target)
    data = examples(300)
    first = sum(abs(y - model.predict_one(x)) for x, y in data[:50])
    for x, y in data[:250]:
        model.learn_one(x, y)
    later = [model.predict_one(x) for x, _ in data[250:]]
    assert all(math.isfinite(p) for p in later)
    assert sum(abs(y - p) for (_, y), p in zip(data[250:], later, strict=True)) < first
    restored = pickle.loads(pickle.dumps(model))
    assert [restored.predict_one(x) for x, _ in data[250:]] == later


def test_bad_target_is_refused():
    with pytest.raises(ValueError, match="unknown target"):
        build_model("linear", target="oracle")
