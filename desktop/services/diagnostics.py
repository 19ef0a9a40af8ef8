"""What support asks for first, gathered in one place: the program's and libraries'
versions, the profile's folders, the local data's size, the last good sync, the newest
CRL's age, the keyring; and a zip of all that with the doctor's findings, the settings and
the logs and crash reports, for the person to send.

Nothing personal leaves in the zip: settings marked personal are left out, every member
passes through the privacy masker once more (a log line written before its names were
learnt is masked now), and the home folder is written as `~`.
"""

from __future__ import annotations

import io
import platform
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.services import credentials, doctor, logs
from desktop.services import settings as keys
from desktop.services.cache import Cache
from desktop.services.files import write_atomically
from desktop.services.privacy import mask
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.translation import qt_versions

# Settings keys whose values are Qt's binary blobs (window geometry): nothing to read.
_BLOB = "(binary)"
_PERSONAL = frozenset(s.key for s in vars(keys).values()
                      if isinstance(s, keys.Setting) and s.personal)


@dataclass(frozen=True)
class Diagnostics:
    version: str
    python: str
    qt: str
    pyside: str
    system: str
    qt_platform: str
    settings_file: Path
    data_dir: Path
    log_dir: Path
    cache_bytes: int
    last_sync: datetime | None
    crl_age_days: int | None
    keyring: str
    collected_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    def lines(self) -> list[str]:
        """For support, in English like the crash report."""
        def when(moment: datetime | None) -> str:
            return moment.isoformat(timespec="seconds") if moment else "never"

        return [
            f"Balabaqsha Desk {self.version}",
            f"Python {self.python}, Qt {self.qt}, PySide6 {self.pyside}",
            f"System: {self.system}",
            f"Qt platform plugin: {self.qt_platform}",
            f"Settings: {self.settings_file}",
            f"Data: {self.data_dir}",
            f"Logs: {self.log_dir}",
            f"Local data on disk: {self.cache_bytes} bytes",
            f"Last successful sync: {when(self.last_sync)}",
            "Newest CRL: " + ("none cached" if self.crl_age_days is None
                              else f"{self.crl_age_days} days old"),
            f"Keyring: {self.keyring}",
            f"Collected: {when(self.collected_at)}",
        ]


@dataclass(frozen=True)
class Versions:
    program: str
    python: str
    qt: str
    pyside: str


def versions() -> Versions:
    """The program's and its runtime's versions (no disk, no network: the About box's)."""
    return Versions(__version__, platform.python_version(), *qt_versions())


def collect(profile: Profile, cache: Cache | None, qt_platform: str,
            now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Diagnostics:
    """Reads the disk and the cache: call it off the GUI thread. `qt_platform` is the GUI's
    to tell (QGuiApplication.platformName()); a command line passes what it has."""
    from desktop.services.sync import last_sync_at

    moment = now()
    found = versions()
    return Diagnostics(
        version=found.program, python=found.python, qt=found.qt,
        pyside=found.pyside, system=platform.platform(), qt_platform=qt_platform,
        settings_file=profile.settings_file, data_dir=profile.data_dir,
        log_dir=profile.log_dir, cache_bytes=cache_size(profile),
        last_sync=last_sync_at(cache) if cache is not None else None,
        crl_age_days=doctor.crl_age_days(profile, moment),
        keyring=credentials.backend_name(), collected_at=moment)


def cache_size(profile: Profile) -> int:
    """Bytes the local data take: every cache of the profile with its journal files."""
    folder = profile.data_dir / "caches"
    if not folder.is_dir():
        return 0
    return sum(p.stat().st_size for p in folder.iterdir() if p.is_file())


def shareable_settings(settings: Settings) -> list[str]:
    """The settings as `key=value` lines, without the personal ones."""
    lines = []
    for key, value in sorted(settings.stored().items()):
        if key in _PERSONAL:
            continue
        shown = value if isinstance(value, str | int | float | bool) else _BLOB
        lines.append(f"{key}={shown}")
    return lines


def export(target: Path, profile: Profile, settings: Settings, info: Diagnostics,
           portal_url: str) -> Path:
    """Write the zip to `target`, whole or not at all (ExportFailed says why not). Runs
    the doctor's checks, so it reaches the network and the keyring: off the GUI thread."""
    findings = doctor.examine(profile, portal_url)
    members: dict[str, str] = {
        "versions.txt": "\n".join(info.lines()) + "\n",
        "doctor.txt": "".join(f"{f.state:8} {f.topic:8} {f.message}\n" for f in findings),
        "settings.ini": "\n".join(shareable_settings(settings)) + "\n",
    }
    for path in logs.log_files(profile.log_dir):
        members[f"logs/{path.name}"] = _read(path)
    for path in logs.crash_reports(profile.log_dir):
        members[f"crash-reports/{path.name}"] = _read(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, _shareable(text))
    return write_atomically(target, buffer.getvalue())


def export_name(now: datetime | None = None) -> str:
    return f"balabaqsha-desk-diagnostics-{(now or datetime.now()):%Y%m%d-%H%M}.zip"


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:  # a log rotated away meanwhile: say so rather than fail
        return f"(not readable: {exc})\n"


def _shareable(text: Any) -> str:
    home = str(Path.home())
    masked = mask(str(text))
    return masked.replace(home, "~") if len(home) > 1 else masked
