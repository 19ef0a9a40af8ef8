"""Views never open a cache session: they ask the models (or a service) for records.

pyproject.toml's import contract keeps SQLAlchemy and the cache's tables out of
desktop/views, but a view holds the cache itself and could still open a session or a
DB-API connection on it and send SQL as text; no import says so. This looks at what the
views' code does with anything named like a cache."""

from __future__ import annotations

import ast
from pathlib import Path

VIEWS = Path(__file__).resolve().parents[2] / "desktop" / "views"
# What opens a session, a transaction or a connection on `services.cache.Cache`.
OPENERS = frozenset({"read", "write", "connection", "engine", "raw_connection"})


def _last_name(node: ast.expr) -> str:
    """`cache` of `cache`, `self._cache`, `self.workspace.cache` (or "")."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def sessions_opened(source: str) -> list[str]:
    """Each use of a session opener on something named like a cache, as `line: code`."""
    found = [node for node in ast.walk(ast.parse(source))
             if isinstance(node, ast.Attribute) and node.attr in OPENERS
             and "cache" in _last_name(node.value).lower()]
    return [f"{node.lineno}: {ast.unparse(node)}"
            for node in sorted(found, key=lambda n: (n.lineno, n.col_offset))]


def test_no_view_opens_a_cache_session() -> None:
    paths = sorted(VIEWS.rglob("*.py"))
    assert len(paths) > 40  # every package of views/, not only its top
    found = {str(path.relative_to(VIEWS)): opened for path in paths
             if (opened := sessions_opened(path.read_text(encoding="utf-8")))}
    assert found == {}, "views read the cache through desktop/models, not sessions"


def test_the_check_sees_each_way_of_opening_one() -> None:
    source = ("with self._cache.read() as session: pass\n"
              "with self.workspace.cache.connection() as connection: pass\n"
              "with cache.write() as session: pass\n"
              "engine = ws.cache.engine\n"
              "reader.read()\n"
              "today.read_today(cache, now=now)\n")
    assert sessions_opened(source) == ["1: self._cache.read",
                                       "2: self.workspace.cache.connection",
                                       "3: cache.write", "4: ws.cache.engine"]
