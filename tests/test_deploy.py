"""deploy/: the compose file, the Kubernetes manifests and the Dockerfile agree with the code they run.

Manifests are validated against the Kubernetes schemas (kubernetes-validate, strict: a misspelt field fails);
every MONITOR_* variable they set is a real setting; probes hit the endpoints the worker serves; the config
files they ship load; secrets stay out of everything but the Secret and the env file.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from monitor import health
from monitor.config import SETTINGS, load_feeds
from monitor.watchlist import load_watchlists

REPO = Path(__file__).resolve().parent.parent
DEPLOY = REPO / "deploy"
K8S = DEPLOY / "k8s"
KNOWN = {s.env for s in SETTINGS}
SECRET = {s.env for s in SETTINGS if s.secret}


def documents(path: Path) -> list[dict[str, Any]]:
    return [doc for doc in yaml.safe_load_all(path.read_text("utf-8")) if doc]


def manifests() -> dict[tuple[str, str], dict[str, Any]]:
    listed = yaml.safe_load((K8S / "kustomization.yaml").read_text("utf-8"))["resources"]
    return {(doc["kind"], doc["metadata"]["name"]): doc for name in listed for doc in documents(K8S / name)}


def container(kind: str, name: str) -> dict[str, Any]:
    spec = manifests()[(kind, name)]["spec"]
    return dict(spec["template"]["spec"]["containers"][0])


@pytest.mark.parametrize("path", sorted(K8S.glob("*.yaml")), ids=lambda p: p.name)
def test_every_manifest_is_valid_kubernetes(path: Path) -> None:
    if path.name == "kustomization.yaml":
        assert {p.name for p in K8S.glob("*.yaml")} - {path.name} == set(yaml.safe_load(path.read_text())["resources"])
        return
    for doc in documents(path):
        kubernetes_validate.validate(doc, "1.37.0", strict=True)


def test_the_compose_file_runs_migrations_once_before_the_workers() -> None:
    compose = yaml.safe_load((DEPLOY / "docker-compose.yml").read_text("utf-8"))
    services = compose["services"]
    assert services["migrate"]["command"] == ["monitor", "db", "upgrade"]
    assert services["migrate"]["restart"] == "no"
    assert services["worker"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["worker"]["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert "pg_isready" in " ".join(services["postgres"]["healthcheck"]["test"])
    assert services["worker"]["healthcheck"]["test"] == ["CMD", "monitor", "health"]
    assert services["worker"]["deploy"]["replicas"] >= 2
    for name in ("migrate", "worker"):
        assert services[name]["env_file"] == ["monitor.env"]
        assert not SECRET & set(services[name].get("environment", {})), "secrets come from the env file"
    assert {"pgdata", "monitor-data"} <= set(compose["volumes"])


def test_the_deployment_runs_replicas_with_probes_on_the_worker_endpoint() -> None:
    deployment = manifests()[("Deployment", "monitor")]
    assert deployment["spec"]["replicas"] >= 2
    worker = container("Deployment", "monitor")
    settings = manifests()[("ConfigMap", "monitor-settings")]["data"]
    port = next(p for p in worker["ports"] if p["name"] == "http")["containerPort"]
    assert str(port) == settings["MONITOR_HTTP_PORT"] and settings["MONITOR_HTTP_HOST"] == "0.0.0.0"
    paths = {worker[probe]["httpGet"]["path"] for probe in ("livenessProbe", "readinessProbe", "startupProbe")}
    assert paths == {"/healthz", "/readyz"}
    probes = health.Probes({})
    for path in paths:  # the worker answers them
        assert asyncio.run(health.respond(path, probes))[0] == 200
    assert {ref.get("secretRef", {}).get("name") for ref in worker["envFrom"]} >= {"monitor-secrets"}
    job = container("Job", "monitor-migrate")
    assert job["command"] == ["monitor", "db", "upgrade"] and job["image"] == worker["image"]
    grace = deployment["spec"]["template"]["spec"]["terminationGracePeriodSeconds"]
    assert grace > 30, "longer than the worker's own grace period for work in flight"


def test_the_secret_holds_the_secret_settings_and_nothing_else_does() -> None:
    secret = manifests()[("Secret", "monitor-secrets")]
    assert set(secret["stringData"]) == SECRET
    assert not SECRET & set(manifests()[("ConfigMap", "monitor-settings")]["data"])


def test_every_variable_set_anywhere_in_deploy_is_a_real_setting() -> None:
    texts = [p.read_text("utf-8") for p in [*DEPLOY.rglob("*.yml"), *DEPLOY.rglob("*.yaml"),
                                             DEPLOY / "monitor.env.example", REPO / "Dockerfile"]]
    used = set(re.findall(r"\bMONITOR_[A-Z_]+", "\n".join(texts)))
    assert used, "nothing found: the files moved?"
    assert used <= KNOWN, f"unknown settings: {sorted(used - KNOWN)}"


def test_the_shipped_config_maps_load(tmp_path: Path) -> None:
    feeds = manifests()[("ConfigMap", "monitor-feeds")]["data"]["feeds.yaml"]
    (tmp_path / "feeds.yaml").write_text(feeds, "utf-8")
    assert len(load_feeds(tmp_path / "feeds.yaml")) >= 1
    (tmp_path / "wl").mkdir()
    for name, text in manifests()[("ConfigMap", "monitor-watchlists")]["data"].items():
        (tmp_path / "wl" / name).write_text(text, "utf-8")
    assert [w.name for w in load_watchlists(tmp_path / "wl")] == ["treaty-ratification"]


def test_the_image_is_non_root_with_a_health_check_and_the_endpoint_open() -> None:
    dockerfile = (REPO / "Dockerfile").read_text("utf-8")
    runtime = dockerfile.split("# Runtime stage", 1)[1]
    assert "USER monitor" in runtime and "--uid 10001" in runtime
    assert 'HEALTHCHECK' in runtime and '"monitor", "health"' in runtime
    assert "MONITOR_HTTP_HOST=0.0.0.0" in runtime and "MONITOR_HTTP_PORT=8080" in runtime
    assert 'VOLUME ["/data"]' in runtime


def test_every_setting_has_a_row_in_the_readme_settings_table() -> None:
    readme = (REPO / "README.md").read_text("utf-8")
    table = readme.split("### Settings", 1)[1].split("\n### ", 1)[0]
    missing = [s.env for s in SETTINGS if f"| `{s.env}` |" not in table]
    assert not missing, f"add to README.md's settings table: {missing}"
