"""Screenshots of the client for a person to look at: every page of the main window and
the log-in dialog, in Kazakh, Russian and English, on the built-in portal's demo world.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m tests.desktop.screenshots

writes PNGs to /tmp/shots (or the folder given). Not a test: layouts are judged by eye.
The demo world is built on the first run into /tmp/shots-sandbox and reused after.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import keyring
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import dev
from desktop.services import settings as keys
from desktop.services.embedded import EmbeddedPortal
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.sync import SyncEngine
from desktop.services.workspace import sign_in
from desktop.views.dialogs.login_dialog import LoginDialog
from desktop.views.main_window import MainWindow
from desktop.views.runtime.fonts import install_fonts
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.sync_worker import SyncWorker
from desktop.views.runtime.tasks import Tasks
from tests.support.keyrings import MemoryKeyring

SIZE = (1280, 800)
PAGES = ("home", "requests", "groups", "contracts", "attention", "settings")


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    dev.compile_translations()
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_fonts(app)
    languages = LanguageSwitcher()
    portal = EmbeddedPortal(Path(tempfile.gettempdir()) / "shots-sandbox")
    portal.start(on_line=lambda line: print(f"  [sandbox] {line}"))
    try:
        demo = portal.demo()
        logins = demo.logins
        director = next(entry for entry in logins if "director" in entry["role"])
        profile = Profile.at(Path(tempfile.mkdtemp(prefix="shots-profile-")))
        settings = Settings(profile.settings_file)
        tasks = Tasks(inline=True)
        assert portal.url is not None
        for language in ("kk", "ru", "en"):
            settings.set(keys.LANGUAGE, language)
            languages.apply(language)
            login = LoginDialog(profile, settings, portal.url, tasks,
                                portal_key=portal.portal_key, demo_logins=logins,
                                demo_keys=demo.keys)
            login.show()
            login.demo_list.setCurrentRow(0)
            grab(login, out / f"login-{language}.png")
            login.tabs.setCurrentIndex(1)
            grab(login, out / f"login-key-{language}.png")
            login.tabs.setCurrentIndex(0)
            login.set_reachable(False)
            grab(login, out / f"login-offline-{language}.png")
            login.close()

        workspace = sign_in(profile, settings, portal.url, director["login"],
                            director["password"], "director", portal_key=portal.portal_key)
        engine = SyncEngine(workspace.cache, workspace.client)
        sync = SyncWorker(engine, workspace.client, tasks, interval_seconds=3600)
        window = MainWindow(workspace, tasks, settings, sync, sandbox=True,
                            languages=languages)
        window.resize(*SIZE)
        window.show()
        sync.sync_now()
        page = window.settings_page
        for language in ("kk", "ru", "en"):
            page.language.setCurrentIndex(page.language.findData(language))  # as staff do
            QCoreApplication.processEvents()
            for index, name in enumerate(PAGES):
                window.show_page(index)
                grab(window, out / f"main-{language}-{index + 1}-{name}.png")
            window.lock()
            grab(window, out / f"locked-{language}.png")
            window._unlocked(True)
        window.close()
        sync.stop()
        workspace.close()
    finally:
        portal.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/shots")))
