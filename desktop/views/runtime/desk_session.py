"""One run of the program from sign-in to quit: the log-in dialog, then the main window
with its sync worker, and the clean-up when the window closes."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from desktop.services import credentials, review, roles
from desktop.services import settings as keys
from desktop.services.embedded import Demo, DemoKeys, EmbeddedPortal
from desktop.services.portal_api import PortalClient
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.workspace import Workspace
from desktop.views.dialogs.decision_dialogs import role_text
from desktop.views.dialogs.login_dialog import LoginDialog
from desktop.views.main_window import MainWindow
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.first_paint import after_first_paint
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.sync_worker import SyncWorker, sync_engine
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.diagnostics_section import DiagnosticsSection

# The contract workflow (SQLAlchemy, pyHanko, cryptography), the prefetch and the template
# editor (reportlab) load in the background after the window has painted, or when used.
if TYPE_CHECKING:
    from desktop.services.contract_flow import ContractFlow
    from desktop.services.prefetch import Prefetcher
    from desktop.views.contracts.template_editor import TemplateEditor

log = logging.getLogger(__name__)

# Logged when the first window a person sees has painted: the program's start, as the log
# tells it (and as bench/bundle.py times it).
SIGN_IN_PAINTED = "the log-in window has painted"
# How often the training portal is looked at, to start it again if it died.
SANDBOX_WATCH_MS = 5000


@dataclass(frozen=True)
class _Surroundings:
    reachable: bool = False
    demo: Demo = field(default_factory=Demo)
    keyring_missing: bool = False


def _look_around(portal_url: str, embedded: EmbeddedPortal | None,
                 secrets_in_file: bool) -> _Surroundings:
    """Whether the portal answers, the training portal's staff accounts, and whether the
    OS keyring keeps secrets (not asked once they were put in the encrypted file)."""
    keyring_missing = not secrets_in_file and not credentials.keyring_works()
    client = PortalClient(portal_url)
    try:
        client.ping()
        reachable = True
    except Exception:  # any failure means the same here: offer the offline way in
        reachable = False
    finally:
        client.close()
    demo = embedded.demo() if embedded is not None and reachable else Demo()
    return _Surroundings(reachable, demo, keyring_missing)


def _load_contract_modules() -> None:
    from desktop.services import contract_flow, templates  # noqa: F401


class DeskSession(QObject):
    """Signals: finished(int) with the exit code, when the person quits."""

    finished = Signal(int)

    def __init__(self, profile: Profile, settings: Settings, tasks: Tasks,
                 languages: LanguageSwitcher, portal_url: str, *,
                 embedded: EmbeddedPortal | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.profile = profile
        self.settings = settings
        self.tasks = tasks
        self.languages = languages
        self.portal_url = portal_url
        self.embedded = embedded
        # The training portal's test keys, shown where keys are asked for.
        self.demo_keys: DemoKeys | None = None
        self.dialog: LoginDialog | None = None
        self.window: MainWindow | None = None
        self.workspace: Workspace | None = None
        self.sync: SyncWorker | None = None
        self._prefetcher: Prefetcher | None = None
        self.contracts: ContractFlow | None = None
        self.template_editor: TemplateEditor | None = None
        self._restarting = False
        if embedded is not None and not embedded.shared:
            watch = QTimer(self)
            watch.setInterval(SANDBOX_WATCH_MS)
            watch.timeout.connect(self._watch_sandbox)
            watch.start()

    def _watch_sandbox(self) -> None:
        """A training portal that died (killed, crashed) is started again on its port, so
        the desk goes on as after any lost connection: its work waits in the outbox."""
        embedded = self.embedded
        if embedded is None or self._restarting or not embedded.died:
            return
        self._restarting = True
        log.warning("the training portal stopped; starting it again")
        self.tasks.run(embedded.restart, on_done=self._sandbox_restarted,
                       on_failed=self._sandbox_restart_failed, progress_label=None)

    def _sandbox_restarted(self, url: str) -> None:
        self._restarting = False
        log.info("the training portal runs again at %s", url)
        if self.sync is not None:
            self.sync.sync_now()

    def _sandbox_restart_failed(self, failure: Failure) -> None:
        # Tried again at the next look; meanwhile the desk works offline.
        self._restarting = False
        log.warning("the training portal did not start again: %s", failure.message)

    def start(self) -> None:
        url, embedded = self.portal_url, self.embedded
        in_file = self.settings.get(keys.SECRETS_IN_FILE)
        self.tasks.run(lambda: _look_around(url, embedded, in_file),
                       on_done=self._ask_to_sign_in,
                       on_failed=lambda _failure: self._ask_to_sign_in(_Surroundings()),
                       progress_label=None)

    def _ask_to_sign_in(self, found: _Surroundings) -> None:
        dialog = LoginDialog(self.profile, self.settings, self.portal_url, self.tasks,
                             portal_key=self.embedded.portal_key if self.embedded else None,
                             demo_logins=found.demo.logins, demo_keys=found.demo.keys,
                             keyring_missing=found.keyring_missing)
        self.demo_keys = found.demo.keys
        dialog.set_reachable(found.reachable)
        dialog.finished.connect(self._login_finished)
        self.dialog = dialog
        after_first_paint(dialog, lambda: log.info(SIGN_IN_PAINTED))
        dialog.show()

    def _login_finished(self, result: int) -> None:
        dialog = self.dialog
        self.dialog = None
        if dialog is None or result != QDialog.DialogCode.Accepted or dialog.workspace is None:
            self.finished.emit(0)
            return
        self.open_window(dialog.workspace)
        dialog.deleteLater()

    def open_window(self, workspace: Workspace) -> MainWindow:
        self.workspace = workspace
        engine = sync_engine(workspace.cache, workspace.client)
        self.sync = SyncWorker(engine, workspace.client, self.tasks,
                               interval_seconds=self.settings.get(keys.SYNC_INTERVAL_SECONDS),
                               online=workspace.online, parent=self)
        self.window = MainWindow(workspace, self.tasks, self.settings, self.sync,
                                 sandbox=self.embedded is not None, languages=self.languages)
        self.window.closed.connect(self._window_closed)
        self.window.set_diagnostics(DiagnosticsSection(
            self.profile, self.settings, self.tasks, workspace.cache, workspace.portal_url))
        self.sync.sync_finished.connect(self._after_sync)
        window = self.window
        # The workflow's libraries load on a worker, once the window has painted (the
        # window holds background work until then).
        self.tasks.run(_load_contract_modules,
                       on_done=lambda _modules: self._wire_contracts(window, workspace))
        window.show()
        self.sync.start()
        if self.embedded is not None:
            # Sandbox mode: its test root and CRL, so the parents' signatures check out.
            data_dir, url = self.profile.data_dir, workspace.portal_url

            def refresh_trust() -> None:
                from desktop.services import trust

                trust.refresh_sandbox(data_dir, url)

            self.tasks.run(refresh_trust, on_failed=lambda failure: log.info(
                "the sandbox's trust root was not fetched: %s", failure.message),
                progress_label=None)
        return window

    def _wire_contracts(self, window: MainWindow, workspace: Workspace) -> None:
        """The contract workflow of this workspace, on the contracts and settings pages."""
        from desktop.services.contract_flow import ContractFlow
        from desktop.services.templates import TemplateStore, templates_dir

        if self.window is not window:
            return  # the window closed meanwhile
        data_dir = self.profile.data_dir
        settings = self.settings
        flow = ContractFlow(workspace, data_dir, sandbox=self.embedded is not None,
                            templates=TemplateStore(templates_dir(data_dir)),
                            tsa_url=lambda: settings.get(keys.TSA_URL))
        self.contracts = flow
        page = window.contracts_page
        page.set_flow(flow)
        page.demo_keys = self.demo_keys
        page.changes_recorded.connect(window.send_outbox)
        # Key passwords kept for the session are forgotten when the window locks (and with
        # the flow, at sign-out).
        window.locked_changed.connect(lambda locked: flow.passwords.forget() if locked
                                      else None)
        window.role_switched.connect(lambda _role: self._roles_changed())
        self.languages.language_changed.connect(lambda _language: self._roles_changed())
        window.settings_page.templates_requested.connect(self.open_templates)
        self._roles_changed()

    def _roles_changed(self) -> None:
        window, workspace = self.window, self.workspace
        if window is None or workspace is None:
            return
        window.contracts_page.update_actions()
        refused = roles.refusal(roles.TEMPLATES, workspace.roles, workspace.available_roles)
        window.settings_page.set_templates_access(
            role_text(refused) if refused is not None else None)

    def open_templates(self) -> TemplateEditor | None:
        """The administrator's contract template editor."""
        from desktop.views.contracts.template_editor import TemplateEditor

        if self.window is None or self.contracts is None:
            return None
        if self.template_editor is not None:
            self.template_editor.raise_()
            self.template_editor.activateWindow()
            return self.template_editor
        editor = TemplateEditor(self.contracts.templates, self.tasks, parent=self.window)
        editor.finished.connect(lambda _result: setattr(self, "template_editor", None))
        self.template_editor = editor
        editor.show()
        return editor

    def _after_sync(self, _summary: object) -> None:
        """What follows a good sync in the background: the documents of requests that need
        action come down while the connection is there (for work offline later), and the
        portal's decline reasons are kept fresh for the decline dialog offline."""
        workspace = self.workspace
        if workspace is None:
            return
        if self._prefetcher is None:
            from desktop.services.prefetch import Prefetcher

            prefetcher = Prefetcher(workspace.cache, workspace.documents, workspace.client)
            self._prefetcher = prefetcher

            def finished(_result: object) -> None:
                self._prefetcher = None

            def failed(failure: Failure) -> None:
                self._prefetcher = None
                self._background_failed(failure)

            self.tasks.run(prefetcher.run, on_done=finished, on_failed=failed,
                           progress_label=None)
        self.tasks.run(lambda: review.fetch_decline_reasons_if_never_kept(
            workspace.client, workspace.cache), on_failed=self._background_failed,
            writes_cache=True)

    def _background_failed(self, failure: Failure) -> None:
        # Background work that failed waits for the next sync; a bug still reaches the
        # error dialog through Tasks.task_failed.
        log.info("background work after the sync failed: %s", failure.message)

    def _window_closed(self) -> None:
        if self.contracts is not None:
            self.contracts.passwords.forget()
        if self._prefetcher is not None:
            self._prefetcher.cancel()
        if self.sync is not None:
            self.sync.stop()
        self.tasks.shutdown()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        self.finished.emit(0)
