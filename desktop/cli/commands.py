"""The commands of `python -m desktop` (architecture.md, "The command line"): each takes the
parsed arguments and the shared context, prints its result and returns its exit code;
known failures are raised and turned into a message and a code by the caller."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from desktop.cli.context import Context, decline_reason_codes, refresh_decline_reasons
from desktop.cli.text import DONE, REFUSED, CliFailure, out, translate
from desktop.models.domain import parse_moment
from desktop.models.tables import OutboxEntry, Request
from desktop.services import actions, doctor
from desktop.services.calendar import PORTAL_TZ, format_date
from desktop.services.workspace import Workspace, sign_in


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
    refresh_decline_reasons(workspace)
    out(summary.line())
    return DONE


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
    if args.status:
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
    out("{:>9}  {:>7}  {:<20}  {:<9}  {:<10}  {}".format(*header))
    for row in rows:
        deadline = format_date(parse_moment(row["deadline"]))
        review = row["review"] or ""
        mark = " *" if row["pending"] else ""
        out(f"{row['number']:>9}  {row['id']:>7}  {row['status']:<20}  {review:<9}  "
            f"{deadline:<10}  {row['child_name']}{mark}")
    if any(row["pending"] for row in rows):
        out(translate("cli", "* a decision waits in the outbox for the next sync"))
    return DONE


def decide(args: argparse.Namespace, ctx: Context) -> int:
    workspace = ctx.workspace()
    try:
        if args.decision == "accept":
            entry = actions.accept(workspace.cache, args.id)
        elif args.decision == "decline":
            _check_reason(workspace, args.reason)
            entry = actions.decline(workspace.cache, args.id, args.reason, args.comment or "")
        else:
            entry = actions.return_documents(workspace.cache, args.id, dict(args.document))
    except actions.ActionRefused as exc:
        if exc.code != "not_found":
            raise
        raise CliFailure(translate(
            "cli", "There is no request {id} in the local data: see `requests` for the ids, "
            "or sync to fetch new ones.").format(id=args.id)) from exc
    out(translate("cli", "Recorded as outbox action {seq} ({name} on request {id}); it goes "
                  "to the portal with the next sync.").format(seq=entry.seq, name=entry.name,
                                                             id=args.id))
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
    for item in pending:
        out(translate("cli", "waiting          {seq:>5}  {name} {args}").format(
            seq=item["seq"], name=item["name"], args=_compact(item["args"])))
    for item in attention:
        out(translate("cli", "needs attention  {seq:>5}  {name} {args}: {outcome}, "
                      "{reason}").format(
            seq=item["seq"], name=item["name"], args=_compact(item["args"]),
            outcome=item["outcome"], reason=item["reason"] or ""))
    return DONE


def _compact(args: dict[str, Any]) -> str:
    return json.dumps(args, ensure_ascii=False)


def run_doctor(args: argparse.Namespace, ctx: Context) -> int:
    findings = doctor.examine(ctx.profile, ctx.configured_portal)
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
