"""People and accounts: the register stand-in, the SMS gateway stand-in, log-in."""

from __future__ import annotations

import contextlib
import re
import secrets
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from portal_sandbox.config import Settings
from portal_sandbox.errors import Problem
from portal_sandbox.iin import bin_is_valid, iin_is_valid
from portal_sandbox.models import Account, Person, SmsCode
from portal_sandbox.security import verify_password
from portal_sandbox.throttle import LoginThrottle

# Kazakhstan's mobile numbers: +7 7XX XXX XX XX.
_PHONE = re.compile(r"^\+77\d{9}$")
PURPOSES = ("register", "login", "reset")
SMS_TEXTS = {
    "register": "BALABAQSHA: тіркелу коды / код регистрации {code}",
    "login": "BALABAQSHA: кіру коды / код входа {code}",
    "reset": "BALABAQSHA: құпиясөзді қалпына келтіру коды / код восстановления пароля {code}",
}


def normalise_phone(raw: str) -> str:
    digits = re.sub(r"[\s()\-]", "", raw)
    if digits.startswith("8") and len(digits) == 11:
        digits = "+7" + digits[1:]
    elif digits.startswith("7") and len(digits) == 11:
        digits = "+" + digits
    if not _PHONE.match(digits):
        raise Problem("invalid_phone")
    return digits


def check_iin(iin: str) -> str:
    if not iin_is_valid(iin):
        raise Problem("invalid_iin")
    return iin


def check_bin(value: str) -> str:
    if not bin_is_valid(value):
        raise Problem("invalid_bin")
    return value


def person(session: Session, iin: str) -> Person:
    found = session.get(Person, check_iin(iin))
    if found is None:
        raise Problem("person_not_found")
    return found


def account_by_phone_iin(session: Session, phone: str, iin: str) -> Account | None:
    return session.scalars(
        select(Account).where(Account.phone == phone, Account.iin == iin)
    ).first()


def send_code(session: Session, settings: Settings, now: datetime, phone: str, iin: str,
              purpose: str) -> SmsCode:
    if purpose not in PURPOSES:
        raise Problem("validation_error", "purpose must be register, login or reset")
    phone = normalise_phone(phone)
    check_iin(iin)
    if purpose == "register":
        person(session, iin)
        taken = session.scalars(
            select(Account.id).where(or_(Account.iin == iin, Account.phone == phone))
        ).first()
        if taken is not None:
            raise Problem("account_exists")
    elif account_by_phone_iin(session, phone, iin) is None:
        raise Problem("account_not_found")
    latest = session.scalars(
        select(SmsCode).where(SmsCode.phone == phone).order_by(SmsCode.id.desc())
    ).first()
    if latest is not None and not latest.used \
            and now - latest.created_at < timedelta(seconds=settings.sms_resend_seconds):
        raise Problem("sms_too_frequent", retry_after=settings.sms_resend_seconds)
    code = f"{secrets.randbelow(10**6):06d}"
    sms = SmsCode(phone=phone, iin=iin, purpose=purpose, code=code,
                  text=SMS_TEXTS[purpose].format(code=code), created_at=now,
                  expires_at=now + timedelta(seconds=settings.sms_code_seconds))
    session.add(sms)
    return sms


def use_code(session: Session, settings: Settings, now: datetime, phone: str, iin: str | None,
             purpose: str | None, code: str) -> SmsCode:
    """Check a code against the newest one sent to the phone; each wrong try counts."""
    query = select(SmsCode).where(SmsCode.phone == phone, SmsCode.used.is_(False))
    if purpose is not None:
        query = query.where(SmsCode.purpose == purpose)
    if iin is not None:
        query = query.where(SmsCode.iin == iin)
    sms = session.scalars(query.order_by(SmsCode.id.desc())).first()
    if sms is None:
        raise Problem("sms_code_invalid")
    if sms.attempts >= settings.sms_max_attempts:
        raise Problem("sms_attempts_exceeded")
    if now > sms.expires_at:
        raise Problem("sms_code_expired")
    if not secrets.compare_digest(sms.code, code.strip()):
        sms.attempts += 1
        # The failed attempt must count even though the request is refused.
        session.commit()
        if sms.attempts >= settings.sms_max_attempts:
            raise Problem("sms_attempts_exceeded")
        raise Problem("sms_code_invalid", attempts_left=settings.sms_max_attempts - sms.attempts)
    sms.used = True
    return sms


def find_by_login(session: Session, login: str) -> Account | None:
    """IIN, phone, login name or e-mail, as the portal's log-in tabs allow."""
    login = login.strip()
    candidates = [Account.login == login.lower(), Account.email == login.lower()]
    if login.isdigit() and len(login) == 12:
        candidates.append(Account.iin == login)
    with contextlib.suppress(Problem):  # not every login is a phone number
        candidates.append(Account.phone == normalise_phone(login))
    return session.scalars(select(Account).where(or_(*candidates))).first()


def authenticate(session: Session, throttle: LoginThrottle, source: str, login: str,
                 password: str) -> Account:
    """The account whose password this is. Failures count against the account (an unknown
    login against its own spelling, so a refusal looks the same either way) and the source."""
    account = find_by_login(session, login)
    key = f"a{account.id}" if account is not None else f"login:{login.strip().lower()}"
    throttle.check(key, source)
    if not verify_password(account.password_hash if account is not None else None, password):
        throttle.failed(key, source)
        raise Problem("invalid_credentials")
    assert account is not None
    throttle.succeeded(key)
    return account
