"""News-monitoring alert service: feeds in, watchlist hits, novelty decisions, alerts out."""

__version__ = "0.1.0"
PROJECT_URL = "https://github.com/newsmonitor/newsmonitor"
USER_AGENT = f"newsmonitor/{__version__} (+{PROJECT_URL})"
