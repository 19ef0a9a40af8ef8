"""home page indexes: new requests by arrival, documents by status and version

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 09:00:00.000000
"""
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # New requests, the latest to arrive first, without sorting every undecided request.
    op.create_index('ix_requests_review_requested', 'requests', ['review', 'requested_at'],
                    unique=False)
    # Covers the count of received documents past their first version (desktop/models/
    # today.py) and leads to their requests without reading a document row.
    op.create_index('ix_documents_status_version', 'documents',
                    ['status', 'version', 'request_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_documents_status_version', table_name='documents')
    op.drop_index('ix_requests_review_requested', table_name='requests')
