"""The main window paints its first rows before loading what only later work needs."""

from __future__ import annotations

from pathlib import Path

from desktop.services.cache import open_cache
from tests.support.first_paint import DEFERRED, run_child
from tests.support.synthetic import KEY, fill_cache

ROWS = 300


def test_the_window_paints_its_rows_before_sqlalchemy_and_the_rest_load(
        tmp_path: Path) -> None:
    path = tmp_path / "cache.db"
    cache = open_cache(path, KEY)
    fill_cache(cache, ROWS)
    cache.close()
    # A fresh process, as at a start: the window over the cache, then a search, the
    # filters, every order and a scroll through the list (which need them all).
    numbers, loaded_at_paint = run_child("window", str(path))
    assert loaded_at_paint == [], f"loaded before the first paint: {loaded_at_paint}"
    assert "sqlalchemy" in DEFERRED and "httpx" in DEFERRED
    rows_in_list = numbers[-1]
    assert rows_in_list == ROWS


def test_the_modules_of_the_first_windows_load_none_of_the_deferred_packages() -> None:
    """The log-in dialog is the program's real first window: what builds it and the main
    window must not pull in SQLAlchemy, the signing libraries or the file formats."""
    import subprocess
    import sys

    code = ("import sys; import desktop.app, desktop.views.runtime.desk_session, "
            "desktop.views.dialogs.login_dialog, desktop.views.main_window; "
            "from tests.support.first_paint import DEFERRED; "
            "print(sorted(m for m in DEFERRED if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=True)
    assert done.stdout.strip() == "[]", done.stdout
