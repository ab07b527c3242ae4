"""The River model families a forecaster can hold, chosen by name (``FORECAST_MODEL``).

Every model predicts the change of a movie's TrendScore over the next step (the forecast is the current
TrendScore plus that change), from the features of :mod:`trendscope_app.forecasting.features`.

``FORECAST_TARGET`` says what the River regressor itself learns:

* ``structural`` (default): the residual of the structural forecast (the ``structural_delta`` feature:
  the panes that stay in the next window plus one pane at the recent rate). The regressor starts at that
  forecast and learns corrections to it.
* ``persistence``: the whole change; an untrained regressor forecasts persistence.

Measured on the default sample replay (60k comments, 50 movies, 4 partitions; model MAE / persistence
MAE): structural forecast alone 0.660; ``linear`` learning the residual (the default) 0.638; ``linear``
learning the whole change 0.795. A constant SGD learning rate of 0.01 over the 25 standardized features
oscillates on these noisy targets (0.915 on that sample, 1.98 on a two-hour one with 80 movies; 1.08
and 8.1 when learning the whole change), hence the default decay ``lr / t ** 0.5`` (River
``InverseScaling``), which starts at 0.01 and settles.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, Literal, Protocol, cast

from river import base

if TYPE_CHECKING:
    from river import optim

from trendscope_app.forecasting.features import FEATURE_NAMES

ModelFamily = Literal["linear", "pa", "tree"]
ModelTarget = Literal["structural", "persistence"]
MODEL_FAMILIES: tuple[str, ...] = ("linear", "pa", "tree")

# Already on a bounded scale: standardizing them would blow up the tiny variation an hour-long stream
# has in the hour of day, and turn it into a spurious trend.
BOUNDED_FEATURES: tuple[str, ...] = ("hour_sin", "hour_cos", "dow_sin", "dow_cos", "age")
STRUCTURAL_KEY = "structural_delta"

#: One example's features, as River passes them around.
Features = dict[Hashable, Any]


class Regressor(Protocol):
    """What the forecaster needs of a model: a River regressor or a pipeline ending in one."""

    def learn_one(self, x: Features, y: float) -> Any: ...

    def predict_one(self, x: Features) -> Any: ...


class Clip(base.Transformer):
    """Clip every value to ``[-limit, limit]``: one outlying standardized value cannot throw SGD off.

    Examples
    --------
    >>> Clip(4.0).transform_one({"a": 9.0, "b": -1.0})
    {'a': 4.0, 'b': -1.0}
    """

    def __init__(self, limit: float = 4.0) -> None:
        self.limit = limit

    def transform_one(self, x: Features) -> Features:
        c = self.limit
        return {k: max(-c, min(c, v)) for k, v in x.items()}


class Pick(base.Transformer):
    """Keep the named features, in the given order.

    River's ``compose.Select`` keeps its keys in a set, whose order follows the process's string hash
    seed: the floating-point sums over the features would then differ in the last bits from one process
    to the next, and a restarted worker would not forecast exactly what an uninterrupted one does.

    Examples
    --------
    >>> Pick("b", "a").transform_one({"a": 1.0, "b": 2.0, "c": 3.0})
    {'b': 2.0, 'a': 1.0}
    """

    def __init__(self, *keys: str) -> None:
        self.keys = tuple(keys)

    def transform_one(self, x: Features) -> Features:
        return {k: x[k] for k in self.keys}


class StructuralOffset(base.Regressor):
    """Predict ``x[key] + regressor(x)``; learn the residual ``y - x[key]``.

    Examples
    --------
    >>> from river import linear_model
    >>> m = StructuralOffset(linear_model.LinearRegression())
    >>> m.predict_one({"structural_delta": 2.5, "z": 1.0})
    2.5
    """

    def __init__(self, regressor: Regressor, key: str = STRUCTURAL_KEY) -> None:
        self.regressor = regressor
        self.key = key

    def learn_one(self, x: Features, y: float) -> None:
        self.regressor.learn_one(x, y - x[self.key])

    def predict_one(self, x: Features) -> float:
        return float(x[self.key] + self.regressor.predict_one(x))


def preload() -> None:
    """Import the River modules the models use (a worker does it before freezing its start-up heap).

    Building the app does not import them (they load SciPy, over a second), so a worker imports them
    before :func:`trendscope_app.memory.freeze_startup_heap`: imported later, their objects would be
    walked by every full garbage collection.
    """
    import river.drift
    import river.linear_model
    import river.optim
    import river.preprocessing
    import river.tree  # noqa: F401


def _features() -> base.Transformer:
    from river import preprocessing

    scaled = [f for f in FEATURE_NAMES if f not in BOUNDED_FEATURES]
    return cast(
        base.Transformer,
        (Pick(*scaled) | preprocessing.StandardScaler() | Clip(4.0)) + Pick(*BOUNDED_FEATURES),
    )


def _lr(lr: float, power: float) -> optim.base.Scheduler | float:
    from river import optim

    return optim.schedulers.InverseScaling(lr, power) if power > 0 else lr


def build_model(
    family: str = "linear",
    lr: float = 0.01,
    l2: float = 0.001,
    *,
    lr_power: float = 0.5,
    target: str = "structural",
    seed: int = 42,
) -> Regressor:
    """A fresh River regressor of ``family`` predicting the next step's change of the TrendScore.

    Parameters
    ----------
    family : {"linear", "pa", "tree"}
        ``linear``: ``StandardScaler | LinearRegression`` (SGD, learning rate ``lr``, L2 ``l2``);
        ``pa``: ``StandardScaler | PARegressor`` (passive-aggressive, no learning rate);
        ``tree``: ``StandardScaler | HoeffdingAdaptiveTreeRegressor`` (piecewise constant; replaces
        its own branches when they drift).
    lr, l2 : float
        SGD learning rate and L2 penalty of ``linear``.
    lr_power : float
        The learning rate at step ``t`` is ``lr / t ** lr_power``; 0 keeps it constant.
    target : {"structural", "persistence"}
        What the regressor learns (see the module docstring).
    seed : int
        Seed of the tree's bootstrap sampling (a restarted worker must make the same choices).

    Examples
    --------
    >>> x = {name: 0.0 for name in FEATURE_NAMES} | {"structural_delta": 3.0}
    >>> build_model("linear").predict_one(x), build_model("linear", target="persistence").predict_one(x)
    (3.0, 0.0)
    >>> build_model("nope")
    Traceback (most recent call last):
    ...
    ValueError: unknown model family 'nope' (choose from linear, pa, tree)
    """
    # Imported here, not with the module: they load SciPy (over a second), which building the app for a
    # command that never forecasts does not need.
    from river import linear_model, optim, tree

    if family == "linear":
        rate = _lr(lr, lr_power)
        regressor: Regressor = linear_model.LinearRegression(
            optimizer=optim.SGD(rate), l2=l2, intercept_lr=rate
        )
    elif family == "pa":
        regressor = linear_model.PARegressor(C=0.001, mode=2, eps=0.5)  # type: ignore[no-untyped-call]
    elif family == "tree":
        regressor = tree.HoeffdingAdaptiveTreeRegressor(grace_period=100, leaf_prediction="mean", seed=seed)
    else:
        raise ValueError(f"unknown model family {family!r} (choose from {', '.join(MODEL_FAMILIES)})")
    model = cast(Regressor, _features() | cast(base.Regressor, regressor))
    if target == "structural":
        return StructuralOffset(model)
    if target == "persistence":
        return model
    raise ValueError(f"unknown target {target!r} (choose from structural, persistence)")
