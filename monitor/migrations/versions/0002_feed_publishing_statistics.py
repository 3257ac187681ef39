"""feed publishing statistics: entries per day, the dated entries and oldest date behind it, RSS ttl

Existing feeds start with no statistics (dated_entries 0), as a new feed does.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 13:04:04.104425
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import monitor.models

revision: str = '0002'
down_revision: str | None = '0001'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('feed', schema=None) as batch_op:
        batch_op.add_column(sa.Column('entries_per_day', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('dated_entries', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('oldest_entry_at', monitor.models.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('ttl_minutes', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('feed', schema=None) as batch_op:
        batch_op.drop_column('ttl_minutes')
        batch_op.drop_column('oldest_entry_at')
        batch_op.drop_column('dated_entries')
        batch_op.drop_column('entries_per_day')
