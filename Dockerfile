# syntax=docker/dockerfile:1
# Build stage: install the package and its pinned dependencies into a virtual environment, then strip what
# the service never loads (see "Image size" in docs/operations.md).
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY monitor ./monitor
RUN python -m venv /opt/monitor \
 && /opt/monitor/bin/pip install --quiet --no-compile . \
 && /opt/monitor/bin/python -m pip uninstall --quiet --yes pip setuptools wheel
# scipy (130 MB) comes with datasketch for LSH tuning the service never calls: keep the subpackages the
# service loads, drop the rest and every bundled test suite; then import the service to prove it still works.
COPY deploy/prune_image.py /tmp/prune_image.py
RUN /opt/monitor/bin/python /tmp/prune_image.py \
 && find /opt/monitor -name '__pycache__' -prune -exec rm -rf {} + \
 && /opt/monitor/bin/python -B -c "import monitor.cli, monitor.service, monitor.similarity, monitor.health"

# Runtime stage: the virtual environment, the default configuration, a non-root user, a data volume.
FROM python:3.11-slim
RUN groupadd --system --gid 10001 monitor \
 && useradd --system --uid 10001 --gid monitor --home-dir /app --shell /usr/sbin/nologin monitor \
 && mkdir -p /data /app && chown monitor:monitor /data
COPY --from=build /opt/monitor /opt/monitor
WORKDIR /app
COPY feeds.yaml ./feeds.yaml
COPY watchlists ./watchlists
# Every setting is an environment variable (README, "Settings"); these are the image's own defaults.
# Bytecode is compiled on first use into /tmp (writable, also under a read-only root file system with an
# emptyDir on /tmp), not shipped: it would add a fifth to the image.
ENV PATH=/opt/monitor/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONPYCACHEPREFIX=/tmp/pycache \
    MONITOR_DATA_DIR=/data \
    MONITOR_FEEDS=/app/feeds.yaml \
    MONITOR_WATCHLISTS=/app/watchlists \
    MONITOR_HTTP_HOST=0.0.0.0 \
    MONITOR_HTTP_PORT=8080 \
    MONITOR_LOG_FORMAT=json
EXPOSE 8080
VOLUME ["/data"]
USER monitor
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["monitor", "health"]
CMD ["monitor", "run"]
