# syntax=docker/dockerfile:1
# Build stage: install the package and its pinned dependencies into a virtual environment.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md ./
COPY monitor ./monitor
RUN python -m venv /opt/monitor \
 && /opt/monitor/bin/pip install --quiet . \
 && find /opt/monitor -name '__pycache__' -prune -exec rm -rf {} +

# Runtime stage: the virtual environment, the default configuration, a non-root user, a data volume.
FROM python:3.11-slim
RUN groupadd --system --gid 10001 monitor \
 && useradd --system --uid 10001 --gid monitor --home-dir /app --shell /usr/sbin/nologin monitor \
 && mkdir -p /data /app && chown monitor:monitor /data
COPY --from=build /opt/monitor /opt/monitor
WORKDIR /app
COPY feeds.yaml ./feeds.yaml
COPY watchlists ./watchlists
ENV PATH=/opt/monitor/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    MONITOR_DATA_DIR=/data \
    MONITOR_FEEDS=/app/feeds.yaml \
    MONITOR_WATCHLISTS=/app/watchlists
VOLUME ["/data"]
USER monitor
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["monitor", "health"]
CMD ["monitor", "run"]
