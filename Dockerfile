# TrendScope worker and sources: one image, the command picks the role (docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, from the metadata alone, so a code change does not reinstall them. Every pinned
# dependency ships manylinux wheels for CPython 3.11 (rocksdict, ahocorasick-rs, river, ...): no compiler.
COPY pyproject.toml README.md ./
RUN mkdir trendscope_app && touch trendscope_app/__init__.py \
    && pip install . \
    && pip uninstall -y trendscope \
    && rm -rf trendscope_app build

COPY trendscope_app ./trendscope_app
RUN pip install --no-deps . && rm -rf build

COPY deploy/docker-entrypoint.sh /usr/local/bin/trendscope-entrypoint
RUN chmod 0755 /usr/local/bin/trendscope-entrypoint \
    && useradd --system --uid 10001 --no-create-home --home-dir /var/lib/trendscope trendscope \
    && mkdir -p /var/lib/trendscope \
    && chown trendscope /var/lib/trendscope

USER trendscope
# The working directory holds no .env: configuration comes from the environment (docker-compose.yml).
WORKDIR /var/lib/trendscope
ENV DATA_DIR=/var/lib/trendscope \
    WEB_BIND=0.0.0.0 \
    WEB_PORT=6066
# 6066: a worker's web server and /metrics; 9108: a live source's /metrics (SOURCE_METRICS_PORT).
EXPOSE 6066 9108

HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=4 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:6066/health/', timeout=4)"]

ENTRYPOINT ["trendscope-entrypoint"]
CMD ["faust", "-A", "trendscope_app", "worker", "-l", "info"]
