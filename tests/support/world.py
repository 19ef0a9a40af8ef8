"""Scenarios on the live sandbox: people, kindergartens, staff, in a locality of their own.

Every test gets its own locality, so the queue of one never hands a voucher to another's
application, and fresh IINs, phones and BINs, so tests share one live sandbox safely.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from portal_sandbox.client import SandboxClient, Session
from portal_sandbox.iin import make_bin, make_iin
from portal_sandbox.names import IinSerials

PASSWORD = "Balabaqsha-2025"
_serials = itertools.count(random.SystemRandom().randrange(0, 5000))
# Never the same IIN twice in a session: make_iin skips serials that have no check digit,
# so plain consecutive serials can land on one number.
_iin_serials = IinSerials(start=random.SystemRandom().randrange(1, 3000))
_phones = itertools.count(random.SystemRandom().randrange(1_000_000, 8_000_000))


def payload_sha256(name: str, args: Any) -> str:
    canonical = json.dumps({"name": name, "args": args}, sort_keys=True,
                           separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass
class Family:
    parent: Session
    parent_iin: str
    phone: str
    child_iin: str
    child_birth: date


class World:
    def __init__(self, client: SandboxClient) -> None:
        self.client = client
        self.locality = f"Тест-{uuid.uuid4().hex[:8]}"
        # One desk (client id and sequence) per signed-in staff member, as on real PCs.
        self._desks: dict[str, tuple[str, itertools.count[int]]] = {}

    # people

    def person(self, birth: date, sex: str = "female", parents: list[str] | None = None,
               last_name: str = "Сейткали", first_name: str = "Әйгерім",
               patronymic: str = "Нұрланқызы") -> str:
        iin = make_iin(birth, sex, _iin_serials(birth, sex))  # type: ignore[arg-type]
        self.client.add_person(iin, last_name, first_name, patronymic, sex, birth, parents)
        return iin

    def phone(self) -> str:
        return f"+7747{next(_phones):07d}"

    def family(self, child_birth: date = date(2021, 3, 15)) -> Family:
        parent_iin = self.person(date(1992, 5, 17), "female")
        child_iin = self.person(child_birth, "male", [parent_iin], first_name="Нұрсұлтан",
                                patronymic="Нұрланұлы")
        phone = self.phone()
        self.client.register(phone, parent_iin, PASSWORD)
        session = self.client.login(parent_iin, PASSWORD)
        self.client.add_child(session, child_iin)
        return Family(session, parent_iin, phone, child_iin, child_birth)

    def application(self, family: Family | None = None, languages: list[str] | None = None,
                    **extra: Any) -> tuple[Family, dict[str, Any]]:
        family = family or self.family()
        app = self.client.apply(family.parent, family.child_iin, self.locality,
                                languages or ["kk"], **extra)
        return family, app

    def with_voucher(self, at: datetime | None = None,
                     languages: list[str] | None = None) -> tuple[Family, dict[str, Any]]:
        if at is not None:
            self.client.set_clock(at)
        family, app = self.application(languages=languages)
        issued = self.client.issue_vouchers(self.locality, 1)
        assert [a["id"] for a in issued] == [app["id"]]
        return family, self.client.application(family.parent, app["id"])

    # kindergartens and staff

    def kindergarten(self, groups: list[dict[str, Any]] | None = None,
                     name: str = "«Балапан» бөбекжай-бақшасы") -> dict[str, Any]:
        bin_ = make_bin(date(2015, 6, 1), next(_serials) * 7 % 90000)
        groups = groups or [
            {"name": "Ортаңғы топ «Күншуақ»", "age_from": 3, "age_to": 4, "language": "kk",
             "capacity": 2},
            {"name": "Средняя группа «Солнышко»", "age_from": 3, "age_to": 4,
             "language": "ru", "capacity": 20},
        ]
        return self.client.add_kindergarten(bin_, name, self.locality, ["kk", "ru"], groups)

    def staff(self, kg: dict[str, Any], roles: list[str]) -> Session:
        iin = self.person(date(1980, 1, 20), "female", last_name="Иванова",
                          first_name="Мария", patronymic="Петровна")
        self.client.add_staff(kg["bin"], iin, roles, PASSWORD)
        return self.client.login(iin, PASSWORD)

    def staff_iin(self, kg: dict[str, Any], roles: list[str]) -> tuple[str, Session]:
        iin = self.person(date(1979, 4, 2), "male", last_name="Жұмабаев",
                          first_name="Ғалым", patronymic="Серікұлы")
        self.client.add_staff(kg["bin"], iin, roles, PASSWORD)
        return iin, self.client.login(iin, PASSWORD)

    def request_at(self, kg: dict[str, Any], group_index: int = 0,
                   at: datetime | None = None) -> tuple[Family, dict[str, Any]]:
        """A family whose application is now a request at `kg`."""
        family, app = self.with_voucher(at, languages=["kk", "ru"])
        self.client.act(family.parent, app["id"], "confirm")
        app = self.client.act(family.parent, app["id"], "enrollment", json={
            "kindergarten_id": kg["id"], "group_id": kg["groups"][group_index]["id"]})
        return family, app

    # staff mutations

    def mutate(self, staff: Session, name: str, args: dict[str, Any],
               *, seq: int | None = None, client_id: str | None = None) -> dict[str, Any]:
        desk_id, counter = self._desks.setdefault(
            staff.refresh_token, (f"test-{uuid.uuid4().hex}", itertools.count(1)))
        if client_id is not None:
            desk_id = client_id
        mutation = {"seq": seq or next(counter), "id": str(uuid.uuid4()),
                    "name": name, "args": args, "payload_sha256": payload_sha256(name, args)}
        response = self.client.json("POST", "/api/v1/staff/mutations", session=staff, json={
            "client_id": desk_id, "mutations": [mutation]})
        result: dict[str, Any] = response["results"][0]
        return result

    def changes(self, staff: Session, cursor: str | None = None) -> dict[str, Any]:
        params = {"cursor": cursor} if cursor else None
        result: dict[str, Any] = self.client.json("GET", "/api/v1/staff/changes",
                                                  session=staff, params=params)
        return result
