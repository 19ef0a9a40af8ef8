"""The parent simulator: simulated parents drive the portal over HTTP, on its simulated clock.

`python -m portal_sandbox simulate --portal URL` moves the sandbox's clock on an hour at a
time and, in each simulated hour, has the city behave as it would: new families register and
apply, the portal hands out a few vouchers on working days, parents answer them (or forget),
restore from the stop-list, choose a kindergarten, upload their documents, sign the contract
with their own test key. A director watching the desktop client sees that as a live stream of
requests, documents and signatures. Everything goes through the public parents' API and the
sandbox controls, exactly as a scenario would, so the simulator also exercises the portal.

Every decision is drawn from random generators derived from `--seed` and what the portal
shows, so the same seed against the same portal state gives the same run. Each action is one
line on stdout: the time on the sandbox clock, the parent, the action, the result.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import partial
from typing import Any, TypeVar, cast

import httpx

from portal_sandbox.client import PortalError, SandboxClient, Session
from portal_sandbox.lifecycle import (
    AT_KINDERGARTEN,
    CHOOSING,
    CONTRACT_SENT,
    IN_WINDOW,
    PRIORITY_RANKS,
    STOP_LIST,
    VOUCHER_ISSUED,
    age_on,
)
from portal_sandbox.names import Family, IinSerials, Person, make_family, make_phone
from portal_sandbox.notices import REQUIRED_DOCUMENTS
from portal_sandbox.pdfsign import PARENT_FIELD, sign_pdf
from portal_sandbox.scans import ScanKind, scan_jpeg, scan_pdf
from portal_sandbox.seed import KEY_PASSWORD, LOCALITY, PARENT_PASSWORD
from portal_sandbox.workdays import PORTAL_TZ, is_working_day, local_date

T = TypeVar("T")

DEFAULT_SPEED = 1.0  # simulated hours per real second, as `simulate --speed` defaults
DEFAULT_SEED = 1
EXIT_UNREACHABLE = 3

# The statuses in which a parent has something to do; queued and closed ones wait.
ACTIONABLE = (VOUCHER_ISSUED, STOP_LIST, CHOOSING, *AT_KINDERGARTEN)

# Rates, per simulated hour unless said otherwise. About five new families and five vouchers
# a day (a city's pace outside the August rush) keep the queue moving and a kindergarten's
# desk busy without flooding it.
ARRIVAL_CHANCE_DAY = 0.35  # per hour, 08:00-22:00
ARRIVAL_CHANCE_NIGHT = 0.03
DAYTIME = (8, 22)
VOUCHER_CHANCE = 0.45  # per working hour; one voucher, sometimes two
WORKING_HOURS = (9, 18)
CONFIRM_SHARE = 0.70  # of parents with a voucher; a few say no, the rest forget to answer
DECLINE_SHARE = 0.10
RESTORE_SHARE = 0.45
WITHDRAW_SHARE = 0.04
EXTEND_SHARE = 0.5
SIGN_SHARE = 0.97
PMPK_SHARE = 0.12  # only some children have a commission's conclusion
JPEG_SHARE = 0.4  # phone photos rather than scanner PDFs
KAZAKH_SHARE = 0.62
BOTH_LANGUAGES_SHARE = 0.25
PRIORITY_SHARE = 0.05
AWAKE = (7, 23)  # parents act between these local hours
CHOOSE_RETRIES = 5
# Test keys live a year (as NCA's do); a long live run gets a fresh one before that ends.
KEY_REISSUE_HOURS = 300 * 24
# Network trouble: this many retries, waiting BACKOFF, 2×BACKOFF, 4×BACKOFF... in between.
RETRIES = 4
BACKOFF_SECONDS = 0.5
TRANSIENT_STATUSES = (502, 503, 504)
MAX_CATCH_UP_HOURS = 24  # a live run that fell behind skips time rather than racing it


class PortalUnreachable(Exception):
    """The portal did not answer after the retries: the run cannot go on."""


class NotASandbox(Exception):
    """The URL answers, but not as a portal sandbox: its clock cannot be moved."""


class PatientClient(SandboxClient):
    """A SandboxClient that retries what the network loses, with exponential backoff.

    Unsafe calls carry an Idempotency-Key, so a retried request that did reach the portal
    the first time gets its first answer back instead of being applied twice.
    """

    def __init__(self, base_url: str, *, retries: int | None = None,
                 backoff: float | None = None) -> None:
        super().__init__(base_url)
        self.retries = RETRIES if retries is None else retries
        self.backoff = BACKOFF_SECONDS if backoff is None else backoff

    def call(self, method: str, path: str, *, session: Session | None = None,
             json: Any = None, content: bytes | None = None,
             headers: dict[str, str] | None = None, params: dict[str, Any] | None = None
             ) -> httpx.Response:
        all_headers = dict(headers or {})
        if method.upper() not in ("GET", "HEAD"):
            all_headers.setdefault("Idempotency-Key", uuid.uuid4().hex)
        problem: Exception | None = None
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                return super().call(method, path, session=session, json=json,
                                    content=content, headers=all_headers, params=params)
            except httpx.TransportError as exc:
                problem = exc
            except PortalError as exc:
                if exc.status not in TRANSIENT_STATUSES:
                    raise
                problem = exc
        raise PortalUnreachable(f"{method} {path} failed {self.retries + 1} times, "
                                f"last with {problem!r}")


@dataclass
class Parent:
    iin: str
    name: str  # «Фамилия Имя», for the log
    full_name: str  # as documents print it
    family: Family | None = None  # known for the families this run brought in
    session: Session | None = None
    key: bytes | None = None
    key_hour: int = 0
    shut_out: bool = False  # does not open with the demo password: left alone

    @property
    def label(self) -> str:
        return f"{self.iin} {self.name}"


@dataclass
class Plan:
    """What a parent means to do about one application in its current status."""

    rng: random.Random
    action: str | None = None
    due: int = 0  # the simulated hour (counted from the start of the run) to do it at
    tries: int = 0
    docs_due: int | None = None
    pmpk: bool = False
    extend: bool = False
    extend_hour: int = 12


@dataclass
class Tracked:
    """What the simulator remembers of one application that needs its parent."""

    id: int
    number: int
    parent: Parent
    status: str = ""
    version: int = -1
    deadline: datetime | None = None
    plan: Plan = field(default_factory=lambda: Plan(random.Random(0)))
    tried_kindergartens: set[int] = field(default_factory=set)
    extension_looked: datetime | None = None  # the deadline whose last day was looked at


def _say(line: str) -> None:
    print(line, flush=True)


def _when_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _problem(exc: PortalError) -> str:
    detail = str(exc.body.get("detail") or exc.body.get("title") or "").rstrip(".")
    return f"refused {exc.code}: {detail}" if detail else f"refused {exc.code}"


class Simulator:
    """The city's parents. `step()` is one tick of the clock; `run_*` drive the ticks."""

    def __init__(self, client: SandboxClient, seed: int = DEFAULT_SEED,
                 out: Callable[[str], None] = _say) -> None:
        self.client = client
        self.seed = seed
        self.out = out
        self.rng = random.Random(seed)
        # High serials: the demo world and the tests use low ones, so IINs rarely collide.
        self.serials = IinSerials(start=self.rng.randrange(5000, 9000))
        self.hour = 0
        self.now = datetime.now(PORTAL_TZ)  # replaced by the portal's clock on the first step
        self.parents: dict[str, Parent] = {}
        self.apps: dict[int, Tracked] = {}
        self.entries: Counter[tuple[int, str]] = Counter()
        self.actions = 0
        self._catalogue: list[dict[str, Any]] = []
        self._catalogue_hour = -1

    # running

    def run_steps(self, steps: int) -> None:
        for _ in range(steps):
            self.step()

    def run_live(self, speed: float, stop: threading.Event) -> None:
        """`speed` simulated hours per real second, until `stop` is set."""
        started = time.monotonic()
        done = 0
        while not stop.is_set():
            due = int((time.monotonic() - started) * speed) - done
            if due < 1:
                next_at = (done + 1) / speed - (time.monotonic() - started)
                stop.wait(min(max(next_at, 0.01), 1.0))
                continue
            self.step(min(due, MAX_CATCH_UP_HOURS))
            done += due

    def step(self, hours: int = 1) -> None:
        """Move the clock on `hours` and let the portal and the parents act in them."""
        if not self._advance(hours):
            return
        moments = [self.now - timedelta(hours=back) for back in range(hours - 1, -1, -1)]

        def vouchers() -> None:
            for moment in moments:
                self._portal_issues(moment)

        def arrivals() -> None:
            for moment in moments:
                self._arrivals(moment)

        self._guard("portal", "issue vouchers", vouchers)
        self._guard("simulator", "find the parents", self._survey)
        self._parents_act()
        self._guard("simulator", "bring in new families", arrivals)

    def _guard(self, who: str, what: str, phase: Callable[[], None]) -> None:
        """Run one part of a step: what the portal refuses there is logged, not fatal."""
        try:
            phase()
        except PortalUnreachable:
            raise
        except PortalError as exc:
            self._log(who, what, _problem(exc))
        except Exception as exc:  # a live demo keeps going; the log says what went wrong
            self._log(who, what, f"failed {type(exc).__name__}: {exc}")

    # the log

    def _log(self, who: str, what: str, result: str) -> None:
        self.actions += 1
        stamp = self.now.astimezone(PORTAL_TZ).strftime("%Y-%m-%d %H:%M")
        self.out(f"{stamp} | {who} | {what} | {result}")

    # the portal's side

    def _advance(self, hours: int) -> bool:
        what = f"clock +{hours}h"
        try:
            moved = self.client.advance(hours=hours)
        except PortalError as exc:
            if exc.status == 404 or exc.code == "sandbox_only":
                raise NotASandbox(str(exc)) from exc
            self._log("portal", what, _problem(exc))
            return False
        self.now = datetime.fromisoformat(moved["now"])
        self.hour += hours
        self._log("portal", what, f"{moved['deadlines_applied']} deadlines applied")
        return True

    def _portal_issues(self, moment: datetime) -> None:
        """A few vouchers a day, in queue order, in working hours of working days."""
        local = moment.astimezone(PORTAL_TZ)
        if not (is_working_day(local.date()) and WORKING_HOURS[0] <= local.hour < WORKING_HOURS[1]):
            return
        if self.rng.random() >= VOUCHER_CHANCE:
            return
        count = 2 if self.rng.random() < 0.3 else 1
        what = f"issue {count} voucher{'s' if count > 1 else ''} in {LOCALITY}"
        try:
            issued = self.client.issue_vouchers(LOCALITY, count)
        except PortalError as exc:
            self._log("portal", what, _problem(exc))
            return
        numbers = ", ".join(f"#{a['number']}" for a in issued)
        self._log("portal", what, f"ok: {numbers}" if numbers else "the queue is empty")

    # who needs to do what

    def _survey(self) -> None:
        """Find every parent with something to do, the demo world's included."""
        seen: set[int] = set()
        for row in self.client.each_parent(list(ACTIONABLE)):
            parent = self._parent(row)
            for app in row["applications"]:
                if app["status"] in ACTIONABLE:
                    self._track(parent, app)
                    seen.add(app["id"])
        for gone in [i for i in self.apps if i not in seen]:
            del self.apps[gone]

    def _parent(self, row: dict[str, Any]) -> Parent:
        parent = self.parents.get(row["iin"])
        if parent is None:
            full = " ".join(p for p in (row["last_name"], row["first_name"], row["patronymic"])
                            if p)
            parent = Parent(row["iin"], f"{row['last_name']} {row['first_name']}", full)
            self.parents[parent.iin] = parent
        return parent

    def _track(self, parent: Parent, row: dict[str, Any]) -> None:
        tracked = self.apps.setdefault(row["id"], Tracked(row["id"], row["number"], parent))
        tracked.deadline = _when_iso(row["deadline_at"])
        if tracked.status != row["status"]:
            tracked.status, tracked.version = row["status"], row["version"]
            self.entries[(tracked.id, tracked.status)] += 1
            tracked.plan = self._plan(tracked)
        elif tracked.version != row["version"]:
            tracked.version = row["version"]
            self._changed_at_kindergarten(tracked)

    def _changed_at_kindergarten(self, t: Tracked) -> None:
        # Staff touched the request (accepted it, returned documents...): have a look soon.
        if t.status in AT_KINDERGARTEN and t.plan.docs_due is None:
            t.plan.docs_due = self._when(t.plan.rng, t.plan.rng.uniform(2, 20))

    # plans

    def _plan(self, t: Tracked) -> Plan:
        # One generator per application and visit to a status: a parent's choices do not
        # shift when other parents come and go.
        entry = self.entries[(t.id, t.status)]
        rng = random.Random(f"{self.seed}:{t.id}:{t.status}:{entry}")
        plan = Plan(rng, extend=rng.random() < EXTEND_SHARE, extend_hour=rng.randrange(9, 21))
        planner = {VOUCHER_ISSUED: self._plan_voucher, STOP_LIST: self._plan_stop_list,
                   CHOOSING: self._plan_choosing}.get(t.status, self._plan_at_kindergarten)
        planner(t, plan)
        return plan

    def _plan_voucher(self, t: Tracked, plan: Plan) -> None:
        draw = plan.rng.random()
        if draw < CONFIRM_SHARE + DECLINE_SHARE:
            plan.action = "confirm" if draw < CONFIRM_SHARE else "decline"
            plan.due = self._when(plan.rng, plan.rng.expovariate(1 / 6), t.deadline)

    def _plan_stop_list(self, t: Tracked, plan: Plan) -> None:
        if plan.rng.random() < RESTORE_SHARE:
            plan.action = "restore"
            plan.due = self._when(plan.rng, 4 + plan.rng.expovariate(1 / 72), t.deadline, 2)

    def _plan_choosing(self, t: Tracked, plan: Plan) -> None:
        if plan.rng.random() < WITHDRAW_SHARE:
            plan.action = "withdraw"
            plan.due = self._when(plan.rng, plan.rng.uniform(2, 48), t.deadline)
        else:
            plan.action = "choose"
            plan.due = self._when(plan.rng, plan.rng.expovariate(1 / 16), t.deadline, 6)

    def _plan_at_kindergarten(self, t: Tracked, plan: Plan) -> None:
        plan.pmpk = plan.rng.random() < PMPK_SHARE
        plan.docs_due = self._when(plan.rng, plan.rng.uniform(1, 10))
        if t.status == CONTRACT_SENT and plan.rng.random() < SIGN_SHARE:
            plan.action = "sign"
            plan.due = self._when(plan.rng, plan.rng.uniform(1, 20), t.deadline, 2)

    def _when(self, rng: random.Random, delay: float, deadline: datetime | None = None,
              margin_hours: int = 1) -> int:
        """The simulated hour to act at: `delay` hours on, out of the night, and before the
        deadline (a parent who means to answer does so in time)."""
        hours = max(0, round(delay))
        local = (self.now + timedelta(hours=hours)).astimezone(PORTAL_TZ)
        if not AWAKE[0] <= local.hour < AWAKE[1]:
            hours += (AWAKE[0] - local.hour) % 24 + rng.randrange(4)
        if deadline is not None:
            left = int((deadline - self.now) / timedelta(hours=1)) - margin_hours
            hours = min(hours, max(left, 0))
        return self.hour + hours

    # the parents act

    def _parents_act(self) -> None:
        for t in sorted(self.apps.values(), key=lambda a: a.id):
            if not t.parent.shut_out:
                self._guard(t.parent.label, f"#{t.number}", partial(self._act_on, t))

    def _act_on(self, t: Tracked) -> None:
        """At most one thing per application and hour: the main step, documents, or the
        extension."""
        if t.plan.action and t.plan.due <= self.hour:
            self._do(t)
        elif t.plan.docs_due is not None and t.plan.docs_due <= self.hour:
            self._documents(t)
        elif self._extension_due(t):
            self._extend(t)

    def _do(self, t: Tracked) -> None:
        action = t.plan.action
        t.plan.action = None
        if action == "choose":
            self._choose(t)
        elif action == "sign":
            self._sign(t)
        elif action is not None:
            self._answer(t, action)

    def _session(self, parent: Parent) -> Session | None:
        if parent.session is None and not parent.shut_out:
            try:
                parent.session = self.client.login(parent.iin, PARENT_PASSWORD, role="parent")
            except PortalError as exc:
                parent.shut_out = True
                self._log(parent.label, "log in", f"{_problem(exc)}; left alone")
        return parent.session

    def _as(self, parent: Parent, what: str, call: Callable[[Session], T]) -> T | None:
        """Do one thing as `parent`; a refusal is logged and gives None, the run goes on."""
        try:
            return self._with_session(parent, call)
        except PortalError as exc:
            self._log(parent.label, what, _problem(exc))
        except PortalUnreachable:
            raise
        except Exception as exc:  # a file that will not sign, an odd answer: log, go on
            self._log(parent.label, what, f"failed {type(exc).__name__}: {exc}")
        return None

    def _with_session(self, parent: Parent, call: Callable[[Session], T]) -> T | None:
        session = self._session(parent)
        if session is None:
            return None
        try:
            return call(session)
        except PortalError as exc:
            if exc.code not in ("token_expired", "unauthorized"):
                raise
        # Access tokens live fifteen real minutes; a long run logs in again.
        parent.session = None
        session = self._session(parent)
        return None if session is None else call(session)

    def _look(self, t: Tracked) -> dict[str, Any] | None:
        return self._as(t.parent, f"open #{t.number}",
                        lambda s: self.client.application(s, t.id))

    def _answer(self, t: Tracked, verb: str) -> None:
        what = f"{verb} #{t.number}"
        app = self._as(t.parent, what, lambda s: self.client.act(s, t.id, verb))
        if app is not None:
            self._log(t.parent.label, what, f"ok → {app['status']}")

    # choosing a kindergarten

    def _catalogue_now(self) -> list[dict[str, Any]]:
        if self._catalogue_hour != self.hour:
            self._catalogue = self.client.kindergartens(LOCALITY)
            self._catalogue_hour = self.hour
        return self._catalogue

    def _fitting(self, app: dict[str, Any], exclude: set[int]
                 ) -> list[tuple[dict[str, Any], dict[str, Any]]]:
        """Groups with free places that take the child's age on their start and a language
        of the application."""
        birth = date.fromisoformat(app["child"]["birth_date"])
        return [
            (kg, g) for kg in self._catalogue_now() if kg["id"] not in exclude
            for g in kg["groups"]
            if g["free"] > 0 and g["language"] in app["languages"]
            and g["age_from"] <= age_on(birth, date.fromisoformat(g["starts_on"])) <= g["age_to"]
        ]

    def _choose(self, t: Tracked) -> None:
        app = self._look(t)
        if app is None:
            return
        # A kindergarten that declined is not asked again, unless it is the only one left.
        options = self._fitting(app, t.tried_kindergartens) or self._fitting(app, set())
        what = f"choose a kindergarten for #{t.number}"
        if not options:
            self._log(t.parent.label, what, "no group with free places fits; looks again later")
            self._choose_again(t, 24)
            return
        kg, group = t.plan.rng.choices(options, weights=[g["free"] for _, g in options])[0]
        what = f"choose {kg['name']}, {group['name']} ({group['language']}) for #{t.number}"
        done = self._as(t.parent, what,
                        lambda s: self.client.enroll(s, t.id, kg["id"], group["id"]))
        if done is None:
            self._choose_again(t, 1)  # the place went to someone else this hour: look again
            return
        t.tried_kindergartens.add(kg["id"])
        self._log(t.parent.label, what, f"ok → {done['status']}")

    def _choose_again(self, t: Tracked, hours: int) -> None:
        t.plan.tries += 1
        if t.plan.tries < CHOOSE_RETRIES:
            t.plan.action, t.plan.due = "choose", self.hour + hours

    # documents

    def _documents(self, t: Tracked) -> None:
        t.plan.docs_due = None
        app = self._look(t)
        if app is None:
            return
        wanted = self._wanted(app, t.plan.pmpk)
        if not wanted:
            return
        kind, previous = wanted[0]
        self._upload(t, app, kind, previous)
        if len(wanted) > 1:  # one document a sitting: the rest over the next hours
            t.plan.docs_due = self._when(t.plan.rng, t.plan.rng.uniform(1, 6))

    @staticmethod
    def _wanted(app: dict[str, Any], pmpk: bool) -> list[tuple[str, dict[str, Any] | None]]:
        """Documents still to upload: missing ones, and ones returned for correction."""
        docs = {d["kind"]: d for d in app["documents"]}
        kinds = (*REQUIRED_DOCUMENTS, "pmpk") if pmpk else REQUIRED_DOCUMENTS
        return [(k, docs.get(k)) for k in kinds
                if k not in docs or docs[k]["status"] == "returned"]

    def _fields(self, t: Tracked, app: dict[str, Any]) -> dict[str, str]:
        child = app["child"]
        fields = {
            "ФИО ребенка": " ".join(p for p in (child["last_name"], child["first_name"],
                                                child["patronymic"]) if p),
            "ИИН": child["iin"],
            "Дата рождения": date.fromisoformat(child["birth_date"]).strftime("%d.%m.%Y"),
            "Родитель": t.parent.full_name,
        }
        if t.parent.family is not None:
            fields["Адрес"] = t.parent.family.address.format()
        return fields

    def _upload(self, t: Tracked, app: dict[str, Any], kind: str,
                previous: dict[str, Any] | None) -> None:
        rng = random.Random(f"{self.seed}:{t.id}:{kind}:{self.hour}")
        scan = cast(ScanKind, kind)  # one of REQUIRED_DOCUMENTS or pmpk
        issued = local_date(self.now) - timedelta(days=rng.randrange(3, 60))
        if rng.random() < JPEG_SHARE:
            data, media = scan_jpeg(scan, self._fields(t, app), rng, issued=issued), "image/jpeg"
        else:
            data, media = scan_pdf(scan, self._fields(t, app), rng, issued=issued), \
                "application/pdf"
        verb = "re-upload" if previous else "upload"
        what = f"{verb} {kind} for #{t.number} ({media.split('/')[1].upper()}, " \
               f"{len(data) // 1024} KB)"
        if previous:
            what += f", returned with «{previous['comment']}»"
        done = self._as(t.parent, what,
                        lambda s: self.client.upload_document(s, t.id, kind, data, media))
        if done is not None:
            self._log(t.parent.label, what, "ok")

    # the contract

    def _key(self, parent: Parent) -> bytes | None:
        """The parent's signing key: issued once by the test CA, then kept."""
        if parent.key is None or self.hour - parent.key_hour > KEY_REISSUE_HOURS:
            what = "get a signing key (EDS)"
            try:
                parent.key, _ = self.client.issue_key(parent.iin, "sign", KEY_PASSWORD,
                                                      role="individual")
            except PortalError as exc:
                self._log(parent.label, what, _problem(exc))
                return None
            parent.key_hour = self.hour
            self._log(parent.label, what, "ok")
        return parent.key

    def _sign(self, t: Tracked) -> None:
        key = self._key(t.parent)
        if key is None:
            return

        def sign(session: Session) -> dict[str, Any]:
            pdf = self.client.contract_pdf(session, t.id)
            signed = sign_pdf(pdf, key, KEY_PASSWORD, PARENT_FIELD, signing_time=self.now)
            return self.client.sign_contract(session, t.id, signed)

        what = f"sign the contract for #{t.number}"
        done = self._as(t.parent, what, sign)
        if done is not None:
            self._log(t.parent.label, what, f"ok → {done['status']}")

    # the one-time extension

    def _extension_due(self, t: Tracked) -> bool:
        if t.status not in IN_WINDOW or not t.plan.extend or t.deadline is None \
                or t.extension_looked == t.deadline:
            return False
        local = self.now.astimezone(PORTAL_TZ)
        return local.date() == local_date(t.deadline) and local.hour >= t.plan.extend_hour

    def _extend(self, t: Tracked) -> None:
        t.extension_looked = t.deadline
        app = self._look(t)
        if app is None or not app["extension_available"]:
            return
        what = f"extend #{t.number} by 2 working days"
        done = self._as(t.parent, what, lambda s: self.client.act(s, t.id, "extend"))
        if done is not None:
            self._log(t.parent.label, what, f"ok: enroll by {done['voucher']['enroll_by'][:10]}")

    # new families

    def _arrivals(self, moment: datetime) -> None:
        hour = moment.astimezone(PORTAL_TZ).hour
        chance = ARRIVAL_CHANCE_DAY if DAYTIME[0] <= hour < DAYTIME[1] else ARRIVAL_CHANCE_NIGHT
        if self.rng.random() < chance:
            self._new_family()

    def _new_family(self) -> None:
        family = self._unknown_family()
        if family is None:
            return
        applicant = family.applicant
        parent = Parent(applicant.iin, f"{applicant.surname} {applicant.first_name}",
                        applicant.full_name, family)
        # Drawn before any request, so a refusal on the way does not shift later draws.
        languages = self._languages(family)
        priority = self.rng.choice(list(PRIORITY_RANKS)) \
            if self.rng.random() < PRIORITY_SHARE else None
        if not self._add_to_register(parent, family) or not self._register(parent, family):
            return
        self.parents[parent.iin] = parent
        if self._add_child(parent, family.child):
            self._apply(parent, family.child, languages, priority)

    def _add_child(self, parent: Parent, child: Person) -> bool:
        what = f"add child {child.full_name} ({child.iin})"
        done = self._as(parent, what, lambda s: self.client.add_child(s, child.iin))
        if done is not None:
            self._log(parent.label, what, "ok")
        return done is not None

    def _apply(self, parent: Parent, child: Person, languages: list[str],
               priority: str | None) -> None:
        extra = {"priority": priority} if priority else {}
        what = f"apply in {LOCALITY} ({', '.join(languages)})" + \
            (f", priority {priority}" if priority else "")
        app = self._as(parent, what, lambda s: self.client.apply(s, child.iin, LOCALITY,
                                                                 languages, **extra))
        if app is not None:
            self._log(parent.label, what,
                      f"ok: #{app['number']}, place {app['queue_position']} in the queue")

    def _unknown_family(self) -> Family | None:
        """A new family whose people the register does not know yet."""
        for _ in range(5):
            kazakh = self.rng.random() < KAZAKH_SHARE
            age = self.rng.choice((1, 2, 2, 3, 3, 3, 4, 4, 5))
            birth = local_date(self.now) - timedelta(days=int(age * 365.25)
                                                     + self.rng.randrange(300))
            family = make_family(self.rng, kazakh=kazakh, child_birth_date=birth,
                                 serial_source=self.serials)
            if not any(self._in_register(p.iin) for p in (*family.parents, family.child)):
                return family
        return None

    def _in_register(self, iin: str) -> bool:
        # The register's POST overwrites a person: never hand it someone who exists.
        try:
            self.client.person(iin)
        except PortalError as exc:
            return exc.code != "person_not_found"
        return True

    def _languages(self, family: Family) -> list[str]:
        if self.rng.random() < BOTH_LANGUAGES_SHARE:
            return ["kk", "ru"]
        return ["kk"] if family.kazakh else ["ru"]

    def _add_to_register(self, parent: Parent, family: Family) -> bool:
        """The state register learns of the family (births are registered, not applied for)."""
        try:
            for p in family.parents:
                self.client.add_person(p.iin, p.surname, p.first_name, p.patronymic or "",
                                       p.sex, p.birth_date)
            c = family.child
            self.client.add_person(c.iin, c.surname, c.first_name, c.patronymic or "", c.sex,
                                   c.birth_date, [p.iin for p in family.parents])
        except PortalError as exc:
            self._log(parent.label, "enter the family in the register", _problem(exc))
            return False
        return True

    def _register(self, parent: Parent, family: Family) -> bool:
        phone = family.applicant.phone or make_phone(self.rng)
        for _ in range(5):
            what = f"register with {phone} (SMS code)"
            try:
                self.client.register(phone, parent.iin, PARENT_PASSWORD)
            except PortalError as exc:
                if exc.code != "account_exists":
                    self._log(parent.label, what, _problem(exc))
                    return False
                phone = make_phone(self.rng)  # the number is someone else's: another SIM
                continue
            self._log(parent.label, what, "ok")
            return True
        return False


def run_simulator(args: argparse.Namespace, stop: threading.Event | None = None) -> int:
    """`simulate`: 0 when done or stopped, 2 when it cannot start (bad arguments, not a
    sandbox), 3 when the portal stops answering."""
    if args.speed <= 0:
        print("--speed must be more than 0 simulated hours per second", file=sys.stderr)
        return 2
    mode = f"{args.steps} steps" if args.steps > 0 else f"{args.speed:g} simulated h/s"
    print(f"simulating parents against {args.portal} (seed {args.seed}, {mode})",
          file=sys.stderr, flush=True)
    with PatientClient(args.portal) as client:
        simulator = Simulator(client, args.seed)
        try:
            if args.steps > 0:
                simulator.run_steps(args.steps)
            else:
                simulator.run_live(args.speed, stop or threading.Event())
        except PortalUnreachable as exc:
            print(f"the portal at {args.portal} does not answer ({exc}); the simulator stops",
                  file=sys.stderr, flush=True)
            return EXIT_UNREACHABLE
        except NotASandbox as exc:
            print(f"{args.portal} is not a portal sandbox ({exc}); start one with "
                  "`python -m portal_sandbox serve`", file=sys.stderr, flush=True)
            return 2
        except KeyboardInterrupt:
            pass  # Ctrl-C is how a live run ends
    print(f"simulated {simulator.hour} hours, {simulator.actions} actions", file=sys.stderr,
          flush=True)
    return 0


def run_alongside(url: str, stop: threading.Event) -> int:
    """`serve --simulate`: the simulator at the default speed and seed until `stop` is set."""
    args = argparse.Namespace(portal=url, speed=DEFAULT_SPEED, steps=0, seed=DEFAULT_SEED)
    return run_simulator(args, stop)
