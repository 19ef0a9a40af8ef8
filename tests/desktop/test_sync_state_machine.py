"""A Hypothesis state machine over a live sandbox (docs/sync.md, "Proving it").

Staff decide (accept, decline, return documents) through the outbox; parents withdraw and
new requests arrive; deadlines pass on the sandbox's clock; the desk syncs, loses requests
before they leave or answers after the portal committed, and restarts. Whatever the order:
every intent ends up exactly once on the portal or in "needs attention", no effect applies
twice, the cursor never goes back, and after a clean sync the cache is the portal's state.
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from sqlalchemy import select

from desktop.models.tables import OutboxEntry, Request
from desktop.services import actions
from desktop.services.actions import ActionRefused
from desktop.services.portal_api import PortalUnreachable
from portal_sandbox.client import PortalError
from tests.support.sync_desks import (
    Desk,
    Wire,
    accepted_events,
    assert_equals_portal,
    assert_exactly_once,
    cursor_seq,
    kindergarten,
    sign_in,
)

AT_KINDERGARTEN = ("awaiting_contract", "contract_sent", "awaiting_countersign")


class SyncMachine(RuleBasedStateMachine):
    url = ""  # the live sandbox, set by the test

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        # Each example has a kindergarten of its own (and make_site sets the clock back).
        self.kg = kindergarten(self.url, requests=3)
        self.wire = Wire()
        self.desk = Desk(self.folder, sign_in(self.url, self.kg.site.director_login,
                                              self.wire))
        self.desk.sync()
        self.cursor = cursor_seq(self.desk.meta("cursor"))
        self.recorded: set[str] = set()

    def teardown(self) -> None:
        try:
            self.converges()
        finally:
            self.desk.close()
            self.wire.close()
            self.kg.sandbox.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def request_id(self, index: int) -> int:
        return int(self.kg.apps[index % len(self.kg.apps)]["id"])

    def record(self, decide: Any, *args: Any) -> None:
        # Refused when the screen would not offer it: not cached, pending, or decided.
        with contextlib.suppress(ActionRefused):
            self.recorded.add(decide(self.desk.cache, *args).id)

    # staff

    @rule(index=st.integers(0, 9))
    def accept(self, index: int) -> None:
        self.record(actions.accept, self.request_id(index))

    @rule(index=st.integers(0, 9), reason=st.sampled_from(["no_places", "age_mismatch"]))
    def decline(self, index: int, reason: str) -> None:
        self.record(actions.decline, self.request_id(index), reason)

    @rule(index=st.integers(0, 9))
    def return_documents(self, index: int) -> None:
        self.record(actions.return_documents, self.request_id(index),
                    {"form_027u": "Справка нечитаема"})

    # the portal's side

    @rule(index=st.integers(0, 9))
    def parent_withdraws(self, index: int) -> None:
        family = self.kg.families[index % len(self.kg.families)]
        try:
            self.kg.sandbox.act(family.parent, self.request_id(index), "withdraw")
        except PortalError as exc:
            assert exc.code == "not_allowed_in_status"

    @rule()
    def a_deadline_passes(self) -> None:
        self.kg.sandbox.advance(working_days=6)

    @rule()
    def a_request_arrives(self) -> None:
        family, app = self.kg.site.world.request_at(self.kg.site.kindergarten,
                                                    group_index=len(self.kg.apps) % 2)
        self.kg.families.append(family)
        self.kg.apps.append(app)

    # the desk

    @rule()
    def sync(self) -> None:
        self.desk.sync()

    @rule(path=st.sampled_from(["/staff/mutations", "/staff/changes"]),
          when=st.sampled_from(["before", "after"]))
    def sync_loses_a_request(self, path: str, when: str) -> None:
        self.wire.fail(path, when)
        try:
            self.desk.sync()
            assert self.wire.failures, "the lost request should have failed the cycle"
        except PortalUnreachable:
            pass
        self.wire.failures.clear()  # nothing to push: the planned failure never came

    @rule()
    def restart(self) -> None:
        self.desk.restart()

    @rule()
    def converges(self) -> None:
        """A clean sync: nothing pending, every intent answered once, the portal's state."""
        summary = self.desk.sync()
        assert summary.pending == 0
        assert_exactly_once(self.desk)
        portal = assert_equals_portal(self.desk)
        self.no_effect_twice(portal)

    def no_effect_twice(self, portal: dict[tuple[str, int], dict[str, Any]]) -> None:
        applied: dict[int, int] = {}
        for entry in self.desk.outbox():
            if entry.name == "accept_request" and entry.outcome == "applied":
                applied[entry.args["request_id"]] = applied.get(entry.args["request_id"], 0) + 1
        holding: dict[int, int] = {}
        for (type_, request_id), change in portal.items():
            if type_ != "request":
                continue
            assert accepted_events(portal, request_id) == applied.get(request_id, 0)
            data = change["data"]
            if data["review"] == "accepted" and data["status"] in AT_KINDERGARTEN:
                holding[data["group_id"]] = holding.get(data["group_id"], 0) + 1
        for index in (0, 1):
            group_id = self.kg.group_id(index)
            assert portal[("group", group_id)]["data"]["reserved"] == holding.get(group_id, 0)

    # after every step

    @invariant()
    def the_cursor_never_goes_back(self) -> None:
        cursor = self.desk.meta("cursor")
        assert cursor is not None
        assert cursor_seq(cursor) >= self.cursor
        self.cursor = cursor_seq(cursor)

    @invariant()
    def no_intent_is_dropped_and_pending_marks_its_request(self) -> None:
        with self.desk.cache.read() as session:
            entries = session.scalars(select(OutboxEntry)).all()
            marked = set(session.scalars(select(Request.id).where(Request.pending.is_(True))))
            cached = set(session.scalars(select(Request.id)))
        assert self.recorded <= {e.id for e in entries}
        waiting = {e.args["request_id"] for e in entries if e.state == "pending"}
        assert marked == waiting & cached


def test_sync_state_machine(sandbox: str) -> None:
    class OnThisSandbox(SyncMachine):
        url = sandbox

    run_state_machine_as_test(OnThisSandbox, settings=settings(
        max_examples=10, stateful_step_count=15, deadline=None,
        suppress_health_check=list(HealthCheck)))
