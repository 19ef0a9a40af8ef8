"""A small cache of one kindergarten: two groups, four enrolled children and two who are
not, for the enrollment order and what prints it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from desktop.models.search_text import request_search_text
from desktop.models.tables import Contract, Group, Kindergarten, Request
from desktop.services.cache import Cache, open_cache

KEY = "0badc0de" * 8
KINDERGARTEN = "КМҚК «№12 «Балапан» бөбекжай-бақшасы»"
BIN = "150640000123"
ADDRESS = "г. Уральск, проспект Абулхаир хана, 98"
GROUPS = {1: "Ортаңғы топ «Күншуақ»", 2: "Средняя группа «Солнышко»"}


def _request(request_id: int, status: str, name: str, iin: str, birth: date,
             group_id: int | None, history: list[dict[str, str]]) -> Request:
    return Request(
        id=request_id, version=1, number=257000 + request_id, status=status, review=None,
        group_id=group_id, child_iin=iin, child_name=name, child_birth_date=birth,
        languages="kk,ru", requested_at=datetime(2025, 2, 6, 5, tzinfo=UTC), deadline=None,
        search=request_search_text(257000 + request_id, name, iin), pending=False,
        data={"id": request_id, "status": status, "history": history})


def small_cache(folder: Path) -> Cache:
    """A kindergarten with two groups, four enrolled children and two who are not."""
    cache = open_cache(folder / "cache.db", KEY)
    enrolled_at = [{"at": "2025-02-10T20:30:00+00:00", "event": "enrolled",
                    "from_status": "awaiting_countersign", "to_status": "enrolled"}]
    with cache.write() as session:
        session.add(Kindergarten(id=7, version=1, bin=BIN, name=KINDERGARTEN, data={
            "id": 7, "bin": BIN, "name": KINDERGARTEN, "locality": "г.Уральск",
            "address": ADDRESS, "director": {"iin": "800120600123", "last_name": "Сейткали",
                                             "first_name": "Гүлнар", "patronymic": "Бекқызы"}}))
        for gid, name in GROUPS.items():
            session.add(Group(id=gid, version=1, name=name, age_from=3, age_to=4,
                              language="kk" if gid == 1 else "ru", capacity=20, enrolled=2,
                              reserved=0, starts_on=date(2024, 9, 1), data={"id": gid}))
        session.add_all([
            _request(1, "enrolled", "Нұрланова Әсем Серікқызы", "210315600011",
                     date(2021, 3, 15), 1, enrolled_at),
            _request(2, "enrolled", "Иванов Илья Петрович", "200907500022", date(2020, 9, 7),
                     2, enrolled_at),
            _request(3, "enrolled", "Әбенов Һарун Ғалымұлы", "210101500033", date(2021, 1, 1),
                     1, []),
            _request(4, "enrolled", "Ким Ольга Сергеевна", "200505600044", date(2020, 5, 5),
                     None, enrolled_at),
            _request(5, "awaiting_countersign", "Омаров Талгат Ерланович", "210202500055",
                     date(2021, 2, 2), 1, []),
            _request(6, "archived", "Сапарова Айгерім Ержанқызы", "200303600066",
                     date(2020, 3, 3), 2, []),
        ])
        session.add(Contract(id=30, version=1, request_id=3, status="countersigned", data={
            "id": 30, "request_id": 3, "number": "Ш-17",
            "countersigned_at": "2025-02-12T04:00:00+00:00"}))
        session.add(Contract(id=10, version=1, request_id=1, status="countersigned", data={
            "id": 10, "request_id": 1, "countersigned_at": "2025-02-01T04:00:00+00:00"}))
    return cache
