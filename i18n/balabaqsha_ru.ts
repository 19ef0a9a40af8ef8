<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttentionModel</name>
    <message>
        <source>{outcome}: {reason}</source>
        <translation>{outcome}: {reason}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Ваше действие</translation>
    </message>
    <message>
        <source>The portal&apos;s answer</source>
        <translation>Ответ портала</translation>
    </message>
    <message>
        <source>Now on the portal</source>
        <translation>Сейчас на портале</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>The portal did not apply these actions: the situation changed before they reached it. Check each request as it is now and decide again if needed, then dismiss the entry.</source>
        <translation>Портал не применил эти действия: ситуация изменилась до того, как они до него дошли. Проверьте каждую заявку в её текущем состоянии, при необходимости примите решение повторно, затем закройте запись.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>I have seen this; remove it from the list</source>
        <translation>Ознакомлен(а), убрать из списка</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Нет записей, требующих внимания.</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Request №</source>
        <translation>Заявка №</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Направлен</translation>
    </message>
    <message>
        <source>Signed by the parent</source>
        <translation>Подписан родителем</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation>Подписан ДО</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Find by request number or child</source>
        <translation>Поиск по номеру заявки или ребёнку</translation>
    </message>
    <message>
        <source>No contracts yet. A contract appears here once it is sent to a parent.</source>
        <translation>Договоров пока нет. Договор появится здесь после отправки родителю.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Скопировать отчёт</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>This account is not on any kindergarten&apos;s staff.</source>
        <translation>Эта учётная запись не числится в штате ни одного детского сада.</translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet: sign in online first.</source>
        <translation>На этом компьютере ещё никто не входил: сначала войдите при наличии связи с порталом.</translation>
    </message>
    <message>
        <source>There is no saved data for the last user on this computer: sign in online first.</source>
        <translation>На этом компьютере нет сохранённых данных последнего пользователя: сначала войдите при наличии связи с порталом.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>The portal cannot be reached: type your password to open the data saved on this computer.</source>
        <translation>Портал недоступен: введите пароль, чтобы открыть данные, сохранённые на этом компьютере.</translation>
    </message>
    <message>
        <source>You have not signed in on this computer with a password yet, so the saved data cannot be opened while the portal is away.</source>
        <translation>Вы ещё не входили на этом компьютере по паролю, поэтому сохранённые данные нельзя открыть, пока портал недоступен.</translation>
    </message>
    <message>
        <source>Signing in is not possible.</source>
        <translation>Вход невозможен.</translation>
    </message>
    <message>
        <source>A decision on this request is already waiting to be sent to the portal.</source>
        <translation>Решение по этой заявке уже ожидает отправки на портал.</translation>
    </message>
    <message>
        <source>The request is no longer waiting for a decision.</source>
        <translation>Заявка больше не ожидает решения.</translation>
    </message>
    <message>
        <source>The request has been decided already.</source>
        <translation>По заявке уже принято решение.</translation>
    </message>
    <message>
        <source>Please add a comment.</source>
        <translation>Добавьте комментарий.</translation>
    </message>
    <message>
        <source>The request is not in the local data any more.</source>
        <translation>Заявки больше нет в локальных данных.</translation>
    </message>
    <message>
        <source>Your session on the portal has ended. Please sign in again; nothing you did is lost.</source>
        <translation>Сеанс работы с порталом завершён. Войдите повторно; выполненная работа не потеряна.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. Your work is kept on this computer and will be sent when the connection returns.</source>
        <translation>Портал недоступен. Ваша работа сохранена на этом компьютере и будет отправлена, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The portal refused the request ({code}).</source>
        <translation>Портал отклонил запрос ({code}).</translation>
    </message>
    <message>
        <source>The system&apos;s password store cannot be used, so the program cannot keep your sign-in safely. Unlock it (or ask your administrator) and try again.</source>
        <translation>Системное хранилище паролей недоступно, поэтому программа не может надёжно сохранить данные входа. Разблокируйте его (или обратитесь к администратору) и повторите попытку.</translation>
    </message>
    <message>
        <source>The saved data on this computer cannot be opened with its key. Sign in online to download it again.</source>
        <translation>Сохранённые на этом компьютере данные не открываются своим ключом. Войдите при наличии связи, чтобы загрузить их заново.</translation>
    </message>
    <message>
        <source>The saved data on this computer is damaged. Sign in online to download it again; support can recover unsent work from the log folder.</source>
        <translation>Сохранённые на этом компьютере данные повреждены. Войдите при наличии связи, чтобы загрузить их заново; неотправленную работу служба поддержки может восстановить из папки журналов.</translation>
    </message>
    <message>
        <source>The built-in training portal did not start. The details show what it printed.</source>
        <translation>Встроенный учебный портал не запустился. В подробностях показан его вывод.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing has been lost.</source>
        <translation>Диск заполнен. Освободите место и повторите попытку; ничего не потеряно.</translation>
    </message>
    <message>
        <source>The saved data is busy in another program. Is Balabaqsha Desk open twice? Close the other window and try again.</source>
        <translation>Сохранённые данные заняты другой программой. Возможно, Balabaqsha Desk открыт дважды? Закройте второе окно и повторите попытку.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your work is kept. Please send the report to support.</source>
        <translation>Во внутренней работе программы произошла ошибка. Ваша работа сохранена. Отправьте отчёт в службу поддержки.</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} лет</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Забронировано</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation>Поиск группы</translation>
    </message>
    <message>
        <source>No groups yet. They appear after the first sync with the portal.</source>
        <translation>Групп пока нет. Они появятся после первой синхронизации с порталом.</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>The session is locked</source>
        <translation>Сеанс заблокирован</translation>
    </message>
    <message>
        <source>Signed in as {login}. Enter your password to go on.</source>
        <translation>Выполнен вход: {login}. Чтобы продолжить, введите пароль.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Balabaqsha Desk</source>
        <translation>Вход — Balabaqsha Desk</translation>
    </message>
    <message>
        <source>Sign in to the BALABAQSHA portal</source>
        <translation>Вход на портал BALABAQSHA</translation>
    </message>
    <message>
        <source>Training portal (sandbox) on this computer: the data is made up.</source>
        <translation>Учебный портал (песочница) на этом компьютере: данные вымышленные.</translation>
    </message>
    <message>
        <source>Portal: {url}</source>
        <translation>Портал: {url}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>EDS key</source>
        <translation>Ключ ЭЦП</translation>
    </message>
    <message>
        <source>Login, IIN or phone:</source>
        <translation>Логин, ИИН или телефон:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>AUTH key (.p12):</source>
        <translation>Ключ AUTH (.p12):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Пароль ключа:</translation>
    </message>
    <message>
        <source>Use the AUTH_RSA key from your EDS folder; the signing key (RSA) is for contracts.</source>
        <translation>Используйте ключ AUTH_RSA из папки ЭЦП; ключ подписи (RSA) предназначен для договоров.</translation>
    </message>
    <message>
        <source>Staff accounts of the training portal: pick one to fill in the log-in.</source>
        <translation>Учётные записи сотрудников учебного портала: выберите одну, чтобы заполнить данные для входа.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. You can open the data saved on this computer and work offline: your actions are sent when the portal answers again.</source>
        <translation>Портал недоступен. Можно открыть данные, сохранённые на этом компьютере, и работать без связи: ваши действия будут отправлены, когда портал снова ответит.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Open offline</source>
        <translation>Открыть без связи</translation>
    </message>
    <message>
        <source>Choose the AUTH key</source>
        <translation>Выберите ключ AUTH</translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Ключи (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Choose the key file and type its password.</source>
        <translation>Выберите файл ключа и введите его пароль.</translation>
    </message>
    <message>
        <source>Type your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Выполняется вход…</translation>
    </message>
    <message>
        <source>Type your password to open the saved data.</source>
        <translation>Введите пароль, чтобы открыть сохранённые данные.</translation>
    </message>
    <message>
        <source>Opening the saved data…</source>
        <translation>Открываются сохранённые данные…</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>Песочница</translation>
    </message>
    <message>
        <source>You are working on the built-in training portal: the children and requests here are made up, and nothing reaches the real portal.</source>
        <translation>Вы работаете на встроенном учебном портале: дети и заявки здесь вымышленные, на настоящий портал ничего не отправляется.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Найти</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>Act as</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Договоры</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Allow the portal&apos;s changes?</source>
        <translation>Разрешить изменения портала?</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <source>Your session on the portal has ended. Enter your password to sign in again.</source>
        <translation>Сеанс работы с порталом завершён. Введите пароль, чтобы войти снова.</translation>
    </message>
    <message>
        <source>Act as {role}</source>
        <translation>Работать в роли: {role}</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Ваш пароль:</translation>
    </message>
    <message>
        <source>Switching role…</source>
        <translation>Смена роли…</translation>
    </message>
    <message>
        <source>The role was not switched</source>
        <translation>Роль не изменена</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available in this version.</source>
        <translation>Эта страница недоступна в данной версии.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Application submitted</source>
        <translation>Заявление подано</translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation>Выдан ваучер</translation>
    </message>
    <message>
        <source>Parent confirmed the voucher</source>
        <translation>Родитель подтвердил ваучер</translation>
    </message>
    <message>
        <source>Parent declined the voucher</source>
        <translation>Родитель отказался от ваучера</translation>
    </message>
    <message>
        <source>Restored from the stop-list</source>
        <translation>Восстановлено из стоп-листа</translation>
    </message>
    <message>
        <source>Enrollment window extended</source>
        <translation>Срок зачисления продлён</translation>
    </message>
    <message>
        <source>Request sent to the kindergarten</source>
        <translation>Заявка направлена в детский сад</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Заявка принята</translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation>Заявка отклонена</translation>
    </message>
    <message>
        <source>Document uploaded</source>
        <translation>Документ загружен</translation>
    </message>
    <message>
        <source>Documents reviewed</source>
        <translation>Документы рассмотрены</translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation>Договор направлен</translation>
    </message>
    <message>
        <source>Contract signed by the parent</source>
        <translation>Договор подписан родителем</translation>
    </message>
    <message>
        <source>Child enrolled</source>
        <translation>Ребёнок зачислен</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>This request is no longer in the cache.</source>
        <translation>Этой заявки больше нет в локальных данных.</translation>
    </message>
    <message>
        <source>Request №{number} — {child}</source>
        <translation>Заявка №{number} — {child}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Мальчик</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Девочка</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Поступила в ДО</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Decline reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдан</translation>
    </message>
    <message>
        <source>Confirm by</source>
        <translation>Подтвердить до</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждён</translation>
    </message>
    <message>
        <source>Enroll by</source>
        <translation>Зачислить до</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продлён</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} лет</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Свободных мест</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислен</translation>
    </message>
    <message>
        <source>{review}, not sent yet</source>
        <translation>{review}, ещё не отправлено</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ещё не отправлено</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>Request №{number}</source>
        <translation>Заявка №{number}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Working days the parent has left to enroll the child</source>
        <translation>Сколько рабочих дней осталось у родителя для зачисления ребёнка</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принята</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислен</translation>
    </message>
    <message>
        <source>Group {id}</source>
        <translation>Группа {id}</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ещё не отправлено</translation>
    </message>
    <message>
        <source>{review}, not sent yet</source>
        <translation>{review}, ещё не отправлено</translation>
    </message>
    <message>
        <source>Your decision is saved here and waits to be sent to the portal.</source>
        <translation>Ваше решение сохранено здесь и ожидает отправки на портал.</translation>
    </message>
    <message>
        <source>The deadline passed: {deadline}</source>
        <translation>Срок истёк: {deadline}</translation>
    </message>
    <message>
        <source>Deadline: {deadline}</source>
        <translation>Срок: {deadline}</translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation>ИИН {iin}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Name, IIN or number</source>
        <translation>ФИО, ИИН или номер</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>With the kindergarten</source>
        <translation>На рассмотрении в ДО</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Любой язык</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Срок истёк</translation>
    </message>
    <message numerus="yes">
        <source>Within %n working day(s)</source>
        <translation>
            <numerusform>В течение %n рабочего дня</numerusform>
            <numerusform>В течение %n рабочих дней</numerusform>
            <numerusform>В течение %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>when the group starts</source>
        <translation>на дату начала группы</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Youngest age, in full years</source>
        <translation>Минимальный возраст, полных лет</translation>
    </message>
    <message>
        <source>Oldest age, in full years</source>
        <translation>Максимальный возраст, полных лет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Language of education</source>
        <translation>Язык обучения</translation>
    </message>
    <message>
        <source>The parent&apos;s deadline</source>
        <translation>Срок родителя</translation>
    </message>
    <message>
        <source>Age counted</source>
        <translation>Возраст на дату</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>No requests match. Clear the search or the filters to see all the requests in this computer&apos;s copy.</source>
        <translation>Подходящих заявок нет. Очистите поиск или фильтры, чтобы увидеть все заявки, сохранённые на этом компьютере.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SandboxStartDialog</name>
    <message>
        <source>Balabaqsha Desk</source>
        <translation>Balabaqsha Desk</translation>
    </message>
    <message>
        <source>Starting the training portal…</source>
        <translation>Запуск учебного портала…</translation>
    </message>
    <message>
        <source>No portal is set up, so the program uses its built-in training portal. The first start builds a demo world and can take up to a minute.</source>
        <translation>Портал не настроен, поэтому программа использует встроенный учебный портал. При первом запуске создаётся демонстрационный мир, это может занять до минуты.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Адрес портала:</translation>
    </message>
    <message>
        <source>Empty: the built-in training portal</source>
        <translation>Пусто: встроенный учебный портал</translation>
    </message>
    <message>
        <source>A new address is used from the next sign-in.</source>
        <translation>Новый адрес будет использован со следующего входа.</translation>
    </message>
    <message>
        <source>Lock after inactivity:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync with the portal every:</source>
        <translation>Синхронизировать с порталом каждые:</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>● Online</source>
        <translation>● В сети</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Нет связи</translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation>● Синхронизация…</translation>
    </message>
    <message>
        <source>The portal answers.</source>
        <translation>Портал отвечает.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. You can go on working: your actions wait on this computer and are sent when it answers.</source>
        <translation>Портал недоступен. Можно продолжать работу: ваши действия сохраняются на этом компьютере и будут отправлены, когда портал ответит.</translation>
    </message>
    <message>
        <source>Exchanging changes with the portal.</source>
        <translation>Идёт обмен изменениями с порталом.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Синхронизации ещё не было</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Последняя синхронизация: {when}</translation>
    </message>
    <message>
        <source>To send: {count}</source>
        <translation>К отправке: {count}</translation>
    </message>
    <message>
        <source>Your actions that the portal has not confirmed yet</source>
        <translation>Ваши действия, ещё не подтверждённые порталом</translation>
    </message>
    <message>
        <source>Needs attention: {count}</source>
        <translation>Требует внимания: {count}</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
    <message>
        <source>Sync with the portal now (F5)</source>
        <translation>Синхронизировать с порталом сейчас (F5)</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>sending</source>
        <translation>отправка</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>получение</translation>
    </message>
    <message>
        <source>The portal&apos;s data would delete most of what is saved on this computer. Allow it only if you expect that (for example, a new school year).</source>
        <translation>Данные портала удалят большую часть сохранённого на этом компьютере. Разрешайте это, только если вы этого ожидаете (например, в начале нового учебного года).</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>In the queue</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation>Выдан ваучер</translation>
    </message>
    <message>
        <source>On the stop-list</source>
        <translation>В стоп-листе</translation>
    </message>
    <message>
        <source>Choosing a kindergarten</source>
        <translation>Выбор детского сада</translation>
    </message>
    <message>
        <source>Awaiting the contract</source>
        <translation>Ожидает договор</translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation>Договор направлен</translation>
    </message>
    <message>
        <source>Awaiting countersignature</source>
        <translation>Ожидает подписи ДО</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Зачислен</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>Sent to the parent</source>
        <translation>Направлен родителю</translation>
    </message>
    <message>
        <source>Signed by the parent</source>
        <translation>Подписан родителем</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation>Подписан сторонами</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Methodologist</source>
        <translation>Методист</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <source>Will be retried</source>
        <translation>Будет повторено</translation>
    </message>
    <message>
        <source>Accept request №{number}</source>
        <translation>Принять заявку №{number}</translation>
    </message>
    <message>
        <source>Decline request №{number}</source>
        <translation>Отклонить заявку №{number}</translation>
    </message>
    <message>
        <source>Return the documents of request №{number}</source>
        <translation>Вернуть документы по заявке №{number}</translation>
    </message>
    <message>
        <source>Send the contract for request №{number}</source>
        <translation>Направить договор по заявке №{number}</translation>
    </message>
    <message>
        <source>Countersign the contract for request №{number}</source>
        <translation>Подписать договор по заявке №{number}</translation>
    </message>
    <message>
        <source>Set the capacity of group “{group}” to {capacity}</source>
        <translation>Установить число мест в группе «{group}»: {capacity}</translation>
    </message>
    <message>
        <source>Create group “{group}”</source>
        <translation>Создать группу «{group}»</translation>
    </message>
    <message>
        <source>Change group “{group}”</source>
        <translation>Изменить группу «{group}»</translation>
    </message>
    <message>
        <source>Publish the forecast of places</source>
        <translation>Опубликовать прогноз мест</translation>
    </message>
    <message>
        <source>? (id {id})</source>
        <translation>? (id {id})</translation>
    </message>
    <message>
        <source>No longer with this kindergarten</source>
        <translation>Больше не в этом детском саду</translation>
    </message>
    <message>
        <source>{status}, accepted</source>
        <translation>{status}, принята</translation>
    </message>
    <message>
        <source>{status}, declined</source>
        <translation>{status}, отклонена</translation>
    </message>
    <message>
        <source>Capacity {capacity}, free places {free}</source>
        <translation>Мест {capacity}, свободно {free}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>not a portal address (http://… or https://…): {value}</source>
        <translation>это не адрес портала (http://… или https://…): {value}</translation>
    </message>
    <message>
        <source>expected KIND=TEXT (kinds: {kinds}), got {value}</source>
        <translation>ожидалось ВИД=ТЕКСТ (виды: {kinds}), получено: {value}</translation>
    </message>
    <message>
        <source>Balabaqsha Desk: without a command, the window; with one, the same services on the command line. Exit codes: 0 done, 1 refused, 2 bad usage, 3 the portal could not be reached (the work waits in the outbox).</source>
        <translation>Balabaqsha Desk: без команды — окно; с командой — те же службы в командной строке. Коды завершения: 0 выполнено, 1 отказ, 2 неверный вызов, 3 портал недоступен (работа ожидает в очереди отправки).</translation>
    </message>
    <message>
        <source>keep settings, local data, documents and logs in DIR</source>
        <translation>хранить настройки, локальные данные, документы и журналы в папке DIR</translation>
    </message>
    <message>
        <source>the portal to use; remembered in the profile</source>
        <translation>используемый портал; запоминается в профиле</translation>
    </message>
    <message>
        <source>sign in (password from BALABAQSHA_PASSWORD or asked on the terminal)</source>
        <translation>вход (пароль берётся из BALABAQSHA_PASSWORD или запрашивается в терминале)</translation>
    </message>
    <message>
        <source>IIN, phone, login name or e-mail</source>
        <translation>ИИН, телефон, логин или электронная почта</translation>
    </message>
    <message>
        <source>one sync cycle: send the outbox, then fetch the portal&apos;s changes</source>
        <translation>один цикл синхронизации: отправить очередь, затем получить изменения портала</translation>
    </message>
    <message>
        <source>go on when the portal&apos;s data would delete most local requests</source>
        <translation>продолжать, даже если данные портала удалят большую часть локальных заявок</translation>
    </message>
    <message>
        <source>the requests in the local data (works offline)</source>
        <translation>заявки в локальных данных (работает без связи)</translation>
    </message>
    <message>
        <source>only requests in status S</source>
        <translation>только заявки в статусе S</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>массив JSON</translation>
    </message>
    <message>
        <source>record a decision on a request through the outbox (works offline)</source>
        <translation>записать решение по заявке через очередь отправки (работает без связи)</translation>
    </message>
    <message>
        <source>accept the request</source>
        <translation>принять заявку</translation>
    </message>
    <message>
        <source>decline the request</source>
        <translation>отклонить заявку</translation>
    </message>
    <message>
        <source>return documents to the parent</source>
        <translation>вернуть документы родителю</translation>
    </message>
    <message>
        <source>the request&apos;s id</source>
        <translation>идентификатор заявки</translation>
    </message>
    <message>
        <source>the portal&apos;s decline reason code (`other` always exists)</source>
        <translation>код причины отказа на портале (`other` есть всегда)</translation>
    </message>
    <message>
        <source>a comment for the parent</source>
        <translation>комментарий для родителя</translation>
    </message>
    <message>
        <source>a document kind and what is wrong with it (repeat for more)</source>
        <translation>вид документа и что в нём не так (повторите для нескольких)</translation>
    </message>
    <message>
        <source>actions the portal has not confirmed yet, and those needing attention</source>
        <translation>действия, ещё не подтверждённые порталом, и требующие внимания</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>объект JSON</translation>
    </message>
    <message>
        <source>check the local data, keyring, portal, CRL and disk</source>
        <translation>проверить локальные данные, хранилище ключей, портал, CRL и диск</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <source>Signed in as {name} ({roles}) at {kindergarten}.</source>
        <translation>Выполнен вход: {name} ({roles}), {kindergarten}.</translation>
    </message>
    <message>
        <source>The portal&apos;s data would delete most of the local requests ({detail}). Nothing was deleted. If that is expected, run `sync --allow-mass-delete`.</source>
        <translation>Данные портала удалят большую часть локальных заявок ({detail}). Ничего не удалено. Если это ожидаемо, выполните `sync --allow-mass-delete`.</translation>
    </message>
    <message>
        <source>No requests in the local data.</source>
        <translation>В локальных данных нет заявок.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>review</source>
        <translation>рассмотрение</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>child</source>
        <translation>ребёнок</translation>
    </message>
    <message>
        <source>* a decision waits in the outbox for the next sync</source>
        <translation>* решение ожидает в очереди отправки следующей синхронизации</translation>
    </message>
    <message>
        <source>There is no request {id} in the local data: see `requests` for the ids, or sync to fetch new ones.</source>
        <translation>В локальных данных нет заявки {id}: идентификаторы см. в `requests`, или выполните синхронизацию, чтобы получить новые.</translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({name} on request {id}); it goes to the portal with the next sync.</source>
        <translation>Записано в очередь отправки как действие {seq} ({name} по заявке {id}); оно уйдёт на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The portal has no decline reason “{reason}”. Known reasons: {codes}.</source>
        <translation>На портале нет причины отказа «{reason}». Известные причины: {codes}.</translation>
    </message>
    <message>
        <source>The outbox is empty: the portal has confirmed every action.</source>
        <translation>Очередь отправки пуста: портал подтвердил все действия.</translation>
    </message>
    <message>
        <source>waiting          {seq:&gt;5}  {name} {args}</source>
        <translation>ожидает          {seq:&gt;5}  {name} {args}</translation>
    </message>
    <message>
        <source>needs attention  {seq:&gt;5}  {name} {args}: {outcome}, {reason}</source>
        <translation>внимание         {seq:&gt;5}  {name} {args}: {outcome}, {reason}</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>note</source>
        <translation>замечание</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>ПРОБЛЕМА</translation>
    </message>
    <message>
        <source>local data</source>
        <translation>локальные данные</translation>
    </message>
    <message>
        <source>keyring</source>
        <translation>хранилище ключей</translation>
    </message>
    <message>
        <source>portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>диск</translation>
    </message>
    <message>
        <source>No portal is configured: starting the embedded portal sandbox ({folder}) for this command. Set a portal with --portal URL.</source>
        <translation>Портал не настроен: для этой команды запускается встроенная песочница портала ({folder}). Укажите портал с помощью --portal URL.</translation>
    </message>
    <message>
        <source>No password: set {variable} or run the command in a terminal.</source>
        <translation>Нет пароля: задайте {variable} или выполните команду в терминале.</translation>
    </message>
    <message>
        <source>Password for {login}: </source>
        <translation>Пароль для {login}: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Пароль не введён.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>нет ответа</translation>
    </message>
    <message>
        <source>The portal could not be reached: working offline on the local data.</source>
        <translation>Портал недоступен: работа ведётся без связи с локальными данными.</translation>
    </message>
    <message>
        <source>The portal could not be reached ({detail}). Nothing is lost: the work waits in the outbox and goes to the portal with the next sync.</source>
        <translation>Портал недоступен ({detail}). Ничего не потеряно: работа ожидает в очереди отправки и уйдёт на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Nobody has signed in with this profile yet: sign in first with `login LOGIN`.</source>
        <translation>С этим профилем ещё никто не входил: сначала войдите командой `login LOGIN`.</translation>
    </message>
    <message>
        <source>There is no local data for the last user on this portal yet: sign in and sync while the portal can be reached.</source>
        <translation>Для последнего пользователя этого портала ещё нет локальных данных: войдите и выполните синхронизацию, пока портал доступен.</translation>
    </message>
    <message>
        <source>This account is not on any kindergarten&apos;s staff, so the desk cannot be used with it.</source>
        <translation>Эта учётная запись не числится в штате ни одного детского сада, поэтому работать с ней в программе нельзя.</translation>
    </message>
    <message>
        <source>The password is wrong. (The portal could not be reached, so it was checked against the one last used here.)</source>
        <translation>Неверный пароль. (Портал недоступен, поэтому пароль сверен с последним использованным здесь.)</translation>
    </message>
    <message>
        <source>The portal could not be reached, and this user has never signed in here with a password, so they cannot be let in offline. Sign in once while the portal can be reached.</source>
        <translation>Портал недоступен, а этот пользователь ни разу не входил здесь по паролю, поэтому войти без связи нельзя. Войдите один раз, пока портал доступен.</translation>
    </message>
    <message>
        <source>The password is needed: set BALABAQSHA_PASSWORD or run the command in a terminal.</source>
        <translation>Нужен пароль: задайте BALABAQSHA_PASSWORD или выполните команду в терминале.</translation>
    </message>
    <message>
        <source>A decision on this request is already waiting to be sent to the portal: sync first, or see `outbox`.</source>
        <translation>Решение по этой заявке уже ожидает отправки на портал: сначала выполните синхронизацию или посмотрите `outbox`.</translation>
    </message>
    <message>
        <source>This request is accepted already.</source>
        <translation>Эта заявка уже принята.</translation>
    </message>
    <message>
        <source>A comment is needed: the reason “other” and every returned document need one.</source>
        <translation>Нужен комментарий: он обязателен для причины «другое» и для каждого возвращаемого документа.</translation>
    </message>
    <message>
        <source>The decision cannot be recorded: {detail}.</source>
        <translation>Решение не может быть записано: {detail}.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this sign-in: sign in again with `login LOGIN`.</source>
        <translation>Портал больше не принимает этот вход: войдите снова командой `login LOGIN`.</translation>
    </message>
    <message>
        <source>The portal refused: {title} ({code}).</source>
        <translation>Портал отказал: {title} ({code}).</translation>
    </message>
    <message>
        <source>The keyring ({backend}) cannot be used: {detail}. The desk keeps its secrets only there: unlock or set up the keyring, or choose another backend with PYTHON_KEYRING_BACKEND.</source>
        <translation>Хранилище ключей ({backend}) недоступно: {detail}. Программа хранит секреты только там: разблокируйте или настройте хранилище либо выберите другое через PYTHON_KEYRING_BACKEND.</translation>
    </message>
    <message>
        <source>The local data cannot be opened with the key kept in the keyring ({backend}): it was made with another key, or the keyring lost it ({detail}). Ask support: moving the file aside lets the desk fetch a fresh copy, but actions in it not yet sent would be lost.</source>
        <translation>Локальные данные не открываются ключом из хранилища ключей ({backend}): они созданы другим ключом, или хранилище его потеряло ({detail}). Обратитесь в поддержку: если переместить файл, программа получит свежую копию, но ещё не отправленные действия из него будут потеряны.</translation>
    </message>
    <message>
        <source>The local data is damaged ({detail}). Run `doctor`, and ask support before deleting anything.</source>
        <translation>Локальные данные повреждены ({detail}). Выполните `doctor` и обратитесь в поддержку, прежде чем что-либо удалять.</translation>
    </message>
    <message>
        <source>The local data cannot be used: {detail}. Run `doctor`.</source>
        <translation>Локальные данные нельзя использовать: {detail}. Выполните `doctor`.</translation>
    </message>
    <message>
        <source>The embedded portal sandbox did not start ({tail}). Set a portal with --portal URL, or run `doctor`.</source>
        <translation>Встроенная песочница портала не запустилась ({tail}). Укажите портал через --portal URL или выполните `doctor`.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({detail}). Check the disk and the folder&apos;s permissions.</source>
        <translation>Не удалось прочитать или записать файл ({detail}). Проверьте диск и права доступа к папке.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>no local data yet (nobody has synced with this profile)</source>
        <translation>локальных данных пока нет (с этим профилем ещё никто не синхронизировался)</translation>
    </message>
    <message>
        <source>{name}: its key cannot be read from the keyring ({detail})</source>
        <translation>{name}: его ключ не читается из хранилища ключей ({detail})</translation>
    </message>
    <message>
        <source>{name}: the keyring holds no key for it, so it cannot be opened; ask support (moved aside, the desk fetches a fresh copy, but actions in it not yet sent are lost)</source>
        <translation>{name}: в хранилище ключей нет ключа для него, поэтому его нельзя открыть; обратитесь в поддержку (если переместить файл, программа получит свежую копию, но неотправленные действия из него будут потеряны)</translation>
    </message>
    <message>
        <source>{name}: intact ({size:.1f} MB)</source>
        <translation>{name}: в порядке ({size:.1f} МБ)</translation>
    </message>
    <message>
        <source>cannot be opened: {detail}</source>
        <translation>не открывается: {detail}</translation>
    </message>
    <message>
        <source>the key in the keyring does not open it (another key, or the file is not a cache)</source>
        <translation>ключ из хранилища его не открывает (другой ключ, или файл не является файлом локальных данных)</translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation>повреждён: {detail}</translation>
    </message>
    <message>
        <source>{backend} does not work: {detail}. Without it the desk cannot keep sessions or open its local data</source>
        <translation>{backend} не работает: {detail}. Без него программа не может сохранять сеансы и открывать локальные данные</translation>
    </message>
    <message>
        <source>{backend} works (wrote, read and deleted a test entry)</source>
        <translation>{backend} работает (тестовая запись создана, прочитана и удалена)</translation>
    </message>
    <message>
        <source>none configured: the embedded portal sandbox is used (set one with --portal URL)</source>
        <translation>не настроен: используется встроенная песочница портала (укажите портал через --portal URL)</translation>
    </message>
    <message>
        <source>{url} cannot be reached ({detail}): check the connection; work waits in the outbox meanwhile</source>
        <translation>{url} недоступен ({detail}): проверьте связь; пока работа ожидает в очереди отправки</translation>
    </message>
    <message>
        <source>{url} answers, but not as a portal should ({detail}): check the address</source>
        <translation>{url} отвечает, но не так, как портал ({detail}): проверьте адрес</translation>
    </message>
    <message>
        <source>{url} answers, round trip {ms} ms</source>
        <translation>{url} отвечает, время отклика {ms} мс</translation>
    </message>
    <message>
        <source>no CRL cached yet: a revoked key cannot be recognised offline until one is</source>
        <translation>CRL ещё не сохранён: пока его нет, отозванный ключ нельзя распознать без связи</translation>
    </message>
    <message>
        <source>the newest CRL is {days} days old and was due for renewal on {date}: sync while online to fetch a new one</source>
        <translation>самому новому CRL {days} дн., его следовало обновить {date}: выполните синхронизацию при наличии связи, чтобы получить новый</translation>
    </message>
    <message>
        <source>the newest CRL is {days} days old</source>
        <translation>самому новому CRL {days} дн.</translation>
    </message>
    <message>
        <source>only {gb:.2f} GB free in {folder}: too little for syncs and documents; free some space</source>
        <translation>в {folder} свободно только {gb:.2f} ГБ: слишком мало для синхронизации и документов; освободите место</translation>
    </message>
    <message>
        <source>{gb:.1f} GB free in {folder}</source>
        <translation>в {folder} свободно {gb:.1f} ГБ</translation>
    </message>
</context>
<context>
    <name>eds</name>
    <message>
        <source>The key {name} is valid only from {date}: use the key you have now, or wait until then.</source>
        <translation>Ключ {name} действует только с {date}: используйте действующий ключ или дождитесь этой даты.</translation>
    </message>
    <message>
        <source>The key {name} expired on {date}: get a new key from NCA RK (pki.gov.kz) and use that.</source>
        <translation>Срок действия ключа {name} истёк {date}: получите новый ключ в НУЦ РК (pki.gov.kz) и используйте его.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}.</source>
        <translation>Файл ключа {path} не читается: {reason}.</translation>
    </message>
    <message>
        <source>The file {name} holds no private key with its certificate: choose the .p12 key file NCA RK issued.</source>
        <translation>В файле {name} нет закрытого ключа с сертификатом: выберите файл ключа .p12, выданный НУЦ РК.</translation>
    </message>
    <message>
        <source>The key in {name} is not an RSA key, and only RSA keys can be used: choose an RSA256_… or AUTH_RSA256_… file.</source>
        <translation>Ключ в {name} не является ключом RSA, а использовать можно только ключи RSA: выберите файл RSA256_… или AUTH_RSA256_….</translation>
    </message>
    <message>
        <source>{name} is a signing key: logging in needs the AUTH key issued with it (its file name starts with AUTH_RSA256_).</source>
        <translation>{name} — ключ подписи: для входа нужен выданный вместе с ним ключ AUTH (имя его файла начинается с AUTH_RSA256_).</translation>
    </message>
    <message>
        <source>The file {name} is not a readable key file (PKCS#12): it may be damaged or not a key at all. Choose the .p12 file NCA RK issued.</source>
        <translation>Файл {name} не является читаемым файлом ключа (PKCS#12): возможно, он повреждён или вовсе не является ключом. Выберите файл .p12, выданный НУЦ РК.</translation>
    </message>
    <message>
        <source>The password does not open the key {name}. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Пароль не подходит к ключу {name}. Проверьте раскладку клавиатуры и Caps Lock и повторите попытку.</translation>
    </message>
    <message>
        <source>The file {name} holds no private key: choose the .p12 key file NCA RK issued.</source>
        <translation>В файле {name} нет закрытого ключа: выберите файл ключа .p12, выданный НУЦ РК.</translation>
    </message>
    <message>
        <source>{name} is a GOST key ({kind}, algorithm {oid}). GOST keys are not supported yet: use your RSA key (a file named RSA256_… to sign, AUTH_RSA256_… to log in).</source>
        <translation>{name} — ключ ГОСТ ({kind}, алгоритм {oid}). Ключи ГОСТ пока не поддерживаются: используйте ключ RSA (файл RSA256_… для подписи, AUTH_RSA256_… для входа).</translation>
    </message>
    <message>
        <source>The key in {name} uses an algorithm this program cannot use ({oid}): choose an RSA key.</source>
        <translation>Ключ в {name} использует алгоритм, недоступный этой программе ({oid}): выберите ключ RSA.</translation>
    </message>
    <message>
        <source>(By its name this is a GOST key: even with the right password, GOST keys are not supported yet.)</source>
        <translation>(Судя по имени, это ключ ГОСТ: даже с верным паролем ключи ГОСТ пока не поддерживаются.)</translation>
    </message>
</context>
</TS>
