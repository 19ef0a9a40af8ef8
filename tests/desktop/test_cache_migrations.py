"""A cache made by the first schema opens in this release, its data intact."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text

from desktop.models import schema
from desktop.models.tables import Base, OutboxEntry, Request
from desktop.services.cache import _connect, _engine, open_cache, sqlcipher_key

KEY = "c" * 64


def test_a_first_schema_cache_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    engine = _engine(path, lambda: _connect(path, sqlcipher_key(KEY)))
    schema.upgrade(engine, "0001")
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO requests (id, version, number, status, child_iin, child_name, "
            "child_birth_date, languages, search, pending, data) VALUES (7, 3, 257007, "
            "'awaiting_contract', '210315500017', 'Нұрланов Әлихан', '2021-03-15', 'kk', "
            "'257007 нұрланов әлихан 210315500017', 0, '{}')"))
        connection.execute(text(
            "INSERT INTO outbox (seq, id, name, args, payload_sha256, created_at, state, "
            "attempts) VALUES (1, 'a1', 'accept_request', '{\"request_id\": 7}', 'x', "
            f"'{datetime.now(UTC).replace(tzinfo=None).isoformat(' ')}', 'pending', 0)"))
    with engine.connect() as connection:
        assert schema.current_revision(connection.connection) == "0001"
    engine.dispose()

    cache = open_cache(path, KEY)
    try:
        with cache.connection() as connection:
            assert schema.current_revision(connection) == schema.head_revision() != "0001"
        with cache.engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
        assert set(Base.metadata.tables) <= tables
        with cache.read() as session:
            request = session.get(Request, 7)
            assert request is not None and request.child_name == "Нұрланов Әлихан"
            # Search text is folded, so "нурланов" typed without Kazakh letters finds it.
            assert request.search == "257007 нурланов алихан 210315500017"
            entry = session.get(OutboxEntry, 1)
            assert entry is not None and entry.args == {"request_id": 7}
    finally:
        cache.close()


def test_the_head_revision_is_the_newest_migration() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_heads() == [schema.head_revision()]
