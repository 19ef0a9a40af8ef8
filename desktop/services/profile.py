"""Where a user's settings, caches, documents and logs live.

By default the platform's folders (`platformdirs`); `--profile DIR` puts everything in one
folder instead, which is how support staff carry a profile around and how tests isolate.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "BalabaqshaDesk"


@dataclass(frozen=True)
class Profile:
    settings_dir: Path
    data_dir: Path
    log_dir: Path

    @classmethod
    def default(cls) -> Profile:
        return cls(
            settings_dir=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
            data_dir=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
        )

    @classmethod
    def at(cls, folder: Path) -> Profile:
        folder = folder.resolve()
        return cls(settings_dir=folder, data_dir=folder, log_dir=folder / "logs")

    @property
    def settings_file(self) -> Path:
        return self.settings_dir / "settings.ini"

    @property
    def sandbox_dir(self) -> Path:
        """The embedded portal sandbox's own data."""
        return self.data_dir / "sandbox"

    def cache_file(self, portal: str, kindergarten_id: int, account_id: int) -> Path:
        """One cache per portal, kindergarten and user (a shared PC keeps them apart).

        `portal` is the workspace's store key: the URL, or a stable name for the embedded
        sandbox, whose port changes at every start."""
        return self.data_dir / "caches" / f"{_short(portal)}-kg{kindergarten_id}-u{account_id}.db"

    @property
    def secrets_dir(self) -> Path:
        """The encrypted files of sign-in secrets, where there is no OS keyring."""
        return self.data_dir / "secrets"

    def documents_dir(self, portal: str) -> Path:
        return self.data_dir / "documents" / _short(portal)

    def ensure(self) -> None:
        for folder in (self.settings_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)


def _short(portal: str) -> str:
    return hashlib.sha256(portal.rstrip("/").encode()).hexdigest()[:12]
