"""The portal's codes as staff read them, in the window and on the command line alike:
statuses, roles, languages, staff actions, counts with their plural forms, and dates in the
portal's time zone as dd.MM.yyyy (services.calendar's, which the papers write too,
re-exported so a screen finds all it shows here).

Labels are declared once as data (QT_TRANSLATE_NOOP marks them for lupdate) and
translated when asked, so a language switch shows at once on the next paint.
"""

from __future__ import annotations

from typing import Any

from desktop.models.domain import NOT_UPLOADED, DocumentStatus
from desktop.models.outbox import AttentionRow
from desktop.services import roles
from desktop.services.calendar import format_date as format_date
from desktop.services.calendar import format_datetime as format_datetime
from desktop.services.translation import QT_TRANSLATE_NOOP, CountedTexts, month_name, translate

CONTEXT = "Vocabulary"

REQUEST_STATUSES: dict[str, str] = {
    "queued": QT_TRANSLATE_NOOP("Vocabulary", "In the queue"),
    "voucher_issued": QT_TRANSLATE_NOOP("Vocabulary", "Voucher issued"),
    "stop_list": QT_TRANSLATE_NOOP("Vocabulary", "On the stop-list"),
    "choosing": QT_TRANSLATE_NOOP("Vocabulary", "Choosing a kindergarten"),
    "awaiting_contract": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting the contract"),
    "contract_sent": QT_TRANSLATE_NOOP("Vocabulary", "Contract sent"),
    "awaiting_countersign": QT_TRANSLATE_NOOP("Vocabulary", "Awaiting countersignature"),
    "enrolled": QT_TRANSLATE_NOOP("Vocabulary", "Enrolled"),
    "archived": QT_TRANSLATE_NOOP("Vocabulary", "Archived"),
}

CONTRACT_STATUSES: dict[str, str] = {
    "sent": QT_TRANSLATE_NOOP("Vocabulary", "Sent to the parent"),
    "signed_by_parent": QT_TRANSLATE_NOOP("Vocabulary", "Signed by the parent"),
    "countersigned": QT_TRANSLATE_NOOP("Vocabulary", "Countersigned"),
}

ROLES: dict[str, str] = {
    "director": QT_TRANSLATE_NOOP("Vocabulary", "Director"),
    "methodologist": QT_TRANSLATE_NOOP("Vocabulary", "Methodologist"),
    "administrator": QT_TRANSLATE_NOOP("Vocabulary", "Administrator"),
}

GROUP_LANGUAGES: dict[str, str] = {
    "kk": QT_TRANSLATE_NOOP("Vocabulary", "Kazakh"),
    "ru": QT_TRANSLATE_NOOP("Vocabulary", "Russian"),
    "mixed": QT_TRANSLATE_NOOP("Vocabulary", "Kazakh and Russian"),
}
GROUP_KINDS: dict[str, str] = {
    "general": QT_TRANSLATE_NOOP("Vocabulary", "General"),
    "special_needs": QT_TRANSLATE_NOOP("Vocabulary", "Special needs"),
    "short_stay": QT_TRANSLATE_NOOP("Vocabulary", "Short stay"),
}

OUTCOMES: dict[str, str] = {
    "conflict": QT_TRANSLATE_NOOP("Vocabulary", "Conflict"),
    "invalid": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    "applied": QT_TRANSLATE_NOOP("Vocabulary", "Applied"),
    "retry_later": QT_TRANSLATE_NOOP("Vocabulary", "Will be retried"),
}

# The documents of docs/lifecycle.md, and where each stands.
DOCUMENT_KINDS: dict[str, str] = {
    "form_027u": QT_TRANSLATE_NOOP("Vocabulary", "Medical certificate (form 027/u)"),
    "birth_certificate": QT_TRANSLATE_NOOP("Vocabulary", "Birth certificate"),
    "parent_id": QT_TRANSLATE_NOOP("Vocabulary", "Parent's ID card"),
    "form_052_2u": QT_TRANSLATE_NOOP("Vocabulary", "Health passport (form 052-2/u)"),
    "form_065u": QT_TRANSLATE_NOOP("Vocabulary", "Vaccination card (form 065/u)"),
    "pmpk": QT_TRANSLATE_NOOP("Vocabulary", "PMPK conclusion"),
}

DOCUMENT_STATUSES: dict[str, str] = {
    NOT_UPLOADED: QT_TRANSLATE_NOOP("Vocabulary", "Not uploaded yet"),
    DocumentStatus.RECEIVED: QT_TRANSLATE_NOOP("Vocabulary", "Received, not reviewed"),
    DocumentStatus.ACCEPTED: QT_TRANSLATE_NOOP("Vocabulary", "Accepted"),
    DocumentStatus.RETURNED: QT_TRANSLATE_NOOP("Vocabulary", "Returned for correction"),
}

# The kindergarten's decision on a request (`review`): a context of its own, because a
# request (заявка) is feminine in Russian where a document's "Accepted" is not.
REVIEW_CONTEXT = "Review"
REVIEWS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("Review", "New"),
    "accepted": QT_TRANSLATE_NOOP("Review", "Accepted"),
    "declined": QT_TRANSLATE_NOOP("Review", "Declined"),
    "enrolled": QT_TRANSLATE_NOOP("Review", "Enrolled"),
}
PENDING_REVIEW = QT_TRANSLATE_NOOP("Review", "{review}, not sent yet")
UNSENT = QT_TRANSLATE_NOOP("Review", "Not sent yet")

# Each staff action in words; {number} is the request's number, {group} a group's name.
ACTIONS: dict[str, str] = {
    "accept_request": QT_TRANSLATE_NOOP("Vocabulary", "Accept request №{number}"),
    "decline_request": QT_TRANSLATE_NOOP("Vocabulary", "Decline request №{number}"),
    "return_documents": QT_TRANSLATE_NOOP("Vocabulary",
                                          "Return the documents of request №{number}"),
    "accept_documents": QT_TRANSLATE_NOOP("Vocabulary",
                                          "Accept the documents of request №{number}"),
    "send_contract": QT_TRANSLATE_NOOP("Vocabulary",
                                       "Send the contract for request №{number}"),
    "countersign_contract": QT_TRANSLATE_NOOP("Vocabulary",
                                              "Countersign the contract for request "
                                              "№{number}"),
    "set_capacity": QT_TRANSLATE_NOOP("Vocabulary",
                                      "Set the capacity of group “{group}” to {capacity}"),
    "create_group": QT_TRANSLATE_NOOP("Vocabulary", "Create group “{group}”"),
    "update_group": QT_TRANSLATE_NOOP("Vocabulary", "Change group “{group}”"),
    "publish_forecast": QT_TRANSLATE_NOOP("Vocabulary", "Publish the forecast of places"),
    "transfer_child": QT_TRANSLATE_NOOP("Vocabulary",
                                        "Move the child of request №{number} to group "
                                        "“{group}”"),
}


def translated(text: str, context: str = CONTEXT) -> str:
    """One of this module's texts (marked with its context) in the current language."""
    return translate(context, text)


def _label(table: dict[str, str], code: str | None) -> str:
    if not code:
        return ""
    source = table.get(code)
    return translated(source) if source is not None else code


def month_text(key: str, *, year: bool = True) -> str:
    """YYYY-MM as the month's short name (and its year), in the current language."""
    number, month = (int(part) for part in key.split("-"))
    name = month_name(month)
    return f"{name} {number}" if year else name


def request_status(code: str | None) -> str:
    return _label(REQUEST_STATUSES, code)


def contract_status(code: str | None) -> str:
    return _label(CONTRACT_STATUSES, code)


def role(code: str | None) -> str:
    return _label(ROLES, code)


def demo_keys(folder: object, password: str) -> str:
    """Where the training portal's test keys are, for the screens that ask for a key."""
    return translate(
        "Vocabulary", "Training portal: the staff's test keys are in {folder}, in a folder "
        "per person; every one opens with the password {password}.").format(
            folder=folder, password=password)


def group_language(code: str | None) -> str:
    return _label(GROUP_LANGUAGES, code)


def group_kind(code: str | None) -> str:
    return _label(GROUP_KINDS, code)


def document_kind(code: str | None) -> str:
    return _label(DOCUMENT_KINDS, code)


def document_status(code: str | None) -> str:
    """Where a document stands; None (nothing uploaded) reads as "missing"."""
    return _label(DOCUMENT_STATUSES, code or NOT_UPLOADED)


def review(code: str | None, *, pending: bool = False) -> str:
    """The decision on a request; `pending` while it waits here to be sent to the portal."""
    source = REVIEWS.get(code or "")
    text = translated(source, REVIEW_CONTEXT) if source is not None else code or ""
    if not pending:
        return text
    if not text:
        return translated(UNSENT, REVIEW_CONTEXT)
    return translated(PENDING_REVIEW, REVIEW_CONTEXT).format(review=text)


def outcome(code: str | None) -> str:
    return _label(OUTCOMES, code)


def action(name: str, args: dict[str, Any], *, number: int | None = None,
           group: str | None = None) -> str:
    source = ACTIONS.get(name)
    if source is None:
        return name
    if number is None:
        # The request left the kindergarten (and the cache) before its number was seen.
        shown: object = translate("Vocabulary", "? (id {id})").format(
            id=args.get("request_id", "?"))
    else:
        shown = number
    values = {"number": shown,
              "group": group or args.get("name") or args.get("group_id", "?"),
              "capacity": args.get("capacity", "?")}
    return translated(source).format(**values)


def current_state(current: dict[str, Any] | None) -> str:
    """What the portal holds now, from a conflict's answer."""
    if not current:
        return ""
    if current.get("deleted"):
        return translate("Vocabulary", "No longer with this kindergarten")
    data = current.get("data") or {}
    if current.get("type") == "request":
        text = request_status(data.get("status"))
        if data.get("review") == "accepted":
            text = translate("Vocabulary", "{status}, accepted").format(status=text)
        elif data.get("review") == "declined":
            text = translate("Vocabulary", "{status}, declined").format(status=text)
        return text
    if current.get("type") == "group":
        return translate("Vocabulary", "Capacity {capacity}, free places {free}").format(
            capacity=data.get("capacity", "?"), free=data.get("free", "?"))
    return ""


# What an outbox action was and what the portal answered (the Needs attention page's
# columns, which the `outbox` command prints too); their words keep the page's context.


def _number(row: AttentionRow) -> int | None:
    if row.request_number is not None:
        return row.request_number
    data = (row.current or {}).get("data") or {}
    number = data.get("number")
    return int(number) if isinstance(number, int) else None


# Decisions on a request, which the portal may refuse because the world moved on.
_DECISIONS = frozenset({"accept_request", "decline_request", "return_documents",
                        "accept_documents", "send_contract", "countersign_contract"})


def what_was_done(row: AttentionRow) -> str:
    return action(row.name, row.args, number=_number(row), group=row.group_name)


def what_happened(row: AttentionRow) -> str | None:
    """What made the portal refuse a decision, in the person's language (None when the
    portal's own words must do)."""
    code, current = row.code or "", row.current or {}
    if code == "forbidden_role" and row.name in roles.MAY:
        return translate("AttentionModel", "Your role did not allow this action: it needs the "
                         "role {roles}.").format(roles=translate("AttentionModel", " or ").join(
                             role(r) for r in roles.needed(row.name)))
    if row.name not in _DECISIONS:
        return None  # the group and forecast pages word their own
    found = current.get("data")
    data: dict[str, Any] = found if isinstance(found, dict) else {}
    if current.get("deleted"):
        return translate("AttentionModel", "A colleague declined this request first: it is no "
                         "longer with this kindergarten.")
    if code in ("not_allowed_in_status", "deadline_passed"):
        status, archived = data.get("status"), data.get("archive_reason")
        if status == "archived" and archived == "withdrawn":
            return translate("AttentionModel", "The parent withdrew the application before "
                             "your decision reached the portal.")
        if code == "deadline_passed" or (status == "archived"
                                         and archived == "enrollment_window_expired"):
            return translate("AttentionModel", "The parent's enrollment window closed before "
                             "your decision reached the portal; the application is archived.")
        if status == "archived":
            return translate("AttentionModel", "The application was archived before your "
                             "decision reached the portal.")
        if status:
            return translate("AttentionModel", "The request had moved on to “{status}” before "
                             "your decision reached the portal.").format(
                status=request_status(str(status)))
    if code in ("already_decided", "version_conflict"):
        if data.get("review") == "accepted":
            return translate("AttentionModel", "A colleague accepted this request first.")
        if code == "already_decided":
            return translate("AttentionModel", "A colleague decided on this request first.")
        changed = _last_change(data)
        if changed == "documents_reviewed":
            return translate("AttentionModel", "A colleague reviewed the documents before your "
                             "decision reached the portal, so it was made on an older view of "
                             "the request. Look at it as it is now and decide again.")
        if changed == "extended":
            return translate("AttentionModel", "The parent extended the enrollment window "
                             "before your decision reached the portal. Look at the request as "
                             "it is now and decide again.")
        return translate("AttentionModel", "Someone changed this request before your decision "
                         "reached the portal: look at it as it is now and decide again.")
    if code == "capacity_exceeded":
        return translate("AttentionModel", "The group had no free place left when your "
                         "decision reached the portal. Free a place or raise the capacity, "
                         "then accept again, or decline the request.")
    if code == "documents_incomplete":
        return translate("AttentionModel", "Not every required document was accepted: review "
                         "the documents first.")
    return None


def _last_change(data: dict[str, Any]) -> str:
    """The event of the request's newest journal entry ("" when there is none)."""
    history = data.get("history")
    if isinstance(history, list) and history and isinstance(history[-1], dict):
        return str(history[-1].get("event") or "")
    return ""


def portal_answer(row: AttentionRow) -> str:
    label = outcome(row.outcome)
    reason = what_happened(row) or (row.reason or "").strip()
    if not reason:
        return label
    return translate("AttentionModel", "{outcome}: {reason}").format(
        outcome=label, reason=reason)


class Plurals(CountedTexts):
    """Texts with a count that are not a widget's own. lupdate gives a message plural forms
    (3 года / 5 лет) only when it is a tr() inside a class, so they are made here."""

    def years_old(self, age: int) -> str:
        return self.tr("%n year(s) old", "", age)

    def age_cohort(self, age: int) -> str:
        """The portal's priority category `age_N`."""
        return self.tr("Children, %n year(s)", "", age)

    def free_places_before_accepting(self, free: int) -> str:
        return self.tr("Places: %n free place(s) before accepting.", "", free)

    def documents_to_accept(self, count: int) -> str:
        return self.tr("Documents still to accept: %n.", "", count)


_PLURALS = Plurals()


def plurals() -> Plurals:
    return _PLURALS
