"""The composition root: the application object, fonts, language, settings, logging and
the error dialog; the built-in training portal when no portal is configured; then the
session (log-in dialog, main window) until the person quits."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import APP_NAME, __version__, startup
from desktop.services import settings as keys
from desktop.services.embedded import EmbeddedPortal
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.views.dialogs.error_dialog import install_excepthook, show_error_dialog
from desktop.views.runtime import resources
from desktop.views.runtime.desk_session import DeskSession
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.fonts import install_fonts
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.logs import install_logging
from desktop.views.runtime.sandbox_start import SandboxStartDialog
from desktop.views.runtime.tasks import Tasks

log = logging.getLogger(__name__)


def _application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Balabaqsha")
    icon = resources.icons_dir() / "app.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _show_failure(failure: Failure) -> None:
    """Failures nobody else handled: known ones as a message, bugs with a report."""
    if failure.known:
        box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, failure.message)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    else:
        show_error_dialog(failure)


def main(profile: Profile, portal_url: str | None, *, debug: bool = False) -> int:
    """Runs the window until the person quits; a failure before it shows is told in the
    person's language (desktop.startup) and ends with startup.START_FAILED."""
    settings = Settings(profile.settings_file)
    language = settings.get(keys.LANGUAGE)
    log_file = install_logging(
        profile.log_dir, debug=debug,
        on_fatal=lambda message: startup.qt_fatal(language, message, log_file))
    log.info("Balabaqsha Desk %s starting; log %s", __version__, log_file)
    app = _application()
    install_excepthook()
    tasks = Tasks(app)
    embedded: EmbeddedPortal | None = None
    try:
        try:
            family = install_fonts(app)
            log.info("interface font: %s", family)
            languages = LanguageSwitcher(app)
            languages.apply(language)
            tasks.task_failed.connect(_show_failure)
            url = portal_url or settings.get(keys.PORTAL_URL)
            if not url:
                embedded = EmbeddedPortal(profile.sandbox_dir)
                starting = SandboxStartDialog(embedded, tasks)
                if starting.exec() != SandboxStartDialog.DialogCode.Accepted or \
                        embedded.url is None:
                    return 1
                url = embedded.url
            session = DeskSession(profile, settings, tasks, languages, url,
                                  embedded=embedded)
            session.finished.connect(app.exit)
            session.start()
        except Exception as exc:
            log.exception("the start failed")
            return startup.tell(startup.start_failure(language, exc, log_file))
        return app.exec()
    finally:
        tasks.shutdown()
        if embedded is not None:
            embedded.stop()
        log.info("Balabaqsha Desk stopped")
