"""sync state and document store

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 05:44:35.954501
"""
from alembic import op
import sqlalchemy as sa



revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('portal_states',
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('data', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('type', 'id')
    )
    op.create_table('stored_files',
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('stored_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('sha256')
    )
    op.create_table('sweep_marks',
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.PrimaryKeyConstraint('type', 'id')
    )


def downgrade() -> None:
    op.drop_table('sweep_marks')
    op.drop_table('stored_files')
    op.drop_table('portal_states')
