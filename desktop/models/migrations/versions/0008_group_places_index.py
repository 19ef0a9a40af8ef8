"""group places index: occupancy and ages read inside an index

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 02:30:00.000000
"""
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Covers the children holding a place in each group and their birth dates (desktop/
    # models/groups.py): without it every occupancy read decrypts the requests' rows.
    op.create_index('ix_requests_group_places', 'requests',
                    ['group_id', 'status', 'review', 'child_birth_date'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_requests_group_places', table_name='requests')
