"""The director's signing key as the countersign dialog knows it: where it probably is,
what checking it found, and how the verdict reads."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.services.calendar import PORTAL_TZ
from desktop.services.countersigning import CountersignPlan
from desktop.services.eds import LoadedKey
from desktop.services.signature_checks import KeyCheck, Notice
from desktop.services.vocabulary import format_date

# Called by this name with literal arguments: the form pyside6-lupdate finds.
translate = QCoreApplication.translate


@dataclass(frozen=True)
class KeyChecked:
    """What the Check button found: the key opened, its verdict, and for one contract the
    plan (everything checked, ready to sign) or why the contract may not be signed."""

    key: LoadedKey
    key_check: KeyCheck
    plan: CountersignPlan | None = None
    contract_problem: str = ""

    @property
    def warnings(self) -> tuple[Notice, ...]:
        if self.plan is not None:
            return tuple(self.plan.warnings)
        return self.key_check.warnings


def suggested_key(path: str) -> str:
    """The signing key beside a remembered log-in key: NCA RK issues both into one folder,
    and the log-in (AUTH_…) one is what the log-in dialog remembers."""
    if not path:
        return ""
    remembered = Path(path)
    if not remembered.name.upper().startswith("AUTH_"):
        return path
    try:
        siblings = sorted(p for p in remembered.parent.iterdir()
                          if p.name.upper().startswith("RSA256_")
                          and p.suffix.lower() == ".p12")
    except OSError:
        return path
    return str(siblings[0]) if len(siblings) == 1 else path


def key_text(check: KeyCheck) -> str:
    """"SEITKALI GULNAR, BIN 150640000123, first head; valid until 01.02.2026"."""
    who = check.identity
    name = who.display_name or who.common_name
    role = translate("ContractDialogs", "first head") if "first_head" in who.roles else \
        translate("ContractDialogs", "right to sign")
    until = format_date(who.not_after.astimezone(PORTAL_TZ).date())
    return translate("ContractDialogs", "The key of {who} may countersign: BIN {bin}, {role}, "
                     "valid until {until}.").format(who=name, bin=who.bin, role=role,
                                                    until=until)
