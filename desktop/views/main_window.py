"""The main window: navigation on the side, the pages beside it, the sync indicator in the
status bar; the idle lock; the role menu. It reacts and paints: every service call goes
through Tasks or the SyncWorker."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.models import kindergarten
from desktop.services import settings as keys
from desktop.services import vocabulary
from desktop.services import workspace as workspace_service
from desktop.services.settings import Settings
from desktop.services.workspace import Workspace
from desktop.views.dialogs.help import AboutDialog, ManualDialog
from desktop.views.pages.attention_page import AttentionPage
from desktop.views.pages.contracts_page import ContractsPage
from desktop.views.pages.groups_page import GroupsPage
from desktop.views.pages.home_page import HomePage
from desktop.views.pages.requests_page import RequestsPage
from desktop.views.pages.settings_page import SettingsPage
from desktop.views.runtime import resources
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.files import documents_folder, offer_saved_file
from desktop.views.runtime.first_paint import after_first_paint
from desktop.views.runtime.i18n import LanguageSwitcher
from desktop.views.runtime.idle_lock import IdleWatcher, LockPanel
from desktop.views.runtime.sync_worker import SyncWorker
from desktop.views.runtime.tasks import Tasks
from desktop.views.runtime.tray import TrayNotifier
from desktop.views.widgets.diagnostics_section import DiagnosticsSection
from desktop.views.widgets.sync_status import OFFLINE, ONLINE, SYNCING, StatusMessage, SyncStatusBar

log = logging.getLogger(__name__)

HOME, REQUESTS, GROUPS, CONTRACTS, ATTENTION, SETTINGS = range(6)
PAGE_ICONS = ("home", "requests", "groups", "contracts", "attention", "settings")
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
NAV_ICON_SIZE = 22
UNPAINTED_RELEASE_MS = 2000


class MainWindow(QMainWindow):
    """Signals:
        role_switched(str): the workspace now acts in this role.
        closed(): the window closed (the session ends with it).
        locked_changed(bool): the window locked (True: idle, the lock action, or the
            portal's session ended) or unlocked.
    """

    role_switched = Signal(str)
    closed = Signal()
    locked_changed = Signal(bool)

    # Built by the _build_* methods the constructor calls.
    pages: QStackedWidget
    navigation_panel: QWidget

    def __init__(self, workspace: Workspace, tasks: Tasks, settings: Settings,
                 sync: SyncWorker, *, sandbox: bool = False,
                 languages: LanguageSwitcher | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.settings = settings
        self.sync = sync
        self.sandbox = sandbox
        self.languages = languages
        self.kindergarten_name = ""
        self.locked = False
        self._renewing = False  # the lock panel asks for the password after a session ended
        self._attention_count = 0
        self._built = False
        self.manual: ManualDialog | None = None
        self.diagnostics: DiagnosticsSection | None = None
        self.report_message: QMessageBox | None = None
        self._reporting = False
        # Background work waits for the first paint (or, for a window kept hidden or
        # minimised, UNPAINTED_RELEASE_MS).
        tasks.hold()
        self._released = False

        self._build_pages()
        self._build_tray()
        self._build_navigation()
        self._build_status_bar()
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_idle_lock()
        self._connect_pages()
        self._connect_sync()
        self._built = True
        self.retranslate()
        self._restore_geometry()
        # The requests list read its first rows as it was built; the other pages read theirs
        # in the background, which starts once the window has painted (see Tasks.hold).
        self._load_pages()
        after_first_paint(self, self._painted)
        QTimer.singleShot(UNPAINTED_RELEASE_MS, self._painted)

    def _load_pages(self) -> None:
        for page in (self.home_page, self.groups_page, self.contracts_page,
                     self.attention_page):
            page.refresh()
        self._load_kindergarten_name()

    def _painted(self) -> None:
        if not self._released:
            self._released = True
            self.tasks.release()

    # building

    def _build_pages(self) -> None:
        ws = self.workspace
        self.home_page = HomePage(ws.cache, self.tasks, workspace=ws)
        self.requests_page = RequestsPage(ws, self.tasks, settings=self.settings)
        self.requests_page.bulk.settings = self.settings
        self.groups_page = GroupsPage(ws, self.tasks, self.settings)
        self.contracts_page = ContractsPage(ws.cache, self.tasks, self.settings, workspace=ws)
        self.attention_page = AttentionPage(ws.cache, self.tasks, self.sync, self.settings,
                                            workspace=ws)
        for menu in (self.home_page.menu, self.attention_page.menu):
            if menu is not None and menu.files is not None:
                menu.files.settings = self.settings
        self.settings_page = SettingsPage(self.settings)
        self.pages = QStackedWidget()
        for page in (self.home_page, self.requests_page, self.groups_page,
                     self.contracts_page, self.attention_page, self.settings_page):
            self.pages.addWidget(page)

    def _build_tray(self) -> None:
        self.tray = TrayNotifier(self.workspace.cache, self.tasks, self.settings, parent=self)
        self.tray.activated.connect(self._tray_activated)
        self.tray.noticed.connect(self._noticed)
        self.settings_page.tray_notices_changed.connect(self.tray.set_enabled)
        self.tray.notify_action.toggled.connect(self.settings_page.tray_notices.setChecked)

    def _build_navigation(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setIconSize(QSize(NAV_ICON_SIZE, NAV_ICON_SIZE))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setSpacing(2)
        for name in PAGE_ICONS:
            item = QListWidgetItem(self._icon(name), "")
            item.setSizeHint(QSize(0, NAV_ICON_SIZE + 14))
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sandbox_badge = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.sandbox_badge.setObjectName("sandboxBadge")
        self.sandbox_badge.setStyleSheet(
            "#sandboxBadge { background: #f5a623; color: #1a1a1a; font-weight: bold;"
            " border-radius: 4px; padding: 4px 6px; }")
        self.sandbox_badge.setVisible(self.sandbox)
        self.navigation_panel = QWidget()
        column = QVBoxLayout(self.navigation_panel)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.navigation, 1)
        column.addWidget(self.sandbox_badge)

    def _build_status_bar(self) -> None:
        self.sync_status = SyncStatusBar()
        self.sync_status.sync_requested.connect(self.sync_now)
        self.sync_status.cancel_requested.connect(self.sync.cancel)
        self.sync_status.attention_clicked.connect(lambda: self.show_page(ATTENTION))
        self.status_message = StatusMessage()
        self.statusBar().addWidget(self.status_message, 1)
        self.statusBar().addPermanentWidget(self.sync_status)
        self.tasks.busy_changed.connect(self.sync_status.set_busy)
        if not self.workspace.online:
            self.sync_status.set_state(OFFLINE)

    def _build_actions(self) -> None:
        self.page_actions: list[QAction] = []
        for index in range(len(PAGE_ICONS)):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: self.show_page(i))
            self.page_actions.append(action)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.sync_action.triggered.connect(self.sync_now)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.role_actions = QActionGroup(self)
        self.role_actions.setExclusive(True)
        self.manual_action = QAction(self)
        self.manual_action.setShortcut(QKeySequence(Qt.Key.Key_F1))
        self.manual_action.triggered.connect(self.show_manual)
        self.report_action = QAction(self)
        self.report_action.triggered.connect(self.report_problem)
        self.report_action.setEnabled(False)  # until the session gives its diagnostics
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        for action in (*self.page_actions, self.sync_action, self.find_action,
                       self.lock_action, self.quit_action, self.manual_action):
            self.addAction(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.session_menu = QMenu(self)
        self.session_menu.addAction(self.sync_action)
        self.session_menu.addAction(self.lock_action)
        self.role_menu = QMenu(self)
        self.session_menu.addMenu(self.role_menu)
        self.session_menu.addSeparator()
        self.session_menu.addAction(self.quit_action)
        self.go_menu = QMenu(self)
        for action in self.page_actions:
            self.go_menu.addAction(action)
        self.go_menu.addSeparator()
        self.go_menu.addAction(self.find_action)
        self.help_menu = QMenu(self)
        self.help_menu.addAction(self.manual_action)
        self.help_menu.addAction(self.report_action)
        self.help_menu.addSeparator()
        self.help_menu.addAction(self.about_action)
        bar.addMenu(self.session_menu)
        bar.addMenu(self.go_menu)
        bar.addMenu(self.help_menu)
        self._fill_role_menu()

    def _build_central(self) -> None:
        """The navigation beside the pages, or the lock panel in their place."""
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.navigation_panel)
        row.addWidget(self.pages, 1)
        self.lock_panel = LockPanel()
        self.lock_panel.unlock_requested.connect(self._unlock_with)
        self.central = QStackedWidget()
        self.central.addWidget(content)
        self.central.addWidget(self.lock_panel)
        self.setCentralWidget(self.central)

    def _build_idle_lock(self) -> None:
        self.idle = IdleWatcher(self.settings.get(keys.IDLE_LOCK_MINUTES) * 60_000, self)
        self.idle.idle_timed_out.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self.idle.start()

    def _connect_pages(self) -> None:
        """What the pages ask of the window, and of each other."""
        self.home_page.request_opened.connect(self.open_request)
        self.home_page.attention_requested.connect(lambda: self.show_page(ATTENTION))
        self.home_page.due_list_requested.connect(self.show_due_requests)
        self.requests_page.bulk.message_posted.connect(self._post_message)
        # A decision is in the outbox: the status bar's pending count says so at once, and
        # online it is sent at once.
        self.requests_page.decision_recorded.connect(lambda _id: self.decision_recorded())
        self.groups_page.changes_recorded.connect(self.decision_recorded)
        self.groups_page.roster.message_posted.connect(self._post_message)
        self.groups_page.group_requests_requested.connect(self.show_group_requests)
        self.groups_page.message_posted.connect(self._post_message)
        self.contracts_page.message_posted.connect(self._post_message)
        # The other lists' context menus open and decide on requests as the list does.
        for lister in (self.contracts_page, self.attention_page):
            lister.request_opened.connect(self.open_request)
        for shown in (self.home_page, self.contracts_page, self.attention_page):
            shown.decision_requested.connect(self.requests_page.decide)
        for menu in (self.home_page.menu, self.attention_page.menu):
            if menu is not None and menu.files is not None:
                menu.files.message_posted.connect(self._post_message)
        self.settings_page.language_chosen.connect(self._language_chosen)
        self.settings_page.sync_interval_changed.connect(self.sync.set_interval)
        self.settings_page.idle_lock_changed.connect(
            lambda minutes: self.idle.set_timeout_ms(minutes * 60_000))

    def _fill_role_menu(self) -> None:
        self.role_menu.clear()
        for action in self.role_actions.actions():
            self.role_actions.removeAction(action)
        roles = self.workspace.available_roles or self.workspace.roles
        current = self.workspace.roles[0] if len(self.workspace.roles) == 1 else None
        for role in roles:
            action = QAction(vocabulary.role(role), self.role_menu)
            action.setCheckable(True)
            action.setChecked(role == current)
            action.setData(role)
            action.triggered.connect(lambda _checked=False, r=role: self.ask_role_switch(r))
            self.role_actions.addAction(action)
            self.role_menu.addAction(action)
        self.role_menu.menuAction().setVisible(len(roles) > 1)

    @staticmethod
    def _icon(name: str) -> QIcon:
        path = resources.icons_dir() / f"{name}.svg"
        return QIcon(str(path)) if path.exists() else QIcon()

    # texts

    def retranslate(self) -> None:
        for index, name in enumerate(self.page_names()):
            item = self.navigation.item(index)
            item.setText(name)
            item.setToolTip(f"{name} (Ctrl+{index + 1})")
            self.page_actions[index].setText(name)
        self.sandbox_badge.setText(self.tr("Sandbox"))
        self.sandbox_badge.setToolTip(self.tr(
            "You are working on the built-in training portal: the children and requests "
            "here are made up, and nothing reaches the real portal."))
        self.sync_action.setText(self.tr("Sync now"))
        self.find_action.setText(self.tr("Find"))
        self.lock_action.setText(self.tr("Lock"))
        self.quit_action.setText(self.tr("Quit"))
        self.session_menu.setTitle(self.tr("&Session"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.manual_action.setText(self.tr("User manual"))
        self.report_action.setText(self.tr("Report a problem…"))
        self.report_action.setToolTip(self.tr(
            "Save a report for support: versions, checks and logs, without personal data"))
        self.about_action.setText(self.tr("About {program}").format(program=APP_NAME))
        self.role_menu.setTitle(self.tr("Act as"))
        for action in self.role_actions.actions():
            action.setText(vocabulary.role(str(action.data())))
        self.requests_page.retranslate()
        self.tray.retranslate()
        self._update_title()
        self.retranslate_navigation_counts()  # the attention count, and the width

    def page_names(self) -> list[str]:
        return [self.tr("Today"), self.tr("Requests"), self.tr("Groups"),
                self.tr("Contracts"), self.tr("Needs attention"), self.tr("Settings")]

    def _update_title(self) -> None:
        parts = []
        if self.kindergarten_name:
            parts.append(self.kindergarten_name)
        roles = ", ".join(vocabulary.role(r) for r in self.workspace.roles)
        if roles:
            parts.append(roles)
        if self.sandbox:
            parts.append(self.tr("Sandbox"))
        parts.append(APP_NAME)
        self.setWindowTitle(" — ".join(parts))

    def _fit_navigation(self) -> None:
        """Wide enough for the longest page name in the current language: Kazakh and
        Russian names run much longer than English ones."""
        metrics = self.navigation.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.navigation.item(i).text())
                      for i in range(self.navigation.count())), default=0)
        badge = self.sandbox_badge.sizeHint().width() if self.sandbox else 0
        frame = 2 * self.navigation.frameWidth() + 2 * self.navigation.spacing()
        width = max(widest + NAV_ICON_SIZE + 32 + frame, min(badge, 220), 140)
        self.navigation.setFixedWidth(width)

    def changeEvent(self, event: QEvent) -> None:
        # A translator installed while the window is being built sends LanguageChange
        # before its widgets exist; the end of __init__ translates everything anyway.
        if event.type() == QEvent.Type.LanguageChange and self._built:
            self.retranslate()
        super().changeEvent(event)

    # navigation

    def show_page(self, index: int) -> None:
        if self.locked:
            return
        self.navigation.setCurrentRow(index)

    @property
    def current_page(self) -> int:
        return self.pages.currentIndex()

    def open_request(self, request_id: int) -> None:
        """The requests page, with `request_id` selected (when its filter shows it) and
        its details open."""
        self.show_page(REQUESTS)
        self.requests_page.select_request(request_id)
        self.requests_page.open_request(request_id)

    def show_due_requests(self) -> None:
        """The requests list filtered to the deadlines the home page counts: with the
        kindergarten, ending within one working day."""
        self.show_page(REQUESTS)
        page = self.requests_page
        for combo, data in ((page.status_filter, "with_us"),
                            (page.deadline_filter, "within:1")):
            if combo.findData(data) >= 0:
                combo.setCurrentIndex(combo.findData(data))

    def show_group_requests(self, group_id: int) -> None:
        """The requests list filtered to one group."""
        self.show_page(REQUESTS)
        combo = self.requests_page.group_filter
        if combo.findData(group_id) >= 0:
            combo.setCurrentIndex(combo.findData(group_id))

    def _tray_activated(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_page(HOME)

    def _noticed(self, title: str, text: str) -> None:
        # Without a tray the notice still reaches the person, in the status bar.
        if self.tray.icon is None:
            self.status_message.show_message(f"{title}: {text}", 30_000)

    def focus_search(self) -> None:
        page = self.pages.currentWidget()
        if page is None:
            return
        focus = getattr(page, "focus_search", None)
        if callable(focus):
            focus()
            return
        field = page.findChild(QLineEdit)
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh_pages(self) -> None:
        for page in (self.home_page, self.requests_page, self.groups_page,
                     self.contracts_page, self.attention_page):
            refresh = getattr(page, "refresh", None)
            if callable(refresh):
                refresh()

    # sync

    def _connect_sync(self) -> None:
        sync = self.sync
        sync.sync_started.connect(lambda: self.sync_status.set_state(SYNCING))
        sync.sync_progressed.connect(self.sync_status.set_progress)
        sync.sync_finished.connect(self._sync_finished)
        sync.sync_failed.connect(self._sync_failed)
        sync.status_changed.connect(self._status_changed)
        sync.went_offline.connect(self._went_offline)
        sync.came_online.connect(lambda: self.sync_status.set_state(ONLINE))
        sync.session_expired.connect(self._session_expired)
        sync.mass_deletion_suspected.connect(self._ask_mass_deletion)

    def sync_now(self) -> None:
        if not self.locked:
            self.sync.sync_now()

    def decision_recorded(self) -> None:
        """A decision or a change to groups is in the outbox with its local effect: the
        places it moves show at once on the Groups page and Today, and it is sent."""
        self.groups_page.refresh()
        self.home_page.refresh()
        self.send_outbox()

    def send_outbox(self) -> None:
        """What staff just recorded goes to the portal now, when it can be reached."""
        if self.locked:
            self.sync.refresh_status()
        else:
            self.sync.send_outbox()

    def _sync_finished(self, _summary: Any) -> None:
        self.workspace.online = True
        self.sync_status.set_state(ONLINE)
        self.refresh_pages()
        self._load_kindergarten_name()
        self.tray.check()

    def _went_offline(self) -> None:
        # Said after sync_failed, which comes while the worker still counted as online.
        self.sync_status.set_state(OFFLINE)
        self.workspace.online = False
        self.requests_page.online_changed()

    def _sync_failed(self, message: str) -> None:
        self.sync_status.set_state(ONLINE if self.sync.online else OFFLINE)
        self.workspace.online = self.sync.online
        self.status_message.show_message(message, 15_000)

    def _status_changed(self, status: Any) -> None:
        self.sync_status.set_status(status)
        self._attention_count = self.sync_status.attention
        self.retranslate_navigation_counts()

    def retranslate_navigation_counts(self) -> None:
        name = self.page_names()[ATTENTION]
        item = self.navigation.item(ATTENTION)
        item.setText(f"{name} ({self._attention_count})" if self._attention_count else name)
        self._fit_navigation()

    def _ask_mass_deletion(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Allow the portal's changes?"),
                          message, QMessageBox.StandardButton.Yes
                          | QMessageBox.StandardButton.No, self)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self.sync.sync_now(allow_mass_delete=True)
                             if result == QMessageBox.StandardButton.Yes else None)
        box.open()

    def _load_kindergarten_name(self) -> None:
        cache, kindergarten_id = self.workspace.cache, self.workspace.kindergarten_id
        self.tasks.run(lambda: kindergarten.name(cache, kindergarten_id),
                       on_done=self._kindergarten_named)

    def _kindergarten_named(self, name: str) -> None:
        if name:
            self.kindergarten_name = name
            self._update_title()

    # language

    def _language_chosen(self, language: str) -> None:
        if self.languages is not None:
            self.languages.apply(language)
        client = self.workspace.client
        self.tasks.run(lambda: client.set_language(language))

    def _post_message(self, text: str) -> None:
        """What a page just did, in the status bar for a while."""
        self.status_message.show_message(text, 15_000)

    # help

    def show_manual(self) -> ManualDialog:
        """The manual, in the interface's language (one window, raised when open)."""
        if self.manual is None:
            self.manual = ManualDialog(self)
        self.manual.show()
        self.manual.raise_()
        self.manual.activateWindow()
        return self.manual

    def show_about(self) -> AboutDialog:
        about = AboutDialog(self.workspace.portal_url, self.sandbox, self)
        about.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        about.open()
        return about

    def set_diagnostics(self, section: DiagnosticsSection) -> None:
        """Settings → Diagnostics, which "Report a problem…" also uses to write its zip."""
        self.settings_page.set_diagnostics(section)
        self.diagnostics = section
        section.exported.connect(self._report_saved)
        section.export_failed.connect(self._report_failed)
        self.report_action.setEnabled(True)

    def report_problem(self) -> None:
        """Write the diagnostics zip to Documents, then say where it is and what to do."""
        from desktop.services.diagnostics import export_name

        if self.diagnostics is None:
            return
        self._reporting = True
        self.diagnostics.export_to(documents_folder() / export_name())

    def _report_saved(self, path: str) -> None:
        if not self._reporting:
            return  # exported from Settings: the section says so itself
        self._reporting = False
        self.report_message = offer_saved_file(
            self, Path(path), self.tr("Report a problem"), self.tr(
                "The report is saved as:\n{path}\n\nSend this file to support (by e-mail or "
                "a messenger) with a few words on what you were doing and what went wrong. "
                "It holds the program's versions, checks and logs, with IINs, names, phone "
                "numbers and e-mail addresses masked.").format(path=path), can_open=False)

    def _report_failed(self, message: str) -> None:
        if not self._reporting:
            return
        self._reporting = False
        QMessageBox.warning(self, self.tr("Report a problem"), message)
        if self.diagnostics is not None:
            self.diagnostics.ask_where_to_export()

    # the lock

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.tray.discreet = True
        self.idle.stop()
        self.central.setCurrentWidget(self.lock_panel)
        self.menuBar().setEnabled(False)
        for action in self.actions():
            action.setEnabled(False)
        self.lock_panel.prepare(self.workspace.login)
        log.info("session locked")
        self.locked_changed.emit(True)

    def _unlock_with(self, password: str) -> None:
        workspace = self.workspace
        if self._renewing:
            role = workspace_service.acting_role(workspace)

            def renew() -> bool:
                workspace.client.login(workspace.login, password, role)
                return True

            self.tasks.run(renew, on_done=self._unlocked, on_failed=self._unlock_failed)
            return
        self.tasks.run(lambda: workspace_service.unlock(workspace, password),
                       on_done=self._unlocked, on_failed=self._unlock_failed)

    def _unlocked(self, ok: bool) -> None:
        if not ok:
            self.lock_panel.refuse(self.tr("The password is wrong."))
            return
        renewed = self._renewing
        self._renewing = False
        self.locked = False
        self.tray.discreet = False
        self.central.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        for action in self.actions():
            action.setEnabled(True)
        self.idle.start()
        log.info("session unlocked")
        self.locked_changed.emit(False)
        if renewed:
            self.sync.sync_now()

    def _unlock_failed(self, failure: Failure) -> None:
        code = getattr(failure.error, "code", "")
        if code in workspace_service.WRONG_PASSWORD_CODES:
            self.lock_panel.refuse(self.tr("The password is wrong."))
        else:
            self.lock_panel.refuse(failure.message)

    def _session_expired(self) -> None:
        self._renewing = True
        if not self.locked:
            self.lock()
        self.lock_panel.message.setText(self.tr(
            "Your session on the portal has ended. Enter your password to sign in again."))

    # roles

    def ask_role_switch(self, role: str) -> None:
        # Nothing is asked: the session proved who this is, and the roles are the ones the
        # portal granted (kept for when it is away).
        if self.workspace.roles != [role]:
            self.switch_role(role)

    def switch_role(self, role: str) -> None:
        workspace = self.workspace
        self.tasks.run(lambda: workspace_service.switch_role(workspace, role),
                       on_done=lambda _ws: self._role_switched(role),
                       on_failed=self._role_switch_failed,
                       progress_label=self.tr("Switching role…"))

    def _role_switched(self, role: str) -> None:
        self.settings.set(keys.LAST_ROLE, role)
        self._fill_role_menu()
        self._update_title()
        self.groups_page.update_actions()
        self.role_switched.emit(role)
        # Online, what the new role may see comes down now (and its decisions can go up).
        self.sync.send_outbox()

    def _role_switch_failed(self, failure: Failure) -> None:
        self._fill_role_menu()
        QMessageBox.warning(self, self.tr("The role was not switched"), failure.message)

    # geometry

    def _restore_geometry(self) -> None:
        geometry = self.settings.raw(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1180, 740)
        state = self.settings.raw(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        # Every start opens on Today, whoever signs in: the day's work begins there, and a
        # page left open by a colleague on a shared PC is not the next person's.
        self.navigation.setCurrentRow(HOME)

    def save_geometry(self) -> None:
        self.settings.set_raw(GEOMETRY_KEY, self.saveGeometry())
        self.settings.set_raw(STATE_KEY, self.saveState())
        for page in (self.groups_page, self.contracts_page, self.attention_page):
            page.save_state()
        self.requests_page.save_columns()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_geometry()
        self.tray.hide()
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        super().closeEvent(event)
        self.closed.emit()
