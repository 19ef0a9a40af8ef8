"""outbox subject: what an intent is about, in words kept with it

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 09:30:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Needs attention names the request of a refused decision even after the request left
    # the cache (withdrawn, declined): its number is kept with the intent when it is made.
    with op.batch_alter_table('outbox') as batch:
        batch.add_column(sa.Column('subject', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outbox') as batch:
        batch.drop_column('subject')
