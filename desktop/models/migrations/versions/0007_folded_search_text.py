"""folded search text: Kazakh letters found however they are typed

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06 20:40:00.000000
"""
from alembic import op

from desktop.models.search_text import fold

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # `search` was stored lower-cased only; searches now compare folded text
    # (desktop/models/search_text.py), so the stored text is folded once here. The FTS
    # index follows through its update trigger.
    sqlite = op.get_bind().connection.driver_connection
    assert sqlite is not None
    sqlite.create_function("fold", 1, fold, deterministic=True)
    op.execute("UPDATE requests SET search = fold(search) WHERE search != fold(search)")


def downgrade() -> None:
    # Folded text still finds what it found before (a folded query), so nothing to undo.
    pass
