"""refresh token families: a reused refresh token revokes every token of its log-in

Revision ID: 0003
Revises: 0002
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('refresh_tokens') as batch:
        batch.add_column(sa.Column('family', sa.String(length=64), nullable=True))
    # A token from before families is a family of its own.
    op.execute("UPDATE refresh_tokens SET family = token_hash")
    with op.batch_alter_table('refresh_tokens') as batch:
        batch.alter_column('family', existing_type=sa.String(length=64), nullable=False)
        batch.create_index('ix_refresh_tokens_family', ['family'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('refresh_tokens') as batch:
        batch.drop_index('ix_refresh_tokens_family')
        batch.drop_column('family')
