"""The demo world: the city of Уральск, five kindergartens, about 300 families.

Applications are taken through the real lifecycle operations at plausible moments in the
past, so every status is there with deadlines that make sense today: the queue, fresh
vouchers, the stop-list, parents choosing, requests waiting for review, contracts sent,
signed by parents and countersigned, and the archive with each of its reasons.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from portal_sandbox import blobs, keys, lifecycle, mutations
from portal_sandbox.contract_maker import ContractMaker
from portal_sandbox.errors import Problem
from portal_sandbox.lifecycle import Actor, Ctx
from portal_sandbox.models import Account, Application, ChildLink, Group, Kindergarten, Setting
from portal_sandbox.names import Family, IinSerials, Person, login_name, make_family, make_phone
from portal_sandbox.pdfsign import DIRECTOR_FIELD, PARENT_FIELD, sign_pdf
from portal_sandbox.pki import IssuedKey, Role, Subject, gost_like_p12
from portal_sandbox.portal import Portal
from portal_sandbox.scans import ScanKind, scan_pdf
from portal_sandbox.security import Principal, hash_password
from portal_sandbox.signatures import SignatureRejected, check_countersigned, check_parent_signed
from portal_sandbox.workdays import PORTAL_TZ, is_working_day, local_date
from portal_sandbox.world import GroupSpec, add_kindergarten, add_person, add_staff

LOCALITY = "г.Уральск"
STAFF_PASSWORD = "Balabaqsha2025"
PARENT_PASSWORD = "Ata-Ana-2025"
# NCA RK's own test keys open with this password; staff who trained on them expect it.
KEY_PASSWORD = "Qwerty12"
# The demo staff's test keys, in the sandbox's data folder.
DEMO_KEYS = "demo-keys"
FAMILIES = 300


@dataclass(frozen=True)
class KindergartenPlan:
    bin_serial: int
    name: str
    address: str
    phone: str
    languages: tuple[str, ...]
    groups: tuple[GroupSpec, ...]


def _groups(kk: bool, ru: bool, size: int) -> tuple[GroupSpec, ...]:
    rows = [
        (1, 2, "Ясли", "Бөбекжай", 15),
        (2, 3, "Младшая группа", "Кіші топ", size),
        (3, 4, "Средняя группа", "Ортаңғы топ", size),
        (4, 5, "Старшая группа", "Ересек топ", size),
        (5, 6, "Предшкольная группа", "Мектепалды тобы", size + 5),
    ]
    specs = []
    for age_from, age_to, ru_name, kk_name, capacity in rows:
        if kk:
            specs.append(GroupSpec(kk_name, age_from, age_to, "kk", capacity))
        if ru:
            specs.append(GroupSpec(ru_name, age_from, age_to, "ru", capacity))
    return tuple(specs)


PLANS = (
    KindergartenPlan(
        1201, "КМҚК «№12 «Балапан» бөбекжай-бақшасы»",
        "г. Уральск, проспект Абулхаир хана, 98", "+77112515012", ("kk", "ru"),
        _groups(True, True, 20)),
    KindergartenPlan(
        4502, "ГККП «Ясли-сад №45 «Солнышко»»",
        "г. Уральск, улица Мухита, 112", "+77112243345", ("ru",), _groups(False, True, 25)),
    KindergartenPlan(
        3303, "«Айгөлек» бөбекжай-бақшасы",
        "г. Уральск, мкр. Жана Орда, 17", "+77112530233", ("kk",), _groups(True, False, 25)),
    KindergartenPlan(
        7704, "ТОО «Детский сад «Ақбота»»",
        "г. Уральск, улица Сарайшык, 34", "+77112507704", ("kk", "ru"),
        _groups(True, True, 15)),
    KindergartenPlan(
        7005, "КМҚК «№7 «Еркетай» бөбекжай-бақшасы»",
        "г. Уральск, улица Курмангазы, 160", "+77112212707", ("kk", "ru"),
        _groups(True, True, 20)),
)

@dataclass(frozen=True)
class Fill:
    """Children placed in one group of the first kindergarten on purpose, so that its
    Groups page, forecast and September move-up have something to show on day one.

    `ages`: each child's age on the group's first day; the first `enrolled` of them were
    enrolled over the past months (their dates give the figures a history), the others
    accepted these days (places reserved). `cut_to`: a smaller capacity the director asks
    for afterwards, which the portal allows only down to the children held."""

    group: str
    ages: tuple[int, ...]
    enrolled: int
    cut_to: int | None = None


# The portal never lets a group hold more children than places: every step that takes a
# place checks for a free one, and a capacity below the children held is refused
# (capacity_exceeded). So the world shows the nearest it allows: groups at or near full,
# one of them after a cut the portal refused, one cut down to exactly its children.
FILLS = (
    # 25 places: 23 children, 14 of whom start school on the group's first day.
    Fill("Мектепалды тобы", (6,) * 14 + (5,) * 9, enrolled=8),
    # 20 places, all taken; the director's cut to 17 is refused.
    Fill("Ересек топ", (5,) * 8 + (4,) * 12, enrolled=6, cut_to=17),
    # 20 places, 18 children; cut to 18, it is full.
    Fill("Старшая группа", (4,) * 10 + (5,) * 8, enrolled=6, cut_to=18),
    # 20 places, 18 children: nearly full.
    Fill("Средняя группа", (3,) * 9 + (4,) * 9, enrolled=4),
)
# The past months the enrollments are spread over (the director's signing key is valid
# from 200 days back).
ENROLLED_WITHIN_DAYS = 180

# How the 300 families' applications are spread over the lifecycle today.
STATUS_MIX = (
    ("queued", 120), ("voucher_issued", 20), ("stop_list", 10), ("choosing", 15),
    ("awaiting_contract", 45), ("contract_sent", 20), ("awaiting_countersign", 20),
    ("enrolled", 25), ("declined", 5), ("stop_list_expired", 5), ("second_no_response", 4),
    ("enrollment_window_expired", 6), ("withdrawn", 5),
)


@dataclass
class Login:
    kindergarten: str
    bin: str
    role: str
    name: str
    login: str
    password: str
    keys: list[str]


class Builder:
    def __init__(self, portal: Portal, session: Session, rng: random.Random,
                 contracts: ContractMaker) -> None:
        self.portal = portal
        self.contracts = contracts
        self.session = session
        self.rng = rng
        self.now = portal.now()
        self.serials = IinSerials(start=rng.randrange(1, 400))
        self.parent_hash = hash_password(PARENT_PASSWORD)
        self.key_dir = portal.settings.data_dir / DEMO_KEYS
        self.kindergartens: list[Kindergarten] = []
        self.directors: dict[int, tuple[IssuedKey, str]] = {}
        self.director_accounts: dict[int, Account] = {}
        self.methodologists: dict[int, str] = {}
        self.used_phones: set[str] = set()

    # time

    def ago(self, *, days: float = 0, hours: float = 0) -> datetime:
        return self.now - timedelta(days=days, hours=hours)

    def working_days_ago(self, count: int, hour: int = 10) -> datetime:
        day = local_date(self.now)
        while count:
            day -= timedelta(days=1)
            if is_working_day(day):
                count -= 1
        return datetime.combine(day, time(hour, self.rng.randrange(60)), tzinfo=PORTAL_TZ)

    def ctx(self, at: datetime, actor: Actor = lifecycle.PORTAL) -> Ctx:
        return Ctx(self.session, at, self.portal.settings, actor)

    # people and places

    def person(self, p: Person, parents: list[str] | None = None) -> None:
        add_person(self.session, iin=p.iin, last_name=p.surname, first_name=p.first_name,
                   patronymic=p.patronymic or "", sex=p.sex, birth_date=p.birth_date,
                   parents=parents)

    def write_key(self, folder: str, key: IssuedKey) -> Path:
        path = self.key_dir / folder / key.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(key.p12)
        return path

    def staff_member(self, kg: Kindergarten, roles: list[str], sex: str, folder: str
                     ) -> tuple[Login, Person]:
        family = make_family(self.rng, kazakh=self.rng.random() < 0.6,
                             child_birth_date=date(1988, 1, 1), serial_source=self.serials)
        adult = family.mother if sex == "female" and family.mother else family.parents[0]
        self.person(adult)
        login = login_name(adult.first_name, adult.surname)
        while self.session.scalars(select(Account.id).where(Account.login == login)).first():
            login += str(self.rng.randrange(10))
        account = add_staff(self.session, self.now, bin_=kg.bin, iin=adult.iin, roles=roles,
                            password=STAFF_PASSWORD, login=login,
                            email=f"{login}@balabaqsha.test")
        if "director" in roles:
            self.director_accounts[kg.id] = account
        subject = Subject(iin=adult.iin, last_name=adult.surname.upper(),
                          first_name=adult.first_name.upper(),
                          patronymic=(adult.patronymic or "").upper(), bin=kg.bin,
                          organisation=kg.name)
        auth = keys.issue(self.session, self.now, subject, role="employee", usage="auth",
                          password=KEY_PASSWORD, not_before=self.now - timedelta(days=200))
        sign_role: Role = "first_head" if "director" in roles else "employee"
        sign = keys.issue(self.session, self.now, subject, role=sign_role, usage="sign",
                          password=KEY_PASSWORD, not_before=self.now - timedelta(days=200))
        paths = [str(self.write_key(folder, auth)), str(self.write_key(folder, sign))]
        if "director" in roles:
            self.directors[kg.id] = (sign, adult.full_name)
            paths += self.training_keys(subject, folder)
        login_row = Login(kg.name, kg.bin, "+".join(roles), adult.full_name, login,
                          STAFF_PASSWORD, paths)
        return login_row, adult

    def training_keys(self, subject: Subject, folder: str) -> list[str]:
        """Keys that must be refused, so staff can see what the client says about each:
        an expired one, a revoked one, and a GOST key (not supported yet)."""
        expired = keys.issue(self.session, self.now, subject, role="first_head", usage="sign",
                             password=KEY_PASSWORD, not_before=self.now - timedelta(days=400),
                             not_after=self.now - timedelta(days=35))
        revoked = keys.issue(self.session, self.now, subject, role="first_head", usage="sign",
                             password=KEY_PASSWORD, not_before=self.now - timedelta(days=100))
        keys.revoke(self.session, revoked.serial, self.now - timedelta(days=3))
        gost = self.key_dir / folder / "training" / f"GOSTKNCA_{self.rng.randbytes(20).hex()}.p12"
        gost.parent.mkdir(parents=True, exist_ok=True)
        gost.write_bytes(gost_like_p12(KEY_PASSWORD, subject=subject, now=self.now))
        return [str(self.write_key(f"{folder}/training/expired", expired)),
                str(self.write_key(f"{folder}/training/revoked", revoked)), str(gost)]

    def kindergartens_and_staff(self) -> list[Login]:
        from portal_sandbox.iin import make_bin

        logins = []
        for index, plan in enumerate(PLANS, start=1):
            kg = add_kindergarten(
                self.session, self.now, bin_=make_bin(date(2009 + index, index, 1),
                                                      plan.bin_serial),
                name=plan.name, locality=LOCALITY, languages=list(plan.languages),
                groups=list(plan.groups), address=plan.address, phone=plan.phone)
            self.kindergartens.append(kg)
            director, _ = self.staff_member(kg, ["director", "administrator"], "female",
                                            f"kg{index}-director")
            methodologist, who = self.staff_member(kg, ["methodologist"], "female",
                                                   f"kg{index}-methodologist")
            self.methodologists[kg.id] = who.full_name
            logins += [director, methodologist]
        return logins

    def parent_account(self, family: Family) -> Account:
        parent = family.applicant
        for p in family.parents:
            self.person(p)
        self.person(family.child, [p.iin for p in family.parents])
        phone = parent.phone or make_phone(self.rng)
        while phone in self.used_phones:
            phone = make_phone(self.rng)
        self.used_phones.add(phone)
        account = Account(iin=parent.iin, phone=phone, password_hash=self.parent_hash,
                          roles=["parent"], created_at=self.ago(days=800))
        self.session.add(account)
        self.session.flush()
        self.session.add(ChildLink(account_id=account.id, child_iin=family.child.iin,
                                   added_at=self.ago(days=700)))
        return account

    # groups filled on purpose

    def fill_groups(self, fills: tuple[Fill, ...] = FILLS) -> None:
        kg = self.kindergartens[0]
        for fill in fills:
            group = self.session.scalars(select(Group).where(
                Group.kindergarten_id == kg.id, Group.name == fill.group)).one()
            # The oldest enrollments first, as a group fills over the year.
            days = sorted((self.rng.randrange(2, ENROLLED_WITHIN_DAYS)
                           for _ in range(fill.enrolled)), reverse=True)
            for index, age in enumerate(fill.ages):
                at = self.ago(days=days[index], hours=self.rng.randrange(12)) \
                    if index < fill.enrolled else None
                self.placed_child(kg, group, age, at)
            if fill.cut_to is not None:
                self.cut_capacity(kg, group, fill.cut_to)

    def placed_child(self, kg: Kindergarten, group: Group, age: int,
                     enrolled_at: datetime | None) -> None:
        """A family whose child holds a place in `group`: enrolled at `enrolled_at`, or
        (None) accepted these days. The child is `age` on the group's first day."""
        start = group.starts_on
        birth = start.replace(year=start.year - age) - timedelta(days=self.rng.randrange(365))
        family = make_family(self.rng, kazakh=group.language == "kk", child_birth_date=birth,
                             serial_source=self.serials)
        account = self.parent_account(family)
        parent = Actor("parent", f"{family.applicant.surname} {family.applicant.first_name}",
                       account.id)
        # Chosen a few days after the voucher was confirmed, enrolled a few days later.
        chosen = (enrolled_at or self.now) - timedelta(days=self.rng.randrange(2, 5),
                                                       hours=self.rng.randrange(6))
        submitted = chosen - timedelta(days=self.rng.randrange(40, 400))
        child = self.session.get(lifecycle.Person, family.child.iin)
        assert child is not None
        app = lifecycle.submit(self.ctx(submitted, parent), account, child, LOCALITY,
                               [group.language], "general", None)
        self.session.flush()
        self.issue(app, chosen - timedelta(days=1, hours=2))
        lifecycle.confirm(self.ctx(chosen - timedelta(days=1), parent), app)
        lifecycle.choose(self.ctx(chosen, parent), app, kg, group)
        if enrolled_at is None:
            lifecycle.accept(self.ctx(self.ago(hours=self.rng.randrange(1, 30)),
                                      self.staff_actor(kg, "director")), app)
            return
        pdf = self.send_contract(app, family, kg, enrolled_at - timedelta(hours=20))
        signed = self.parent_signs(app, family, pdf, enrolled_at - timedelta(hours=10))
        self.countersign(app, kg, signed, enrolled_at)

    def cut_capacity(self, kg: Kindergarten, group: Group, capacity: int) -> None:
        """The director asks for fewer places, through the same mutation the desk sends;
        below the children held the portal refuses and the group keeps its places."""
        director = self.director_accounts[kg.id]
        principal = Principal(director.id, tuple(director.roles), kg.id)
        try:
            mutations.set_capacity(self.ctx(self.ago(hours=1), self.staff_actor(kg, "director")),
                                   principal, {"group_id": group.id, "capacity": capacity,
                                               "base_version": group.version})
        except Problem as refused:
            if refused.code != "capacity_exceeded":
                raise

    # one family's story

    def family(self, target: str) -> None:
        kazakh = self.rng.random() < 0.62
        age = {"enrolled": 3}.get(target, self.rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5)))
        birth = local_date(self.now) - timedelta(days=int(age * 365.25 + self.rng.randrange(300)))
        family = make_family(self.rng, kazakh=kazakh, child_birth_date=birth,
                             serial_source=self.serials)
        account = self.parent_account(family)
        parent = Actor("parent", f"{family.applicant.surname} {family.applicant.first_name}",
                       account.id)
        languages = ["kk"] if kazakh else ["ru"]
        if self.rng.random() < 0.25:
            languages = ["kk", "ru"]
        submitted = self.ago(days=self.rng.randrange(40, 720), hours=self.rng.random() * 10)
        priority = self.rng.choice(list(lifecycle.PRIORITY_RANKS)) \
            if self.rng.random() < 0.08 else None
        child = self.session.get(lifecycle.Person, family.child.iin)
        assert child is not None
        app = lifecycle.submit(self.ctx(submitted, parent), account, child, LOCALITY, languages,
                               "general", priority)
        self.session.flush()
        story = STORIES[target]
        story(self, app, family, parent)

    def issue(self, app: Application, at: datetime) -> None:
        lifecycle.issue_voucher(self.ctx(at), app)

    def deadlines(self, app: Application, at: datetime) -> None:
        lifecycle.apply_deadlines(self.ctx(at), app)

    def to_window(self, app: Application, parent: Actor, confirmed_days_ago: int) -> None:
        self.issue(app, self.working_days_ago(confirmed_days_ago + 1, hour=9))
        lifecycle.confirm(self.ctx(self.working_days_ago(confirmed_days_ago, hour=14), parent),
                          app)

    def pick_group(self, app: Application) -> tuple[Kindergarten, Group] | None:
        child = self.session.get(lifecycle.Person, app.child_iin)
        assert child is not None
        choices = []
        for kg in self.kindergartens:
            for group in self.session.scalars(select(Group).where(Group.kindergarten_id == kg.id)):
                if group.free > 0 and lifecycle.group_fits(child, group, app.languages) is None:
                    choices.append((kg, group))
        return self.rng.choice(choices) if choices else None

    def to_request(self, app: Application, family: Family, parent: Actor, *,
                   confirmed_days_ago: int = 3) -> Kindergarten | None:
        self.to_window(app, parent, confirmed_days_ago)
        choice = self.pick_group(app)
        if choice is None:
            return None
        kg, group = choice
        lifecycle.choose(self.ctx(self.working_days_ago(confirmed_days_ago - 1, 16), parent),
                         app, kg, group)
        return kg

    def documents(self, app: Application, family: Family, parent: Actor, kinds: list[str],
                  at: datetime) -> None:
        fields = {
            "ФИО ребенка": family.child.full_name,
            "ИИН": family.child.iin,
            "Дата рождения": family.child.birth_date.strftime("%d.%m.%Y"),
            "Адрес": family.address.format(),
            "Родитель": family.applicant.full_name,
        }
        for kind in kinds:
            data = scan_pdf(cast(ScanKind, kind), fields, self.rng,
                            issued=(at - timedelta(days=20)).date())
            blob = blobs.store(self.session, data, blobs.PDF, at)
            lifecycle.upload_document(self.ctx(at, parent), app, kind, blob.sha256, blobs.PDF,
                                      blob.size)

    def staff_actor(self, kg: Kindergarten, role: str) -> Actor:
        # Named as the journal names them: staff read who did what in a request's history.
        name = self.directors[kg.id][1] if role == "director" else self.methodologists[kg.id]
        return Actor("staff", name)

    def contract_pdf(self, app: Application, family: Family, kg: Kindergarten,
                     at: datetime) -> bytes:
        """The contract the kindergarten sends at `at`, made by the staff client from its
        shipped template for the group's language, as the director's desk would make it."""
        group = self.session.get(Group, app.group_id)
        account = self.session.get(Account, app.account_id)
        assert group is not None and account is not None
        child, parent = family.child, family.applicant
        return self.contracts.make({
            "request_id": app.id,
            "application_number": app.number,
            "application_date": local_date(app.submitted_at).isoformat(),
            "contract_number": str(app.number),
            "contract_date": local_date(at).isoformat(),
            "locality": kg.locality,
            "kindergarten_name": kg.name,
            "kindergarten_bin": kg.bin,
            "kindergarten_address": kg.address,
            "kindergarten_phone": kg.phone,
            "director_name": self.directors[kg.id][1],
            "parent_name": parent.full_name,
            "parent_iin": parent.iin,
            "parent_phone": account.phone or "",
            "child_name": child.full_name,
            "child_iin": child.iin,
            "child_birth_date": child.birth_date.isoformat(),
            "group_name": group.name,
            "group_language": group.language,
            "group_age_from": group.age_from,
            "group_age_to": group.age_to,
            "group_start_date": group.starts_on.isoformat(),
        })

    def send_contract(self, app: Application, family: Family, kg: Kindergarten,
                      at: datetime) -> bytes:
        director = self.staff_actor(kg, "director")
        lifecycle.accept(self.ctx(at - timedelta(hours=3), director), app)
        self.documents(app, family, Actor("parent", family.applicant.full_name),
                       list(lifecycle.REQUIRED_DOCUMENTS), at - timedelta(hours=2))
        pdf = self.contract_pdf(app, family, kg, at)
        blob = blobs.store(self.session, pdf, blobs.PDF, at)
        lifecycle.send_contract(self.ctx(at, director), app, blob.sha256)
        return pdf

    def parent_signs(self, app: Application, family: Family, pdf: bytes,
                     at: datetime) -> bytes:
        p = family.applicant
        key = keys.issue(self.session, at, Subject(
            iin=p.iin, last_name=p.surname.upper(), first_name=p.first_name.upper(),
            patronymic=(p.patronymic or "").upper()), role="individual", usage="sign",
            password=KEY_PASSWORD, not_before=at - timedelta(days=100))
        signed = sign_pdf(pdf, key.p12, KEY_PASSWORD, PARENT_FIELD, signing_time=at)
        try:
            summary = check_parent_signed(pdf, signed, p.iin, keys.trust(self.session, at))
        except SignatureRejected as exc:  # the seed must only ever make valid contracts
            raise RuntimeError(f"demo contract {app.number}: {exc.code} {exc.detail}") from exc
        blob = blobs.store(self.session, signed, blobs.PDF, at)
        lifecycle.parent_signed(self.ctx(at, Actor("parent", p.full_name)), app, blob.sha256,
                                keys.signer_json(summary))
        return signed

    def countersign(self, app: Application, kg: Kindergarten, signed: bytes,
                    at: datetime) -> None:
        key, _ = self.directors[kg.id]
        methodologist = self.staff_actor(kg, "methodologist")
        lifecycle.review_documents(self.ctx(at - timedelta(hours=1), methodologist), app,
                                   {k: ("accepted", "") for k in lifecycle.REQUIRED_DOCUMENTS})
        final = sign_pdf(signed, key.p12, KEY_PASSWORD, DIRECTOR_FIELD, signing_time=at)
        summary = check_countersigned(signed, final, kg.bin, keys.trust(self.session, at))
        blob = blobs.store(self.session, final, blobs.PDF, at)
        lifecycle.countersigned(self.ctx(at, self.staff_actor(kg, "director")), app,
                                blob.sha256, keys.signer_json(summary))


Story = Callable[[Builder, Application, Family, Actor], None]


def _queued(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    pass


def _voucher_issued(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    b.issue(app, b.ago(hours=b.rng.randrange(1, 30)))


def _stop_list(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    b.issue(app, b.ago(days=b.rng.randrange(5, 20)))
    b.deadlines(app, b.now)


def _choosing(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    b.to_window(app, parent, b.rng.randrange(0, 4))


def _awaiting_contract(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    kg = b.to_request(app, family, parent, confirmed_days_ago=b.rng.randrange(1, 4))
    if kg is None:
        return
    at = b.ago(hours=b.rng.randrange(1, 20))
    kinds = b.rng.sample(lifecycle.REQUIRED_DOCUMENTS, b.rng.randrange(0, 6))
    if kinds:
        b.documents(app, family, parent, kinds, at)
    if b.rng.random() < 0.3:
        lifecycle.accept(b.ctx(at + timedelta(minutes=30), b.staff_actor(kg, "director")), app)


def _contract_sent(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    kg = b.to_request(app, family, parent, confirmed_days_ago=3)
    if kg is not None:
        b.send_contract(app, family, kg, b.ago(hours=b.rng.randrange(2, 20)))


def _awaiting_countersign(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    kg = b.to_request(app, family, parent, confirmed_days_ago=4)
    if kg is not None:
        at = b.ago(hours=b.rng.randrange(6, 24))
        pdf = b.send_contract(app, family, kg, at - timedelta(hours=5))
        b.parent_signs(app, family, pdf, at)


def _enrolled(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    kg = b.to_request(app, family, parent, confirmed_days_ago=4)
    if kg is not None:
        at = b.ago(hours=b.rng.randrange(1, 5))
        pdf = b.send_contract(app, family, kg, at - timedelta(hours=20))
        signed = b.parent_signs(app, family, pdf, at - timedelta(hours=10))
        b.countersign(app, kg, signed, at)


def _declined(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    issued = b.ago(days=b.rng.randrange(10, 90))
    b.issue(app, issued)
    lifecycle.decline_voucher(b.ctx(issued + timedelta(hours=5), parent), app)


def _stop_list_expired(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    b.issue(app, b.ago(days=b.rng.randrange(40, 120)))
    b.deadlines(app, b.now)


def _second_no_response(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    first = b.ago(days=b.rng.randrange(60, 120))
    b.issue(app, first)
    b.deadlines(app, first + timedelta(days=6))
    lifecycle.restore(b.ctx(first + timedelta(days=8), parent), app)
    b.issue(app, first + timedelta(days=30))
    b.deadlines(app, b.now)


def _window_expired(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    days = b.rng.randrange(20, 60)
    b.issue(app, b.ago(days=days + 2))
    lifecycle.confirm(b.ctx(b.ago(days=days), parent), app)
    b.deadlines(app, b.now)


def _withdrawn(b: Builder, app: Application, family: Family, parent: Actor) -> None:
    lifecycle.withdraw(b.ctx(b.ago(days=b.rng.randrange(1, 30)), parent), app)


STORIES: dict[str, Story] = {
    "queued": _queued, "voucher_issued": _voucher_issued, "stop_list": _stop_list,
    "choosing": _choosing, "awaiting_contract": _awaiting_contract,
    "contract_sent": _contract_sent, "awaiting_countersign": _awaiting_countersign,
    "enrolled": _enrolled, "declined": _declined, "stop_list_expired": _stop_list_expired,
    "second_no_response": _second_no_response,
    "enrollment_window_expired": _window_expired, "withdrawn": _withdrawn,
}


def build_demo_world(portal: Portal, *, families: int = FAMILIES, seed: int = 2025,
                     progress: Callable[[str], None] | None = None) -> list[Login]:
    """Build the world once; on later starts return the logins made the first time."""
    with portal.db.read() as session:
        stored = session.get(Setting, "demo_logins")
        if stored is not None:
            return [Login(**row) for row in stored.value["logins"]]
        if session.scalars(select(Kindergarten.id)).first() is not None:
            return []  # a world built by other means: leave it alone
    say = progress or (lambda _message: None)
    rng = random.Random(seed)
    targets = [status for status, share in STATUS_MIX
               for _ in range(round(share * families / FAMILIES))]
    rng.shuffle(targets)
    # Started first: the client loads while the kindergartens and keys are made.
    with ContractMaker() as contracts, portal.db.write() as session:
        builder = Builder(portal, session, rng, contracts)
        say("kindergartens, staff and their test keys")
        logins = builder.kindergartens_and_staff()
        say("groups filled for the Groups page, the forecast and the move-up")
        builder.fill_groups()
        for index, target in enumerate(targets, start=1):
            builder.family(target)
            if index % 50 == 0:
                say(f"{index} of {len(targets)} families")
        session.add(Setting(key="demo_logins", value={
            "logins": [asdict(login) for login in logins]}))
    return logins


def print_logins(logins: list[Login], data_dir: Path, out: Callable[[str], Any] = print) -> None:
    if not logins:
        return
    out("Demo world: г.Уральск. Staff log in with these (password for all: "
        f"{STAFF_PASSWORD}; test keys open with {KEY_PASSWORD}):")
    for login in logins:
        out(f"  {login.login:<18} {login.role:<24} {login.name} — {login.kindergarten}")
    out(f"  test keys (.p12) are in {data_dir / DEMO_KEYS}")
    out(f"Parents of the demo world log in by IIN or phone with {PARENT_PASSWORD}.")
