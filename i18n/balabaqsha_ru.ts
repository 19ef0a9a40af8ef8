<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {program}</source>
        <translation>О программе {program}</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s desk for the BALABAQSHA voucher portal: requests, documents, groups, contracts and their signatures, working offline too.</source>
        <translation>Рабочее место детского сада для портала путёвок BALABAQSHA: заявки, документы, группы, договоры и их подписи, в том числе без связи.</translation>
    </message>
    <message>
        <source>{address} (the built-in training portal)</source>
        <translation>{address} (встроенный учебный портал)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <source>Portal:</source>
        <translation>Портал:</translation>
    </message>
</context>
<context>
    <name>AcceptDialog</name>
    <message>
        <source>Accept request №{number}</source>
        <translation>Принять заявку №{number}</translation>
    </message>
    <message>
        <source>Accept request №{number} — {child}?</source>
        <translation>Принять заявку №{number} — {child}?</translation>
    </message>
    <message>
        <source>Group “{group}”: {ages}, {language}, starts on {day}.</source>
        <translation>Группа «{group}»: {ages}, язык обучения: {language}, начало работы: {day}.</translation>
    </message>
    <message>
        <source>The group&apos;s places</source>
        <translation>Места в группе</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>After accepting</source>
        <translation>После принятия</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>зачислены</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>забронированы</translation>
    </message>
    <message>
        <source>this request</source>
        <translation>эта заявка</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Проверки</translation>
    </message>
    <message>
        <source>Accepting reserves a place for the child. The decision is saved on this computer at once and goes to the portal with the next sync, also when there is no connection now.</source>
        <translation>При принятии заявки за ребёнком бронируется место. Решение сразу сохраняется на этом компьютере и уходит на портал при следующей синхронизации, даже если сейчас нет связи.</translation>
    </message>
    <message>
        <source>This request cannot be accepted as it is. Declining it with a reason lets the parent choose another group or kindergarten.</source>
        <translation>В текущем виде эту заявку принять нельзя. Если отклонить её с указанием причины, родитель сможет выбрать другую группу или другой детский сад.</translation>
    </message>
    <message>
        <source>Accept and reserve a place</source>
        <translation>Принять и забронировать место</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Your role did not allow this action: it needs the role {roles}.</source>
        <translation>Ваша роль не позволяла выполнить это действие: требуется роль {roles}.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>A colleague declined this request first: it is no longer with this kindergarten.</source>
        <translation>Коллега отклонил эту заявку раньше вас: она больше не в этом детском саду.</translation>
    </message>
    <message>
        <source>The parent withdrew the application before your decision reached the portal.</source>
        <translation>Родитель отозвал заявление до того, как ваше решение дошло до портала.</translation>
    </message>
    <message>
        <source>The parent&apos;s enrollment window closed before your decision reached the portal; the application is archived.</source>
        <translation>Срок зачисления у родителя истёк до того, как ваше решение дошло до портала; заявление перенесено в архив.</translation>
    </message>
    <message>
        <source>The application was archived before your decision reached the portal.</source>
        <translation>Заявление перенесено в архив до того, как ваше решение дошло до портала.</translation>
    </message>
    <message>
        <source>The request had moved on to “{status}” before your decision reached the portal.</source>
        <translation>Заявка перешла в статус «{status}» до того, как ваше решение дошло до портала.</translation>
    </message>
    <message>
        <source>A colleague accepted this request first.</source>
        <translation>Коллега принял эту заявку раньше вас.</translation>
    </message>
    <message>
        <source>A colleague decided on this request first.</source>
        <translation>Коллега принял решение по этой заявке раньше вас.</translation>
    </message>
    <message>
        <source>A colleague reviewed the documents before your decision reached the portal, so it was made on an older view of the request. Look at it as it is now and decide again.</source>
        <translation>Коллега рассмотрел документы до того, как ваше решение дошло до портала, поэтому решение было принято по устаревшим данным заявки. Посмотрите заявку в её текущем состоянии и примите решение заново.</translation>
    </message>
    <message>
        <source>The parent extended the enrollment window before your decision reached the portal. Look at the request as it is now and decide again.</source>
        <translation>Родитель продлил срок зачисления до того, как ваше решение дошло до портала. Посмотрите заявку в её текущем состоянии и примите решение заново.</translation>
    </message>
    <message>
        <source>Someone changed this request before your decision reached the portal: look at it as it is now and decide again.</source>
        <translation>Заявку изменили до того, как ваше решение дошло до портала: посмотрите её в текущем состоянии и примите решение заново.</translation>
    </message>
    <message>
        <source>The group had no free place left when your decision reached the portal. Free a place or raise the capacity, then accept again, or decline the request.</source>
        <translation>Когда ваше решение дошло до портала, свободных мест в группе уже не было. Освободите место или увеличьте число мест и примите заявку снова либо отклоните её.</translation>
    </message>
    <message>
        <source>Not every required document was accepted: review the documents first.</source>
        <translation>Приняты не все обязательные документы: сначала рассмотрите документы.</translation>
    </message>
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
    <name>BulkActions</name>
    <message>
        <source>Download documents</source>
        <translation>Скачать документы</translation>
    </message>
    <message>
        <source>Download the selected requests&apos; documents now, to open them later without a connection</source>
        <translation>Скачать документы выбранных заявок сейчас, чтобы открывать их позже без связи</translation>
    </message>
    <message>
        <source>Print summaries…</source>
        <translation>Печать сводок…</translation>
    </message>
    <message>
        <source>Print a summary sheet of each selected request (Ctrl+P)</source>
        <translation>Напечатать сводку по каждой выбранной заявке (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Save the selected requests, or all the requests the list shows, to a file</source>
        <translation>Сохранить в файл выбранные заявки или все заявки, показанные в списке</translation>
    </message>
    <message>
        <source>Save the selected requests to a file</source>
        <translation>Сохранить выбранные заявки в файл</translation>
    </message>
    <message>
        <source>List as Excel (XLSX)…</source>
        <translation>Список в Excel (XLSX)…</translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation>Список в PDF…</translation>
    </message>
    <message>
        <source>Summary sheets as PDF…</source>
        <translation>Сводки в PDF…</translation>
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
        <source>IIN</source>
        <translation>ИИН</translation>
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
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Exported {when}</source>
        <translation>Выгружено {when}</translation>
    </message>
    <message>
        <source>Request №{number}</source>
        <translation>Заявка №{number}</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Напечатано {when}</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Заявка поступила</translation>
    </message>
    <message>
        <source>Languages of education</source>
        <translation>Языки обучения</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Населённый пункт</translation>
    </message>
    <message>
        <source>Enrollment window</source>
        <translation>Срок зачисления</translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation>Выдан ваучер</translation>
    </message>
    <message>
        <source>Enroll by</source>
        <translation>Зачислить до</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Продлён</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>group</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Проверил(а)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All shown: %n</source>
        <translation>
            <numerusform>Все показанные: %n</numerusform>
            <numerusform>Все показанные: %n</numerusform>
            <numerusform>Все показанные: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading documents…</source>
        <translation>Скачивание документов…</translation>
    </message>
    <message>
        <source>Documents not downloaded</source>
        <translation>Документы не скачаны</translation>
    </message>
    <message numerus="yes">
        <source>The portal cannot be reached: %n document(s) were not downloaded. Try again when the connection returns; what arrived is kept.</source>
        <translation>
            <numerusform>Портал недоступен: не скачан %n документ. Повторите попытку, когда связь восстановится; уже полученное сохранено.</numerusform>
            <numerusform>Портал недоступен: не скачано %n документа. Повторите попытку, когда связь восстановится; уже полученное сохранено.</numerusform>
            <numerusform>Портал недоступен: не скачано %n документов. Повторите попытку, когда связь восстановится; уже полученное сохранено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download cancelled: %n document(s) downloaded.</source>
        <translation>
            <numerusform>Скачивание отменено: скачан %n документ.</numerusform>
            <numerusform>Скачивание отменено: скачано %n документа.</numerusform>
            <numerusform>Скачивание отменено: скачано %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some documents were not downloaded</source>
        <translation>Некоторые документы не скачаны</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be downloaded: the portal no longer has them, what arrived was damaged, or the file is too large. Open the request to see which, or ask the parent to upload them again.</source>
        <translation>
            <numerusform>Не удалось скачать %n документ (возможные причины: файла больше нет на портале, полученные данные повреждены или файл слишком большой). Откройте заявку, чтобы увидеть, какие именно, или попросите родителя загрузить документы повторно.</numerusform>
            <numerusform>Не удалось скачать %n документа (возможные причины: файла больше нет на портале, полученные данные повреждены или файл слишком большой). Откройте заявку, чтобы увидеть, какие именно, или попросите родителя загрузить документы повторно.</numerusform>
            <numerusform>Не удалось скачать %n документов (возможные причины: файла больше нет на портале, полученные данные повреждены или файл слишком большой). Откройте заявку, чтобы увидеть, какие именно, или попросите родителя загрузить документы повторно.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were left out: larger than this program takes, or the disk is nearly full. Free some space and try again, or open them from the request.</source>
        <translation>
            <numerusform>Пропущен %n документ: размер файла превышает допустимый для программы или диск почти заполнен. Освободите место и повторите попытку либо откройте документы из заявки.</numerusform>
            <numerusform>Пропущено %n документа: размер файла превышает допустимый для программы или диск почти заполнен. Освободите место и повторите попытку либо откройте документы из заявки.</numerusform>
            <numerusform>Пропущено %n документов: размер файла превышает допустимый для программы или диск почти заполнен. Освободите место и повторите попытку либо откройте документы из заявки.</numerusform>
        </translation>
    </message>
    <message>
        <source>All the documents of the selected requests are on this computer already.</source>
        <translation>Все документы выбранных заявок уже есть на этом компьютере.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) downloaded.</source>
        <translation>
            <numerusform>Скачан %n документ.</numerusform>
            <numerusform>Скачано %n документа.</numerusform>
            <numerusform>Скачано %n документов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the summary sheets…</source>
        <translation>Подготовка сводок…</translation>
    </message>
    <message>
        <source>Print summary sheets</source>
        <translation>Печать сводок</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>The summary sheets could not be prepared for printing. Try again; if it happens again, send the program&apos;s report to support.</source>
        <translation>Не удалось подготовить сводки к печати. Повторите попытку; если ошибка повторится, отправьте отчёт программы в службу поддержки.</translation>
    </message>
    <message>
        <source>summary-sheets</source>
        <translation>сводки</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>заявки</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the requests shown</source>
        <translation>Экспорт показанных заявок</translation>
    </message>
    <message>
        <source>Export the selected requests</source>
        <translation>Экспорт выбранных заявок</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) saved to {path}</source>
        <translation>
            <numerusform>%n заявка сохранена в {path}</numerusform>
            <numerusform>%n заявки сохранены в {path}</numerusform>
            <numerusform>%n заявок сохранено в {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорт отменён; файл не записан.</translation>
    </message>
    <message>
        <source>{name} could not be saved: this folder does not accept new files. Choose another folder, such as Documents, and export again.</source>
        <translation>Не удалось сохранить {name}: в эту папку нельзя записывать файлы. Выберите другую папку, например «Документы», и повторите экспорт.</translation>
    </message>
    <message>
        <source>{name} could not be saved: the file is open in another program. Close it there, or choose another name, and export again.</source>
        <translation>Не удалось сохранить {name}: файл открыт в другой программе. Закройте его там или выберите другое имя и повторите экспорт.</translation>
    </message>
    <message>
        <source>{name} could not be saved: the disk is full. Free some space or choose another drive, and export again.</source>
        <translation>Не удалось сохранить {name}: диск заполнен. Освободите место или выберите другой диск и повторите экспорт.</translation>
    </message>
    <message>
        <source>{name} could not be saved: the folder no longer exists (a removed USB stick?). Choose another folder and export again.</source>
        <translation>Не удалось сохранить {name}: папка больше не существует (возможно, извлечена USB-флешка). Выберите другую папку и повторите экспорт.</translation>
    </message>
    <message>
        <source>{name} could not be saved. Choose another folder or name and export again.</source>
        <translation>Не удалось сохранить {name}. Выберите другую папку или имя и повторите экспорт.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
            <numerusform>Выбрано: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDecisionDialog</name>
    <message>
        <source>None of the selected requests can take this decision now.</source>
        <translation>Ни по одной из выбранных заявок сейчас нельзя принять это решение.</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>id {id}</translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Не записано: {reason}</translation>
    </message>
    <message>
        <source>Will not be recorded: {reason}</source>
        <translation>Не будет записано: {reason}</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Отклонена.</translation>
    </message>
    <message>
        <source>Will be declined.</source>
        <translation>Будет отклонена.</translation>
    </message>
    <message>
        <source>Accepted: a place is reserved.</source>
        <translation>Принята: место забронировано.</translation>
    </message>
    <message>
        <source>Will be accepted: a place is reserved.</source>
        <translation>Будет принята: место будет забронировано.</translation>
    </message>
    <message>
        <source>Decisions recorded</source>
        <translation>Решения записаны</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined</source>
        <translation>
            <numerusform>Отклонена %n заявка</numerusform>
            <numerusform>Отклонено %n заявки</numerusform>
            <numerusform>Отклонено %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted</source>
        <translation>
            <numerusform>Принята %n заявка</numerusform>
            <numerusform>Принято %n заявки</numerusform>
            <numerusform>Принято %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were refused and are left as they were: see why below.</source>
        <translation>
            <numerusform>%n заявка не записана и осталась как была: причина ниже.</numerusform>
            <numerusform>%n заявки не записаны и остались как были: причины ниже.</numerusform>
            <numerusform>%n заявок не записаны и остались как были: причины ниже.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every selected request is recorded. The decisions go to the portal at once when it answers, or with the next sync.</source>
        <translation>Все выбранные заявки записаны. Решения уйдут на портал сразу, если он отвечает, или со следующей синхронизацией.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>Отклонить %n заявку</numerusform>
            <numerusform>Отклонить %n заявки</numerusform>
            <numerusform>Отклонить %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n selected request(s)?</source>
        <translation>
            <numerusform>Отклонить %n выбранную заявку?</numerusform>
            <numerusform>Отклонить %n выбранные заявки?</numerusform>
            <numerusform>Отклонить %n выбранных заявок?</numerusform>
        </translation>
    </message>
    <message>
        <source>One reason and comment go to every parent below. Each request is checked as if it were alone; those that cannot be declined now are left as they are.</source>
        <translation>Одна причина и комментарий уйдут каждому родителю из списка ниже. Каждая заявка проверяется так, как если бы она была одна; те, что сейчас нельзя отклонить, останутся как есть.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n request(s)</source>
        <translation>
            <numerusform>Принять %n заявку</numerusform>
            <numerusform>Принять %n заявки</numerusform>
            <numerusform>Принять %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n selected request(s)?</source>
        <translation>
            <numerusform>Принять %n выбранную заявку?</numerusform>
            <numerusform>Принять %n выбранные заявки?</numerusform>
            <numerusform>Принять %n выбранных заявок?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each request is checked as if it were alone: the child&apos;s age on the group&apos;s first day, the language, and the free places, which each accept above it takes one of. Those that fail a check are left as they are.</source>
        <translation>Каждая заявка проверяется так, как если бы она была одна: возраст ребёнка на день начала группы, язык и свободные места, одно из которых занимает каждая принятая заявка выше. Не прошедшие проверку останутся как есть.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>What the parents should know (needed for “Other reason”)</source>
        <translation>Что должны знать родители (обязательно для «Другой причины»)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Individual (personal key)</source>
        <translation>Физическое лицо (личный ключ)</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <source>First head: signs for the organisation</source>
        <translation>Первый руководитель: подписывает от имени организации</translation>
    </message>
    <message>
        <source>Right to sign for the organisation</source>
        <translation>Право подписи от имени организации</translation>
    </message>
    <message>
        <source>Signs financial documents</source>
        <translation>Подписывает финансовые документы</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Сотрудник отдела кадров</translation>
    </message>
    <message>
        <source>Employee (no right to sign)</source>
        <translation>Сотрудник (без права подписи)</translation>
    </message>
    <message>
        <source>Signing documents</source>
        <translation>Подписание документов</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Вход в систему</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>Не отозван</translation>
    </message>
    <message>
        <source>Revoked on {date}</source>
        <translation>Отозван {date}</translation>
    </message>
    <message>
        <source>Unknown: no revocation list of its issuer is cached</source>
        <translation>Неизвестно: список отзыва издателя не сохранён на компьютере</translation>
    </message>
    <message>
        <source>Not checked: the certificate names no revocation list</source>
        <translation>Не проверялся: в сертификате не указан список отзыва</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Скопировать сведения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Роли</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Назначение ключа</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Серийный номер</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Издатель</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Доверие</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Отзыв</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Список отзыва (CRL)</translation>
    </message>
    <message>
        <source>Full name in the certificate</source>
        <translation>Полное имя в сертификате</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>— (a personal key)</source>
        <translation>— (личный ключ)</translation>
    </message>
    <message>
        <source>Leads to a trusted root certificate</source>
        <translation>Цепочка ведёт к доверенному корневому сертификату</translation>
    </message>
    <message>
        <source>Does not lead to a trusted root certificate</source>
        <translation>Цепочка не ведёт к доверенному корневому сертификату</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{span} (expired)</source>
        <translation>{span} (истёк)</translation>
    </message>
    <message>
        <source>{span} (not valid yet)</source>
        <translation>{span} (ещё не действует)</translation>
    </message>
    <message>
        <source>{span} ({days} left)</source>
        <translation>{span} (осталось {days})</translation>
    </message>
    <message>
        <source>{issuer}, issued {date} ({age} ago)</source>
        <translation>{issuer}, выпущен {date} ({age} назад)</translation>
    </message>
    <message>
        <source>None cached: refresh the revocation list while online</source>
        <translation>Не сохранён: обновите список отзыва при наличии связи</translation>
    </message>
    <message>
        <source>Overdue since {date}: a recent revocation may be missing. Refresh it while online.</source>
        <translation>Просрочен с {date}: в нём могут отсутствовать недавние отзывы. Обновите его при наличии связи.</translation>
    </message>
</context>
<context>
    <name>ContractDialogs</name>
    <message>
        <source>request №{number}</source>
        <translation>заявке №{number}</translation>
    </message>
    <message>
        <source>Accept the request first: a contract is sent only for an accepted request, with a place reserved.</source>
        <translation>Сначала примите заявку: договор направляется только по принятой заявке, по которой забронировано место.</translation>
    </message>
    <message>
        <source>The request is no longer at this step: synchronise to see where it stands now.</source>
        <translation>Заявка уже не на этом этапе: выполните синхронизацию, чтобы увидеть её текущее состояние.</translation>
    </message>
    <message>
        <source>This step is recorded already and waits to be sent to the portal at the next sync.</source>
        <translation>Этот шаг уже записан и ожидает отправки на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: the portal may have closed it. Synchronise to see it as it is now.</source>
        <translation>Заявки больше нет в данных на этом компьютере: возможно, портал её закрыл. Выполните синхронизацию, чтобы увидеть её текущее состояние.</translation>
    </message>
    <message>
        <source>The contract is not a PDF: make it again.</source>
        <translation>Договор не в формате PDF: сформируйте его заново.</translation>
    </message>
    <message>
        <source>Nothing was recorded: {detail}.</source>
        <translation>Ничего не записано: {detail}.</translation>
    </message>
    <message>
        <source>version {version}, as shipped with the program</source>
        <translation>версия {version}, поставляемая с программой</translation>
    </message>
    <message>
        <source>version {version}, saved {when}</source>
        <translation>версия {version}, сохранена {when}</translation>
    </message>
    <message>
        <source>Revocation checked against: {crls}.</source>
        <translation>Отзыв проверен по спискам: {crls}.</translation>
    </message>
    <message>
        <source>No revocation list (CRL) is cached, so whether a certificate was revoked is unknown. Refresh it while online.</source>
        <translation>Список отзыва (CRL) не сохранён на компьютере, поэтому неизвестно, отозван ли сертификат. Обновите список при наличии связи.</translation>
    </message>
    <message>
        <source>The certificates name no revocation list.</source>
        <translation>В сертификатах не указан список отзыва.</translation>
    </message>
    <message>
        <source>Contract No. {number}</source>
        <translation>Договор №{number}</translation>
    </message>
    <message>
        <source>Contract No. {number} of {date}</source>
        <translation>Договор №{number} от {date}</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действительна</translation>
    </message>
    <message>
        <source>first head</source>
        <translation>первый руководитель</translation>
    </message>
    <message>
        <source>right to sign</source>
        <translation>право подписи</translation>
    </message>
    <message>
        <source>The key of {who} may countersign: BIN {bin}, {role}, valid until {until}.</source>
        <translation>Ключ владельца {who} подходит для подписи договора со стороны детского сада: БИН {bin}, {role}, действует до {until}.</translation>
    </message>
</context>
<context>
    <name>ContractFlow</name>
    <message>
        <source>The request is not in the local data any more: synchronise to see where it stands now.</source>
        <translation>Заявки больше нет в локальных данных: выполните синхронизацию, чтобы увидеть её текущее состояние.</translation>
    </message>
    <message>
        <source>The contract was countersigned by {who} for another organisation (BIN {theirs}), not for this kindergarten (BIN {ours}).</source>
        <translation>Договор подписан со стороны детского сада владельцем ключа {who} от имени другой организации (БИН {theirs}), а не этого детского сада (БИН {ours}).</translation>
    </message>
    <message>
        <source>The contract was countersigned by {who}, whose key gives no right to sign for the kindergarten.</source>
        <translation>Договор подписан со стороны детского сада владельцем ключа {who}, но этот ключ не даёт права подписи от имени детского сада.</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details (its BIN) are not in the local data yet: synchronise, then try again.</source>
        <translation>Реквизитов детского сада (БИН) ещё нет в локальных данных: выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>The portal has not sent who the applicant parent is, so their signature cannot be checked: synchronise, then try again.</source>
        <translation>Портал ещё не передал сведения о родителе-заявителе, поэтому его подпись нельзя проверить: выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>The portal has not recorded this file of the contract yet: synchronise, then try again.</source>
        <translation>Портал ещё не зарегистрировал этот файл договора: выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>The contract&apos;s file is not on this computer yet and the portal cannot be reached. Connect once and synchronise: the files are then kept for work offline.</source>
        <translation>Файла договора ещё нет на этом компьютере, а портал недоступен. Подключитесь к сети и выполните синхронизацию: после этого файлы будут храниться на компьютере для работы без связи.</translation>
    </message>
    <message>
        <source>The portal holds another file of this contract than the local data names: the contract changed meanwhile. Synchronise, then try again.</source>
        <translation>На портале хранится не тот файл договора, который указан в локальных данных: за это время договор изменился. Выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>The parent has not signed this contract yet: there is no signature to check.</source>
        <translation>Родитель ещё не подписал этот договор: подписи для проверки нет.</translation>
    </message>
    <message>
        <source>The countersignature is not on top of the contract the parent signed: the file was changed or made anew before it was countersigned.</source>
        <translation>Подпись детского сада поставлена не поверх договора, подписанного родителем: перед подписанием файл был изменён или сформирован заново.</translation>
    </message>
    <message>
        <source>This contract is countersigned already and waits to be sent to the portal at the next sync.</source>
        <translation>Этот договор уже подписан со стороны детского сада и ожидает отправки на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The contract is not waiting for a countersignature: the parent has to sign it first.</source>
        <translation>Договор не ожидает подписи детского сада: сначала его должен подписать родитель.</translation>
    </message>
    <message>
        <source>Not all the required documents are accepted yet: review them first (the portal enrolls the child only then).</source>
        <translation>Ещё не все обязательные документы приняты: сначала рассмотрите их (только после этого портал зачисляет ребёнка).</translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <source>The request is not in the local data any more: synchronise, then open it again.</source>
        <translation>Заявки больше нет в локальных данных: выполните синхронизацию и откройте её снова.</translation>
    </message>
    <message>
        <source>The request has no group in the local data, so the contract cannot name one: synchronise, then try again.</source>
        <translation>У заявки в локальных данных нет группы, поэтому указать её в договоре нельзя: выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details are not in the local data yet: synchronise, then try again.</source>
        <translation>Реквизитов детского сада ещё нет в локальных данных: выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>The portal has not sent who the parent is for this request, so the contract cannot name them: synchronise, then try again.</source>
        <translation>Портал ещё не передал сведения о родителе по этой заявке, поэтому указать его в договоре нельзя: выполните синхронизацию и повторите попытку.</translation>
    </message>
    <message>
        <source>The contract&apos;s text cannot be laid out on pages: a part that must stay on one page is longer than a page. Shorten the captions over the signature boxes (the lines that start with “@”) in the template.</source>
        <translation>Текст договора не удаётся разместить на страницах: фрагмент, который должен уместиться на одной странице, длиннее страницы. Сократите в шаблоне надписи над полями для подписей (строки, начинающиеся с «@»).</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Ещё не направлен</translation>
    </message>
    <message>
        <source>Sent from here, waiting for the portal</source>
        <translation>Направлен, ожидает отправки на портал</translation>
    </message>
    <message>
        <source>Countersigned here, waiting for the portal</source>
        <translation>Подписан, ожидает отправки на портал</translation>
    </message>
    <message>
        <source>Next: the director sends the contract to the parent.</source>
        <translation>Далее: директор направляет договор родителю.</translation>
    </message>
    <message>
        <source>The contract goes to the portal at the next sync.</source>
        <translation>Договор уйдёт на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Next: the parent signs the contract on the portal.</source>
        <translation>Далее: родитель подписывает договор на портале.</translation>
    </message>
    <message>
        <source>Next: check the parent&apos;s signature, then the director countersigns.</source>
        <translation>Далее: проверьте подпись родителя, затем директор подписывает договор со стороны детского сада.</translation>
    </message>
    <message>
        <source>The countersigned contract goes to the portal at the next sync; the child is enrolled once the portal accepts it.</source>
        <translation>Подписанный сторонами договор уйдёт на портал при следующей синхронизации; ребёнок будет зачислен, когда портал примет договор.</translation>
    </message>
    <message>
        <source>Signed by both; the child is enrolled.</source>
        <translation>Подписан обеими сторонами; ребёнок зачислен.</translation>
    </message>
    <message>
        <source>The request is no longer with the kindergarten.</source>
        <translation>Заявка больше не в этом детском саду.</translation>
    </message>
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
        <source>No contracts yet. An accepted request appears here, ready for its contract to be sent.</source>
        <translation>Договоров пока нет. Здесь появится принятая заявка, и по ней можно будет направить договор.</translation>
    </message>
    <message>
        <source>Send the contract…</source>
        <translation>Направить договор…</translation>
    </message>
    <message>
        <source>Signatures…</source>
        <translation>Подписи…</translation>
    </message>
    <message>
        <source>Countersign…</source>
        <translation>Подписать…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Enrollment order…</source>
        <translation>Приказ о зачислении…</translation>
    </message>
    <message>
        <source>Make the contract from the template, look at it and send it to the parent</source>
        <translation>Сформировать договор по шаблону, просмотреть его и направить родителю</translation>
    </message>
    <message>
        <source>Check the signatures of the contract: whose, when, valid or why not</source>
        <translation>Проверить подписи договора: чьи, когда поставлены, действительны ли, а если нет — почему</translation>
    </message>
    <message>
        <source>Countersign the selected contracts with the director&apos;s key</source>
        <translation>Подписать выбранные договоры ключом директора</translation>
    </message>
    <message>
        <source>Print the contract with a sheet of its signatures and a QR code of its hash</source>
        <translation>Напечатать договор с листом подписей и QR-кодом его хеша</translation>
    </message>
    <message>
        <source>Save the contract&apos;s file, with its signatures</source>
        <translation>Сохранить файл договора вместе с подписями</translation>
    </message>
    <message>
        <source>Make the enrollment order for enrolled children</source>
        <translation>Сформировать приказ о зачислении детей</translation>
    </message>
    <message>
        <source>Contracts can be worked on once you are signed in.</source>
        <translation>Работать с договорами можно после входа в систему.</translation>
    </message>
    <message>
        <source>Select one request in the list.</source>
        <translation>Выберите в списке одну заявку.</translation>
    </message>
    <message>
        <source>The parent has not signed this contract yet: there is no signature to check.</source>
        <translation>Родитель ещё не подписал этот договор: подписи для проверки нет.</translation>
    </message>
    <message>
        <source>The contract has not been sent yet: send it first, then it can be printed and saved.</source>
        <translation>Договор ещё не направлен: сначала направьте его, после этого его можно будет напечатать и сохранить.</translation>
    </message>
    <message>
        <source>The contract is recorded already and goes to the portal at the next sync.</source>
        <translation>Договор уже записан и уйдёт на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The contract has been sent already; a contract is sent once, to an accepted request awaiting it.</source>
        <translation>Договор уже направлен; договор направляется один раз — по принятой заявке, которая его ожидает.</translation>
    </message>
    <message>
        <source>Select the contracts signed by the parent to countersign them.</source>
        <translation>Выберите договоры, подписанные родителем, чтобы подписать их со стороны детского сада.</translation>
    </message>
    <message>
        <source>The contract of request №{number} is countersigned already and goes to the portal at the next sync.</source>
        <translation>Договор по заявке №{number} уже подписан и уйдёт на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The contract of request №{number} is countersigned already: the child is enrolled.</source>
        <translation>Договор по заявке №{number} уже подписан сторонами: ребёнок зачислен.</translation>
    </message>
    <message>
        <source>The parent has not signed the contract of request №{number} yet: it can be countersigned after that.</source>
        <translation>Родитель ещё не подписал договор по заявке №{number}: подписать его со стороны детского сада можно будет после этого.</translation>
    </message>
    <message>
        <source>Request №{number}: not all the required documents are accepted yet ({documents}). Review them first: the portal enrolls the child only then.</source>
        <translation>Заявка №{number}: приняты ещё не все обязательные документы ({documents}). Сначала рассмотрите их: только после этого портал зачислит ребёнка.</translation>
    </message>
    <message>
        <source>The contract for request №{number} is recorded: it goes to the parent at the next sync.</source>
        <translation>Договор по заявке №{number} записан: он будет направлен родителю при следующей синхронизации.</translation>
    </message>
    <message numerus="yes">
        <source>Countersigned %n contract(s): they go to the portal at the next sync, and each child shows as enrolled once the portal accepts.</source>
        <translation>
            <numerusform>Подписан %n договор: отправка на портал — при следующей синхронизации; ребёнок отобразится зачисленным, когда портал примет его договор.</numerusform>
            <numerusform>Подписано %n договора: отправка на портал — при следующей синхронизации; каждый ребёнок отобразится зачисленным, когда портал примет его договор.</numerusform>
            <numerusform>Подписано %n договоров: отправка на портал — при следующей синхронизации; каждый ребёнок отобразится зачисленным, когда портал примет его договор.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the contract for printing…</source>
        <translation>Подготовка договора к печати…</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <source>Countersign the contract</source>
        <translation>Подписать договор</translation>
    </message>
    <message>
        <source>Countersign the contract for {request}</source>
        <translation>Подписать договор по {request}</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Подписать</translation>
    </message>
    <message>
        <source>Countersign contracts</source>
        <translation>Подписать договоры</translation>
    </message>
    <message numerus="yes">
        <source>Countersign %n contracts</source>
        <translation>
            <numerusform>Подписание %n договора</numerusform>
            <numerusform>Подписание %n договоров</numerusform>
            <numerusform>Подписание %n договоров</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n contracts</source>
        <translation>
            <numerusform>Подписать %n договор</numerusform>
            <numerusform>Подписать %n договора</numerusform>
            <numerusform>Подписать %n договоров</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the director&apos;s signing key (RSA256_….p12) and type its password. The key is checked first: this kindergarten&apos;s BIN, the right to sign, validity and revocation. The signature is added to the file the parent signed; it reaches the portal at the next sync, and the child is enrolled once the portal accepts it.</source>
        <translation>Выберите ключ подписи директора (RSA256_….p12) и введите его пароль. Сначала ключ проверяется: БИН этого детского сада, право подписи, срок действия и отзыв. Подпись добавляется в файл, подписанный родителем; она попадёт на портал при следующей синхронизации, и ребёнок будет зачислен, когда портал её примет.</translation>
    </message>
    <message>
        <source>The director&apos;s signing key is the RSA256_….p12 in the director&apos;s folder.</source>
        <translation>Ключ подписи руководителя — файл RSA256_….p12 в папке руководителя.</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Файл ключа:</translation>
    </message>
    <message>
        <source>RSA256_….p12</source>
        <translation>RSA256_….p12</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Remember the password until I sign out or the window locks</source>
        <translation>Запомнить пароль до выхода из системы или блокировки окна</translation>
    </message>
    <message>
        <source>Kept in memory only, never written anywhere.</source>
        <translation>Хранится только в памяти и никуда не записывается.</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Проверить ключ</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Сертификат…</translation>
    </message>
    <message>
        <source>I have read the warnings and want to sign anyway</source>
        <translation>Я ознакомлен(а) с предупреждениями и всё равно хочу подписать</translation>
    </message>
    <message>
        <source>Choose the signing key</source>
        <translation>Выберите ключ подписи</translation>
    </message>
    <message>
        <source>EDS keys (*.p12 *.pfx);;All files (*)</source>
        <translation>Ключи ЭЦП (*.p12 *.pfx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>Сначала выберите файл ключа.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Проверка ключа…</translation>
    </message>
    <message>
        <source>The parent&apos;s signature is valid ({who}, {number}); the contract is the one that was sent.</source>
        <translation>Подпись родителя действительна ({who}, {number}); договор совпадает с направленным.</translation>
    </message>
    <message>
        <source>Read the warnings and tick that you want to sign anyway.</source>
        <translation>Прочитайте предупреждения и отметьте, что всё равно хотите подписать.</translation>
    </message>
    <message>
        <source>Check the key first.</source>
        <translation>Сначала проверьте ключ.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Подписание…</translation>
    </message>
    <message>
        <source>Countersigning the contracts…</source>
        <translation>Подписание договоров…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stopping after this contract…</source>
        <translation>Остановка после текущего договора…</translation>
    </message>
    <message>
        <source>Countersigned {done} of {total}…</source>
        <translation>Подписано {done} из {total}…</translation>
    </message>
    <message numerus="yes">
        <source>Countersigned %n contract(s): they reach the portal at the next sync.</source>
        <translation>
            <numerusform>Подписан %n договор; отправка на портал — при следующей синхронизации.</numerusform>
            <numerusform>Подписано %n договора; отправка на портал — при следующей синхронизации.</numerusform>
            <numerusform>Подписано %n договоров; отправка на портал — при следующей синхронизации.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n contract(s) were not signed; the ones signed stay signed.</source>
        <translation>
            <numerusform>Отменено: не подписан %n договор; уже подписанные остаются подписанными.</numerusform>
            <numerusform>Отменено: не подписано %n договора; уже подписанные остаются подписанными.</numerusform>
            <numerusform>Отменено: не подписано %n договоров; уже подписанные остаются подписанными.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request №{number}: {reason}</source>
        <translation>Заявка №{number}: {reason}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{low}–%n year(s)</source>
        <comment>ages of a group</comment>
        <translation>
            <numerusform>{low}–%n год</numerusform>
            <numerusform>{low}–%n года</numerusform>
            <numerusform>{low}–%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Accepting or declining a request</source>
        <translation>Принятие или отклонение заявки</translation>
    </message>
    <message>
        <source>Accepting a request</source>
        <translation>Принятие заявки</translation>
    </message>
    <message>
        <source>Declining a request</source>
        <translation>Отклонение заявки</translation>
    </message>
    <message>
        <source>Returning documents</source>
        <translation>Возврат документов</translation>
    </message>
    <message>
        <source>Accepting documents</source>
        <translation>Принятие документов</translation>
    </message>
    <message>
        <source>Sending a contract</source>
        <translation>Направление договора</translation>
    </message>
    <message>
        <source>Countersigning a contract</source>
        <translation>Подписание договора</translation>
    </message>
    <message>
        <source>Creating a group</source>
        <translation>Создание группы</translation>
    </message>
    <message>
        <source>Changing a group</source>
        <translation>Изменение группы</translation>
    </message>
    <message>
        <source>Changing a group&apos;s capacity</source>
        <translation>Изменение числа мест в группе</translation>
    </message>
    <message>
        <source>Publishing the forecast</source>
        <translation>Публикация прогноза</translation>
    </message>
    <message>
        <source>Changing the settings</source>
        <translation>Изменение настроек</translation>
    </message>
    <message>
        <source>Setting up printers</source>
        <translation>Настройка принтеров</translation>
    </message>
    <message>
        <source>Editing templates</source>
        <translation>Редактирование шаблонов</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>A decision on this request is waiting to be sent to the portal. The next one can be made when the portal has answered, after the next sync.</source>
        <translation>Решение по этой заявке ожидает отправки на портал. Следующее решение можно будет принять, когда портал ответит, то есть после следующей синхронизации.</translation>
    </message>
    <message>
        <source>The request is “{status}”: documents are reviewed only while the request is with the kindergarten.</source>
        <translation>Заявка в статусе «{status}»: документы рассматриваются, только пока заявка находится на рассмотрении в детском саду.</translation>
    </message>
    <message>
        <source>The request is “{status}”: only a request awaiting the contract can be accepted or declined.</source>
        <translation>Заявка в статусе «{status}»: принять или отклонить можно только заявку, ожидающую договор.</translation>
    </message>
    <message>
        <source>The request is accepted already: a place is reserved for the child.</source>
        <translation>Заявка уже принята: место для ребёнка забронировано.</translation>
    </message>
    <message>
        <source>The request names no group, so no place can be reserved. Decline it, or wait for the parent to choose a group.</source>
        <translation>В заявке не указана группа, поэтому забронировать место нельзя. Отклоните заявку или дождитесь, пока родитель выберет группу.</translation>
    </message>
    <message>
        <source>The child&apos;s date of birth is not known, so the age cannot be checked. Sync again; if it stays unknown, ask the portal&apos;s support.</source>
        <translation>Дата рождения ребёнка неизвестна, поэтому проверить возраст нельзя. Выполните синхронизацию ещё раз; если дата так и не появится, обратитесь в службу поддержки портала.</translation>
    </message>
    <message>
        <source>Too young: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation>Ребёнок младше допустимого возраста: на {day}, дату начала работы группы, возраст ребёнка составит {age}; возраст детей в группе — {ages}.</translation>
    </message>
    <message>
        <source>Too old: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation>Ребёнок старше допустимого возраста: на {day}, дату начала работы группы, возраст ребёнка составит {age}; возраст детей в группе — {ages}.</translation>
    </message>
    <message>
        <source>Age: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation>Возраст: на {day}, дату начала работы группы, возраст ребёнка составит {age}; возраст детей в группе — {ages}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>не указаны</translation>
    </message>
    <message>
        <source>Wrong language: the group teaches in {language}, the parent asked for {languages}.</source>
        <translation>Язык не подходит: язык обучения в группе — {language}; языки в заявке: {languages}.</translation>
    </message>
    <message>
        <source>No free places: {enrolled} enrolled and {reserved} reserved fill all {capacity} places. Free a place or raise the capacity first, or decline the request.</source>
        <translation>Нет свободных мест: зачислено {enrolled} и забронировано {reserved}, всего мест в группе — {capacity}. Сначала освободите место или увеличьте число мест либо отклоните заявку.</translation>
    </message>
    <message>
        <source>The parent has not uploaded any documents yet.</source>
        <translation>Родитель ещё не загрузил ни одного документа.</translation>
    </message>
    <message>
        <source>Every document is returned for correction: wait for the parent to upload new ones.</source>
        <translation>Все документы возвращены на доработку: дождитесь, пока родитель загрузит новые.</translation>
    </message>
    <message>
        <source>“{document}” is “{status}” and cannot take this verdict.</source>
        <translation>Документ «{document}» в статусе «{status}»: к нему нельзя применить это решение.</translation>
    </message>
    <message>
        <source>{action} needs the role {needed}, and your role is not known on this computer yet: sign in online once.</source>
        <translation>{action}: требуется роль {needed}, а ваша роль на этом компьютере ещё неизвестна. Один раз войдите при наличии связи с порталом.</translation>
    </message>
    <message>
        <source>{action} needs the role {needed}; you act as {acting}.</source>
        <translation>{action}: требуется роль {needed}, а вы работаете в роли {acting}.</translation>
    </message>
    <message>
        <source>Switch to {role} in Session › Act as.</source>
        <translation>Выберите роль {role} в меню Сеанс › Роль.</translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: the portal may have closed it. Sync to see it as it is now.</source>
        <translation>Заявки больше нет в данных на этом компьютере: возможно, портал её закрыл. Выполните синхронизацию, чтобы увидеть её текущее состояние.</translation>
    </message>
    <message>
        <source>A comment is needed: the reason “Other” and every returned document need one.</source>
        <translation>Нужен комментарий: он обязателен, если выбрана «Другая причина», и для каждого возвращаемого документа.</translation>
    </message>
    <message>
        <source>The comment is too long: the portal keeps at most {limit} characters. Shorten it and record the decision again.</source>
        <translation>Комментарий слишком длинный: портал хранит не более {limit} символов. Сократите его и запишите решение ещё раз.</translation>
    </message>
    <message>
        <source>Choose a reason for declining.</source>
        <translation>Выберите причину отказа.</translation>
    </message>
    <message>
        <source>Choose a verdict for at least one document.</source>
        <translation>Выберите решение хотя бы для одного документа.</translation>
    </message>
    <message>
        <source>A document cannot be accepted and returned at once.</source>
        <translation>Документ нельзя одновременно принять и вернуть.</translation>
    </message>
    <message>
        <source>The portal does not know one of the document kinds; nothing was recorded.</source>
        <translation>Портал не знает один из видов документов; ничего не записано.</translation>
    </message>
    <message>
        <source>Unexpected refusal ({detail}). Sync, open the request again and check it; if this happens again, report it to support.</source>
        <translation>Непредвиденный отказ ({detail}). Синхронизируйте данные, снова откройте заявку и проверьте её; если это повторится, сообщите в службу поддержки.</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken: {enrolled} enrolled, {reserved} reserved; {free} free</source>
        <translation>Занято мест: {taken} из {capacity} (зачислено {enrolled}, забронировано {reserved}); свободно: {free}</translation>
    </message>
    <message>
        <source>Language: the group teaches in {language}, which the parent asked for.</source>
        <translation>Язык: обучение в группе ведётся на языке, указанном родителем: {language}.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Other reason</source>
        <translation>Другая причина</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Выберите причину.</translation>
    </message>
    <message>
        <source>The reason “{reason}” needs a comment for the parent.</source>
        <translation>Для причины «{reason}» нужен комментарий для родителя.</translation>
    </message>
    <message>
        <source>The comment is too long: the portal keeps at most {limit} characters, this one has {count}.</source>
        <translation>Комментарий слишком длинный: портал принимает не более {limit} символов, длина этого комментария — {count}.</translation>
    </message>
    <message>
        <source>The group has free places</source>
        <translation>В группе есть свободные места</translation>
    </message>
    <message numerus="yes">
        <source>The group still has %n free place(s). Decline for “{reason}” all the same?</source>
        <translation>
            <numerusform>В группе ещё %n свободное место. Всё равно отклонить по причине «{reason}»?</numerusform>
            <numerusform>В группе ещё %n свободных места. Всё равно отклонить по причине «{reason}»?</numerusform>
            <numerusform>В группе ещё %n свободных мест. Всё равно отклонить по причине «{reason}»?</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline all the same</source>
        <translation>Всё равно отклонить</translation>
    </message>
    <message>
        <source>Choose another reason</source>
        <translation>Выбрать другую причину</translation>
    </message>
    <message>
        <source>Only “Other reason” can be chosen: the portal&apos;s list of reasons has not reached this computer yet. Connect to the portal and sync once to get it.</source>
        <translation>Можно выбрать только «Другая причина»: список причин с портала ещё не получен на этом компьютере. Подключитесь к порталу и один раз выполните синхронизацию, чтобы получить его.</translation>
    </message>
    <message>
        <source>Decline request №{number}</source>
        <translation>Отклонить заявку №{number}</translation>
    </message>
    <message>
        <source>Decline request №{number} — {child}</source>
        <translation>Отклонить заявку №{number} — {child}</translation>
    </message>
    <message>
        <source>The parent is told the reason and your comment, and may choose another kindergarten while their enrollment window lasts. A reserved place is freed.</source>
        <translation>Родителю сообщат причину и ваш комментарий; пока действует срок зачисления, он может выбрать другой детский сад. Забронированное место освобождается.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Комментарий:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Выберите причину…</translation>
    </message>
    <message>
        <source>What the parent should know (needed for “Other reason”)</source>
        <translation>Что нужно знать родителю (обязательно, если выбрана «Другая причина»)</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Отклонить заявку</translation>
    </message>
</context>
<context>
    <name>DiagnosticsSection</name>
    <message>
        <source>Balabaqsha Desk version:</source>
        <translation>Версия Balabaqsha Desk:</translation>
    </message>
    <message>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <source>Qt platform plugin:</source>
        <translation>Платформенный плагин Qt:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Файл настроек:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Папка журналов:</translation>
    </message>
    <message>
        <source>Local data on disk:</source>
        <translation>Локальные данные на диске:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Последняя успешная синхронизация:</translation>
    </message>
    <message>
        <source>Newest revocation list (CRL):</source>
        <translation>Самый свежий список отзыва (CRL):</translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation>Хранилище ключей:</translation>
    </message>
    <message>
        <source>The export holds these figures, the health checks, the settings and the logs, with IINs, names, phone numbers and e-mail addresses masked: it can be sent to support as it is.</source>
        <translation>В выгрузку входят эти сведения, результаты проверок, настройки и журналы; ИИН, имена, номера телефонов и адреса электронной почты скрыты: её можно отправить в поддержку как есть.</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Выгрузить диагностику…</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} МБ</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>{age} old</source>
        <translation>выпущен {age} назад</translation>
    </message>
    <message>
        <source>none cached yet</source>
        <translation>пока не сохранён</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Выгрузка диагностики</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Архивы zip (*.zip)</translation>
    </message>
    <message>
        <source>Collecting the diagnostics…</source>
        <translation>Сбор диагностики…</translation>
    </message>
    <message>
        <source>Exporting diagnostics</source>
        <translation>Идёт выгрузка диагностики</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Сохранено в {path}.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved. {reason} Nothing was written there; choose another folder and export again.</source>
        <translation>Диагностика не сохранена. {reason} Туда ничего не записано; выберите другую папку и выгрузите снова.</translation>
    </message>
</context>
<context>
    <name>DocumentRowWidget</name>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Show the document (downloads it first when it is not on this computer)</source>
        <translation>Показать документ (если его нет на этом компьютере, он сначала будет скачан)</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Скачать заново</translation>
    </message>
    <message>
        <source>Throw away the copy on this computer and download the document afresh</source>
        <translation>Удалить копию на этом компьютере и скачать документ заново</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept</source>
        <translation>Остановить скачивание; уже полученное сохранится</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Комментарий: {comment}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Запуск…</translation>
    </message>
    <message>
        <source>The parent has not uploaded this document.</source>
        <translation>Родитель не загрузил этот документ.</translation>
    </message>
    <message>
        <source>uploaded {date}</source>
        <translation>загружен {date}</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>на этом компьютере</translation>
    </message>
    <message>
        <source>{done} of {total} downloaded</source>
        <translation>скачано {done} из {total}</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>ещё не скачан</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This file is neither a PDF nor a JPEG, PNG or TIFF image, so it cannot be shown. Download it again; if it stays like this, report it.</source>
        <translation>Этот файл не является ни PDF, ни изображением JPEG, PNG или TIFF, поэтому показать его нельзя. Скачайте его заново; если ошибка повторится, сообщите о ней.</translation>
    </message>
    <message>
        <source>This file is empty. Download it again; if it stays empty, ask the parent to upload the document again.</source>
        <translation>Файл пуст. Скачайте его заново; если он останется пустым, попросите родителя загрузить документ повторно.</translation>
    </message>
    <message>
        <source>The saved copy of this file cannot be read from the disk. Download it again.</source>
        <translation>Сохранённую копию этого файла не удаётся прочитать с диска. Скачайте его заново.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown. Download it again; if it stays damaged, return it to the parent with a comment asking for a new scan.</source>
        <translation>Этот PDF повреждён, и показать его нельзя. Скачайте его заново; если он по-прежнему повреждён, верните его родителю с комментарием и попросите прислать новую скан-копию.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it cannot be shown. Return it to the parent with a comment asking for a file without a password.</source>
        <translation>Этот PDF защищён паролем, поэтому показать его нельзя. Верните его родителю с комментарием и попросите прислать файл без пароля.</translation>
    </message>
    <message>
        <source>This PDF has no pages. Return it to the parent with a comment asking for the scan.</source>
        <translation>В этом PDF нет страниц. Верните его родителю с комментарием и попросите прислать скан-копию.</translation>
    </message>
    <message>
        <source>Some pages of this PDF are damaged and cannot be shown. Download it again; if they stay damaged, return it to the parent with a comment.</source>
        <translation>Некоторые страницы этого PDF повреждены, и показать их нельзя. Скачайте файл заново; если страницы по-прежнему повреждены, верните его родителю с комментарием.</translation>
    </message>
    <message>
        <source>This image is incomplete: the file ends too early. Download it again; if it stays incomplete, return it to the parent with a comment asking for a new scan.</source>
        <translation>Изображение неполное: файл обрывается раньше времени. Скачайте его заново; если изображение по-прежнему неполное, верните его родителю с комментарием и попросите прислать новую скан-копию.</translation>
    </message>
    <message>
        <source>This image is damaged and cannot be shown. Download it again; if it stays damaged, return it to the parent with a comment asking for a new scan.</source>
        <translation>Изображение повреждено, и показать его нельзя. Скачайте его заново; если оно по-прежнему повреждено, верните его родителю с комментарием и попросите прислать новую скан-копию.</translation>
    </message>
    <message>
        <source>This image has too many pixels to be shown. Return it to the parent with a comment asking for a smaller scan.</source>
        <translation>Изображение содержит слишком много пикселей, и показать его нельзя. Верните его родителю с комментарием и попросите прислать скан-копию меньшего размера.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Уменьшить (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Увеличить (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Make the page as wide as the window (Ctrl+0)</source>
        <translation>Растянуть страницу по ширине окна (Ctrl+0)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Страница целиком</translation>
    </message>
    <message>
        <source>Show the whole page in the window (Ctrl+9)</source>
        <translation>Показать страницу в окне целиком (Ctrl+9)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Повернуть</translation>
    </message>
    <message>
        <source>Turn the pages a quarter clockwise (Ctrl+R)</source>
        <translation>Повернуть страницы на 90° по часовой стрелке (Ctrl+R)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>из {count}</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Открытие файла…</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Downloading {document}</source>
        <translation>Скачивание: {document}</translation>
    </message>
    <message>
        <source>{document} — request №{number}</source>
        <translation>{document} — заявка №{number}</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>This request is not in the data on this computer.</source>
        <translation>Этой заявки нет в данных на этом компьютере.</translation>
    </message>
    <message>
        <source>{given} of {required} required received, {accepted} accepted</source>
        <translation>Получено обязательных: {given} из {required}, принято: {accepted}</translation>
    </message>
    <message>
        <source>The parent has not uploaded this document.</source>
        <translation>Родитель не загрузил этот документ.</translation>
    </message>
    <message>
        <source>The copy of this document kept on this computer is damaged or can no longer be decrypted (its key is gone from the system&apos;s keyring), so it is not shown. Download it again.</source>
        <translation>Копия этого документа на этом компьютере повреждена или больше не расшифровывается (её ключ пропал из хранилища ключей системы), поэтому она не показана. Скачайте документ заново.</translation>
    </message>
    <message>
        <source>The portal has no file for this document any more. Report it to the portal&apos;s support, and ask the parent to upload the document again.</source>
        <translation>На портале больше нет файла этого документа. Сообщите об этом в поддержку портала и попросите родителя загрузить документ заново.</translation>
    </message>
    <message>
        <source>The file that arrived is not the one the portal listed (its checksum differs), so it was not kept. Download it again; if this happens again, report it.</source>
        <translation>Полученный файл не тот, что указал портал (его контрольная сумма другая), поэтому он не сохранён. Скачайте его заново; если это повторится, сообщите об этом.</translation>
    </message>
    <message>
        <source>This file is {size}, more than the {limit} this program downloads. Return the document to the parent with a comment asking for a smaller scan, or report it.</source>
        <translation>Размер файла — {size}, это больше {limit}, которые скачивает эта программа. Верните документ родителю с комментарием и попросите скан поменьше или сообщите об этом.</translation>
    </message>
    <message>
        <source>Download cancelled. What arrived is kept: opening the document continues from there.</source>
        <translation>Скачивание отменено. Полученное сохранено: при открытии документа скачивание продолжится с этого места.</translation>
    </message>
    <message>
        <source>The download took too long and was stopped. What arrived is kept: open the document again to continue from there.</source>
        <translation>Скачивание шло слишком долго и было остановлено. Полученное сохранено: откройте документ снова, чтобы продолжить с этого места.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. What arrived is kept: open the document again when the connection returns.</source>
        <translation>Портал недоступен. Полученное сохранено: откройте документ снова, когда связь восстановится.</translation>
    </message>
    <message>
        <source>The document could not be downloaded. Download it again; if this happens again, report it.</source>
        <translation>Не удалось скачать документ. Скачайте его заново; если это повторится, сообщите об этом.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Скачать заново</translation>
    </message>
    <message>
        <source>Copy the request&apos;s number</source>
        <translation>Скопировать номер заявки</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <source>The document is not on this computer yet: open it once to download it.</source>
        <translation>Документа ещё нет на этом компьютере: откройте его один раз, чтобы скачать.</translation>
    </message>
    <message>
        <source>Only PDF files are printed and saved from here; open the image to look at it.</source>
        <translation>Отсюда печатаются и сохраняются только файлы PDF; изображение откройте, чтобы посмотреть его.</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewDialog</name>
    <message>
        <source>Write what to correct in “{document}”: the parent sees the comment.</source>
        <translation>Укажите, что нужно исправить в документе «{document}»: родитель увидит этот комментарий.</translation>
    </message>
    <message>
        <source>The comment on “{document}” is too long: at most {limit} characters.</source>
        <translation>Комментарий к документу «{document}» слишком длинный: допускается не более {limit} символов.</translation>
    </message>
    <message>
        <source>Choose “Accept” or “Return” for at least one document.</source>
        <translation>Выберите «Принять» или «Вернуть на доработку» хотя бы для одного документа.</translation>
    </message>
    <message>
        <source>Documents of request №{number}</source>
        <translation>Документы по заявке №{number}</translation>
    </message>
    <message>
        <source>Documents of request №{number} — {child}</source>
        <translation>Документы по заявке №{number} — {child}</translation>
    </message>
    <message>
        <source>Accept the documents that are in order. Return the others with a comment on what to correct: the parent is told and uploads them again. The director countersigns only when every required document is accepted.</source>
        <translation>Примите документы, которые оформлены правильно. Остальные верните с комментарием о том, что нужно исправить: родитель получит уведомление и загрузит их снова. Директор подписывает договор только после того, как приняты все обязательные документы.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Comment to the parent</source>
        <translation>Комментарий родителю</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Оставить как есть</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>{status}: “{comment}”</source>
        <translation>{status}: «{comment}»</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Что исправить</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Открыть документ</translation>
    </message>
    <message>
        <source>Show the document in the viewer (downloaded first if it is not on this computer yet)</source>
        <translation>Показать документ в окне просмотра (сначала он будет загружен, если его ещё нет на этом компьютере)</translation>
    </message>
    <message>
        <source>Characters typed, of the {limit} the portal keeps</source>
        <translation>Сколько символов введено из {limit}, которые сохраняет портал</translation>
    </message>
    <message>
        <source>Waiting for the parent to upload it again.</source>
        <translation>Ожидается повторная загрузка родителем.</translation>
    </message>
    <message>
        <source>Not uploaded yet: {documents}.</source>
        <translation>Ещё не загружены: {documents}.</translation>
    </message>
    <message>
        <source>Accept all received</source>
        <translation>Принять все полученные</translation>
    </message>
    <message>
        <source>Set “Accept” on every received document that has no verdict yet</source>
        <translation>Выбрать «Принять» для каждого полученного документа, по которому ещё нет решения</translation>
    </message>
    <message>
        <source>Record the verdicts</source>
        <translation>Записать решения</translation>
    </message>
</context>
<context>
    <name>EnrollmentOrder</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>{selected} of {total} children ticked</source>
        <translation>Отмечено детей: {selected} из {total}</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details are not on this computer yet. Synchronise with the portal, then make the order again.</source>
        <translation>Реквизитов детского сада ещё нет на этом компьютере. Выполните синхронизацию с порталом и сформируйте приказ заново.</translation>
    </message>
    <message>
        <source>Type the order&apos;s number, as it is in the kindergarten&apos;s register of orders.</source>
        <translation>Введите номер приказа так, как он указан в журнале регистрации приказов детского сада.</translation>
    </message>
    <message>
        <source>Tick the children this order enrolls.</source>
        <translation>Отметьте детей, которых зачисляет этот приказ.</translation>
    </message>
    <message>
        <source>Making the enrollment order…</source>
        <translation>Формирование приказа о зачислении…</translation>
    </message>
    <message>
        <source>Enrollment order No. {number} of {date}</source>
        <translation>Приказ о зачислении №{number} от {date}</translation>
    </message>
    <message>
        <source>enrollment-order</source>
        <translation>приказ-о-зачислении</translation>
    </message>
    <message>
        <source>The order could not be made into a printable PDF. Make it again; if this happens again, send the program&apos;s report to support.</source>
        <translation>Не удалось преобразовать приказ в PDF для печати. Сформируйте его заново; если ошибка повторится, отправьте отчёт программы в службу поддержки.</translation>
    </message>
    <message>
        <source>Enrollment order</source>
        <translation>Приказ о зачислении</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>&amp;Номер приказа:</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>&amp;Дата приказа:</translation>
    </message>
    <message>
        <source>&amp;Language of the order:</source>
        <translation>&amp;Язык приказа:</translation>
    </message>
    <message>
        <source>Enrolled children</source>
        <translation>Зачисленные дети</translation>
    </message>
    <message>
        <source>Find a child by name, IIN or contract</source>
        <translation>Поиск ребёнка по ФИО, ИИН или договору</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Отметить всех показанных</translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation>Снять отметку со всех показанных</translation>
    </message>
    <message>
        <source>There are no enrolled children on this computer. A child appears here once the contract is countersigned and the data is synchronised with the portal.</source>
        <translation>На этом компьютере нет зачисленных детей. Ребёнок появится здесь, когда договор будет подписан со стороны детского сада и данные синхронизированы с порталом.</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Просмотр и печать…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <source>Nothing is lost: the decisions you made are kept in the outbox and go to the portal with the next sync.</source>
        <translation>Ничего не потеряно: ваши решения хранятся в очереди отправки и уйдут на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>A report was saved to {path}. Send it to support, or copy the details below.</source>
        <translation>Отчёт сохранён в {path}. Отправьте его в поддержку или скопируйте подробности ниже.</translation>
    </message>
    <message>
        <source>The report could not be saved in the log folder ({reason}): copy the details or save them elsewhere.</source>
        <translation>Не удалось сохранить отчёт в папке журналов ({reason}): скопируйте подробности или сохраните их в другом месте.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <source>The portal has not granted you this role: choose one of the roles in Session › Act as.</source>
        <translation>Портал не давал вам эту роль: выберите одну из ролей в меню Сеанс › Роль.</translation>
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
        <source>On this computer your sign-in is kept in a file that opens with your password: sign in with your login and password.</source>
        <translation>На этом компьютере данные входа хранятся в файле, который открывается вашим паролем: войдите по логину и паролю.</translation>
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
        <source>The portal&apos;s data would delete most of what is saved on this computer. Allow it only if you expect that (for example, a new school year).</source>
        <translation>Данные портала удалят большую часть сохранённого на этом компьютере. Разрешайте это, только если вы этого ожидаете (например, в начале нового учебного года).</translation>
    </message>
    <message>
        <source>The built-in training portal is still being started by another Balabaqsha Desk window on this computer. Wait until it is ready and try again.</source>
        <translation>Встроенный учебный портал ещё запускается другим окном Balabaqsha Desk на этом компьютере. Дождитесь его готовности и повторите попытку.</translation>
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
    <message>
        <source>The saved data on this computer is missing or empty, though its key is still here: decisions made here and not yet sent may be lost with it. Nothing was created in its place: ask support before signing in again.</source>
        <translation>Сохранённые на этом компьютере данные отсутствуют или пусты, хотя их ключ ещё здесь: принятые здесь и ещё не отправленные решения могли пропасть вместе с ними. Взамен ничего не создано: прежде чем входить снова, обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in {wait}; until then the portal refuses even the right password.</source>
        <translation>Слишком много неудачных попыток входа. Попробуйте снова через {wait}; до тех пор портал не примет даже верный пароль.</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Children enrolled, month by month</source>
        <translation>Зачисленные дети по месяцам</translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation>Заявки по статусам</translation>
    </message>
    <message>
        <source>Days from request to enrollment</source>
        <translation>Дней от заявки до зачисления</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Заполненность</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Статусы</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>{low}–{high} days</source>
        <translation>{low}–{high} дн.</translation>
    </message>
    <message>
        <source>{low}+ days</source>
        <translation>{low}+ дн.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Enrolled children</source>
        <translation>Зачисленные дети</translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation>Зачислено детей</translation>
    </message>
    <message>
        <source>Places in the groups</source>
        <translation>Мест в группах</translation>
    </message>
    <message>
        <source>{kindergarten} — {figure}, made {day}</source>
        <translation>{kindergarten} — {figure}, на {day}</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показатели</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>The figures could not be prepared for printing. Try again; if it happens again, report it to support.</source>
        <translation>Не удалось подготовить показатели к печати. Попробуйте ещё раз; если повторится, сообщите в поддержку.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Заявка поступила</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Дата зачисления</translation>
    </message>
    <message>
        <source>figures-{day}</source>
        <translation>показатели-{day}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Показатели загружаются…</translation>
    </message>
    <message>
        <source>No requests yet. The figures fill after the first sync with the portal.</source>
        <translation>Заявок пока нет. Показатели появятся после первой синхронизации с порталом.</translation>
    </message>
    <message>
        <source>Children enrolled now: {count}.</source>
        <translation>Сейчас зачислено детей: {count}.</translation>
    </message>
    <message>
        <source>Half of them waited {days} days or less from the request to enrollment.</source>
        <translation>Половина из них ждала зачисления с момента заявки не дольше {days} дн.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Open file</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <source>The system has no program to open this. The file is here: {path}</source>
        <translation>В системе нет программы, чтобы открыть этот файл. Он находится здесь: {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Сохранено как {path}.</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>{group}, {month}: {free} free</source>
        <translation>{group}, {month}: свободно {free}</translation>
    </message>
    <message>
        <source>Gone to school by then: {count}</source>
        <translation>К этому времени ушли в школу: {count}</translation>
    </message>
    <message>
        <source>Your entries by then: {count}</source>
        <translation>По вашим записям к этому времени: {count}</translation>
    </message>
    <message>
        <source>Put the forecast in the outbox for the parents&apos; catalogue</source>
        <translation>Поставить прогноз в очередь отправки в родительский каталог</translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation>Выберите группу.</translation>
    </message>
    <message>
        <source>The forecast is in the outbox: it goes to the portal with the next sync, and parents see it in the catalogue after that.</source>
        <translation>Прогноз в очереди отправки: он уйдёт на портал при следующей синхронизации, после этого родители увидят его в каталоге.</translation>
    </message>
    <message>
        <source>Forecast of free places</source>
        <translation>Прогноз свободных мест</translation>
    </message>
    <message>
        <source>Free places in each group, month by month: those free now, plus those that free up as children leave for school on 1 September, plus your entries for known departures. Review it, then publish it to the parents&apos; catalogue. Hover over a number to see what it is made of.</source>
        <translation>Свободные места в каждой группе по месяцам: свободные сейчас, плюс освобождающиеся, когда дети 1 сентября уходят в школу, плюс ваши записи об известных выбытиях. Проверьте прогноз, затем опубликуйте его в каталоге для родителей. Наведите указатель на число, чтобы увидеть, из чего оно складывается.</translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation>Только просмотр: {why}</translation>
    </message>
    <message>
        <source>Known departures</source>
        <translation>Известные выбытия</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С месяца</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;С месяца:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Мест:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <source>for example, the family is moving</source>
        <translation>например, семья переезжает</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Опубликовать</translation>
    </message>
</context>
<context>
    <name>GroupDialogs</name>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <source>educators</source>
        <translation>воспитатели</translation>
    </message>
    <message>
        <source>room</source>
        <translation>помещение</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Дайте группе название.</translation>
    </message>
    <message>
        <source>The kindergarten already has a group named “{name}”: choose another name.</source>
        <translation>В детском саду уже есть группа «{name}»: выберите другое название.</translation>
    </message>
    <message>
        <source>The ages are missing: give them as two numbers, from and to, for example 3–4.</source>
        <translation>Не указан возраст: укажите два числа, от и до, например 3–4.</translation>
    </message>
    <message>
        <source>The ages {low}–{high} are the wrong way round: the first must not be above the second.</source>
        <translation>Возраст {low}–{high} указан наоборот: первое число не должно быть больше второго.</translation>
    </message>
    <message>
        <source>Ages go from {low} to {high}.</source>
        <translation>Возраст — от {low} до {high} лет.</translation>
    </message>
    <message>
        <source>A group has {low} to {high} places, not {capacity}.</source>
        <translation>В группе от {low} до {high} мест, а не {capacity}.</translation>
    </message>
    <message>
        <source>The group is no longer in this computer&apos;s copy: sync to see the groups as they are now.</source>
        <translation>Этой группы больше нет в данных на этом компьютере: синхронизируйте, чтобы увидеть группы такими, какие они сейчас.</translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation>Группа ещё не создана на портале: сначала синхронизируйте, затем меняйте её.</translation>
    </message>
    <message>
        <source>The group still holds {enrolled} enrolled and {reserved} reserved children: move them to another group first.</source>
        <translation>В группе ещё {enrolled} зачисленных и {reserved} забронированных детей: сначала переведите их в другую группу.</translation>
    </message>
    <message>
        <source>Only an enrolled child, or one with a reserved place, can be moved.</source>
        <translation>Перевести можно только зачисленного ребёнка или ребёнка с забронированным местом.</translation>
    </message>
    <message>
        <source>The child is in this group already.</source>
        <translation>Ребёнок уже в этой группе.</translation>
    </message>
    <message>
        <source>The group “{name}” is full ({enrolled} enrolled and {reserved} reserved of {capacity}): raise its capacity first, or choose another group.</source>
        <translation>Группа «{name}» заполнена ({enrolled} зачислено и {reserved} забронировано из {capacity}): сначала увеличьте число мест или выберите другую группу.</translation>
    </message>
    <message>
        <source>The group teaches in {language}; the parent asked for {languages}.</source>
        <translation>Язык обучения группы — {language}; родитель просил: {languages}.</translation>
    </message>
    <message>
        <source>Places cannot be negative ({places}): enter 0 or more.</source>
        <translation>Число мест не может быть отрицательным ({places}): введите 0 или больше.</translation>
    </message>
    <message>
        <source>The {field} is too long: at most {limit} characters.</source>
        <translation>Поле «{field}» слишком длинное: не более {limit} символов.</translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: sync to see it as it is now.</source>
        <translation>Заявки больше нет в данных на этом компьютере: синхронизируйте, чтобы увидеть её текущее состояние.</translation>
    </message>
    <message>
        <source>There are no groups to forecast yet: sync to fetch them.</source>
        <translation>Групп для прогноза пока нет: синхронизируйте, чтобы получить их.</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Выберите месяц.</translation>
    </message>
    <message>
        <source>Not recorded ({detail}). Sync and try again; if this happens again, report it to support.</source>
        <translation>Не записано ({detail}). Синхронизируйте и попробуйте снова; если повторится, сообщите в поддержку.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <source>Edit group “{name}”</source>
        <translation>Изменить группу «{name}»</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Ages (from–to):</source>
        <translation>Возраст (от–до):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Educators:</source>
        <translation>Воспитатели:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Помещение:</translation>
    </message>
    <message>
        <source>for example 3–4</source>
        <translation>например, 3–4</translation>
    </message>
    <message>
        <source>The group holds {enrolled} enrolled and {reserved} reserved children; its places cannot go below {taken}.</source>
        <translation>В группе {enrolled} зачисленных и {reserved} забронированных детей; мест не может быть меньше {taken}.</translation>
    </message>
    <message>
        <source>Places in “{name}”</source>
        <translation>Места в группе «{name}»</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Now {capacity} places: {enrolled} enrolled, {reserved} reserved, {free} free.</source>
        <translation>Сейчас {capacity} мест: {enrolled} зачислено, {reserved} забронировано, {free} свободно.</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Мест:</translation>
    </message>
    <message>
        <source>A capacity of {capacity} is below the children the group holds ({enrolled} enrolled and {reserved} reserved): move children out first, or choose at least {taken}.</source>
        <translation>Вместимость {capacity} меньше числа детей в группе ({enrolled} зачислено и {reserved} забронировано): сначала переведите детей или укажите не меньше {taken}.</translation>
    </message>
    <message>
        <source>On {day}, when the group starts, the child will be {age}; the group&apos;s age band is {ages}.</source>
        <translation>На {day}, когда группа начинает работу, ребёнку будет {age}; возраст детей в группе — {ages}.</translation>
    </message>
    <message>
        <source>Close group “{name}”</source>
        <translation>Закрыть группу «{name}»</translation>
    </message>
    <message>
        <source>Close the group</source>
        <translation>Закрыть группу</translation>
    </message>
    <message>
        <source>Close the group “{name}”? It takes no more children and leaves the lists; the portal keeps its history. A group is closed only when it holds no children.</source>
        <translation>Закрыть группу «{name}»? Она больше не принимает детей и уходит из списков; портал сохраняет её историю. Группу можно закрыть, только когда в ней нет детей.</translation>
    </message>
    <message>
        <source>Move {child} to another group</source>
        <translation>Перевести {child} в другую группу</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>{child} is in “{group}” now. Choose the group to move to; the number of free places is shown beside each.</source>
        <translation>{child} сейчас в группе «{group}». Выберите группу для перевода; рядом с каждой указано число свободных мест.</translation>
    </message>
    <message>
        <source>To the group:</source>
        <translation>В группу:</translation>
    </message>
    <message>
        <source>{name} · {low}–{high} · {language} · free: {free}</source>
        <translation>{name} · {low}–{high} · {language} · свободно: {free}</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
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
    <message>
        <source>over by {n}</source>
        <translation>сверх на {n}</translation>
    </message>
    <message>
        <source>More children than places: raise the capacity or move children.</source>
        <translation>Детей больше, чем мест: увеличьте вместимость или переведите детей.</translation>
    </message>
    <message>
        <source>The group is full.</source>
        <translation>Группа заполнена.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
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
    <message>
        <source>There are no groups to move up yet.</source>
        <translation>Групп для перевода пока нет.</translation>
    </message>
    <message>
        <source>There is no move-up to undo: none was made here, or it has been sent to the portal already.</source>
        <translation>Нечего отменять: перевод здесь не делался или уже отправлен на портал.</translation>
    </message>
    <message>
        <source>Select a group in the list.</source>
        <translation>Выберите группу в списке.</translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation>Группа ещё не создана на портале: сначала синхронизируйте, затем меняйте её.</translation>
    </message>
    <message>
        <source>Add a group to the kindergarten</source>
        <translation>Добавить группу в детский сад</translation>
    </message>
    <message>
        <source>Change the group&apos;s name, kind, ages, language, places, educators or room</source>
        <translation>Изменить название, вид, возраст, язык, число мест, воспитателей или помещение группы</translation>
    </message>
    <message>
        <source>Change the number of places in the group</source>
        <translation>Изменить число мест в группе</translation>
    </message>
    <message>
        <source>Close an empty group</source>
        <translation>Закрыть пустую группу</translation>
    </message>
    <message>
        <source>Preview and make the September move-up: every group a year older, school starters leaving</source>
        <translation>Просмотреть и выполнить сентябрьский перевод: каждая группа на год старше, будущие первоклассники выбывают</translation>
    </message>
    <message>
        <source>Withdraw the move-up while it has not been sent to the portal</source>
        <translation>Отозвать перевод, пока он не отправлен на портал</translation>
    </message>
    <message>
        <source>The move-up is undone: its changes were taken out of the outbox.</source>
        <translation>Перевод отменён: его изменения убраны из очереди отправки.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Не отменено</translation>
    </message>
    <message>
        <source>The move-up has been sent to the portal already and cannot be undone here; change the groups one by one instead.</source>
        <translation>Перевод уже отправлен на портал и здесь не отменяется; вместо этого измените группы по одной.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Новая группа…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Capacity…</source>
        <translation>Число мест…</translation>
    </message>
    <message>
        <source>Close group…</source>
        <translation>Закрыть группу…</translation>
    </message>
    <message>
        <source>September move-up…</source>
        <translation>Сентябрьский перевод…</translation>
    </message>
    <message>
        <source>Undo the move-up</source>
        <translation>Отменить перевод</translation>
    </message>
    <message>
        <source>Show the group&apos;s requests</source>
        <translation>Показать заявки группы</translation>
    </message>
    <message>
        <source>Copy the name</source>
        <translation>Скопировать название</translation>
    </message>
    <message>
        <source>There are no groups to forecast yet: sync to fetch them.</source>
        <translation>Групп для прогноза пока нет: синхронизируйте, чтобы получить их.</translation>
    </message>
    <message>
        <source>Free places per group for the next twelve months: review them, add known departures and publish</source>
        <translation>Свободные места по группам на двенадцать месяцев вперёд: проверить, добавить известные выбытия и опубликовать</translation>
    </message>
    <message>
        <source>Occupancy over the months, requests by status and days from request to enrollment, to print or export</source>
        <translation>Заполненность по месяцам, заявки по статусам и дни от заявки до зачисления — для печати и экспорта</translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation>Прогноз…</translation>
    </message>
    <message>
        <source>Figures…</source>
        <translation>Показатели…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>Новые заявки</translation>
    </message>
    <message>
        <source>Waiting for your decision, the latest first.</source>
        <translation>Ожидают вашего решения, сначала самые новые.</translation>
    </message>
    <message>
        <source>No new requests.</source>
        <translation>Новых заявок нет.</translation>
    </message>
    <message>
        <source>Deadlines ending</source>
        <translation>Истекающие сроки</translation>
    </message>
    <message>
        <source>The parent&apos;s enrollment window closes today or on the next working day.</source>
        <translation>Срок зачисления у родителя истекает сегодня или в следующий рабочий день.</translation>
    </message>
    <message>
        <source>No deadline ends today or on the next working day.</source>
        <translation>Нет сроков, истекающих сегодня или в следующий рабочий день.</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>Показать в списке</translation>
    </message>
    <message>
        <source>Documents sent again</source>
        <translation>Повторно загруженные документы</translation>
    </message>
    <message>
        <source>Parents uploaded these again after a review: check them once more.</source>
        <translation>Родители загрузили их повторно после рассмотрения: проверьте их ещё раз.</translation>
    </message>
    <message>
        <source>No documents are waiting to be checked again.</source>
        <translation>Нет документов, ожидающих повторной проверки.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>Actions the portal did not apply: look at each on the Needs attention page.</source>
        <translation>Действия, которые портал не применил: рассмотрите каждое на странице «Требует внимания».</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Нет записей, требующих внимания.</translation>
    </message>
    <message>
        <source>Open Needs attention</source>
        <translation>Открыть «Требует внимания»</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to see to.</source>
        <translation>
            <numerusform>%n задача к выполнению.</numerusform>
            <numerusform>%n задачи к выполнению.</numerusform>
            <numerusform>%n задач к выполнению.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs doing right now.</source>
        <translation>Сейчас делать ничего не нужно.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
            <numerusform>…и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>№{number} · {child}</source>
        <translation>№{number} · {child}</translation>
    </message>
    <message>
        <source>Arrived {when}</source>
        <translation>Поступила {when}</translation>
    </message>
    <message>
        <source>Your decision waits to be sent to the portal</source>
        <translation>Ваше решение ожидает отправки на портал</translation>
    </message>
    <message>
        <source>Last day: until {when}</source>
        <translation>Последний день: до {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left, until {when}</source>
        <translation>
            <numerusform>Остался %n рабочий день, до {when}</numerusform>
            <numerusform>Осталось %n рабочих дня, до {when}</numerusform>
            <numerusform>Осталось %n рабочих дней, до {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>{document}, sent {when}</source>
        <translation>{document}, дата отправки: {when}</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>Ответ получен {when}</translation>
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
        <source>Picking an account above fills in its AUTH key and password here.</source>
        <translation>Если выбрать учётную запись выше, здесь подставятся её ключ AUTH и пароль.</translation>
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
        <source>Keep it in an encrypted file</source>
        <translation>Хранить в зашифрованном файле</translation>
    </message>
    <message>
        <source>This computer has no system password store: your sign-in is kept in a file here, encrypted with your password, so the password is asked at every start and the EDS key does not sign you in.</source>
        <translation>На этом компьютере нет системного хранилища паролей: данные входа хранятся здесь в файле, зашифрованном вашим паролем, поэтому пароль спрашивается при каждом запуске, а вход по ключу ЭЦП недоступен.</translation>
    </message>
    <message>
        <source>This computer has no system password store (Windows Credential Manager or the Secret Service), where the program keeps your sign-in and the key of the data saved here. It can keep them instead in a file on this computer, encrypted with your password. The trade-off: whoever copies the file can try to guess your password, so it must not be an easy one; the password is asked at every start; and only the password signs you in, not the EDS key.</source>
        <translation>На этом компьютере нет системного хранилища паролей (диспетчера учётных данных Windows или Secret Service), где программа хранит данные входа и ключ сохранённых здесь данных. Вместо него их можно хранить в файле на этом компьютере, зашифрованном вашим паролем. Чем за это платить: тот, кто скопирует файл, может пытаться подобрать пароль, поэтому он не должен быть простым; пароль спрашивается при каждом запуске; войти можно только по паролю, не по ключу ЭЦП.</translation>
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
        <source>Without a system password store, choose “Keep it in an encrypted file” to sign in.</source>
        <translation>Без системного хранилища паролей, чтобы войти, выберите «Хранить в зашифрованном файле».</translation>
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
    <message>
        <source>Restore the saved data</source>
        <translation>Восстановить сохранённые данные</translation>
    </message>
    <message>
        <source>The saved data on this computer is lost or damaged, but a backup made after a successful sync is kept. Restore it now? Actions recorded on this computer after that backup may be lost; the damaged file is kept aside, not deleted.</source>
        <translation>Сохранённые на этом компьютере данные утеряны или повреждены, но есть резервная копия, сделанная после успешной синхронизации. Восстановить их сейчас? Действия, записанные на этом компьютере после этой копии, могут быть потеряны; повреждённый файл не удаляется, а откладывается в сторону.</translation>
    </message>
    <message>
        <source>Restoring the saved data…</source>
        <translation>Восстановление сохранённых данных…</translation>
    </message>
    <message>
        <source>The saved data was restored from its backup.</source>
        <translation>Сохранённые данные восстановлены из резервной копии.</translation>
    </message>
    <message>
        <source>The saved data could not be restored from its backups ({detail}). Nothing was changed: ask support.</source>
        <translation>Не удалось восстановить сохранённые данные из резервных копий ({detail}). Ничего не изменено: обратитесь в поддержку.</translation>
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
        <source>Today</source>
        <translation>Сегодня</translation>
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
        <source>Switching role…</source>
        <translation>Смена роли…</translation>
    </message>
    <message>
        <source>The role was not switched</source>
        <translation>Роль не изменена</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Сообщить о проблеме…</translation>
    </message>
    <message>
        <source>Save a report for support: versions, checks and logs, without personal data</source>
        <translation>Сохранить отчёт для поддержки: версии, проверки и журналы, без персональных данных</translation>
    </message>
    <message>
        <source>About {program}</source>
        <translation>О программе {program}</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Сообщить о проблеме</translation>
    </message>
    <message>
        <source>The report is saved as:
{path}

Send this file to support (by e-mail or a messenger) with a few words on what you were doing and what went wrong. It holds the program&apos;s versions, checks and logs, with IINs, names, phone numbers and e-mail addresses masked.</source>
        <translation>Отчёт сохранён в файл:
{path}

Отправьте этот файл в поддержку (по электронной почте или в мессенджере) и в двух словах опишите, что вы делали и что пошло не так. В нём версии программы, проверки и журналы; ИИН, ФИО, номера телефонов и адреса электронной почты скрыты.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>User manual — {program}</source>
        <translation>Руководство пользователя — {program}</translation>
    </message>
</context>
<context>
    <name>MoveUpDialog</name>
    <message>
        <source>{child}, born {born}</source>
        <translation>{child}, дата рождения {born}</translation>
    </message>
    <message>
        <source>Move up on {day}</source>
        <translation>Перевод на {day}</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Перевести</translation>
    </message>
    <message>
        <source>On {day} every group takes children a year older and keeps its children; those who start school leave. It is recorded in one step and can be undone until it is sent to the portal.</source>
        <translation>{day} каждая группа начинает принимать детей на год старше и сохраняет своих детей; поступающие в школу выбывают. Перевод записывается одним шагом и его можно отменить, пока он не отправлен на портал.</translation>
    </message>
    <message>
        <source>{name}: {ages} → {new_ages}; stay {stay}, leave for school {leave}</source>
        <translation>{name}: {ages} → {new_ages}; остаются {stay}, уходят в школу {leave}</translation>
    </message>
    <message>
        <source>{name}: {ages}, unchanged; stay {stay}, leave for school {leave}</source>
        <translation>{name}: {ages}, без изменений; остаются {stay}, уходят в школу {leave}</translation>
    </message>
    <message>
        <source>Leave for school on {day}: {count}</source>
        <translation>Уходят в школу {day}: {count}</translation>
    </message>
    <message>
        <source>{child} — {group}</source>
        <translation>{child} — {group}</translation>
    </message>
    <message>
        <source>Nobody leaves for school this year.</source>
        <translation>В этом году в школу никто не уходит.</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Enrolled</source>
        <translation>Зачислены</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Забронированы</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Свободно</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Сверх мест</translation>
    </message>
    <message>
        <source>Places by group</source>
        <translation>Места по группам</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Accept: a place in the group is reserved</source>
        <translation>Принять: в группе бронируется место</translation>
    </message>
    <message>
        <source>Decline: {reason}</source>
        <translation>Отклонить: {reason}</translation>
    </message>
    <message>
        <source>Return documents to the parent: {documents}</source>
        <translation>Вернуть документы родителю: {documents}</translation>
    </message>
    <message>
        <source>Accept documents: {documents}</source>
        <translation>Принять документы: {documents}</translation>
    </message>
    <message>
        <source>Send the contract to the parent</source>
        <translation>Направить договор родителю</translation>
    </message>
    <message>
        <source>Countersign the contract: the child is enrolled once the portal accepts it</source>
        <translation>Подписать договор: ребёнок зачисляется, когда портал это примет</translation>
    </message>
    <message>
        <source>Sent, waiting for the portal&apos;s answer</source>
        <translation>Отправлено, ждёт ответа портала</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ещё не отправлено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>What it will do</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>OutboxSection</name>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидают отправки</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Nothing is waiting: the portal has every action.</source>
        <translation>Ничего не ждёт отправки: все действия на портале.</translation>
    </message>
    <message>
        <source>This action has been sent to the portal: only its answer can say whether it was applied. Wait for the next sync.</source>
        <translation>Это действие уже отправлено на портал: применено ли оно, скажет только ответ портала. Дождитесь следующей синхронизации.</translation>
    </message>
    <message>
        <source>Take back the selected action before it is sent: its effect on this computer is undone and nothing reaches the portal</source>
        <translation>Отозвать выбранное действие до отправки: его результат на этом компьютере отменяется, и на портал ничего не уходит</translation>
    </message>
    <message>
        <source>request {number}, {child}</source>
        <translation>заявка {number}, {child}</translation>
    </message>
    <message>
        <source>Withdraw the action?</source>
        <translation>Отозвать действие?</translation>
    </message>
    <message>
        <source>Withdraw “{action}”{subject}? Its effect on this computer is undone and nothing is sent to the portal.</source>
        <translation>Отозвать «{action}»{subject}? Его результат на этом компьютере отменяется, и на портал ничего не отправляется.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>The action was sent to the portal meanwhile, so it cannot be withdrawn. Wait for the portal&apos;s answer: if you decide otherwise after it, make the new decision then.</source>
        <translation>Действие тем временем ушло на портал, поэтому отозвать его нельзя. Дождитесь ответа портала: если решите иначе, примите новое решение после него.</translation>
    </message>
    <message>
        <source>The portal has answered this action meanwhile: see the request and Needs attention as they are now.</source>
        <translation>Портал тем временем ответил на это действие: посмотрите заявку и «Требует внимания» в их нынешнем виде.</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Не отозвано</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Эту страницу невозможно показать.</translation>
    </message>
    <message>
        <source>Page {page}…</source>
        <translation>Страница {page}…</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n года</numerusform>
            <numerusform>%n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Children, %n year(s)</source>
        <translation>
            <numerusform>Дети, %n год</numerusform>
            <numerusform>Дети, %n года</numerusform>
            <numerusform>Дети, %n лет</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Places: %n free place(s) before accepting.</source>
        <translation>
            <numerusform>Места: до принятия свободно %n место.</numerusform>
            <numerusform>Места: до принятия свободно %n места.</numerusform>
            <numerusform>Места: до принятия свободно %n мест.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents still to accept: %n.</source>
        <translation>
            <numerusform>Ещё не принят %n документ.</numerusform>
            <numerusform>Ещё не приняты %n документа.</numerusform>
            <numerusform>Ещё не принято %n документов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Parent (legal representative)</source>
        <translation>Родитель (законный представитель)</translation>
    </message>
    <message>
        <source>Head of the kindergarten</source>
        <translation>Руководитель детского сада</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Электронные подписи</translation>
    </message>
    <message>
        <source>SHA-256 of the signed file</source>
        <translation>SHA-256 подписанного файла</translation>
    </message>
    <message>
        <source>The QR code holds “sha256:” and the SHA-256 of the signed file. Compare it with the hash of the file you have: if they are equal, this paper was printed from that file.</source>
        <translation>QR-код содержит «sha256:» и SHA-256 подписанного файла. Сравните его с хешем имеющегося у вас файла: если они совпадают, этот бумажный экземпляр напечатан именно с этого файла.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation>Серийный номер сертификата</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Время подписания</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Almaty time</source>
        <translation>время Алматы</translation>
    </message>
    <message>
        <source>The file has no electronic signatures.</source>
        <translation>В файле нет электронных подписей.</translation>
    </message>
    <message>
        <source>A paper copy of an electronically signed document. The signed file is the original: its signatures can be checked only in the file.</source>
        <translation>Бумажная копия документа, подписанного электронной подписью. Оригиналом является подписанный файл: подписи можно проверить только в нём.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось начать печать.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Сохранить этот документ в файл PDF</translation>
    </message>
    <message>
        <source>The document was not printed: {reason} Check that the printer is on and connected, then print again.</source>
        <translation>Документ не напечатан: {reason} Убедитесь, что принтер включён и подключён, и повторите печать.</translation>
    </message>
    <message>
        <source>The document cannot be printed: it is not a readable PDF. Make it again; if this happens again, send the program&apos;s report to support.</source>
        <translation>Документ нельзя напечатать: это не читаемый PDF. Сформируйте его заново; если ошибка повторится, отправьте отчёт программы в службу поддержки.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск заполнен.</translation>
    </message>
    <message>
        <source>This folder cannot be written to.</source>
        <translation>В эту папку нельзя записывать.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Папка не существует.</translation>
    </message>
    <message>
        <source>A file of that name is open in another program.</source>
        <translation>Файл с таким именем открыт в другой программе.</translation>
    </message>
    <message>
        <source>The PDF was not saved as {path}. {reason} Nothing was written there; choose another folder (for example, Documents) and save again.</source>
        <translation>PDF не сохранён в файл {path}. {reason} Туда ничего не записано; выберите другую папку (например, «Документы») и сохраните снова.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF is saved as {path}.</source>
        <translation>PDF сохранён: {path}.</translation>
    </message>
    <message>
        <source>Preparing the contract for printing…</source>
        <translation>Подготовка договора к печати…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Choose the printer, the pages and the number of copies (Ctrl+P)</source>
        <translation>Выбрать принтер, страницы и число копий (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Печать: {title}</translation>
    </message>
    <message>
        <source>The file was not saved as {path}. {reason} Nothing was written there; choose another folder (for example, Documents) and save again.</source>
        <translation>Файл не сохранён как {path}. {reason} Туда ничего не записано; выберите другую папку (например, «Документы») и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <source>Download again</source>
        <translation>Скачать заново</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Папка с файлами</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Перейти к:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Некорректное имя файла</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Имя «%1» не может быть использовано.&lt;/b&gt;&lt;p&gt;Попробуйте использовать имя меньшей длины и/или без символов пунктуации.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>A report of this problem for the portal&apos;s support</source>
        <translation>Отчёт об этой проблеме для службы поддержки портала</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Скопировать отчёт</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранение отчёта</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved there ({reason}). Choose another folder, or copy the report instead.</source>
        <translation>Не удалось сохранить отчёт в это место ({reason}). Выберите другую папку или скопируйте отчёт.</translation>
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
        <source>Voucher annulled: no answer in time (stop-list)</source>
        <translation>Ваучер аннулирован: нет ответа в срок (стоп-лист)</translation>
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
        <source>Archived: the parent declined the voucher</source>
        <translation>В архиве: родитель отказался от ваучера</translation>
    </message>
    <message>
        <source>Archived: 28 days on the stop-list passed</source>
        <translation>В архиве: истекли 28 дней в стоп-листе</translation>
    </message>
    <message>
        <source>Archived: no answer to the voucher a second time</source>
        <translation>В архиве: повторно нет ответа на ваучер</translation>
    </message>
    <message>
        <source>Archived: the enrollment window closed</source>
        <translation>В архиве: истёк срок зачисления</translation>
    </message>
    <message>
        <source>Archived: the parent withdrew the application</source>
        <translation>В архиве: родитель отозвал заявление</translation>
    </message>
    <message>
        <source>{name} (parent)</source>
        <translation>{name} (родитель)</translation>
    </message>
    <message>
        <source>{name} (kindergarten)</source>
        <translation>{name} (детский сад)</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общая</translation>
    </message>
    <message>
        <source>Special (correctional)</source>
        <translation>Специальная (коррекционная)</translation>
    </message>
    <message>
        <source>Sanatorium</source>
        <translation>Санаторная</translation>
    </message>
    <message>
        <source>Orphan or without parental care</source>
        <translation>Ребёнок-сирота или ребёнок, оставшийся без попечения родителей</translation>
    </message>
    <message>
        <source>Child with a disability</source>
        <translation>Ребёнок с инвалидностью</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Многодетная семья</translation>
    </message>
    <message>
        <source>Family of a serviceman</source>
        <translation>Семья военнослужащего</translation>
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
        <source>Documents</source>
        <translation>Документы</translation>
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
        <source>Age when the group starts</source>
        <translation>Возраст на начало работы группы</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) on {day}</source>
        <translation>
            <numerusform>%n год на {day}</numerusform>
            <numerusform>%n года на {day}</numerusform>
            <numerusform>%n лет на {day}</numerusform>
        </translation>
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
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>Priority category</source>
        <translation>Льготная категория</translation>
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
        <source>Yes, once by 2 working days</source>
        <translation>Да, однократно на 2 рабочих дня</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Осталось рабочих дней</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>group</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Не выбрана</translation>
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
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Свободных мест</translation>
    </message>
    <message>
        <source>{status}: “{comment}”</source>
        <translation>{status}: «{comment}»</translation>
    </message>
</context>
<context>
    <name>RequestDetailDialog</name>
    <message>
        <source>{done} Sent to the portal.</source>
        <translation>{done} Отправлено на портал.</translation>
    </message>
    <message>
        <source>{done} Sending it to the portal…</source>
        <translation>{done} Отправляется на портал…</translation>
    </message>
    <message>
        <source>{done} It goes to the portal when the connection returns; until then it is kept on this computer.</source>
        <translation>{done} Уйдёт на портал, когда восстановится связь, а до тех пор хранится на этом компьютере.</translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy.</source>
        <translation>Этой заявки больше нет в данных на этом компьютере.</translation>
    </message>
    <message>
        <source>Reserve a place in the group; a contract follows</source>
        <translation>Забронировать место в группе; затем направляется договор</translation>
    </message>
    <message>
        <source>Decline with a reason; the parent may choose another kindergarten</source>
        <translation>Отклонить с указанием причины; родитель сможет выбрать другой детский сад</translation>
    </message>
    <message>
        <source>Accept the documents, or return them for correction with a comment</source>
        <translation>Принять документы или вернуть их на доработку с комментарием</translation>
    </message>
    <message>
        <source>Request №{number}</source>
        <translation>Заявка №{number}</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Принять…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Отклонить…</translation>
    </message>
    <message>
        <source>&amp;Review documents…</source>
        <translation>&amp;Рассмотреть документы…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Сведения</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Accepted: a place is reserved.</source>
        <translation>Принята: место забронировано.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Отклонена.</translation>
    </message>
    <message>
        <source>The verdicts are recorded.</source>
        <translation>Решения по документам записаны.</translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Не записано: {reason}</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Запись решения…</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Скопировано в буфер обмена.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Select one request to open it.</source>
        <translation>Выберите одну заявку, чтобы открыть её.</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Скопировать номер</translation>
    </message>
    <message numerus="yes">
        <source>Copy the %n numbers</source>
        <translation>
            <numerusform>Скопировать %n номер</numerusform>
            <numerusform>Скопировать %n номера</numerusform>
            <numerusform>Скопировать %n номеров</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the child&apos;s IIN</source>
        <translation>Скопировать ИИН ребёнка</translation>
    </message>
    <message numerus="yes">
        <source>Copy the %n IINs</source>
        <translation>
            <numerusform>Скопировать %n ИИН</numerusform>
            <numerusform>Скопировать %n ИИН</numerusform>
            <numerusform>Скопировать %n ИИН</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Принять…</translation>
    </message>
    <message numerus="yes">
        <source>Accept the %n selected…</source>
        <translation>
            <numerusform>Принять %n выбранную…</numerusform>
            <numerusform>Принять %n выбранные…</numerusform>
            <numerusform>Принять %n выбранных…</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Отклонить…</translation>
    </message>
    <message numerus="yes">
        <source>Decline the %n selected…</source>
        <translation>
            <numerusform>Отклонить %n выбранную…</numerusform>
            <numerusform>Отклонить %n выбранные…</numerusform>
            <numerusform>Отклонить %n выбранных…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Сначала выберите заявку.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines copied to the clipboard.</source>
        <translation>
            <numerusform>В буфер обмена скопирована %n строка.</numerusform>
            <numerusform>В буфер обмена скопированы %n строки.</numerusform>
            <numerusform>В буфер обмена скопировано %n строк.</numerusform>
        </translation>
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
        <source>Group {id}</source>
        <translation>Группа {id}</translation>
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
    <message numerus="yes">
        <source>With the kindergarten (%n statuses)</source>
        <translation>
            <numerusform>На рассмотрении в ДО (%n статус)</numerusform>
            <numerusform>На рассмотрении в ДО (%n статуса)</numerusform>
            <numerusform>На рассмотрении в ДО (%n статусов)</numerusform>
        </translation>
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
        <source>Requests in any of these statuses: {statuses}</source>
        <translation>Заявки в любом из этих статусов: {statuses}</translation>
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
    <message>
        <source>Fit the columns to their contents</source>
        <translation>Подогнать столбцы по содержимому</translation>
    </message>
    <message>
        <source>View “{name}” saved.</source>
        <translation>Вид «{name}» сохранён.</translation>
    </message>
    <message>
        <source>The group of view “{name}” is no longer in this computer&apos;s copy: all groups are shown. Choose a group and save the view again.</source>
        <translation>Группы вида «{name}» больше нет в копии на этом компьютере: показаны все группы. Выберите группу и сохраните вид заново.</translation>
    </message>
    <message>
        <source>View “{name}” shown.</source>
        <translation>Показан вид «{name}».</translation>
    </message>
    <message>
        <source>View “{name}” deleted.</source>
        <translation>Вид «{name}» удалён.</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Сохранённых видов пока нет</translation>
    </message>
    <message>
        <source>Save the current view…</source>
        <translation>Сохранить текущий вид…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Сохранение вида</translation>
    </message>
    <message>
        <source>A name for the filters and columns shown now:</source>
        <translation>Название для показанных сейчас фильтров и столбцов:</translation>
    </message>
    <message>
        <source>A view called “{name}” exists already. Replace it with what is shown now?</source>
        <translation>Вид «{name}» уже есть. Заменить его тем, что показано сейчас?</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Переименование вида</translation>
    </message>
    <message>
        <source>A new name for “{name}”:</source>
        <translation>Новое название для «{name}»:</translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation>Удаление вида</translation>
    </message>
    <message>
        <source>Delete the view “{name}”? The requests are not changed.</source>
        <translation>Удалить вид «{name}»? Заявки не изменятся.</translation>
    </message>
    <message>
        <source>The name is empty: type a name.</source>
        <translation>Название пустое: введите название.</translation>
    </message>
    <message>
        <source>The name is too long: at most {limit} characters.</source>
        <translation>Название слишком длинное: не более {limit} символов.</translation>
    </message>
    <message>
        <source>A view called “{name}” exists already: choose another name.</source>
        <translation>Вид «{name}» уже есть: выберите другое название.</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>Этого вида больше нет.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Виды</translation>
    </message>
    <message>
        <source>Save the filters and columns shown now under a name, or show a saved view</source>
        <translation>Сохранить показанные сейчас фильтры и столбцы под названием или показать сохранённый вид</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Ничего не записано</translation>
    </message>
    <message>
        <source>Recording the decisions…</source>
        <translation>Решения записываются…</translation>
    </message>
</context>
<context>
    <name>Review</name>
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
    <name>RosterModel</name>
    <message>
        <source>enrolled</source>
        <translation>зачислен</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>место забронировано</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребёнок</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation>Зачислен с</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>{status}, not sent yet</source>
        <translation>{status}, ещё не отправлено</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Select a group in the list.</source>
        <translation>Выберите группу в списке.</translation>
    </message>
    <message>
        <source>The group has no children yet.</source>
        <translation>В группе пока нет детей.</translation>
    </message>
    <message>
        <source>Select a child in the group&apos;s list.</source>
        <translation>Выберите ребёнка в списке группы.</translation>
    </message>
    <message>
        <source>A change about this child waits to be sent to the portal: the next one can be made after the next sync.</source>
        <translation>Изменение по этому ребёнку ждёт отправки на портал: следующее можно сделать после ближайшей синхронизации.</translation>
    </message>
    <message>
        <source>Move the selected child to another group</source>
        <translation>Перевести выбранного ребёнка в другую группу</translation>
    </message>
    <message>
        <source>Print the group&apos;s list of children</source>
        <translation>Напечатать список детей группы</translation>
    </message>
    <message>
        <source>Save the group&apos;s list of children as PDF</source>
        <translation>Сохранить список детей группы в PDF</translation>
    </message>
    <message>
        <source>Save the group&apos;s list of children as an Excel workbook</source>
        <translation>Сохранить список детей группы в книгу Excel</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Made {when}</source>
        <translation>Составлено {when}</translation>
    </message>
    <message>
        <source>Children of the group “{name}”, {ages}, on {day}</source>
        <translation>Дети группы «{name}», {ages}, на {day}</translation>
    </message>
    <message>
        <source>The list could not be prepared for printing. Try again; if it happens again, report it to support.</source>
        <translation>Не удалось подготовить список к печати. Попробуйте ещё раз; если повторится, сообщите в поддержку.</translation>
    </message>
    <message>
        <source>children-{group}</source>
        <translation>дети-{group}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сохранено: {path}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>Экспорт в XLSX…</translation>
    </message>
    <message>
        <source>Select a group to see its children.</source>
        <translation>Выберите группу, чтобы увидеть её детей.</translation>
    </message>
    <message>
        <source>Children of “{name}”: {count}</source>
        <translation>Дети группы «{name}»: {count}</translation>
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
    <name>SendContractDialog</name>
    <message>
        <source>Send the contract</source>
        <translation>Направить договор</translation>
    </message>
    <message>
        <source>Contract for {request}</source>
        <translation>Договор по {request}</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>{layout} (the request&apos;s language)</source>
        <translation>{layout} (язык заявки)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>The contract is sent at the next sync with the portal; until then it waits on this computer, offline too. The parent then signs it on the portal.</source>
        <translation>Договор будет направлен при следующей синхронизации с порталом; до этого он хранится на этом компьютере, в том числе без связи. Затем родитель подписывает его на портале.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Сохранить PDF…</translation>
    </message>
    <message>
        <source>Save this contract as a PDF file, unsent</source>
        <translation>Сохранить этот договор в файл PDF, не направляя его</translation>
    </message>
    <message>
        <source>Send to the parent</source>
        <translation>Направить родителю</translation>
    </message>
    <message>
        <source>Making the contract…</source>
        <translation>Формирование договора…</translation>
    </message>
    <message>
        <source>The portal has not sent: {names}. The contract shows a blank line in its place, to fill in by hand on paper; or synchronise and make it again.</source>
        <translation>Портал не передал: {names}. В договоре на их месте оставлена пустая строка, которую можно заполнить от руки на бумаге; или выполните синхронизацию и сформируйте договор заново.</translation>
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
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync with the portal every:</source>
        <translation>Синхронизировать с порталом каждые:</translation>
    </message>
    <message>
        <source>Time-stamp server:</source>
        <translation>Сервер меток времени:</translation>
    </message>
    <message>
        <source>Empty: countersign without a time-stamp</source>
        <translation>Пусто: подписывать без метки времени</translation>
    </message>
    <message>
        <source>Notify me of new requests and of deadlines ending within one working day</source>
        <translation>Уведомлять о новых заявках и о сроках, истекающих в течение одного рабочего дня</translation>
    </message>
    <message>
        <source>Contract templates…</source>
        <translation>Шаблоны договоров…</translation>
    </message>
    <message>
        <source>Edit the text of the contracts: each saved edit is a new version, and every contract names the version it was made from</source>
        <translation>Редактировать текст договоров: каждое сохранение создаёт новую версию, и в каждом договоре указана версия, по которой он сформирован</translation>
    </message>
    <message>
        <source>Countersignatures get a time-stamp (PAdES B-T) from this RFC 3161 server when it answers; without one they are PAdES B.</source>
        <translation>Если этот сервер RFC 3161 отвечает, подписи детского сада получают метку времени (PAdES B-T); без неё они формируются как PAdES B.</translation>
    </message>
    <message>
        <source>This is not a web address (http:// or https://): it was not saved. The last saved address is still used.</source>
        <translation>Это не веб-адрес (http:// или https://): он не сохранён. По-прежнему используется последний сохранённый адрес.</translation>
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
        <source>Stop syncing</source>
        <translation>Остановить синхронизацию</translation>
    </message>
    <message>
        <source>Stop this sync at its next safe point: what was sent and received so far is kept, the rest comes with the next sync</source>
        <translation>Остановить эту синхронизацию в ближайшей безопасной точке: отправленное и полученное сохранится, остальное придёт со следующей синхронизацией</translation>
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
        <source>receiving, page {page}</source>
        <translation>получение, страница {page}</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>отправка</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>получение</translation>
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
    <name>TemplateEditor</name>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Kazakh and Russian, side by side</source>
        <translation>Казахский и русский, в две колонки</translation>
    </message>
    <message>
        <source>Kazakh text</source>
        <translation>Текст на казахском языке</translation>
    </message>
    <message>
        <source>Russian text</source>
        <translation>Текст на русском языке</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Дата договора</translation>
    </message>
    <message>
        <source>Locality (city or village)</source>
        <translation>Населённый пункт (город или село)</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Номер заявления</translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation>Дата заявления</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s name</source>
        <translation>Наименование детского сада</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s BIN</source>
        <translation>БИН детского сада</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s address</source>
        <translation>Адрес детского сада</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s phone</source>
        <translation>Телефон детского сада</translation>
    </message>
    <message>
        <source>Director&apos;s full name</source>
        <translation>ФИО директора</translation>
    </message>
    <message>
        <source>Parent&apos;s full name</source>
        <translation>ФИО родителя</translation>
    </message>
    <message>
        <source>Parent&apos;s IIN</source>
        <translation>ИИН родителя</translation>
    </message>
    <message>
        <source>Parent&apos;s phone</source>
        <translation>Телефон родителя</translation>
    </message>
    <message>
        <source>Child&apos;s full name</source>
        <translation>ФИО ребёнка</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>ИИН ребёнка</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>Дата рождения ребёнка</translation>
    </message>
    <message>
        <source>Group&apos;s name</source>
        <translation>Название группы</translation>
    </message>
    <message>
        <source>Group&apos;s language, in words of the text&apos;s language</source>
        <translation>Язык группы словами, на языке текста</translation>
    </message>
    <message>
        <source>Children&apos;s ages in the group, in words</source>
        <translation>Возраст детей группы словами</translation>
    </message>
    <message>
        <source>Date the group starts</source>
        <translation>Дата начала работы группы</translation>
    </message>
    <message>
        <source>Contract templates</source>
        <translation>Шаблоны договоров</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Версия:</translation>
    </message>
    <message>
        <source>Lines that start with “=” make the title, “#” a section heading, and “| left | right” a row such as the place and the date. The contract ends with the blocks [kindergarten] and [parent]: each party&apos;s details, and one line starting with “@”, the caption over its signature box. Words in braces are placeholders, filled in from the request.</source>
        <translation>Строки, начинающиеся с «=», образуют заглавие, с «#» — заголовок раздела, а «| слева | справа» — строку из двух частей, например место и дату. Договор завершается блоками [kindergarten] и [parent]: реквизиты каждой стороны и одна строка, начинающаяся с «@», — надпись над полем для подписи. Слова в фигурных скобках — поля подстановки, они заполняются данными заявки.</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Поля подстановки:</translation>
    </message>
    <message>
        <source>Insert into the text</source>
        <translation>Вставить в текст</translation>
    </message>
    <message>
        <source>Preview with a sample request</source>
        <translation>Предпросмотр на примере заявки</translation>
    </message>
    <message>
        <source>Refresh the preview</source>
        <translation>Обновить предпросмотр</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Сохранить как новую версию</translation>
    </message>
    <message>
        <source>Pick a placeholder to see what it holds; double-click to insert it.</source>
        <translation>Выберите поле подстановки, чтобы увидеть, что оно содержит; дважды щёлкните, чтобы вставить его.</translation>
    </message>
    <message>
        <source>Version {version}, shipped with the program</source>
        <translation>Версия {version}, поставляемая с программой</translation>
    </message>
    <message>
        <source>Version {version}, saved {when}</source>
        <translation>Версия {version}, сохранена {when}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>The text has changes that are not saved. Discard them?</source>
        <translation>В тексте есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <source>Choose a placeholder in the list first.</source>
        <translation>Сначала выберите поле подстановки в списке.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Есть несохранённые изменения.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Формирование предпросмотра…</translation>
    </message>
    <message>
        <source>The preview waits until the text is correct; it shows the last correct text.</source>
        <translation>Предпросмотр обновится, когда текст будет исправлен; сейчас показан последний правильный вариант.</translation>
    </message>
    <message>
        <source>The preview waits until the text is correct.</source>
        <translation>Предпросмотр появится, когда текст будет исправлен.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n страница</numerusform>
            <numerusform>%n страницы</numerusform>
            <numerusform>%n страниц</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Не сохранено. {problem}</translation>
    </message>
    <message>
        <source>Not saved: {reason} The text is still here.</source>
        <translation>Не сохранено: {reason} Текст остался в редакторе.</translation>
    </message>
    <message>
        <source>Saved as version {version}. New contracts use it; contracts made before keep the version they were made from.</source>
        <translation>Сохранено как версия {version}. Новые договоры будут формироваться по ней; ранее сформированные договоры сохраняют свою версию.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Kazakh text</source>
        <translation>Текст на казахском языке</translation>
    </message>
    <message>
        <source>Russian text</source>
        <translation>Текст на русском языке</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>{text}, line {line}</source>
        <translation>{text}, строка {line}</translation>
    </message>
    <message>
        <source>{where}: a brace is not closed or not opened. A placeholder is a name from the list in braces, such as {example}; to print a brace itself, write it twice.</source>
        <translation>{where}: фигурная скобка не закрыта или не открыта. Поле подстановки — это имя из списка в фигурных скобках, например {example}; чтобы напечатать саму скобку, напишите её дважды.</translation>
    </message>
    <message>
        <source>{where}: “{field}” is not a placeholder. A placeholder is a name from the list in braces, such as {example}.</source>
        <translation>{where}: «{field}» не является полем подстановки. Поле подстановки — это имя из списка в фигурных скобках, например {example}.</translation>
    </message>
    <message>
        <source>{where}: {{{name}}} is not a known placeholder. Insert one from the list, or correct the name.</source>
        <translation>{where}: {{{name}}} — неизвестное поле подстановки. Вставьте поле из списка или исправьте имя.</translation>
    </message>
    <message>
        <source>{where}: [{name}] is not a block this template knows: use [kindergarten] or [parent].</source>
        <translation>{where}: [{name}] — неизвестный для этого шаблона блок: используйте [kindergarten] или [parent].</translation>
    </message>
    <message>
        <source>{where}: the block [{name}] is there twice: keep one.</source>
        <translation>{where}: блок [{name}] встречается дважды: оставьте один.</translation>
    </message>
    <message>
        <source>{where}: titles, headings and rows cannot follow the [kindergarten] and [parent] blocks: the parties&apos; details end the contract.</source>
        <translation>{where}: после блоков [kindergarten] и [parent] не может быть заглавий, заголовков и строк из двух частей: реквизиты сторон завершают договор.</translation>
    </message>
    <message>
        <source>{where}: title lines (“=”) belong at the top, before the first heading.</source>
        <translation>{where}: строки заглавия («=») должны стоять в начале, до первого заголовка.</translation>
    </message>
    <message>
        <source>{where}: a row is written “| left text | right text”, with exactly two parts.</source>
        <translation>{where}: строка из двух частей записывается как «| текст слева | текст справа» — ровно две части.</translation>
    </message>
    <message>
        <source>{text} is empty: write the contract&apos;s text.</source>
        <translation>{text} пуст: напишите текст договора.</translation>
    </message>
    <message>
        <source>{text} has no title: start it with a line that begins with “=”.</source>
        <translation>{text}: нет заглавия. Начните текст со строки, которая начинается с «=».</translation>
    </message>
    <message>
        <source>{text} has no [{name}] block: the contract ends with the blocks [kindergarten] and [parent], the parties&apos; details and signatures.</source>
        <translation>{text}: нет блока [{name}]. Договор завершается блоками [kindergarten] и [parent] — реквизитами и подписями сторон.</translation>
    </message>
    <message>
        <source>{where}: the block [{name}] needs exactly one line that starts with “@”: the caption over its signature box.</source>
        <translation>{where}: в блоке [{name}] должна быть ровно одна строка, начинающаяся с «@», — надпись над полем для подписи.</translation>
    </message>
    <message>
        <source>The Kazakh text has {kk} sections and the Russian text {ru}. The two columns are laid out side by side section by section, so both need the same number of headings (lines that start with “#”).</source>
        <translation>Разделов в казахском тексте: {kk}, в русском: {ru}. Две колонки располагаются рядом раздел за разделом, поэтому в обоих текстах должно быть одинаковое число заголовков (строк, начинающихся с «#»).</translation>
    </message>
    <message>
        <source>The template could not be saved in {folder} ({reason}). Check that the disk has space and the folder can be written, then save again.</source>
        <translation>Не удалось сохранить шаблон в {folder} ({reason}). Убедитесь, что на диске есть место и в папку можно записывать, и сохраните снова.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Notify me of new requests and deadlines</source>
        <translation>Уведомлять о новых заявках и истекающих сроках</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>Открыть {app}</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s): </source>
        <translation>
            <numerusform>%n новая заявка: </numerusform>
            <numerusform>%n новые заявки: </numerusform>
            <numerusform>%n новых заявок: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) end within one working day: </source>
        <translation>
            <numerusform>У %n заявки срок истекает в течение одного рабочего дня: </numerusform>
            <numerusform>У %n заявок сроки истекают в течение одного рабочего дня: </numerusform>
            <numerusform>У %n заявок сроки истекают в течение одного рабочего дня: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s)</source>
        <translation>
            <numerusform>%n новая заявка</numerusform>
            <numerusform>%n новые заявки</numerusform>
            <numerusform>%n новых заявок</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines end soon</source>
        <translation>Сроки скоро истекают</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Работа на сегодня</translation>
    </message>
    <message>
        <source>open the program to see them</source>
        <translation>откройте программу, чтобы их увидеть</translation>
    </message>
    <message>
        <source>№{number} {child}</source>
        <translation>№{number} {child}</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Signatures of the contract</source>
        <translation>Подписи договора</translation>
    </message>
    <message>
        <source>Signatures of the contract for {request}</source>
        <translation>Подписи договора по {request}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Подписант</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ИИН / БИН</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Время подписания</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Сертификат…</translation>
    </message>
    <message>
        <source>Whose certificate made the selected signature, its roles, validity and issuer</source>
        <translation>Чей сертификат использован для выбранной подписи: роли, срок действия и издатель</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>Проверить файл…</translation>
    </message>
    <message>
        <source>Check a signed copy of this contract from a file (one the parent sent another way, for example) against the contract that was sent</source>
        <translation>Проверить подписанную копию этого договора из файла (например, присланную родителем другим способом) на соответствие направленному договору</translation>
    </message>
    <message>
        <source>Refresh the revocation list</source>
        <translation>Обновить список отзыва</translation>
    </message>
    <message>
        <source>Fetch the newest revocation lists (CRL) and check again</source>
        <translation>Загрузить самые новые списки отзыва (CRL) и проверить заново</translation>
    </message>
    <message>
        <source>The portal cannot be reached: the revocation list is refreshed when the connection returns.</source>
        <translation>Портал недоступен: список отзыва будет обновлён, когда связь восстановится.</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Проверка подписей…</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}. Check that it is still there and not open in another program, then choose it again.</source>
        <translation>Не удаётся прочитать файл {path}: {reason}. Проверьте, что он на месте и не открыт в другой программе, затем выберите его снова.</translation>
    </message>
    <message>
        <source>Check a signed contract</source>
        <translation>Проверка подписанного договора</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fetching the revocation list…</source>
        <translation>Загрузка списка отзыва…</translation>
    </message>
    <message>
        <source>The revocation list could not be fetched ({reason}): the check below uses the one kept on this computer.</source>
        <translation>Не удалось загрузить список отзыва ({reason}): для проверки ниже использован список, сохранённый на этом компьютере.</translation>
    </message>
    <message>
        <source>Every signature is valid.</source>
        <translation>Все подписи действительны.</translation>
    </message>
    <message>
        <source>Not every signature is valid: see below why, and do not countersign or accept this file.</source>
        <translation>Не все подписи действительны: причины указаны ниже. Не подписывайте и не принимайте этот файл.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Действительна</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Недействительна</translation>
    </message>
    <message>
        <source>Checked: the file {name} (SHA-256 {digest}).</source>
        <translation>Проверен файл {name} (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>Checked: the countersigned contract (SHA-256 {digest}).</source>
        <translation>Проверен договор, подписанный сторонами (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>Checked: the contract signed by the parent (SHA-256 {digest}).</source>
        <translation>Проверен договор, подписанный родителем (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>{role}: the signature is intact, made with a trusted certificate that was valid and not revoked when it signed.</source>
        <translation>{role}: подпись не нарушена и поставлена с доверенным сертификатом, который на момент подписания был действителен и не отозван.</translation>
    </message>
    <message>
        <source>{path} is not a contract: it is a folder, a device, or larger than {megabytes} MB. Choose the contract&apos;s PDF file.</source>
        <translation>{path} — не договор: это папка, устройство или файл больше {megabytes} МБ. Выберите PDF-файл договора.</translation>
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
        <source>Medical certificate (form 027/u)</source>
        <translation>Медицинская справка (форма 027/у)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Свидетельство о рождении</translation>
    </message>
    <message>
        <source>Parent&apos;s ID card</source>
        <translation>Удостоверение личности родителя</translation>
    </message>
    <message>
        <source>Health passport (form 052-2/u)</source>
        <translation>Паспорт здоровья ребёнка (форма 052-2/у)</translation>
    </message>
    <message>
        <source>Vaccination card (form 065/u)</source>
        <translation>Карта профилактических прививок (форма 065/у)</translation>
    </message>
    <message>
        <source>PMPK conclusion</source>
        <translation>Заключение ПМПК</translation>
    </message>
    <message>
        <source>Not uploaded yet</source>
        <translation>Ещё не загружен</translation>
    </message>
    <message>
        <source>Received, not reviewed</source>
        <translation>Получен, не рассмотрен</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принят</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Возвращён на доработку</translation>
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
        <source>Accept the documents of request №{number}</source>
        <translation>Принять документы по заявке №{number}</translation>
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
        <source>Move the child of request №{number} to group “{group}”</source>
        <translation>Перевести ребёнка по заявке №{number} в группу «{group}»</translation>
    </message>
    <message>
        <source>Training portal: the staff&apos;s test keys are in {folder}, in a folder per person; every one opens with the password {password}.</source>
        <translation>Учебный портал: тестовые ключи сотрудников лежат в {folder}, у каждого своя папка; все открываются паролем {password}.</translation>
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
    <message>
        <source>Kazakh and Russian</source>
        <translation>Казахский и русский</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общая</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Для детей с особыми потребностями</translation>
    </message>
    <message>
        <source>Short stay</source>
        <translation>Кратковременного пребывания</translation>
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
        <source>keep settings, local data, documents and logs in DIR</source>
        <translation>хранить настройки, локальные данные, документы и журналы в папке DIR</translation>
    </message>
    <message>
        <source>the portal to use; remembered in the profile</source>
        <translation>используемый портал; запоминается в профиле</translation>
    </message>
    <message>
        <source>log everything (DEBUG) and show the log on stderr as well</source>
        <translation>записывать в журнал всё (DEBUG) и выводить журнал также в stderr</translation>
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
        <source>The portal has no decline reason “{reason}”. Known reasons: {codes}.</source>
        <translation>На портале нет причины отказа «{reason}». Известные причины: {codes}.</translation>
    </message>
    <message>
        <source>The outbox is empty: the portal has confirmed every action.</source>
        <translation>Очередь отправки пуста: портал подтвердил все действия.</translation>
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
        <source>window system</source>
        <translation>оконная система</translation>
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
        <source>The comment is too long: the portal keeps at most {limit} characters. Shorten it and run the command again.</source>
        <translation>Комментарий слишком длинный: портал хранит не более {limit} символов. Сократите его и выполните команду ещё раз.</translation>
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
        <source>Another Balabaqsha Desk on this computer is still starting the embedded portal sandbox. Wait until it is ready and run the command again.</source>
        <translation>Другой экземпляр Balabaqsha Desk на этом компьютере ещё запускает встроенную песочницу портала. Дождитесь её готовности и выполните команду снова.</translation>
    </message>
    <message>
        <source>The embedded portal sandbox did not start ({tail}). Set a portal with --portal URL, or run `doctor`.</source>
        <translation>Встроенная песочница портала не запустилась ({tail}). Укажите портал через --portal URL или выполните `doctor`.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({detail}). Check the disk and the folder&apos;s permissions.</source>
        <translation>Не удалось прочитать или записать файл ({detail}). Проверьте диск и права доступа к папке.</translation>
    </message>
    <message>
        <source>check the signatures of a contract PDF, countersign it, or make contracts from the templates</source>
        <translation>проверить подписи PDF-договора, подписать его со стороны детского сада или сделать договоры по шаблонам</translation>
    </message>
    <message>
        <source>check every signature of FILE.pdf; exit code 0 only when all are valid</source>
        <translation>проверить все подписи в FILE.pdf; код завершения 0 — только если все они действительны</translation>
    </message>
    <message>
        <source>countersign FILE.pdf with the director&apos;s key into OUT.pdf (the key&apos;s password from BALABAQSHA_KEY_PASSWORD or asked on the terminal)</source>
        <translation>подписать FILE.pdf ключом директора и записать результат в OUT.pdf (пароль ключа берётся из BALABAQSHA_KEY_PASSWORD или запрашивается в терминале)</translation>
    </message>
    <message>
        <source>the contract PDF</source>
        <translation>PDF-файл договора</translation>
    </message>
    <message>
        <source>the first signer must be this person (the applicant parent&apos;s IIN)</source>
        <translation>первым подписантом должно быть это лицо (ИИН родителя-заявителя)</translation>
    </message>
    <message>
        <source>the signing key (RSA256_….p12)</source>
        <translation>ключ подписи (RSA256_….p12)</translation>
    </message>
    <message>
        <source>where to write the countersigned PDF</source>
        <translation>куда записать подписанный PDF</translation>
    </message>
    <message>
        <source>the kindergarten&apos;s BIN (by default the signed-in kindergarten&apos;s)</source>
        <translation>БИН детского сада (по умолчанию — того, в который выполнен вход)</translation>
    </message>
    <message>
        <source>also trust these roots and intermediates (PEM; repeat for more)</source>
        <translation>дополнительно доверять этим корневым и промежуточным сертификатам (PEM; можно указать несколько раз)</translation>
    </message>
    <message>
        <source>also use this CRL (DER or PEM; repeat for more)</source>
        <translation>дополнительно использовать этот CRL (DER или PEM; можно указать несколько раз)</translation>
    </message>
    <message>
        <source>make contract PDFs from the profile&apos;s current templates: one contract&apos;s data per line of JSON on stdin, each written to DIR/&lt;contract_number&gt;.pdf and its path printed</source>
        <translation>сделать PDF-договоры по текущим шаблонам профиля: каждая строка JSON на stdin — данные одного договора; каждый записывается в DIR/&lt;contract_number&gt;.pdf, и выводится его путь</translation>
    </message>
    <message>
        <source>the folder the PDFs are written to (made if missing)</source>
        <translation>папка, куда записываются PDF-файлы (создаётся, если её нет)</translation>
    </message>
    <message>
        <source>the template for every contract: kk, ru or bilingual (default: the group&apos;s language, as in the window)</source>
        <translation>шаблон для всех договоров: kk, ru или bilingual (по умолчанию — язык группы, как в окне программы)</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать файл {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a PDF: {detail}</source>
        <translation>{path} не удаётся прочитать как PDF: {detail}</translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation>БИН {bin}</translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation>ИИН {iin}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <source>NOT VALID ({code}): {reason}</source>
        <translation>НЕДЕЙСТВИТЕЛЬНА ({code}): {reason}</translation>
    </message>
    <message>
        <source>Revocation checked against the {crl}.</source>
        <translation>Отзыв проверен по списку: {crl}.</translation>
    </message>
    <message>
        <source>No CRL is cached: whether a certificate was revoked could not be checked (give one with --crl FILE).</source>
        <translation>CRL не сохранён: проверить, не отозван ли сертификат, не удалось (укажите CRL через --crl FILE).</translation>
    </message>
    <message>
        <source>{path} carries no signature.</source>
        <translation>{path} не содержит подписей.</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>предупреждение: {message}</translation>
    </message>
    <message>
        <source>The first signature is not by IIN {iin}: it is by {who}.</source>
        <translation>Первая подпись поставлена не лицом с ИИН {iin}: подписант — {who}.</translation>
    </message>
    <message>
        <source>No key password: set {variable} or run the command in a terminal.</source>
        <translation>Нет пароля ключа: задайте {variable} или выполните команду в терминале.</translation>
    </message>
    <message>
        <source>Password of the key {name}: </source>
        <translation>Пароль ключа {name}: </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>в папку нельзя записывать</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>папки не существует</translation>
    </message>
    <message>
        <source>a file of that name is open in another program</source>
        <translation>файл с таким именем открыт в другой программе</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}. Nothing was changed there; free the file or choose another folder.</source>
        <translation>{path} не записан: {reason}. Там ничего не изменилось; освободите файл или выберите другую папку.</translation>
    </message>
    <message>
        <source>Whose contract is this? Give the kindergarten&apos;s BIN with --bin, or sign in with `login` first.</source>
        <translation>Чей это договор? Укажите БИН детского сада через --bin или сначала войдите командой `login`.</translation>
    </message>
    <message>
        <source>Nothing was signed: {path} carries no signature yet. The parent signs first.</source>
        <translation>Ничего не подписано: в {path} ещё нет подписи. Сначала подписывает родитель.</translation>
    </message>
    <message>
        <source>Nothing was signed: the signature in {field} is not valid.</source>
        <translation>Ничего не подписано: подпись в поле {field} недействительна.</translation>
    </message>
    <message>
        <source>Countersigned by {who} (BIN {bin}) with a time-stamp: written to {path}.</source>
        <translation>Подписано: {who} (БИН {bin}), с меткой времени; результат записан в {path}.</translation>
    </message>
    <message>
        <source>Countersigned by {who} (BIN {bin}): written to {path}.</source>
        <translation>Подписано: {who} (БИН {bin}); результат записан в {path}.</translation>
    </message>
    <message>
        <source>the field “{field}” is missing</source>
        <translation>нет поля «{field}»</translation>
    </message>
    <message>
        <source>“{field}” is not a field of a contract (misspelt?)</source>
        <translation>«{field}» — не поле договора (опечатка?)</translation>
    </message>
    <message>
        <source>“{field}” must be text</source>
        <translation>«{field}» должно быть текстом</translation>
    </message>
    <message>
        <source>“{field}” must be a whole number</source>
        <translation>«{field}» должно быть целым числом</translation>
    </message>
    <message>
        <source>“{field}” must be a date written YYYY-MM-DD</source>
        <translation>«{field}» должно быть датой в виде ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>“{field}” must be kk or ru</source>
        <translation>«{field}» должно быть kk или ru</translation>
    </message>
    <message>
        <source>The folder {path} cannot be made: {reason}.</source>
        <translation>Не удаётся создать папку {path}: {reason}.</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>Строка {number}: {problem}</translation>
    </message>
    <message>
        <source>not JSON ({detail})</source>
        <translation>не JSON ({detail})</translation>
    </message>
    <message>
        <source>not a JSON object of a contract&apos;s fields</source>
        <translation>не JSON-объект с полями договора</translation>
    </message>
    <message>
        <source>the contract number “{value}” cannot name a file: it must not be empty, start or end with a dot or space, or hold / \ : * ? &quot; &lt; &gt; |</source>
        <translation>номер договора «{value}» не может быть именем файла: он не должен быть пустым, начинаться или заканчиваться точкой или пробелом, содержать / \ : * ? &quot; &lt; &gt; |</translation>
    </message>
    <message>
        <source>show this help, with the reason codes, and exit</source>
        <translation>показать эту справку с кодами причин и выйти</translation>
    </message>
    <message>
        <source>another reason, explained with --comment</source>
        <translation>другая причина, поясняется в --comment</translation>
    </message>
    <message>
        <source>Reason codes (CODE):</source>
        <translation>Коды причин (CODE):</translation>
    </message>
    <message>
        <source>the language of the commands&apos; messages (default: the profile&apos;s language, as chosen in the window); JSON output is the same in every language</source>
        <translation>язык сообщений команд (по умолчанию — язык профиля, выбранный в окне); вывод JSON одинаков на всех языках</translation>
    </message>
    <message>
        <source>Balabaqsha Desk: without a command, the window; with one, the same services on the command line. Exit codes: 0 done, 1 refused, 2 bad usage, 3 the portal could not be reached (the work waits in the outbox), 4 synced, but actions the portal refused need attention.</source>
        <translation>Balabaqsha Desk: без команды — окно; с командой — те же службы в командной строке. Коды завершения: 0 выполнено, 1 отказ, 2 неверный вызов, 3 портал недоступен (работа ожидает в очереди отправки), 4 синхронизировано, но действия, отклонённые порталом, требуют внимания.</translation>
    </message>
    <message>
        <source>only requests in status S: {statuses}, or {new} for those awaiting the kindergarten&apos;s decision</source>
        <translation>только заявки в статусе S: {statuses} или {new} — ожидающие решения детского сада</translation>
    </message>
    <message>
        <source>the request&apos;s number, as people see it (257017), or its id (17)</source>
        <translation>номер заявки, который видят люди (257017), или её id (17)</translation>
    </message>
    <message>
        <source>conflicts {count}</source>
        <translation>конфликтов {count}</translation>
    </message>
    <message>
        <source>invalid {count}</source>
        <translation>отклонено {count}</translation>
    </message>
    <message>
        <source>pushed {count} (applied {applied}{refused})</source>
        <translation>отправлено {count} (применено {applied}{refused})</translation>
    </message>
    <message>
        <source>nothing to push</source>
        <translation>отправлять нечего</translation>
    </message>
    <message>
        <source>pulled {count} (full snapshot)</source>
        <translation>получено {count} (полный снимок)</translation>
    </message>
    <message>
        <source>pulled {count}</source>
        <translation>получено {count}</translation>
    </message>
    <message>
        <source>{count} deleted</source>
        <translation>удалено {count}</translation>
    </message>
    <message>
        <source>{count} pending</source>
        <translation>ожидают отправки {count}</translation>
    </message>
    <message>
        <source>{count} need attention: see `outbox`</source>
        <translation>требуют внимания {count}: см. `outbox`</translation>
    </message>
    <message>
        <source>{kilobytes} KB in {seconds} s</source>
        <translation>{kilobytes} КБ за {seconds} с</translation>
    </message>
    <message>
        <source>{given} names two requests: request №{given} (id {number_id}) by its number, and request №{id_number} by its id. Nothing was recorded: see `requests`, and give the number of the one you mean, or the other&apos;s id.</source>
        <translation>{given} указывает на две заявки: по номеру — заявка №{given} (id {number_id}), по id — заявка №{id_number}. Ничего не записано: посмотрите `requests` и укажите номер нужной заявки или id другой.</translation>
    </message>
    <message>
        <source>There is no request {id} in the local data (neither a number nor an id): see `requests`, or sync to fetch new ones.</source>
        <translation>В локальных данных нет заявки {id} (ни с таким номером, ни с таким id): посмотрите `requests` или синхронизируйте, чтобы получить новые.</translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({action}, id {id}); it goes to the portal with the next sync.</source>
        <translation>Записано в очередь отправки как действие {seq} ({action}, id {id}); оно уйдёт на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>требует внимания</translation>
    </message>
    <message>
        <source>check that the program is installed completely (headless, in a temporary folder; the profile is not touched), then exit: 0 when every check passed</source>
        <translation>проверить, что программа установлена полностью (без окна, во временной папке; профиль не затрагивается), и выйти: 0, если все проверки пройдены</translation>
    </message>
    <message>
        <source>the groups with their places; changes go through the outbox (works offline)</source>
        <translation>группы и места в них; изменения идут через очередь отправки (работает и без сети)</translation>
    </message>
    <message>
        <source>create a group</source>
        <translation>создать группу</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>название группы</translation>
    </message>
    <message>
        <source>the age band on the group&apos;s start day, e.g. 3-4</source>
        <translation>возрастной диапазон на день начала группы, например 3-4</translation>
    </message>
    <message>
        <source>the language of education</source>
        <translation>язык обучения</translation>
    </message>
    <message>
        <source>places in the group</source>
        <translation>число мест в группе</translation>
    </message>
    <message>
        <source>general, special needs or short stay</source>
        <translation>общая, для детей с особыми потребностями или кратковременного пребывания</translation>
    </message>
    <message>
        <source>the educators</source>
        <translation>воспитатели</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>помещение</translation>
    </message>
    <message>
        <source>set a group&apos;s capacity (never below enrolled plus reserved)</source>
        <translation>задать вместимость группы (не меньше зачисленных и забронированных)</translation>
    </message>
    <message>
        <source>the children enrolled in (or reserved for) a group</source>
        <translation>дети, зачисленные в группу (или с забронированным местом)</translation>
    </message>
    <message>
        <source>move an enrolled child to another group</source>
        <translation>перевести зачисленного ребёнка в другую группу</translation>
    </message>
    <message>
        <source>the group to move to</source>
        <translation>группа, в которую перевести</translation>
    </message>
    <message>
        <source>free places per group and month, computed from the local data</source>
        <translation>свободные места по группам и месяцам, рассчитанные по локальным данным</translation>
    </message>
    <message>
        <source>how many months ahead (default 12)</source>
        <translation>на сколько месяцев вперёд (по умолчанию 12)</translation>
    </message>
    <message>
        <source>send the current forecast to the portal (through the outbox)</source>
        <translation>отправить текущий прогноз на портал (через очередь отправки)</translation>
    </message>
    <message>
        <source>restore lost or damaged local data from its newest good backup (the damaged file is moved aside, not deleted)</source>
        <translation>восстановить утерянные или повреждённые локальные данные из новейшей исправной резервной копии (повреждённый файл не удаляется, а перемещается в сторону)</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>У группы должно быть название.</translation>
    </message>
    <message>
        <source>The kindergarten already has a group named “{name}”: choose another name.</source>
        <translation>В детском саду уже есть группа «{name}»: выберите другое название.</translation>
    </message>
    <message>
        <source>The age band is empty: give it as FROM-TO, for example 3-4.</source>
        <translation>Возрастной диапазон пуст: укажите его как ОТ-ДО, например 3-4.</translation>
    </message>
    <message>
        <source>The age band {age_from}-{age_to} is inverted: the first age must not be above the second.</source>
        <translation>Возрастной диапазон {age_from}-{age_to} перевёрнут: первый возраст не может быть больше второго.</translation>
    </message>
    <message>
        <source>Ages go from {low} to {high}.</source>
        <translation>Возраст — от {low} до {high} лет.</translation>
    </message>
    <message>
        <source>A capacity is {low} to {high} places, not {capacity}.</source>
        <translation>Вместимость — от {low} до {high} мест, а не {capacity}.</translation>
    </message>
    <message>
        <source>A capacity of {capacity} is below the children the group holds ({enrolled} enrolled and {reserved} reserved): move children out first, or choose at least {taken}.</source>
        <translation>Вместимость {capacity} меньше числа детей в группе ({enrolled} зачислено и {reserved} забронировано): сначала переведите детей или укажите не меньше {taken}.</translation>
    </message>
    <message>
        <source>There is no group {group_id} in the local data: see `groups` for the ids.</source>
        <translation>В локальных данных нет группы {group_id}: номера см. в `groups`.</translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation>Группа ещё не создана на портале: сначала синхронизируйте, затем меняйте её.</translation>
    </message>
    <message>
        <source>The group still holds {enrolled} enrolled and {reserved} reserved children: move them to another group first.</source>
        <translation>В группе ещё {enrolled} зачисленных и {reserved} забронированных детей: сначала переведите их в другую группу.</translation>
    </message>
    <message>
        <source>Only an enrolled child (or one with a reserved place) moves; this request is {status}.</source>
        <translation>Переводится только зачисленный ребёнок (или с забронированным местом); статус этой заявки: {status}.</translation>
    </message>
    <message>
        <source>The child is in this group already.</source>
        <translation>Ребёнок уже в этой группе.</translation>
    </message>
    <message>
        <source>The group “{name}” is full ({enrolled} enrolled and {reserved} reserved of {capacity}): raise its capacity first, or choose another group.</source>
        <translation>Группа «{name}» заполнена ({enrolled} зачислено и {reserved} забронировано из {capacity}): сначала увеличьте вместимость или выберите другую группу.</translation>
    </message>
    <message>
        <source>The child will be {age} when the group starts; it takes {age_from}-{age_to}.</source>
        <translation>Когда группа начнётся, ребёнку будет {age}; группа принимает детей {age_from}-{age_to} лет.</translation>
    </message>
    <message>
        <source>The group teaches in {language}; the parent asked for {languages}.</source>
        <translation>Группа обучает на языке {language}; родитель просил: {languages}.</translation>
    </message>
    <message>
        <source>Places cannot be negative ({places}).</source>
        <translation>Число мест не может быть отрицательным ({places}).</translation>
    </message>
    <message>
        <source>There is no request {id} in the local data: see `requests` for the ids, or sync to fetch new ones.</source>
        <translation>В локальных данных нет заявки {id}: номера и id показывает `requests`; новые заявки придут после синхронизации.</translation>
    </message>
    <message>
        <source>No groups in the local data: sync to fetch them.</source>
        <translation>В локальных данных нет групп: синхронизируйте, чтобы получить их.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>ages</source>
        <translation>возраст</translation>
    </message>
    <message>
        <source>lang.</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>мест</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>зачисл.</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>бронь</translation>
    </message>
    <message>
        <source>free</source>
        <translation>своб.</translation>
    </message>
    <message>
        <source>! more children than places: raise the capacity or move children</source>
        <translation>! детей больше, чем мест: увеличьте вместимость или переведите детей</translation>
    </message>
    <message>
        <source>* a change waits in the outbox for the next sync</source>
        <translation>* изменение ждёт следующей синхронизации в очереди отправки</translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({name}); it goes to the portal with the next sync.</source>
        <translation>Записано в очередь отправки как действие {seq} ({name}); оно уйдёт на портал при следующей синхронизации.</translation>
    </message>
    <message>
        <source>No children in this group yet.</source>
        <translation>В этой группе пока нет детей.</translation>
    </message>
    <message>
        <source>--months is 1 to 36.</source>
        <translation>--months — от 1 до 36.</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>ожидалось целое число, получено: {value}</translation>
    </message>
    <message>
        <source>{value} is out of range: no request, group or place count is that large</source>
        <translation>{value} вне допустимых пределов: таких больших номеров заявок, групп или числа мест не бывает</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>This needs the role {needed}, and your role is not known on this computer yet. Nothing was recorded: sign in once with `login LOGIN` while the portal can be reached.</source>
        <translation>Для этого нужна роль {needed}, а ваша роль на этом компьютере ещё не известна. Ничего не записано: один раз войдите через `login LOGIN`, пока портал доступен.</translation>
    </message>
    <message>
        <source>Your role ({acting}) does not allow this: it needs the role {needed}. Nothing was recorded: sign in with `login LOGIN` as someone who holds that role.</source>
        <translation>Ваша роль ({acting}) этого не позволяет: нужна роль {needed}. Ничего не записано: войдите через `login LOGIN` как сотрудник с этой ролью.</translation>
    </message>
    <message>
        <source>The local data is lost ({detail}), though the keyring still holds its key: actions recorded here and not yet sent may be lost with it. Nothing was created in its place. Run `doctor`, and ask support before signing in again.</source>
        <translation>Локальные данные утеряны ({detail}), хотя в хранилище ключей ещё есть их ключ: записанные здесь и ещё не отправленные действия могли пропасть вместе с ними. Взамен ничего не создано. Запустите `doctor` и, прежде чем входить снова, обратитесь в поддержку.</translation>
    </message>
    <message>
        <source>{path} is larger than {megabytes} MB, which no contract or key is: check that this is the right file. Nothing was read.</source>
        <translation>{path} больше {megabytes} МБ, а договоры и ключи такими не бывают: проверьте, тот ли это файл. Ничего не прочитано.</translation>
    </message>
    <message>
        <source>{path} is not a file (a folder, a device or a pipe): give the path of the PDF or key file itself. Nothing was read.</source>
        <translation>{path} — не файл (папка, устройство или канал): укажите путь к самому PDF-файлу или файлу ключа. Ничего не прочитано.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in {wait}; until then the portal refuses even the right password.</source>
        <translation>Слишком много неудачных попыток входа. Попробуйте снова через {wait}; до тех пор портал не примет даже верный пароль.</translation>
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
        <source>The backup holds the actions up to number {seq}; those among them not yet confirmed ({pending}) will be sent at the next sync.</source>
        <translation>В резервной копии есть действия до номера {seq}; ещё не подтверждённые из них ({pending}) будут отправлены при следующей синхронизации.</translation>
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
        <source>lost: the file is missing, though the keyring holds its key</source>
        <translation>утеряны: файла нет, хотя в хранилище ключей есть его ключ</translation>
    </message>
    <message>
        <source>(a backup is kept: `doctor --repair` restores it)</source>
        <translation>(есть резервная копия: `doctor --repair` восстановит её)</translation>
    </message>
    <message>
        <source>{name}: the keyring holds no key for it, so neither it nor its backups can be opened; ask support</source>
        <translation>{name}: в хранилище ключей нет ключа для него, поэтому нельзя открыть ни его, ни его резервные копии; обратитесь в поддержку</translation>
    </message>
    <message>
        <source>{name}: intact, nothing to restore</source>
        <translation>{name}: в порядке, восстанавливать нечего</translation>
    </message>
    <message>
        <source>{name}: no backup of it could be restored ({detail}); nothing was changed. Ask support</source>
        <translation>{name}: ни одну его резервную копию не удалось восстановить ({detail}); ничего не изменено. Обратитесь в поддержку</translation>
    </message>
    <message>
        <source>{name}: skipped, damaged ({detail})</source>
        <translation>{name}: пропущена, повреждена ({detail})</translation>
    </message>
    <message>
        <source>{name}: restored from the backup of {moment} ({backup})</source>
        <translation>{name}: восстановлен из резервной копии от {moment} ({backup})</translation>
    </message>
    <message>
        <source>the damaged file was moved aside as {aside}, nothing was deleted</source>
        <translation>повреждённый файл перемещён в сторону как {aside}, ничего не удалено</translation>
    </message>
    <message>
        <source>Actions recorded on this computer from {since} to {until} are not in the backup and may be lost: check them on the portal and record again any it does not show.</source>
        <translation>Действия, записанные на этом компьютере с {since} по {until}, не вошли в резервную копию и могут быть потеряны: проверьте их на портале и запишите заново те, которых он не показывает.</translation>
    </message>
    <message>
        <source>Actions recorded on this computer after {since} are not in the backup and may be lost: check them on the portal and record again any it does not show.</source>
        <translation>Действия, записанные на этом компьютере после {since}, не вошли в резервную копию и могут быть потеряны: проверьте их на портале и запишите заново те, которых он не показывает.</translation>
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
        <source>the newest CRL is {age} old and was due for renewal on {date}: refresh it while online</source>
        <translation>самый новый CRL выпущен {age} назад, его следовало обновить {date}: обновите его при наличии связи</translation>
    </message>
    <message>
        <source>the newest CRL is {age} old</source>
        <translation>самый новый CRL выпущен {age} назад</translation>
    </message>
    <message>
        <source>only {gb:.2f} GB free in {folder}: too little for syncs and documents; free some space</source>
        <translation>в {folder} свободно только {gb:.2f} ГБ: слишком мало для синхронизации и документов; освободите место</translation>
    </message>
    <message>
        <source>{gb:.1f} GB free in {folder}</source>
        <translation>в {folder} свободно {gb:.1f} ГБ</translation>
    </message>
    <message>
        <source>Qt&apos;s window-system plugin “{platform}” is not installed: reinstall the program</source>
        <translation>модуль оконной системы Qt «{platform}» не установлен: переустановите программу</translation>
    </message>
    <message>
        <source>Qt&apos;s window-system plugin “{platform}” cannot load: {libraries} missing; install them ({command})</source>
        <translation>модуль оконной системы Qt «{platform}» не загружается: нет {libraries}; установите их ({command})</translation>
    </message>
    <message>
        <source>Qt&apos;s window-system plugin “{platform}”: {file}, its system libraries are installed</source>
        <translation>модуль оконной системы Qt «{platform}»: {file}, нужные ему системные библиотеки установлены</translation>
    </message>
    <message>
        <source>lost: the file is empty, though the keyring holds its key; actions recorded here and not yet sent may be lost</source>
        <translation>утеряны: файл пуст, хотя в хранилище ключей есть его ключ; записанные здесь и ещё не отправленные действия могли пропасть</translation>
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
        <source>The key file {path} cannot be read: {reason}. Check that the file (or the USB stick it is on) is still there and readable, then choose it again.</source>
        <translation>Файл ключа {path} не читается: {reason}. Проверьте, что файл (или USB-накопитель, на котором он лежит) на месте и доступен для чтения, затем выберите его снова.</translation>
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
    <message>
        <source>{path} is not a key file: NCA&apos;s key files are small .p12 files, not folders, devices or anything over 1 MB. Choose the key file itself.</source>
        <translation>{path} — не файл ключа: ключи НУЦ — это небольшие файлы .p12, а не папки, устройства или файлы больше 1 МБ. Выберите сам файл ключа.</translation>
    </message>
</context>
<context>
    <name>self_check</name>
    <message>
        <source>cannot import {modules}</source>
        <translation>не удаётся импортировать: {modules}</translation>
    </message>
    <message>
        <source>the sandbox&apos;s module check ended with code {code}</source>
        <translation>проверка модулей учебного портала завершилась с кодом {code}</translation>
    </message>
    <message>
        <source>missing {files} in {folder}</source>
        <translation>в {folder} нет {files}</translation>
    </message>
    <message>
        <source>cannot load {modules}</source>
        <translation>не удаётся загрузить: {modules}</translation>
    </message>
    <message>
        <source>the interface font has no Kazakh letters: the fonts in {folder} are missing</source>
        <translation>в шрифте интерфейса нет казахских букв: нет шрифтов в {folder}</translation>
    </message>
    <message>
        <source>the schema was not migrated</source>
        <translation>структура данных не обновлена</translation>
    </message>
    <message>
        <source>the file is not encrypted</source>
        <translation>файл не зашифрован</translation>
    </message>
    <message>
        <source>{file} is missing or unreadable</source>
        <translation>{file} отсутствует или не читается</translation>
    </message>
    <message>
        <source>{file} does not translate “{text}”</source>
        <translation>{file} не переводит «{text}»</translation>
    </message>
    <message>
        <source>the PDF uses no fonts</source>
        <translation>в PDF нет ни одного шрифта</translation>
    </message>
    <message>
        <source>fonts not embedded: {fonts}</source>
        <translation>не встроены шрифты: {fonts}</translation>
    </message>
    <message>
        <source>the PDF does not use the DejaVu fonts (Kazakh letters): {fonts}</source>
        <translation>PDF не использует шрифты DejaVu (казахские буквы): {fonts}</translation>
    </message>
    <message>
        <source>QtPdf cannot render the contract (status {status})</source>
        <translation>QtPdf не может отобразить договор (состояние {status})</translation>
    </message>
    <message>
        <source>the sandbox did not stop</source>
        <translation>учебный портал не остановился</translation>
    </message>
    <message>
        <source>not checked: needs the contract and the sandbox</source>
        <translation>не проверено: нужны договор и учебный портал</translation>
    </message>
    <message>
        <source>the signed PDF carries no signature</source>
        <translation>в подписанном PDF нет подписи</translation>
    </message>
    <message>
        <source>modules of the client</source>
        <translation>модули программы</translation>
    </message>
    <message>
        <source>modules of the portal sandbox</source>
        <translation>модули учебного портала</translation>
    </message>
    <message>
        <source>Qt plugins</source>
        <translation>плагины Qt</translation>
    </message>
    <message>
        <source>Qt libraries and fonts</source>
        <translation>библиотеки Qt и шрифты</translation>
    </message>
    <message>
        <source>encrypted local data</source>
        <translation>зашифрованные локальные данные</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>переводы</translation>
    </message>
    <message>
        <source>contract PDF</source>
        <translation>PDF договора</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>portal sandbox (start and stop)</source>
        <translation>учебный портал (запуск и остановка)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>норма</translation>
    </message>
    <message>
        <source>FAILED: {problem}</source>
        <translation>ОШИБКА: {problem}</translation>
    </message>
    <message>
        <source>self-check failed: {checks}</source>
        <translation>самопроверка не пройдена: {checks}</translation>
    </message>
    <message>
        <source>self-check passed: the program is installed completely</source>
        <translation>самопроверка пройдена: программа установлена полностью</translation>
    </message>
</context>
<context>
    <name>signatures</name>
    <message>
        <source>The file is not a PDF document: choose the contract&apos;s PDF file.</source>
        <translation>Файл не является документом PDF: выберите PDF-файл договора.</translation>
    </message>
    <message>
        <source>The PDF cannot be read ({detail}): it is damaged or incomplete. Get the file again, then check it anew.</source>
        <translation>PDF не читается ({detail}): он повреждён или неполон. Получите файл заново, затем проверьте его ещё раз.</translation>
    </message>
    <message>
        <source>A signature in the PDF cannot be read ({detail}): the file is damaged. Get the file again, then check it anew.</source>
        <translation>Подпись в PDF не читается ({detail}): файл повреждён. Получите файл заново, затем проверьте его ещё раз.</translation>
    </message>
    <message>
        <source>No revocation list (CRL) of {issuer} is cached, so whether the certificate of {who} was revoked is unknown. Refresh the CRL while online.</source>
        <translation>Список отзыва (CRL) издателя {issuer} не сохранён на компьютере, поэтому неизвестно, отозван ли сертификат подписанта {who}. Обновите CRL при наличии связи.</translation>
    </message>
    <message>
        <source>The revocation list of {issuer} is {age} old and was due for renewal on {date}: a recent revocation may be missing from it. Refresh it while online, or decide knowing this.</source>
        <translation>Список отзыва издателя {issuer} выпущен {age} назад, его следовало обновить {date}: в нём могут отсутствовать недавние отзывы. Обновите его при наличии связи или принимайте решение с учётом этого.</translation>
    </message>
    <message>
        <source>The certificate of {who} was revoked on {date}, after this signature was made.</source>
        <translation>Сертификат подписанта {who} отозван {date}, уже после того, как была поставлена эта подпись.</translation>
    </message>
    <message>
        <source>The certificate of {who} was revoked on {date} (according to the revocation list of {issuer} of {crl_date}).</source>
        <translation>Сертификат подписанта {who} отозван {date} (по списку отзыва издателя {issuer} от {crl_date}).</translation>
    </message>
    <message>
        <source>The certificate of {who} had expired on {date}, before {what}.</source>
        <translation>Срок действия сертификата подписанта {who} истёк {date}, до {what}.</translation>
    </message>
    <message>
        <source>The certificate of {who} is valid only from {date}, after {what}.</source>
        <translation>Сертификат подписанта {who} действует только с {date}, то есть после {what}.</translation>
    </message>
    <message>
        <source>The certificate of {who} does not lead to a trusted root certificate.</source>
        <translation>Сертификат подписанта {who} не ведёт к доверенному корневому сертификату.</translation>
    </message>
    <message>
        <source>The signature cannot be read ({detail}).</source>
        <translation>Не удаётся прочитать подпись ({detail}).</translation>
    </message>
    <message>
        <source>The signature of {who} cannot be checked ({detail}).</source>
        <translation>Не удаётся проверить подпись владельца сертификата {who} ({detail}).</translation>
    </message>
    <message>
        <source>The document was changed after {who} signed it: the signed content no longer matches the signature.</source>
        <translation>Документ изменён после того, как его подписал(а) {who}: подписанное содержимое больше не соответствует подписи.</translation>
    </message>
    <message>
        <source>The signature of {who} does not match their certificate.</source>
        <translation>Подпись не соответствует сертификату подписанта {who}.</translation>
    </message>
    <message>
        <source>The document was modified after {who} signed it, beyond adding later signatures.</source>
        <translation>Документ изменён после того, как его подписал(а) {who}, и изменения не ограничиваются добавлением последующих подписей.</translation>
    </message>
    <message>
        <source>the signing time</source>
        <translation>момента подписания</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действительна</translation>
    </message>
    <message>
        <source>The signed PDF is not the contract that was sent with a signature added: it is another document, or the contract was saved again before or after signing.</source>
        <translation>Подписанный PDF не является направленным договором с добавленной подписью: это другой документ, либо договор был пересохранён до или после подписания.</translation>
    </message>
    <message>
        <source>The parent&apos;s PDF carries no signature.</source>
        <translation>В PDF родителя нет подписи.</translation>
    </message>
    <message>
        <source>The parent&apos;s PDF carries {count} new signatures, where one was expected.</source>
        <translation>В PDF родителя новых подписей: {count}, а ожидалась одна.</translation>
    </message>
    <message>
        <source>The contract was changed after it was sent and before the parent signed it.</source>
        <translation>Договор был изменён после направления и до подписания родителем.</translation>
    </message>
    <message>
        <source>{who} signed with a log-in key (AUTH), not a signing key: ask the parent to sign with their RSA256_… key.</source>
        <translation>{who}: подпись поставлена ключом для входа (AUTH), а не ключом подписи. Попросите родителя подписать договор ключом RSA256_….</translation>
    </message>
    <message>
        <source>The certificate of {who} is not an individual&apos;s: the parent must sign with a personal key, not an organisation&apos;s.</source>
        <translation>Сертификат подписанта {who} выдан не физическому лицу: родитель должен подписывать личным ключом, а не ключом организации.</translation>
    </message>
    <message>
        <source>The contract was signed by {who} (IIN {iin}), not by the applicant parent (IIN {expected}).</source>
        <translation>Договор подписан лицом {who} (ИИН {iin}), а не родителем-заявителем (ИИН {expected}).</translation>
    </message>
    <message>
        <source>{file} is a log-in key (AUTH): countersigning needs the signing key issued with it (its file name starts with RSA256_).</source>
        <translation>{file} — ключ для входа (AUTH): для подписи договора со стороны детского сада нужен выданный вместе с ним ключ подписи (имя его файла начинается с RSA256_).</translation>
    </message>
    <message>
        <source>The key of {who} is a personal key: countersigning needs the key NCA RK issued to them as an employee of the kindergarten (BIN {bin}).</source>
        <translation>Ключ владельца {who} — личный: для подписи со стороны детского сада нужен ключ, выданный НУЦ РК этому лицу как сотруднику детского сада (БИН {bin}).</translation>
    </message>
    <message>
        <source>The key of {who} belongs to another organisation (BIN {theirs}), not to this kindergarten (BIN {ours}).</source>
        <translation>Ключ владельца {who} принадлежит другой организации (БИН {theirs}), а не этому детскому саду (БИН {ours}).</translation>
    </message>
    <message>
        <source>The key of {who} gives no right to sign for the kindergarten (it is not a first head&apos;s key, and carries no right to sign): the director, or an employee with the right to sign, must countersign.</source>
        <translation>Ключ владельца {who} не даёт права подписи от имени детского сада (это не ключ первого руководителя, и права подписи в нём нет): подписать договор должен директор или сотрудник с правом подписи.</translation>
    </message>
    <message>
        <source>Nothing was signed: the signature in {field} ({who}) is not valid. {reason}</source>
        <translation>Ничего не подписано: подпись в поле {field} ({who}) недействительна. {reason}</translation>
    </message>
    <message>
        <source>Nothing was signed: the contract carries no signature yet. The parent signs first.</source>
        <translation>Ничего не подписано: договор ещё не подписан. Сначала подписывает родитель.</translation>
    </message>
    <message>
        <source>Nothing was signed: the contract is countersigned already.</source>
        <translation>Ничего не подписано: договор уже подписан со стороны детского сада.</translation>
    </message>
    <message>
        <source>Nothing was signed. {reason}</source>
        <translation>Ничего не подписано. {reason}</translation>
    </message>
    <message>
        <source>The time-stamp server {url} did not answer: the contract was signed without a time-stamp (PAdES baseline B).</source>
        <translation>Сервер меток времени {url} не ответил: договор подписан без метки времени (PAdES baseline B).</translation>
    </message>
    <message>
        <source>The signature could not be added as an incremental revision: nothing was signed.</source>
        <translation>Не удалось добавить подпись в виде инкрементального обновления файла: ничего не подписано.</translation>
    </message>
    <message>
        <source>Nothing was signed: the contract has several empty signature fields ({fields}) and none of them is named {field}, so which one is the kindergarten&apos;s cannot be told. Ask whoever made the contract to leave one empty field for the kindergarten.</source>
        <translation>Ничего не подписано: в договоре несколько пустых полей подписи ({fields}), и ни одно не называется {field}, поэтому нельзя понять, какое из них для детского сада. Попросите того, кто составил договор, оставить для детского сада одно пустое поле.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Balabaqsha Desk cannot open its window: Qt&apos;s window-system plugin “{platform}” could not start.</source>
        <translation>Balabaqsha Desk не может открыть окно: не запустился модуль оконной системы Qt «{platform}».</translation>
    </message>
    <message>
        <source>These system libraries are missing: {libraries}. Ask your IT person to install them; on Debian or Ubuntu this command does it:</source>
        <translation>Не хватает системных библиотек: {libraries}. Попросите системного администратора установить их; в Debian или Ubuntu это делает команда:</translation>
    </message>
    <message>
        <source>Install the system packages that provide: {libraries}.</source>
        <translation>Установите системные пакеты, в которых есть: {libraries}.</translation>
    </message>
    <message>
        <source>There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start the program from a desktop session; the commands work without one (python -m desktop --help).</source>
        <translation>Нет экрана, на котором можно открыть окно (не заданы ни DISPLAY, ни WAYLAND_DISPLAY). Запустите программу из графического сеанса; команды работают и без него (python -m desktop --help).</translation>
    </message>
    <message>
        <source>Qt reported: {message}. Reinstall the program; if that does not help, send the log {log} to support.</source>
        <translation>Сообщение Qt: {message}. Переустановите программу; если это не поможет, отправьте журнал {log} в поддержку.</translation>
    </message>
    <message>
        <source>The folder for settings and data cannot be used: {path} ({error}). Choose another one with --profile DIR, or ask your IT person for write access to it.</source>
        <translation>Папку для настроек и данных нельзя использовать: {path} ({error}). Укажите другую через --profile DIR или попросите системного администратора дать вам права на запись в неё.</translation>
    </message>
    <message>
        <source>The installation is incomplete: {module} cannot be loaded ({error}). Reinstall Balabaqsha Desk (from a source checkout: python dev.py run).</source>
        <translation>Программа установлена не полностью: не удаётся загрузить {module} ({error}). Переустановите Balabaqsha Desk (из исходников: python dev.py run).</translation>
    </message>
    <message>
        <source>Balabaqsha Desk could not start: {error}. The details are in the log {log}; send it to support.</source>
        <translation>Balabaqsha Desk не удалось запустить: {error}. Подробности в журнале {log}; отправьте его в поддержку.</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>The certificate file {path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать файл сертификата {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} holds no certificate that can be read (PEM or DER expected): {reason}.</source>
        <translation>В {path} нет читаемого сертификата (ожидается PEM или DER): {reason}.</translation>
    </message>
    <message>
        <source>{path} holds no certificate (PEM or DER expected).</source>
        <translation>В {path} нет сертификата (ожидается PEM или DER).</translation>
    </message>
    <message>
        <source>The CRL file {path} cannot be read: {reason}.</source>
        <translation>Не удаётся прочитать файл CRL {path}: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a certificate revocation list (CRL, DER or PEM expected).</source>
        <translation>{path} не является списком отзыва сертификатов (ожидается CRL в формате DER или PEM).</translation>
    </message>
    <message>
        <source>What was received is not a certificate revocation list (CRL).</source>
        <translation>Полученные данные не являются списком отзыва сертификатов (CRL).</translation>
    </message>
    <message>
        <source>The CRL of {issuer} is not signed by its issuer: it was not kept.</source>
        <translation>CRL издателя {issuer} не подписан самим издателем: он не сохранён.</translation>
    </message>
    <message>
        <source>No NCA RK root certificates are installed, so no signature can be trusted. Ask IT to add them (resources/trust/README.md says how).</source>
        <translation>Корневые сертификаты НУЦ РК не установлены, поэтому ни одной подписи нельзя доверять. Попросите ИТ-специалиста добавить их (порядок описан в resources/trust/README.md).</translation>
    </message>
    <message>
        <source>No NCA RK root certificates are installed, only test roots: ask IT to add them (resources/trust/README.md says how).</source>
        <translation>Корневые сертификаты НУЦ РК не установлены, есть только тестовые: попросите ИТ-специалиста добавить их (порядок описан в resources/trust/README.md).</translation>
    </message>
    <message>
        <source>no CRL cached</source>
        <translation>CRL не сохранён</translation>
    </message>
    <message>
        <source>CRL of {issuer} issued {date} ({age} ago)</source>
        <translation>CRL издателя {issuer} от {date} ({age} назад)</translation>
    </message>
    <message>
        <source>, overdue since {date}</source>
        <translation>, просрочен с {date}</translation>
    </message>
</context>
</TS>
