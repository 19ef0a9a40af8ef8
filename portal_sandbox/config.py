"""The sandbox's settings, declared once with their defaults."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from portal_sandbox.workdays import DayUnit


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("balabaqsha-sandbox", appauthor=False))


@dataclass
class Settings:
    data_dir: Path = field(default_factory=default_data_dir)
    db_url: str | None = None
    # Controls under /sandbox exist only when started as a sandbox, and answer only this
    # computer unless `serve --allow-remote-controls` (they hand out SMS codes, the demo
    # accounts' passwords and parents' IINs).
    sandbox: bool = True
    remote_controls: bool = False
    # docs/lifecycle.md: the guide says both; its worked example is working days.
    confirm_days: int = 2
    confirm_unit: DayUnit = DayUnit.WORKING
    choose_working_days: int = 5
    extension_working_days: int = 2
    stop_list_days: int = 28
    # identity
    access_token_seconds: int = 900
    refresh_token_days: int = 30
    sms_code_seconds: int = 90
    sms_max_attempts: int = 3
    sms_resend_seconds: int = 60
    # Failed password log-ins allowed (`limits` notation) per account, and per client
    # address: a training room's PCs each have their own address on the LAN.
    login_failures_per_account: str = "5 per 15 minutes"
    login_failures_per_source: str = "30 per 15 minutes"
    # documents
    max_upload_bytes: int = 20 * 1024 * 1024
    # change feed
    feed_page_default: int = 500
    feed_page_max: int = 2000
    mutations_per_push_max: int = 500

    @property
    def database_url(self) -> str:
        if self.db_url:
            return self.db_url
        return f"sqlite:///{self.data_dir / 'portal.db'}"
