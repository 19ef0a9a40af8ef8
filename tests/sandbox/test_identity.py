"""Who is who: registration by phone + IIN + SMS code, log-in, tokens, roles, reset.

Every refusal is checked for its status and problem `code`, and for leaving things as they
were: no account made, no password changed, no code spent. Password hashing is unit-tested
at the end, since the sandbox's database is not reachable over HTTP.
"""

from __future__ import annotations

import base64
import json
from datetime import date, timedelta
from typing import Any

import httpx
import pytest

from portal_sandbox import security
from portal_sandbox.client import SandboxClient
from portal_sandbox.errors import Problem
from tests.support.identity import TOKEN, log_in, parent, post, refused, unregistered_iin
from tests.support.world import PASSWORD, World

SMS_CODE = "/api/v1/auth/sms-code"
REGISTER = "/api/v1/auth/register"
REFRESH = "/api/v1/auth/refresh"
RESET = "/api/v1/auth/password-reset"


# helpers


def get(client: SandboxClient, path: str, token: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return client.http.get(path, headers=headers)


def outbox(client: SandboxClient, phone: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = client.json("GET", "/sandbox/sms", params={"phone": phone})
    return messages


def send_code(client: SandboxClient, phone: str, iin: str, purpose: str) -> str:
    response = post(client, SMS_CODE, {"phone": phone, "iin": iin, "purpose": purpose})
    assert response.status_code == 202, response.text
    newest = outbox(client, phone)[0]
    assert newest["purpose"] == purpose
    assert newest["code"] in newest["text"]
    return str(newest["code"])


def wrong(code: str) -> str:
    return f"{(int(code) + 1) % 10**6:06d}"


def move_clock(client: SandboxClient, **delta: float) -> None:
    client.set_clock(client.now() + timedelta(**delta))


def can_log_in(client: SandboxClient, login: str, password: str) -> bool:
    response = log_in(client, login, password)
    if response.status_code == 200:
        return True
    refused(response, 401, "invalid_credentials")
    return False


def with_bad_check_digit(iin: str) -> str:
    return iin[:11] + str((int(iin[11]) + 1) % 10)


# registration


def test_registration_returns_the_registers_person(world: World) -> None:
    client = world.client
    iin = world.person(date(1993, 8, 24), "female", last_name="Сейтқали",
                       first_name="Әйгерім", patronymic="Нұрланқызы")
    phone = world.phone()
    code = send_code(client, phone, iin, "register")
    sms = outbox(client, phone)
    assert len(sms) == 1
    assert code in sms[0]["text"] and "BALABAQSHA" in sms[0]["text"]

    response = post(client, REGISTER, {"phone": phone, "iin": iin, "code": code,
                                       "password": PASSWORD})
    assert response.status_code == 201, response.text
    person = response.json()
    assert person["iin"] == iin
    assert person["last_name"] == "Сейтқали"
    assert person["first_name"] == "Әйгерім"
    assert person["patronymic"] == "Нұрланқызы"
    assert person["sex"] == "female"
    assert person["birth_date"] == "1993-08-24"
    assert can_log_in(client, iin, PASSWORD)


def test_bad_check_digit_is_invalid_iin_and_sends_nothing(world: World) -> None:
    client = world.client
    iin = world.person(date(1991, 1, 9), "female")
    phone = world.phone()
    bad = with_bad_check_digit(iin)
    refused(post(client, SMS_CODE, {"phone": phone, "iin": bad, "purpose": "register"}),
            422, "invalid_iin")
    refused(post(client, REGISTER, {"phone": phone, "iin": bad, "code": "123456",
                                    "password": PASSWORD}), 422, "invalid_iin")
    assert outbox(client, phone) == []


def test_iin_not_in_the_register_is_person_not_found(world: World) -> None:
    client = world.client
    iin = unregistered_iin(client)
    phone = world.phone()
    refused(post(client, SMS_CODE, {"phone": phone, "iin": iin, "purpose": "register"}),
            404, "person_not_found")
    assert outbox(client, phone) == []


@pytest.mark.parametrize("phone", ["+7123", "+74951234567", "+7747123456789",
                                   "+7 747 abc 45 67"])
def test_invalid_phone(world: World, phone: str) -> None:
    iin = world.person(date(1988, 2, 14), "male")
    refused(post(world.client, SMS_CODE, {"phone": phone, "iin": iin, "purpose": "register"}),
            422, "invalid_phone")


def test_second_code_within_a_minute_is_too_frequent(world: World) -> None:
    client = world.client
    iin = world.person(date(1994, 3, 30), "female")
    phone = world.phone()
    code = send_code(client, phone, iin, "register")
    too_soon = post(client, SMS_CODE, {"phone": phone, "iin": iin, "purpose": "register"})
    refused(too_soon, 429, "sms_too_frequent")
    assert too_soon.headers["Retry-After"] == "60"
    assert [m["code"] for m in outbox(client, phone)] == [code]
    # The refusal left the first code valid.
    response = post(client, REGISTER, {"phone": phone, "iin": iin, "code": code,
                                       "password": PASSWORD})
    assert response.status_code == 201, response.text


def test_code_expires_on_the_sandbox_clock(world: World) -> None:
    client = world.client
    iin = world.person(date(1987, 12, 1), "female")
    phone = world.phone()
    code = send_code(client, phone, iin, "register")
    move_clock(client, minutes=2)
    refused(post(client, REGISTER, {"phone": phone, "iin": iin, "code": code,
                                    "password": PASSWORD}), 422, "sms_code_expired")
    assert not can_log_in(client, iin, PASSWORD)
    # Past the minute, a new code may be asked for, and it works.
    fresh = send_code(client, phone, iin, "register")
    response = post(client, REGISTER, {"phone": phone, "iin": iin, "code": fresh,
                                       "password": PASSWORD})
    assert response.status_code == 201, response.text


def test_three_wrong_codes_burn_the_code(world: World) -> None:
    client = world.client
    iin = world.person(date(1995, 6, 11), "male")
    phone = world.phone()
    code = send_code(client, phone, iin, "register")
    body = {"phone": phone, "iin": iin, "code": wrong(code), "password": PASSWORD}
    assert refused(post(client, REGISTER, body), 422, "sms_code_invalid")["attempts_left"] == 2
    assert refused(post(client, REGISTER, body), 422, "sms_code_invalid")["attempts_left"] == 1
    refused(post(client, REGISTER, body), 429, "sms_attempts_exceeded")
    refused(post(client, REGISTER, {**body, "code": code}), 429, "sms_attempts_exceeded")
    assert not can_log_in(client, iin, PASSWORD)


def test_password_length_is_8_to_40(world: World) -> None:
    client = world.client
    for short, good in (("x" * 7, "Qw3rty!8"), ("Z" * 41, "p" * 39 + "0")):
        iin = world.person(date(1989, 4, 5), "female")
        phone = world.phone()
        code = send_code(client, phone, iin, "register")
        body = {"phone": phone, "iin": iin, "code": code}
        refused(post(client, REGISTER, {**body, "password": short}), 422, "invalid_password")
        assert not can_log_in(client, iin, short)
        # The refusal spent no attempt: the same code registers a good password.
        response = post(client, REGISTER, {**body, "password": good})
        assert response.status_code == 201, response.text
        assert len(good) in (8, 40)
        assert can_log_in(client, iin, good)


def test_same_iin_cannot_register_twice(world: World) -> None:
    client = world.client
    iin = world.person(date(1986, 10, 21), "female")
    phone, second_phone, third_phone = world.phone(), world.phone(), world.phone()
    code = send_code(client, phone, iin, "register")
    second_code = send_code(client, second_phone, iin, "register")
    assert post(client, REGISTER, {"phone": phone, "iin": iin, "code": code,
                                   "password": PASSWORD}).status_code == 201
    # A code sent before the account existed does not make a second one...
    refused(post(client, REGISTER, {"phone": second_phone, "iin": iin, "code": second_code,
                                    "password": "Second-pass-2"}), 409, "account_exists")
    # ...and no new code is sent, to the account's phone or another.
    for other in (phone, third_phone):
        refused(post(client, SMS_CODE, {"phone": other, "iin": iin, "purpose": "register"}),
                409, "account_exists")
    assert outbox(client, third_phone) == []
    assert not can_log_in(client, second_phone, "Second-pass-2")
    assert not can_log_in(client, iin, "Second-pass-2")
    assert can_log_in(client, iin, PASSWORD)


def test_a_phone_taken_between_code_and_registration_is_account_exists(world: World) -> None:
    """Two people ask for codes to one phone; the second to register is refused cleanly."""
    client = world.client
    phone = world.phone()
    first = world.person(date(1990, 1, 1), "female")
    second = world.person(date(1991, 2, 2), "male")
    first_code = send_code(client, phone, first, "register")
    move_clock(client, seconds=61)
    second_code = send_code(client, phone, second, "register")
    assert post(client, REGISTER, {"phone": phone, "iin": first, "code": first_code,
                                   "password": PASSWORD}).status_code == 201
    refused(post(client, REGISTER, {"phone": phone, "iin": second, "code": second_code,
                                    "password": "Another-pass-1"}), 409, "account_exists")
    assert not can_log_in(client, second, "Another-pass-1")
    assert can_log_in(client, phone, PASSWORD)


# log-in


def test_log_in_by_iin_and_by_phone_in_any_format(world: World) -> None:
    client = world.client
    who = parent(world)
    digits = who.phone[1:]  # 7747XXXXXXX
    spaced = f"8 {digits[1:4]} {digits[4:7]} {digits[7:9]} {digits[9:11]}"
    for login in (who.iin, who.phone, spaced, f"+7 ({digits[1:4]}) {digits[4:7]}-"
                  f"{digits[7:9]}-{digits[9:11]}"):
        response = log_in(client, login, who.password)
        assert response.status_code == 200, (login, response.text)
        tokens = response.json()
        assert tokens["roles"] == ["parent"]
        assert tokens["access_token"] and tokens["refresh_token"]
        assert tokens["expires_in"] > 0
        me = get(client, "/api/v1/me", tokens["access_token"]).json()
        assert me["person"]["iin"] == who.iin
        assert me["phone"] == who.phone


def test_staff_log_in_by_login_name_and_email(world: World) -> None:
    client = world.client
    kg = world.kindergarten()
    iin = world.person(date(1982, 9, 9), "female", last_name="Иванова", first_name="Мария",
                       patronymic="Петровна")
    name = f"m.ivanova{iin[-6:]}"
    email = f"Maria.Ivanova.{iin[-6:]}@Balapan.kz"
    client.add_staff(kg["bin"], iin, ["methodologist"], PASSWORD, login=name, email=email)
    for login in (name, name.upper(), email, email.lower()):
        response = log_in(client, login, PASSWORD)
        assert response.status_code == 200, (login, response.text)
        assert response.json()["roles"] == ["methodologist"]
        assert response.json()["kindergarten_id"] == kg["id"]
    refused(log_in(client, name, PASSWORD + "x"), 401, "invalid_credentials")


def test_log_in_by_sms_code(world: World) -> None:
    client = world.client
    who = parent(world)
    code = send_code(client, who.phone, who.iin, "login")
    spaced = "8 " + who.phone[2:]
    response = post(client, TOKEN, {"phone": spaced, "code": code})
    assert response.status_code == 200, response.text
    tokens = response.json()
    assert tokens["roles"] == ["parent"]
    assert get(client, "/api/v1/me", tokens["access_token"]).json()["person"]["iin"] == who.iin
    # One-time: the same code does not log in again.
    refused(post(client, TOKEN, {"phone": who.phone, "code": code}), 422, "sms_code_invalid")


def test_login_code_only_for_an_existing_account(world: World) -> None:
    client = world.client
    iin = world.person(date(1985, 5, 5), "male")
    phone = world.phone()
    refused(post(client, SMS_CODE, {"phone": phone, "iin": iin, "purpose": "login"}),
            404, "account_not_found")
    assert outbox(client, phone) == []


def test_wrong_password_and_unknown_login_are_invalid_credentials(world: World) -> None:
    client = world.client
    who = parent(world)
    first = refused(log_in(client, who.iin, who.password + "!"), 401, "invalid_credentials")
    unknown = refused(log_in(client, unregistered_iin(client), who.password), 401,
                      "invalid_credentials")
    # The same answer either way: no telling which accounts exist.
    assert first["title"] == unknown["title"]
    assert can_log_in(client, who.iin, who.password)


# password reset and tokens


def test_password_reset_replaces_the_password_and_revokes_refresh_tokens(
        world: World) -> None:
    client = world.client
    who = parent(world)
    old_session = client.login(who.iin, who.password)
    new_password = "Jana-Qupiya-2025"

    code = send_code(client, who.phone, who.iin, "reset")
    body = {"phone": who.phone, "iin": who.iin, "password": new_password}
    # A wrong code changes nothing.
    refused(post(client, RESET, {**body, "code": wrong(code)}), 422, "sms_code_invalid")
    assert can_log_in(client, who.iin, who.password)
    response = post(client, RESET, {**body, "code": code})
    assert response.status_code == 204, response.text

    assert not can_log_in(client, who.iin, who.password)
    assert can_log_in(client, who.iin, new_password)
    refused(post(client, REFRESH, {"refresh_token": old_session.refresh_token}),
            401, "unauthorized")
    # The code was spent by the reset.
    refused(post(client, RESET, {**body, "code": code, "password": "Third-pass-99"}),
            422, "sms_code_invalid")
    assert can_log_in(client, who.iin, new_password)


def test_reset_needs_the_accounts_own_phone_and_iin(world: World) -> None:
    client = world.client
    who = parent(world)
    stranger = world.person(date(1990, 10, 10), "female")
    refused(post(client, SMS_CODE, {"phone": who.phone, "iin": stranger, "purpose": "reset"}),
            404, "account_not_found")
    assert [m["purpose"] for m in outbox(client, who.phone)] == ["register"]


def test_refresh_token_works_once(world: World) -> None:
    client = world.client
    who = parent(world)
    first = client.login(who.iin, who.password)
    response = post(client, REFRESH, {"refresh_token": first.refresh_token})
    assert response.status_code == 200, response.text
    second = response.json()
    assert second["refresh_token"] != first.refresh_token
    assert second["roles"] == ["parent"]
    assert get(client, "/api/v1/me", second["access_token"]).status_code == 200
    third = post(client, REFRESH, {"refresh_token": second["refresh_token"]})
    assert third.status_code == 200, third.text
    refused(post(client, REFRESH, {"refresh_token": "not-a-token"}), 401, "unauthorized")


def test_a_reused_refresh_token_ends_its_whole_log_in(world: World) -> None:
    """OAuth 2.0 Security BCP: a rotated token presented again means two holders, one of
    them a thief; every token of that log-in dies, the thief's newer one included."""
    client = world.client
    who = parent(world)
    stolen = client.login(who.iin, who.password)
    elsewhere = client.login(who.iin, who.password)  # another log-in of the same person
    thief = post(client, REFRESH, {"refresh_token": stolen.refresh_token}).json()
    thief = post(client, REFRESH, {"refresh_token": thief["refresh_token"]}).json()
    body = refused(post(client, REFRESH, {"refresh_token": stolen.refresh_token}), 401,
                   "unauthorized")
    assert body["detail"] == "this refresh token was already used"
    refused(post(client, REFRESH, {"refresh_token": thief["refresh_token"]}), 401,
            "unauthorized")
    # The other log-in is another family: it goes on.
    assert post(client, REFRESH, {"refresh_token": elsewhere.refresh_token}).status_code == 200
    assert client.login(who.iin, who.password).access_token


def test_refresh_tokens_live_in_real_time_not_sandbox_time(world: World) -> None:
    client = world.client
    who = parent(world)
    session = client.login(who.iin, who.password)
    client.advance(days=45)
    response = post(client, REFRESH, {"refresh_token": session.refresh_token})
    assert response.status_code == 200, response.text
    assert get(client, "/api/v1/me", response.json()["access_token"]).status_code == 200


def _tamper_roles(token: str, roles: list[str]) -> str:
    header, payload, mac = token.split(".")
    claims = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    claims["roles"] = roles
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{mac}"


def test_tampered_access_token_is_unauthorized(world: World) -> None:
    client = world.client
    who = parent(world)
    token = client.login(who.iin, who.password).access_token
    assert get(client, "/api/v1/me", token).status_code == 200
    signed, _, mac = token.rpartition(".")
    middle = len(mac) // 2
    flipped = f"{signed}.{mac[:middle]}{'A' if mac[middle] != 'A' else 'B'}{mac[middle + 1:]}"
    # The same MAC bytes spelled differently: the last character's spare low bits set.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    respelled = token[:-1] + alphabet[alphabet.index(token[-1]) ^ 1]
    assert base64.urlsafe_b64decode(respelled.rpartition(".")[2] + "=") == \
        base64.urlsafe_b64decode(mac + "=")
    unsigned = f"{signed.partition('.')[2]}."  # the header dropped: alg "none"
    for bad in (flipped, respelled, _tamper_roles(token, ["parent", "director"]), "garbage",
                f"{signed}.", token + "x", unsigned):
        refused(get(client, "/api/v1/me", bad), 401, "unauthorized")
    refused(get(client, "/api/v1/me"), 401, "unauthorized")


# roles


def test_parent_token_is_forbidden_in_the_staff_api(world: World) -> None:
    client = world.client
    who = parent(world)
    token = client.login(who.iin, who.password).access_token
    refused(get(client, "/api/v1/staff/changes", token), 403, "forbidden")
    assert get(client, "/api/v1/me/applications", token).status_code == 200


def test_staff_token_is_forbidden_in_the_parents_api(world: World) -> None:
    client = world.client
    staff = world.staff(world.kindergarten(), ["director"])
    refused(get(client, "/api/v1/me/applications", staff.access_token), 403, "forbidden")
    assert get(client, "/api/v1/staff/changes", staff.access_token).status_code == 200


def test_role_scoping(world: World) -> None:
    client = world.client
    kg = world.kindergarten()
    iin, full = world.staff_iin(kg, ["director", "methodologist"])
    assert sorted(full.roles) == ["director", "methodologist"]

    response = log_in(client, iin, PASSWORD, role="methodologist")
    assert response.status_code == 200, response.text
    scoped = response.json()
    assert scoped["roles"] == ["methodologist"]
    assert sorted(scoped["available_roles"]) == ["director", "methodologist"]
    assert get(client, "/api/v1/me", scoped["access_token"]).json()["roles"] == \
        ["methodologist"]
    # Refreshing keeps the chosen role.
    again = post(client, REFRESH, {"refresh_token": scoped["refresh_token"]})
    assert again.status_code == 200, again.text
    assert again.json()["roles"] == ["methodologist"]
    # Who signed in comes with the tokens, as `GET /me` names them.
    me = get(client, "/api/v1/me", scoped["access_token"]).json()
    assert scoped["account_id"] == again.json()["account_id"] == me["id"]
    assert again.json()["kindergarten_id"] == me["kindergarten"]["id"] == kg["id"]

    for role in ("administrator", "parent"):
        refused(log_in(client, iin, PASSWORD, role=role), 403, "forbidden_role")


# languages


def test_problem_titles_follow_accept_language(world: World) -> None:
    client = world.client
    bad = with_bad_check_digit(world.person(date(1992, 7, 7), "male"))
    body = {"phone": world.phone(), "iin": bad, "purpose": "register"}
    titles = {}
    for language in ("kk", "ru-RU,ru;q=0.9", "en-GB"):
        response = post(client, SMS_CODE, body, {"Accept-Language": language})
        titles[language[:2]] = refused(response, 422, "invalid_iin")["title"]
    assert titles["kk"] == "ЖСН қате: 12 цифрды тексеріңіз."
    assert titles["ru"] == "Неверный ИИН: проверьте 12 цифр."
    assert titles["en"] == "Invalid IIN: check the 12 digits."
    assert len(set(titles.values())) == 3


# passwords at rest


def test_passwords_are_stored_as_argon2id_hashes() -> None:
    stored = security.hash_password(PASSWORD)
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert security.hash_password(PASSWORD) != stored  # salted
    assert security.verify_password(stored, PASSWORD)
    assert not security.verify_password(stored, PASSWORD + "x")
    assert not security.verify_password(stored, "")
    assert not security.verify_password(None, PASSWORD)
    assert not security.verify_password("", PASSWORD)
    assert not security.verify_password(PASSWORD, PASSWORD)  # a plain text "hash"


@pytest.mark.parametrize(("length", "accepted"), [(0, False), (7, False), (8, True),
                                                  (40, True), (41, False)])
def test_password_rules(length: int, accepted: bool) -> None:
    password = "ә" * length
    if accepted:
        security.check_password_rules(password)
    else:
        with pytest.raises(Problem) as refusal:
            security.check_password_rules(password)
        assert refusal.value.code == "invalid_password"
