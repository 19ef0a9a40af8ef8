"""group details: kind, educators, room, closed; mixed-language groups

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('groups') as batch:
        batch.alter_column('language', type_=sa.String(length=8),
                           existing_type=sa.String(length=2), existing_nullable=False)
        batch.add_column(sa.Column('kind', sa.String(length=16), nullable=False,
                                   server_default='general'))
        batch.add_column(sa.Column('educators', sa.String(length=300), nullable=False,
                                   server_default=''))
        batch.add_column(sa.Column('room', sa.String(length=100), nullable=False,
                                   server_default=''))
        batch.add_column(sa.Column('closed', sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table('groups') as batch:
        batch.drop_column('closed')
        batch.drop_column('room')
        batch.drop_column('educators')
        batch.drop_column('kind')
        batch.alter_column('language', type_=sa.String(length=2),
                           existing_type=sa.String(length=8), existing_nullable=False)
