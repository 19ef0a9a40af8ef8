"""The kindergarten as the cache holds it. SQLAlchemy and the tables load with the read,
on the worker that runs it, not with the windows that import this module."""

from __future__ import annotations

from desktop.models.sessions import Sessions


def name(cache: Sessions, kindergarten_id: int) -> str:
    """The kindergarten's name ("" before the first sync has brought it)."""
    from desktop.models.tables import Kindergarten

    with cache.read() as session:
        row = session.get(Kindergarten, kindergarten_id)
        return row.name if row is not None else ""
