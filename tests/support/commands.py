"""`python -m desktop COMMAND` as scripts and support staff run it: a profile folder and a
file keyring of its own, each command a child process against the live sandbox."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from portal_sandbox.scans import scan_pdf
from tests.support.sites import Site, make_site
from tests.support.world import Family

ROOT = Path(__file__).parents[2]


def child_environment(keyring_file: Path) -> dict[str, str]:
    """What the `child_env` fixture gives, for fixtures that outlive one test."""
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
               BALABAQSHA_TEST_KEYRING=str(keyring_file), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    env.pop("BALABAQSHA_PASSWORD", None)
    return env


@dataclass
class Desk:
    """One profile folder and keyring, run as `python -m desktop` against one portal."""

    profile: Path
    env: dict[str, str]
    portal: str | None
    password: str | None = None
    runs: list[list[str]] = field(default_factory=list)

    def run(self, *args: str, password: str | None = None, portal: str | None = None,
            lang: str | None = "en", **env: str) -> subprocess.CompletedProcess[str]:
        # English unless told: the messages checked here are the source texts.
        command = [sys.executable, "-m", "desktop", "--profile", str(self.profile),
                   *(["--lang", lang] if lang else [])]
        if portal or self.portal:
            command += ["--portal", portal or self.portal or ""]
        child = dict(self.env, **env)
        if password or self.password:
            child["BALABAQSHA_PASSWORD"] = password or self.password or ""
        self.runs.append([*command[3:], *args])
        result = subprocess.run([*command, *args], env=child, capture_output=True, text=True,
                                encoding="utf-8", stdin=subprocess.DEVNULL, timeout=300,
                                cwd=ROOT)
        # No known failure may end in a stack trace.
        assert "Traceback" not in result.stderr, result.stderr
        return result

    def json(self, *args: str, **kwargs: Any) -> Any:
        result = self.run(*args, "--json", **kwargs)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, (result.returncode, result.stdout, result.stderr)
    return result.stdout


@dataclass
class Kindergarten:
    site: Site
    families: list[Family]
    ids: list[int]


def build_kindergarten(url: str) -> Kindergarten:
    """Three requests; the third with a medical form uploaded, so it can be returned."""
    site = make_site(url, requests=0)
    kg = site.kindergarten
    pairs = [site.world.request_at(kg, group_index=i % 2) for i in range(3)]
    family, app = pairs[2]
    pdf = scan_pdf("form_027u", {"ФИО": "Тест"}, random.Random(1))
    site.world.client.upload_document(family.parent, app["id"], "form_027u", pdf,
                                      "application/pdf")
    return Kindergarten(site, [f for f, _ in pairs], [a["id"] for _, a in pairs])
