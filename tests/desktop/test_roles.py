"""Roles: one table of who may do what, the same as the portal's; the detail disables what
the acting role may not do and says why; a person with several roles switches between
them; and the portal refuses anyway what slips past the client."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.models.outbox import attention
from desktop.services import actions, roles
from desktop.services import workspace as workspace_service
from desktop.services.profile import Profile
from desktop.services.roles import ADMINISTRATOR, DIRECTOR, METHODOLOGIST, RoleRefusal
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine
from desktop.views.dialogs.decision_dialogs import role_text
from desktop.views.item_models.attention_model import AttentionModel
from desktop.views.runtime.tasks import Tasks
from portal_sandbox.mutations import HANDLERS
from tests.support.desks import DEAD_PORTAL, Desk, open_desk, open_detail
from tests.support.sites import Site
from tests.support.world import PASSWORD

DECISIONS = (roles.ACCEPT_REQUEST, roles.DECLINE_REQUEST)
DOCUMENT_VERDICTS = (roles.RETURN_DOCUMENTS, roles.ACCEPT_DOCUMENTS)
SET_UP = (roles.SETTINGS, roles.PRINTERS, roles.TEMPLATES)


# the table


def test_the_table_says_what_the_portal_enforces() -> None:
    for name, handler in HANDLERS.items():
        assert set(roles.needed(name)) == set(handler.roles), name


def test_each_role_may_do_its_own_work_only() -> None:
    assert roles.allowed([DIRECTOR]) == frozenset(roles.MAY)  # everything
    assert roles.allowed([METHODOLOGIST]) == frozenset(DOCUMENT_VERDICTS)
    assert roles.allowed([ADMINISTRATOR]) == frozenset(SET_UP)
    assert roles.allowed([METHODOLOGIST, ADMINISTRATOR]) == frozenset(
        DOCUMENT_VERDICTS + SET_UP)
    assert roles.allowed([]) == frozenset()
    for action in (*DECISIONS, roles.COUNTERSIGN_CONTRACT, roles.SEND_CONTRACT):
        assert not roles.may([METHODOLOGIST], action)
        assert not roles.may([ADMINISTRATOR], action)
    with pytest.raises(KeyError):
        roles.may([DIRECTOR], "launch_rocket")


def test_a_refusal_names_the_roles_needed_and_those_to_switch_to() -> None:
    assert roles.refusal(roles.ACCEPT_REQUEST, [DIRECTOR]) is None
    assert roles.refusal(roles.ACCEPT_REQUEST, [ADMINISTRATOR], [DIRECTOR, ADMINISTRATOR]) == (
        RoleRefusal(roles.ACCEPT_REQUEST, (ADMINISTRATOR,), (DIRECTOR,), (DIRECTOR,)))
    assert roles.refusal(roles.RETURN_DOCUMENTS, [ADMINISTRATOR]) == RoleRefusal(
        roles.RETURN_DOCUMENTS, (ADMINISTRATOR,), (DIRECTOR, METHODOLOGIST), ())
    assert roles.refusal(roles.SETTINGS, []) == RoleRefusal(
        roles.SETTINGS, (), (DIRECTOR, ADMINISTRATOR), ())


def test_the_tooltips_say_why_in_words(qapp: object) -> None:
    assert role_text(roles.refusal(roles.ACCEPT_REQUEST, [METHODOLOGIST])) == (  # type: ignore[arg-type]
        "Accepting a request needs the role Director; you act as Methodologist.")
    assert role_text(roles.refusal(  # type: ignore[arg-type]
        roles.RETURN_DOCUMENTS, [ADMINISTRATOR], [DIRECTOR, ADMINISTRATOR])) == (
        "Returning documents needs the role Director or Methodologist; you act as "
        "Administrator. Switch to Director in Session › Act as.")
    assert role_text(roles.refusal(roles.TEMPLATES, [])) == (  # type: ignore[arg-type]
        "Editing templates needs the role Director or Administrator, and your role is not "
        "known on this computer yet: sign in online once.")


def test_recording_checks_the_acting_roles_when_given(site: Site, tmp_path: Path) -> None:
    desk = open_desk(site, tmp_path / "m", site.methodologist_login)
    try:
        with pytest.raises(actions.ActionRefused) as refused:
            actions.accept(desk.cache, site.requests[0]["id"], desk.workspace.roles)
        assert refused.value.code == "forbidden_role"
        assert refused.value.params["needed"] == (DIRECTOR,)
        with pytest.raises(actions.ActionRefused):
            actions.decline(desk.cache, site.requests[0]["id"], "no_places", "",
                            [METHODOLOGIST])
        assert desk.outbox() == []
    finally:
        desk.close()


# the window


def test_a_methodologist_may_review_documents_only(qtbot: QtBot, site: Site,
                                                   tmp_path: Path) -> None:
    desk = open_desk(site, tmp_path / "m", site.methodologist_login)
    try:
        assert desk.workspace.roles == [METHODOLOGIST]
        detail = open_detail(qtbot, desk, site.requests[0]["id"])
        assert not detail.accept_button.isEnabled() and not detail.decline_button.isEnabled()
        assert detail.accept_button.toolTip() == (
            "Accepting a request needs the role Director; you act as Methodologist.")
        # Not for want of a role: there is nothing uploaded to review yet.
        assert detail.documents_button.toolTip() == ("The parent has not uploaded any "
                                                     "documents yet.")
    finally:
        desk.close()


def test_a_person_with_several_roles_switches_and_the_detail_follows(
        qtbot: QtBot, site: Site, tmp_path: Path) -> None:
    head = site.world.person(date(1978, 11, 2), "female", last_name="Омарова",
                             first_name="Сәуле")
    site.world.client.add_staff(site.kindergarten["bin"], head, [DIRECTOR, ADMINISTRATOR],
                                PASSWORD)
    desk = open_desk(site, tmp_path / "head", head, role=ADMINISTRATOR)
    try:
        workspace = desk.workspace
        assert workspace.roles == [ADMINISTRATOR]
        assert workspace.available_roles == [DIRECTOR, ADMINISTRATOR]
        detail = open_detail(qtbot, desk, site.requests[0]["id"])
        switch = ("Accepting a request needs the role Director; you act as Administrator. "
                  "Switch to Director in Session › Act as.")
        assert not detail.accept_button.isEnabled()
        assert detail.accept_button.toolTip() == switch
        assert detail.why.text().endswith("Switch to Director in Session › Act as.")
        workspace_service.switch_role(workspace, DIRECTOR)
        assert workspace.roles == [DIRECTOR]
        detail.roles_changed()
        assert detail.accept_button.isEnabled() and detail.decline_button.isEnabled()
        assert not detail.why.isVisibleTo(detail) or "role" not in detail.why.text()
        workspace_service.switch_role(workspace, ADMINISTRATOR)
        detail.roles_changed()
        assert detail.accept_button.toolTip() == switch
    finally:
        desk.close()


def test_the_portal_refuses_what_slips_past_and_it_needs_attention(
        qtbot: QtBot, site: Site, tmp_path: Path) -> None:
    desk: Desk = open_desk(site, tmp_path / "m", site.methodologist_login)
    try:
        request_id = site.requests[0]["id"]
        actions.accept(desk.cache, request_id)  # unchecked, as an old client would
        summary = desk.sync()
        assert (summary.invalid, summary.attention) == (1, 1)
        model = AttentionModel()
        model.set_rows(attention(desk.cache))
        assert model.index(0, 2).data() == ("Refused: Your role did not allow this action: "
                                            "it needs the role Director.")
    finally:
        desk.close()


# switching without the password, and while the portal is away


def head_of(site: Site) -> str:
    """A director who is also the site's administrator."""
    head = site.world.person(date(1978, 11, 2), "female", last_name="Омарова",
                             first_name="Сәуле")
    site.world.client.add_staff(site.kindergarten["bin"], head, [DIRECTOR, ADMINISTRATOR],
                                PASSWORD)
    return head


def outcomes(desk: Desk) -> list[tuple[str, str | None]]:
    return [(e.state, e.outcome) for e in desk.outbox()]


def test_switching_online_renews_the_session_in_the_role_without_the_password(
        site: Site, tmp_path: Path) -> None:
    desk = open_desk(site, tmp_path / "head", head_of(site), role=ADMINISTRATOR)
    try:
        workspace = desk.workspace
        workspace_service.switch_role(workspace, DIRECTOR)
        assert workspace.roles == [DIRECTOR] and workspace.online
        tokens = workspace.client.tokens
        assert tokens is not None and tokens.roles == [DIRECTOR]
        actions.accept(desk.cache, site.requests[0]["id"], workspace.roles)
        desk.sync()
        assert outcomes(desk) == [("done", "applied")]
        # Only a role the portal granted: anything else is refused before it is asked.
        with pytest.raises(workspace_service.SignInError) as refused:
            workspace_service.switch_role(workspace, METHODOLOGIST)
        assert refused.value.code == "role_not_granted"
        assert workspace.roles == [DIRECTOR]
    finally:
        desk.close()


def test_the_portal_refuses_a_role_the_account_lacks_and_the_session_lives_on(
        site: Site, tmp_path: Path) -> None:
    desk = open_desk(site, tmp_path / "director", site.director_login)
    try:
        client = desk.workspace.client
        client.role = ADMINISTRATOR  # not granted to this director
        with pytest.raises(workspace_service.PortalRefused) as refused:
            client.refresh()
        assert refused.value.code == "forbidden_role"
        client.role = None
        assert client.refresh().roles == [DIRECTOR]  # the refresh token was not spent
    finally:
        desk.close()


def test_offline_a_director_switches_role_decides_and_it_goes_in_that_role(
        qtbot: QtBot, site: Site, tmp_path: Path) -> None:
    desk = open_desk(site, tmp_path / "head", head_of(site), role=ADMINISTRATOR)
    try:
        workspace = desk.workspace
        desk.go_offline()
        request_id = site.requests[0]["id"]
        detail = open_detail(qtbot, desk, request_id)
        assert not detail.accept_button.isEnabled()
        workspace_service.switch_role(workspace, DIRECTOR)
        assert workspace.roles == [DIRECTOR] and not workspace.online
        detail.roles_changed()
        assert detail.accept_button.isEnabled()
        actions.accept(desk.cache, request_id, workspace.roles)
        # Back online: the session is renewed in the new role before the push, so the
        # decision is applied, not refused for the role left behind.
        desk.go_online(site.url)
        desk.sync()
        assert outcomes(desk) == [("done", "applied")]
        tokens = workspace.client.tokens
        assert tokens is not None and tokens.roles == [DIRECTOR]
    finally:
        desk.close()


def test_opened_offline_the_granted_roles_are_kept_and_the_link_needs_no_password(
        site: Site, tmp_path: Path) -> None:
    folder = tmp_path / "head"
    first = open_desk(site, folder, head_of(site), role=ADMINISTRATOR)
    first.close()
    profile = Profile.at(folder)
    settings = Settings(profile.settings_file)
    workspace = workspace_service.resume(profile, settings, DEAD_PORTAL, PASSWORD,
                                         portal_key=site.url)
    try:
        assert not workspace.online
        assert workspace.roles == [ADMINISTRATOR]
        assert workspace.available_roles == [DIRECTOR, ADMINISTRATOR]
        workspace_service.switch_role(workspace, DIRECTOR)
        assert workspace.roles == [DIRECTOR]
        request_id = site.requests[0]["id"]
        actions.accept(workspace.cache, request_id, workspace.roles)
        # The link returns: the kept refresh token renews the session, in the new role.
        workspace.client._http.base_url = site.url
        engine = SyncEngine(workspace.cache, workspace.client)
        engine.run_cycle()
        desk = Desk(workspace, engine, Tasks(inline=True))
        assert outcomes(desk) == [("done", "applied")]
    finally:
        workspace.close()
