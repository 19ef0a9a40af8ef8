"""Bad input to the command line: what the signed-in roles may not do, numbers too large
for the cache, profiles and contract files that cannot be what they claim. Each is refused
with exit 1 or 2 and words saying what to do, nothing queued and no traceback (`Desk.run`
fails on one)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.desktop.test_cli import Desk, Kindergarten, build_kindergarten, child_environment, ok


@pytest.fixture(scope="module")
def kindergarten(sandbox: str) -> Iterator[Kindergarten]:
    built = build_kindergarten(sandbox)
    try:
        yield built
    finally:
        built.site.world.client.close()


@pytest.fixture(scope="module")
def methodologist(kindergarten: Kindergarten, tmp_path_factory: pytest.TempPathFactory) -> Desk:
    folder = tmp_path_factory.mktemp("methodologist")
    site = kindergarten.site
    desk = Desk(folder / "profile", child_environment(folder / "keyring.json"), site.url)
    ok(desk.run("login", site.methodologist_login, password=site.password))
    ok(desk.run("sync"))
    return desk


@pytest.mark.parametrize("args", [
    ["decide", "accept", "{id}"],
    ["decide", "decline", "{id}", "--reason", "no_places"],
    ["groups", "capacity", "{group}", "30"],
    ["forecast", "publish"],
])
def test_a_methodologist_cannot_queue_a_directors_action(
        methodologist: Desk, kindergarten: Kindergarten, args: list[str]) -> None:
    group = kindergarten.site.kindergarten["groups"][0]["id"]
    given = [a.format(id=kindergarten.ids[0], group=group) for a in args]
    result = methodologist.run(*given)
    assert result.returncode == 1, result.stderr
    assert "Your role (Methodologist) does not allow this: it needs the role Director" \
        in result.stderr
    assert "Nothing was recorded" in result.stderr
    assert methodologist.json("outbox") == {"pending": [], "attention": []}


def test_the_refusal_speaks_kazakh_and_russian(methodologist: Desk,
                                               kindergarten: Kindergarten) -> None:
    for lang, words in (("kk", "директор"), ("ru", "директор")):
        result = methodologist.run("decide", "accept", str(kindergarten.ids[0]), lang=lang)
        assert result.returncode == 1
        assert words in result.stderr.lower()
        assert "Your role" not in result.stderr


def test_a_methodologist_still_returns_documents(methodologist: Desk,
                                                 kindergarten: Kindergarten) -> None:
    result = methodologist.run("decide", "return", str(kindergarten.ids[2]), "--document",
                               "form_027u=Мөрі жоқ")
    ok(result)
    pending = methodologist.json("outbox")["pending"]
    assert [e["name"] for e in pending] == ["return_documents"]
    ok(methodologist.run("sync"))
    assert methodologist.json("outbox") == {"pending": [], "attention": []}
