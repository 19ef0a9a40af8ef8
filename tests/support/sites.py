"""A kindergarten on the live sandbox with a director and a methodologist who can sign in,
on the sandbox's clock of a working morning in February 2025."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from portal_sandbox.client import SandboxClient
from portal_sandbox.workdays import PORTAL_TZ
from tests.support.world import PASSWORD, World

START = datetime(2025, 2, 6, 10, tzinfo=PORTAL_TZ)


@dataclass
class Site:
    """A kindergarten on the live sandbox with staff who can sign in, and its requests."""

    url: str
    world: World
    kindergarten: dict[str, Any]
    director_login: str
    methodologist_login: str
    password: str
    requests: list[dict[str, Any]]


def make_site(url: str, requests: int = 3) -> Site:
    client = SandboxClient(url)
    world = World(client)
    client.set_clock(START)
    kg = world.kindergarten(groups=[
        {"name": "Ортаңғы топ «Күншуақ»", "age_from": 3, "age_to": 4, "language": "kk",
         "capacity": 20},
        {"name": "Средняя группа «Солнышко»", "age_from": 3, "age_to": 4, "language": "ru",
         "capacity": 20},
    ])
    director_iin = world.person(datetime(1980, 1, 20).date(), "female",
                                last_name="Сейткали", first_name="Гүлнар")
    client.add_staff(kg["bin"], director_iin, ["director"], PASSWORD)
    methodologist_iin = world.person(datetime(1985, 7, 2).date(), "female",
                                     last_name="Иванова", first_name="Мария")
    client.add_staff(kg["bin"], methodologist_iin, ["methodologist"], PASSWORD)
    apps = [world.request_at(kg, group_index=i % 2)[1] for i in range(requests)]
    return Site(url, world, kg, director_iin, methodologist_iin, PASSWORD, apps)
