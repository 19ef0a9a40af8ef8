"""The text a search is tested against, folded so that people find a name however they type
it: lower case, and each Kazakh letter as the Russian-keyboard letter people type for it
when the Kazakh layout is not at hand ("жаксыбек" finds "Жақсыбек"), ё as е."""

from __future__ import annotations

# ә ғ қ ң ө ұ ү һ і, and ё: each to the letter a Russian keyboard types in its place.
_FOLDS = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у",
                        "һ": "х", "і": "и", "ё": "е"})


def fold(text: str) -> str:
    """`text` as stored in `requests.search` and as a search is compared with it. SQLite's
    lower() folds ASCII only, so this is done in Python on both sides."""
    return text.lower().translate(_FOLDS)


def request_search_text(number: int, name: str, iin: str) -> str:
    """`requests.search`: "number name iin", folded (models/queries.py searches it)."""
    return fold(f"{number} {name} {iin}")
