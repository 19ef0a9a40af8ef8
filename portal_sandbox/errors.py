"""Problem documents (RFC 9457): a stable machine `code` and a human `title` in kk, ru, en.

Every refusal the portal can make is named here once, with its HTTP status and its title in
the three languages, so the API, the mutation results and the tests share one vocabulary.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "ru"


@dataclass(frozen=True)
class Entry:
    status: int
    kk: str
    ru: str
    en: str

    def title(self, language: str) -> str:
        return str(getattr(self, language if language in LANGUAGES else DEFAULT_LANGUAGE))


CATALOGUE: dict[str, Entry] = {
    # the request itself
    "validation_error": Entry(
        422,
        "Сұрау дұрыс толтырылмаған: белгіленген өрістерді тексеріңіз.",
        "Запрос заполнен неверно: проверьте отмеченные поля.",
        "The request is not filled in correctly: check the fields listed.",
    ),
    "not_found": Entry(
        404,
        "Сұралған жазба табылмады.",
        "Запрошенная запись не найдена.",
        "The requested record was not found.",
    ),
    "method_not_allowed": Entry(
        405,
        "Бұл мекенжайда мұндай әрекет жоқ.",
        "Такое действие по этому адресу не поддерживается.",
        "This action is not supported at this address.",
    ),
    "unsupported_media_type": Entry(
        415,
        "Файл түрі қолдау көрсетілмейді: тек PDF, JPEG немесе PNG жүктеңіз.",
        "Тип файла не поддерживается: загрузите PDF, JPEG или PNG.",
        "The file type is not supported: upload a PDF, JPEG or PNG.",
    ),
    "file_too_large": Entry(
        413,
        "Файл тым үлкен: көлемін азайтып (мысалы, сапасын төмендетіп), қайта жүктеңіз.",
        "Файл слишком большой: уменьшите его (например, качество скана) и загрузите снова.",
        "The file is too large: make it smaller (a lower scan quality, say) and upload again.",
    ),
    "request_too_large": Entry(
        413,
        "Сұрау тым үлкен: бір жолы азырақ жіберіңіз.",
        "Запрос слишком большой: отправляйте меньше данных за один раз.",
        "The request is too large: send less at a time.",
    ),
    "file_unreadable": Entry(
        422,
        "Файл ашылмайды: ол бүлінген немесе шын мәнінде басқа түрдегі файл. Оны PDF, JPEG "
        "немесе PNG ретінде қайта сақтап, жүктеңіз.",
        "Файл не открывается: он повреждён или на самом деле другого типа. Сохраните его "
        "заново как PDF, JPEG или PNG и загрузите.",
        "The file does not open: it is damaged or really of another type. Save it again as a "
        "PDF, JPEG or PNG and upload it.",
    ),
    "empty_file": Entry(
        422,
        "Файл бос: басқа файлды таңдаңыз.",
        "Файл пуст: выберите другой файл.",
        "The file is empty: choose another file.",
    ),
    "digest_mismatch": Entry(
        422,
        "Файлдың бақылау сомасы мекенжайдағыға сәйкес келмейді: файлды қайта жіберіңіз.",
        "Контрольная сумма файла не совпадает с указанной: отправьте файл заново.",
        "The file's checksum does not match the one given: send the file again.",
    ),
    "range_not_satisfiable": Entry(
        416,
        "Сұралған бөлік файлдың шегінен тыс: файлды басынан жүктеңіз.",
        "Запрошенная часть вне файла: загрузите файл с начала.",
        "The requested range lies outside the file: download it from the start.",
    ),
    "idempotency_key_reused": Entry(
        422,
        "Бұл сұрау кілті басқа мазмұнмен бұрын қолданылған.",
        "Этот ключ запроса уже использован с другим содержимым.",
        "This idempotency key was already used with a different body.",
    ),
    "internal_error": Entry(
        500,
        "Порталда ішкі қате болды: кейінірек қайталаңыз.",
        "Внутренняя ошибка портала: повторите позже.",
        "The portal had an internal error: try again later.",
    ),
    "retry_later": Entry(
        503,
        "Портал қазір бос емес: әрекет кейінірек қайталанады.",
        "Портал сейчас занят: действие будет повторено позже.",
        "The portal is busy right now: the action will be retried later.",
    ),
    # identity
    "unauthorized": Entry(
        401,
        "Жүйеге кіріңіз.",
        "Войдите в систему.",
        "Please log in.",
    ),
    "token_expired": Entry(
        401,
        "Сеанс мерзімі бітті: қайта кіріңіз.",
        "Сеанс истёк: войдите снова.",
        "Your session has expired: log in again.",
    ),
    "forbidden": Entry(
        403,
        "Бұл әрекетке рұқсатыңыз жоқ.",
        "У вас нет доступа к этому действию.",
        "You are not allowed to do this.",
    ),
    "forbidden_role": Entry(
        403,
        "Сіздің рөліңіз бұл әрекетке рұқсат бермейді: басшыға жүгініңіз.",
        "Ваша роль не позволяет это действие: обратитесь к руководителю.",
        "Your role does not allow this: ask the director.",
    ),
    "invalid_credentials": Entry(
        401,
        "Логин немесе құпиясөз қате.",
        "Неверный логин или пароль.",
        "Wrong login or password.",
    ),
    "invalid_iin": Entry(
        422,
        "ЖСН қате: 12 цифрды тексеріңіз.",
        "Неверный ИИН: проверьте 12 цифр.",
        "Invalid IIN: check the 12 digits.",
    ),
    "invalid_bin": Entry(
        422,
        "БСН қате: 12 цифрды тексеріңіз.",
        "Неверный БИН: проверьте 12 цифр.",
        "Invalid BIN: check the 12 digits.",
    ),
    "invalid_phone": Entry(
        422,
        "Телефон нөмірі қате: +7 7XX XXX XX XX түрінде енгізіңіз.",
        "Неверный номер телефона: введите в виде +7 7XX XXX XX XX.",
        "Invalid phone number: enter it as +7 7XX XXX XX XX.",
    ),
    "invalid_password": Entry(
        422,
        "Құпиясөз 8-ден 40-қа дейін таңбадан тұруы керек.",
        "Пароль должен состоять из 8–40 символов.",
        "The password must be 8 to 40 characters long.",
    ),
    "person_not_found": Entry(
        404,
        "Бұл ЖСН мемлекеттік тізілімде табылмады: ЖСН-ды тексеріңіз.",
        "Этот ИИН не найден в государственной базе: проверьте ИИН.",
        "This IIN is not in the state register: check the IIN.",
    ),
    "person_exists": Entry(
        409,
        "Бұл ЖСН тізілімде басқа адамға тиесілі: ЖСН-ды және адамның деректерін тексеріңіз.",
        "Этот ИИН в базе принадлежит другому человеку: проверьте ИИН и данные человека.",
        "This IIN belongs to someone else in the register: check the IIN and the person's "
        "details.",
    ),
    "account_exists": Entry(
        409,
        "Бұл ЖСН немесе телефонмен тіркелгі бар: жүйеге кіріңіз немесе құпиясөзді қалпына "
        "келтіріңіз.",
        "Учётная запись с этим ИИН или телефоном уже есть: войдите или восстановите пароль.",
        "An account with this IIN or phone exists: log in or reset the password.",
    ),
    "account_not_found": Entry(
        404,
        "Бұл телефон мен ЖСН бойынша тіркелгі жоқ: алдымен тіркеліңіз.",
        "Учётной записи с таким телефоном и ИИН нет: сначала зарегистрируйтесь.",
        "There is no account with this phone and IIN: register first.",
    ),
    "sms_code_invalid": Entry(
        422,
        "SMS-код қате: SMS-тегі кодты қайта енгізіңіз.",
        "Неверный SMS-код: введите код из SMS ещё раз.",
        "Wrong SMS code: enter the code from the SMS again.",
    ),
    "sms_code_expired": Entry(
        422,
        "SMS-код мерзімі бітті: жаңа код сұраңыз.",
        "Срок SMS-кода истёк: запросите новый код.",
        "The SMS code has expired: request a new one.",
    ),
    "sms_attempts_exceeded": Entry(
        429,
        "Қате енгізу саны шектен асты: жаңа код сұраңыз.",
        "Слишком много неверных попыток: запросите новый код.",
        "Too many wrong attempts: request a new code.",
    ),
    "sms_too_frequent": Entry(
        429,
        "Код жаңа ғана жіберілді: бір минуттан кейін қайталаңыз.",
        "Код только что отправлен: повторите через минуту.",
        "A code was just sent: try again in a minute.",
    ),
    "login_attempts_exceeded": Entry(
        429,
        "Кіру әрекеттері тым көп болды: біраз күтіп, қайта кіріңіз.",
        "Слишком много неудачных попыток входа: подождите и попробуйте снова.",
        "Too many failed log-in attempts: wait a while and try again.",
    ),
    "eds_challenge_invalid": Entry(
        401,
        "ЭЦҚ арқылы кіру сұрауының мерзімі бітті: қайта кіріңіз.",
        "Запрос входа по ЭЦП устарел: войдите ещё раз.",
        "The EDS log-in challenge has expired: log in again.",
    ),
    "eds_unknown_signer": Entry(
        401,
        "Бұл ЭЦҚ кілтінің иесі порталда тіркелмеген.",
        "Владелец этого ключа ЭЦП не зарегистрирован на портале.",
        "The owner of this EDS key has no account on the portal.",
    ),
    # parents, children, applications
    "child_not_in_register": Entry(
        404,
        "Баланың ЖСН тізілімде табылмады: ЖСН-ды тексеріңіз.",
        "ИИН ребёнка не найден в базе: проверьте ИИН.",
        "The child's IIN is not in the register: check the IIN.",
    ),
    "not_your_child": Entry(
        403,
        "Тізілім бойынша сіз бұл баланың заңды өкілі емессіз.",
        "По данным базы вы не являетесь законным представителем этого ребёнка.",
        "According to the register you are not this child's legal representative.",
    ),
    "child_exists": Entry(
        409,
        "Бұл бала тізіміңізде бар.",
        "Этот ребёнок уже есть в вашем списке.",
        "This child is already on your list.",
    ),
    "application_exists": Entry(
        409,
        "Бұл балаға белсенді өтініш бар.",
        "У этого ребёнка уже есть действующее заявление.",
        "This child already has an active application.",
    ),
    "not_allowed_in_status": Entry(
        409,
        "Өтініштің қазіргі мәртебесінде бұл әрекет мүмкін емес.",
        "В текущем статусе заявления это действие недоступно.",
        "This action is not available in the application's current status.",
    ),
    "deadline_passed": Entry(
        409,
        "Мерзім өтіп кетті.",
        "Срок истёк.",
        "The deadline has passed.",
    ),
    "extension_not_available": Entry(
        409,
        "Ұзарту тек бесінші жұмыс күні және бір рет қана беріледі.",
        "Продление доступно только на пятый рабочий день и только один раз.",
        "An extension is offered only on the fifth working day, and only once.",
    ),
    "restore_not_available": Entry(
        409,
        "Стоп-парақтан қалпына келтіру бір рет және 28 күн ішінде ғана мүмкін.",
        "Восстановление из стоп-листа возможно один раз и только в течение 28 дней.",
        "Restoring from the stop-list is possible once, and only within 28 days.",
    ),
    "kindergarten_not_found": Entry(
        404,
        "Балабақша табылмады.",
        "Детский сад не найден.",
        "Kindergarten not found.",
    ),
    "group_mismatch": Entry(
        422,
        "Топ баланың жасына немесе оқыту тіліне сәйкес келмейді.",
        "Группа не подходит ребёнку по возрасту или языку обучения.",
        "The group does not suit the child's age or language of education.",
    ),
    "group_name_taken": Entry(
        409,
        "Бұл атаумен топ балабақшада бар: басқа атау таңдаңыз.",
        "Группа с таким названием в детском саду уже есть: выберите другое название.",
        "The kindergarten already has a group of this name: choose another name.",
    ),
    "group_not_empty": Entry(
        409,
        "Топта балалар бар: алдымен оларды басқа топқа ауыстырыңыз.",
        "В группе есть дети: сначала переведите их в другую группу.",
        "The group still has children: move them to another group first.",
    ),
    "group_closed": Entry(
        409,
        "Топ жабылған және балаларды қабылдамайды.",
        "Группа закрыта и детей не принимает.",
        "The group is closed and takes no children.",
    ),
    "capacity_exceeded": Entry(
        409,
        "Топта бос орын жоқ.",
        "В группе нет свободных мест.",
        "The group has no free places.",
    ),
    "version_conflict": Entry(
        409,
        "Жазбаны басқа біреу өзгертті: жаңа нұсқасын қарап, қайталаңыз.",
        "Запись уже изменил кто-то другой: посмотрите новую версию и повторите.",
        "Someone else changed this record: review the new version and try again.",
    ),
    "already_decided": Entry(
        409,
        "Бұл өтініш бойынша шешімді әріптесіңіз қабылдап қойған.",
        "По этой заявке решение уже принял ваш коллега.",
        "A colleague has already decided on this request.",
    ),
    "unknown_document_kind": Entry(
        404,
        "Мұндай құжат түрі жоқ.",
        "Такого вида документа нет.",
        "There is no such kind of document.",
    ),
    "documents_incomplete": Entry(
        409,
        "Міндетті құжаттардың бәрі қабылданбаған: алдымен құжаттарды тексеріңіз.",
        "Не все обязательные документы приняты: сначала проверьте документы.",
        "Not all required documents are accepted: review the documents first.",
    ),
    "contract_missing": Entry(
        409,
        "Шарт әлі жіберілмеген.",
        "Договор ещё не отправлен.",
        "The contract has not been sent yet.",
    ),
    "upload_missing": Entry(
        409,
        "Файл порталға жүктелмеген: алдымен файлды жүктеңіз.",
        "Файл не загружен на портал: сначала загрузите файл.",
        "The file has not been uploaded to the portal: upload it first.",
    ),
    "unknown_decline_reason": Entry(
        422,
        "Бас тарту себебі тізімде жоқ.",
        "Такой причины отказа нет в списке.",
        "This decline reason is not on the list.",
    ),
    # signatures
    "signature_invalid": Entry(
        422,
        "Қолтаңба жарамсыз: құжат өзгертілген немесе сертификат жарамсыз (мерзімі өткен, "
        "кері қайтарылған).",
        "Подпись недействительна: документ изменён или сертификат недействителен (истёк, "
        "отозван).",
        "The signature is not valid: the document was changed or the certificate is not "
        "valid (expired, revoked).",
    ),
    "signer_mismatch": Entry(
        422,
        "Құжатқа басқа адам қол қойған немесе оның қол қою құқығы жоқ.",
        "Документ подписан другим лицом или лицом без права подписи.",
        "The document was signed by someone else or by someone without the right to sign.",
    ),
    "document_mismatch": Entry(
        422,
        "Қол қойылған файл жіберілген шарттың өзі емес.",
        "Подписанный файл не является тем самым отправленным договором.",
        "The signed file is not the contract that was sent.",
    ),
    # staff feed and mutations
    "cursor_invalid": Entry(
        400,
        "Синхрондау курсоры жарамсыз: толық синхрондау қажет.",
        "Курсор синхронизации недействителен: нужна полная синхронизация.",
        "The sync cursor is not valid: a full sync is needed.",
    ),
    "cursor_expired": Entry(
        410,
        "Синхрондау курсорының мерзімі бітті: толық синхрондау қажет.",
        "Курсор синхронизации устарел: нужна полная синхронизация.",
        "The sync cursor has expired: a full sync is needed.",
    ),
    "unknown_mutation": Entry(
        422,
        "Белгісіз әрекет: бағдарламаны жаңартыңыз.",
        "Неизвестное действие: обновите программу.",
        "Unknown action: update the program.",
    ),
    "payload_hash_mismatch": Entry(
        422,
        "Әрекеттің бақылау сомасы сәйкес емес: әрекет бүлінген.",
        "Контрольная сумма действия не совпадает: действие повреждено.",
        "The action's checksum does not match: the action is corrupted.",
    ),
    "sequence_reused": Entry(
        422,
        "Әрекет нөмірі басқа мазмұнмен бұрын қолданылған: бұл тұтастық қатесі.",
        "Номер действия уже использован с другим содержимым: это ошибка целостности.",
        "The action's number was already used with another payload: an integrity error.",
    ),
    "controls_local_only": Entry(
        403,
        "Құмсалғышты басқару тек ол іске қосылған компьютерден қолжетімді: сол компьютерде "
        "орындаңыз немесе құмсалғышты --allow-remote-controls арқылы іске қосыңыз.",
        "Управление песочницей доступно только с компьютера, где она запущена: выполните "
        "действие там или запустите песочницу с --allow-remote-controls.",
        "The sandbox's controls answer only the computer it runs on: act from there, or "
        "start the sandbox with --allow-remote-controls.",
    ),
    "sandbox_only": Entry(
        404,
        "Бұл басқару тек құмсалғыш режимінде қолжетімді.",
        "Это управление доступно только в режиме песочницы.",
        "This control exists only when the portal runs as a sandbox.",
    ),
}


class Problem(Exception):
    """A refusal with a catalogue code; extra fields go into the problem document."""

    def __init__(self, code: str, detail: str | None = None, **extra: Any) -> None:
        if code not in CATALOGUE:
            raise KeyError(f"problem code {code!r} is not in the catalogue")
        super().__init__(code if detail is None else f"{code}: {detail}")
        self.code = code
        self.detail = detail
        self.extra = extra

    @property
    def status(self) -> int:
        return CATALOGUE[self.code].status

    def document(self, language: str, instance: str | None = None) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "type": f"urn:balabaqsha:problem:{self.code}",
            "title": title(self.code, language),
            "status": self.status,
            "code": self.code,
        }
        if self.detail:
            doc["detail"] = self.detail
        if instance:
            doc["instance"] = instance
        doc.update(self.extra)
        return doc


def title(code: str, language: str) -> str:
    return CATALOGUE[code].title(language)


def negotiate_language(accept_language: str | None) -> str:
    """Pick kk, ru or en from an Accept-Language header by its q-values."""
    if not accept_language:
        return DEFAULT_LANGUAGE
    choices: list[tuple[float, int, str]] = []
    for position, part in enumerate(accept_language.split(",")):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                quality = 0.0
        primary = tag.strip().lower().split("-")[0]
        if primary in LANGUAGES and quality > 0:
            choices.append((-quality, position, primary))
    return min(choices)[2] if choices else DEFAULT_LANGUAGE
