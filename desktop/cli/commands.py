"""The commands of `python -m desktop` (docs/architecture.md, "The command line"): each
takes the parsed arguments and the shared context, prints its result and returns its exit
code; known failures are raised and turned into a message and a code by the caller."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.cli.context import Context, decline_reason_codes, refresh_decline_reasons
from desktop.cli.text import DONE, NEEDS_ATTENTION, REFUSED, CliFailure, out
from desktop.models import outbox as outbox_rows
from desktop.models.domain import parse_moment
from desktop.models.tables import OutboxEntry, Request
from desktop.models.today import NEW_REVIEW
from desktop.services import actions, doctor, roles, vocabulary
from desktop.services.calendar import PORTAL_TZ, format_date
from desktop.services.translation import translate
from desktop.services.workspace import Workspace, sign_in

if TYPE_CHECKING:
    from desktop.services.sync import SyncSummary


def login(args: argparse.Namespace, ctx: Context) -> int:
    url, key = ctx.portal()
    password = ctx.password(args.login)
    workspace = sign_in(ctx.profile, ctx.settings, url, args.login, password, portal_key=key)
    ctx.adopt(workspace)
    refresh_decline_reasons(workspace)
    person = workspace.me.get("person") or {}
    name = " ".join(p for p in (person.get("last_name"), person.get("first_name")) if p)
    kindergarten = (workspace.me.get("kindergarten") or {}).get("name", "")
    out(translate("cli", "Signed in as {name} ({roles}) at {kindergarten}.").format(
        name=name or args.login, roles=", ".join(workspace.roles), kindergarten=kindergarten))
    return DONE


def sync(args: argparse.Namespace, ctx: Context) -> int:
    # Imported here: the engine is the heaviest service, and most commands do without it.
    from desktop.services.sync import MassDeletion, SyncEngine

    workspace = ctx.workspace(online=True)
    engine = SyncEngine(workspace.cache, workspace.client)
    try:
        summary = engine.run_cycle(allow_mass_delete=args.allow_mass_delete)
    except MassDeletion as exc:
        raise CliFailure(translate(
            "cli", "The portal's data would delete most of the local requests ({detail}). "
            "Nothing was deleted. If that is expected, run `sync --allow-mass-delete`.").format(
                detail=exc)) from exc
    refresh_decline_reasons(workspace, if_never_kept=True)
    out(_summary(summary))
    if summary.attention:
        # Not a failure of the sync, but not "done" either: a script must see it.
        return NEEDS_ATTENTION
    return DONE


def _summary(summary: SyncSummary) -> str:
    """The cycle in one line, in the person's language (SyncSummary.line is the log's)."""
    if summary.pushed:
        refused = [translate("cli", "conflicts {count}").format(count=summary.conflicts)
                   if summary.conflicts else "",
                   translate("cli", "invalid {count}").format(count=summary.invalid)
                   if summary.invalid else ""]
        pushed = translate("cli", "pushed {count} (applied {applied}{refused})").format(
            count=summary.pushed, applied=summary.applied,
            refused="".join(", " + part for part in refused if part))
    else:
        pushed = translate("cli", "nothing to push")
    if summary.full:
        pulled = translate("cli", "pulled {count} (full snapshot)").format(count=summary.pulled)
    else:
        pulled = translate("cli", "pulled {count}").format(count=summary.pulled)
    if summary.deleted:
        pulled += ", " + translate("cli", "{count} deleted").format(count=summary.deleted)
    parts = [pushed, pulled, translate("cli", "{count} pending").format(count=summary.pending)]
    if summary.attention:
        parts.append(translate("cli", "{count} need attention: see `outbox`").format(
            count=summary.attention))
    parts.append(translate("cli", "{kilobytes} KB in {seconds} s").format(
        kilobytes=f"{summary.bytes_received / 1024:.1f}", seconds=f"{summary.seconds:.1f}"))
    return ", ".join(parts)


def _iso(value: datetime | None) -> str | None:
    return value.astimezone(PORTAL_TZ).isoformat() if value is not None else None


def _row(request: Request) -> dict[str, Any]:
    return {
        "id": request.id,
        "number": request.number,
        "status": request.status,
        "version": request.version,
        "child_iin": request.child_iin,
        "child_name": request.child_name,
        "child_birth_date": request.child_birth_date.isoformat(),
        "group_id": request.group_id,
        "review": request.review,
        "requested_at": _iso(request.requested_at),
        "deadline": _iso(request.deadline),
        "pending": bool(request.pending),
    }


def requests(args: argparse.Namespace, ctx: Context) -> int:
    workspace = ctx.workspace()
    query = select(Request).order_by(Request.requested_at, Request.id)
    if args.status == NEW_REVIEW:
        query = query.where(Request.review == NEW_REVIEW)
    elif args.status:
        query = query.where(Request.status == args.status)
    with workspace.cache.read() as session:
        rows = [_row(r) for r in session.scalars(query)]
    if args.json:
        out(json.dumps(rows, ensure_ascii=False, indent=1))
        return DONE
    if not rows:
        out(translate("cli", "No requests in the local data."))
        return DONE
    header = (translate("cli", "number"), translate("cli", "id"), translate("cli", "status"),
              translate("cli", "review"), translate("cli", "deadline"),
              translate("cli", "child"))
    lines = [(str(row["number"]), str(row["id"]), vocabulary.request_status(row["status"]),
              vocabulary.review(row["review"]), format_date(parse_moment(row["deadline"])),
              row["child_name"] + (" *" if row["pending"] else "")) for row in rows]
    widths = [max(len(line[i]) for line in [header, *lines]) for i in range(5)]
    for line in [header, *lines]:
        out("  ".join([line[0].rjust(widths[0]), line[1].rjust(widths[1]),
                       *(text.ljust(width) for text, width in zip(line[2:5], widths[2:],
                                                                 strict=True)), line[5]]))
    if any(row["pending"] for row in rows):
        out(translate("cli", "* a decision waits in the outbox for the next sync"))
    return DONE


def _request(workspace: Workspace, given: int) -> tuple[int, int]:
    """The (id, number) of the request `given` names: the one with that number, else the
    one with that id. When it is the number of one and the id of another, neither is
    guessed."""
    with workspace.cache.read() as session:
        by_number = session.scalars(select(Request).where(Request.number == given)).first()
        by_id = session.get(Request, given)
        found = [(r.id, r.number) for r in (by_number, by_id) if r is not None]
    if by_number is not None and by_id is not None and by_number.id != by_id.id:
        raise CliFailure(translate(
            "cli", "{given} names two requests: request №{given} (id {number_id}) by its "
            "number, and request №{id_number} by its id. Nothing was recorded: see "
            "`requests`, and give the number of the one you mean, or the other's id.").format(
                given=given, number_id=found[0][0], id_number=found[1][1]), REFUSED)
    if not found:
        raise CliFailure(translate(
            "cli", "There is no request {id} in the local data (neither a number nor an id): "
            "see `requests`, or sync to fetch new ones.").format(id=given))
    return found[0]


def decide(args: argparse.Namespace, ctx: Context) -> int:
    workspace = ctx.workspace()
    request_id, number = _request(workspace, args.id)
    # The roles the session acts in, as the window checks them: a decision the portal would
    # refuse as `forbidden_role` is never queued.
    acting = workspace.roles
    if args.decision == "accept":
        entry = actions.accept(workspace.cache, request_id, acting)
    elif args.decision == "decline":
        actions.check_role(roles.DECLINE_REQUEST, acting)  # before the reasons are fetched
        _check_reason(workspace, args.reason)
        entry = actions.decline(workspace.cache, request_id, args.reason, args.comment or "",
                                acting)
    else:
        entry = actions.return_documents(workspace.cache, request_id, dict(args.document),
                                         acting)
    out(translate("cli", "Recorded as outbox action {seq} ({action}, id {id}); it goes to the "
                  "portal with the next sync.").format(
        seq=entry.seq, action=vocabulary.action(entry.name, entry.args, number=number),
        id=request_id))
    return DONE


def _check_reason(workspace: Workspace, reason: str) -> None:
    refresh_decline_reasons(workspace)
    codes = decline_reason_codes(workspace)
    if reason not in codes:
        raise CliFailure(translate(
            "cli", "The portal has no decline reason “{reason}”. Known reasons: {codes}.").format(
                reason=reason, codes=", ".join(codes)), REFUSED)


def outbox(args: argparse.Namespace, ctx: Context) -> int:
    workspace = ctx.workspace()
    with workspace.cache.read() as session:
        entries = list(session.scalars(select(OutboxEntry).where(
            OutboxEntry.state.in_(("pending", "attention"))).order_by(OutboxEntry.seq)))
    pending: list[dict[str, Any]] = [{"seq": e.seq, "name": e.name, "args": e.args}
                                     for e in entries if e.state == "pending"]
    attention: list[dict[str, Any]] = [
        {"seq": e.seq, "name": e.name, "args": e.args, "outcome": e.outcome, "reason": e.reason}
        for e in entries if e.state == "attention"]
    if args.json:
        out(json.dumps({"pending": pending, "attention": attention}, ensure_ascii=False,
                       indent=1))
        return DONE
    if not entries:
        out(translate("cli", "The outbox is empty: the portal has confirmed every action."))
        return DONE
    # The window's words for the actions and the portal's answers (the Needs attention
    # page's), so the two never tell a person different things.
    labels = {"pending": translate("cli", "waiting"),
              "attention": translate("cli", "needs attention")}
    width = max(len(label) for label in labels.values())
    for row in outbox_rows.rows(workspace.cache, ("pending", "attention")):
        line = f"{labels[row.state]:<{width}}  {row.seq:>5}  {vocabulary.what_was_done(row)}"
        if row.state == "attention":
            line += " — " + vocabulary.portal_answer(row)
        out(line)
    return DONE


def run_doctor(args: argparse.Namespace, ctx: Context) -> int:
    repaired = doctor.repair_caches(ctx.profile) if args.repair else []
    findings = [*repaired, *doctor.examine(ctx.profile, ctx.configured_portal)]
    labels = {"ok": translate("cli", "ok"), "note": translate("cli", "note"),
              "problem": translate("cli", "PROBLEM")}
    topics = {"cache": translate("cli", "local data"), "keyring": translate("cli", "keyring"),
              "portal": translate("cli", "portal"), "crl": translate("cli", "CRL"),
              "disk": translate("cli", "disk"),
              "platform": translate("cli", "window system")}
    width = max(len(label) for label in labels.values())
    for finding in findings:
        topic = topics.get(finding.topic, finding.topic)
        out(f"{labels[finding.state]:<{width}}  {topic}: {finding.message}")
    return REFUSED if doctor.needs_a_person(findings) else DONE


def contract(args: argparse.Namespace, ctx: Context) -> int:
    # Imported here: signature checking loads pyHanko, which the other commands do without.
    from desktop.cli import contract as contract_command

    return contract_command.run(args, ctx)


def groups(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.cli import groups as groups_command

    return groups_command.run(args, ctx)


def forecast(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.cli import groups as groups_command

    return groups_command.run_forecast(args, ctx)


COMMANDS = {
    "contract": contract,
    "login": login,
    "sync": sync,
    "requests": requests,
    "decide": decide,
    "outbox": outbox,
    "groups": groups,
    "forecast": forecast,
    "doctor": run_doctor,
}
