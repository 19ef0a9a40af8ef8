"""Alembic environment: runs on the connection the sandbox hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from portal_sandbox.models import Base

target_metadata = Base.metadata
config = context.config

connection = config.attributes.get("connection")
if connection is None:
    # `alembic` from a shell (for writing new migrations): a URL in the -x db=... argument.
    url = context.get_x_argument(as_dictionary=True).get("db", "sqlite:///sandbox-data/dev.db")
    engine = create_engine(url)
    with engine.begin() as own_connection:
        context.configure(connection=own_connection, target_metadata=target_metadata)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=target_metadata)
    with context.begin_transaction():
        context.run_migrations()
