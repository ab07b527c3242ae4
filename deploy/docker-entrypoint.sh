#!/bin/sh
# Faust advertises http://WEB_HOST:WEB_PORT to the other workers (table routing, /health/). In a container
# that must be the container's own address, known only at run time (replicas of one service share their
# environment), so it is filled in here unless set explicitly.
set -e
if [ -z "${WEB_HOST:-}" ]; then
    WEB_HOST="$(hostname -i 2>/dev/null | cut -d ' ' -f 1)"
    [ -n "$WEB_HOST" ] || WEB_HOST="$(hostname)"
    export WEB_HOST
fi
exec "$@"
