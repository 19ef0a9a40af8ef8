"""`python -m desktop [--profile DIR] [--portal URL] [COMMAND]`: the window, or one of the
commands of docs/architecture.md ("The command line"), whose names, options and exit codes
scripts and support staff rely on."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop import startup
from desktop.cli import contract
from desktop.models.domain import DOCUMENT_KINDS, Status
from desktop.services import settings as keys
from desktop.services.profile import Profile
from desktop.services.settings import LANGUAGES, Settings, web_address
from desktop.services.translation import speak, stop_speaking, translate

# `requests --status new`: not a portal status but the kindergarten's own state of a request
# it has not decided on yet (any status).
NEW = "new"


def _portal_url(value: str) -> str:
    url = web_address(value)
    if url is None:
        raise argparse.ArgumentTypeError(translate(
            "cli", "not a portal address (http://… or https://…): {value}").format(value=value))
    return url


# The cache's integers are SQLite's, 64-bit: a larger number names nothing, and SQLite
# would refuse to bind it (OverflowError) rather than find nothing.
_LARGEST = 2**63 - 1


def _whole(value: str) -> int:
    """A number the local data can hold: an id, a number, a capacity."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(translate(
            "cli", "expected a whole number, got {value}").format(value=value)) from None
    if not -_LARGEST <= number <= _LARGEST:
        raise argparse.ArgumentTypeError(translate(
            "cli", "{value} is out of range: no request, group or place count is that "
            "large").format(value=value))
    return number


def _document(value: str) -> tuple[str, str]:
    kind, sep, text = value.partition("=")
    if not sep or not kind.strip() or not text.strip():
        raise argparse.ArgumentTypeError(translate(
            "cli", "expected KIND=TEXT (kinds: {kinds}), got {value}").format(
                kinds=", ".join(DOCUMENT_KINDS), value=value))
    return kind.strip(), text


class _DeclineHelp(argparse.Action):
    """`decide decline --help`: the usage, and the reason codes this profile's local data
    knows (`other` at least), read only when the help is asked for."""

    def __init__(self, option_strings: Sequence[str], dest: str, *, profile: Path | None,
                 lang: str | None, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS,
                         help=translate("cli", "show this help, with the reason codes, and "
                                        "exit"))
        # The options before the command: a subcommand's parser does not see them.
        self.profile, self.lang = profile, lang

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> None:
        from desktop.cli.context import stored_decline_reasons

        profile = _profile(self.profile)
        settings = Settings(profile.settings_file)
        language = self.lang or settings.get(keys.LANGUAGE)
        reasons = stored_decline_reasons(profile, settings)
        # `other` before the portal's list reached this profile has no words of its own.
        lines = [f"  {reason.code:<20} " + (
            reason.label(language) if reason.labels else translate(
                "cli", "another reason, explained with --comment")) for reason in reasons]
        parser.epilog = "\n".join([translate("cli", "Reason codes (CODE):"), *lines])
        parser.print_help()
        parser.exit()


def _profile(folder: Path | None) -> Profile:
    return Profile.at(folder) if folder else Profile.default()


def _top_options(top: argparse.ArgumentParser, *, check: bool = True) -> None:
    """The options before the command, which decide where and in which language (`check`:
    whether the portal's address is checked here, or left to the parser that reports it in
    the profile's language)."""
    top.add_argument("--profile", type=Path, metavar="DIR", help=translate(
        "cli", "keep settings, local data, documents and logs in DIR"))
    top.add_argument("--portal", type=_portal_url if check else str, metavar="URL", help=translate(
        "cli", "the portal to use; remembered in the profile"))
    top.add_argument("--self-check", action="store_true", help=translate(
        "cli", "check that the program is installed completely (headless, in a temporary "
        "folder; the profile is not touched), then exit: 0 when every check passed"))
    top.add_argument("--debug", action="store_true", help=translate(
        "cli", "log everything (DEBUG) and show the log on stderr as well"))
    top.add_argument("--lang", choices=LANGUAGES, help=translate(
        "cli", "the language of the commands' messages (default: the profile's language, "
        "as chosen in the window); JSON output is the same in every language"))


def _groups_parser(commands: Any) -> None:
    groups = commands.add_parser("groups", help=translate(
        "cli", "the groups with their places; changes go through the outbox (works offline)"))
    groups.add_argument("--json", action="store_true", help=translate("cli", "a JSON array"))
    actions = groups.add_subparsers(dest="group_action", metavar="ACTION")
    create = actions.add_parser("create", help=translate("cli", "create a group"))
    create.add_argument("--name", required=True, help=translate("cli", "the group's name"))
    create.add_argument("--ages", required=True, metavar="FROM-TO", help=translate(
        "cli", "the age band on the group's start day, e.g. 3-4"))
    create.add_argument("--language", required=True, choices=("kk", "ru", "mixed"),
                        help=translate("cli", "the language of education"))
    create.add_argument("--capacity", required=True, type=_whole, metavar="N",
                        help=translate("cli", "places in the group"))
    create.add_argument("--kind", default="general",
                        choices=("general", "special_needs", "short_stay"),
                        help=translate("cli", "general, special needs or short stay"))
    create.add_argument("--educators", default="", help=translate("cli", "the educators"))
    create.add_argument("--room", default="", help=translate("cli", "the room"))
    capacity = actions.add_parser("capacity", help=translate(
        "cli", "set a group's capacity (never below enrolled plus reserved)"))
    capacity.add_argument("group_id", type=_whole, metavar="GROUP_ID")
    capacity.add_argument("capacity", type=_whole, metavar="N")
    roster = actions.add_parser("roster", help=translate(
        "cli", "the children enrolled in (or reserved for) a group"))
    roster.add_argument("group_id", type=_whole, metavar="GROUP_ID")
    roster.add_argument("--json", action="store_true", help=translate("cli", "a JSON array"))
    transfer = actions.add_parser("transfer", help=translate(
        "cli", "move an enrolled child to another group"))
    transfer.add_argument("request_id", type=_whole, metavar="REQUEST_ID")
    transfer.add_argument("--to", required=True, type=_whole, metavar="GROUP_ID",
                          dest="to_group", help=translate("cli", "the group to move to"))


def _forecast_parser(commands: Any) -> None:
    forecast = commands.add_parser("forecast", help=translate(
        "cli", "free places per group and month, computed from the local data"))
    forecast.add_argument("--months", type=_whole, default=12, metavar="N", help=translate(
        "cli", "how many months ahead (default 12)"))
    forecast.add_argument("--json", action="store_true", help=translate("cli", "a JSON array"))
    steps = forecast.add_subparsers(dest="forecast_action", metavar="ACTION")
    steps.add_parser("publish", help=translate(
        "cli", "send the current forecast to the portal (through the outbox)"))


def parser(early: argparse.Namespace | None = None) -> argparse.ArgumentParser:
    """`early`: the options before the command, as read before this parser is made."""
    top = argparse.ArgumentParser(prog="python -m desktop", description=translate(
        "cli", "Balabaqsha Desk: without a command, the window; with one, the same services "
        "on the command line. Exit codes: 0 done, 1 refused, 2 bad usage, 3 the portal could "
        "not be reached (the work waits in the outbox), 4 synced, but actions the portal "
        "refused need attention."))
    _top_options(top)
    commands = top.add_subparsers(dest="command", metavar="COMMAND")

    login = commands.add_parser("login", help=translate(
        "cli", "sign in (password from BALABAQSHA_PASSWORD or asked on the terminal)"))
    login.add_argument("login", metavar="LOGIN", help=translate(
        "cli", "IIN, phone, login name or e-mail"))

    sync = commands.add_parser("sync", help=translate(
        "cli", "one sync cycle: send the outbox, then fetch the portal's changes"))
    sync.add_argument("--allow-mass-delete", action="store_true", help=translate(
        "cli", "go on when the portal's data would delete most local requests"))

    requests = commands.add_parser("requests", help=translate(
        "cli", "the requests in the local data (works offline)"))
    requests.add_argument("--status", choices=[s.value for s in Status] + [NEW], metavar="S",
                          help=translate("cli", "only requests in status S: {statuses}, or "
                                         "{new} for those awaiting the kindergarten's "
                                         "decision").format(
                              statuses=", ".join(s.value for s in Status), new=NEW))
    requests.add_argument("--json", action="store_true", help=translate("cli", "a JSON array"))

    decide = commands.add_parser("decide", help=translate(
        "cli", "record a decision on a request through the outbox (works offline)"))
    decisions = decide.add_subparsers(dest="decision", metavar="DECISION", required=True)
    accept = decisions.add_parser("accept", help=translate("cli", "accept the request"))
    decline = decisions.add_parser(
        "decline", help=translate("cli", "decline the request"), add_help=False,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    decline.add_argument("-h", "--help", action=_DeclineHelp,
                         profile=getattr(early, "profile", None),
                         lang=getattr(early, "lang", None))
    give_back = decisions.add_parser("return", help=translate(
        "cli", "return documents to the parent"))
    for decision in (accept, decline, give_back):
        decision.add_argument("id", type=_whole, metavar="ID", help=translate(
            "cli", "the request's number, as people see it (257017), or its id (17)"))
    decline.add_argument("--reason", required=True, metavar="CODE", help=translate(
        "cli", "the portal's decline reason code (`other` always exists)"))
    decline.add_argument("--comment", metavar="TEXT", help=translate(
        "cli", "a comment for the parent"))
    give_back.add_argument("--document", type=_document, action="append", required=True,
                           metavar="KIND=TEXT", help=translate(
                               "cli", "a document kind and what is wrong with it (repeat for "
                               "more)"))

    outbox = commands.add_parser("outbox", help=translate(
        "cli", "actions the portal has not confirmed yet, and those needing attention"))
    outbox.add_argument("--json", action="store_true", help=translate("cli", "a JSON object"))

    _groups_parser(commands)
    _forecast_parser(commands)

    doctor = commands.add_parser("doctor", help=translate(
        "cli", "check the local data, keyring, portal, CRL and disk"))
    doctor.add_argument("--repair", action="store_true", help=translate(
        "cli", "restore lost or damaged local data from its newest good backup (the "
        "damaged file is moved aside, not deleted)"))
    contract.add_parser(commands)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    # The options before the command first: the language the parser's own help and
    # messages speak comes from the profile (or --lang).
    early = argparse.ArgumentParser(add_help=False)
    _top_options(early, check=False)
    options, rest = early.parse_known_args(given)
    if options.self_check:
        from desktop import self_check

        return self_check.main()
    if not rest:
        args = parser().parse_args(given)  # the window: it installs its own translators
        return _start(args)
    profile = _profile(options.profile)
    unusable = _unusable(profile)
    if unusable is not None:
        return unusable
    speak(options.lang or Settings(profile.settings_file).get(keys.LANGUAGE))
    try:
        return _start(parser(options).parse_args(given))
    finally:
        stop_speaking()


def _unusable(profile: Profile) -> int | None:
    """None when the profile's folders exist or were made; else the exit code, after
    saying why in words (a path under a plain file, no write access, a drive gone)."""
    try:
        profile.ensure()
    except OSError as exc:
        failed = Path(exc.filename) if exc.filename else profile.settings_dir
        language = startup.language_of(profile.settings_file)
        return startup.tell(startup.profile_failure(language, failed, exc))
    return None


def _start(args: argparse.Namespace) -> int:
    profile = _profile(args.profile)
    unusable = _unusable(profile)
    if unusable is not None:
        return unusable
    settings = Settings(profile.settings_file)
    if args.portal:
        settings.set(keys.PORTAL_URL, args.portal)
    if args.lang:
        settings.hold(keys.LANGUAGE, args.lang)  # the portal's messages too, for this run
    if args.command is None:
        # Imported only here: the commands must never load the widgets.
        try:
            from desktop import app
        except ImportError as exc:
            language = startup.language_of(profile.settings_file)
            return startup.tell(startup.install_failure(language, exc))
        return app.main(profile, settings.get(keys.PORTAL_URL) or None, debug=args.debug)
    from desktop.cli import run

    return run(args, profile, settings)


def entry() -> int:
    """`main`, with an incomplete installation (Qt or a library that cannot be loaded at
    all) told in words rather than a traceback."""
    startup.quiet_library_warnings()
    try:
        return main()
    except ImportError as exc:
        return startup.tell(startup.install_failure(startup.language_of(None), exc))


if __name__ == "__main__":
    sys.exit(entry())
