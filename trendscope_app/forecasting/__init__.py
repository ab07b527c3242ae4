"""Forecasting each movie's next TrendScore (issue 3), free of Faust so it is tested without Kafka.

- :mod:`.features`: per-movie history (panes recovered from the overlapping windows) and features;
- :mod:`.models`: the River model families (``FORECAST_MODEL``);
- :mod:`.prequential`: test-then-train forecaster of one ``trend_stream`` partition, persistence
  baseline, error statistics, and :func:`~.prequential.evaluate` for offline replays;
- :mod:`.drift`: ADWIN on the absolute error and the challenger that handles a drift;
- :mod:`.tracking`: MLflow logging from a background thread;
- :mod:`.metrics`: the ``ml_*`` Prometheus metrics.

The Faust glue (agent, tables, ``GET /predictions/{movie_id}``) is :mod:`trendscope_app.agents.forecast`.
"""
