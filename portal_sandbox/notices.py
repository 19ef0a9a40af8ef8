"""What the portal tells people: notification texts, decline reasons and document kinds.

Texts follow the guide's wording where it shows one. Each is stored as a code and its
parameters and rendered in the reader's language, so a parent who switches language sees
the whole inbox in it.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from portal_sandbox.errors import DEFAULT_LANGUAGE, LANGUAGES
from portal_sandbox.workdays import PORTAL_TZ

Texts = tuple[str, str, str]  # kk, ru, en

NOTIFICATIONS: dict[str, Texts] = {
    "application_accepted": (
        "Өтінішіңіз қабылданды. Кезектегі орны {position}",
        "Ваша заявка принята. Место в очереди {position}",
        "Your application has been accepted. Place in the queue: {position}",
    ),
    "voucher_issued": (
        "{child} балаға ваучер берілді. Мүдделілігіңізді {confirm_by} дейін растаңыз",
        "Ребенку {child} выдан ваучер. Подтвердите заинтересованность до {confirm_by}",
        "A voucher has been issued to {child}. Confirm your interest by {confirm_by}",
    ),
    "voucher_confirmed": (
        "Сіз мүдделілігіңізді растадыңыз. Балабақшаны таңдап, шартты {enroll_by} дейін "
        "жасаңыз",
        "Вы подтвердили заинтересованность. Выберите детский сад и заключите договор до "
        "{enroll_by}",
        "You confirmed your interest. Choose a kindergarten and conclude the contract by "
        "{enroll_by}",
    ),
    "voucher_declined": (
        "Сіз ваучерден бас тарттыңыз. Өтініш мұрағатқа жіберілді",
        "Вы отказались от ваучера. Заявление перемещено в архив",
        "You declined the voucher. The application has been archived",
    ),
    "voucher_annulled_stop_list": (
        "Мүдделілік расталмағандықтан ваучеріңіз жойылды. Өтініш {until} дейін стоп-парақта",
        "Ваш ваучер был аннулирован из-за отсутствия подтверждения заинтересованности. "
        "Заявление в стоп-листе до {until}",
        "Your voucher was annulled because interest was not confirmed. The application is on "
        "the stop-list until {until}",
    ),
    "restored_from_stop_list": (
        "Өтініш кезекке қайта қойылды. Қайта қалпына келтіру мүмкін емес",
        "Заявление восстановлено в очереди. Повторное восстановление из стоп-листа не "
        "допускается",
        "The application is back in the queue. It cannot be restored from the stop-list again",
    ),
    "archived_stop_list_expired": (
        "Стоп-парақтағы 28 күн өтті. Өтініш мұрағатқа жіберілді",
        "Истекли 28 дней в стоп-листе. Заявление перемещено в архив",
        "The 28 days on the stop-list have passed. The application has been archived",
    ),
    "archived_second_no_response": (
        "Ваучер қайта расталмады және біржола жойылды. Өтініш мұрағатқа жіберілді",
        "Повторно не получено подтверждение: ваучер окончательно аннулирован, заявление "
        "перемещено в архив",
        "Interest was again not confirmed: the voucher is annulled for good and the "
        "application archived",
    ),
    "archived_enrollment_window_expired": (
        "Бала мерзімінде қабылданбады. Ваучер жойылды, өтініш мұрағатқа жіберілді",
        "Ребенок не зачислен в установленный срок. Ваучер аннулирован, заявление в архиве",
        "The child was not enrolled in time. The voucher is annulled and the application "
        "archived",
    ),
    "archived_withdrawn": (
        "Өтініш сіздің сұрауыңыз бойынша кері қайтарылды",
        "Заявление отозвано по вашему запросу",
        "The application was withdrawn at your request",
    ),
    "extension_granted": (
        "Ваучер {enroll_by} дейін ұзартылды",
        "Ваучер продлён до {enroll_by}",
        "The voucher has been extended until {enroll_by}",
    ),
    "request_sent": (
        "Өтініш «{kindergarten}» балабақшасына жіберілді. Балабақшадан шартты күтіңіз",
        "Заявка направлена в «{kindergarten}». Ожидайте договор от ДО",
        "The request has gone to “{kindergarten}”. Wait for the contract from the kindergarten",
    ),
    "request_accepted": (
        "«{kindergarten}» өтінішті қабылдады, балаға орын сақталды",
        "«{kindergarten}» принял заявку, место для ребенка зарезервировано",
        "“{kindergarten}” accepted the request; a place is reserved for the child",
    ),
    "request_declined": (
        "«{kindergarten}» өтініштен бас тартты: {reason}. Басқа балабақшаны {enroll_by} дейін "
        "таңдай аласыз",
        "«{kindergarten}» отклонил заявку: {reason}. Вы можете выбрать другой детский сад до "
        "{enroll_by}",
        "“{kindergarten}” declined the request: {reason}. You may choose another kindergarten "
        "by {enroll_by}",
    ),
    "documents_returned": (
        "«{kindergarten}» құжаттарды түзетуге қайтарды: {kinds}",
        "«{kindergarten}» вернул документы на доработку: {kinds}",
        "“{kindergarten}” returned documents for correction: {kinds}",
    ),
    "contract_received": (
        "«{kindergarten}» шартты қол қоюға жіберді",
        "«{kindergarten}» направил договор на подписание",
        "“{kindergarten}” has sent the contract for signing",
    ),
    "contract_signed_by_parent": (
        "Шартқа қол қойылып, балабақшаға жіберілді",
        "Договор подписан и отправлен в детский сад",
        "The contract is signed and has gone to the kindergarten",
    ),
    "enrolled": (
        "{child} «{kindergarten}» балабақшасына, «{group}» тобына қабылданды",
        "Ребенок {child} зачислен в «{kindergarten}», группа «{group}»",
        "{child} is enrolled in “{kindergarten}”, group “{group}”",
    ),
    "child_transferred": (
        "{child} «{source}» тобынан «{group}» тобына ауыстырылды",
        "Ребенок {child} переведен из группы «{source}» в группу «{group}»",
        "{child} has moved from group “{source}” to group “{group}”",
    ),
    # to a kindergarten's staff
    "staff_new_request": (
        "Жаңа өтініш №{number}: {child}",
        "Новая заявка №{number}: {child}",
        "New request #{number}: {child}",
    ),
    "staff_document_uploaded": (
        "№{number} өтініш бойынша құжат жүктелді: {kind}",
        "По заявке №{number} загружен документ: {kind}",
        "A document was uploaded for request #{number}: {kind}",
    ),
    "staff_contract_signed": (
        "Ата-ана №{number} өтініш бойынша шартқа қол қойды: енді сіздің қолыңыз керек",
        "Родитель подписал договор по заявке №{number}: нужна ваша подпись",
        "The parent signed the contract for request #{number}: your signature is needed",
    ),
    "staff_request_closed": (
        "№{number} өтініш жабылды: {reason}",
        "Заявка №{number} закрыта: {reason}",
        "Request #{number} is closed: {reason}",
    ),
}

DECLINE_REASONS: dict[str, Texts] = {
    "no_places": ("Бос орын жоқ", "Нет свободных мест", "No free places"),
    "age_mismatch": (
        "Баланың жасы топқа сәйкес келмейді",
        "Возраст ребенка не соответствует группе",
        "The child's age does not suit the group",
    ),
    "language_mismatch": (
        "Оқыту тілі сәйкес келмейді",
        "Язык обучения не соответствует",
        "The language of education does not match",
    ),
    "documents_invalid": (
        "Құжаттар жарамсыз",
        "Документы недействительны",
        "The documents are not valid",
    ),
    "medical_contraindications": (
        "Медициналық қарсы көрсетілімдер",
        "Медицинские противопоказания",
        "Medical contraindications",
    ),
    "parent_request": (
        "Ата-ананың өтініші бойынша",
        "По заявлению родителя",
        "At the parent's request",
    ),
    "other": ("Басқа себеп", "Другая причина", "Other reason"),
}

DOCUMENT_KINDS: dict[str, Texts] = {
    "form_027u": (
        "Медициналық анықтама (027/е нысаны)",
        "Справка формы 027/у",
        "Medical certificate, form 027/u",
    ),
    "birth_certificate": (
        "Баланың туу туралы куәлігі",
        "Свидетельство о рождении",
        "Birth certificate",
    ),
    "parent_id": (
        "Ата-ананың жеке куәлігі",
        "Удостоверение личности родителя",
        "Parent's ID card",
    ),
    "form_052_2u": (
        "Баланың денсаулық паспорты (052-2/е нысаны)",
        "Паспорт здоровья ребенка (форма 052-2/у)",
        "Child's health passport, form 052-2/u",
    ),
    "form_065u": (
        "Екпе картасы (065/е нысаны)",
        "Карта профилактических прививок (форма 065/у)",
        "Vaccination card, form 065/u",
    ),
    "pmpk": (
        "ПМПК қорытындысы",
        "Заключение ПМПК",
        "PMPK conclusion",
    ),
}
REQUIRED_DOCUMENTS = ("form_027u", "birth_certificate", "parent_id", "form_052_2u", "form_065u")

ARCHIVE_REASONS: dict[str, Texts] = {
    "declined": ("Ваучерден бас тартылды", "Отказ от ваучера", "Voucher declined"),
    "stop_list_expired": (
        "Стоп-парақ мерзімі бітті",
        "Истёк срок в стоп-листе",
        "Stop-list period expired",
    ),
    "second_no_response": (
        "Қайта жауап берілмеді",
        "Повторно нет ответа",
        "No response a second time",
    ),
    "enrollment_window_expired": (
        "Қабылдау мерзімі өтті",
        "Истёк срок зачисления",
        "Enrollment window expired",
    ),
    "withdrawn": ("Кері қайтарылды", "Отозвано", "Withdrawn"),
}


def pick(texts: Texts, language: str) -> str:
    return texts[LANGUAGES.index(language if language in LANGUAGES else DEFAULT_LANGUAGE)]


def format_date(value: Any) -> str:
    """Dates as the portal shows them: dd.MM.yyyy in the portal's time zone."""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        return value.astimezone(PORTAL_TZ).strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


_DATE_PARAMS = {"confirm_by", "enroll_by", "until"}


def render(code: str, params: dict[str, Any], language: str) -> str:
    values: dict[str, Any] = {}
    for key, value in params.items():
        if key in _DATE_PARAMS:
            values[key] = format_date(value)
        elif key == "reason_code":
            values["reason"] = pick(
                DECLINE_REASONS.get(str(value), DECLINE_REASONS["other"]), language
            )
            if params.get("comment"):
                values["reason"] += f" ({params['comment']})"
        elif key == "archive_reason":
            values["reason"] = pick(ARCHIVE_REASONS[str(value)], language)
        elif key == "kind":
            values["kind"] = pick(DOCUMENT_KINDS[str(value)], language)
        elif key == "kind_list":
            values["kinds"] = ", ".join(pick(DOCUMENT_KINDS[k], language) for k in value)
        else:
            values[key] = value
    return pick(NOTIFICATIONS[code], language).format_map(values)


def render_all(code: str, params: dict[str, Any]) -> dict[str, str]:
    return {language: render(code, params, language) for language in LANGUAGES}


def labels(texts: dict[str, Texts]) -> list[dict[str, str]]:
    return [{"code": code, **dict(zip(LANGUAGES, t, strict=True))} for code, t in texts.items()]
