"""The certificate details dialog: whose certificate it is (name, IIN, BIN, organisation),
what it allows (the roles NCA RK wrote into its EKU, in words), how long it is valid, who
issued it up to the root, and whether it is revoked according to the cached CRL and how
old that CRL is. It shows a `CertificateDetails` made by desktop.services.verification; it
parses nothing itself."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services import counts
from desktop.services.calendar import PORTAL_TZ
from desktop.services.translation import QT_TRANSLATE_NOOP
from desktop.services.verification import CertificateDetails
from desktop.services.vocabulary import format_date

CONTEXT = "CertificateDialog"

# NCA RK's EKU roles (docs/eds.md), as a person reads them.
ROLES: dict[str, object] = {
    "individual": QT_TRANSLATE_NOOP("CertificateDialog", "Individual (personal key)"),
    "legal_entity": QT_TRANSLATE_NOOP("CertificateDialog", "Legal entity"),
    "first_head": QT_TRANSLATE_NOOP("CertificateDialog",
                                    "First head: signs for the organisation"),
    "right_to_sign": QT_TRANSLATE_NOOP("CertificateDialog",
                                       "Right to sign for the organisation"),
    "financial": QT_TRANSLATE_NOOP("CertificateDialog", "Signs financial documents"),
    "hr": QT_TRANSLATE_NOOP("CertificateDialog", "Human resources"),
    "employee": QT_TRANSLATE_NOOP("CertificateDialog", "Employee (no right to sign)"),
}
USAGES: dict[str, object] = {
    "sign": QT_TRANSLATE_NOOP("CertificateDialog", "Signing documents"),
    "auth": QT_TRANSLATE_NOOP("CertificateDialog", "Logging in"),
}
REVOCATION: dict[str, object] = {
    "good": QT_TRANSLATE_NOOP("CertificateDialog", "Not revoked"),
    "revoked": QT_TRANSLATE_NOOP("CertificateDialog", "Revoked on {date}"),
    "unknown": QT_TRANSLATE_NOOP("CertificateDialog",
                                 "Unknown: no revocation list of its issuer is cached"),
    "not_checked": QT_TRANSLATE_NOOP("CertificateDialog",
                                     "Not checked: the certificate names no revocation list"),
}

_WARN = "color: #b3261e;"


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed to return object; it returns the source text.
    return QCoreApplication.translate(CONTEXT, str(text))


def _day(moment: datetime) -> str:
    """dd.MM.yyyy, the day in the portal's time zone."""
    return format_date(moment.astimezone(PORTAL_TZ).date())


class CertificateDialog(QDialog):
    """Shows one certificate's details, with Copy (as text) and Close."""

    def __init__(self, details: CertificateDetails, parent: QWidget | None = None, *,
                 now: datetime | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.now = now or datetime.now(UTC)
        self.setMinimumWidth(560)
        self._title = QLabel(wordWrap=True)
        self._title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self._form = QFormLayout()
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.labels: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for key in ("iin", "bin", "organisation", "roles", "usages", "validity", "serial",
                    "issuers", "trust", "revocation", "crl", "subject"):
            label = QLabel()
            value = QLabel(wordWrap=True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key], self.values[key] = label, value
            self._form.addRow(label, value)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        self.values["serial"].setFont(mono)
        self._copy = QPushButton()
        self._copy.clicked.connect(self.copy)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self._buttons.addButton(self._copy, QDialogButtonBox.ButtonRole.ActionRole)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(self._form)
        layout.addStretch(1)
        layout.addWidget(self._buttons)
        self.retranslate()

    # texts

    def retranslate(self) -> None:
        d = self.details
        self.setWindowTitle(self.tr("Certificate"))
        self._title.setText(d.common_name or d.subject)
        self._copy.setText(self.tr("Copy details"))
        captions = {
            "iin": self.tr("IIN"), "bin": self.tr("BIN"),
            "organisation": self.tr("Organisation"), "roles": self.tr("Roles"),
            "usages": self.tr("Key usage"), "validity": self.tr("Valid"),
            "serial": self.tr("Serial number"), "issuers": self.tr("Issued by"),
            "trust": self.tr("Trust"), "revocation": self.tr("Revocation"),
            "crl": self.tr("Revocation list"), "subject": self.tr("Full name in the certificate"),
        }
        for key, caption in captions.items():
            self.labels[key].setText(caption + ":")
        none = self.tr("—")
        self.values["iin"].setText(d.iin or none)
        self.values["bin"].setText(d.bin or self.tr("— (a personal key)"))
        self.values["organisation"].setText(d.organisation or none)
        self.values["roles"].setText("\n".join(
            _tr(ROLES[r]) if r in ROLES else r for r in d.roles) or none)
        self.values["usages"].setText(", ".join(
            _tr(USAGES[u]) if u in USAGES else u for u in d.usages) or none)
        self._set("validity", *self._validity())
        self.values["serial"].setText(d.serial)
        self.values["issuers"].setText("\n".join(
            ("↳ " * min(i, 1)) + name for i, name in enumerate(d.issuers)))
        if d.trusted:
            self._set("trust", self.tr("Leads to a trusted root certificate"), False)
        else:
            self._set("trust", self.tr("Does not lead to a trusted root certificate"), True)
        revocation = _tr(REVOCATION[d.revocation]).format(
            date=_day(d.revoked_at) if d.revoked_at else "?")
        self._set("revocation", revocation, d.revocation in ("revoked", "unknown"))
        self._set("crl", *self._crl())
        self.values["subject"].setText(d.subject)

    def _set(self, key: str, text: str, warn: bool) -> None:
        self.values[key].setText(text)
        self.values[key].setStyleSheet(_WARN if warn else "")

    def _validity(self) -> tuple[str, bool]:
        d = self.details
        span = self.tr("{start} – {end}").format(start=_day(d.not_before),
                                                 end=_day(d.not_after))
        if self.now > d.not_after:
            return self.tr("{span} (expired)").format(span=span), True
        if self.now < d.not_before:
            return self.tr("{span} (not valid yet)").format(span=span), True
        days = (d.not_after - self.now).days
        return self.tr("{span} ({days} left)").format(span=span, days=counts.days(days)), False

    def _crl(self) -> tuple[str, bool]:
        d = self.details
        if d.crl_this_update is None:
            return self.tr("None cached: refresh the revocation list while online"), True
        age = max((self.now - d.crl_this_update).days, 0)
        text = self.tr("{issuer}, issued {date} ({age} ago)").format(
            issuer=d.crl_issuer or "?", date=_day(d.crl_this_update), age=counts.days(age))
        if d.crl_next_update is not None and d.crl_next_update < self.now:
            return text + "\n" + self.tr(
                "Overdue since {date}: a recent revocation may be missing. Refresh it while "
                "online.").format(date=_day(d.crl_next_update)), True
        return text, False

    def text(self) -> str:
        """The details as plain text (what Copy puts on the clipboard)."""
        lines = [self._title.text()]
        for key, label in self.labels.items():
            lines.append(f"{label.text()} {self.values[key].text()}")
        return "\n".join(lines)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
