"""The contract workflow as the window walks it: which requests wait for a
contract and where each contract stands, making and sending one, checking the parent's
signature, countersigning one or many, and the files each step needs.

Plain glue over the services that do the work (contracts, templates, actions, signatures,
trust, eds): no widgets, and every call may run on a worker. The contract's PDFs are kept
in the workspace's DocumentStore by their SHA-256, as the contract row names them
(`sent_sha256`, `parent_signed_sha256`, `countersigned_sha256`): the desk that made a
contract has it already (the outbox keeps what it sent), another desk fetches it from the
portal once, and then works offline with it. A file is never taken on trust: its bytes
must hash to the name the contract row gives, and its signatures are checked here, not
believed because the portal accepted them.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.models.domain import REQUIRED_DOCUMENTS, DocumentStatus, parse_moment
from desktop.models.tables import Contract, Document, Group, Kindergarten, OutboxEntry, Request
from desktop.services import actions, countersigning, eds, trust, verification
from desktop.services.contract_items import (
    CLOSED,
    COUNTERSIGNING,
    ENROLLED,
    SENDING,
    TO_COUNTERSIGN,
    TO_SEND,
    WITH_PARENT,
    ContractItem,
    Revision,
)
from desktop.services.countersigning import Countersigned, CountersignPlan, SessionPasswords
from desktop.services.documents import DocumentDamaged
from desktop.services.portal_api import PortalUnreachable
from desktop.services.refusal import Refusal
from desktop.services.signature_checks import (
    DIRECTOR_FIELD,
    PARENT_FIELD,
    KeyCheck,
    Notice,
    SignatureCheck,
    SignatureError,
)
from desktop.services.templates import LAYOUTS, Template, TemplateStore, templates_dir
from desktop.services.translation import translate
from desktop.services.trust import CachedCrl, TrustStore
from desktop.services.verification import DIRECTOR_ROLES
from desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from desktop.services.contracts import ContractData


class FlowError(Refusal):
    """A step cannot go on; the message says why and what to do, `code` which case."""


def items(cache: Any, only: int | None = None) -> list[ContractItem]:
    """Accepted requests waiting for their contract, and every contract with its request;
    the newest request first. `only` narrows it to that one request (its item, or none)."""
    with cache.read() as session:
        groups = {gid: name for gid, name in session.execute(select(Group.id, Group.name))}
        contract_rows = select(Contract)
        waiting_rows = select(Request.id).where(
            Request.status == "awaiting_contract", Request.review == "accepted")
        if only is not None:
            contract_rows = contract_rows.where(Contract.request_id == only)
            waiting_rows = waiting_rows.where(Request.id == only)
        contracts = {c.request_id: c for c in session.scalars(contract_rows)}
        ids = set(session.scalars(waiting_rows)) | set(contracts)
        requests = {r.id: r for r in session.scalars(
            select(Request).where(Request.id.in_(ids)))} if ids else {}
        accepted: dict[int, set[str]] = {i: set() for i in ids}
        if ids:
            for request_id, kind in session.execute(
                    select(Document.request_id, Document.kind).where(
                        Document.request_id.in_(ids),
                        Document.status == DocumentStatus.ACCEPTED.value)):
                accepted[request_id].add(kind)
        found = []
        for request_id in ids:
            request = requests.get(request_id)
            contract = contracts.get(request_id)
            found.append(_item(request_id, request, contract, groups, accepted[request_id]))
    return sorted(found, key=lambda i: (i.request_number or 0, i.request_id), reverse=True)


def _item(request_id: int, request: Request | None, contract: Contract | None,
          groups: dict[int, str], accepted: set[str]) -> ContractItem:
    data: dict[str, Any] = dict(contract.data) if contract is not None else {}
    if request is not None:
        languages = tuple(p for p in request.languages.split(",") if p)
        waiting = request.data.get("contract_pending") if request.pending else None
        base = ContractItem(
            request_id, request.number, request.child_name,
            groups.get(request.group_id, "") if request.group_id is not None else "",
            request.status, request.review, languages, waiting=waiting,
            missing_documents=tuple(k for k in REQUIRED_DOCUMENTS if k not in accepted))
    else:
        base = ContractItem(request_id, None, "", "", "", None, ())
    if contract is None:
        return base
    return replace(
        base, contract_id=contract.id, contract_status=contract.status,
        sent_at=parse_moment(data.get("sent_at")),
        parent_signed_at=parse_moment(data.get("parent_signed_at")),
        countersigned_at=parse_moment(data.get("countersigned_at")),
        sent_sha256=data.get("sent_sha256") or None,
        parent_signed_sha256=data.get("parent_signed_sha256") or None,
        countersigned_sha256=data.get("countersigned_sha256") or None)


def item(cache: Any, request_id: int) -> ContractItem:
    found = items(cache, only=request_id)
    if found:
        return found[0]
    raise FlowError("not_found", translate(
        "ContractFlow", "The request is not in the local data any more: synchronise to see "
        "where it stands now."))


# --- making and sending --------------------------------------------------------------------


def suggested_layout(languages: Iterable[str], group_language: str) -> str:
    """The request's language: Kazakh or Russian when the parent asked for one, both side by
    side when they asked for both; the group's language when the request names none."""
    asked = {code for code in languages if code in ("kk", "ru")}
    if asked == {"kk", "ru"}:
        return "bilingual"
    if asked:
        return asked.pop()
    return group_language if group_language in ("kk", "ru") else "bilingual"


@dataclass(frozen=True)
class Draft:
    """A contract made for a request and not sent yet: what the send dialog previews."""

    request_id: int
    data: ContractData
    template: Template
    pdf: bytes
    suggested: str  # the layout the request's language suggests

    @property
    def layout(self) -> str:
        return self.template.layout

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


# --- checking ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    """The signatures of a contract's newest file, each judged; the parent's also against
    the contract that was sent and the applicant's IIN, the director's against the
    kindergarten's BIN."""

    request_id: int
    revision: str  # which file was checked: parent_signed, countersigned, or "file"
    pdf: bytes
    checks: tuple[SignatureCheck, ...]
    crls: tuple[CachedCrl, ...]  # the revocation lists the verdicts rest on
    any_crl: bool  # whether any CRL is cached at all

    @property
    def valid(self) -> bool:
        return bool(self.checks) and all(c.valid for c in self.checks)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()

    @property
    def warnings(self) -> tuple[Notice, ...]:
        found: list[Notice] = []
        for check in self.checks:
            for notice in check.warnings:
                if notice not in found:
                    found.append(notice)
        return tuple(found)


def _used_crls(checks: Iterable[SignatureCheck | KeyCheck]) -> tuple[CachedCrl, ...]:
    used: dict[str, CachedCrl] = {}
    for check in checks:
        crl = check.revocation.crl if check.revocation is not None else None
        if crl is not None:
            used.setdefault(crl.issuer_key, crl)
    return tuple(used.values())


def _director_identity(check: SignatureCheck, kindergarten_bin: str) -> SignatureCheck:
    """A valid countersignature must also be this kindergarten's, by a key that may sign."""
    who = check.signer
    if not check.valid or who is None:
        return check
    name = who.display_name or who.common_name
    if who.bin != kindergarten_bin:
        return replace(check, reason="wrong_bin", message=translate(
            "ContractFlow", "The contract was countersigned by {who} for another organisation "
            "(BIN {theirs}), not for this kindergarten (BIN {ours}).").format(
            who=name, theirs=who.bin or "—", ours=kindergarten_bin))
    if not who.roles & DIRECTOR_ROLES:
        return replace(check, reason="no_right_to_sign", message=translate(
            "ContractFlow", "The contract was countersigned by {who}, whose key gives no right "
            "to sign for the kindergarten.").format(who=name))
    return check


@dataclass(frozen=True)
class Printout:
    """What printing a contract needs: its newest file, the check of its signatures (None
    while nobody has signed), and the date it was made on (written into the file)."""

    pdf: bytes
    verification: Verification | None
    made_on: date | None


def made_on(pdf: bytes) -> date | None:
    """The date a contract of this program was made on: its PDF's creation date (the
    contract's date, see desktop.services.contracts); None for any other file."""
    from pyhanko.pdf_utils.generic import parse_pdf_date
    from pyhanko.pdf_utils.reader import PdfFileReader

    # reportlab comes with it: a printout lays out pages with it anyway.
    from desktop.services.contracts import KEYWORDS_PREFIX

    try:
        info = PdfFileReader(BytesIO(pdf)).trailer_view["/Info"].get_object()
        if KEYWORDS_PREFIX not in str(info.get("/Keywords", "")):
            return None
        return parse_pdf_date(str(info["/CreationDate"])).date()
    # A file from elsewhere may lack or mangle its metadata: then it has no date here.
    except Exception:
        return None


# --- countersigning many -------------------------------------------------------------------


@dataclass(frozen=True)
class BatchOutcome:
    """One contract of a batch: signed and queued for the portal, or why not."""

    request_id: int
    request_number: int | None
    signed: bool
    message: str


@dataclass
class BatchResult:
    outcomes: list[BatchOutcome] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    notes: list[str] = field(default_factory=list)  # how they were signed (no time-stamp)

    @property
    def signed(self) -> list[BatchOutcome]:
        return [o for o in self.outcomes if o.signed]

    @property
    def refused(self) -> list[BatchOutcome]:
        return [o for o in self.outcomes if not o.signed]


# --- the flow ------------------------------------------------------------------------------


class ContractFlow:
    """The contract workflow of one signed-in workspace.

    `data_dir` is the profile's folder (trusted roots, CRLs, template versions); `sandbox`
    trusts the portal sandbox's test root, which `refresh_trust` fetches; `tsa_url` gives
    the time-stamp server to use at the moment of signing ("" for none); `passwords` keeps
    key passwords a person asked to remember for the session."""

    def __init__(self, workspace: Workspace, data_dir: Path, *, sandbox: bool = False,
                 templates: TemplateStore | None = None,
                 passwords: SessionPasswords | None = None,
                 tsa_url: Callable[[], str] = lambda: "") -> None:
        self.workspace = workspace
        self.data_dir = data_dir
        self.sandbox = sandbox
        self.templates = templates or TemplateStore(templates_dir(data_dir))
        self.passwords = passwords or SessionPasswords()
        self.tsa_url = tsa_url
        self._fetch_lock = threading.Lock()

    @property
    def cache(self) -> Any:
        return self.workspace.cache

    # the list

    def items(self) -> list[ContractItem]:
        return items(self.cache)

    def item(self, request_id: int) -> ContractItem:
        return item(self.cache, request_id)

    # facts

    def kindergarten_bin(self) -> str:
        with self.cache.read() as session:
            row = session.get(Kindergarten, self.workspace.kindergarten_id)
            if row is None:
                row = session.scalars(select(Kindergarten).order_by(Kindergarten.id)).first()
            if row is None or not row.bin:
                raise FlowError("kindergarten_missing", translate(
                    "ContractFlow", "The kindergarten's details (its BIN) are not in the local "
                    "data yet: synchronise, then try again."))
            return str(row.bin)

    def applicant_iin(self, request_id: int) -> str:
        with self.cache.read() as session:
            request = session.get(Request, request_id)
            parent = (request.data.get("parent") or {}) if request is not None else {}
        iin = str(parent.get("iin") or "")
        if not iin:
            raise FlowError("parent_missing", translate(
                "ContractFlow", "The portal has not sent who the applicant parent is, so their "
                "signature cannot be checked: synchronise, then try again."))
        return iin

    def trust_store(self) -> TrustStore:
        return trust.load(self.data_dir, sandbox=self.sandbox)

    def refresh_trust(self, certificates: Sequence[Any] = ()) -> list[trust.Refreshed]:
        """Fetch the revocation lists anew (in sandbox mode, the sandbox's root and CRL)."""
        portal = self.workspace.portal_url if self.sandbox else None
        return trust.refresh(self.data_dir, sandbox_portal=portal, certificates=certificates)

    # making and sending

    def draft(self, request_id: int, layout: str | None = None, *,
              on: date | None = None) -> Draft:
        """The contract for a request, from the newest version of the layout's template
        (the one the request's language suggests unless `layout` is given)."""
        # reportlab loads only when a contract is made, not with the window.
        from desktop.services.contracts import ContractError, contract_data, generate

        try:
            data = contract_data(self.cache, request_id, on=on)
        except ContractError as exc:
            raise FlowError(exc.code, str(exc)) from exc
        with self.cache.read() as session:
            request = session.get(Request, request_id)
            languages = request.languages.split(",") if request is not None else []
        suggested = suggested_layout(languages, data.group_language)
        chosen = layout if layout in LAYOUTS else suggested
        template = self.templates.current_template(chosen)
        try:
            pdf = generate(data, template)
        except ContractError as exc:
            raise FlowError(exc.code, str(exc)) from exc
        return Draft(request_id, data, template, pdf, suggested)

    def send(self, draft: Draft) -> OutboxEntry:
        """Record the sending through the outbox (it reaches the parent at the next sync).
        The outbox keeps the file, and the parent's signature is checked against it later."""
        return actions.send_contract(self.cache, draft.request_id, draft.pdf,
                                     self.workspace.roles)

    # the files

    def _local(self, sha256: str) -> bytes | None:
        """The file if this computer holds it whole: one fetched before (the document
        store), or one made here (the outbox's store, which keeps what it uploads). Read by
        path and hashed, not by the stores' records: both stores record in one table."""
        documents = self.workspace.documents
        for store in (documents, actions.outbox_files(self.cache)):
            try:
                return store.read(sha256)  # decrypted in memory, checked against the digest
            except DocumentDamaged:
                if store is documents:
                    store.discard(sha256)  # damaged on this disk: fetched again
            except (OSError, ValueError):
                continue
        return None

    def pdf(self, found: ContractItem, revision: Revision) -> bytes:
        """A contract file by its revision: from this computer, or fetched from the portal
        once and kept. FlowError when there is none, or it cannot be had offline."""
        sha256 = found.sha256(revision)
        if not sha256 or found.contract_id is None:
            raise FlowError("no_file", translate(
                "ContractFlow", "The portal has not recorded this file of the contract yet: "
                "synchronise, then try again."))
        with self._fetch_lock:
            kept = self._local(sha256)
            if kept is not None:
                return kept
            try:
                data = self.workspace.client.contract_pdf(found.contract_id, revision)
            except PortalUnreachable as exc:
                raise FlowError("offline", translate(
                    "ContractFlow", "The contract's file is not on this computer yet and the "
                    "portal cannot be reached. Connect once and synchronise: the files are "
                    "then kept for work offline.")) from exc
            if hashlib.sha256(data).hexdigest() != sha256:
                raise FlowError("changed", translate(
                    "ContractFlow", "The portal holds another file of this contract than the "
                    "local data names: the contract changed meanwhile. Synchronise, then try "
                    "again."))
            self.workspace.documents.put(data)
            return data

    def prefetch(self, found: Iterable[ContractItem]) -> int:
        """Bring down the files the next step needs (the sent and the parent-signed
        contract of those awaiting a countersignature), so it can be taken offline; the
        number fetched. Failures wait for the next time."""
        fetched = 0
        for one in found:
            if one.stage != TO_COUNTERSIGN:
                continue
            for revision in ("sent", "parent_signed"):
                sha256 = one.sha256(revision)  # type: ignore[arg-type]
                if not sha256 or self._local(sha256) is not None:
                    continue
                try:
                    self.pdf(one, revision)  # type: ignore[arg-type]
                    fetched += 1
                except FlowError:
                    return fetched
        return fetched

    # checking

    def verify(self, request_id: int, file: bytes | None = None) -> Verification:
        """Check the contract's newest signed file, or `file` (a copy from elsewhere) as
        the parent-signed or countersigned contract of this request.

        Each signature is judged in the whole file (intact, trusted, not revoked, nothing
        but later signatures after it); the parent's also on its own revision, which must
        be exactly the sent contract plus that signature, by the applicant; the director's
        must be this kindergarten's, by a key that may sign, on top of exactly the file the
        parent signed."""
        found = self.item(request_id)
        if file is not None:
            pdf, revision = file, "file"
        elif found.latest_revision in ("parent_signed", "countersigned"):
            revision = str(found.latest_revision)
            pdf = self.pdf(found, found.latest_revision)  # type: ignore[arg-type]
        else:
            raise FlowError("not_signed", translate(
                "ContractFlow", "The parent has not signed this contract yet: there is no "
                "signature to check."))
        store = self.trust_store()
        kindergarten_bin = self.kindergarten_bin()
        iin = self.applicant_iin(request_id)
        checks = verification.verify(pdf, store)
        sent = self.pdf(found, "sent")
        parent_revision = _revisions(sent)
        ends = _revision_ends(pdf)
        judged: list[SignatureCheck] = []
        for check in checks:
            if check.revision == parent_revision:
                prefix = pdf[:ends.get(check.revision, len(pdf))]
                verdict = verification.check_parent(sent, prefix, iin, store)
                judged.append(verdict if not verdict.valid or check.valid else check)
            elif check.field == DIRECTOR_FIELD:
                judged.append(self._director_verdict(found, pdf, check, ends,
                                                     kindergarten_bin))
            else:
                judged.append(check)
        if not any(c.revision == parent_revision and c.field == PARENT_FIELD for c in judged):
            # No signature sits on top of the sent contract: the parent's check says what
            # the file is instead (another document, a re-saved one, no signature).
            verdict = verification.check_parent(sent, pdf, iin, store)
            if verdict.valid:  # cannot be, but never report a file as checked when not
                verdict = replace(verdict, reason="not_incremental")
            judged.insert(0, verdict)
        return Verification(request_id, revision, pdf, tuple(judged), _used_crls(judged),
                            bool(store.crls))

    @staticmethod
    def _director_verdict(found: ContractItem, pdf: bytes, check: SignatureCheck,
                          ends: dict[int, int], kindergarten_bin: str) -> SignatureCheck:
        verdict = _director_identity(check, kindergarten_bin)
        if not verdict.valid or not found.parent_signed_sha256:
            return verdict
        # What the director signed on top of must be the file the parent signed, as the
        # portal recorded it: the revision before the countersignature.
        before = pdf[:ends.get(check.revision - 1, 0)]
        if hashlib.sha256(before).hexdigest() != found.parent_signed_sha256:
            return replace(verdict, reason="not_incremental", message=translate(
                "ContractFlow", "The countersignature is not on top of the contract the parent "
                "signed: the file was changed or made anew before it was countersigned."))
        return verdict

    def printout(self, request_id: int) -> Printout:
        """The contract's newest file for paper, with its signatures checked."""
        found = self.item(request_id)
        if found.signed:
            result = self.verify(request_id)
            return Printout(result.pdf, result, made_on(result.pdf))
        pdf = self.pdf(found, "sent")
        return Printout(pdf, None, made_on(pdf))

    # countersigning

    def open_key(self, path: Path, password: str) -> eds.LoadedKey:
        """Open the key with its password; its validity is judged by `check_key` (so an
        expired key is still shown, with its certificate)."""
        return eds.load_key(path, password, check_validity=False)

    def check_key(self, key: eds.LoadedKey) -> KeyCheck:
        return verification.check_key(key, self.kindergarten_bin(), self.trust_store())

    def _countersignable(self, found: ContractItem) -> None:
        if found.stage == COUNTERSIGNING:
            raise FlowError("pending", translate(
                "ContractFlow", "This contract is countersigned already and waits to be sent "
                "to the portal at the next sync."))
        if found.stage != TO_COUNTERSIGN:
            raise FlowError("not_signed_by_parent", translate(
                "ContractFlow", "The contract is not waiting for a countersignature: the "
                "parent has to sign it first."))
        if found.missing_documents:
            raise FlowError("documents_incomplete", translate(
                "ContractFlow", "Not all the required documents are accepted yet: review "
                "them first (the portal enrolls the child only then)."))

    def plan(self, request_id: int, key: eds.LoadedKey, *,
             facts: tuple[str, TrustStore] | None = None) -> CountersignPlan:
        """Everything checked before signing one contract: the request's state, the
        parent's signature against the sent contract and the applicant's IIN, the key.
        Raises FlowError or countersigning.CountersignRefused; warnings are in the plan.
        `facts` (the kindergarten's BIN and the trust store) are read once for a batch."""
        found = self.item(request_id)
        self._countersignable(found)
        parent_pdf = self.pdf(found, "parent_signed")
        sent = self.pdf(found, "sent")
        kindergarten_bin, store = facts or (self.kindergarten_bin(), self.trust_store())
        return countersigning.plan_countersign(
            parent_pdf, key, kindergarten_bin, store, sent_pdf=sent,
            applicant_iin=self.applicant_iin(request_id))

    def sign(self, request_id: int, plan: CountersignPlan) -> Countersigned:
        """Sign a checked plan and queue it for the portal (the child shows as enrolled once
        the portal accepts it); the outbox keeps the countersigned file."""
        signed = countersigning.apply_countersign(plan, tsa_url=self.tsa_url() or None)
        actions.countersign_contract(self.cache, request_id, signed.pdf, self.workspace.roles)
        return signed

    def sign_batch(self, request_ids: Sequence[int], key: eds.LoadedKey, *,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> BatchResult:
        """Countersign one contract after another with one opened key, each checked as
        `plan` checks it and queued at once, so what is done stays done when the batch is
        cancelled. A contract that is refused does not stop the others."""
        result = BatchResult(total=len(request_ids))
        facts: tuple[str, TrustStore] | None = None
        for index, request_id in enumerate(request_ids):
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            number: int | None = None
            try:
                number = self.item(request_id).request_number
                facts = facts or (self.kindergarten_bin(), self.trust_store())
                signed = self.sign(request_id, self.plan(request_id, key, facts=facts))
                result.outcomes.append(BatchOutcome(request_id, number, True, ""))
                for notice in signed.warnings:
                    if notice.code == "tsa_unreachable" and notice.message not in result.notes:
                        result.notes.append(notice.message)
            except (FlowError, SignatureError, actions.ActionRefused) as exc:
                result.outcomes.append(BatchOutcome(request_id, number, False, str(exc)))
            if progress is not None:
                progress(index + 1, len(request_ids))
        return result


def _revisions(pdf: bytes) -> int:
    from pyhanko.pdf_utils.reader import PdfFileReader

    return int(PdfFileReader(BytesIO(pdf)).xrefs.total_revisions)


def _revision_ends(pdf: bytes) -> dict[int, int]:
    """Where each signed revision of the file ends (its signature's byte range ends there:
    a signature covers its whole revision), by revision number from 0."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    ends: dict[int, int] = {}
    try:
        for signature in PdfFileReader(BytesIO(pdf)).embedded_signatures:
            byte_range = [int(v) for v in signature.sig_object["/ByteRange"]]
            ends[int(signature.signed_revision)] = byte_range[2] + byte_range[3]
    # Read after verification.verify accepted the file; anything odd here only means the
    # revision is judged on the whole file instead.
    except Exception:
        return {}
    return ends


__all__ = [
    "CLOSED", "COUNTERSIGNING", "ENROLLED", "SENDING", "TO_COUNTERSIGN", "TO_SEND",
    "WITH_PARENT", "BatchOutcome", "BatchResult", "ContractFlow", "ContractItem", "Draft",
    "FlowError", "Printout", "Verification", "item", "items", "made_on", "suggested_layout",
]
