"""The ``monitor`` command. Each feature keeps its commands in a module of this package; this module only
builds the group, registers them, and turns MonitorError into ``Error: ...`` with a non-zero exit."""

from __future__ import annotations

import sys

import click

from monitor import __version__
from monitor.errors import MonitorError


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except MonitorError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="monitor")
def main() -> None:
    """News-monitoring alert service: polls feeds, matches watchlists, decides novelty, sends alerts."""


def _register() -> None:
    from monitor.cli import analyst, dedup, feeds, notify, service, watchlists

    for module in (service, watchlists, dedup, analyst, feeds, notify):
        for command in module.COMMANDS:
            main.add_command(command)


_register()
