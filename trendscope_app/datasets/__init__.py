"""Generated data sets with known ground truth, one generator per module.

:mod:`trendscope_app.datasets.sample` is the entry point (:class:`~trendscope_app.datasets.sample.SampleSpec`,
``generate``, ``write_sample``, ``iter_comments``, ``iter_snapshots``); the other modules are its parts:
``catalogue`` and ``synthetic`` (titles), ``popularity`` and ``breakouts`` (curves), ``world`` (a spec's
movies), ``forms``, ``bodies`` and ``words`` (comment text), ``comments`` and ``snapshots`` (records).
:mod:`~trendscope_app.datasets.breakouts_synth` is separate: per-minute mention series with known breakouts,
for measuring the breakout detector without a replay.
"""
