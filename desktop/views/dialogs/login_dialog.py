"""The log-in dialog: a password (with the role, when the account has several), or the EDS
AUTH key; on the training portal, its staff accounts to pick from; and, when the portal
cannot be reached, opening the last user's saved data offline."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services import cache_backup, credentials, vocabulary
from desktop.services import settings as keys
from desktop.services import workspace as workspace_service
from desktop.services.cache import CacheCorrupt, CacheLost
from desktop.services.embedded import DemoKeys
from desktop.services.portal_api import PortalClient, PortalRefused, PortalUnreachable
from desktop.services.profile import Profile
from desktop.services.settings import Settings
from desktop.services.workspace import Workspace
from desktop.views.runtime.failures import Failure
from desktop.views.runtime.tasks import Tasks
from desktop.views.widgets.labels import bold_label, message_label

log = logging.getLogger(__name__)

def _sign_in_with_key(profile: Profile, settings: Settings, portal_url: str,
                      portal_key: str | None, path: str, password: str,
                      role: str | None) -> Workspace:
    from desktop.services import eds  # cryptography: only for a key

    key = eds.load_key(Path(path), password)
    login = key.identity.iin or key.identity.common_name
    client = PortalClient(portal_url, language=settings.get(keys.LANGUAGE))
    try:
        eds.login_with_loaded_key(client, key, role=role)
        return workspace_service.sign_in_with_tokens(profile, settings, portal_url, login,
                                                     client, portal_key=portal_key)
    except Exception:
        client.close()
        raise


def _restore(path: Path) -> cache_backup.Restored:
    key = credentials.cache_key(path.stem, create=False)
    if key is None:
        raise cache_backup.NoGoodBackup([])
    return cache_backup.restore(path, key)


class LoginDialog(QDialog):
    """`workspace` holds the signed-in workspace once the dialog is accepted."""

    def __init__(self, profile: Profile, settings: Settings, portal_url: str, tasks: Tasks,
                 *, portal_key: str | None = None,
                 demo_logins: list[dict[str, str]] | None = None,
                 demo_keys: DemoKeys | None = None, keyring_missing: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._portal_key = portal_key
        self._profile = profile
        self._settings = settings
        self._portal_url = portal_url
        self._tasks = tasks
        self._demo = list(demo_logins or [])
        self._demo_keys = demo_keys
        self._busy = False
        self._pending: Workspace | None = None  # signed in, waiting for a role choice
        self._again = self.sign_in  # what a restored cache is opened with: the last attempt
        self.workspace: Workspace | None = None
        # No OS keyring: said once, with the encrypted file offered in its place.
        self._keyring_missing = keyring_missing
        if settings.get(keys.SECRETS_IN_FILE):
            credentials.use_file(profile.secrets_dir)

        self.heading = bold_label(1.3)
        self.portal_label = QLabel(wordWrap=True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_password_tab(), "")
        self.tabs.addTab(self._build_key_tab(), "")
        self._build_demo_list()
        self._build_messages()
        self._build_buttons()
        self._build_layout()
        self._connect()

        self.setMinimumWidth(520)
        self._show_known_roles()
        self.retranslate()
        if self.login.text():
            self.password.setFocus()

    # building

    def _build_password_tab(self) -> QWidget:
        self.login = QLineEdit(self._settings.get(keys.LAST_LOGIN))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role_label = QLabel()
        self.login_label = QLabel()
        self.password_label = QLabel()
        tab = QWidget()
        self.password_form = QFormLayout(tab)
        self.password_form.addRow(self.login_label, self.login)
        self.password_form.addRow(self.password_label, self.password)
        self.password_form.addRow(self.role_label, self.role)
        return tab

    def _build_key_tab(self) -> QWidget:
        self.key_path = QLineEdit(self._settings.get(keys.LAST_KEY_PATH))
        self.key_browse = QPushButton()
        self.key_password = QLineEdit()
        self.key_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_label = QLabel()
        self.key_password_label = QLabel()
        self.key_note = QLabel(wordWrap=True)
        self.demo_keys_note = message_label()  # under the tabs, while the EDS tab is shown
        tab = QWidget()
        form = QFormLayout(tab)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_path, 1)
        key_row.addWidget(self.key_browse)
        form.addRow(self.key_label, key_row)
        form.addRow(self.key_password_label, self.key_password)
        form.addRow(self.key_note)
        return tab

    def _build_demo_list(self) -> None:
        self.demo_label = QLabel(wordWrap=True)
        self.demo_list = QListWidget()
        self.demo_list.setMinimumHeight(150)
        self.demo_list.setAlternatingRowColors(True)
        self.demo_list.setSpacing(1)
        for entry in self._demo:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.demo_list.addItem(item)
        self.demo_label.setVisible(bool(self._demo))
        self.demo_list.setVisible(bool(self._demo))

    def _build_messages(self) -> None:
        self.message = QLabel(wordWrap=True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        self.offline_note = QLabel(wordWrap=True)
        self.offline_note.hide()
        self.secrets_note = QLabel(wordWrap=True)
        self.secrets_note.setTextFormat(Qt.TextFormat.PlainText)
        self.use_file_button = QPushButton()
        self.secrets_box = QWidget()
        secrets_row = QVBoxLayout(self.secrets_box)
        secrets_row.setContentsMargins(0, 0, 0, 0)
        secrets_row.addWidget(self.secrets_note)
        secrets_row.addWidget(self.use_file_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.offline_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button.setDefault(True)
        self.offline_button.hide()

    def _build_layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.portal_label)
        layout.addWidget(self.demo_label)
        layout.addWidget(self.demo_list)
        layout.addWidget(self.tabs)
        # Below the tabs rather than in one: a tab does not grow for a wrapped label.
        layout.addWidget(self.demo_keys_note)
        layout.addWidget(self.secrets_box)
        layout.addWidget(self.message)
        layout.addWidget(self.offline_note)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        self.key_browse.clicked.connect(self._browse_key)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.demo_list.currentItemChanged.connect(self._demo_picked)
        self.demo_list.itemDoubleClicked.connect(lambda _item: self.sign_in())
        self.use_file_button.clicked.connect(self.keep_secrets_in_file)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.offline_button.clicked.connect(self.open_offline)
        self.cancel_button.clicked.connect(self.reject)

    # texts

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Balabaqsha Desk"))
        self.heading.setText(self.tr("Sign in to the BALABAQSHA portal"))
        if self._demo:
            self.portal_label.setText(self.tr(
                "Training portal (sandbox) on this computer: the data is made up."))
        else:
            self.portal_label.setText(self.tr("Portal: {url}").format(url=self._portal_url))
        self.tabs.setTabText(0, self.tr("Password"))
        self.tabs.setTabText(1, self.tr("EDS key"))
        self.login_label.setText(self.tr("Login, IIN or phone:"))
        self.password_label.setText(self.tr("Password:"))
        self.role_label.setText(self.tr("Role:"))
        for index in range(self.role.count()):
            self.role.setItemText(index, vocabulary.role(str(self.role.itemData(index))))
        self.key_label.setText(self.tr("AUTH key (.p12):"))
        self.key_browse.setText(self.tr("Choose…"))
        self.key_password_label.setText(self.tr("Key password:"))
        self.key_note.setText(self.tr(
            "Use the AUTH_RSA key from your EDS folder; the signing key (RSA) is for "
            "contracts."))
        if self._demo_keys is not None:
            self.demo_keys_note.setText(" ".join([
                vocabulary.demo_keys(self._demo_keys.folder, self._demo_keys.password),
                self.tr("Picking an account above fills in its AUTH key and password here.")]))
        self.demo_label.setText(self.tr(
            "Staff accounts of the training portal: pick one to fill in the log-in."))
        for index in range(self.demo_list.count()):
            item = self.demo_list.item(index)
            entry = item.data(Qt.ItemDataRole.UserRole)
            roles = ", ".join(vocabulary.role(r) for r in str(entry.get("role", "")).split("+"))
            item.setText(f"{entry.get('name', '')} — {roles}\n{entry.get('kindergarten', '')}"
                         f" · {entry.get('login', '')}")
        self.offline_note.setText(self.tr(
            "The portal cannot be reached. You can open the data saved on this computer "
            "and work offline: your actions are sent when the portal answers again."))
        self.sign_in_button.setText(self.tr("Continue") if self._pending else
                                    self.tr("Sign in"))
        self.offline_button.setText(self.tr("Open offline"))
        self._show_secrets_choice()

    def _show_secrets_choice(self) -> None:
        in_file = credentials.in_file()
        self.secrets_box.setVisible(in_file or self._keyring_missing)
        self._fit_height()
        self.use_file_button.setVisible(not in_file)
        self.use_file_button.setText(self.tr("Keep it in an encrypted file"))
        if in_file:
            self.secrets_note.setText(self.tr(
                "This computer has no system password store: your sign-in is kept in a file "
                "here, encrypted with your password, so the password is asked at every "
                "start and the EDS key does not sign you in."))
        else:
            self.secrets_note.setText(self.tr(
                "This computer has no system password store (Windows Credential Manager or "
                "the Secret Service), where the program keeps your sign-in and the key of "
                "the data saved here. It can keep them instead in a file on this computer, "
                "encrypted with your password. The trade-off: whoever copies the file can "
                "try to guess your password, so it must not be an easy one; the password is "
                "asked at every start; and only the password signs you in, not the EDS "
                "key."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # state

    def set_reachable(self, reachable: bool) -> None:
        """Offer "Open offline" for the last user when the portal does not answer."""
        can_resume = bool(self._settings.get(keys.LAST_LOGIN))
        self.offline_note.setVisible(not reachable and can_resume)
        self.offline_button.setVisible(not reachable and can_resume)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.tabs, self.demo_list, self.sign_in_button, self.offline_button):
            widget.setEnabled(not busy)

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self._fit_height()

    def _tab_shown(self, index: int) -> None:
        self.demo_keys_note.setVisible(index == 1 and self._demo_keys is not None)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show every line of the wrapped notes that appeared (a dialog does not
        grow by itself once shown, and squeezes them)."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(self.width(), needed)

    def _show_known_roles(self, roles: list[str] | None = None) -> None:
        if roles is None:
            roles = workspace_service.known_roles(self._settings, self.login.text().strip())
        self.role.clear()
        for role in roles:
            self.role.addItem(vocabulary.role(role), role)
        last = self._settings.get(keys.LAST_ROLE)
        if last and self.role.findData(last) >= 0:
            self.role.setCurrentIndex(self.role.findData(last))
        visible = len(roles) > 1
        self.role.setVisible(visible)
        self.role_label.setVisible(visible)

    def _demo_picked(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        entry = item.data(Qt.ItemDataRole.UserRole)
        self.login.setText(str(entry.get("login", "")))
        self.password.setText(str(entry.get("password", "")))
        if self._demo_keys is not None and entry.get("auth_key"):
            self.key_path.setText(str(entry["auth_key"]))
            self.key_password.setText(self._demo_keys.password)
        self.tabs.setCurrentIndex(0)
        self._show_known_roles([r for r in str(entry.get("role", "")).split("+") if r])

    def _browse_key(self) -> None:
        start = self.key_path.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the AUTH key"), start,
                                              self.tr("Keys (*.p12 *.pfx)"))
        if path:
            self.key_path.setText(path)

    # actions

    def keep_secrets_in_file(self) -> None:
        """The person agreed: secrets go to the encrypted file from now on."""
        self._settings.set(keys.SECRETS_IN_FILE, True)
        credentials.use_file(self._profile.secrets_dir)
        self._show_message("")
        self.retranslate()
        self.tabs.setCurrentIndex(0)
        self.password.setFocus()

    def _secrets_undecided(self) -> bool:
        if self._keyring_missing and not credentials.in_file():
            self._show_message(self.tr(
                "Without a system password store, choose “Keep it in an encrypted file” "
                "to sign in."))
            return True
        return False

    def sign_in(self) -> None:
        if self._busy:
            return
        self._show_message("")
        if self._secrets_undecided():
            return
        if self._pending is not None:
            self._choose_role()
            return
        role = str(self.role.currentData()) if not self.role.isHidden() \
            and self.role.currentData() else None
        profile, settings, url, key = (self._profile, self._settings, self._portal_url,
                                       self._portal_key)
        if self.tabs.currentIndex() == 1:
            path, password = self.key_path.text().strip(), self.key_password.text()
            if not path or not password:
                self._show_message(self.tr("Choose the key file and type its password."))
                return
            settings.set(keys.LAST_KEY_PATH, path)
            task = lambda: _sign_in_with_key(profile, settings, url, key, path,  # noqa: E731
                                             password, role)
        else:
            login, password = self.login.text().strip(), self.password.text()
            if not login or not password:
                self._show_message(self.tr("Type your login and password."))
                return
            task = lambda: workspace_service.sign_in(profile, settings, url, login,  # noqa: E731
                                                     password, role, portal_key=key)
        self._set_busy(True)
        self._again = self.sign_in
        self._tasks.run(task, on_done=self._signed_in, on_failed=self._failed,
                        progress_label=self.tr("Signing in…"))

    def open_offline(self) -> None:
        if self._busy:
            return
        if self._secrets_undecided():
            return
        password = self.password.text()
        if not password:
            self._show_message(self.tr("Type your password to open the saved data."))
            return
        profile, settings, url, key = (self._profile, self._settings, self._portal_url,
                                       self._portal_key)
        self._set_busy(True)
        self._again = self.open_offline
        self._tasks.run(lambda: workspace_service.resume(profile, settings, url, password,
                                                         portal_key=key),
                        on_done=self._signed_in, on_failed=self._failed,
                        progress_label=self.tr("Opening the saved data…"))

    def _signed_in(self, workspace: Workspace) -> None:
        self._set_busy(False)
        roles = list(workspace.available_roles)
        if workspace.online and len(workspace.roles) > 1:
            # Several roles and none chosen: ask which one to act in now.
            self._pending = workspace
            self._show_known_roles(roles)
            self.tabs.setCurrentIndex(0)
            self.login.setEnabled(False)
            self.password.setEnabled(False)
            self._show_message("")
            self.role.setFocus()
            self.retranslate()
            return
        if len(workspace.roles) == 1:
            self._settings.set(keys.LAST_ROLE, workspace.roles[0])
        self.workspace = workspace
        self.accept()

    def _choose_role(self) -> None:
        workspace = self._pending
        assert workspace is not None
        role = str(self.role.currentData())
        self._set_busy(True)
        # The sign-in just made proves who this is: the role needs no password again.
        self._tasks.run(lambda: workspace_service.switch_role(workspace, role),
                        on_done=self._role_chosen, on_failed=self._failed,
                        progress_label=self.tr("Signing in…"))

    def _role_chosen(self, workspace: Workspace) -> None:
        self._pending = None
        self._set_busy(False)
        self._settings.set(keys.LAST_ROLE, workspace.roles[0] if workspace.roles else "")
        self.workspace = workspace
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self._set_busy(False)
        code = getattr(failure.error, "code", "")
        if code in workspace_service.WRONG_PASSWORD_CODES \
                and isinstance(failure.error, PortalRefused):
            self._show_message(self.tr("The login or the password is wrong."))
        else:
            self._show_message(failure.message)
        if isinstance(failure.error, PortalUnreachable):
            self.set_reachable(False)
        error = failure.error
        if isinstance(error, CacheLost | CacheCorrupt) and error.path is not None \
                and cache_backup.restorable(error.path):
            self._offer_restore(error.path)
            return
        if isinstance(error, credentials.CredentialsUnavailable) and not error.locked \
                and not credentials.in_file():
            # The keyring failed only now (the look before the dialog found it working):
            # the same choice, rather than a dead end.
            self._keyring_missing = True
            self._show_secrets_choice()

    def _offer_restore(self, path: Path) -> None:
        answer = QMessageBox.question(self, self.tr("Restore the saved data"), self.tr(
            "The saved data on this computer is lost or damaged, but a backup made after a "
            "successful sync is kept. Restore it now? Actions recorded on this computer after "
            "that backup may be lost; the damaged file is kept aside, not deleted."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._set_busy(True)
        self._tasks.run(lambda: _restore(path), on_done=self._restored,
                        on_failed=self._restore_failed,
                        progress_label=self.tr("Restoring the saved data…"))

    def _restored(self, restored: cache_backup.Restored) -> None:
        # The health checks load the signing libraries: only after a restore, not at start.
        from desktop.services import doctor

        self._set_busy(False)
        QMessageBox.information(self, self.tr("Restore the saved data"), self.tr(
            "The saved data was restored from its backup.") + " " + doctor.loss_message(restored))
        self._again()  # the same sign-in again, now on the restored data

    def _restore_failed(self, failure: Failure) -> None:
        self._set_busy(False)
        self._show_message(self.tr("The saved data could not be restored from its backups "
                                   "({detail}). Nothing was changed: ask support.").format(
            detail=failure.error))

    def reject(self) -> None:
        if self._pending is not None:
            self._pending.close()
            self._pending = None
        super().reject()
