"""Cache schema versions: Alembic migrations, so a site that skips releases still opens."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def head_revision() -> str:
    """The newest migration, read from the file names (NNNN_*.py), without loading Alembic."""
    return max(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))


def current_revision(connection: Any) -> str | None:
    """The cache's schema version, read on a DB-API connection; None before the first."""
    cursor = connection.cursor()
    if not cursor.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                          "AND name = 'alembic_version'").fetchone()[0]:
        return None
    row = cursor.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def is_current(connection: Any) -> bool:
    return current_revision(connection) == head_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    # Loading Alembic costs half a second: a cache already at the newest schema (every start
    # but the first after an update) is checked with `is_current` and not brought here.
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
