"""ix_requests_by_id also holds search, to test a narrow search's one-letter words in it

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 06:45:00.000000
"""
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

FILTER_COLUMNS = ['status', 'languages', 'group_id', 'child_birth_date', 'deadline']


def upgrade() -> None:
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index('ix_requests_by_id')
        # Looked up by id for a search that matched few requests; `search` lets the words
        # the trigram index was not asked about (one letter) be tested without the row.
        batch_op.create_index('ix_requests_by_id',
                              ['id', *FILTER_COLUMNS, 'requested_at', 'search'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index('ix_requests_by_id')
        batch_op.create_index('ix_requests_by_id', ['id', *FILTER_COLUMNS, 'requested_at'],
                              unique=False)
