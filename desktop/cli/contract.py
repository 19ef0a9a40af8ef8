"""`python -m desktop contract verify|countersign|make`: check, countersign and make contract
PDFs without the window (docs/eds.md, "The command line"; its options and exit codes are
fixed).

make: one contract per line of JSON on stdin, rendered with the profile's current template
exactly as the window renders it, each written whole to DIR/<contract_number>.pdf and its
path printed at once; a bad line is told on stderr with its number and the next is read.
One process serves any number of contracts, so a program that needs many (the portal
sandbox's demo world) pays the start once.

verify: one line per signature and 0 only when the file has at least one signature and all
are valid (and, with --iin, the first signer is that person); 1 when any is not; 2 when the
file cannot be read as a PDF. countersign: verifies the signatures already in the file,
then opens and checks the key, and only then signs; on any failure it writes nothing, on
success it writes OUT.pdf whole (a temporary file, then a rename).

Nothing is fetched from the network: the trust store is the shipped and installed NCA
roots, the sandbox's root in sandbox mode (no portal configured), and --trust files; the
CRLs are the profile's cache plus --crl files. The heavy services load only when a
subcommand runs, so `--help` answers at once.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.text import BAD_USAGE, DONE, REFUSED, CliFailure, UsageError, note, out
from desktop.services.files import CONTRACT_LIMIT, FileRefused, read_limited
from desktop.services.templates import LAYOUTS  # light: the texts are read only when used
from desktop.services.translation import translate

if TYPE_CHECKING:
    from desktop.cli.context import Context
    from desktop.services.cache import Cache
    from desktop.services.contracts import BadContractData
    from desktop.services.files import ExportFailed
    from desktop.services.signature_checks import SignatureCheck
    from desktop.services.trust import TrustStore

KEY_PASSWORD_VARIABLE = "BALABAQSHA_KEY_PASSWORD"
# What Windows refuses in a file name, and path separators everywhere.
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def add_parser(commands: Any) -> None:
    """The `contract` command and its subcommands, exactly as docs/eds.md gives them."""
    contract = commands.add_parser("contract", help=translate(
        "cli", "check the signatures of a contract PDF, countersign it, or make contracts "
        "from the templates"))
    actions = contract.add_subparsers(dest="contract_action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help=translate(
        "cli", "check every signature of FILE.pdf; exit code 0 only when all are valid"))
    countersign = actions.add_parser("countersign", help=translate(
        "cli", "countersign FILE.pdf with the director's key into OUT.pdf (the key's password "
        "from BALABAQSHA_KEY_PASSWORD or asked on the terminal)"))
    for action in (verify, countersign):
        action.add_argument("file", type=Path, metavar="FILE.pdf", help=translate(
            "cli", "the contract PDF"))
    verify.add_argument("--iin", metavar="IIN", help=translate(
        "cli", "the first signer must be this person (the applicant parent's IIN)"))
    countersign.add_argument("--key", type=Path, required=True, metavar="KEY.p12",
                             help=translate("cli", "the signing key (RSA256_….p12)"))
    countersign.add_argument("--out", type=Path, required=True, metavar="OUT.pdf",
                             help=translate("cli", "where to write the countersigned PDF"))
    countersign.add_argument("--bin", metavar="BIN", help=translate(
        "cli", "the kindergarten's BIN (by default the signed-in kindergarten's)"))
    for action in (verify, countersign):
        action.add_argument("--trust", type=Path, action="append", default=[],
                            metavar="CERTS.pem", help=translate(
                                "cli", "also trust these roots and intermediates (PEM; "
                                "repeat for more)"))
        action.add_argument("--crl", type=Path, action="append", default=[], metavar="CRL",
                            help=translate("cli", "also use this CRL (DER or PEM; repeat for "
                                           "more)"))
    make = actions.add_parser("make", help=translate(
        "cli", "make contract PDFs from the profile's current templates: one contract's data "
        "per line of JSON on stdin, each written to DIR/<contract_number>.pdf and its path "
        "printed"))
    make.add_argument("--out", type=Path, required=True, metavar="DIR", help=translate(
        "cli", "the folder the PDFs are written to (made if missing)"))
    make.add_argument("--layout", choices=LAYOUTS, help=translate(
        "cli", "the template for every contract: kk, ru or bilingual (default: the group's "
        "language, as in the window)"))


def run(args: argparse.Namespace, ctx: Context) -> int:
    # pyHanko logs every chain it cannot build with a traceback; the verdict says it for a
    # person, and the command line has no log file to keep it in.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False
    if args.contract_action == "make":
        return make(args, ctx)
    if args.contract_action == "verify":
        return verify(args, ctx)
    return countersign(args, ctx)


# --- shared --------------------------------------------------------------------------------


def _trust(args: argparse.Namespace, ctx: Context) -> TrustStore:
    from desktop.services import trust

    try:
        return trust.load(ctx.profile.data_dir, sandbox=not ctx.configured_portal,
                          extra_certificates=args.trust, extra_crls=args.crl)
    except trust.TrustError as exc:
        raise UsageError(str(exc)) from exc


def refused_file(exc: FileRefused) -> str:
    """Why a file given on the command line is not read, and what to give instead."""
    if exc.code == "too_large":
        return translate("cli", "{path} is larger than {megabytes} MB, which no contract or "
                         "key is: check that this is the right file. Nothing was "
                         "read.").format(path=exc.path, megabytes=exc.limit // (1024 * 1024))
    return translate("cli", "{path} is not a file (a folder, a device or a pipe): give the "
                     "path of the PDF or key file itself. Nothing was read.").format(
        path=exc.path)


def _read_pdf(path: Path) -> bytes:
    try:
        return read_limited(path, CONTRACT_LIMIT)
    except FileRefused as exc:
        raise UsageError(refused_file(exc)) from exc
    except OSError as exc:
        raise UsageError(translate("cli", "The file {path} cannot be read: {reason}.").format(
            path=path, reason=exc.strerror or exc)) from exc


def _not_a_pdf(path: Path, detail: str) -> CliFailure:
    return CliFailure(translate("cli", "{path} cannot be read as a PDF: {detail}").format(
        path=path, detail=detail), BAD_USAGE)


def _when(moment: Any) -> str:
    from desktop.services.calendar import format_datetime

    return format_datetime(moment) or "—"


def _line(check: SignatureCheck) -> str:
    who = check.signer
    name = (who.display_name or who.common_name) if who else "?"
    if who is not None and who.bin:
        number = translate("cli", "BIN {bin}").format(bin=who.bin)
    elif who is not None and who.iin:
        number = translate("cli", "IIN {iin}").format(iin=who.iin)
    else:
        number = "—"
    verdict = translate("cli", "valid") if check.valid else translate(
        "cli", "NOT VALID ({code}): {reason}").format(code=check.reason, reason=check.message)
    return f"{check.field}  {name}  {number}  {_when(check.signing_time)}  {verdict}"


def _crl_notes(store: TrustStore, checks: list[Any]) -> None:
    """Say which CRLs the verdicts rest on, and how old they are (docs/eds.md)."""
    from desktop.services import trust

    used = {id(c.revocation.crl): c.revocation.crl for c in checks
            if c.revocation is not None and c.revocation.crl is not None}
    if used:
        for crl in used.values():
            note(translate("cli", "Revocation checked against the {crl}.").format(
                crl=trust.crl_age_text(crl)))
    elif not store.crls:
        note(translate("cli", "No CRL is cached: whether a certificate was revoked could not "
                       "be checked (give one with --crl FILE)."))


# --- verify --------------------------------------------------------------------------------


def verify(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services import signature_checks, verification

    store = _trust(args, ctx)
    data = _read_pdf(args.file)
    try:
        checks = verification.verify(data, store)
    except signature_checks.NotAPdf as exc:
        raise _not_a_pdf(args.file, str(exc)) from exc
    if not checks:
        out(translate("cli", "{path} carries no signature.").format(path=args.file))
        return REFUSED
    for check in checks:
        out(_line(check))
        for notice in check.warnings:
            out("  " + translate("cli", "warning: {message}").format(message=notice.message))
    _crl_notes(store, checks)
    result = DONE if all(c.valid for c in checks) else REFUSED
    first = checks[0].signer
    if args.iin and (first is None or first.iin != args.iin):
        out(translate("cli", "The first signature is not by IIN {iin}: it is by {who}.").format(
            iin=args.iin, who=(first.iin or first.common_name) if first else "?"))
        result = REFUSED
    return result


# --- countersign ---------------------------------------------------------------------------


def _key_password(path: Path) -> str:
    given = os.environ.get(KEY_PASSWORD_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise UsageError(translate("cli", "No key password: set {variable} or run the command "
                                   "in a terminal.").format(variable=KEY_PASSWORD_VARIABLE))
    try:
        return getpass.getpass(translate("cli", "Password of the key {name}: ").format(
            name=path.name))
    except EOFError as exc:
        raise UsageError(translate("cli", "No password was typed.")) from exc


def _signed_in_bin(ctx: Context) -> str | None:
    """The BIN of the kindergarten whose staff last signed in with this profile, read from
    its local data (no portal needed)."""
    from desktop.cli.context import read_last_cache
    from desktop.models.tables import Kindergarten
    from desktop.services import settings as keys

    kindergarten = ctx.settings.get(keys.LAST_KINDERGARTEN_ID)

    def read(cache: Cache) -> str | None:
        with cache.read() as session:
            row = session.get(Kindergarten, kindergarten)
            return row.bin if row is not None else None

    return read_last_cache(ctx.profile, ctx.settings, read)


def _not_written(error: ExportFailed) -> str:
    """Why a file was not written, and what to do (the window says it in its own words)."""
    reasons = {
        "disk_full": translate("cli", "the disk is full"),
        "not_writable": translate("cli", "the folder cannot be written to"),
        "no_folder": translate("cli", "the folder does not exist"),
        "in_use": translate("cli", "a file of that name is open in another program"),
    }
    return translate("cli", "{path} was not written: {reason}. Nothing was changed there; "
                     "free the file or choose another folder.").format(
        path=error.path, reason=reasons.get(error.code, error.detail))


def countersign(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services import countersigning, eds, signature_checks, verification
    from desktop.services import settings as keys

    store = _trust(args, ctx)
    data = _read_pdf(args.file)
    kindergarten_bin = args.bin or _signed_in_bin(ctx)
    if not kindergarten_bin:
        raise UsageError(translate(
            "cli", "Whose contract is this? Give the kindergarten's BIN with --bin, or sign in "
            "with `login` first."))
    try:
        # The file's own signatures first: a bad contract is refused before a password is
        # asked for.
        checks = verification.verify(data, store)
        for check in checks:
            out(_line(check))
        _crl_notes(store, checks)
        if not checks:
            raise CliFailure(translate("cli", "Nothing was signed: {path} carries no signature "
                                       "yet. The parent signs first.").format(path=args.file))
        for check in checks:
            if not check.valid:
                raise CliFailure(translate(
                    "cli", "Nothing was signed: the signature in {field} is not valid.").format(
                    field=check.field))
        key = eds.load_key(args.key, _key_password(args.key))
        plan = countersigning.plan_countersign(data, key, kindergarten_bin, store)
    except signature_checks.NotAPdf as exc:
        raise _not_a_pdf(args.file, str(exc)) from exc
    except signature_checks.SignatureError as exc:
        raise CliFailure(str(exc), REFUSED) from exc
    for notice in plan.warnings:
        note(translate("cli", "warning: {message}").format(message=notice.message))
    tsa = ctx.settings.get(keys.TSA_URL) or None
    try:
        signed = countersigning.apply_countersign(plan, tsa_url=tsa)
    except signature_checks.SignatureError as exc:
        raise CliFailure(str(exc), REFUSED) from exc
    for notice in signed.warnings[len(plan.warnings):]:
        note(translate("cli", "warning: {message}").format(message=notice.message))
    from desktop.services.files import ExportFailed, write_atomically

    try:
        write_atomically(args.out, signed.pdf)
    except ExportFailed as exc:
        raise CliFailure(_not_written(exc)) from exc
    who = key.identity
    name = who.display_name or who.common_name
    if signed.timestamped:
        out(translate("cli", "Countersigned by {who} (BIN {bin}) with a time-stamp: written to "
                      "{path}.").format(who=name, bin=who.bin, path=args.out))
    else:
        out(translate("cli", "Countersigned by {who} (BIN {bin}): written to {path}.").format(
            who=name, bin=who.bin, path=args.out))
    return DONE


# --- make ----------------------------------------------------------------------------------


def _bad_field(exc: BadContractData) -> str:
    words = {
        "missing": translate("cli", "the field “{field}” is missing"),
        "unknown": translate("cli", "“{field}” is not a field of a contract (misspelt?)"),
        "not_text": translate("cli", "“{field}” must be text"),
        "not_number": translate("cli", "“{field}” must be a whole number"),
        "not_date": translate("cli", "“{field}” must be a date written YYYY-MM-DD"),
        "not_language": translate("cli", "“{field}” must be kk or ru"),
    }
    return words[exc.code].format(field=exc.field)


def _file_name(number: str) -> str | None:
    """`number`.pdf when that is one plain file name on every system, else None."""
    if not number.strip() or _UNSAFE_NAME.search(number) or number.strip(" .") != number:
        return None
    return f"{number}.pdf"


def make(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.services import contracts
    from desktop.services.files import ExportFailed, write_atomically
    from desktop.services.templates import TemplateError, TemplateStore, templates_dir

    folder: Path = args.out
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(translate("cli", "The folder {path} cannot be made: {reason}.").format(
            path=folder, reason=exc.strerror or exc)) from exc
    store = TemplateStore(templates_dir(ctx.profile.data_dir))
    refused = 0

    def refuse(number: int, problem: str) -> None:
        nonlocal refused
        refused += 1
        note(translate("cli", "Line {number}: {problem}").format(number=number,
                                                                  problem=problem))

    # Bytes, not the console's encoding: JSON is UTF-8 (json.loads also skips a BOM), and a
    # Windows console's code page would garble every Kazakh letter.
    for number, line in enumerate(sys.stdin.buffer, start=1):
        if not line.strip():
            continue
        try:
            given = json.loads(line)
        except ValueError as exc:
            refuse(number, translate("cli", "not JSON ({detail})").format(detail=exc))
            continue
        if not isinstance(given, dict):
            refuse(number, translate("cli", "not a JSON object of a contract's fields"))
            continue
        try:
            data = contracts.data_from_json(given)
        except contracts.BadContractData as exc:
            refuse(number, _bad_field(exc))
            continue
        name = _file_name(data.contract_number)
        if name is None:
            refuse(number, translate(
                "cli", "the contract number “{value}” cannot name a file: it must not be empty, "
                "start or end with a dot or space, or hold / \\ : * ? \" < > |").format(
                value=data.contract_number))
            continue
        layout = args.layout or contracts.default_layout(data)
        try:
            # Read for every contract: an administrator may save a new version meanwhile,
            # and the window would use it at once.
            pdf = contracts.generate(data, store.current_template(layout))
        except (contracts.ContractError, TemplateError) as exc:
            refuse(number, str(exc))
            continue
        try:
            path = write_atomically(folder / name, pdf)
        except ExportFailed as exc:
            refuse(number, _not_written(exc))
            continue
        out(str(path))
    return REFUSED if refused else DONE
