"""`groups` and `forecast` (docs/architecture.md, "The command line"): the groups with their
places, their rosters, and changes through the outbox with their local effect, refused
with exit 1 before anything is queued when the portal would refuse them."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from desktop.cli.context import Context
from desktop.cli.text import DONE, CliFailure, out
from desktop.models.domain import Status
from desktop.services import forecast as forecasting
from desktop.services import groups
from desktop.services.actions import ActionRefused
from desktop.services.calendar import PORTAL_TZ, format_date
from desktop.services.translation import translate


def _group_row(g: Any) -> dict[str, Any]:
    return {"id": g.id, "name": g.name, "age_from": g.age_from, "age_to": g.age_to,
            "language": g.language, "kind": g.kind, "educators": g.educators, "room": g.room,
            "capacity": g.capacity, "enrolled": g.enrolled, "reserved": g.reserved,
            "free": g.free, "over": g.over, "starts_on": g.starts_on.isoformat(),
            "by_age": {str(age): n for age, n in sorted(g.by_age.items())},
            "version": g.version, "pending": g.pending}


def run(args: argparse.Namespace, ctx: Context) -> int:
    workspace = ctx.workspace()
    cache = workspace.cache
    action = args.group_action
    if action == "create":
        age_from, age_to = groups.parse_ages(args.ages)
        entry = groups.create(cache, groups.GroupDraft(
            args.name, age_from, age_to, args.language, args.capacity, args.kind,
            args.educators, args.room), workspace.roles)
        return _queued(entry.seq, entry.name)
    if action == "capacity":
        entry = groups.set_capacity(cache, args.group_id, args.capacity, workspace.roles)
        return _queued(entry.seq, entry.name)
    if action == "transfer":
        try:
            entry = groups.transfer(cache, args.request_id, args.to_group, workspace.roles)
        except ActionRefused as exc:
            if exc.code != "not_found":
                raise
            raise CliFailure(translate(
                "cli", "There is no request {id} in the local data: see `requests` for the "
                "ids, or sync to fetch new ones.").format(id=args.request_id)) from exc
        return _queued(entry.seq, entry.name)
    if action == "roster":
        return _roster(args, ctx)
    rows = [_group_row(g) for g in groups.places(cache)]
    if args.json:
        out(json.dumps(rows, ensure_ascii=False, indent=1))
        return DONE
    if not rows:
        out(translate("cli", "No groups in the local data: sync to fetch them."))
        return DONE
    out("{:>6}  {:<32}  {:>5}  {:<5}  {:>8}  {:>8}  {:>8}  {:>5}".format(
        translate("cli", "id"), translate("cli", "group"), translate("cli", "ages"),
        translate("cli", "lang."), translate("cli", "capacity"), translate("cli", "enrolled"),
        translate("cli", "reserved"), translate("cli", "free")))
    for row in rows:
        mark = (" !" if row["over"] else "") + (" *" if row["pending"] else "")
        out(f"{row['id']:>6}  {row['name'][:32]:<32}  {row['age_from']:>2}-{row['age_to']:<2}  "
            f"{row['language']:<5}  {row['capacity']:>8}  {row['enrolled']:>8}  "
            f"{row['reserved']:>8}  {row['free']:>5}{mark}")
    if any(row["over"] for row in rows):
        out(translate("cli", "! more children than places: raise the capacity or move "
                      "children"))
    if any(row["pending"] for row in rows):
        out(translate("cli", "* a change waits in the outbox for the next sync"))
    return DONE


def _queued(seq: int, name: str) -> int:
    out(translate("cli", "Recorded as outbox action {seq} ({name}); it goes to the portal with "
                  "the next sync.").format(seq=seq, name=name))
    return DONE


def _roster(args: argparse.Namespace, ctx: Context) -> int:
    rows = groups.roster(ctx.workspace().cache, args.group_id)
    data = [{"request_id": r.request_id, "number": r.number, "child_iin": r.child_iin,
             "name": r.name, "birth_date": r.birth_date.isoformat() if r.birth_date else None,
             "age": r.age, "contract_number": r.contract_number,
             "enrolled_since": r.since.isoformat() if r.since else None, "status": r.status,
             "pending": r.pending} for r in rows]
    if args.json:
        out(json.dumps(data, ensure_ascii=False, indent=1))
        return DONE
    if not rows:
        out(translate("cli", "No children in this group yet."))
        return DONE
    statuses = {Status.ENROLLED.value: translate("cli", "enrolled"),
                "reserved": translate("cli", "reserved")}
    for r in rows:
        out(f"{r.request_id:>7}  {r.child_iin}  {format_date(r.birth_date):<10}  "
            f"{r.age if r.age is not None else '':>2}  {statuses[r.status]:<10}  {r.name}")
    return DONE


def run_forecast(args: argparse.Namespace, ctx: Context) -> int:
    if not 1 <= args.months <= 36:
        raise CliFailure(translate("cli", "--months is 1 to 36."))
    workspace = ctx.workspace()
    cache = workspace.cache
    today = datetime.now(PORTAL_TZ).date()
    if args.forecast_action == "publish":
        entry = forecasting.publish(cache, today, args.months, workspace.roles)
        return _queued(entry.seq, entry.name)
    cells = forecasting.current(cache, today, args.months)
    if args.json:
        out(json.dumps([{"group_id": c.group_id, "group_name": c.group_name, "month": c.month,
                         "free_places": c.free_places, "leaving_for_school": c.leaving,
                         "departures": c.departures, "notes": list(c.notes)} for c in cells],
                       ensure_ascii=False, indent=1))
        return DONE
    if not cells:
        out(translate("cli", "No groups in the local data: sync to fetch them."))
        return DONE
    months = list(dict.fromkeys(c.month for c in cells))
    out(f"{'':<28}" + "".join(f"{m[2:]:>7}" for m in months))
    by_group: dict[int, list[forecasting.Cell]] = {}
    for cell in cells:
        by_group.setdefault(cell.group_id, []).append(cell)
    for row in by_group.values():
        out(f"{row[0].group_name[:28]:<28}" + "".join(f"{c.free_places:>7}" for c in row))
    return DONE
