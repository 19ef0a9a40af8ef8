"""Why a decision on a request is refused (services.review's reasons), in sentences the
window and the command line both show, so a person reads the same words in either."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from desktop.services import counts, review, vocabulary
from desktop.services.review import Reason
from desktop.services.translation import translate


def _languages(codes: Iterable[str]) -> str:
    return ", ".join(vocabulary.group_language(code) for code in codes if code)


def reason_text(reason: Reason, action: str = review.ACCEPT) -> str:
    """Why a decision is refused, in the person's language, with its numbers."""
    p = reason.params
    code = reason.code
    if code == review.PENDING:
        return translate(
            "Decisions", "A decision on this request is waiting to be sent to the portal. The "
            "next one can be made when the portal has answered, after the next sync.")
    if code == review.NOT_ALLOWED_IN_STATUS:
        status = vocabulary.request_status(str(p.get("status") or ""))
        if action in (review.RETURN_DOCUMENTS, review.ACCEPT_DOCUMENTS):
            return translate(
                "Decisions", "The request is “{status}”: documents are reviewed only while "
                "the request is with the kindergarten.").format(status=status)
        return translate(
            "Decisions", "The request is “{status}”: only a request awaiting the contract "
            "can be accepted or declined.").format(status=status)
    if code == review.ALREADY_ACCEPTED:
        return translate("Decisions", "The request is accepted already: a place is reserved "
                         "for the child.")
    if code == review.NO_GROUP:
        return translate("Decisions", "The request names no group, so no place can be "
                         "reserved. Decline it, or wait for the parent to choose a group.")
    if code == review.BIRTH_DATE_UNKNOWN:
        return translate("Decisions", "The child's date of birth is not known, so the age "
                         "cannot be checked. Sync again; if it stays unknown, ask the "
                         "portal's support.")
    if code in (review.TOO_YOUNG, review.TOO_OLD):
        day = p.get("day")
        values = {"day": vocabulary.format_date(day if isinstance(day, date) else None),
                  "age": vocabulary.plurals().years_old(int(p.get("age", 0))),
                  "ages": counts.age_band(int(p.get("age_from") or 0), int(p.get("age_to") or 0))}
        if code == review.TOO_YOUNG:
            return translate(
                "Decisions", "Too young: on {day}, when the group starts, the child will be "
                "{age}; the group takes children of {ages}.").format(**values)
        return translate(
            "Decisions", "Too old: on {day}, when the group starts, the child will be {age}; "
            "the group takes children of {ages}.").format(**values)
    if code == review.LANGUAGE_NOT_ASKED:
        asked = _languages(p.get("languages") or ()) or translate("Decisions", "none")
        return translate(
            "Decisions", "Wrong language: the group teaches in {language}, the parent asked "
            "for {languages}.").format(language=vocabulary.group_language(
                str(p.get("language") or "")), languages=asked)
    if code == review.NO_FREE_PLACES:
        return translate(
            "Decisions", "No free places: {enrolled} enrolled and {reserved} reserved fill "
            "all {capacity} places. Free a place or raise the capacity first, or decline the "
            "request.").format(enrolled=p.get("enrolled"), reserved=p.get("reserved"),
                               capacity=p.get("capacity"))
    if code == review.NO_DOCUMENTS:
        return translate("Decisions", "The parent has not uploaded any documents yet.")
    if code == review.NOTHING_TO_REVIEW:
        return translate("Decisions", "Every document is returned for correction: wait for "
                         "the parent to upload new ones.")
    if code == review.DOCUMENT_NOT_REVIEWABLE:
        return translate("Decisions", "“{document}” is “{status}” and cannot take this "
                         "verdict.").format(document=vocabulary.document_kind(str(p.get("kind"))),
                                            status=vocabulary.document_status(p.get("status")))
    return code
