"""The main window paints its first rows before loading what only later work needs."""

from __future__ import annotations

from pathlib import Path

from bench.client_requests import KEY, fill_cache
from bench.client_start import DEFERRED, run_child
from desktop.services.cache import open_cache

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
