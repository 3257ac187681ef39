"""Commands that run the service: run, once, check."""

from __future__ import annotations

import click

COMMANDS: list[click.Command] = []
