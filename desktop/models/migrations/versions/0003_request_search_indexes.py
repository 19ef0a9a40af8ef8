"""request list indexes: covering filter indexes, FTS5 trigram search, Kazakh name order

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28 12:00:00.000000
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Kept literal (not imported from desktop.models.tables) because a migration is a snapshot:
# SQLite uses the index only when a query's ORDER BY is this exact expression, and
# tests/desktop/test_requests_queries.py checks that the query planner does.
NAME_SORT_SQL = (
    "replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(child_name, 'Ә', 'А' || char(65520)), 'ә', 'а' || char(65520)), 'Ғ', 'Г' || char(65520)), 'ғ', 'г' || char(65520)), 'Ё', 'Е' || char(65520)), 'ё', 'е' || char(65520)), 'Қ', 'К' || char(65520)), 'қ', 'к' || char(65520)), 'Ң', 'Н' || char(65520)), 'ң', 'н' || char(65520)), 'Ө', 'О' || char(65520)), 'ө', 'о' || char(65520)), 'Ұ', 'У' || char(65520)), 'ұ', 'у' || char(65520)), 'Ү', 'У' || char(65521)), 'ү', 'у' || char(65521)), 'Һ', 'Х' || char(65520)), 'һ', 'х' || char(65520)), 'І', 'Ы' || char(65520)), 'і', 'ы' || char(65520))"
)

FTS_TRIGGERS = (
    # Written by triggers so the sync engine and the local effects of staff actions, which
    # only write `requests.search`, keep the search index in step in the same transaction.
    """CREATE TRIGGER requests_fts_insert AFTER INSERT ON requests BEGIN
        INSERT INTO requests_fts(rowid, search) VALUES (new.id, new.search);
    END""",
    """CREATE TRIGGER requests_fts_delete AFTER DELETE ON requests BEGIN
        INSERT INTO requests_fts(requests_fts, rowid, search) VALUES ('delete', old.id, old.search);
    END""",
    """CREATE TRIGGER requests_fts_update AFTER UPDATE OF id, search ON requests BEGIN
        INSERT INTO requests_fts(requests_fts, rowid, search) VALUES ('delete', old.id, old.search);
        INSERT INTO requests_fts(rowid, search) VALUES (new.id, new.search);
    END""",
)


def _has_trigram_fts5() -> bool:
    # SQLCipher builds without FTS5 (or SQLite before 3.34, without the trigram tokenizer)
    # still open the cache: search then falls back to LIKE (desktop/models/queries.py).
    bind = op.get_bind()
    try:
        bind.exec_driver_sql("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x, tokenize='trigram')")
    except sa.exc.DBAPIError:
        return False
    bind.exec_driver_sql("DROP TABLE temp.fts5_probe")
    return True


# The columns the requests page filters on. Its queries read only indexes holding them,
# never the table, whose rows (the portal's JSON) SQLCipher would have to decrypt.
FILTER_COLUMNS = ['status', 'languages', 'group_id', 'child_birth_date', 'deadline']


def upgrade() -> None:
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requests_languages'), ['languages'], unique=False)
        batch_op.create_index(batch_op.f('ix_requests_review'), ['review'], unique=False)
        # Few matches of a search, looked up by id, filtered and sorted by date.
        batch_op.create_index('ix_requests_by_id', ['id', *FILTER_COLUMNS, 'requested_at'],
                              unique=False)
        # The default order, newest first, filtered and searched inside the index.
        batch_op.create_index('ix_requests_recent',
                              ['requested_at', *FILTER_COLUMNS, 'search'], unique=False)
    op.execute(f"CREATE INDEX ix_requests_name_sort ON requests ({NAME_SORT_SQL})")
    if _has_trigram_fts5():
        op.execute("CREATE VIRTUAL TABLE requests_fts USING fts5(search, content='requests', "
                   "content_rowid='id', tokenize='trigram')")
        # Which trigrams the index holds: a one-letter search looks up those it starts.
        op.execute("CREATE VIRTUAL TABLE requests_fts_vocab USING fts5vocab(requests_fts, row)")
        op.execute("INSERT INTO requests_fts(requests_fts) VALUES ('rebuild')")
        for trigger in FTS_TRIGGERS:
            op.execute(trigger)


def downgrade() -> None:
    for name in ('requests_fts_update', 'requests_fts_delete', 'requests_fts_insert'):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS requests_fts_vocab")
    op.execute("DROP TABLE IF EXISTS requests_fts")
    op.execute("DROP INDEX IF EXISTS ix_requests_name_sort")
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.drop_index('ix_requests_recent')
        batch_op.drop_index('ix_requests_by_id')
        batch_op.drop_index(batch_op.f('ix_requests_review'))
        batch_op.drop_index(batch_op.f('ix_requests_languages'))
