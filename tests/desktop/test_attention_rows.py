"""Needs attention names what each refused action was about, even after the request left
the cache (a tombstone removes a withdrawn or declined request)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from desktop.models.outbox import attention
from desktop.models.tables import Group, OutboxEntry, Request
from desktop.services import actions
from desktop.services.cache import open_cache

KEY = "a1" * 32


def test_a_refused_accept_keeps_its_request_number_after_the_request_is_gone(
        tmp_path: Path) -> None:
    cache = open_cache(tmp_path / "cache.db", KEY)
    try:
        with cache.write() as session:
            session.add(Group(id=7, version=1, name="Күншуақ", age_from=3, age_to=4,
                              language="kk", capacity=20, enrolled=5, reserved=0,
                              starts_on=date(2025, 9, 1), data={}))
            session.add(Request(
                id=41, version=3, number=257011, status="awaiting_contract", review="new",
                group_id=7, child_iin="200101500017", child_name="Әлібек Нұрлан",
                child_birth_date=date(2021, 6, 1), languages="kk", requested_at=None,
                deadline=None, search="әлібек", pending=False, data={"id": 41}))
        entry = actions.accept(cache, 41)
        assert entry.subject == {"request_number": 257011, "child_name": "Әлібек Нұрлан"}
        with cache.write() as session:
            capacity = actions.record(session, "set_capacity", {"group_id": 7, "capacity": 25})
            assert capacity.subject == {"group_name": "Күншуақ"}
        with cache.write() as session:
            refused = session.get(OutboxEntry, entry.seq)
            assert refused is not None
            refused.state, refused.outcome, refused.code = "attention", "conflict", "withdrawn"
            session.delete(session.get(Request, 41))  # the tombstone that followed
        (row,) = attention(cache)
        assert row.request_number == 257011
    finally:
        cache.close()
