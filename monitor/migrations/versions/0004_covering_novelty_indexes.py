"""covering novelty indexes: lookups read article ids from the index, not the table

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 13:50:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('lsh_band', schema=None) as batch_op:
        batch_op.drop_index('ix_lsh_band_lookup')
        batch_op.create_index('ix_lsh_band_lookup', ['band', 'hash', 'article_id'], unique=False)
    with op.batch_alter_table('story_key', schema=None) as batch_op:
        batch_op.drop_index('ix_story_key_lookup')
        batch_op.create_index('ix_story_key_lookup', ['key', 'published_at', 'article_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('story_key', schema=None) as batch_op:
        batch_op.drop_index('ix_story_key_lookup')
        batch_op.create_index('ix_story_key_lookup', ['key', 'published_at'], unique=False)
    with op.batch_alter_table('lsh_band', schema=None) as batch_op:
        batch_op.drop_index('ix_lsh_band_lookup')
        batch_op.create_index('ix_lsh_band_lookup', ['band', 'hash'], unique=False)
