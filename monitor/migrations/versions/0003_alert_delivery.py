"""alert delivery: why an alert waits (held_reason), the message that carried it (message_id), how (delivery)

Existing alerts keep NULL in all three: they were sent one message each, or are pending and not held.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 13:05:49.045589
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.add_column(sa.Column('held_reason', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('message_id', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('delivery', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.create_index(batch_op.f('ix_alert_message_id'), ['message_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('alert', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_alert_message_id'))
        batch_op.drop_column('delivery')
        batch_op.drop_column('message_id')
        batch_op.drop_column('held_reason')
