"""`python -m portal_sandbox serve|simulate|reset|check-modules|openapi`: the portal sandbox's
command line."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import sys
import warnings
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

from portal_sandbox.config import Settings, default_data_dir
from portal_sandbox.folder_lock import FolderInUse, FolderLock
from portal_sandbox.workdays import DayUnit


def _settings(args: argparse.Namespace) -> Settings:
    settings = Settings(db_url=args.db)
    if getattr(args, "confirm_unit", None):
        settings.confirm_unit = DayUnit(args.confirm_unit)
    if args.data_dir:
        settings.data_dir = Path(args.data_dir)
    settings.remote_controls = bool(getattr(args, "allow_remote_controls", False))
    for name in ("login_failures_per_account", "login_failures_per_source"):
        if getattr(args, name, None):
            setattr(settings, name, getattr(args, name))
    return settings


def serve(args: argparse.Namespace) -> int:
    settings = _settings(args)
    lock = FolderLock(settings.data_dir) if settings.db_url is None else None
    if lock is not None:
        try:
            lock.acquire()
        except FolderInUse as taken:
            print(f"in use: another portal sandbox is serving {settings.data_dir}"
                  + (f" at {taken.url}" if taken.url else ""), flush=True)
            return 3
    try:
        return _serve(args, settings, lock)
    finally:
        if lock is not None:
            lock.release()


def _serve(args: argparse.Namespace, settings: Settings, lock: FolderLock | None) -> int:
    import threading

    import uvicorn
    from starlette.concurrency import run_in_threadpool

    from portal_sandbox.app import create_app
    from portal_sandbox.portal import Portal

    parent_gone = threading.Event()
    servers: list[uvicorn.Server] = []
    if args.exit_with_parent:
        def lifeline() -> None:
            # The parent holds the other end of stdin and never writes: end of file means
            # it has gone, however it went (closed, killed, crashed).
            for _line in sys.stdin:
                pass
            parent_gone.set()
            for server in servers:
                server.should_exit = True

        threading.Thread(target=lifeline, name="lifeline", daemon=True).start()

    exposure = exposure_warning(args.host, settings.remote_controls)
    if exposure:
        print(exposure, flush=True)
    portal = Portal(settings)
    if args.seed == "demo":
        from portal_sandbox.contract_maker import ContractMakerError
        from portal_sandbox.seed import build_demo_world, print_logins

        try:
            logins = build_demo_world(portal, families=args.demo_families,
                                      progress=lambda m: print(f"building the demo world: {m}",
                                                               flush=True))
        except ContractMakerError as exc:
            # Nothing was kept (one transaction): the next start tries again.
            print(f"the demo world could not be built: {exc}", flush=True)
            portal.close()
            return 1
        print_logins(logins, portal.settings.data_dir)
    app = create_app(portal)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        # The real portal's scheduler: deadlines pass even when nobody moves the clock.
        async def scheduler() -> None:
            while True:
                await asyncio.sleep(args.scheduler_seconds)
                try:
                    await run_in_threadpool(portal.run_deadlines)
                except Exception:  # keep the scheduler alive; the next tick tries again
                    logging.getLogger(__name__).exception("deadline run failed")

        task = asyncio.create_task(scheduler())
        try:
            yield
        finally:
            task.cancel()

    app.router.lifespan_context = lifespan

    simulation: list[threading.Event] = []

    def simulate_here(url: str, stop: threading.Event) -> None:
        # Imported in its own thread: the scan and PDF libraries take a second to load,
        # and the server's event loop should not wait for them.
        from portal_sandbox.simulator import run_alongside

        run_alongside(url, stop)

    class Server(uvicorn.Server):
        async def startup(self, sockets: Any = None) -> None:
            await super().startup(sockets)
            if self.started:
                host, port = self.servers[0].sockets[0].getsockname()[:2]
                print(f"listening on http://{host}:{port}", flush=True)
                if lock is not None:
                    lock.announce(f"http://{host}:{port}")
                if args.simulate:
                    # A server bound to every interface is still reached on loopback.
                    own = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
                    own = f"[{own}]" if ":" in own else own
                    stop = threading.Event()
                    simulation.append(stop)
                    threading.Thread(target=simulate_here, args=(f"http://{own}:{port}", stop),
                                     name="parent-simulator", daemon=True).start()

    config = uvicorn.Config(app, host=args.host, port=args.port, log_level=args.log_level,
                            access_log=args.log_level == "debug")
    server = Server(config)
    servers.append(server)
    if parent_gone.is_set():  # the parent went while the world was being built
        portal.close()
        return 0
    try:
        server.run()
    except KeyboardInterrupt:
        pass  # uvicorn re-raises Ctrl-C after its clean shutdown: that is the clean stop
    finally:
        for stop in simulation:
            stop.set()
        portal.close()
    return 0


def exposure_warning(host: str, remote_controls: bool) -> str | None:
    """What a sandbox listening beyond this computer exposes, or None on loopback."""
    from portal_sandbox.api.deps import is_loopback

    if is_loopback(host) or host == "localhost":
        return None
    where = "every network interface" if host in ("0.0.0.0", "::", "") else host
    controls = ("answer ANYONE on the network (--allow-remote-controls): they read every "
                "SMS code, the demo accounts' passwords and parents' IINs, move the clock and "
                "create accounts" if remote_controls else
                "answer only this computer; --allow-remote-controls would open them to the "
                "network")
    return (f"warning: the portal sandbox listens on {where}: anyone who can reach it can use "
            f"the portal, and the demo world's staff accounts share one published password "
            f"(--seed demo). The sandbox controls under /sandbox (SMS codes, demo passwords, "
            f"parents' IINs, the clock) {controls}.")


def simulate(args: argparse.Namespace) -> int:
    from portal_sandbox.simulator import run_simulator

    return run_simulator(args)


def reset(args: argparse.Namespace) -> int:
    from portal_sandbox.db import make_engine
    from portal_sandbox.models import Base

    settings = _settings(args)
    if settings.db_url is None:
        for name in ("portal.db", "portal.db-wal", "portal.db-shm"):
            (settings.data_dir / name).unlink(missing_ok=True)
        print(f"removed the sandbox's database in {settings.data_dir}")
    else:
        engine = make_engine(settings.db_url)
        with engine.begin() as connection:
            Base.metadata.drop_all(connection)
            connection.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        print("dropped the sandbox's tables")
    return 0


def openapi(args: argparse.Namespace) -> int:
    from portal_sandbox.app import create_app
    from portal_sandbox.portal import Portal

    settings = Settings(db_url="sqlite://")
    document = create_app(Portal(settings)).openapi()
    text = json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def check_modules(args: argparse.Namespace) -> int:
    """Import every module of the sandbox: the client's `--self-check` runs this to prove
    that an install (a PyInstaller bundle above all) left none of them, or of what they
    import, out."""
    import importlib
    import pkgutil

    import portal_sandbox

    failed = []
    names = [m.name for m in pkgutil.walk_packages(portal_sandbox.__path__, "portal_sandbox.")]
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # any failure to import is what this command reports
            failed.append(f"{name} ({type(exc).__name__}: {exc})")
    if failed:
        print("cannot import: " + "; ".join(failed), flush=True)
        return 1
    print(f"imported {len(names)} modules", flush=True)
    return 0


def _rate(text: str) -> str:
    from limits import parse

    try:
        parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a rate such as '5 per 15 minutes': {text}") \
            from exc
    return text


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="python -m portal_sandbox",
        description="The BALABAQSHA portal sandbox: the voucher portal, runnable locally.")
    commands = top.add_subparsers(dest="command", required=True)

    def storage(p: argparse.ArgumentParser) -> None:
        p.add_argument("--db", help="SQLAlchemy URL (default: SQLite in the data folder)")
        p.add_argument("--data-dir", help=f"data folder (default: {default_data_dir()})")

    p = commands.add_parser("serve", help="run the portal")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765, help="0 picks a free port")
    p.add_argument("--seed", choices=["demo", "empty"], default="empty",
                   help="demo: build the demo world if the database has none")
    p.add_argument("--demo-families", type=int, default=300, help=argparse.SUPPRESS)
    p.add_argument("--simulate", action="store_true",
                   help="also run the parent simulator against this portal")
    p.add_argument(
        "--confirm-unit",
        choices=[u.value for u in DayUnit],
        default="working",
        help="how the 2-day confirmation deadline counts (the guide says both)",
    )
    p.add_argument("--allow-remote-controls", action="store_true",
                   help="let other computers use the sandbox controls under /sandbox (SMS "
                        "codes, demo passwords, parents' IINs); by default only this one")
    p.add_argument("--scheduler-seconds", type=float, default=30.0, help=argparse.SUPPRESS)
    # Tests tighten these to reach the limits quickly (`limits` notation: "3 per minute").
    p.add_argument("--login-failures-per-account", type=_rate, help=argparse.SUPPRESS)
    p.add_argument("--login-failures-per-source", type=_rate, help=argparse.SUPPRESS)
    p.add_argument("--exit-with-parent", action="store_true",
                   help="stop when standard input closes (the program that started this "
                        "sandbox has ended)")
    p.add_argument("--log-level", default="warning",
                   choices=["critical", "error", "warning", "info", "debug"])
    storage(p)
    p.set_defaults(run=serve)

    p = commands.add_parser("simulate", help="drive simulated parents through a portal")
    p.add_argument("--portal", default="http://127.0.0.1:8765", help="the portal's URL")
    p.add_argument("--speed", type=float, default=1.0,
                   help="simulated hours per real second (the sandbox clock moves on)")
    p.add_argument("--steps", type=int, default=0, help="stop after N steps (0: run on)")
    p.add_argument("--seed", type=int, default=1, help="random seed")
    p.set_defaults(run=simulate)

    p = commands.add_parser("reset", help="throw the sandbox's world away")
    storage(p)
    p.set_defaults(run=reset)

    p = commands.add_parser("check-modules", help="import every module of the sandbox")
    p.set_defaults(run=check_modules)

    p = commands.add_parser("openapi", help="print the OpenAPI document")
    p.add_argument("--output", help="write it to this file")
    p.set_defaults(run=openapi)
    return top


# Warnings raised inside the signing libraries (pyHanko importing DSA from cryptography 51,
# ...) are for the next upgrade of the lock, not for whoever reads the sandbox's output: a
# training room sees it in the client's start dialog. The suite still fails on them when
# the project's own code raises them (pyproject.toml).
LIBRARY_WARNINGS = r"(pyhanko|pyhanko_certvalidator|asn1crypto|oscrypto)(\.|$)"


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    result: int = args.run(args)
    return result


def entry(argv: Sequence[str] | None = None) -> int:
    """The process's entry (here and in the bundled program): `main` without the signing
    libraries' own warnings."""
    warnings.filterwarnings("ignore", category=Warning, module=LIBRARY_WARNINGS)
    return main(argv)


if __name__ == "__main__":
    sys.exit(entry())
