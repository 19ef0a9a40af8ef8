"""Building the world: the register, kindergartens with groups, staff accounts.

Shared by the sandbox controls (scenarios build their own world over HTTP) and the demo
seed, so both make exactly the same records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal_sandbox import feed
from portal_sandbox.errors import Problem
from portal_sandbox.identity import check_bin, check_iin, normalise_phone
from portal_sandbox.models import Account, Group, Kindergarten, Person
from portal_sandbox.security import check_password_rules, hash_password

STAFF_ROLES = ("director", "methodologist", "administrator")


def add_person(session: Session, *, iin: str, last_name: str, first_name: str,
               patronymic: str = "", sex: str, birth_date: date,
               parents: list[str] | None = None) -> Person:
    check_iin(iin)
    for parent in parents or []:
        check_iin(parent)
    record = (last_name, first_name, patronymic, sex, birth_date, list(parents or []))
    person = session.get(Person, iin)
    if person is not None:
        held = (person.last_name, person.first_name, person.patronymic, person.sex,
                person.birth_date, list(person.parents))
        # The register never rewrites who someone is; the same record again is harmless.
        if held != record:
            raise Problem("person_exists", f"{iin} is someone else in the register")
        return person
    person = Person(iin=iin, last_name=last_name, first_name=first_name,
                    patronymic=patronymic, sex=sex, birth_date=birth_date,
                    parents=list(parents or []))
    session.add(person)
    return person


@dataclass
class GroupSpec:
    name: str
    age_from: int
    age_to: int
    language: str
    capacity: int
    kind: str = "general"


def default_start(today: date) -> date:
    """Groups start on the 1st of September: this year's if it is still ahead."""
    return date(today.year if today < date(today.year, 9, 1) else today.year + 1, 9, 1)


def add_kindergarten(session: Session, now: datetime, *, bin_: str, name: str, locality: str,
                     languages: list[str], groups: list[GroupSpec], address: str = "",
                     phone: str = "") -> Kindergarten:
    check_bin(bin_)
    if session.scalars(select(Kindergarten.id).where(Kindergarten.bin == bin_)).first():
        raise Problem("validation_error", f"a kindergarten with BIN {bin_} exists")
    kg = Kindergarten(bin=bin_, name=name, locality=locality, languages=languages,
                      address=address, phone=phone, version=1)
    session.add(kg)
    session.flush()
    starts = default_start(now.date())
    for spec in groups:
        if not 0 <= spec.age_from <= spec.age_to <= 7 or not 1 <= spec.capacity <= 60:
            raise Problem("validation_error", f"group {spec.name!r}: check ages and capacity")
        group = Group(kindergarten_id=kg.id, name=spec.name, age_from=spec.age_from,
                      age_to=spec.age_to, language=spec.language, capacity=spec.capacity,
                      enrolled=0, reserved=0, starts_on=starts, version=1, kind=spec.kind)
        session.add(group)
        session.flush()
        feed.publish_group(session, group)
    feed.publish_kindergarten(session, kg)
    return kg


def add_staff(session: Session, now: datetime, *, bin_: str, iin: str, roles: list[str],
              password: str, login: str | None = None, email: str | None = None,
              phone: str | None = None) -> Account:
    check_iin(iin)
    check_password_rules(password)
    if not roles or any(role not in STAFF_ROLES for role in roles):
        raise Problem("validation_error", f"roles are some of {', '.join(STAFF_ROLES)}")
    kg = session.scalars(select(Kindergarten).where(Kindergarten.bin == check_bin(bin_))).first()
    if kg is None:
        raise Problem("kindergarten_not_found")
    if session.get(Person, iin) is None:
        raise Problem("person_not_found")
    account = session.scalars(select(Account).where(Account.iin == iin)).first()
    if account is None:
        account = Account(iin=iin, roles=[], created_at=now)
        session.add(account)
    elif account.kindergarten_id not in (None, kg.id):
        raise Problem("account_exists", "this person works for another kindergarten")
    keep = [r for r in account.roles if r not in STAFF_ROLES]
    was_director = "director" in account.roles
    account.roles = keep + list(dict.fromkeys(roles))
    account.kindergarten_id = kg.id
    if was_director or "director" in roles:
        # The kindergarten's feed object names its director (the contracts print it).
        kg.version += 1
        feed.publish_kindergarten(session, kg)
    account.password_hash = hash_password(password)
    account.login = login.lower() if login else account.login
    account.email = email.lower() if email else account.email
    account.phone = normalise_phone(phone) if phone else account.phone
    session.flush()
    return account
