"""Canonical URLs: one spelling per article, so the same page linked two ways is recognised as one.

``canonical_url`` lowercases the scheme and host, drops the default port, the fragment (except ``#!``
routes) and tracking parameters (``utm_*``, ``fbclid``, ``gclid``, ...), and sorts the remaining query
parameters, keeping each one's original encoding. Trailing-slash policy: an empty path becomes ``/``;
any other path keeps its trailing slash or lack of one, because servers may serve different pages at
``/a`` and ``/a/``. It never raises: junk comes back stripped.
"""

from __future__ import annotations

from urllib.parse import unquote_plus, urlsplit, urlunsplit

TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "oly_", "hsa_", "_hs", "__hs")
TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
        "igshid", "mc_cid", "mc_eid", "ocid", "cmpid", "cmp", "icid", "ito", "xtor", "smid", "smtyp",
        "s_cid", "s_kwcid", "wt.mc_id", "wt_mc", "_ga", "_gl", "mkt_tok", "ref_src", "ref_url", "spm",
        "sr_share", "taid", "vero_id", "vero_conv", "rb_clickid", "soc_src", "soc_trk", "ns_mchannel",
        "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign", "share",
        "__twitter_impression", "ftag",
    }
)  # fmt: skip
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str:
    """The canonical spelling of ``url`` (see the module docstring); ``url.strip()`` when it is not a URL."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    if not parts.scheme or not parts.netloc or parts.hostname is None:
        return url
    scheme = parts.scheme.lower()
    host = parts.hostname  # already lowercased by urlsplit
    if ":" in host:
        host = f"[{host}]"
    userinfo = parts.netloc.rpartition("@")[0]
    netloc = (userinfo + "@" if userinfo else "") + host
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    path = parts.path or "/"
    fragment = parts.fragment if parts.fragment.startswith("!") else ""
    return urlunsplit((scheme, netloc, path, _clean_query(parts.query), fragment))


def _clean_query(query: str) -> str:
    kept = [p for p in query.split("&") if p and not is_tracking_param(p.split("=", 1)[0])]
    return "&".join(sorted(kept))


def is_tracking_param(name: str) -> bool:
    name = unquote_plus(name).strip().lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)
