"""Alembic environment of the local cache: runs on the connection the client hands over."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop.models.tables import Base

target_metadata = Base.metadata
config = context.config

connection = config.attributes.get("connection")
if connection is None:
    # `alembic` from a shell, for writing a new migration against a plain SQLite file.
    url = context.get_x_argument(as_dictionary=True).get("db", "sqlite:///cache-dev.db")
    with create_engine(url).begin() as own_connection:
        context.configure(connection=own_connection, target_metadata=target_metadata,
                          render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
