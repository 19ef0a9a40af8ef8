<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {program}</source>
        <translation>{program} туралы</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s desk for the BALABAQSHA voucher portal: requests, documents, groups, contracts and their signatures, working offline too.</source>
        <translation>BALABAQSHA жолдама порталына арналған балабақшаның жұмыс орны: өтініштер, құжаттар, топтар, шарттар және олардың қолтаңбалары, желісіз де жұмыс істейді.</translation>
    </message>
    <message>
        <source>{address} (the built-in training portal)</source>
        <translation>{address} (кірістірілген оқу порталы)</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Нұсқа:</translation>
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
        <translation>№{number} өтінішті қабылдау</translation>
    </message>
    <message>
        <source>Accept request №{number} — {child}?</source>
        <translation>№{number} өтінішті қабылдайсыз ба — {child}?</translation>
    </message>
    <message>
        <source>Group “{group}”: {ages}, {language}, starts on {day}.</source>
        <translation>«{group}» тобы: {ages}, {language}, ашылу күні — {day}.</translation>
    </message>
    <message>
        <source>The group&apos;s places</source>
        <translation>Топтағы орындар</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазір</translation>
    </message>
    <message>
        <source>After accepting</source>
        <translation>Қабылдағаннан кейін</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>балабақшаға қабылданған</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>брондалған</translation>
    </message>
    <message>
        <source>this request</source>
        <translation>осы өтініш</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Тексерулер</translation>
    </message>
    <message>
        <source>Accepting reserves a place for the child. The decision is saved on this computer at once and goes to the portal with the next sync, also when there is no connection now.</source>
        <translation>Өтініш қабылданғанда балаға орын брондалады. Шешім бірден осы компьютерде сақталады және келесі синхрондау кезінде порталға жіберіледі, қазір байланыс болмаса да.</translation>
    </message>
    <message>
        <source>This request cannot be accepted as it is. Declining it with a reason lets the parent choose another group or kindergarten.</source>
        <translation>Бұл өтінішті қазіргі күйінде қабылдау мүмкін емес. Себебін көрсетіп бас тартсаңыз, ата-ана басқа топты немесе балабақшаны таңдай алады.</translation>
    </message>
    <message>
        <source>Accept and reserve a place</source>
        <translation>Қабылдау және орын брондау</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <source>Your role did not allow this action: it needs the role {roles}.</source>
        <translation>Рөліңіз бұл әрекетке рұқсат бермеді: оған {roles} рөлі қажет.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>A colleague declined this request first: it is no longer with this kindergarten.</source>
        <translation>Бұл өтініштен әріптесіңіз бұрынырақ бас тартты: ол енді бұл балабақшада емес.</translation>
    </message>
    <message>
        <source>The parent withdrew the application before your decision reached the portal.</source>
        <translation>Шешіміңіз порталға жеткенше ата-ана өтінішті қайтарып алды.</translation>
    </message>
    <message>
        <source>The parent&apos;s enrollment window closed before your decision reached the portal; the application is archived.</source>
        <translation>Шешіміңіз порталға жеткенше ата-ананың қабылдау мерзімі аяқталды; өтініш мұрағатқа жіберілді.</translation>
    </message>
    <message>
        <source>The application was archived before your decision reached the portal.</source>
        <translation>Шешіміңіз порталға жеткенше өтініш мұрағатқа жіберілді.</translation>
    </message>
    <message>
        <source>The request had moved on to “{status}” before your decision reached the portal.</source>
        <translation>Шешіміңіз порталға жеткенше өтініш «{status}» мәртебесіне өтіп кеткен.</translation>
    </message>
    <message>
        <source>A colleague accepted this request first.</source>
        <translation>Бұл өтінішті әріптесіңіз бұрынырақ қабылдады.</translation>
    </message>
    <message>
        <source>A colleague decided on this request first.</source>
        <translation>Бұл өтініш бойынша әріптесіңіз бұрынырақ шешім қабылдады.</translation>
    </message>
    <message>
        <source>A colleague reviewed the documents before your decision reached the portal, so it was made on an older view of the request. Look at it as it is now and decide again.</source>
        <translation>Шешіміңіз порталға жеткенше әріптесіңіз құжаттарды қарап шықты, сондықтан шешім өтініштің ескі күйі бойынша қабылданған. Өтінішті қазіргі күйінде қарап, қайта шешім қабылдаңыз.</translation>
    </message>
    <message>
        <source>The parent extended the enrollment window before your decision reached the portal. Look at the request as it is now and decide again.</source>
        <translation>Шешіміңіз порталға жеткенше ата-ана қабылдау мерзімін ұзартты. Өтінішті қазіргі күйінде қарап, қайта шешім қабылдаңыз.</translation>
    </message>
    <message>
        <source>Someone changed this request before your decision reached the portal: look at it as it is now and decide again.</source>
        <translation>Шешіміңіз порталға жеткенше бұл өтінішті біреу өзгертті: оны қазіргі күйінде қарап, қайта шешім қабылдаңыз.</translation>
    </message>
    <message>
        <source>The group had no free place left when your decision reached the portal. Free a place or raise the capacity, then accept again, or decline the request.</source>
        <translation>Шешіміңіз порталға жеткен кезде топта бос орын қалмаған еді. Орын босатыңыз немесе орын санын көбейтіп, қайта қабылдаңыз, не болмаса өтініштен бас тартыңыз.</translation>
    </message>
    <message>
        <source>Not every required document was accepted: review the documents first.</source>
        <translation>Міндетті құжаттардың барлығы қабылданбаған: алдымен құжаттарды қарап шығыңыз.</translation>
    </message>
    <message>
        <source>{outcome}: {reason}</source>
        <translation>{outcome}: {reason}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>Не істедіңіз</translation>
    </message>
    <message>
        <source>The portal&apos;s answer</source>
        <translation>Порталдың жауабы</translation>
    </message>
    <message>
        <source>Now on the portal</source>
        <translation>Қазір порталда</translation>
    </message>
</context>
<context>
    <name>AttentionPage</name>
    <message>
        <source>The portal did not apply these actions: the situation changed before they reached it. Check each request as it is now and decide again if needed, then dismiss the entry.</source>
        <translation>Портал бұл әрекеттерді орындамады: олар жеткенше жағдай өзгеріп кетті. Әр өтінішті қазіргі күйінде тексеріп, қажет болса қайта шешім қабылдаңыз, содан кейін жазбаны жабыңыз.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <source>I have seen this; remove it from the list</source>
        <translation>Таныстым, тізімнен алып тастау</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Назар аударуды қажет етеді</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Назар аударатын ештеңе жоқ.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <source>Download documents</source>
        <translation>Құжаттарды жүктеп алу</translation>
    </message>
    <message>
        <source>Download the selected requests&apos; documents now, to open them later without a connection</source>
        <translation>Таңдалған өтініштердің құжаттарын кейін байланыссыз ашу үшін қазір жүктеп алу</translation>
    </message>
    <message>
        <source>Print summaries…</source>
        <translation>Қысқаша анықтамаларды басып шығару…</translation>
    </message>
    <message>
        <source>Print a summary sheet of each selected request (Ctrl+P)</source>
        <translation>Таңдалған әр өтініштің қысқаша анықтамасын басып шығару (Ctrl+P)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорттау</translation>
    </message>
    <message>
        <source>Save the selected requests, or all the requests the list shows, to a file</source>
        <translation>Таңдалған өтініштерді немесе тізімде көрсетілген барлық өтініштерді файлға сақтау</translation>
    </message>
    <message>
        <source>Save the selected requests to a file</source>
        <translation>Таңдалған өтініштерді файлға сақтау</translation>
    </message>
    <message>
        <source>List as Excel (XLSX)…</source>
        <translation>Тізім Excel (XLSX) түрінде…</translation>
    </message>
    <message>
        <source>List as PDF…</source>
        <translation>Тізім PDF түрінде…</translation>
    </message>
    <message>
        <source>Summary sheets as PDF…</source>
        <translation>Қысқаша анықтамалар PDF түрінде…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page}-бет, барлығы {pages}</translation>
    </message>
    <message>
        <source>Exported {when}</source>
        <translation>Экспортталған уақыты: {when}</translation>
    </message>
    <message>
        <source>Request №{number}</source>
        <translation>№{number} өтініш</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Басып шығарылған уақыты: {when}</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-ана</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Өтініш келген күні</translation>
    </message>
    <message>
        <source>Languages of education</source>
        <translation>Оқыту тілдері</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Enrollment window</source>
        <translation>Қабылдау кезеңі</translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation>Ваучер берілді</translation>
    </message>
    <message>
        <source>Enroll by</source>
        <translation>Қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>group</comment>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Түсініктеме</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Тексерген</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолы</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message numerus="yes">
        <source>Selected: %n</source>
        <translation>
            <numerusform>Таңдалды: %n</numerusform>
            <numerusform>Таңдалды: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All shown: %n</source>
        <translation>
            <numerusform>Көрсетілгеннің бәрі: %n</numerusform>
            <numerusform>Көрсетілгеннің бәрі: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading documents…</source>
        <translation>Құжаттар жүктеп алынуда…</translation>
    </message>
    <message>
        <source>Documents not downloaded</source>
        <translation>Құжаттар жүктеп алынбады</translation>
    </message>
    <message numerus="yes">
        <source>The portal cannot be reached: %n document(s) were not downloaded. Try again when the connection returns; what arrived is kept.</source>
        <translation>
            <numerusform>Порталға қосылу мүмкін емес: %n құжат жүктеп алынбады. Байланыс қалпына келгенде қайталап көріңіз; келгендері сақталады.</numerusform>
            <numerusform>Порталға қосылу мүмкін емес: %n құжат жүктеп алынбады. Байланыс қалпына келгенде қайталап көріңіз; келгендері сақталады.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download cancelled: %n document(s) downloaded.</source>
        <translation>
            <numerusform>Жүктеп алу тоқтатылды: %n құжат жүктеп алынды.</numerusform>
            <numerusform>Жүктеп алу тоқтатылды: %n құжат жүктеп алынды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some documents were not downloaded</source>
        <translation>Кейбір құжаттар жүктеп алынбады</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) could not be downloaded: the portal no longer has them, what arrived was damaged, or the file is too large. Open the request to see which, or ask the parent to upload them again.</source>
        <translation>
            <numerusform>%n құжатты жүктеп алу мүмкін болмады: порталда олар енді жоқ, келген файл бүлінген немесе файл тым үлкен. Қайсысы екенін көру үшін өтінішті ашыңыз немесе ата-анадан оларды қайта жүктеуді сұраңыз.</numerusform>
            <numerusform>%n құжатты жүктеп алу мүмкін болмады: порталда олар енді жоқ, келген файл бүлінген немесе файл тым үлкен. Қайсысы екенін көру үшін өтінішті ашыңыз немесе ата-анадан оларды қайта жүктеуді сұраңыз.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) were left out: larger than this program takes, or the disk is nearly full. Free some space and try again, or open them from the request.</source>
        <translation>
            <numerusform>%n құжат өткізіп жіберілді: олар бағдарлама қабылдайтын көлемнен үлкен немесе диск толуға жақын. Орын босатып, қайталап көріңіз немесе оларды өтініштен ашыңыз.</numerusform>
            <numerusform>%n құжат өткізіп жіберілді: олар бағдарлама қабылдайтын көлемнен үлкен немесе диск толуға жақын. Орын босатып, қайталап көріңіз немесе оларды өтініштен ашыңыз.</numerusform>
        </translation>
    </message>
    <message>
        <source>All the documents of the selected requests are on this computer already.</source>
        <translation>Таңдалған өтініштердің барлық құжаттары осы компьютерде бар.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) downloaded.</source>
        <translation>
            <numerusform>%n құжат жүктеп алынды.</numerusform>
            <numerusform>%n құжат жүктеп алынды.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the summary sheets…</source>
        <translation>Қысқаша анықтамалар дайындалуда…</translation>
    </message>
    <message>
        <source>Print summary sheets</source>
        <translation>Қысқаша анықтамаларды басып шығару</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>The summary sheets could not be prepared for printing. Try again; if it happens again, send the program&apos;s report to support.</source>
        <translation>Қысқаша анықтамаларды басып шығаруға дайындау мүмкін болмады. Қайталап көріңіз; қате қайталанса, бағдарламаның есебін қолдау қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>summary-sheets</source>
        <translation>қысқаша-анықтамалар</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>өтініштер</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Export the requests shown</source>
        <translation>Көрсетілген өтініштерді экспорттау</translation>
    </message>
    <message>
        <source>Export the selected requests</source>
        <translation>Таңдалған өтініштерді экспорттау</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортталуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) saved to {path}</source>
        <translation>
            <numerusform>%n өтініш {path} файлына сақталды</numerusform>
            <numerusform>%n өтініш {path} файлына сақталды</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Экспорттау тоқтатылды; ешқандай файл жазылған жоқ.</translation>
    </message>
    <message>
        <source>{name} could not be saved: this folder does not accept new files. Choose another folder, such as Documents, and export again.</source>
        <translation>{name} сақталмады: бұл қалтаға жаңа файлдар жазуға болмайды. Басқа қалтаны (мысалы, Құжаттар) таңдап, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>{name} could not be saved: the file is open in another program. Close it there, or choose another name, and export again.</source>
        <translation>{name} сақталмады: файл басқа бағдарламада ашық тұр. Оны сол бағдарламада жабыңыз немесе басқа атау таңдап, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>{name} could not be saved: the disk is full. Free some space or choose another drive, and export again.</source>
        <translation>{name} сақталмады: диск толы. Орын босатыңыз немесе басқа дискіні таңдап, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>{name} could not be saved: the folder no longer exists (a removed USB stick?). Choose another folder and export again.</source>
        <translation>{name} сақталмады: қалта енді жоқ (USB жинақтауыш ажыратылған болар?). Басқа қалтаны таңдап, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>{name} could not be saved. Choose another folder or name and export again.</source>
        <translation>{name} сақталмады. Басқа қалтаны немесе атауды таңдап, қайта экспорттаңыз.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>BulkBar</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n таңдалды</numerusform>
            <numerusform>%n таңдалды</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkDecisionDialog</name>
    <message>
        <source>None of the selected requests can take this decision now.</source>
        <translation>Таңдалған өтініштердің ешқайсысына қазір бұл шешімді қабылдауға болмайды.</translation>
    </message>
    <message>
        <source>id {id}</source>
        <translation>id {id}</translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Жазылмады: {reason}</translation>
    </message>
    <message>
        <source>Will not be recorded: {reason}</source>
        <translation>Жазылмайды: {reason}</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Бас тартылды.</translation>
    </message>
    <message>
        <source>Will be declined.</source>
        <translation>Бас тартылады.</translation>
    </message>
    <message>
        <source>Accepted: a place is reserved.</source>
        <translation>Қабылданды: орын брондалды.</translation>
    </message>
    <message>
        <source>Will be accepted: a place is reserved.</source>
        <translation>Қабылданады: орын брондалады.</translation>
    </message>
    <message>
        <source>Decisions recorded</source>
        <translation>Шешімдер жазылды</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) declined</source>
        <translation>
            <numerusform>%n өтініштен бас тартылды</numerusform>
            <numerusform>%n өтініштен бас тартылды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) accepted</source>
        <translation>
            <numerusform>%n өтініш қабылданды</numerusform>
            <numerusform>%n өтініш қабылданды</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) were refused and are left as they were: see why below.</source>
        <translation>
            <numerusform>%n өтініш жазылмады және бұрынғы күйінде қалды: себебі төменде.</numerusform>
            <numerusform>%n өтініш жазылмады және бұрынғы күйінде қалды: себебі төменде.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every selected request is recorded. The decisions go to the portal at once when it answers, or with the next sync.</source>
        <translation>Таңдалған өтініштердің бәрі жазылды. Шешімдер портал жауап берсе бірден, әйтпесе келесі синхрондаумен жіберіледі.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message numerus="yes">
        <source>Decline %n request(s)</source>
        <translation>
            <numerusform>%n өтініштен бас тарту</numerusform>
            <numerusform>%n өтініштен бас тарту</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decline %n selected request(s)?</source>
        <translation>
            <numerusform>Таңдалған %n өтініштен бас тарту керек пе?</numerusform>
            <numerusform>Таңдалған %n өтініштен бас тарту керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>One reason and comment go to every parent below. Each request is checked as if it were alone; those that cannot be declined now are left as they are.</source>
        <translation>Төмендегі әр ата-анаға бір себеп пен түсініктеме жіберіледі. Әр өтініш жеке тексеріледі; қазір бас тартуға болмайтындары өз күйінде қалады.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n request(s)</source>
        <translation>
            <numerusform>%n өтінішті қабылдау</numerusform>
            <numerusform>%n өтінішті қабылдау</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept %n selected request(s)?</source>
        <translation>
            <numerusform>Таңдалған %n өтінішті қабылдау керек пе?</numerusform>
            <numerusform>Таңдалған %n өтінішті қабылдау керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>Each request is checked as if it were alone: the child&apos;s age on the group&apos;s first day, the language, and the free places, which each accept above it takes one of. Those that fail a check are left as they are.</source>
        <translation>Әр өтініш жеке тексеріледі: топ басталатын күнгі баланың жасы, тілі және бос орындар — жоғарыдағы әр қабылданған өтініш олардың бірін алады. Тексеруден өтпегендері өз күйінде қалады.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Себепті таңдаңыз…</translation>
    </message>
    <message>
        <source>What the parents should know (needed for “Other reason”)</source>
        <translation>Ата-аналар не білуі керек («Басқа себеп» үшін міндетті)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтиже</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Individual (personal key)</source>
        <translation>Жеке тұлға (жеке кілт)</translation>
    </message>
    <message>
        <source>Legal entity</source>
        <translation>Заңды тұлға</translation>
    </message>
    <message>
        <source>First head: signs for the organisation</source>
        <translation>Бірінші басшы: ұйым атынан қол қояды</translation>
    </message>
    <message>
        <source>Right to sign for the organisation</source>
        <translation>Ұйым атынан қол қою құқығы</translation>
    </message>
    <message>
        <source>Signs financial documents</source>
        <translation>Қаржы құжаттарына қол қояды</translation>
    </message>
    <message>
        <source>Human resources</source>
        <translation>Кадр қызметі</translation>
    </message>
    <message>
        <source>Employee (no right to sign)</source>
        <translation>Қызметкер (қол қою құқығы жоқ)</translation>
    </message>
    <message>
        <source>Signing documents</source>
        <translation>Құжаттарға қол қою</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Жүйеге кіру</translation>
    </message>
    <message>
        <source>Not revoked</source>
        <translation>Кері қайтарылмаған</translation>
    </message>
    <message>
        <source>Revoked on {date}</source>
        <translation>{date} кері қайтарылған</translation>
    </message>
    <message>
        <source>Unknown: no revocation list of its issuer is cached</source>
        <translation>Белгісіз: оны берген орталықтың кері қайтарылғандар тізімі сақталмаған</translation>
    </message>
    <message>
        <source>Not checked: the certificate names no revocation list</source>
        <translation>Тексерілмеді: сертификатта кері қайтарылғандар тізімі көрсетілмеген</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Рөлдері</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Кілттің қолданылуы</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамдылық мерзімі</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>Сериялық нөмірі</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Берген орталық</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Сенім</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Кері қайтарылуы</translation>
    </message>
    <message>
        <source>Revocation list</source>
        <translation>Кері қайтарылғандар тізімі</translation>
    </message>
    <message>
        <source>Full name in the certificate</source>
        <translation>Сертификаттағы аты-жөні</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>— (a personal key)</source>
        <translation>— (жеке кілт)</translation>
    </message>
    <message>
        <source>Leads to a trusted root certificate</source>
        <translation>Сенімді түбірлік сертификатпен расталған</translation>
    </message>
    <message>
        <source>Does not lead to a trusted root certificate</source>
        <translation>Сенімді түбірлік сертификатпен расталмаған</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>{span} (expired)</source>
        <translation>{span} (мерзімі өткен)</translation>
    </message>
    <message>
        <source>{span} (not valid yet)</source>
        <translation>{span} (әлі күшіне енбеген)</translation>
    </message>
    <message>
        <source>{span} ({days} left)</source>
        <translation>{span} ({days} қалды)</translation>
    </message>
    <message>
        <source>{issuer}, issued {date} ({age} ago)</source>
        <translation>{issuer}, {date} шығарылған ({age} бұрын)</translation>
    </message>
    <message>
        <source>None cached: refresh the revocation list while online</source>
        <translation>Сақталмаған: желіде болғанда кері қайтарылғандар тізімін жаңартыңыз</translation>
    </message>
    <message>
        <source>Overdue since {date}: a recent revocation may be missing. Refresh it while online.</source>
        <translation>Жаңарту мерзімі {date} өткен: соңғы кері қайтарулар онда болмауы мүмкін. Желіде болғанда оны жаңартыңыз.</translation>
    </message>
</context>
<context>
    <name>ContractDialogs</name>
    <message>
        <source>request №{number}</source>
        <translation>№{number} өтініш</translation>
    </message>
    <message>
        <source>Accept the request first: a contract is sent only for an accepted request, with a place reserved.</source>
        <translation>Алдымен өтінішті қабылдаңыз: шарт тек қабылданған, орын брондалған өтініш бойынша жіберіледі.</translation>
    </message>
    <message>
        <source>The request is no longer at this step: synchronise to see where it stands now.</source>
        <translation>Өтініш енді бұл кезеңде емес: оның қазіргі күйін көру үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>This step is recorded already and waits to be sent to the portal at the next sync.</source>
        <translation>Бұл қадам тіркеліп қойған және келесі синхрондау кезінде порталға жіберілуін күтіп тұр.</translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: the portal may have closed it. Synchronise to see it as it is now.</source>
        <translation>Өтініш осы компьютердегі деректерде енді жоқ: портал оны жауып тастаған болуы мүмкін. Оның қазіргі күйін көру үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>The contract is not a PDF: make it again.</source>
        <translation>Шарт PDF емес: оны қайта жасаңыз.</translation>
    </message>
    <message>
        <source>Nothing was recorded: {detail}.</source>
        <translation>Ештеңе тіркелмеді: {detail}.</translation>
    </message>
    <message>
        <source>version {version}, as shipped with the program</source>
        <translation>{version}-нұсқа, бағдарламамен бірге берілген</translation>
    </message>
    <message>
        <source>version {version}, saved {when}</source>
        <translation>{version}-нұсқа, {when} сақталған</translation>
    </message>
    <message>
        <source>Revocation checked against: {crls}.</source>
        <translation>Кері қайтарылуы мына тізімдер бойынша тексерілді: {crls}.</translation>
    </message>
    <message>
        <source>No revocation list (CRL) is cached, so whether a certificate was revoked is unknown. Refresh it while online.</source>
        <translation>Кері қайтарылғандар тізімі (CRL) сақталмаған, сондықтан сертификаттың кері қайтарылған-қайтарылмағаны белгісіз. Желіде болғанда тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>The certificates name no revocation list.</source>
        <translation>Сертификаттарда кері қайтарылғандар тізімі көрсетілмеген.</translation>
    </message>
    <message>
        <source>Contract No. {number}</source>
        <translation>№ {number} шарт</translation>
    </message>
    <message>
        <source>Contract No. {number} of {date}</source>
        <translation>{date} ж. № {number} шарт</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>first head</source>
        <translation>бірінші басшы</translation>
    </message>
    <message>
        <source>right to sign</source>
        <translation>қол қою құқығы</translation>
    </message>
    <message>
        <source>The key of {who} may countersign: BIN {bin}, {role}, valid until {until}.</source>
        <translation>{who} кілтімен балабақша атынан қол қоюға болады: БСН {bin}, {role}, {until} дейін жарамды.</translation>
    </message>
</context>
<context>
    <name>ContractFlow</name>
    <message>
        <source>The request is not in the local data any more: synchronise to see where it stands now.</source>
        <translation>Өтініш жергілікті деректерде енді жоқ: оның қазіргі күйін көру үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>The contract was countersigned by {who} for another organisation (BIN {theirs}), not for this kindergarten (BIN {ours}).</source>
        <translation>Шартқа {who} осы балабақшаның (БСН {ours}) емес, басқа ұйымның (БСН {theirs}) атынан қол қойған.</translation>
    </message>
    <message>
        <source>The contract was countersigned by {who}, whose key gives no right to sign for the kindergarten.</source>
        <translation>Шартқа {who} қол қойған, бірақ оның кілті балабақша атынан қол қою құқығын бермейді.</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details (its BIN) are not in the local data yet: synchronise, then try again.</source>
        <translation>Балабақшаның деректемелері (БСН) жергілікті деректерде әлі жоқ: синхрондап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The portal has not sent who the applicant parent is, so their signature cannot be checked: synchronise, then try again.</source>
        <translation>Портал өтініш берген ата-ананың кім екенін жібермеген, сондықтан оның қолтаңбасын тексеру мүмкін емес: синхрондап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The portal has not recorded this file of the contract yet: synchronise, then try again.</source>
        <translation>Портал шарттың бұл файлын әлі тіркемеген: синхрондап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The contract&apos;s file is not on this computer yet and the portal cannot be reached. Connect once and synchronise: the files are then kept for work offline.</source>
        <translation>Шарттың файлы осы компьютерде әлі жоқ, ал порталға қосылу мүмкін емес. Бір рет қосылып, синхрондаңыз: содан кейін файлдар желісіз жұмыс үшін сақталады.</translation>
    </message>
    <message>
        <source>The portal holds another file of this contract than the local data names: the contract changed meanwhile. Synchronise, then try again.</source>
        <translation>Порталдағы шарт файлы жергілікті деректерде көрсетілген файлдан өзгеше: осы аралықта шарт өзгерген. Синхрондап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The parent has not signed this contract yet: there is no signature to check.</source>
        <translation>Ата-ана бұл шартқа әлі қол қоймаған: тексеретін қолтаңба жоқ.</translation>
    </message>
    <message>
        <source>The countersignature is not on top of the contract the parent signed: the file was changed or made anew before it was countersigned.</source>
        <translation>Балабақшаның қолтаңбасы ата-ана қол қойған шартқа қойылмаған: балабақша қол қоймас бұрын файл өзгертілген немесе қайта жасалған.</translation>
    </message>
    <message>
        <source>This contract is countersigned already and waits to be sent to the portal at the next sync.</source>
        <translation>Бұл шартқа балабақша атынан қол қойылып қойған, ол келесі синхрондау кезінде порталға жіберілуін күтіп тұр.</translation>
    </message>
    <message>
        <source>The contract is not waiting for a countersignature: the parent has to sign it first.</source>
        <translation>Шарт балабақшаның қолын күтіп тұрған жоқ: алдымен оған ата-ана қол қоюы керек.</translation>
    </message>
    <message>
        <source>Not all the required documents are accepted yet: review them first (the portal enrolls the child only then).</source>
        <translation>Міндетті құжаттардың барлығы әлі қабылданбаған: алдымен оларды қарап шығыңыз (портал баланы тек содан кейін қабылдайды).</translation>
    </message>
</context>
<context>
    <name>Contracts</name>
    <message>
        <source>The request is not in the local data any more: synchronise, then open it again.</source>
        <translation>Өтініш жергілікті деректерде енді жоқ: синхрондап, оны қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The request has no group in the local data, so the contract cannot name one: synchronise, then try again.</source>
        <translation>Жергілікті деректерде өтініштің тобы жоқ, сондықтан шартта топты көрсету мүмкін емес: синхрондап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details are not in the local data yet: synchronise, then try again.</source>
        <translation>Балабақшаның деректемелері жергілікті деректерде әлі жоқ: синхрондап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The portal has not sent who the parent is for this request, so the contract cannot name them: synchronise, then try again.</source>
        <translation>Портал бұл өтініш бойынша ата-ананың кім екенін жібермеген, сондықтан шартта оны көрсету мүмкін емес: синхрондап, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The contract&apos;s text cannot be laid out on pages: a part that must stay on one page is longer than a page. Shorten the captions over the signature boxes (the lines that start with “@”) in the template.</source>
        <translation>Шарттың мәтінін беттерге орналастыру мүмкін емес: бір бетте тұруы тиіс бөлік бір беттен ұзын. Үлгідегі қол қою орындарының үстіндегі жазуларды («@» белгісінен басталатын жолдарды) қысқартыңыз.</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Not sent yet</source>
        <translation>Әлі жіберілмеді</translation>
    </message>
    <message>
        <source>Sent from here, waiting for the portal</source>
        <translation>Осы жерден жіберілді, порталды күтуде</translation>
    </message>
    <message>
        <source>Countersigned here, waiting for the portal</source>
        <translation>Осы жерде қол қойылды, порталды күтуде</translation>
    </message>
    <message>
        <source>Next: the director sends the contract to the parent.</source>
        <translation>Келесі қадам: директор шартты ата-анаға жібереді.</translation>
    </message>
    <message>
        <source>The contract goes to the portal at the next sync.</source>
        <translation>Шарт келесі синхрондау кезінде порталға жіберіледі.</translation>
    </message>
    <message>
        <source>Next: the parent signs the contract on the portal.</source>
        <translation>Келесі қадам: ата-ана порталда шартқа қол қояды.</translation>
    </message>
    <message>
        <source>Next: check the parent&apos;s signature, then the director countersigns.</source>
        <translation>Келесі қадам: ата-ананың қолтаңбасын тексеріңіз, содан кейін директор балабақша атынан қол қояды.</translation>
    </message>
    <message>
        <source>The countersigned contract goes to the portal at the next sync; the child is enrolled once the portal accepts it.</source>
        <translation>Екі жақ қол қойған шарт келесі синхрондау кезінде порталға жіберіледі; портал оны қабылдағанда бала балабақшаға қабылданады.</translation>
    </message>
    <message>
        <source>Signed by both; the child is enrolled.</source>
        <translation>Екі жақ қол қойды; бала балабақшаға қабылданды.</translation>
    </message>
    <message>
        <source>The request is no longer with the kindergarten.</source>
        <translation>Өтініш енді балабақшада емес.</translation>
    </message>
    <message>
        <source>Request №</source>
        <translation>Өтініш №</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Жіберілді</translation>
    </message>
    <message>
        <source>Signed by the parent</source>
        <translation>Ата-ана қол қойды</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation>Балабақша қол қойды</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Contracts</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Find by request number or child</source>
        <translation>Өтініш нөмірі немесе бала бойынша іздеу</translation>
    </message>
    <message>
        <source>No contracts yet. An accepted request appears here, ready for its contract to be sent.</source>
        <translation>Әзірге шарттар жоқ. Өтініш қабылданғаннан кейін осында пайда болады, содан соң оның шартын жіберуге болады.</translation>
    </message>
    <message>
        <source>Send the contract…</source>
        <translation>Шартты жіберу…</translation>
    </message>
    <message>
        <source>Signatures…</source>
        <translation>Қолтаңбалар…</translation>
    </message>
    <message>
        <source>Countersign…</source>
        <translation>Қол қою…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Enrollment order…</source>
        <translation>Қабылдау туралы бұйрық…</translation>
    </message>
    <message>
        <source>Make the contract from the template, look at it and send it to the parent</source>
        <translation>Шартты үлгі бойынша жасап, қарап шығып, ата-анаға жіберу</translation>
    </message>
    <message>
        <source>Check the signatures of the contract: whose, when, valid or why not</source>
        <translation>Шарттағы қолтаңбаларды тексеру: кімдікі, қашан қойылған, жарамды ма, жарамсыз болса — неге</translation>
    </message>
    <message>
        <source>Countersign the selected contracts with the director&apos;s key</source>
        <translation>Таңдалған шарттарға директордың кілтімен балабақша атынан қол қою</translation>
    </message>
    <message>
        <source>Print the contract with a sheet of its signatures and a QR code of its hash</source>
        <translation>Шартты қолтаңбалар парағымен және хэшінің QR кодымен бірге басып шығару</translation>
    </message>
    <message>
        <source>Save the contract&apos;s file, with its signatures</source>
        <translation>Шарттың файлын қолтаңбаларымен бірге сақтау</translation>
    </message>
    <message>
        <source>Make the enrollment order for enrolled children</source>
        <translation>Балабақшаға қабылданған балалар туралы бұйрық жасау</translation>
    </message>
    <message>
        <source>Contracts can be worked on once you are signed in.</source>
        <translation>Шарттармен жұмыс істеу үшін жүйеге кіріңіз.</translation>
    </message>
    <message>
        <source>Select one request in the list.</source>
        <translation>Тізімнен бір өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>The parent has not signed this contract yet: there is no signature to check.</source>
        <translation>Ата-ана бұл шартқа әлі қол қоймаған: тексеретін қолтаңба жоқ.</translation>
    </message>
    <message>
        <source>The contract has not been sent yet: send it first, then it can be printed and saved.</source>
        <translation>Шарт әлі жіберілмеген: алдымен оны жіберіңіз, содан кейін басып шығаруға және сақтауға болады.</translation>
    </message>
    <message>
        <source>The contract is recorded already and goes to the portal at the next sync.</source>
        <translation>Шарт тіркеліп қойған және келесі синхрондау кезінде порталға жіберіледі.</translation>
    </message>
    <message>
        <source>The contract has been sent already; a contract is sent once, to an accepted request awaiting it.</source>
        <translation>Шарт жіберіліп қойған; шарт оны күтіп тұрған қабылданған өтініш бойынша бір рет қана жіберіледі.</translation>
    </message>
    <message>
        <source>Select the contracts signed by the parent to countersign them.</source>
        <translation>Балабақша атынан қол қою үшін ата-ана қол қойған шарттарды таңдаңыз.</translation>
    </message>
    <message>
        <source>The contract of request №{number} is countersigned already and goes to the portal at the next sync.</source>
        <translation>№{number} өтініш бойынша шартқа балабақша атынан қол қойылып қойған, ол келесі синхрондау кезінде порталға жіберіледі.</translation>
    </message>
    <message>
        <source>The contract of request №{number} is countersigned already: the child is enrolled.</source>
        <translation>№{number} өтініш бойынша шартқа екі жақ та қол қойып қойған: бала балабақшаға қабылданды.</translation>
    </message>
    <message>
        <source>The parent has not signed the contract of request №{number} yet: it can be countersigned after that.</source>
        <translation>Ата-ана №{number} өтініш бойынша шартқа әлі қол қоймаған: балабақша одан кейін ғана қол қоя алады.</translation>
    </message>
    <message>
        <source>Request №{number}: not all the required documents are accepted yet ({documents}). Review them first: the portal enrolls the child only then.</source>
        <translation>№{number} өтініш: міндетті құжаттардың барлығы әлі қабылданбаған ({documents}). Алдымен оларды қарап шығыңыз: портал баланы тек содан кейін қабылдайды.</translation>
    </message>
    <message>
        <source>The contract for request №{number} is recorded: it goes to the parent at the next sync.</source>
        <translation>№{number} өтініш бойынша шарт тіркелді: ол келесі синхрондау кезінде ата-анаға жіберіледі.</translation>
    </message>
    <message numerus="yes">
        <source>Countersigned %n contract(s): they go to the portal at the next sync, and each child shows as enrolled once the portal accepts.</source>
        <translation>
            <numerusform>%n шартқа балабақша атынан қол қойылды: олар келесі синхрондау кезінде порталға жіберіледі, портал қабылдағанда әр бала балабақшаға қабылданған болып көрсетіледі.</numerusform>
            <numerusform>%n шартқа балабақша атынан қол қойылды: олар келесі синхрондау кезінде порталға жіберіледі, портал қабылдағанда әр бала балабақшаға қабылданған болып көрсетіледі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the contract for printing…</source>
        <translation>Шарт басып шығаруға дайындалуда…</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <source>Countersign the contract</source>
        <translation>Шартқа қол қою</translation>
    </message>
    <message>
        <source>Countersign the contract for {request}</source>
        <translation>{request} бойынша шартқа қол қою</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Қол қою</translation>
    </message>
    <message>
        <source>Countersign contracts</source>
        <translation>Шарттарға қол қою</translation>
    </message>
    <message numerus="yes">
        <source>Countersign %n contracts</source>
        <translation>
            <numerusform>%n шартқа балабақша атынан қол қою</numerusform>
            <numerusform>%n шартқа балабақша атынан қол қою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sign %n contracts</source>
        <translation>
            <numerusform>%n шартқа қол қою</numerusform>
            <numerusform>%n шартқа қол қою</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the director&apos;s signing key (RSA256_….p12) and type its password. The key is checked first: this kindergarten&apos;s BIN, the right to sign, validity and revocation. The signature is added to the file the parent signed; it reaches the portal at the next sync, and the child is enrolled once the portal accepts it.</source>
        <translation>Директордың қол қою кілтін (RSA256_….p12) таңдап, оның құпиясөзін енгізіңіз. Алдымен кілт тексеріледі: осы балабақшаның БСН-і, қол қою құқығы, жарамдылық мерзімі және кері қайтарылмағаны. Қолтаңба ата-ана қол қойған файлға қосылады; ол келесі синхрондау кезінде порталға жетеді, ал портал оны қабылдағанда бала балабақшаға қабылданады.</translation>
    </message>
    <message>
        <source>The director&apos;s signing key is the RSA256_….p12 in the director&apos;s folder.</source>
        <translation>Басшының қол қою кілті — басшы қалтасындағы RSA256_….p12 файлы.</translation>
    </message>
    <message>
        <source>Key file:</source>
        <translation>Кілт файлы:</translation>
    </message>
    <message>
        <source>RSA256_….p12</source>
        <translation>RSA256_….p12</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Remember the password until I sign out or the window locks</source>
        <translation>Жүйеден шыққанша немесе терезе бұғатталғанша құпиясөзді есте сақтау</translation>
    </message>
    <message>
        <source>Kept in memory only, never written anywhere.</source>
        <translation>Тек жедел жадта сақталады, ешқайда жазылмайды.</translation>
    </message>
    <message>
        <source>Check the key</source>
        <translation>Кілтті тексеру</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Сертификат…</translation>
    </message>
    <message>
        <source>I have read the warnings and want to sign anyway</source>
        <translation>Ескертулерді оқыдым, соған қарамастан қол қойғым келеді</translation>
    </message>
    <message>
        <source>Choose the signing key</source>
        <translation>Қол қою кілтін таңдаңыз</translation>
    </message>
    <message>
        <source>EDS keys (*.p12 *.pfx);;All files (*)</source>
        <translation>ЭЦҚ кілттері (*.p12 *.pfx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>Алдымен кілт файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Кілт тексерілуде…</translation>
    </message>
    <message>
        <source>The parent&apos;s signature is valid ({who}, {number}); the contract is the one that was sent.</source>
        <translation>Ата-ананың қолтаңбасы жарамды ({who}, {number}); шарт жіберілген шартпен бірдей.</translation>
    </message>
    <message>
        <source>Read the warnings and tick that you want to sign anyway.</source>
        <translation>Ескертулерді оқып, соған қарамастан қол қойғыңыз келетінін белгілеңіз.</translation>
    </message>
    <message>
        <source>Check the key first.</source>
        <translation>Алдымен кілтті тексеріңіз.</translation>
    </message>
    <message>
        <source>Signing…</source>
        <translation>Қол қойылуда…</translation>
    </message>
    <message>
        <source>Countersigning the contracts…</source>
        <translation>Шарттарға қол қойылуда…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stopping after this contract…</source>
        <translation>Осы шарттан кейін тоқтатылады…</translation>
    </message>
    <message>
        <source>Countersigned {done} of {total}…</source>
        <translation>Қол қойылды: {done} / {total}…</translation>
    </message>
    <message numerus="yes">
        <source>Countersigned %n contract(s): they reach the portal at the next sync.</source>
        <translation>
            <numerusform>%n шартқа қол қойылды: олар келесі синхрондау кезінде порталға жетеді.</numerusform>
            <numerusform>%n шартқа қол қойылды: олар келесі синхрондау кезінде порталға жетеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n contract(s) were not signed; the ones signed stay signed.</source>
        <translation>
            <numerusform>Тоқтатылды: %n шартқа қол қойылмады; қол қойылғандары қол қойылған күйінде қалады.</numerusform>
            <numerusform>Тоқтатылды: %n шартқа қол қойылмады; қол қойылғандары қол қойылған күйінде қалады.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request №{number}: {reason}</source>
        <translation>№{number} өтініш: {reason}</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n күн</numerusform>
            <numerusform>%n күн</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{low}–%n year(s)</source>
        <comment>ages of a group</comment>
        <translation>
            <numerusform>{low}–%n жас</numerusform>
            <numerusform>{low}–%n жас</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n минут</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Accepting or declining a request</source>
        <translation>Өтінішті қабылдау немесе одан бас тарту</translation>
    </message>
    <message>
        <source>Accepting a request</source>
        <translation>Өтінішті қабылдау</translation>
    </message>
    <message>
        <source>Declining a request</source>
        <translation>Өтініштен бас тарту</translation>
    </message>
    <message>
        <source>Returning documents</source>
        <translation>Құжаттарды қайтару</translation>
    </message>
    <message>
        <source>Accepting documents</source>
        <translation>Құжаттарды қабылдау</translation>
    </message>
    <message>
        <source>Sending a contract</source>
        <translation>Шартты жіберу</translation>
    </message>
    <message>
        <source>Countersigning a contract</source>
        <translation>Шартқа балабақша атынан қол қою</translation>
    </message>
    <message>
        <source>Creating a group</source>
        <translation>Топ құру</translation>
    </message>
    <message>
        <source>Changing a group</source>
        <translation>Топты өзгерту</translation>
    </message>
    <message>
        <source>Changing a group&apos;s capacity</source>
        <translation>Топтың орын санын өзгерту</translation>
    </message>
    <message>
        <source>Publishing the forecast</source>
        <translation>Болжамды жариялау</translation>
    </message>
    <message>
        <source>Changing the settings</source>
        <translation>Баптауларды өзгерту</translation>
    </message>
    <message>
        <source>Setting up printers</source>
        <translation>Принтерлерді баптау</translation>
    </message>
    <message>
        <source>Editing templates</source>
        <translation>Үлгілерді өңдеу</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>A decision on this request is waiting to be sent to the portal. The next one can be made when the portal has answered, after the next sync.</source>
        <translation>Бұл өтініш бойынша шешім порталға жіберілуін күтіп тұр. Келесі шешімді портал жауап бергеннен кейін, келесі синхрондаудан соң қабылдауға болады.</translation>
    </message>
    <message>
        <source>The request is “{status}”: documents are reviewed only while the request is with the kindergarten.</source>
        <translation>Өтініш мәртебесі — «{status}»: құжаттарды өтініш балабақшада қаралып жатқанда ғана қарауға болады.</translation>
    </message>
    <message>
        <source>The request is “{status}”: only a request awaiting the contract can be accepted or declined.</source>
        <translation>Өтініш мәртебесі — «{status}»: тек шартты күтіп тұрған өтінішті қабылдауға немесе одан бас тартуға болады.</translation>
    </message>
    <message>
        <source>The request is accepted already: a place is reserved for the child.</source>
        <translation>Өтініш қабылданып қойған: балаға орын брондалған.</translation>
    </message>
    <message>
        <source>The request names no group, so no place can be reserved. Decline it, or wait for the parent to choose a group.</source>
        <translation>Өтініште топ көрсетілмеген, сондықтан орын брондау мүмкін емес. Өтініштен бас тартыңыз немесе ата-ана топты таңдағанша күтіңіз.</translation>
    </message>
    <message>
        <source>The child&apos;s date of birth is not known, so the age cannot be checked. Sync again; if it stays unknown, ask the portal&apos;s support.</source>
        <translation>Баланың туған күні белгісіз, сондықтан жасын тексеру мүмкін емес. Қайта синхрондаңыз; бұрынғыша белгісіз болса, порталдың қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Too young: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation>Жасы тым кіші: топ ашылатын {day} күні бала {age} болады; топтағы балалардың жасы — {ages}.</translation>
    </message>
    <message>
        <source>Too old: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation>Жасы тым үлкен: топ ашылатын {day} күні бала {age} болады; топтағы балалардың жасы — {ages}.</translation>
    </message>
    <message>
        <source>Age: on {day}, when the group starts, the child will be {age}; the group takes children of {ages}.</source>
        <translation>Жасы: топ ашылатын {day} күні бала {age} болады; топтағы балалардың жасы — {ages}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Wrong language: the group teaches in {language}, the parent asked for {languages}.</source>
        <translation>Тілі сәйкес емес: топтағы оқыту тілі — {language}, ал ата-ана сұраған тіл: {languages}.</translation>
    </message>
    <message>
        <source>No free places: {enrolled} enrolled and {reserved} reserved fill all {capacity} places. Free a place or raise the capacity first, or decline the request.</source>
        <translation>Бос орын жоқ: балабақшаға қабылданған {enrolled} және брондалған {reserved} бала барлық {capacity} орынды толтырып тұр. Алдымен орын босатыңыз немесе орын санын көбейтіңіз, не болмаса өтініштен бас тартыңыз.</translation>
    </message>
    <message>
        <source>The parent has not uploaded any documents yet.</source>
        <translation>Ата-ана әлі ешқандай құжат жүктемеген.</translation>
    </message>
    <message>
        <source>Every document is returned for correction: wait for the parent to upload new ones.</source>
        <translation>Барлық құжат түзетуге қайтарылған: ата-ана жаңаларын жүктегенше күтіңіз.</translation>
    </message>
    <message>
        <source>“{document}” is “{status}” and cannot take this verdict.</source>
        <translation>«{document}» құжатының мәртебесі — «{status}», оған мұндай шешім шығаруға болмайды.</translation>
    </message>
    <message>
        <source>{action} needs the role {needed}, and your role is not known on this computer yet: sign in online once.</source>
        <translation>{action} үшін {needed} рөлі қажет, ал сіздің рөліңіз бұл компьютерде әлі белгісіз: желіде бір рет кіріңіз.</translation>
    </message>
    <message>
        <source>{action} needs the role {needed}; you act as {acting}.</source>
        <translation>{action} үшін {needed} рөлі қажет; сіз {acting} рөлінде жұмыс істеп тұрсыз.</translation>
    </message>
    <message>
        <source>Switch to {role} in Session › Act as.</source>
        <translation>Сеанс › Рөл мәзірінен {role} рөліне ауысыңыз.</translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: the portal may have closed it. Sync to see it as it is now.</source>
        <translation>Өтініш осы компьютердегі деректерде енді жоқ: портал оны жауып тастаған болуы мүмкін. Оның қазіргі күйін көру үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>A comment is needed: the reason “Other” and every returned document need one.</source>
        <translation>Түсініктеме қажет: «Басқа» себебі мен қайтарылатын әр құжатқа түсініктеме керек.</translation>
    </message>
    <message>
        <source>The comment is too long: the portal keeps at most {limit} characters. Shorten it and record the decision again.</source>
        <translation>Түсініктеме тым ұзын: портал ең көбі {limit} таңба сақтайды. Оны қысқартып, шешімді қайта жазыңыз.</translation>
    </message>
    <message>
        <source>Choose a reason for declining.</source>
        <translation>Бас тарту себебін таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose a verdict for at least one document.</source>
        <translation>Кемінде бір құжат бойынша шешім таңдаңыз.</translation>
    </message>
    <message>
        <source>A document cannot be accepted and returned at once.</source>
        <translation>Құжатты бір мезгілде қабылдап әрі қайтаруға болмайды.</translation>
    </message>
    <message>
        <source>The portal does not know one of the document kinds; nothing was recorded.</source>
        <translation>Портал құжат түрлерінің бірін танымайды; ештеңе тіркелмеді.</translation>
    </message>
    <message>
        <source>Unexpected refusal ({detail}). Sync, open the request again and check it; if this happens again, report it to support.</source>
        <translation>Күтпеген бас тарту ({detail}). Синхрондап, өтінішті қайта ашып тексеріңіз; бұл қайталанса, қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>{taken} of {capacity} places taken: {enrolled} enrolled, {reserved} reserved; {free} free</source>
        <translation>Толған орын: {taken} / {capacity} ({enrolled} балабақшаға қабылданған, {reserved} брондалған); {free} бос</translation>
    </message>
    <message>
        <source>Language: the group teaches in {language}, which the parent asked for.</source>
        <translation>Тілі: топтағы оқыту тілі — {language}, ата-ана дәл осы тілді сұраған.</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <source>Other reason</source>
        <translation>Басқа себеп</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Себепті таңдаңыз.</translation>
    </message>
    <message>
        <source>The reason “{reason}” needs a comment for the parent.</source>
        <translation>«{reason}» себебі үшін ата-анаға түсініктеме жазу қажет.</translation>
    </message>
    <message>
        <source>The comment is too long: the portal keeps at most {limit} characters, this one has {count}.</source>
        <translation>Түсініктеме тым ұзын: портал ең көбі {limit} таңба сақтайды, ал мұнда {count} таңба бар.</translation>
    </message>
    <message>
        <source>The group has free places</source>
        <translation>Топта бос орын бар</translation>
    </message>
    <message numerus="yes">
        <source>The group still has %n free place(s). Decline for “{reason}” all the same?</source>
        <translation>
            <numerusform>Топта әлі %n бос орын бар. Бәрібір «{reason}» себебімен бас тарту керек пе?</numerusform>
            <numerusform>Топта әлі %n бос орын бар. Бәрібір «{reason}» себебімен бас тарту керек пе?</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline all the same</source>
        <translation>Бәрібір бас тарту</translation>
    </message>
    <message>
        <source>Choose another reason</source>
        <translation>Басқа себеп таңдау</translation>
    </message>
    <message>
        <source>Only “Other reason” can be chosen: the portal&apos;s list of reasons has not reached this computer yet. Connect to the portal and sync once to get it.</source>
        <translation>Тек «Басқа себеп» таңдауға болады: порталдың себептер тізімі бұл компьютерге әлі жеткен жоқ. Оны алу үшін порталға қосылып, бір рет синхрондаңыз.</translation>
    </message>
    <message>
        <source>Decline request №{number}</source>
        <translation>№{number} өтініштен бас тарту</translation>
    </message>
    <message>
        <source>Decline request №{number} — {child}</source>
        <translation>№{number} өтініштен бас тарту — {child}</translation>
    </message>
    <message>
        <source>The parent is told the reason and your comment, and may choose another kindergarten while their enrollment window lasts. A reserved place is freed.</source>
        <translation>Ата-анаға себеп пен түсініктемеңіз хабарланады, ол қабылдау мерзімі аяқталғанша басқа балабақшаны таңдай алады. Брондалған орын босатылады.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Себебі:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Түсініктеме:</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Себепті таңдаңыз…</translation>
    </message>
    <message>
        <source>What the parent should know (needed for “Other reason”)</source>
        <translation>Ата-ана нені білуі керек («Басқа себеп» үшін міндетті)</translation>
    </message>
    <message>
        <source>Decline the request</source>
        <translation>Өтініштен бас тарту</translation>
    </message>
</context>
<context>
    <name>DiagnosticsSection</name>
    <message>
        <source>Balabaqsha Desk version:</source>
        <translation>Balabaqsha Desk нұсқасы:</translation>
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
        <translation>Qt платформа плагині:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>Баптаулар файлы:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Деректер қалтасы:</translation>
    </message>
    <message>
        <source>Log folder:</source>
        <translation>Журналдар қалтасы:</translation>
    </message>
    <message>
        <source>Local data on disk:</source>
        <translation>Дискідегі жергілікті деректер:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Соңғы сәтті синхрондау:</translation>
    </message>
    <message>
        <source>Newest revocation list (CRL):</source>
        <translation>Ең жаңа кері қайтарылғандар тізімі (CRL):</translation>
    </message>
    <message>
        <source>Keyring:</source>
        <translation>Кілттер қоймасы:</translation>
    </message>
    <message>
        <source>The export holds these figures, the health checks, the settings and the logs, with IINs, names, phone numbers and e-mail addresses masked: it can be sent to support as it is.</source>
        <translation>Экспортқа осы мәліметтер, тексеру нәтижелері, баптаулар мен журналдар кіреді; ЖСН, есімдер, телефон нөмірлері мен электрондық пошта мекенжайлары жасырылады: оны қолдау қызметіне сол күйінде жіберуге болады.</translation>
    </message>
    <message>
        <source>Export diagnostics…</source>
        <translation>Диагностиканы экспорттау…</translation>
    </message>
    <message>
        <source>{size:.1f} MB</source>
        <translation>{size:.1f} МБ</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>әлі болған жоқ</translation>
    </message>
    <message>
        <source>{age} old</source>
        <translation>{age} бұрын шығарылған</translation>
    </message>
    <message>
        <source>none cached yet</source>
        <translation>әлі сақталмаған</translation>
    </message>
    <message>
        <source>Export diagnostics</source>
        <translation>Диагностиканы экспорттау</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip мұрағаттары (*.zip)</translation>
    </message>
    <message>
        <source>Collecting the diagnostics…</source>
        <translation>Диагностика жиналуда…</translation>
    </message>
    <message>
        <source>Exporting diagnostics</source>
        <translation>Диагностика экспортталуда</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>{path} файлына сақталды.</translation>
    </message>
    <message>
        <source>The diagnostics were not saved. {reason} Nothing was written there; choose another folder and export again.</source>
        <translation>Диагностика сақталмады. {reason} Онда ештеңе жазылған жоқ; басқа қалтаны таңдап, қайта экспорттаңыз.</translation>
    </message>
</context>
<context>
    <name>DocumentRowWidget</name>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Show the document (downloads it first when it is not on this computer)</source>
        <translation>Құжатты көрсету (осы компьютерде болмаса, алдымен жүктеп алынады)</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Қайта жүктеп алу</translation>
    </message>
    <message>
        <source>Throw away the copy on this computer and download the document afresh</source>
        <translation>Осы компьютердегі көшірмені жойып, құжатты жаңадан жүктеп алу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <source>Stop the download; what arrived is kept</source>
        <translation>Жүктеп алуды тоқтату; келген бөлігі сақталады</translation>
    </message>
    <message>
        <source>Comment: {comment}</source>
        <translation>Түсініктеме: {comment}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Басталуда…</translation>
    </message>
    <message>
        <source>The parent has not uploaded this document.</source>
        <translation>Ата-ана бұл құжатты жүктемеген.</translation>
    </message>
    <message>
        <source>uploaded {date}</source>
        <translation>{date} жүктелген</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>осы компьютерде</translation>
    </message>
    <message>
        <source>{done} of {total} downloaded</source>
        <translation>Жүктеп алынды: {done} / {total}</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>әлі жүктеп алынбаған</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This file is neither a PDF nor a JPEG, PNG or TIFF image, so it cannot be shown. Download it again; if it stays like this, report it.</source>
        <translation>Бұл файл PDF те, JPEG, PNG немесе TIFF суреті де емес, сондықтан оны көрсету мүмкін емес. Оны қайта жүктеп алыңыз; өзгермесе, бұл туралы хабарлаңыз.</translation>
    </message>
    <message>
        <source>This file is empty. Download it again; if it stays empty, ask the parent to upload the document again.</source>
        <translation>Бұл файл бос. Оны қайта жүктеп алыңыз; бұрынғыша бос болса, ата-анадан құжатты қайта жүктеуді сұраңыз.</translation>
    </message>
    <message>
        <source>The saved copy of this file cannot be read from the disk. Download it again.</source>
        <translation>Бұл файлдың сақталған көшірмесін дискіден оқу мүмкін емес. Оны қайта жүктеп алыңыз.</translation>
    </message>
    <message>
        <source>This PDF is damaged and cannot be shown. Download it again; if it stays damaged, return it to the parent with a comment asking for a new scan.</source>
        <translation>Бұл PDF бүлінген, оны көрсету мүмкін емес. Оны қайта жүктеп алыңыз; бұрынғыша бүлінген болса, жаңадан сканерлеуді сұрайтын түсініктемемен ата-анаға қайтарыңыз.</translation>
    </message>
    <message>
        <source>This PDF is protected with a password, so it cannot be shown. Return it to the parent with a comment asking for a file without a password.</source>
        <translation>Бұл PDF құпиясөзбен қорғалған, сондықтан оны көрсету мүмкін емес. Құпиясөзсіз файл жіберуді сұрайтын түсініктемемен оны ата-анаға қайтарыңыз.</translation>
    </message>
    <message>
        <source>This PDF has no pages. Return it to the parent with a comment asking for the scan.</source>
        <translation>Бұл PDF-те бет жоқ. Сканерленген құжатты жіберуді сұрайтын түсініктемемен оны ата-анаға қайтарыңыз.</translation>
    </message>
    <message>
        <source>Some pages of this PDF are damaged and cannot be shown. Download it again; if they stay damaged, return it to the parent with a comment.</source>
        <translation>Бұл PDF-тің кейбір беттері бүлінген, оларды көрсету мүмкін емес. Оны қайта жүктеп алыңыз; беттер бұрынғыша бүлінген болса, түсініктеме жазып, ата-анаға қайтарыңыз.</translation>
    </message>
    <message>
        <source>This image is incomplete: the file ends too early. Download it again; if it stays incomplete, return it to the parent with a comment asking for a new scan.</source>
        <translation>Бұл сурет толық емес: файл тым ерте аяқталады. Оны қайта жүктеп алыңыз; бұрынғыша толық болмаса, жаңадан сканерлеуді сұрайтын түсініктемемен ата-анаға қайтарыңыз.</translation>
    </message>
    <message>
        <source>This image is damaged and cannot be shown. Download it again; if it stays damaged, return it to the parent with a comment asking for a new scan.</source>
        <translation>Бұл сурет бүлінген, оны көрсету мүмкін емес. Оны қайта жүктеп алыңыз; бұрынғыша бүлінген болса, жаңадан сканерлеуді сұрайтын түсініктемемен ата-анаға қайтарыңыз.</translation>
    </message>
    <message>
        <source>This image has too many pixels to be shown. Return it to the parent with a comment asking for a smaller scan.</source>
        <translation>Бұл суреттің пиксельдері көрсету үшін тым көп. Көлемі кішірек скан жіберуді сұрайтын түсініктемемен оны ата-анаға қайтарыңыз.</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Кішірейту (Ctrl+−)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Үлкейту (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ені бойынша</translation>
    </message>
    <message>
        <source>Make the page as wide as the window (Ctrl+0)</source>
        <translation>Бетті терезенің еніне сыйғызу (Ctrl+0)</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Бүкіл бет</translation>
    </message>
    <message>
        <source>Show the whole page in the window (Ctrl+9)</source>
        <translation>Бүкіл бетті терезеде көрсету (Ctrl+9)</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Бұру</translation>
    </message>
    <message>
        <source>Turn the pages a quarter clockwise (Ctrl+R)</source>
        <translation>Беттерді сағат тілі бағытымен 90° бұру (Ctrl+R)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Бет</translation>
    </message>
    <message>
        <source>of {count}</source>
        <translation>/ {count}</translation>
    </message>
    <message>
        <source>Opening the file…</source>
        <translation>Файл ашылуда…</translation>
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
        <translation>Жүктеп алынуда: {document}</translation>
    </message>
    <message>
        <source>{document} — request №{number}</source>
        <translation>{document} — №{number} өтініш</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>This request is not in the data on this computer.</source>
        <translation>Бұл өтініш осы компьютердегі деректерде жоқ.</translation>
    </message>
    <message>
        <source>{given} of {required} required received, {accepted} accepted</source>
        <translation>Міндетті құжаттар: {given} / {required} келді, {accepted} қабылданды</translation>
    </message>
    <message>
        <source>The parent has not uploaded this document.</source>
        <translation>Ата-ана бұл құжатты жүктемеген.</translation>
    </message>
    <message>
        <source>The copy of this document kept on this computer is damaged or can no longer be decrypted (its key is gone from the system&apos;s keyring), so it is not shown. Download it again.</source>
        <translation>Осы компьютердегі құжат көшірмесі бүлінген немесе енді шифрдан шешілмейді (оның кілті жүйенің кілттер қоймасынан жоғалған), сондықтан ол көрсетілмейді. Құжатты қайта жүктеп алыңыз.</translation>
    </message>
    <message>
        <source>The portal has no file for this document any more. Report it to the portal&apos;s support, and ask the parent to upload the document again.</source>
        <translation>Порталда бұл құжаттың файлы енді жоқ. Бұл туралы порталдың қолдау қызметіне хабарлаңыз және ата-анадан құжатты қайта жүктеуін сұраңыз.</translation>
    </message>
    <message>
        <source>The file that arrived is not the one the portal listed (its checksum differs), so it was not kept. Download it again; if this happens again, report it.</source>
        <translation>Келген файл портал көрсеткен файл емес (бақылау сомасы басқа), сондықтан ол сақталмады. Оны қайта жүктеп алыңыз; бұл қайталанса, хабарлаңыз.</translation>
    </message>
    <message>
        <source>This file is {size}, more than the {limit} this program downloads. Return the document to the parent with a comment asking for a smaller scan, or report it.</source>
        <translation>Бұл файлдың көлемі — {size}, бұл бағдарлама жүктейтін {limit} шегінен көп. Құжатты ата-анаға кішірек скан сұрайтын түсініктемемен қайтарыңыз немесе бұл туралы хабарлаңыз.</translation>
    </message>
    <message>
        <source>Download cancelled. What arrived is kept: opening the document continues from there.</source>
        <translation>Жүктеу тоқтатылды. Келген бөлігі сақталды: құжатты ашқанда жүктеу сол жерден жалғасады.</translation>
    </message>
    <message>
        <source>The download took too long and was stopped. What arrived is kept: open the document again to continue from there.</source>
        <translation>Жүктеу тым ұзаққа созылып, тоқтатылды. Келген бөлігі сақталды: сол жерден жалғастыру үшін құжатты қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. What arrived is kept: open the document again when the connection returns.</source>
        <translation>Порталға қосылу мүмкін емес. Келген бөлігі сақталды: байланыс қалпына келгенде құжатты қайта ашыңыз.</translation>
    </message>
    <message>
        <source>The document could not be downloaded. Download it again; if this happens again, report it.</source>
        <translation>Құжатты жүктеп алу мүмкін болмады. Оны қайта жүктеп алыңыз; бұл қайталанса, хабарлаңыз.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Қайта жүктеп алу</translation>
    </message>
    <message>
        <source>Copy the request&apos;s number</source>
        <translation>Өтініш нөмірін көшіру</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Көшірмесін сақтау…</translation>
    </message>
    <message>
        <source>The document is not on this computer yet: open it once to download it.</source>
        <translation>Құжат бұл компьютерде әлі жоқ: жүктеп алу үшін оны бір рет ашыңыз.</translation>
    </message>
    <message>
        <source>Only PDF files are printed and saved from here; open the image to look at it.</source>
        <translation>Мұнда тек PDF файлдары басып шығарылады және сақталады; суретті көру үшін оны ашыңыз.</translation>
    </message>
</context>
<context>
    <name>DocumentsReviewDialog</name>
    <message>
        <source>Write what to correct in “{document}”: the parent sees the comment.</source>
        <translation>«{document}» құжатында нені түзету керек екенін жазыңыз: түсініктемені ата-ана көреді.</translation>
    </message>
    <message>
        <source>The comment on “{document}” is too long: at most {limit} characters.</source>
        <translation>«{document}» бойынша түсініктеме тым ұзын: ең көбі {limit} таңба.</translation>
    </message>
    <message>
        <source>Choose “Accept” or “Return” for at least one document.</source>
        <translation>Кемінде бір құжат үшін «Қабылдау» немесе «Түзетуге қайтару» таңдаңыз.</translation>
    </message>
    <message>
        <source>Documents of request №{number}</source>
        <translation>№{number} өтініштің құжаттары</translation>
    </message>
    <message>
        <source>Documents of request №{number} — {child}</source>
        <translation>№{number} өтініштің құжаттары — {child}</translation>
    </message>
    <message>
        <source>Accept the documents that are in order. Return the others with a comment on what to correct: the parent is told and uploads them again. The director countersigns only when every required document is accepted.</source>
        <translation>Талапқа сай құжаттарды қабылдаңыз. Қалғандарын нені түзету керек екені жазылған түсініктемемен қайтарыңыз: ата-анаға хабарланады және ол оларды қайта жүктейді. Директор шартқа барлық міндетті құжаттар қабылданғанда ғана қол қояды.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Құжат</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Қазіргі күйі</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Comment to the parent</source>
        <translation>Ата-анаға түсініктеме</translation>
    </message>
    <message>
        <source>Leave as it is</source>
        <translation>Өзгеріссіз қалдыру</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Қабылдау</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>Түзетуге қайтару</translation>
    </message>
    <message>
        <source>{status}: “{comment}”</source>
        <translation>{status}: «{comment}»</translation>
    </message>
    <message>
        <source>What to correct</source>
        <translation>Нені түзету керек</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Құжатты ашу</translation>
    </message>
    <message>
        <source>Show the document in the viewer (downloaded first if it is not on this computer yet)</source>
        <translation>Құжатты қарау терезесінде көрсету (бұл компьютерде әлі жоқ болса, алдымен жүктеп алынады)</translation>
    </message>
    <message>
        <source>Characters typed, of the {limit} the portal keeps</source>
        <translation>Портал сақтайтын {limit} таңбаның қаншасы терілді</translation>
    </message>
    <message>
        <source>Waiting for the parent to upload it again.</source>
        <translation>Ата-ананың қайта жүктеуін күтуде.</translation>
    </message>
    <message>
        <source>Not uploaded yet: {documents}.</source>
        <translation>Әлі жүктелмегендер: {documents}.</translation>
    </message>
    <message>
        <source>Accept all received</source>
        <translation>Келгендердің бәрін қабылдау</translation>
    </message>
    <message>
        <source>Set “Accept” on every received document that has no verdict yet</source>
        <translation>Әлі шешім шығарылмаған әр келген құжатқа «Қабылдау» белгілеу</translation>
    </message>
    <message>
        <source>Record the verdicts</source>
        <translation>Шешімдерді тіркеу</translation>
    </message>
</context>
<context>
    <name>EnrollmentOrder</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақ және орыс тілдері</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Қабылдау күні</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>{selected} of {total} children ticked</source>
        <translation>Белгіленді: {selected} / {total} бала</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details are not on this computer yet. Synchronise with the portal, then make the order again.</source>
        <translation>Балабақшаның деректемелері бұл компьютерде әлі жоқ. Порталмен синхрондап, бұйрықты қайта жасаңыз.</translation>
    </message>
    <message>
        <source>Type the order&apos;s number, as it is in the kindergarten&apos;s register of orders.</source>
        <translation>Бұйрықтың нөмірін балабақшаның бұйрықтарды тіркеу журналындағыдай етіп енгізіңіз.</translation>
    </message>
    <message>
        <source>Tick the children this order enrolls.</source>
        <translation>Осы бұйрықпен қабылданатын балаларды белгілеңіз.</translation>
    </message>
    <message>
        <source>Making the enrollment order…</source>
        <translation>Қабылдау туралы бұйрық жасалуда…</translation>
    </message>
    <message>
        <source>Enrollment order No. {number} of {date}</source>
        <translation>Балаларды қабылдау туралы {date} ж. № {number} бұйрық</translation>
    </message>
    <message>
        <source>enrollment-order</source>
        <translation>қабылдау-бұйрығы</translation>
    </message>
    <message>
        <source>The order could not be made into a printable PDF. Make it again; if this happens again, send the program&apos;s report to support.</source>
        <translation>Бұйрықтан басып шығаруға болатын PDF жасау мүмкін болмады. Оны қайта жасаңыз; бұл қайталанса, бағдарламаның есебін қолдау қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>Enrollment order</source>
        <translation>Қабылдау туралы бұйрық</translation>
    </message>
    <message>
        <source>Order &amp;number:</source>
        <translation>Бұйрық &amp;нөмірі:</translation>
    </message>
    <message>
        <source>Order &amp;date:</source>
        <translation>Бұйрық &amp;күні:</translation>
    </message>
    <message>
        <source>&amp;Language of the order:</source>
        <translation>Бұйрық &amp;тілі:</translation>
    </message>
    <message>
        <source>Enrolled children</source>
        <translation>Балабақшаға қабылданған балалар</translation>
    </message>
    <message>
        <source>Find a child by name, IIN or contract</source>
        <translation>Баланы аты-жөні, ЖСН немесе шарт бойынша іздеу</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Барлық топтар</translation>
    </message>
    <message>
        <source>Tick all shown</source>
        <translation>Көрсетілгендердің бәрін белгілеу</translation>
    </message>
    <message>
        <source>Untick all shown</source>
        <translation>Көрсетілгендердің бәрінен белгіні алу</translation>
    </message>
    <message>
        <source>There are no enrolled children on this computer. A child appears here once the contract is countersigned and the data is synchronised with the portal.</source>
        <translation>Бұл компьютерде балабақшаға қабылданған балалар жоқ. Бала шартқа балабақша атынан қол қойылып, деректер порталмен синхрондалғаннан кейін осында пайда болады.</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>&amp;Алдын ала қарау және басып шығару…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF-ке &amp;экспорттау…</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <source>Nothing is lost: the decisions you made are kept in the outbox and go to the portal with the next sync.</source>
        <translation>Ештеңе жоғалған жоқ: сіз қабылдаған шешімдер жіберу кезегінде сақтаулы және келесі синхрондаумен порталға жіберіледі.</translation>
    </message>
    <message>
        <source>A report was saved to {path}. Send it to support, or copy the details below.</source>
        <translation>Есеп {path} файлына сақталды. Оны қолдау қызметіне жіберіңіз немесе төмендегі мәліметтерді көшіріңіз.</translation>
    </message>
    <message>
        <source>The report could not be saved in the log folder ({reason}): copy the details or save them elsewhere.</source>
        <translation>Есепті журналдар қалтасына сақтау мүмкін болмады ({reason}): мәліметтерді көшіріңіз немесе басқа жерге сақтаңыз.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Мәліметтерді көшіру</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сақтау…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <source>This account is not on any kindergarten&apos;s staff.</source>
        <translation>Бұл тіркелгі ешбір балабақшаның қызметкерлер құрамында жоқ.</translation>
    </message>
    <message>
        <source>Nobody has signed in on this computer yet: sign in online first.</source>
        <translation>Бұл компьютерде әлі ешкім кірген жоқ: алдымен желіде кіріңіз.</translation>
    </message>
    <message>
        <source>There is no saved data for the last user on this computer: sign in online first.</source>
        <translation>Бұл компьютерде соңғы пайдаланушының сақталған деректері жоқ: алдымен желіде кіріңіз.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
    <message>
        <source>The portal cannot be reached: type your password to open the data saved on this computer.</source>
        <translation>Порталға қосылу мүмкін емес: осы компьютерде сақталған деректерді ашу үшін құпиясөзіңізді енгізіңіз.</translation>
    </message>
    <message>
        <source>The portal has not granted you this role: choose one of the roles in Session › Act as.</source>
        <translation>Портал сізге бұл рөлді бермеген: Сеанс › Рөл мәзіріндегі рөлдердің бірін таңдаңыз.</translation>
    </message>
    <message>
        <source>You have not signed in on this computer with a password yet, so the saved data cannot be opened while the portal is away.</source>
        <translation>Сіз бұл компьютерде әлі құпиясөзбен кірмегенсіз, сондықтан портал қолжетімсіз кезде сақталған деректерді ашу мүмкін емес.</translation>
    </message>
    <message>
        <source>Signing in is not possible.</source>
        <translation>Кіру мүмкін емес.</translation>
    </message>
    <message>
        <source>A decision on this request is already waiting to be sent to the portal.</source>
        <translation>Бұл өтініш бойынша шешім порталға жіберілуін күтіп тұр.</translation>
    </message>
    <message>
        <source>The request is no longer waiting for a decision.</source>
        <translation>Өтініш енді шешімді күтпейді.</translation>
    </message>
    <message>
        <source>The request has been decided already.</source>
        <translation>Өтініш бойынша шешім қабылданып қойған.</translation>
    </message>
    <message>
        <source>Please add a comment.</source>
        <translation>Түсініктеме қосыңыз.</translation>
    </message>
    <message>
        <source>The request is not in the local data any more.</source>
        <translation>Өтініш жергілікті деректерде енді жоқ.</translation>
    </message>
    <message>
        <source>Your session on the portal has ended. Please sign in again; nothing you did is lost.</source>
        <translation>Порталдағы сеансыңыз аяқталды. Қайта кіріңіз; жасаған жұмысыңыз жоғалған жоқ.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. Your work is kept on this computer and will be sent when the connection returns.</source>
        <translation>Порталға қосылу мүмкін емес. Жұмысыңыз осы компьютерде сақталады және байланыс қалпына келгенде жіберіледі.</translation>
    </message>
    <message>
        <source>The portal refused the request ({code}).</source>
        <translation>Портал сұрауды қабылдамады ({code}).</translation>
    </message>
    <message>
        <source>On this computer your sign-in is kept in a file that opens with your password: sign in with your login and password.</source>
        <translation>Бұл компьютерде кіру деректері сіздің құпиясөзіңізбен ашылатын файлда сақталады: логин мен құпиясөз арқылы кіріңіз.</translation>
    </message>
    <message>
        <source>The system&apos;s password store cannot be used, so the program cannot keep your sign-in safely. Unlock it (or ask your administrator) and try again.</source>
        <translation>Жүйенің құпиясөз қоймасын пайдалану мүмкін емес, сондықтан бағдарлама кіру деректерін қауіпсіз сақтай алмайды. Оны бұғаттан шығарып (немесе әкімшіге жүгініп), қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The saved data on this computer cannot be opened with its key. Sign in online to download it again.</source>
        <translation>Осы компьютердегі сақталған деректерді кілтімен ашу мүмкін емес. Оларды қайта жүктеу үшін желіде кіріңіз.</translation>
    </message>
    <message>
        <source>The saved data on this computer is damaged. Sign in online to download it again; support can recover unsent work from the log folder.</source>
        <translation>Осы компьютердегі сақталған деректер бүлінген. Оларды қайта жүктеу үшін желіде кіріңіз; жіберілмеген жұмысты қолдау қызметі журнал қалтасынан қалпына келтіре алады.</translation>
    </message>
    <message>
        <source>The portal&apos;s data would delete most of what is saved on this computer. Allow it only if you expect that (for example, a new school year).</source>
        <translation>Порталдың деректері осы компьютерде сақталғанның басым бөлігін жояды. Мұны күтсеңіз ғана рұқсат етіңіз (мысалы, жаңа оқу жылы басталғанда).</translation>
    </message>
    <message>
        <source>The built-in training portal is still being started by another Balabaqsha Desk window on this computer. Wait until it is ready and try again.</source>
        <translation>Кірістірілген оқу порталын осы компьютердегі басқа Balabaqsha Desk терезесі әлі іске қосып жатыр. Ол дайын болғанша күтіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The built-in training portal did not start. The details show what it printed.</source>
        <translation>Кірістірілген оқу порталы іске қосылмады. Толығырақ мәліметте оның шығарған хабарлары көрсетілген.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space and try again; nothing has been lost.</source>
        <translation>Диск толып қалды. Орын босатып, қайталап көріңіз; ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>The saved data is busy in another program. Is Balabaqsha Desk open twice? Close the other window and try again.</source>
        <translation>Сақталған деректерді басқа бағдарлама пайдаланып жатыр. Balabaqsha Desk екі рет ашылмады ма? Екінші терезені жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>Something went wrong inside the program. Your work is kept. Please send the report to support.</source>
        <translation>Бағдарлама ішінде қате пайда болды. Жұмысыңыз сақталды. Есепті қолдау қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>The saved data on this computer is missing or empty, though its key is still here: decisions made here and not yet sent may be lost with it. Nothing was created in its place: ask support before signing in again.</source>
        <translation>Осы компьютердегі сақталған деректер жоқ немесе бос, бірақ олардың кілті әлі осында: мұнда қабылданып, әлі жіберілмеген шешімдер солармен бірге жоғалуы мүмкін. Орнына ештеңе жасалмады: қайта кірмес бұрын қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in {wait}; until then the portal refuses even the right password.</source>
        <translation>Кіру әрекеттері тым көп рет сәтсіз болды. {wait} өткен соң қайталаңыз; оған дейін портал дұрыс құпиясөзді де қабылдамайды.</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <source>Children enrolled, month by month</source>
        <translation>Айлар бойынша қабылданған балалар</translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation>Мәртебелер бойынша өтініштер</translation>
    </message>
    <message>
        <source>Days from request to enrollment</source>
        <translation>Өтініштен қабылдауға дейінгі күндер</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Толымдылық</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>Мәртебелер</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Күту</translation>
    </message>
    <message>
        <source>{low}–{high} days</source>
        <translation>{low}–{high} күн</translation>
    </message>
    <message>
        <source>{low}+ days</source>
        <translation>{low}+ күн</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Enrolled children</source>
        <translation>Қабылданған балалар</translation>
    </message>
    <message>
        <source>Children enrolled</source>
        <translation>Қабылданған балалар саны</translation>
    </message>
    <message>
        <source>Places in the groups</source>
        <translation>Топтардағы орын саны</translation>
    </message>
    <message>
        <source>{kindergarten} — {figure}, made {day}</source>
        <translation>{kindergarten} — {figure}, {day} күнгі</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Көрсеткіштер</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>The figures could not be prepared for printing. Try again; if it happens again, report it to support.</source>
        <translation>Көрсеткіштерді басып шығаруға дайындау мүмкін болмады. Қайта көріңіз; қайталанса, қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Өтініш келген күні</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>figures-{day}</source>
        <translation>көрсеткіштер-{day}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX-ке экспорттау…</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Көрсеткіштер оқылуда…</translation>
    </message>
    <message>
        <source>No requests yet. The figures fill after the first sync with the portal.</source>
        <translation>Өтініштер әлі жоқ. Көрсеткіштер порталмен алғашқы синхрондаудан кейін толады.</translation>
    </message>
    <message>
        <source>Children enrolled now: {count}.</source>
        <translation>Қазір қабылданған балалар: {count}.</translation>
    </message>
    <message>
        <source>Half of them waited {days} days or less from the request to enrollment.</source>
        <translation>Олардың жартысы өтініштен қабылдауға дейін {days} күн немесе одан аз күтті.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Open file</source>
        <translation>Файлды ашу</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Қалтадан көрсету</translation>
    </message>
    <message>
        <source>The system has no program to open this. The file is here: {path}</source>
        <translation>Жүйеде мұны ашатын бағдарлама жоқ. Файл мына жерде: {path}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Сақталды</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>{path} ретінде сақталды.</translation>
    </message>
</context>
<context>
    <name>ForecastDialog</name>
    <message>
        <source>{group}, {month}: {free} free</source>
        <translation>{group}, {month}: бос орын {free}</translation>
    </message>
    <message>
        <source>Gone to school by then: {count}</source>
        <translation>Осы уақытқа дейін мектепке кеткені: {count}</translation>
    </message>
    <message>
        <source>Your entries by then: {count}</source>
        <translation>Осы уақытқа дейін сіздің жазбаларыңыз бойынша: {count}</translation>
    </message>
    <message>
        <source>Put the forecast in the outbox for the parents&apos; catalogue</source>
        <translation>Болжамды ата-аналарға арналған каталог үшін жіберу кезегіне қою</translation>
    </message>
    <message>
        <source>Choose a group.</source>
        <translation>Топты таңдаңыз.</translation>
    </message>
    <message>
        <source>The forecast is in the outbox: it goes to the portal with the next sync, and parents see it in the catalogue after that.</source>
        <translation>Болжам жіберу кезегінде: келесі синхрондауда порталға жіберіледі, содан кейін ата-аналар оны каталогтан көреді.</translation>
    </message>
    <message>
        <source>Forecast of free places</source>
        <translation>Бос орындар болжамы</translation>
    </message>
    <message>
        <source>Free places in each group, month by month: those free now, plus those that free up as children leave for school on 1 September, plus your entries for known departures. Review it, then publish it to the parents&apos; catalogue. Hover over a number to see what it is made of.</source>
        <translation>Әр топтағы бос орындар ай сайын: қазір бос орындар, оған қоса балалар 1 қыркүйекте мектепке кеткенде босайтын орындар және белгілі кетулер туралы сіздің жазбаларыңыз. Болжамды тексеріп, ата-аналарға арналған каталогқа жариялаңыз. Сан неден құралғанын көру үшін меңзерді оның үстіне апарыңыз.</translation>
    </message>
    <message>
        <source>Read-only: {why}</source>
        <translation>Тек қарау: {why}</translation>
    </message>
    <message>
        <source>Known departures</source>
        <translation>Белгілі кетулер</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Қай айдан</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орын</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Топ:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Қай айдан:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Орын:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Ескертпе:</translation>
    </message>
    <message>
        <source>for example, the family is moving</source>
        <translation>мысалы, отбасы көшіп кетеді</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Жазба қосу</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Жазбаны жою</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Жариялау</translation>
    </message>
</context>
<context>
    <name>GroupDialogs</name>
    <message>
        <source>name</source>
        <translation>атауы</translation>
    </message>
    <message>
        <source>educators</source>
        <translation>тәрбиешілер</translation>
    </message>
    <message>
        <source>room</source>
        <translation>бөлме</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескертпе</translation>
    </message>
    <message>
        <source>Give the group a name.</source>
        <translation>Топқа атау беріңіз.</translation>
    </message>
    <message>
        <source>The kindergarten already has a group named “{name}”: choose another name.</source>
        <translation>Балабақшада «{name}» деген топ бар: басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The ages are missing: give them as two numbers, from and to, for example 3–4.</source>
        <translation>Жасы көрсетілмеген: екі санмен жазыңыз, қаншадан қаншаға дейін, мысалы 3–4.</translation>
    </message>
    <message>
        <source>The ages {low}–{high} are the wrong way round: the first must not be above the second.</source>
        <translation>{low}–{high} жасы керісінше жазылған: біріншісі екіншісінен үлкен болмауы керек.</translation>
    </message>
    <message>
        <source>Ages go from {low} to {high}.</source>
        <translation>Жасы {low}-ден {high}-ге дейін болады.</translation>
    </message>
    <message>
        <source>A group has {low} to {high} places, not {capacity}.</source>
        <translation>Топта {low}-ден {high}-ге дейін орын болады, {capacity} емес.</translation>
    </message>
    <message>
        <source>The group is no longer in this computer&apos;s copy: sync to see the groups as they are now.</source>
        <translation>Бұл топ осы компьютердегі деректерде енді жоқ: топтарды қазіргі күйінде көру үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation>Топ порталда әлі құрылмаған: алдымен синхрондаңыз, содан кейін өзгертіңіз.</translation>
    </message>
    <message>
        <source>The group still holds {enrolled} enrolled and {reserved} reserved children: move them to another group first.</source>
        <translation>Топта әлі {enrolled} қабылданған және {reserved} брондалған бала бар: алдымен оларды басқа топқа ауыстырыңыз.</translation>
    </message>
    <message>
        <source>Only an enrolled child, or one with a reserved place, can be moved.</source>
        <translation>Тек қабылданған немесе орны брондалған баланы ғана ауыстыруға болады.</translation>
    </message>
    <message>
        <source>The child is in this group already.</source>
        <translation>Бала осы топта тұр.</translation>
    </message>
    <message>
        <source>The group “{name}” is full ({enrolled} enrolled and {reserved} reserved of {capacity}): raise its capacity first, or choose another group.</source>
        <translation>«{name}» тобында бос орын жоқ ({capacity} орынның {enrolled} қабылданған және {reserved} брондалған): алдымен орын санын көбейтіңіз немесе басқа топ таңдаңыз.</translation>
    </message>
    <message>
        <source>The group teaches in {language}; the parent asked for {languages}.</source>
        <translation>Топта оқыту тілі — {language}; ата-ана сұраған тіл — {languages}.</translation>
    </message>
    <message>
        <source>Places cannot be negative ({places}): enter 0 or more.</source>
        <translation>Орын саны теріс бола алмайды ({places}): 0 немесе одан көп енгізіңіз.</translation>
    </message>
    <message>
        <source>The {field} is too long: at most {limit} characters.</source>
        <translation>Өріс ({field}) тым ұзын: ең көбі {limit} таңба.</translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy: sync to see it as it is now.</source>
        <translation>Өтініш осы компьютердегі деректерде енді жоқ: оның қазіргі күйін көру үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>There are no groups to forecast yet: sync to fetch them.</source>
        <translation>Болжам жасайтын топтар әлі жоқ: оларды алу үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Айды таңдаңыз.</translation>
    </message>
    <message>
        <source>Not recorded ({detail}). Sync and try again; if this happens again, report it to support.</source>
        <translation>Жазылмады ({detail}). Синхрондап, қайталап көріңіз; тағы қайталанса, қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Жаңа топ</translation>
    </message>
    <message>
        <source>Edit group “{name}”</source>
        <translation>«{name}» тобын өңдеу</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Ages (from–to):</source>
        <translation>Жасы (қаншадан–қаншаға):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тілі:</translation>
    </message>
    <message>
        <source>Educators:</source>
        <translation>Тәрбиешілер:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Бөлме:</translation>
    </message>
    <message>
        <source>for example 3–4</source>
        <translation>мысалы, 3–4</translation>
    </message>
    <message>
        <source>The group holds {enrolled} enrolled and {reserved} reserved children; its places cannot go below {taken}.</source>
        <translation>Топта {enrolled} қабылданған және {reserved} брондалған бала бар; орын саны {taken}-ден кем бола алмайды.</translation>
    </message>
    <message>
        <source>Places in “{name}”</source>
        <translation>«{name}» тобындағы орындар</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <source>Now {capacity} places: {enrolled} enrolled, {reserved} reserved, {free} free.</source>
        <translation>Қазір {capacity} орын: {enrolled} қабылданған, {reserved} брондалған, {free} бос.</translation>
    </message>
    <message>
        <source>Places:</source>
        <translation>Орын саны:</translation>
    </message>
    <message>
        <source>A capacity of {capacity} is below the children the group holds ({enrolled} enrolled and {reserved} reserved): move children out first, or choose at least {taken}.</source>
        <translation>{capacity} орын топтағы балалардан аз ({enrolled} қабылданған және {reserved} брондалған): алдымен балаларды басқа топқа ауыстырыңыз немесе кемінде {taken} орын таңдаңыз.</translation>
    </message>
    <message>
        <source>On {day}, when the group starts, the child will be {age}; the group&apos;s age band is {ages}.</source>
        <translation>Топ басталатын {day} күні балаға {age} болады; топтағы балалардың жасы — {ages}.</translation>
    </message>
    <message>
        <source>Close group “{name}”</source>
        <translation>«{name}» тобын жабу</translation>
    </message>
    <message>
        <source>Close the group</source>
        <translation>Топты жабу</translation>
    </message>
    <message>
        <source>Close the group “{name}”? It takes no more children and leaves the lists; the portal keeps its history. A group is closed only when it holds no children.</source>
        <translation>«{name}» тобын жабасыз ба? Топ енді бала қабылдамайды және тізімдерден шығады; портал оның тарихын сақтайды. Топты тек онда бала болмағанда ғана жабуға болады.</translation>
    </message>
    <message>
        <source>Move {child} to another group</source>
        <translation>{child} — басқа топқа ауыстыру</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Ауыстыру</translation>
    </message>
    <message>
        <source>{child} is in “{group}” now. Choose the group to move to; the number of free places is shown beside each.</source>
        <translation>{child} қазір «{group}» тобында. Ауыстыратын топты таңдаңыз; әр топтың қасында бос орын саны көрсетілген.</translation>
    </message>
    <message>
        <source>To the group:</source>
        <translation>Қай топқа:</translation>
    </message>
    <message>
        <source>{name} · {low}–{high} · {language} · free: {free}</source>
        <translation>{name} · {low}–{high} · {language} · бос: {free}</translation>
    </message>
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Балабақшаға қабылданған</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Брондалды</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>over by {n}</source>
        <translation>{n} артық</translation>
    </message>
    <message>
        <source>More children than places: raise the capacity or move children.</source>
        <translation>Балалар орыннан көп: сыйымдылықты арттырыңыз немесе балаларды ауыстырыңыз.</translation>
    </message>
    <message>
        <source>The group is full.</source>
        <translation>Топ толық.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Find a group</source>
        <translation>Топты іздеу</translation>
    </message>
    <message>
        <source>No groups yet. They appear after the first sync with the portal.</source>
        <translation>Әзірге топтар жоқ. Олар порталмен алғашқы синхрондаудан кейін пайда болады.</translation>
    </message>
    <message>
        <source>There are no groups to move up yet.</source>
        <translation>Көшіретін топтар әлі жоқ.</translation>
    </message>
    <message>
        <source>There is no move-up to undo: none was made here, or it has been sent to the portal already.</source>
        <translation>Болдырмайтын көшіру жоқ: мұнда жасалмаған немесе порталға жіберіліп қойған.</translation>
    </message>
    <message>
        <source>Select a group in the list.</source>
        <translation>Тізімнен топты таңдаңыз.</translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation>Топ порталда әлі құрылмаған: алдымен синхрондаңыз, содан кейін өзгертіңіз.</translation>
    </message>
    <message>
        <source>Add a group to the kindergarten</source>
        <translation>Балабақшаға топ қосу</translation>
    </message>
    <message>
        <source>Change the group&apos;s name, kind, ages, language, places, educators or room</source>
        <translation>Топтың атауын, түрін, жасын, тілін, орын санын, тәрбиешілерін немесе бөлмесін өзгерту</translation>
    </message>
    <message>
        <source>Change the number of places in the group</source>
        <translation>Топтағы орын санын өзгерту</translation>
    </message>
    <message>
        <source>Close an empty group</source>
        <translation>Бос топты жабу</translation>
    </message>
    <message>
        <source>Preview and make the September move-up: every group a year older, school starters leaving</source>
        <translation>Қыркүйектегі көшіруді алдын ала қарап, жасау: әр топ бір жасқа үлкейеді, мектепке баратындар шығады</translation>
    </message>
    <message>
        <source>Withdraw the move-up while it has not been sent to the portal</source>
        <translation>Порталға жіберілмегенше көшіруді кері қайтару</translation>
    </message>
    <message>
        <source>The move-up is undone: its changes were taken out of the outbox.</source>
        <translation>Көшіру болдырылмады: оның өзгерістері жіберу кезегінен алынды.</translation>
    </message>
    <message>
        <source>Not undone</source>
        <translation>Болдырылмады</translation>
    </message>
    <message>
        <source>The move-up has been sent to the portal already and cannot be undone here; change the groups one by one instead.</source>
        <translation>Көшіру порталға жіберіліп қойған, оны мұнда болдырмау мүмкін емес; оның орнына топтарды бір-бірлеп өзгертіңіз.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Жаңа топ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өңдеу…</translation>
    </message>
    <message>
        <source>Capacity…</source>
        <translation>Орын саны…</translation>
    </message>
    <message>
        <source>Close group…</source>
        <translation>Топты жабу…</translation>
    </message>
    <message>
        <source>September move-up…</source>
        <translation>Қыркүйектегі көшіру…</translation>
    </message>
    <message>
        <source>Undo the move-up</source>
        <translation>Көшіруді болдырмау</translation>
    </message>
    <message>
        <source>Show the group&apos;s requests</source>
        <translation>Топтың өтініштерін көрсету</translation>
    </message>
    <message>
        <source>Copy the name</source>
        <translation>Атауын көшіру</translation>
    </message>
    <message>
        <source>There are no groups to forecast yet: sync to fetch them.</source>
        <translation>Болжам жасайтын топтар әлі жоқ: оларды алу үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>Free places per group for the next twelve months: review them, add known departures and publish</source>
        <translation>Алдағы он екі айға топтар бойынша бос орындар: тексеру, белгілі кетулерді қосу және жариялау</translation>
    </message>
    <message>
        <source>Occupancy over the months, requests by status and days from request to enrollment, to print or export</source>
        <translation>Айлар бойынша толымдылық, мәртебелер бойынша өтініштер және өтініштен қабылдауға дейінгі күндер — басып шығару мен экспорттау үшін</translation>
    </message>
    <message>
        <source>Forecast…</source>
        <translation>Болжам…</translation>
    </message>
    <message>
        <source>Figures…</source>
        <translation>Көрсеткіштер…</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>New requests</source>
        <translation>Жаңа өтініштер</translation>
    </message>
    <message>
        <source>Waiting for your decision, the latest first.</source>
        <translation>Шешіміңізді күтіп тұрған өтініштер, ең жаңасы басында.</translation>
    </message>
    <message>
        <source>No new requests.</source>
        <translation>Жаңа өтініштер жоқ.</translation>
    </message>
    <message>
        <source>Deadlines ending</source>
        <translation>Мерзімі аяқталатындар</translation>
    </message>
    <message>
        <source>The parent&apos;s enrollment window closes today or on the next working day.</source>
        <translation>Ата-ананың қабылдау мерзімі бүгін немесе келесі жұмыс күні аяқталады.</translation>
    </message>
    <message>
        <source>No deadline ends today or on the next working day.</source>
        <translation>Бүгін немесе келесі жұмыс күні аяқталатын мерзім жоқ.</translation>
    </message>
    <message>
        <source>Show in the list</source>
        <translation>Тізімде көрсету</translation>
    </message>
    <message>
        <source>Documents sent again</source>
        <translation>Қайта жіберілген құжаттар</translation>
    </message>
    <message>
        <source>Parents uploaded these again after a review: check them once more.</source>
        <translation>Ата-аналар бұл құжаттарды қаралғаннан кейін қайта жүктеді: оларды тағы бір рет тексеріңіз.</translation>
    </message>
    <message>
        <source>No documents are waiting to be checked again.</source>
        <translation>Қайта тексеруді күтіп тұрған құжаттар жоқ.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Actions the portal did not apply: look at each on the Needs attention page.</source>
        <translation>Портал орындамаған әрекеттер: әрқайсысын «Назар аударуды қажет етеді» бетінде қараңыз.</translation>
    </message>
    <message>
        <source>Nothing needs your attention.</source>
        <translation>Назар аударатын ештеңе жоқ.</translation>
    </message>
    <message>
        <source>Open Needs attention</source>
        <translation>«Назар аударуды қажет етеді» бетін ашу</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) to see to.</source>
        <translation>
            <numerusform>Назар аударатын %n мәселе бар.</numerusform>
            <numerusform>Назар аударатын %n мәселе бар.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needs doing right now.</source>
        <translation>Қазір орындайтын ештеңе жоқ.</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…және тағы %n</numerusform>
            <numerusform>…және тағы %n</numerusform>
        </translation>
    </message>
    <message>
        <source>№{number} · {child}</source>
        <translation>№{number} · {child}</translation>
    </message>
    <message>
        <source>Arrived {when}</source>
        <translation>Келді: {when}</translation>
    </message>
    <message>
        <source>Your decision waits to be sent to the portal</source>
        <translation>Шешіміңіз порталға жіберілуін күтуде</translation>
    </message>
    <message>
        <source>Last day: until {when}</source>
        <translation>Соңғы күн: {when} дейін</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left, until {when}</source>
        <translation>
            <numerusform>%n жұмыс күні қалды, {when} дейін</numerusform>
            <numerusform>%n жұмыс күні қалды, {when} дейін</numerusform>
        </translation>
    </message>
    <message>
        <source>{document}, sent {when}</source>
        <translation>{document}, жіберілді: {when}</translation>
    </message>
    <message>
        <source>Answered {when}</source>
        <translation>Жауап берілді: {when}</translation>
    </message>
</context>
<context>
    <name>LockPanel</name>
    <message>
        <source>The session is locked</source>
        <translation>Сеанс бұғатталды</translation>
    </message>
    <message>
        <source>Signed in as {login}. Enter your password to go on.</source>
        <translation>{login} ретінде кірдіңіз. Жалғастыру үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Бұғаттан шығару</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in — Balabaqsha Desk</source>
        <translation>Кіру — Balabaqsha Desk</translation>
    </message>
    <message>
        <source>Sign in to the BALABAQSHA portal</source>
        <translation>BALABAQSHA порталына кіру</translation>
    </message>
    <message>
        <source>Training portal (sandbox) on this computer: the data is made up.</source>
        <translation>Осы компьютердегі оқу порталы (құмсалғыш): деректер ойдан құрастырылған.</translation>
    </message>
    <message>
        <source>Portal: {url}</source>
        <translation>Портал: {url}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Құпиясөз</translation>
    </message>
    <message>
        <source>EDS key</source>
        <translation>ЭЦҚ кілті</translation>
    </message>
    <message>
        <source>Login, IIN or phone:</source>
        <translation>Логин, ЖСН немесе телефон:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Құпиясөз:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Рөлі:</translation>
    </message>
    <message>
        <source>AUTH key (.p12):</source>
        <translation>AUTH кілті (.p12):</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <source>Key password:</source>
        <translation>Кілттің құпиясөзі:</translation>
    </message>
    <message>
        <source>Use the AUTH_RSA key from your EDS folder; the signing key (RSA) is for contracts.</source>
        <translation>ЭЦҚ қалтаңыздағы AUTH_RSA кілтін пайдаланыңыз; қол қою кілті (RSA) шарттарға арналған.</translation>
    </message>
    <message>
        <source>Picking an account above fills in its AUTH key and password here.</source>
        <translation>Жоғарыдан тіркелгіні таңдасаңыз, мұнда оның AUTH кілті мен құпиясөзі толтырылады.</translation>
    </message>
    <message>
        <source>Staff accounts of the training portal: pick one to fill in the log-in.</source>
        <translation>Оқу порталының қызметкер тіркелгілері: кіру деректерін толтыру үшін біреуін таңдаңыз.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. You can open the data saved on this computer and work offline: your actions are sent when the portal answers again.</source>
        <translation>Порталға қосылу мүмкін емес. Осы компьютерде сақталған деректерді ашып, желісіз жұмыс істей аласыз: әрекеттеріңіз портал қайта жауап бергенде жіберіледі.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Жалғастыру</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Кіру</translation>
    </message>
    <message>
        <source>Open offline</source>
        <translation>Желісіз ашу</translation>
    </message>
    <message>
        <source>Keep it in an encrypted file</source>
        <translation>Шифрланған файлда сақтау</translation>
    </message>
    <message>
        <source>This computer has no system password store: your sign-in is kept in a file here, encrypted with your password, so the password is asked at every start and the EDS key does not sign you in.</source>
        <translation>Бұл компьютерде жүйенің құпиясөз қоймасы жоқ: кіру деректері осында сіздің құпиясөзіңізбен шифрланған файлда сақталады, сондықтан құпиясөз әр іске қосқан сайын сұралады, ал ЭЦҚ кілтімен кіру мүмкін емес.</translation>
    </message>
    <message>
        <source>This computer has no system password store (Windows Credential Manager or the Secret Service), where the program keeps your sign-in and the key of the data saved here. It can keep them instead in a file on this computer, encrypted with your password. The trade-off: whoever copies the file can try to guess your password, so it must not be an easy one; the password is asked at every start; and only the password signs you in, not the EDS key.</source>
        <translation>Бұл компьютерде жүйенің құпиясөз қоймасы (Windows тіркелгі деректері менеджері немесе Secret Service) жоқ, бағдарлама кіру деректерін және осында сақталған деректердің кілтін сонда сақтайды. Оның орнына оларды осы компьютердегі сіздің құпиясөзіңізбен шифрланған файлда сақтауға болады. Мұның бағасы: файлды көшірген адам құпиясөзді таңдап көруі мүмкін, сондықтан ол оңай болмауы керек; құпиясөз әр іске қосқан сайын сұралады; тек құпиясөзбен кіруге болады, ЭЦҚ кілтімен емес.</translation>
    </message>
    <message>
        <source>Choose the AUTH key</source>
        <translation>AUTH кілтін таңдаңыз</translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Кілттер (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Without a system password store, choose “Keep it in an encrypted file” to sign in.</source>
        <translation>Жүйенің құпиясөз қоймасы болмаса, кіру үшін «Шифрланған файлда сақтау» дегенді таңдаңыз.</translation>
    </message>
    <message>
        <source>Choose the key file and type its password.</source>
        <translation>Кілт файлын таңдап, оның құпиясөзін енгізіңіз.</translation>
    </message>
    <message>
        <source>Type your login and password.</source>
        <translation>Логин мен құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Кіру орындалуда…</translation>
    </message>
    <message>
        <source>Type your password to open the saved data.</source>
        <translation>Сақталған деректерді ашу үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Opening the saved data…</source>
        <translation>Сақталған деректер ашылуда…</translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>Restore the saved data</source>
        <translation>Сақталған деректерді қалпына келтіру</translation>
    </message>
    <message>
        <source>The saved data on this computer is lost or damaged, but a backup made after a successful sync is kept. Restore it now? Actions recorded on this computer after that backup may be lost; the damaged file is kept aside, not deleted.</source>
        <translation>Осы компьютердегі сақталған деректер жоғалған немесе бүлінген, бірақ сәтті синхрондаудан кейін жасалған сақтық көшірмесі бар. Оны қазір қалпына келтіру керек пе? Осы компьютерде сол көшірмеден кейін жазылған әрекеттер жоғалуы мүмкін; бүлінген файл жойылмайды, бөлек сақталады.</translation>
    </message>
    <message>
        <source>Restoring the saved data…</source>
        <translation>Сақталған деректер қалпына келтірілуде…</translation>
    </message>
    <message>
        <source>The saved data was restored from its backup.</source>
        <translation>Сақталған деректер сақтық көшірмеден қалпына келтірілді.</translation>
    </message>
    <message>
        <source>The saved data could not be restored from its backups ({detail}). Nothing was changed: ask support.</source>
        <translation>Сақталған деректерді сақтық көшірмелерден қалпына келтіру мүмкін болмады ({detail}). Ештеңе өзгертілмеді: қолдау қызметіне хабарласыңыз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sandbox</source>
        <translation>Құмсалғыш</translation>
    </message>
    <message>
        <source>You are working on the built-in training portal: the children and requests here are made up, and nothing reaches the real portal.</source>
        <translation>Сіз кірістірілген оқу порталында жұмыс істеп отырсыз: мұндағы балалар мен өтініштер ойдан құрастырылған, нақты порталға ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Бұғаттау</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Шығу</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Ө&amp;ту</translation>
    </message>
    <message>
        <source>Act as</source>
        <translation>Рөл</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Топтар</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation>Шарттар</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Назар аударуды қажет етеді</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Allow the portal&apos;s changes?</source>
        <translation>Порталдың өзгерістеріне рұқсат берілсін бе?</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Құпиясөз қате.</translation>
    </message>
    <message>
        <source>Your session on the portal has ended. Enter your password to sign in again.</source>
        <translation>Порталдағы сеансыңыз аяқталды. Қайта кіру үшін құпиясөзді енгізіңіз.</translation>
    </message>
    <message>
        <source>Switching role…</source>
        <translation>Рөл ауыстырылуда…</translation>
    </message>
    <message>
        <source>The role was not switched</source>
        <translation>Рөл ауыстырылмады</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>User manual</source>
        <translation>Пайдаланушы нұсқаулығы</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Ақау туралы хабарлау…</translation>
    </message>
    <message>
        <source>Save a report for support: versions, checks and logs, without personal data</source>
        <translation>Қолдау қызметіне есеп сақтау: нұсқалар, тексерулер және журналдар, жеке деректерсіз</translation>
    </message>
    <message>
        <source>About {program}</source>
        <translation>{program} туралы</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Ақау туралы хабарлау</translation>
    </message>
    <message>
        <source>The report is saved as:
{path}

Send this file to support (by e-mail or a messenger) with a few words on what you were doing and what went wrong. It holds the program&apos;s versions, checks and logs, with IINs, names, phone numbers and e-mail addresses masked.</source>
        <translation>Есеп мына файлға сақталды:
{path}

Бұл файлды қолдау қызметіне (электрондық пошта немесе мессенджер арқылы) жіберіп, не істеп отырғаныңызды және не дұрыс болмағанын қысқаша жазыңыз. Онда бағдарламаның нұсқалары, тексерулер және журналдар бар; ЖСН, аты-жөндер, телефон нөмірлері және электрондық пошта мекенжайлары жасырылған.</translation>
    </message>
</context>
<context>
    <name>ManualDialog</name>
    <message>
        <source>User manual — {program}</source>
        <translation>Пайдаланушы нұсқаулығы — {program}</translation>
    </message>
</context>
<context>
    <name>MoveUpDialog</name>
    <message>
        <source>{child}, born {born}</source>
        <translation>{child}, туған күні {born}</translation>
    </message>
    <message>
        <source>Move up on {day}</source>
        <translation>{day} көшіру</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <source>On {day} every group takes children a year older and keeps its children; those who start school leave. It is recorded in one step and can be undone until it is sent to the portal.</source>
        <translation>{day} күні әр топ бір жас үлкен балаларды қабылдайды және өз балаларын сақтайды; мектепке баратындар шығады. Бұл бір қадаммен жазылады және порталға жіберілгенше болдырмауға болады.</translation>
    </message>
    <message>
        <source>{name}: {ages} → {new_ages}; stay {stay}, leave for school {leave}</source>
        <translation>{name}: {ages} → {new_ages}; қалады {stay}, мектепке кетеді {leave}</translation>
    </message>
    <message>
        <source>{name}: {ages}, unchanged; stay {stay}, leave for school {leave}</source>
        <translation>{name}: {ages}, өзгеріссіз; қалады {stay}, мектепке кетеді {leave}</translation>
    </message>
    <message>
        <source>Leave for school on {day}: {count}</source>
        <translation>{day} мектепке кетеді: {count}</translation>
    </message>
    <message>
        <source>{child} — {group}</source>
        <translation>{child} — {group}</translation>
    </message>
    <message>
        <source>Nobody leaves for school this year.</source>
        <translation>Биыл мектепке ешкім кетпейді.</translation>
    </message>
</context>
<context>
    <name>OccupancyChart</name>
    <message>
        <source>Enrolled</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Брондалды</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Бос</translation>
    </message>
    <message>
        <source>Over capacity</source>
        <translation>Орыннан тыс</translation>
    </message>
    <message>
        <source>Places by group</source>
        <translation>Топтар бойынша орындар</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Accept: a place in the group is reserved</source>
        <translation>Қабылдау: топтан орын брондалады</translation>
    </message>
    <message>
        <source>Decline: {reason}</source>
        <translation>Бас тарту: {reason}</translation>
    </message>
    <message>
        <source>Return documents to the parent: {documents}</source>
        <translation>Құжаттарды ата-анаға қайтару: {documents}</translation>
    </message>
    <message>
        <source>Accept documents: {documents}</source>
        <translation>Құжаттарды қабылдау: {documents}</translation>
    </message>
    <message>
        <source>Send the contract to the parent</source>
        <translation>Шартты ата-анаға жіберу</translation>
    </message>
    <message>
        <source>Countersign the contract: the child is enrolled once the portal accepts it</source>
        <translation>Шартқа қол қою: портал қабылдағанда бала балабақшаға қабылданады</translation>
    </message>
    <message>
        <source>Sent, waiting for the portal&apos;s answer</source>
        <translation>Жіберілді, порталдың жауабын күтуде</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Әлі жіберілмеген</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>What it will do</source>
        <translation>Не болады</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
</context>
<context>
    <name>OutboxSection</name>
    <message>
        <source>Withdraw…</source>
        <translation>Кері қайтару…</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Жіберуді күтуде</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>Nothing is waiting: the portal has every action.</source>
        <translation>Ештеңе күтіп тұрған жоқ: барлық әрекет порталда.</translation>
    </message>
    <message>
        <source>This action has been sent to the portal: only its answer can say whether it was applied. Wait for the next sync.</source>
        <translation>Бұл әрекет порталға жіберілген: оның қолданылған-қолданылмағанын тек порталдың жауабы айта алады. Келесі синхрондауды күтіңіз.</translation>
    </message>
    <message>
        <source>Take back the selected action before it is sent: its effect on this computer is undone and nothing reaches the portal</source>
        <translation>Таңдалған әрекетті жіберілгенге дейін кері алу: оның осы компьютердегі нәтижесі жойылады және порталға ештеңе жетпейді</translation>
    </message>
    <message>
        <source>request {number}, {child}</source>
        <translation>{number} өтініш, {child}</translation>
    </message>
    <message>
        <source>Withdraw the action?</source>
        <translation>Әрекетті кері қайтару керек пе?</translation>
    </message>
    <message>
        <source>Withdraw “{action}”{subject}? Its effect on this computer is undone and nothing is sent to the portal.</source>
        <translation>«{action}»{subject} кері қайтарылсын ба? Оның осы компьютердегі нәтижесі жойылады және порталға ештеңе жіберілмейді.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Кері қайтару</translation>
    </message>
    <message>
        <source>The action was sent to the portal meanwhile, so it cannot be withdrawn. Wait for the portal&apos;s answer: if you decide otherwise after it, make the new decision then.</source>
        <translation>Әрекет осы уақытта порталға жіберіліп қойды, сондықтан оны кері қайтару мүмкін емес. Порталдың жауабын күтіңіз: одан кейін басқаша шешсеңіз, жаңа шешімді сонда қабылдаңыз.</translation>
    </message>
    <message>
        <source>The portal has answered this action meanwhile: see the request and Needs attention as they are now.</source>
        <translation>Портал осы уақытта бұл әрекетке жауап берді: өтінішті және «Назар аударуды қажет етеді» бетін қазіргі күйінде қараңыз.</translation>
    </message>
    <message>
        <source>Not withdrawn</source>
        <translation>Кері қайтарылмады</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Бұл бетті көрсету мүмкін емес.</translation>
    </message>
    <message>
        <source>Page {page}…</source>
        <translation>{page}-бет…</translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n жаста</numerusform>
            <numerusform>%n жаста</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Children, %n year(s)</source>
        <translation>
            <numerusform>Балалар, %n жас</numerusform>
            <numerusform>Балалар, %n жас</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Places: %n free place(s) before accepting.</source>
        <translation>
            <numerusform>Орындар: қабылдауға дейін %n бос орын.</numerusform>
            <numerusform>Орындар: қабылдауға дейін %n бос орын.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Documents still to accept: %n.</source>
        <translation>
            <numerusform>Әлі қабылдануы тиіс құжаттар: %n.</numerusform>
            <numerusform>Әлі қабылдануы тиіс құжаттар: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Parent (legal representative)</source>
        <translation>Ата-ана (заңды өкіл)</translation>
    </message>
    <message>
        <source>Head of the kindergarten</source>
        <translation>Балабақша басшысы</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БСН</translation>
    </message>
    <message>
        <source>Electronic signatures</source>
        <translation>Электрондық цифрлық қолтаңбалар</translation>
    </message>
    <message>
        <source>SHA-256 of the signed file</source>
        <translation>Қол қойылған файлдың SHA-256 хэші</translation>
    </message>
    <message>
        <source>The QR code holds “sha256:” and the SHA-256 of the signed file. Compare it with the hash of the file you have: if they are equal, this paper was printed from that file.</source>
        <translation>QR кодта «sha256:» белгісі мен қол қойылған файлдың SHA-256 хэші бар. Оны өзіңіздегі файлдың хэшімен салыстырыңыз: егер олар бірдей болса, бұл қағаз сол файлдан басып шығарылған.</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <source>Certificate serial number</source>
        <translation>Сертификаттың сериялық нөмірі</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру нәтижесі</translation>
    </message>
    <message>
        <source>Almaty time</source>
        <translation>Алматы уақыты</translation>
    </message>
    <message>
        <source>The file has no electronic signatures.</source>
        <translation>Файлда электрондық цифрлық қолтаңбалар жоқ.</translation>
    </message>
    <message>
        <source>A paper copy of an electronically signed document. The signed file is the original: its signatures can be checked only in the file.</source>
        <translation>Электрондық цифрлық қолтаңбамен қол қойылған құжаттың қағаз көшірмесі. Түпнұсқа — қол қойылған файл: қолтаңбаларды тек файлда тексеруге болады.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Принтерді іске қосу мүмкін болмады.</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Save this document as a PDF file</source>
        <translation>Бұл құжатты PDF файлы ретінде сақтау</translation>
    </message>
    <message>
        <source>The document was not printed: {reason} Check that the printer is on and connected, then print again.</source>
        <translation>Құжат басып шығарылмады: {reason} Принтердің қосулы және жалғанғанын тексеріп, қайта басып шығарыңыз.</translation>
    </message>
    <message>
        <source>The document cannot be printed: it is not a readable PDF. Make it again; if this happens again, send the program&apos;s report to support.</source>
        <translation>Құжатты басып шығару мүмкін емес: ол оқылатын PDF емес. Оны қайта жасаңыз; бұл қайталанса, бағдарламаның есебін қолдау қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Диск толы.</translation>
    </message>
    <message>
        <source>This folder cannot be written to.</source>
        <translation>Бұл қалтаға жазу мүмкін емес.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>Қалта жоқ.</translation>
    </message>
    <message>
        <source>A file of that name is open in another program.</source>
        <translation>Осындай атаудағы файл басқа бағдарламада ашық.</translation>
    </message>
    <message>
        <source>The PDF was not saved as {path}. {reason} Nothing was written there; choose another folder (for example, Documents) and save again.</source>
        <translation>PDF {path} ретінде сақталмады. {reason} Онда ештеңе жазылған жоқ; басқа қалтаны (мысалы, Құжаттар) таңдап, қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF is saved as {path}.</source>
        <translation>PDF сақталды: {path}.</translation>
    </message>
    <message>
        <source>Preparing the contract for printing…</source>
        <translation>Шарт басып шығаруға дайындалуда…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Choose the printer, the pages and the number of copies (Ctrl+P)</source>
        <translation>Принтерді, беттерді және даналар санын таңдау (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print {title}</source>
        <translation>Басып шығару: {title}</translation>
    </message>
    <message>
        <source>The file was not saved as {path}. {reason} Nothing was written there; choose another folder (for example, Documents) and save again.</source>
        <translation>Файл {path} ретінде сақталмады. {reason} Онда ештеңе жазылған жоқ; басқа қалтаны таңдаңыз (мысалы, Құжаттар) және қайта сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <source>Download again</source>
        <translation>Қайта жүктеп алу</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Жетек</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Файлдар бумасы</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Бума</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Бүркеншік ат</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Жарлық</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Белгісіз</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Invalid filename</source>
        <translation>Файл аты жарамсыз</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;«%1» атын қолдануға болмайды.&lt;/b&gt;&lt;p&gt;Қысқарақ немесе тыныс белгілерінсіз басқа ат беріп көріңіз.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Cancel</source>
        <translation>Болдырмау</translation>
    </message>
</context>
<context>
    <name>ReportButton</name>
    <message>
        <source>Report</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>A report of this problem for the portal&apos;s support</source>
        <translation>Порталдың қолдау қызметіне арналған осы ақау туралы есеп</translation>
    </message>
    <message>
        <source>Copy the report</source>
        <translation>Есепті көшіру</translation>
    </message>
    <message>
        <source>Save the report…</source>
        <translation>Есепті сақтау…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
    </message>
    <message>
        <source>The report could not be saved there ({reason}). Choose another folder, or copy the report instead.</source>
        <translation>Есепті сол жерге сақтау мүмкін болмады ({reason}). Басқа қалтаны таңдаңыз немесе оның орнына есепті көшіріңіз.</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <source>Application submitted</source>
        <translation>Өтініш берілді</translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation>Ваучер берілді</translation>
    </message>
    <message>
        <source>Parent confirmed the voucher</source>
        <translation>Ата-ана ваучерді растады</translation>
    </message>
    <message>
        <source>Parent declined the voucher</source>
        <translation>Ата-ана ваучерден бас тартты</translation>
    </message>
    <message>
        <source>Voucher annulled: no answer in time (stop-list)</source>
        <translation>Ваучердің күші жойылды: мерзімінде жауап берілмеді (стоп-парақ)</translation>
    </message>
    <message>
        <source>Restored from the stop-list</source>
        <translation>Стоп-парақтан қалпына келтірілді</translation>
    </message>
    <message>
        <source>Enrollment window extended</source>
        <translation>Қабылдау мерзімі ұзартылды</translation>
    </message>
    <message>
        <source>Request sent to the kindergarten</source>
        <translation>Өтініш балабақшаға жіберілді</translation>
    </message>
    <message>
        <source>Request accepted</source>
        <translation>Өтініш қабылданды</translation>
    </message>
    <message>
        <source>Request declined</source>
        <translation>Өтініштен бас тартылды</translation>
    </message>
    <message>
        <source>Document uploaded</source>
        <translation>Құжат жүктелді</translation>
    </message>
    <message>
        <source>Documents reviewed</source>
        <translation>Құжаттар қаралды</translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation>Шарт жіберілді</translation>
    </message>
    <message>
        <source>Contract signed by the parent</source>
        <translation>Ата-ана шартқа қол қойды</translation>
    </message>
    <message>
        <source>Child enrolled</source>
        <translation>Бала балабақшаға қабылданды</translation>
    </message>
    <message>
        <source>Archived: the parent declined the voucher</source>
        <translation>Мұрағатта: ата-ана ваучерден бас тартты</translation>
    </message>
    <message>
        <source>Archived: 28 days on the stop-list passed</source>
        <translation>Мұрағатта: стоп-парақтағы 28 күн өтті</translation>
    </message>
    <message>
        <source>Archived: no answer to the voucher a second time</source>
        <translation>Мұрағатта: ваучерге екінші рет жауап берілмеді</translation>
    </message>
    <message>
        <source>Archived: the enrollment window closed</source>
        <translation>Мұрағатта: қабылдау мерзімі аяқталды</translation>
    </message>
    <message>
        <source>Archived: the parent withdrew the application</source>
        <translation>Мұрағатта: ата-ана өтінішті қайтарып алды</translation>
    </message>
    <message>
        <source>{name} (parent)</source>
        <translation>{name} (ата-ана)</translation>
    </message>
    <message>
        <source>{name} (kindergarten)</source>
        <translation>{name} (балабақша)</translation>
    </message>
    <message>
        <source>the portal</source>
        <translation>портал</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Special (correctional)</source>
        <translation>Арнайы (түзету)</translation>
    </message>
    <message>
        <source>Sanatorium</source>
        <translation>Санаторийлік</translation>
    </message>
    <message>
        <source>Orphan or without parental care</source>
        <translation>Жетім немесе ата-анасының қамқорлығынсыз қалған бала</translation>
    </message>
    <message>
        <source>Child with a disability</source>
        <translation>Мүгедектігі бар бала</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Көпбалалы отбасы</translation>
    </message>
    <message>
        <source>Family of a serviceman</source>
        <translation>Әскери қызметшінің отбасы</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Ата-ана</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Ваучер</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Тарихы</translation>
    </message>
    <message>
        <source>This request is no longer in the cache.</source>
        <translation>Бұл өтініш жергілікті деректерде енді жоқ.</translation>
    </message>
    <message>
        <source>Request №{number} — {child}</source>
        <translation>№{number} өтініш — {child}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Boy</source>
        <translation>Ұл</translation>
    </message>
    <message>
        <source>Girl</source>
        <translation>Қыз</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Age when the group starts</source>
        <translation>Топ ашылатын күнгі жасы</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) on {day}</source>
        <translation>
            <numerusform>{day} күні %n жаста</numerusform>
            <numerusform>{day} күні %n жаста</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау нәтижесі</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Балабақшаға келген күні</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Кезек</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Priority category</source>
        <translation>Басымдық санаты</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Елді мекен</translation>
    </message>
    <message>
        <source>Decline reason</source>
        <translation>Бас тарту себебі</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Берілді</translation>
    </message>
    <message>
        <source>Confirm by</source>
        <translation>Растау мерзімі</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <source>Enroll by</source>
        <translation>Қабылдау мерзімі</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Ұзартылды</translation>
    </message>
    <message>
        <source>Yes, once by 2 working days</source>
        <translation>Иә, бір рет 2 жұмыс күніне</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>group</comment>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Таңдалмаған</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Тілі</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Басталу күні</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Орындар</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Бос орындар</translation>
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
        <translation>{done} Порталға жіберілді.</translation>
    </message>
    <message>
        <source>{done} Sending it to the portal…</source>
        <translation>{done} Порталға жіберілуде…</translation>
    </message>
    <message>
        <source>{done} It goes to the portal when the connection returns; until then it is kept on this computer.</source>
        <translation>{done} Байланыс қалпына келгенде порталға жіберіледі; оған дейін осы компьютерде сақталады.</translation>
    </message>
    <message>
        <source>The request is no longer in this computer&apos;s copy.</source>
        <translation>Өтініш осы компьютердегі деректерде енді жоқ.</translation>
    </message>
    <message>
        <source>Reserve a place in the group; a contract follows</source>
        <translation>Топтан орын брондау; содан кейін шарт жасалады</translation>
    </message>
    <message>
        <source>Decline with a reason; the parent may choose another kindergarten</source>
        <translation>Себебін көрсетіп бас тарту; ата-ана басқа балабақшаны таңдай алады</translation>
    </message>
    <message>
        <source>Accept the documents, or return them for correction with a comment</source>
        <translation>Құжаттарды қабылдау немесе түсініктемемен түзетуге қайтару</translation>
    </message>
    <message>
        <source>Request №{number}</source>
        <translation>№{number} өтініш</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
    </message>
    <message>
        <source>&amp;Accept…</source>
        <translation>&amp;Қабылдау…</translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation>&amp;Бас тарту…</translation>
    </message>
    <message>
        <source>&amp;Review documents…</source>
        <translation>Құжаттарды &amp;қарау…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Мәліметтер</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Құжаттар</translation>
    </message>
    <message>
        <source>Accepted: a place is reserved.</source>
        <translation>Қабылданды: орын брондалды.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Бас тартылды.</translation>
    </message>
    <message>
        <source>The verdicts are recorded.</source>
        <translation>Шешімдер тіркелді.</translation>
    </message>
    <message>
        <source>Not recorded: {reason}</source>
        <translation>Тіркелмеді: {reason}</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Шешім тіркелуде…</translation>
    </message>
</context>
<context>
    <name>RequestMenu</name>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Алмасу буферіне көшірілді.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <source>Select one request to open it.</source>
        <translation>Ашу үшін бір өтінішті таңдаңыз.</translation>
    </message>
    <message>
        <source>Copy the number</source>
        <translation>Нөмірін көшіру</translation>
    </message>
    <message numerus="yes">
        <source>Copy the %n numbers</source>
        <translation>
            <numerusform>%n нөмірді көшіру</numerusform>
            <numerusform>%n нөмірді көшіру</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the child&apos;s IIN</source>
        <translation>Баланың ЖСН-ін көшіру</translation>
    </message>
    <message numerus="yes">
        <source>Copy the %n IINs</source>
        <translation>
            <numerusform>%n ЖСН-ді көшіру</numerusform>
            <numerusform>%n ЖСН-ді көшіру</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept…</source>
        <translation>Қабылдау…</translation>
    </message>
    <message numerus="yes">
        <source>Accept the %n selected…</source>
        <translation>
            <numerusform>Таңдалған %n өтінішті қабылдау…</numerusform>
            <numerusform>Таңдалған %n өтінішті қабылдау…</numerusform>
        </translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation>Бас тарту…</translation>
    </message>
    <message numerus="yes">
        <source>Decline the %n selected…</source>
        <translation>
            <numerusform>Таңдалған %n өтініштен бас тарту…</numerusform>
            <numerusform>Таңдалған %n өтініштен бас тарту…</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Алдымен өтінішті таңдаңыз.</translation>
    </message>
    <message numerus="yes">
        <source>%n lines copied to the clipboard.</source>
        <translation>
            <numerusform>Алмасу буферіне %n жол көшірілді.</numerusform>
            <numerusform>Алмасу буферіне %n жол көшірілді.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <source>Working days the parent has left to enroll the child</source>
        <translation>Ата-анаға баланы қабылдатуға қалған жұмыс күндері</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдері</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Қарау нәтижесі</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Келген күні</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Қалған күн</translation>
    </message>
    <message>
        <source>Group {id}</source>
        <translation>{id} тобы</translation>
    </message>
    <message>
        <source>Your decision is saved here and waits to be sent to the portal.</source>
        <translation>Шешіміңіз осында сақталды және порталға жіберілуін күтуде.</translation>
    </message>
    <message>
        <source>The deadline passed: {deadline}</source>
        <translation>Мерзім өтіп кетті: {deadline}</translation>
    </message>
    <message>
        <source>Deadline: {deadline}</source>
        <translation>Мерзімі: {deadline}</translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation>ЖСН {iin}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Requests</source>
        <translation>Өтініштер</translation>
    </message>
    <message>
        <source>Name, IIN or number</source>
        <translation>Аты-жөні, ЖСН немесе нөмірі</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Барлық мәртебелер</translation>
    </message>
    <message numerus="yes">
        <source>With the kindergarten (%n statuses)</source>
        <translation>
            <numerusform>Балабақшада қаралуда (%n мәртебе)</numerusform>
            <numerusform>Балабақшада қаралуда (%n мәртебе)</numerusform>
        </translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Кез келген тіл</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Кез келген мерзім</translation>
    </message>
    <message>
        <source>Deadline passed</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message numerus="yes">
        <source>Within %n working day(s)</source>
        <translation>
            <numerusform>%n жұмыс күні ішінде</numerusform>
            <numerusform>%n жұмыс күні ішінде</numerusform>
        </translation>
    </message>
    <message>
        <source>when the group starts</source>
        <translation>топ ашылатын күні</translation>
    </message>
    <message>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <source>any</source>
        <translation>кез келген</translation>
    </message>
    <message>
        <source>Youngest age, in full years</source>
        <translation>Ең кіші жасы, толық жылмен</translation>
    </message>
    <message>
        <source>Oldest age, in full years</source>
        <translation>Ең үлкен жасы, толық жылмен</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <source>Language of education</source>
        <translation>Оқыту тілі</translation>
    </message>
    <message>
        <source>The parent&apos;s deadline</source>
        <translation>Ата-ананың мерзімі</translation>
    </message>
    <message>
        <source>Age counted</source>
        <translation>Жас қай күнге есептеледі</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Іздеу</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Барлық топтар</translation>
    </message>
    <message>
        <source>No requests match. Clear the search or the filters to see all the requests in this computer&apos;s copy.</source>
        <translation>Сәйкес өтініштер жоқ. Осы компьютердегі барлық өтініштерді көру үшін іздеуді немесе сүзгілерді тазалаңыз.</translation>
    </message>
    <message>
        <source>Requests in any of these statuses: {statuses}</source>
        <translation>Осы мәртебелердің кез келгеніндегі өтініштер: {statuses}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Саналуда…</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n өтініш</numerusform>
            <numerusform>%n өтініш</numerusform>
        </translation>
    </message>
    <message>
        <source>Fit the columns to their contents</source>
        <translation>Баған енін мазмұнына сәйкестендіру</translation>
    </message>
    <message>
        <source>View “{name}” saved.</source>
        <translation>«{name}» көрінісі сақталды.</translation>
    </message>
    <message>
        <source>The group of view “{name}” is no longer in this computer&apos;s copy: all groups are shown. Choose a group and save the view again.</source>
        <translation>«{name}» көрінісінің тобы бұл компьютердегі көшірмеде енді жоқ: барлық топтар көрсетілді. Топты таңдап, көріністі қайта сақтаңыз.</translation>
    </message>
    <message>
        <source>View “{name}” shown.</source>
        <translation>«{name}» көрінісі көрсетілді.</translation>
    </message>
    <message>
        <source>View “{name}” deleted.</source>
        <translation>«{name}» көрінісі жойылды.</translation>
    </message>
    <message>
        <source>No saved views yet</source>
        <translation>Сақталған көріністер әзірге жоқ</translation>
    </message>
    <message>
        <source>Save the current view…</source>
        <translation>Ағымдағы көріністі сақтау…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Атын өзгерту</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>Көріністі сақтау</translation>
    </message>
    <message>
        <source>A name for the filters and columns shown now:</source>
        <translation>Қазір көрсетілген сүзгілер мен бағандардың атауы:</translation>
    </message>
    <message>
        <source>A view called “{name}” exists already. Replace it with what is shown now?</source>
        <translation>«{name}» деген көрініс бар. Оны қазір көрсетілгенмен алмастыру керек пе?</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Көріністің атын өзгерту</translation>
    </message>
    <message>
        <source>A new name for “{name}”:</source>
        <translation>«{name}» үшін жаңа атау:</translation>
    </message>
    <message>
        <source>Delete the view</source>
        <translation>Көріністі жою</translation>
    </message>
    <message>
        <source>Delete the view “{name}”? The requests are not changed.</source>
        <translation>«{name}» көрінісін жою керек пе? Өтініштер өзгермейді.</translation>
    </message>
    <message>
        <source>The name is empty: type a name.</source>
        <translation>Атау бос: атауын жазыңыз.</translation>
    </message>
    <message>
        <source>The name is too long: at most {limit} characters.</source>
        <translation>Атау тым ұзын: ең көбі {limit} таңба.</translation>
    </message>
    <message>
        <source>A view called “{name}” exists already: choose another name.</source>
        <translation>«{name}» деген көрініс бар: басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>That view no longer exists.</source>
        <translation>Ол көрініс енді жоқ.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Көріністер</translation>
    </message>
    <message>
        <source>Save the filters and columns shown now under a name, or show a saved view</source>
        <translation>Қазір көрсетілген сүзгілер мен бағандарды атаумен сақтау немесе сақталған көріністі көрсету</translation>
    </message>
    <message>
        <source>Nothing recorded</source>
        <translation>Ештеңе жазылмады</translation>
    </message>
    <message>
        <source>Recording the decisions…</source>
        <translation>Шешімдер жазылуда…</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Бас тартылды</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Балабақшаға қабылданды</translation>
    </message>
    <message>
        <source>{review}, not sent yet</source>
        <translation>{review}, әлі жіберілмеді</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Әлі жіберілмеді</translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>enrolled</source>
        <translation>қабылданған</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>брондалған</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Бала</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Шарт</translation>
    </message>
    <message>
        <source>Enrolled since</source>
        <translation>Қабылданған күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>{status}, not sent yet</source>
        <translation>{status}, әлі жіберілмеген</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>Select a group in the list.</source>
        <translation>Тізімнен топты таңдаңыз.</translation>
    </message>
    <message>
        <source>The group has no children yet.</source>
        <translation>Топта әлі бала жоқ.</translation>
    </message>
    <message>
        <source>Select a child in the group&apos;s list.</source>
        <translation>Топ тізімінен баланы таңдаңыз.</translation>
    </message>
    <message>
        <source>A change about this child waits to be sent to the portal: the next one can be made after the next sync.</source>
        <translation>Осы балаға қатысты өзгеріс порталға жіберілуін күтіп тұр: келесісін кезекті синхрондаудан кейін жасауға болады.</translation>
    </message>
    <message>
        <source>Move the selected child to another group</source>
        <translation>Таңдалған баланы басқа топқа ауыстыру</translation>
    </message>
    <message>
        <source>Print the group&apos;s list of children</source>
        <translation>Топтың балалар тізімін басып шығару</translation>
    </message>
    <message>
        <source>Save the group&apos;s list of children as PDF</source>
        <translation>Топтың балалар тізімін PDF ретінде сақтау</translation>
    </message>
    <message>
        <source>Save the group&apos;s list of children as an Excel workbook</source>
        <translation>Топтың балалар тізімін Excel кітабы ретінде сақтау</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{pages} беттің {page}-беті</translation>
    </message>
    <message>
        <source>Made {when}</source>
        <translation>Жасалған уақыты: {when}</translation>
    </message>
    <message>
        <source>Children of the group “{name}”, {ages}, on {day}</source>
        <translation>«{name}» тобының балалары, {ages}, {day} күнгі жағдай</translation>
    </message>
    <message>
        <source>The list could not be prepared for printing. Try again; if it happens again, report it to support.</source>
        <translation>Тізімді басып шығаруға дайындау мүмкін болмады. Қайталап көріңіз; тағы қайталанса, қолдау қызметіне хабарлаңыз.</translation>
    </message>
    <message>
        <source>children-{group}</source>
        <translation>балалар-{group}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Excel-ге экспорттау</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel кітабы (*.xlsx)</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF құжаты (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Сақталды: {path}</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Басып шығарылмады</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Ауыстыру…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Басып шығару…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Export XLSX…</source>
        <translation>XLSX-ке экспорттау…</translation>
    </message>
    <message>
        <source>Select a group to see its children.</source>
        <translation>Балаларын көру үшін топты таңдаңыз.</translation>
    </message>
    <message>
        <source>Children of “{name}”: {count}</source>
        <translation>«{name}» тобының балалары: {count}</translation>
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
        <translation>Оқу порталы іске қосылуда…</translation>
    </message>
    <message>
        <source>No portal is set up, so the program uses its built-in training portal. The first start builds a demo world and can take up to a minute.</source>
        <translation>Портал бапталмаған, сондықтан бағдарлама кірістірілген оқу порталын пайдаланады. Алғашқы іске қосуда демо-әлем құрылады, бұған бір минутқа дейін уақыт кетуі мүмкін.</translation>
    </message>
</context>
<context>
    <name>SendContractDialog</name>
    <message>
        <source>Send the contract</source>
        <translation>Шартты жіберу</translation>
    </message>
    <message>
        <source>Contract for {request}</source>
        <translation>{request} бойынша шарт</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>{layout} (the request&apos;s language)</source>
        <translation>{layout} (өтініштің тілі)</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Үлгі:</translation>
    </message>
    <message>
        <source>The contract is sent at the next sync with the portal; until then it waits on this computer, offline too. The parent then signs it on the portal.</source>
        <translation>Шарт порталмен келесі синхрондау кезінде жіберіледі; оған дейін ол осы компьютерде, желісіз режимде де күтіп тұрады. Содан кейін ата-ана порталда шартқа қол қояды.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF сақтау…</translation>
    </message>
    <message>
        <source>Save this contract as a PDF file, unsent</source>
        <translation>Бұл шартты жібермей, PDF файлы ретінде сақтау</translation>
    </message>
    <message>
        <source>Send to the parent</source>
        <translation>Ата-анаға жіберу</translation>
    </message>
    <message>
        <source>Making the contract…</source>
        <translation>Шарт жасалуда…</translation>
    </message>
    <message>
        <source>The portal has not sent: {names}. The contract shows a blank line in its place, to fill in by hand on paper; or synchronise and make it again.</source>
        <translation>Портал мына деректерді жібермеген: {names}. Шартта олардың орнында қағазда қолмен толтыруға арналған бос жол тұрады; не болмаса синхрондап, шартты қайта жасаңыз.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Тіл:</translation>
    </message>
    <message>
        <source>Portal address:</source>
        <translation>Портал мекенжайы:</translation>
    </message>
    <message>
        <source>Empty: the built-in training portal</source>
        <translation>Бос болса: кірістірілген оқу порталы</translation>
    </message>
    <message>
        <source>A new address is used from the next sign-in.</source>
        <translation>Жаңа мекенжай келесі кіруден бастап қолданылады.</translation>
    </message>
    <message>
        <source>Lock after inactivity:</source>
        <translation>Әрекетсіздіктен кейін бұғаттау:</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
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
        <translation>Порталмен синхрондау жиілігі:</translation>
    </message>
    <message>
        <source>Time-stamp server:</source>
        <translation>Уақыт белгісі сервері:</translation>
    </message>
    <message>
        <source>Empty: countersign without a time-stamp</source>
        <translation>Бос болса: уақыт белгісінсіз қол қою</translation>
    </message>
    <message>
        <source>Notify me of new requests and of deadlines ending within one working day</source>
        <translation>Жаңа өтініштер және бір жұмыс күні ішінде аяқталатын мерзімдер туралы хабарлау</translation>
    </message>
    <message>
        <source>Contract templates…</source>
        <translation>Шарт үлгілері…</translation>
    </message>
    <message>
        <source>Edit the text of the contracts: each saved edit is a new version, and every contract names the version it was made from</source>
        <translation>Шарттардың мәтінін өңдеу: сақталған әр өзгеріс жаңа нұсқа болады, ал әр шартта ол жасалған нұсқа көрсетіледі</translation>
    </message>
    <message>
        <source>Countersignatures get a time-stamp (PAdES B-T) from this RFC 3161 server when it answers; without one they are PAdES B.</source>
        <translation>Бұл RFC 3161 сервері жауап берсе, балабақша атынан қойылған қолтаңбаларға уақыт белгісі (PAdES B-T) қосылады; онсыз олар PAdES B болады.</translation>
    </message>
    <message>
        <source>This is not a web address (http:// or https://): it was not saved. The last saved address is still used.</source>
        <translation>Бұл веб-мекенжай емес (http:// немесе https://): ол сақталмады. Соңғы сақталған мекенжай қолданыла береді.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>● Online</source>
        <translation>● Желіде</translation>
    </message>
    <message>
        <source>● Offline</source>
        <translation>● Желіден тыс</translation>
    </message>
    <message>
        <source>● Syncing…</source>
        <translation>● Синхрондалуда…</translation>
    </message>
    <message>
        <source>The portal answers.</source>
        <translation>Портал жауап беріп тұр.</translation>
    </message>
    <message>
        <source>The portal cannot be reached. You can go on working: your actions wait on this computer and are sent when it answers.</source>
        <translation>Порталға қосылу мүмкін емес. Жұмысты жалғастыра беруге болады: әрекеттеріңіз осы компьютерде күтіп тұрады және портал жауап бергенде жіберіледі.</translation>
    </message>
    <message>
        <source>Exchanging changes with the portal.</source>
        <translation>Порталмен өзгерістер алмасу жүріп жатыр.</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Әлі синхрондалмаған</translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Соңғы синхрондау: {when}</translation>
    </message>
    <message>
        <source>To send: {count}</source>
        <translation>Жіберуге: {count}</translation>
    </message>
    <message>
        <source>Your actions that the portal has not confirmed yet</source>
        <translation>Портал әлі растамаған әрекеттеріңіз</translation>
    </message>
    <message>
        <source>Needs attention: {count}</source>
        <translation>Назар аударуды қажет етеді: {count}</translation>
    </message>
    <message>
        <source>Stop syncing</source>
        <translation>Синхрондауды тоқтату</translation>
    </message>
    <message>
        <source>Stop this sync at its next safe point: what was sent and received so far is kept, the rest comes with the next sync</source>
        <translation>Бұл синхрондауды келесі қауіпсіз нүктеде тоқтату: жіберілген және алынған деректер сақталады, қалғаны келесі синхрондаумен келеді</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Қазір синхрондау</translation>
    </message>
    <message>
        <source>Sync with the portal now (F5)</source>
        <translation>Порталмен қазір синхрондау (F5)</translation>
    </message>
</context>
<context>
    <name>SyncWorker</name>
    <message>
        <source>receiving, page {page}</source>
        <translation>қабылдануда, {page}-бет</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>қабылдануда</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Іздеу (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Kazakh and Russian, side by side</source>
        <translation>Қазақ және орыс тілдері, қатар</translation>
    </message>
    <message>
        <source>Kazakh text</source>
        <translation>Қазақша мәтін</translation>
    </message>
    <message>
        <source>Russian text</source>
        <translation>Орысша мәтін</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Шарттың нөмірі</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Шарттың күні</translation>
    </message>
    <message>
        <source>Locality (city or village)</source>
        <translation>Елді мекен (қала немесе ауыл)</translation>
    </message>
    <message>
        <source>Application number</source>
        <translation>Өтініштің нөмірі</translation>
    </message>
    <message>
        <source>Date of the application</source>
        <translation>Өтініш берілген күн</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s name</source>
        <translation>Балабақшаның атауы</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s BIN</source>
        <translation>Балабақшаның БСН-і</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s address</source>
        <translation>Балабақшаның мекенжайы</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s phone</source>
        <translation>Балабақшаның телефоны</translation>
    </message>
    <message>
        <source>Director&apos;s full name</source>
        <translation>Директордың аты-жөні</translation>
    </message>
    <message>
        <source>Parent&apos;s full name</source>
        <translation>Ата-ананың аты-жөні</translation>
    </message>
    <message>
        <source>Parent&apos;s IIN</source>
        <translation>Ата-ананың ЖСН-і</translation>
    </message>
    <message>
        <source>Parent&apos;s phone</source>
        <translation>Ата-ананың телефоны</translation>
    </message>
    <message>
        <source>Child&apos;s full name</source>
        <translation>Баланың аты-жөні</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>Баланың ЖСН-і</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>Баланың туған күні</translation>
    </message>
    <message>
        <source>Group&apos;s name</source>
        <translation>Топтың атауы</translation>
    </message>
    <message>
        <source>Group&apos;s language, in words of the text&apos;s language</source>
        <translation>Топтың тілі, мәтін тілінде сөзбен жазылады</translation>
    </message>
    <message>
        <source>Children&apos;s ages in the group, in words</source>
        <translation>Топтағы балалардың жасы, сөзбен</translation>
    </message>
    <message>
        <source>Date the group starts</source>
        <translation>Топтың ашылу күні</translation>
    </message>
    <message>
        <source>Contract templates</source>
        <translation>Шарт үлгілері</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Үлгі:</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Нұсқа:</translation>
    </message>
    <message>
        <source>Lines that start with “=” make the title, “#” a section heading, and “| left | right” a row such as the place and the date. The contract ends with the blocks [kindergarten] and [parent]: each party&apos;s details, and one line starting with “@”, the caption over its signature box. Words in braces are placeholders, filled in from the request.</source>
        <translation>«=» белгісінен басталатын жолдар тақырыпты, «#» — бөлім тақырыбын, ал «| сол жақ | оң жақ» — жер мен күн сияқты жолды құрайды. Шарт [kindergarten] және [parent] блоктарымен аяқталады: оларда әр тараптың деректемелері және «@» белгісінен басталатын бір жол — оның қол қою орнының үстіндегі жазу болады. Фигуралық жақшадағы сөздер — толтырғыштар, олар өтініш деректерімен толтырылады.</translation>
    </message>
    <message>
        <source>Placeholders:</source>
        <translation>Толтырғыштар:</translation>
    </message>
    <message>
        <source>Insert into the text</source>
        <translation>Мәтінге қою</translation>
    </message>
    <message>
        <source>Preview with a sample request</source>
        <translation>Мысал өтінішпен алдын ала қарау</translation>
    </message>
    <message>
        <source>Refresh the preview</source>
        <translation>Алдын ала қарауды жаңарту</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Жаңа нұсқа ретінде сақтау</translation>
    </message>
    <message>
        <source>Pick a placeholder to see what it holds; double-click to insert it.</source>
        <translation>Толтырғышта не болатынын көру үшін оны таңдаңыз; мәтінге қою үшін екі рет басыңыз.</translation>
    </message>
    <message>
        <source>Version {version}, shipped with the program</source>
        <translation>{version}-нұсқа, бағдарламамен бірге берілген</translation>
    </message>
    <message>
        <source>Version {version}, saved {when}</source>
        <translation>{version}-нұсқа, {when} сақталған</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <source>The text has changes that are not saved. Discard them?</source>
        <translation>Мәтінде сақталмаған өзгерістер бар. Оларды жоясыз ба?</translation>
    </message>
    <message>
        <source>Choose a placeholder in the list first.</source>
        <translation>Алдымен тізімнен толтырғышты таңдаңыз.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>Алдын ала қарау жасалуда…</translation>
    </message>
    <message>
        <source>The preview waits until the text is correct; it shows the last correct text.</source>
        <translation>Алдын ала қарау мәтін дұрыс болғанша күтеді; қазір онда соңғы дұрыс мәтін көрсетілген.</translation>
    </message>
    <message>
        <source>The preview waits until the text is correct.</source>
        <translation>Алдын ала қарау мәтін дұрыс болғанша күтеді.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>%n бет</numerusform>
            <numerusform>%n бет</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved. {problem}</source>
        <translation>Сақталмады. {problem}</translation>
    </message>
    <message>
        <source>Not saved: {reason} The text is still here.</source>
        <translation>Сақталмады: {reason} Мәтін орнында қалды.</translation>
    </message>
    <message>
        <source>Saved as version {version}. New contracts use it; contracts made before keep the version they were made from.</source>
        <translation>{version}-нұсқа ретінде сақталды. Жаңа шарттар осы нұсқаны пайдаланады; бұрын жасалған шарттар өздері жасалған нұсқада қалады.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Kazakh text</source>
        <translation>Қазақша мәтін</translation>
    </message>
    <message>
        <source>Russian text</source>
        <translation>Орысша мәтін</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Мәтін</translation>
    </message>
    <message>
        <source>{text}, line {line}</source>
        <translation>{text}, {line}-жол</translation>
    </message>
    <message>
        <source>{where}: a brace is not closed or not opened. A placeholder is a name from the list in braces, such as {example}; to print a brace itself, write it twice.</source>
        <translation>{where}: фигуралық жақша жабылмаған немесе ашылмаған. Толтырғыш — тізімдегі атау, ол фигуралық жақшаға алынады, мысалы {example}; жақшаның өзін шығару үшін оны екі рет жазыңыз.</translation>
    </message>
    <message>
        <source>{where}: “{field}” is not a placeholder. A placeholder is a name from the list in braces, such as {example}.</source>
        <translation>{where}: «{field}» толтырғыш емес. Толтырғыш — тізімдегі атау, ол фигуралық жақшаға алынады, мысалы {example}.</translation>
    </message>
    <message>
        <source>{where}: {{{name}}} is not a known placeholder. Insert one from the list, or correct the name.</source>
        <translation>{where}: {{{name}}} — белгісіз толтырғыш. Тізімнен толтырғыш қойыңыз немесе атауын түзетіңіз.</translation>
    </message>
    <message>
        <source>{where}: [{name}] is not a block this template knows: use [kindergarten] or [parent].</source>
        <translation>{where}: [{name}] — бұл үлгіге белгісіз блок: [kindergarten] немесе [parent] блогын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>{where}: the block [{name}] is there twice: keep one.</source>
        <translation>{where}: [{name}] блогы екі рет кездеседі: біреуін қалдырыңыз.</translation>
    </message>
    <message>
        <source>{where}: titles, headings and rows cannot follow the [kindergarten] and [parent] blocks: the parties&apos; details end the contract.</source>
        <translation>{where}: [kindergarten] және [parent] блоктарынан кейін тақырыптар, бөлім тақырыптары мен жолдар тұра алмайды: шарт тараптардың деректемелерімен аяқталады.</translation>
    </message>
    <message>
        <source>{where}: title lines (“=”) belong at the top, before the first heading.</source>
        <translation>{where}: тақырып жолдары («=») ең басында, бірінші бөлім тақырыбынан бұрын тұруы керек.</translation>
    </message>
    <message>
        <source>{where}: a row is written “| left text | right text”, with exactly two parts.</source>
        <translation>{where}: жол «| сол жақ мәтін | оң жақ мәтін» түрінде жазылады, дәл екі бөліктен тұруы керек.</translation>
    </message>
    <message>
        <source>{text} is empty: write the contract&apos;s text.</source>
        <translation>{text} бос: шарттың мәтінін жазыңыз.</translation>
    </message>
    <message>
        <source>{text} has no title: start it with a line that begins with “=”.</source>
        <translation>{text}: тақырып жоқ. Мәтінді «=» белгісінен басталатын жолмен бастаңыз.</translation>
    </message>
    <message>
        <source>{text} has no [{name}] block: the contract ends with the blocks [kindergarten] and [parent], the parties&apos; details and signatures.</source>
        <translation>{text}: [{name}] блогы жоқ. Шарт [kindergarten] және [parent] блоктарымен — тараптардың деректемелерімен және қолдарымен аяқталады.</translation>
    </message>
    <message>
        <source>{where}: the block [{name}] needs exactly one line that starts with “@”: the caption over its signature box.</source>
        <translation>{where}: [{name}] блогында «@» белгісінен басталатын дәл бір жол болуы керек: ол қол қою орнының үстіндегі жазу.</translation>
    </message>
    <message>
        <source>The Kazakh text has {kk} sections and the Russian text {ru}. The two columns are laid out side by side section by section, so both need the same number of headings (lines that start with “#”).</source>
        <translation>Қазақша мәтінде {kk} бөлім, ал орысша мәтінде {ru} бөлім бар. Екі баған бөлім-бөліммен қатар орналасады, сондықтан екеуінде де бөлім тақырыптарының («#» белгісінен басталатын жолдардың) саны бірдей болуы керек.</translation>
    </message>
    <message>
        <source>The template could not be saved in {folder} ({reason}). Check that the disk has space and the folder can be written, then save again.</source>
        <translation>Үлгіні {folder} қалтасына сақтау мүмкін болмады ({reason}). Дискіде орын бар екенін және қалтаға жазуға болатынын тексеріп, қайта сақтаңыз.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>Notify me of new requests and deadlines</source>
        <translation>Жаңа өтініштер мен мерзімдер туралы хабарлау</translation>
    </message>
    <message>
        <source>Open {app}</source>
        <translation>{app} бағдарламасын ашу</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s): </source>
        <translation>
            <numerusform>%n жаңа өтініш: </numerusform>
            <numerusform>%n жаңа өтініш: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) end within one working day: </source>
        <translation>
            <numerusform>%n мерзім бір жұмыс күні ішінде аяқталады: </numerusform>
            <numerusform>%n мерзім бір жұмыс күні ішінде аяқталады: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s)</source>
        <translation>
            <numerusform>%n жаңа өтініш</numerusform>
            <numerusform>%n жаңа өтініш</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadlines end soon</source>
        <translation>Мерзімдер жақында аяқталады</translation>
    </message>
    <message>
        <source>Today&apos;s work</source>
        <translation>Бүгінгі жұмыс</translation>
    </message>
    <message>
        <source>open the program to see them</source>
        <translation>оларды көру үшін бағдарламаны ашыңыз</translation>
    </message>
    <message>
        <source>№{number} {child}</source>
        <translation>№{number} {child}</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> және тағы %n</numerusform>
            <numerusform> және тағы %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Signatures of the contract</source>
        <translation>Шарттың қолтаңбалары</translation>
    </message>
    <message>
        <source>Signatures of the contract for {request}</source>
        <translation>{request} бойынша шарттың қолтаңбалары</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Қолтаңба</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Қол қоюшы</translation>
    </message>
    <message>
        <source>IIN / BIN</source>
        <translation>ЖСН / БСН</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>Қол қойылған уақыты</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Нәтиже</translation>
    </message>
    <message>
        <source>Certificate…</source>
        <translation>Сертификат…</translation>
    </message>
    <message>
        <source>Whose certificate made the selected signature, its roles, validity and issuer</source>
        <translation>Таңдалған қолтаңба кімнің сертификатымен қойылғаны, оның рөлдері, жарамдылығы және берген орталығы</translation>
    </message>
    <message>
        <source>Check a file…</source>
        <translation>Файлды тексеру…</translation>
    </message>
    <message>
        <source>Check a signed copy of this contract from a file (one the parent sent another way, for example) against the contract that was sent</source>
        <translation>Осы шарттың қол қойылған көшірмесін файлдан (мысалы, ата-ана басқа жолмен жіберген) жіберілген шартпен салыстырып тексеру</translation>
    </message>
    <message>
        <source>Refresh the revocation list</source>
        <translation>Кері қайтарылғандар тізімін жаңарту</translation>
    </message>
    <message>
        <source>Fetch the newest revocation lists (CRL) and check again</source>
        <translation>Кері қайтарылғандардың ең жаңа тізімдерін (CRL) алып, қайта тексеру</translation>
    </message>
    <message>
        <source>The portal cannot be reached: the revocation list is refreshed when the connection returns.</source>
        <translation>Порталға қосылу мүмкін емес: кері қайтарылғандар тізімі байланыс қалпына келгенде жаңартылады.</translation>
    </message>
    <message>
        <source>Checking the signatures…</source>
        <translation>Қолтаңбалар тексерілуде…</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}. Check that it is still there and not open in another program, then choose it again.</source>
        <translation>{path} файлын оқу мүмкін емес: {reason}. Файлдың орнында екенін және басқа бағдарламада ашық емес екенін тексеріп, оны қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>Check a signed contract</source>
        <translation>Қол қойылған шартты тексеру</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>Fetching the revocation list…</source>
        <translation>Кері қайтарылғандар тізімі алынуда…</translation>
    </message>
    <message>
        <source>The revocation list could not be fetched ({reason}): the check below uses the one kept on this computer.</source>
        <translation>Кері қайтарылғандар тізімін алу мүмкін болмады ({reason}): төмендегі тексеру осы компьютерде сақталған тізім бойынша жүргізілді.</translation>
    </message>
    <message>
        <source>Every signature is valid.</source>
        <translation>Барлық қолтаңба жарамды.</translation>
    </message>
    <message>
        <source>Not every signature is valid: see below why, and do not countersign or accept this file.</source>
        <translation>Қолтаңбалардың барлығы жарамды емес: себебін төменнен қараңыз; бұл файлға балабақша атынан қол қоймаңыз және оны қабылдамаңыз.</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Жарамды</translation>
    </message>
    <message>
        <source>Not valid</source>
        <translation>Жарамсыз</translation>
    </message>
    <message>
        <source>Checked: the file {name} (SHA-256 {digest}).</source>
        <translation>Тексерілді: {name} файлы (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>Checked: the countersigned contract (SHA-256 {digest}).</source>
        <translation>Тексерілді: екі жақ қол қойған шарт (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>Checked: the contract signed by the parent (SHA-256 {digest}).</source>
        <translation>Тексерілді: ата-ана қол қойған шарт (SHA-256 {digest}).</translation>
    </message>
    <message>
        <source>{role}: the signature is intact, made with a trusted certificate that was valid and not revoked when it signed.</source>
        <translation>{role}: қолтаңба бүтін, ол қол қойылған кезде жарамды болған және кері қайтарылмаған сенімді сертификатпен қойылған.</translation>
    </message>
    <message>
        <source>{path} is not a contract: it is a folder, a device, or larger than {megabytes} MB. Choose the contract&apos;s PDF file.</source>
        <translation>{path} шарт емес: бұл қалта, құрылғы немесе {megabytes} МБ-тан үлкен файл. Шарттың PDF файлын таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>In the queue</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Voucher issued</source>
        <translation>Ваучер берілді</translation>
    </message>
    <message>
        <source>On the stop-list</source>
        <translation>Стоп-парақта</translation>
    </message>
    <message>
        <source>Choosing a kindergarten</source>
        <translation>Балабақша таңдауда</translation>
    </message>
    <message>
        <source>Awaiting the contract</source>
        <translation>Шартты күтуде</translation>
    </message>
    <message>
        <source>Contract sent</source>
        <translation>Шарт жіберілді</translation>
    </message>
    <message>
        <source>Awaiting countersignature</source>
        <translation>Балабақшаның қолын күтуде</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Балабақшаға қабылданды</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Мұрағатта</translation>
    </message>
    <message>
        <source>Sent to the parent</source>
        <translation>Ата-анаға жіберілді</translation>
    </message>
    <message>
        <source>Signed by the parent</source>
        <translation>Ата-ана қол қойды</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translation>Екі жақ қол қойды</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Директор</translation>
    </message>
    <message>
        <source>Methodologist</source>
        <translation>Әдіскер</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Қайшылық</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Қабылданбады</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Will be retried</source>
        <translation>Қайталанады</translation>
    </message>
    <message>
        <source>Medical certificate (form 027/u)</source>
        <translation>Медициналық анықтама (027/е нысаны)</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Туу туралы куәлік</translation>
    </message>
    <message>
        <source>Parent&apos;s ID card</source>
        <translation>Ата-ананың жеке куәлігі</translation>
    </message>
    <message>
        <source>Health passport (form 052-2/u)</source>
        <translation>Денсаулық паспорты (052-2/е нысаны)</translation>
    </message>
    <message>
        <source>Vaccination card (form 065/u)</source>
        <translation>Профилактикалық егу картасы (065/е нысаны)</translation>
    </message>
    <message>
        <source>PMPK conclusion</source>
        <translation>ПМПК қорытындысы</translation>
    </message>
    <message>
        <source>Not uploaded yet</source>
        <translation>Әлі жүктелмеген</translation>
    </message>
    <message>
        <source>Received, not reviewed</source>
        <translation>Келді, қаралмаған</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>Түзетуге қайтарылды</translation>
    </message>
    <message>
        <source>Accept request №{number}</source>
        <translation>№{number} өтінішті қабылдау</translation>
    </message>
    <message>
        <source>Decline request №{number}</source>
        <translation>№{number} өтініштен бас тарту</translation>
    </message>
    <message>
        <source>Return the documents of request №{number}</source>
        <translation>№{number} өтініштің құжаттарын қайтару</translation>
    </message>
    <message>
        <source>Accept the documents of request №{number}</source>
        <translation>№{number} өтініштің құжаттарын қабылдау</translation>
    </message>
    <message>
        <source>Send the contract for request №{number}</source>
        <translation>№{number} өтініш бойынша шартты жіберу</translation>
    </message>
    <message>
        <source>Countersign the contract for request №{number}</source>
        <translation>№{number} өтініш бойынша шартқа қол қою</translation>
    </message>
    <message>
        <source>Set the capacity of group “{group}” to {capacity}</source>
        <translation>«{group}» тобының орын санын {capacity} етіп белгілеу</translation>
    </message>
    <message>
        <source>Create group “{group}”</source>
        <translation>«{group}» тобын құру</translation>
    </message>
    <message>
        <source>Change group “{group}”</source>
        <translation>«{group}» тобын өзгерту</translation>
    </message>
    <message>
        <source>Publish the forecast of places</source>
        <translation>Орындар болжамын жариялау</translation>
    </message>
    <message>
        <source>Move the child of request №{number} to group “{group}”</source>
        <translation>№{number} өтініш бойынша баланы «{group}» тобына ауыстыру</translation>
    </message>
    <message>
        <source>Training portal: the staff&apos;s test keys are in {folder}, in a folder per person; every one opens with the password {password}.</source>
        <translation>Оқу порталы: қызметкерлердің сынақ кілттері {folder} ішінде, әркімнің өз қалтасы бар; барлығы {password} құпиясөзімен ашылады.</translation>
    </message>
    <message>
        <source>? (id {id})</source>
        <translation>? (id {id})</translation>
    </message>
    <message>
        <source>No longer with this kindergarten</source>
        <translation>Енді бұл балабақшада емес</translation>
    </message>
    <message>
        <source>{status}, accepted</source>
        <translation>{status}, қабылданды</translation>
    </message>
    <message>
        <source>{status}, declined</source>
        <translation>{status}, бас тартылды</translation>
    </message>
    <message>
        <source>Capacity {capacity}, free places {free}</source>
        <translation>Орын саны {capacity}, бос орын {free}</translation>
    </message>
    <message>
        <source>Kazakh and Russian</source>
        <translation>Қазақ және орыс тілдері</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Ерекше қажеттіліктер</translation>
    </message>
    <message>
        <source>Short stay</source>
        <translation>Қысқа мерзімді болу</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>not a portal address (http://… or https://…): {value}</source>
        <translation>портал мекенжайы емес (http://… немесе https://…): {value}</translation>
    </message>
    <message>
        <source>expected KIND=TEXT (kinds: {kinds}), got {value}</source>
        <translation>ТҮРІ=МӘТІН күтілген еді (түрлері: {kinds}), берілгені: {value}</translation>
    </message>
    <message>
        <source>keep settings, local data, documents and logs in DIR</source>
        <translation>баптауларды, жергілікті деректерді, құжаттар мен журналдарды DIR қалтасында сақтау</translation>
    </message>
    <message>
        <source>the portal to use; remembered in the profile</source>
        <translation>пайдаланылатын портал; профильде есте сақталады</translation>
    </message>
    <message>
        <source>log everything (DEBUG) and show the log on stderr as well</source>
        <translation>барлығын журналға жазу (DEBUG) және журналды stderr-ге де шығару</translation>
    </message>
    <message>
        <source>sign in (password from BALABAQSHA_PASSWORD or asked on the terminal)</source>
        <translation>кіру (құпиясөз BALABAQSHA_PASSWORD айнымалысынан алынады немесе терминалда сұралады)</translation>
    </message>
    <message>
        <source>IIN, phone, login name or e-mail</source>
        <translation>ЖСН, телефон, логин немесе электрондық пошта</translation>
    </message>
    <message>
        <source>one sync cycle: send the outbox, then fetch the portal&apos;s changes</source>
        <translation>бір синхрондау циклі: жіберу кезегін жіберіп, содан кейін порталдың өзгерістерін алу</translation>
    </message>
    <message>
        <source>go on when the portal&apos;s data would delete most local requests</source>
        <translation>порталдың деректері жергілікті өтініштердің басым бөлігін жойса да жалғастыру</translation>
    </message>
    <message>
        <source>the requests in the local data (works offline)</source>
        <translation>жергілікті деректердегі өтініштер (желісіз жұмыс істейді)</translation>
    </message>
    <message>
        <source>a JSON array</source>
        <translation>JSON массиві</translation>
    </message>
    <message>
        <source>record a decision on a request through the outbox (works offline)</source>
        <translation>өтініш бойынша шешімді жіберу кезегі арқылы тіркеу (желісіз жұмыс істейді)</translation>
    </message>
    <message>
        <source>accept the request</source>
        <translation>өтінішті қабылдау</translation>
    </message>
    <message>
        <source>decline the request</source>
        <translation>өтініштен бас тарту</translation>
    </message>
    <message>
        <source>return documents to the parent</source>
        <translation>құжаттарды ата-анаға қайтару</translation>
    </message>
    <message>
        <source>the portal&apos;s decline reason code (`other` always exists)</source>
        <translation>порталдағы бас тарту себебінің коды (`other` әрқашан бар)</translation>
    </message>
    <message>
        <source>a comment for the parent</source>
        <translation>ата-анаға арналған түсініктеме</translation>
    </message>
    <message>
        <source>a document kind and what is wrong with it (repeat for more)</source>
        <translation>құжат түрі және ондағы кемшілік (бірнешеуі үшін қайталаңыз)</translation>
    </message>
    <message>
        <source>actions the portal has not confirmed yet, and those needing attention</source>
        <translation>портал әлі растамаған әрекеттер және назар аударуды қажет ететіндер</translation>
    </message>
    <message>
        <source>a JSON object</source>
        <translation>JSON нысаны</translation>
    </message>
    <message>
        <source>check the local data, keyring, portal, CRL and disk</source>
        <translation>жергілікті деректерді, кілттер қоймасын, порталды, CRL мен дискіні тексеру</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Тоқтатылды.</translation>
    </message>
    <message>
        <source>Signed in as {name} ({roles}) at {kindergarten}.</source>
        <translation>{kindergarten} балабақшасына {name} ({roles}) ретінде кірдіңіз.</translation>
    </message>
    <message>
        <source>The portal&apos;s data would delete most of the local requests ({detail}). Nothing was deleted. If that is expected, run `sync --allow-mass-delete`.</source>
        <translation>Порталдың деректері жергілікті өтініштердің басым бөлігін жояды ({detail}). Ештеңе жойылған жоқ. Егер бұл күтілген болса, `sync --allow-mass-delete` командасын орындаңыз.</translation>
    </message>
    <message>
        <source>No requests in the local data.</source>
        <translation>Жергілікті деректерде өтініштер жоқ.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>нөмірі</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>status</source>
        <translation>мәртебесі</translation>
    </message>
    <message>
        <source>review</source>
        <translation>қарау</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>мерзімі</translation>
    </message>
    <message>
        <source>child</source>
        <translation>бала</translation>
    </message>
    <message>
        <source>* a decision waits in the outbox for the next sync</source>
        <translation>* шешім келесі синхрондауды жіберу кезегінде күтіп тұр</translation>
    </message>
    <message>
        <source>The portal has no decline reason “{reason}”. Known reasons: {codes}.</source>
        <translation>Порталда «{reason}» деген бас тарту себебі жоқ. Белгілі себептер: {codes}.</translation>
    </message>
    <message>
        <source>The outbox is empty: the portal has confirmed every action.</source>
        <translation>Жіберу кезегі бос: портал барлық әрекетті растады.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>жарайды</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ескерту</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>АҚАУ</translation>
    </message>
    <message>
        <source>local data</source>
        <translation>жергілікті деректер</translation>
    </message>
    <message>
        <source>keyring</source>
        <translation>кілттер қоймасы</translation>
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
        <translation>терезе жүйесі</translation>
    </message>
    <message>
        <source>No portal is configured: starting the embedded portal sandbox ({folder}) for this command. Set a portal with --portal URL.</source>
        <translation>Портал бапталмаған: осы команда үшін кірістірілген портал құмсалғышы ({folder}) іске қосылуда. Порталды --portal URL арқылы көрсетіңіз.</translation>
    </message>
    <message>
        <source>No password: set {variable} or run the command in a terminal.</source>
        <translation>Құпиясөз жоқ: {variable} айнымалысын орнатыңыз немесе команданы терминалда орындаңыз.</translation>
    </message>
    <message>
        <source>Password for {login}: </source>
        <translation>{login} құпиясөзі: </translation>
    </message>
    <message>
        <source>No password was typed.</source>
        <translation>Құпиясөз енгізілмеді.</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>жауап жоқ</translation>
    </message>
    <message>
        <source>The portal could not be reached: working offline on the local data.</source>
        <translation>Порталға қосылу мүмкін болмады: жергілікті деректермен желісіз жұмыс істеп жатырмыз.</translation>
    </message>
    <message>
        <source>The portal could not be reached ({detail}). Nothing is lost: the work waits in the outbox and goes to the portal with the next sync.</source>
        <translation>Порталға қосылу мүмкін болмады ({detail}). Ештеңе жоғалған жоқ: жұмыс жіберу кезегінде күтіп тұр және келесі синхрондау кезінде порталға жіберіледі.</translation>
    </message>
    <message>
        <source>Nobody has signed in with this profile yet: sign in first with `login LOGIN`.</source>
        <translation>Бұл профильмен әлі ешкім кірген жоқ: алдымен `login LOGIN` арқылы кіріңіз.</translation>
    </message>
    <message>
        <source>There is no local data for the last user on this portal yet: sign in and sync while the portal can be reached.</source>
        <translation>Бұл порталда соңғы пайдаланушының жергілікті деректері әлі жоқ: портал қолжетімді кезде кіріп, синхрондаңыз.</translation>
    </message>
    <message>
        <source>This account is not on any kindergarten&apos;s staff, so the desk cannot be used with it.</source>
        <translation>Бұл тіркелгі ешбір балабақшаның қызметкерлер құрамында жоқ, сондықтан бағдарламаны онымен пайдалану мүмкін емес.</translation>
    </message>
    <message>
        <source>The password is wrong. (The portal could not be reached, so it was checked against the one last used here.)</source>
        <translation>Құпиясөз қате. (Порталға қосылу мүмкін болмады, сондықтан ол осы жерде соңғы рет қолданылған құпиясөзбен салыстырылды.)</translation>
    </message>
    <message>
        <source>The portal could not be reached, and this user has never signed in here with a password, so they cannot be let in offline. Sign in once while the portal can be reached.</source>
        <translation>Порталға қосылу мүмкін болмады, ал бұл пайдаланушы мұнда ешқашан құпиясөзбен кірмеген, сондықтан оны желісіз кіргізу мүмкін емес. Портал қолжетімді кезде бір рет кіріңіз.</translation>
    </message>
    <message>
        <source>The password is needed: set BALABAQSHA_PASSWORD or run the command in a terminal.</source>
        <translation>Құпиясөз қажет: BALABAQSHA_PASSWORD айнымалысын орнатыңыз немесе команданы терминалда орындаңыз.</translation>
    </message>
    <message>
        <source>A decision on this request is already waiting to be sent to the portal: sync first, or see `outbox`.</source>
        <translation>Бұл өтініш бойынша шешім порталға жіберілуін күтіп тұр: алдымен синхрондаңыз немесе `outbox` командасын қараңыз.</translation>
    </message>
    <message>
        <source>This request is accepted already.</source>
        <translation>Бұл өтініш қабылданып қойған.</translation>
    </message>
    <message>
        <source>A comment is needed: the reason “other” and every returned document need one.</source>
        <translation>Түсініктеме қажет: «басқа» себебі мен қайтарылатын әр құжатқа түсініктеме керек.</translation>
    </message>
    <message>
        <source>The comment is too long: the portal keeps at most {limit} characters. Shorten it and run the command again.</source>
        <translation>Түсініктеме тым ұзын: портал ең көбі {limit} таңба сақтайды. Оны қысқартып, команданы қайта іске қосыңыз.</translation>
    </message>
    <message>
        <source>The decision cannot be recorded: {detail}.</source>
        <translation>Шешімді тіркеу мүмкін емес: {detail}.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Логин немесе құпиясөз қате.</translation>
    </message>
    <message>
        <source>The portal no longer accepts this sign-in: sign in again with `login LOGIN`.</source>
        <translation>Портал бұл кіруді енді қабылдамайды: `login LOGIN` арқылы қайта кіріңіз.</translation>
    </message>
    <message>
        <source>The portal refused: {title} ({code}).</source>
        <translation>Портал бас тартты: {title} ({code}).</translation>
    </message>
    <message>
        <source>The keyring ({backend}) cannot be used: {detail}. The desk keeps its secrets only there: unlock or set up the keyring, or choose another backend with PYTHON_KEYRING_BACKEND.</source>
        <translation>Кілттер қоймасын ({backend}) пайдалану мүмкін емес: {detail}. Бағдарлама құпия деректерін тек сонда сақтайды: қойманы бұғаттан шығарыңыз немесе баптаңыз, не болмаса PYTHON_KEYRING_BACKEND арқылы басқасын таңдаңыз.</translation>
    </message>
    <message>
        <source>The local data cannot be opened with the key kept in the keyring ({backend}): it was made with another key, or the keyring lost it ({detail}). Ask support: moving the file aside lets the desk fetch a fresh copy, but actions in it not yet sent would be lost.</source>
        <translation>Жергілікті деректерді кілттер қоймасындағы ({backend}) кілтпен ашу мүмкін емес: олар басқа кілтпен жасалған немесе қойма кілтті жоғалтқан ({detail}). Қолдау қызметіне хабарласыңыз: файлды басқа жерге жылжытсаңыз, бағдарлама жаңа көшірмесін алады, бірақ ондағы әлі жіберілмеген әрекеттер жоғалады.</translation>
    </message>
    <message>
        <source>The local data is damaged ({detail}). Run `doctor`, and ask support before deleting anything.</source>
        <translation>Жергілікті деректер бүлінген ({detail}). `doctor` командасын орындаңыз және бірдеңе жоймас бұрын қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>The local data cannot be used: {detail}. Run `doctor`.</source>
        <translation>Жергілікті деректерді пайдалану мүмкін емес: {detail}. `doctor` командасын орындаңыз.</translation>
    </message>
    <message>
        <source>Another Balabaqsha Desk on this computer is still starting the embedded portal sandbox. Wait until it is ready and run the command again.</source>
        <translation>Осы компьютердегі басқа Balabaqsha Desk кірістірілген портал құмсалғышын әлі іске қосып жатыр. Ол дайын болғанша күтіп, команданы қайта орындаңыз.</translation>
    </message>
    <message>
        <source>The embedded portal sandbox did not start ({tail}). Set a portal with --portal URL, or run `doctor`.</source>
        <translation>Кірістірілген портал құмсалғышы іске қосылмады ({tail}). Порталды --portal URL арқылы көрсетіңіз немесе `doctor` командасын орындаңыз.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({detail}). Check the disk and the folder&apos;s permissions.</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады ({detail}). Дискіні және қалтаға қол жеткізу құқықтарын тексеріңіз.</translation>
    </message>
    <message>
        <source>check the signatures of a contract PDF, countersign it, or make contracts from the templates</source>
        <translation>PDF шарттың қолтаңбаларын тексеру, оған балабақша атынан қол қою немесе үлгілерден шарттар жасау</translation>
    </message>
    <message>
        <source>check every signature of FILE.pdf; exit code 0 only when all are valid</source>
        <translation>FILE.pdf файлының барлық қолтаңбасын тексеру; шығу коды 0 тек барлығы жарамды болғанда ғана</translation>
    </message>
    <message>
        <source>countersign FILE.pdf with the director&apos;s key into OUT.pdf (the key&apos;s password from BALABAQSHA_KEY_PASSWORD or asked on the terminal)</source>
        <translation>FILE.pdf файлына директордың кілтімен балабақша атынан қол қойып, OUT.pdf файлына жазу (кілттің құпиясөзі BALABAQSHA_KEY_PASSWORD айнымалысынан алынады немесе терминалда сұралады)</translation>
    </message>
    <message>
        <source>the contract PDF</source>
        <translation>шарттың PDF файлы</translation>
    </message>
    <message>
        <source>the first signer must be this person (the applicant parent&apos;s IIN)</source>
        <translation>бірінші қол қоюшы осы адам болуы керек (өтініш берген ата-ананың ЖСН-і)</translation>
    </message>
    <message>
        <source>the signing key (RSA256_….p12)</source>
        <translation>қол қою кілті (RSA256_….p12)</translation>
    </message>
    <message>
        <source>where to write the countersigned PDF</source>
        <translation>екі жақ қол қойған PDF жазылатын орын</translation>
    </message>
    <message>
        <source>the kindergarten&apos;s BIN (by default the signed-in kindergarten&apos;s)</source>
        <translation>балабақшаның БСН-і (әдепкі бойынша — жүйеге кірген балабақшаның БСН-і)</translation>
    </message>
    <message>
        <source>also trust these roots and intermediates (PEM; repeat for more)</source>
        <translation>осы түбірлік және аралық сертификаттарға да сену (PEM; бірнешеуі үшін қайталаңыз)</translation>
    </message>
    <message>
        <source>also use this CRL (DER or PEM; repeat for more)</source>
        <translation>осы CRL тізімін де пайдалану (DER немесе PEM; бірнешеуі үшін қайталаңыз)</translation>
    </message>
    <message>
        <source>make contract PDFs from the profile&apos;s current templates: one contract&apos;s data per line of JSON on stdin, each written to DIR/&lt;contract_number&gt;.pdf and its path printed</source>
        <translation>профильдің ағымдағы үлгілерінен PDF шарттар жасау: stdin-дегі JSON-ның әр жолы — бір шарттың деректері; әрқайсысы DIR/&lt;contract_number&gt;.pdf файлына жазылып, жолы басып шығарылады</translation>
    </message>
    <message>
        <source>the folder the PDFs are written to (made if missing)</source>
        <translation>PDF файлдар жазылатын қалта (жоқ болса, жасалады)</translation>
    </message>
    <message>
        <source>the template for every contract: kk, ru or bilingual (default: the group&apos;s language, as in the window)</source>
        <translation>барлық шартқа ортақ үлгі: kk, ru немесе bilingual (әдепкі бойынша — терезедегідей, топтың тілі)</translation>
    </message>
    <message>
        <source>The file {path} cannot be read: {reason}.</source>
        <translation>{path} файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a PDF: {detail}</source>
        <translation>{path} файлын PDF ретінде оқу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>BIN {bin}</source>
        <translation>БСН {bin}</translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation>ЖСН {iin}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>NOT VALID ({code}): {reason}</source>
        <translation>ЖАРАМСЫЗ ({code}): {reason}</translation>
    </message>
    <message>
        <source>Revocation checked against the {crl}.</source>
        <translation>Кері қайтарылуы мына тізім бойынша тексерілді: {crl}.</translation>
    </message>
    <message>
        <source>No CRL is cached: whether a certificate was revoked could not be checked (give one with --crl FILE).</source>
        <translation>CRL сақталмаған: сертификаттың кері қайтарылған-қайтарылмағанын тексеру мүмкін болмады (оны --crl FILE арқылы көрсетіңіз).</translation>
    </message>
    <message>
        <source>{path} carries no signature.</source>
        <translation>{path} файлында қолтаңба жоқ.</translation>
    </message>
    <message>
        <source>warning: {message}</source>
        <translation>ескерту: {message}</translation>
    </message>
    <message>
        <source>The first signature is not by IIN {iin}: it is by {who}.</source>
        <translation>Бірінші қолтаңбаны ЖСН {iin} иесі емес, {who} қойған.</translation>
    </message>
    <message>
        <source>No key password: set {variable} or run the command in a terminal.</source>
        <translation>Кілттің құпиясөзі жоқ: {variable} айнымалысын орнатыңыз немесе команданы терминалда орындаңыз.</translation>
    </message>
    <message>
        <source>Password of the key {name}: </source>
        <translation>{name} кілтінің құпиясөзі: </translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>диск толы</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>қалтаға жазуға болмайды</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>қалта жоқ</translation>
    </message>
    <message>
        <source>a file of that name is open in another program</source>
        <translation>осы атаулы файл басқа бағдарламада ашық</translation>
    </message>
    <message>
        <source>{path} was not written: {reason}. Nothing was changed there; free the file or choose another folder.</source>
        <translation>{path} жазылмады: {reason}. Онда ештеңе өзгерген жоқ; файлды босатыңыз немесе басқа қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>Whose contract is this? Give the kindergarten&apos;s BIN with --bin, or sign in with `login` first.</source>
        <translation>Бұл кімнің шарты? Балабақшаның БСН-ін --bin арқылы көрсетіңіз немесе алдымен `login` арқылы кіріңіз.</translation>
    </message>
    <message>
        <source>Nothing was signed: {path} carries no signature yet. The parent signs first.</source>
        <translation>Ештеңеге қол қойылмады: {path} файлында әлі қолтаңба жоқ. Алдымен ата-ана қол қояды.</translation>
    </message>
    <message>
        <source>Nothing was signed: the signature in {field} is not valid.</source>
        <translation>Ештеңеге қол қойылмады: {field} өрісіндегі қолтаңба жарамсыз.</translation>
    </message>
    <message>
        <source>Countersigned by {who} (BIN {bin}) with a time-stamp: written to {path}.</source>
        <translation>{who} (БСН {bin}) уақыт белгісімен балабақша атынан қол қойды: {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>Countersigned by {who} (BIN {bin}): written to {path}.</source>
        <translation>{who} (БСН {bin}) балабақша атынан қол қойды: {path} файлына жазылды.</translation>
    </message>
    <message>
        <source>the field “{field}” is missing</source>
        <translation>«{field}» өрісі жоқ</translation>
    </message>
    <message>
        <source>“{field}” is not a field of a contract (misspelt?)</source>
        <translation>«{field}» — шарттың өрісі емес (қате жазылған ба?)</translation>
    </message>
    <message>
        <source>“{field}” must be text</source>
        <translation>«{field}» мәтін болуы керек</translation>
    </message>
    <message>
        <source>“{field}” must be a whole number</source>
        <translation>«{field}» бүтін сан болуы керек</translation>
    </message>
    <message>
        <source>“{field}” must be a date written YYYY-MM-DD</source>
        <translation>«{field}» ЖЖЖЖ-АА-КК түрінде жазылған күн болуы керек</translation>
    </message>
    <message>
        <source>“{field}” must be kk or ru</source>
        <translation>«{field}» kk немесе ru болуы керек</translation>
    </message>
    <message>
        <source>The folder {path} cannot be made: {reason}.</source>
        <translation>{path} қалтасын жасау мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>Line {number}: {problem}</source>
        <translation>{number}-жол: {problem}</translation>
    </message>
    <message>
        <source>not JSON ({detail})</source>
        <translation>JSON емес ({detail})</translation>
    </message>
    <message>
        <source>not a JSON object of a contract&apos;s fields</source>
        <translation>шарт өрістерінің JSON нысаны емес</translation>
    </message>
    <message>
        <source>the contract number “{value}” cannot name a file: it must not be empty, start or end with a dot or space, or hold / \ : * ? &quot; &lt; &gt; |</source>
        <translation>«{value}» шарт нөмірі файл атауы бола алмайды: ол бос болмауы, нүктемен не бос орынмен басталмауы немесе аяқталмауы, әрі / \ : * ? &quot; &lt; &gt; | таңбаларын қамтымауы керек</translation>
    </message>
    <message>
        <source>show this help, with the reason codes, and exit</source>
        <translation>осы анықтаманы себеп кодтарымен көрсету және шығу</translation>
    </message>
    <message>
        <source>another reason, explained with --comment</source>
        <translation>басқа себеп, --comment арқылы түсіндіріледі</translation>
    </message>
    <message>
        <source>Reason codes (CODE):</source>
        <translation>Себеп кодтары (CODE):</translation>
    </message>
    <message>
        <source>the language of the commands&apos; messages (default: the profile&apos;s language, as chosen in the window); JSON output is the same in every language</source>
        <translation>командалар хабарламаларының тілі (әдепкі бойынша — профильдің терезеде таңдалған тілі); JSON шығысы барлық тілде бірдей</translation>
    </message>
    <message>
        <source>Balabaqsha Desk: without a command, the window; with one, the same services on the command line. Exit codes: 0 done, 1 refused, 2 bad usage, 3 the portal could not be reached (the work waits in the outbox), 4 synced, but actions the portal refused need attention.</source>
        <translation>Balabaqsha Desk: командасыз іске қосылса — терезе; командамен — сол қызметтер командалық жолда. Шығу кодтары: 0 орындалды, 1 бас тартылды, 2 қате пайдалану, 3 порталға қосылу мүмкін болмады (жұмыс жіберу кезегінде күтеді), 4 синхрондалды, бірақ портал қабылдамаған әрекеттер назар аударуды қажет етеді.</translation>
    </message>
    <message>
        <source>only requests in status S: {statuses}, or {new} for those awaiting the kindergarten&apos;s decision</source>
        <translation>тек S мәртебесіндегі өтініштер: {statuses}, не балабақшаның шешімін күтіп тұрғандары үшін {new}</translation>
    </message>
    <message>
        <source>the request&apos;s number, as people see it (257017), or its id (17)</source>
        <translation>өтініштің адамдар көретін нөмірі (257017) немесе оның id-і (17)</translation>
    </message>
    <message>
        <source>conflicts {count}</source>
        <translation>қайшылықтар {count}</translation>
    </message>
    <message>
        <source>invalid {count}</source>
        <translation>қабылданбағандары {count}</translation>
    </message>
    <message>
        <source>pushed {count} (applied {applied}{refused})</source>
        <translation>жіберілді {count} (қолданылды {applied}{refused})</translation>
    </message>
    <message>
        <source>nothing to push</source>
        <translation>жіберетін ештеңе жоқ</translation>
    </message>
    <message>
        <source>pulled {count} (full snapshot)</source>
        <translation>алынды {count} (толық көшірме)</translation>
    </message>
    <message>
        <source>pulled {count}</source>
        <translation>алынды {count}</translation>
    </message>
    <message>
        <source>{count} deleted</source>
        <translation>жойылды {count}</translation>
    </message>
    <message>
        <source>{count} pending</source>
        <translation>жіберуді күтуде {count}</translation>
    </message>
    <message>
        <source>{count} need attention: see `outbox`</source>
        <translation>назар аударуды қажет етеді {count}: `outbox` қараңыз</translation>
    </message>
    <message>
        <source>{kilobytes} KB in {seconds} s</source>
        <translation>{kilobytes} КБ, {seconds} с</translation>
    </message>
    <message>
        <source>{given} names two requests: request №{given} (id {number_id}) by its number, and request №{id_number} by its id. Nothing was recorded: see `requests`, and give the number of the one you mean, or the other&apos;s id.</source>
        <translation>{given} екі өтінішті білдіреді: нөмірі бойынша — №{given} өтініш (id {number_id}), id бойынша — №{id_number} өтініш. Ештеңе тіркелмеді: `requests` қарап, қажетті өтініштің нөмірін немесе екіншісінің id-ін көрсетіңіз.</translation>
    </message>
    <message>
        <source>There is no request {id} in the local data (neither a number nor an id): see `requests`, or sync to fetch new ones.</source>
        <translation>Жергілікті деректерде {id} өтініш жоқ (не нөмір, не id емес): `requests` қараңыз немесе жаңаларын алу үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({action}, id {id}); it goes to the portal with the next sync.</source>
        <translation>Жіберу кезегіне {seq} әрекеті ретінде тіркелді ({action}, id {id}); ол келесі синхрондау кезінде порталға жіберіледі.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>жіберуді күтуде</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>назар аударуды қажет етеді</translation>
    </message>
    <message>
        <source>check that the program is installed completely (headless, in a temporary folder; the profile is not touched), then exit: 0 when every check passed</source>
        <translation>бағдарламаның толық орнатылғанын тексеру (терезесіз, уақытша қалтада; профильге тиіспейді), содан кейін шығу: барлық тексеру өтсе, 0</translation>
    </message>
    <message>
        <source>the groups with their places; changes go through the outbox (works offline)</source>
        <translation>топтар және олардағы орындар; өзгерістер шығыс кезегі арқылы жіберіледі (желісіз де жұмыс істейді)</translation>
    </message>
    <message>
        <source>create a group</source>
        <translation>топ құру</translation>
    </message>
    <message>
        <source>the group&apos;s name</source>
        <translation>топтың атауы</translation>
    </message>
    <message>
        <source>the age band on the group&apos;s start day, e.g. 3-4</source>
        <translation>топ басталатын күнгі жас аралығы, мысалы 3-4</translation>
    </message>
    <message>
        <source>the language of education</source>
        <translation>оқыту тілі</translation>
    </message>
    <message>
        <source>places in the group</source>
        <translation>топтағы орын саны</translation>
    </message>
    <message>
        <source>general, special needs or short stay</source>
        <translation>жалпы, ерекше қажеттіліктер немесе қысқа мерзімді болу</translation>
    </message>
    <message>
        <source>the educators</source>
        <translation>тәрбиешілер</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>бөлме</translation>
    </message>
    <message>
        <source>set a group&apos;s capacity (never below enrolled plus reserved)</source>
        <translation>топтың сыйымдылығын белгілеу (қабылданған мен брондалғаннан кем емес)</translation>
    </message>
    <message>
        <source>the children enrolled in (or reserved for) a group</source>
        <translation>топқа қабылданған (немесе орын брондалған) балалар</translation>
    </message>
    <message>
        <source>move an enrolled child to another group</source>
        <translation>қабылданған баланы басқа топқа ауыстыру</translation>
    </message>
    <message>
        <source>the group to move to</source>
        <translation>ауыстырылатын топ</translation>
    </message>
    <message>
        <source>free places per group and month, computed from the local data</source>
        <translation>жергілікті деректерден есептелген, топ пен ай бойынша бос орындар</translation>
    </message>
    <message>
        <source>how many months ahead (default 12)</source>
        <translation>қанша ай алға (әдепкі 12)</translation>
    </message>
    <message>
        <source>send the current forecast to the portal (through the outbox)</source>
        <translation>ағымдағы болжамды порталға жіберу (шығыс кезегі арқылы)</translation>
    </message>
    <message>
        <source>restore lost or damaged local data from its newest good backup (the damaged file is moved aside, not deleted)</source>
        <translation>жоғалған немесе бүлінген жергілікті деректерді ең жаңа жарамды сақтық көшірмеден қалпына келтіру (бүлінген файл жойылмайды, бөлек қойылады)</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Топтың атауы болуы керек.</translation>
    </message>
    <message>
        <source>The kindergarten already has a group named “{name}”: choose another name.</source>
        <translation>Балабақшада «{name}» атты топ бар: басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <source>The age band is empty: give it as FROM-TO, for example 3-4.</source>
        <translation>Жас аралығы бос: оны БАСТАП-ДЕЙІН түрінде беріңіз, мысалы 3-4.</translation>
    </message>
    <message>
        <source>The age band {age_from}-{age_to} is inverted: the first age must not be above the second.</source>
        <translation>{age_from}-{age_to} жас аралығы кері берілген: бірінші жас екіншісінен үлкен болмауы керек.</translation>
    </message>
    <message>
        <source>Ages go from {low} to {high}.</source>
        <translation>Жас {low}-ден {high}-ге дейін болады.</translation>
    </message>
    <message>
        <source>A capacity is {low} to {high} places, not {capacity}.</source>
        <translation>Сыйымдылық {low}-ден {high} орынға дейін болады, {capacity} емес.</translation>
    </message>
    <message>
        <source>A capacity of {capacity} is below the children the group holds ({enrolled} enrolled and {reserved} reserved): move children out first, or choose at least {taken}.</source>
        <translation>{capacity} сыйымдылығы топтағы балалардан аз ({enrolled} қабылданған және {reserved} брондалған): алдымен балаларды ауыстырыңыз немесе кемінде {taken} таңдаңыз.</translation>
    </message>
    <message>
        <source>There is no group {group_id} in the local data: see `groups` for the ids.</source>
        <translation>Жергілікті деректерде {group_id} тобы жоқ: нөмірлерін `groups` арқылы қараңыз.</translation>
    </message>
    <message>
        <source>The group waits to be created on the portal: sync first, then change it.</source>
        <translation>Топ порталда әлі құрылмаған: алдымен синхрондаңыз, содан кейін өзгертіңіз.</translation>
    </message>
    <message>
        <source>The group still holds {enrolled} enrolled and {reserved} reserved children: move them to another group first.</source>
        <translation>Топта әлі {enrolled} қабылданған және {reserved} брондалған бала бар: алдымен оларды басқа топқа ауыстырыңыз.</translation>
    </message>
    <message>
        <source>Only an enrolled child (or one with a reserved place) moves; this request is {status}.</source>
        <translation>Тек қабылданған (немесе орны брондалған) бала ауыстырылады; бұл өтініштің күйі: {status}.</translation>
    </message>
    <message>
        <source>The child is in this group already.</source>
        <translation>Бала осы топта тұр.</translation>
    </message>
    <message>
        <source>The group “{name}” is full ({enrolled} enrolled and {reserved} reserved of {capacity}): raise its capacity first, or choose another group.</source>
        <translation>«{name}» тобы толық ({capacity} орынның {enrolled} қабылданған және {reserved} брондалған): алдымен сыйымдылығын арттырыңыз немесе басқа топ таңдаңыз.</translation>
    </message>
    <message>
        <source>The child will be {age} when the group starts; it takes {age_from}-{age_to}.</source>
        <translation>Топ басталғанда балаға {age} жас болады; топ {age_from}-{age_to} жастағыларды қабылдайды.</translation>
    </message>
    <message>
        <source>The group teaches in {language}; the parent asked for {languages}.</source>
        <translation>Топта оқыту тілі — {language}; ата-ана сұрағаны: {languages}.</translation>
    </message>
    <message>
        <source>Places cannot be negative ({places}).</source>
        <translation>Орын саны теріс болмайды ({places}).</translation>
    </message>
    <message>
        <source>There is no request {id} in the local data: see `requests` for the ids, or sync to fetch new ones.</source>
        <translation>Жергілікті деректерде {id} өтініші жоқ: нөмірлері мен id-лерін `requests` көрсетеді; жаңа өтініштер синхрондаудан кейін келеді.</translation>
    </message>
    <message>
        <source>No groups in the local data: sync to fetch them.</source>
        <translation>Жергілікті деректерде топтар жоқ: оларды алу үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>топ</translation>
    </message>
    <message>
        <source>ages</source>
        <translation>жасы</translation>
    </message>
    <message>
        <source>lang.</source>
        <translation>тілі</translation>
    </message>
    <message>
        <source>capacity</source>
        <translation>сыйымд.</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>қабылд.</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>брондалған</translation>
    </message>
    <message>
        <source>free</source>
        <translation>бос</translation>
    </message>
    <message>
        <source>! more children than places: raise the capacity or move children</source>
        <translation>! балалар орыннан көп: сыйымдылықты арттырыңыз немесе балаларды ауыстырыңыз</translation>
    </message>
    <message>
        <source>* a change waits in the outbox for the next sync</source>
        <translation>* өзгеріс келесі синхрондауды шығыс кезегінде күтуде</translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({name}); it goes to the portal with the next sync.</source>
        <translation>Шығыс кезегіне {seq} әрекеті ретінде жазылды ({name}); ол порталға келесі синхрондаумен кетеді.</translation>
    </message>
    <message>
        <source>No children in this group yet.</source>
        <translation>Бұл топта әзірге балалар жоқ.</translation>
    </message>
    <message>
        <source>--months is 1 to 36.</source>
        <translation>--months 1-ден 36-ға дейін болады.</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>бүтін сан күтілген, берілгені: {value}</translation>
    </message>
    <message>
        <source>{value} is out of range: no request, group or place count is that large</source>
        <translation>{value} рұқсат етілген шектен тыс: мұндай үлкен өтініш, топ немесе орын саны болмайды</translation>
    </message>
    <message>
        <source> or </source>
        <translation> немесе </translation>
    </message>
    <message>
        <source>This needs the role {needed}, and your role is not known on this computer yet. Nothing was recorded: sign in once with `login LOGIN` while the portal can be reached.</source>
        <translation>Бұл үшін {needed} рөлі қажет, ал сіздің рөліңіз бұл компьютерде әлі белгісіз. Ештеңе жазылмады: портал қолжетімді кезде `login LOGIN` арқылы бір рет кіріңіз.</translation>
    </message>
    <message>
        <source>Your role ({acting}) does not allow this: it needs the role {needed}. Nothing was recorded: sign in with `login LOGIN` as someone who holds that role.</source>
        <translation>Сіздің рөліңіз ({acting}) бұған рұқсат бермейді: {needed} рөлі қажет. Ештеңе жазылмады: осы рөлі бар қызметкер ретінде `login LOGIN` арқылы кіріңіз.</translation>
    </message>
    <message>
        <source>The local data is lost ({detail}), though the keyring still holds its key: actions recorded here and not yet sent may be lost with it. Nothing was created in its place. Run `doctor`, and ask support before signing in again.</source>
        <translation>Жергілікті деректер жоғалды ({detail}), бірақ кілттер қоймасында олардың кілті әлі бар: мұнда жазылып, әлі жіберілмеген әрекеттер солармен бірге жоғалуы мүмкін. Орнына ештеңе жасалмады. `doctor` іске қосыңыз және қайта кірмес бұрын қолдау қызметіне хабарласыңыз.</translation>
    </message>
    <message>
        <source>{path} is larger than {megabytes} MB, which no contract or key is: check that this is the right file. Nothing was read.</source>
        <translation>{path} {megabytes} МБ-тан үлкен, ал шарт та, кілт те мұндай үлкен болмайды: файлдың дұрыс екенін тексеріңіз. Ештеңе оқылмады.</translation>
    </message>
    <message>
        <source>{path} is not a file (a folder, a device or a pipe): give the path of the PDF or key file itself. Nothing was read.</source>
        <translation>{path} файл емес (қалта, құрылғы немесе арна): PDF немесе кілт файлының өз жолын беріңіз. Ештеңе оқылмады.</translation>
    </message>
    <message>
        <source>Too many failed sign-in attempts. Try again in {wait}; until then the portal refuses even the right password.</source>
        <translation>Кіру әрекеттері тым көп рет сәтсіз болды. {wait} өткен соң қайталаңыз; оған дейін портал дұрыс құпиясөзді де қабылдамайды.</translation>
    </message>
</context>
<context>
    <name>doctor</name>
    <message>
        <source>no local data yet (nobody has synced with this profile)</source>
        <translation>жергілікті деректер әлі жоқ (бұл профильмен ешкім синхрондамаған)</translation>
    </message>
    <message>
        <source>{name}: its key cannot be read from the keyring ({detail})</source>
        <translation>{name}: оның кілтін кілттер қоймасынан оқу мүмкін емес ({detail})</translation>
    </message>
    <message>
        <source>{name}: the keyring holds no key for it, so it cannot be opened; ask support (moved aside, the desk fetches a fresh copy, but actions in it not yet sent are lost)</source>
        <translation>{name}: кілттер қоймасында оның кілті жоқ, сондықтан оны ашу мүмкін емес; қолдау қызметіне хабарласыңыз (файлды жылжытсаңыз, бағдарлама жаңа көшірмесін алады, бірақ ондағы жіберілмеген әрекеттер жоғалады)</translation>
    </message>
    <message>
        <source>{name}: intact ({size:.1f} MB)</source>
        <translation>{name}: бүтін ({size:.1f} МБ)</translation>
    </message>
    <message>
        <source>The backup holds the actions up to number {seq}; those among them not yet confirmed ({pending}) will be sent at the next sync.</source>
        <translation>Сақтық көшірмеде {seq} нөміріне дейінгі әрекеттер бар; олардың ішінде әлі расталмағандары ({pending}) келесі синхрондауда жіберіледі.</translation>
    </message>
    <message>
        <source>cannot be opened: {detail}</source>
        <translation>ашу мүмкін емес: {detail}</translation>
    </message>
    <message>
        <source>the key in the keyring does not open it (another key, or the file is not a cache)</source>
        <translation>қоймадағы кілт оны ашпайды (басқа кілт немесе файл жергілікті деректер файлы емес)</translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation>бүлінген: {detail}</translation>
    </message>
    <message>
        <source>lost: the file is missing, though the keyring holds its key</source>
        <translation>жоғалды: файл жоқ, бірақ кілттер қоймасында оның кілті бар</translation>
    </message>
    <message>
        <source>(a backup is kept: `doctor --repair` restores it)</source>
        <translation>(сақтық көшірмесі бар: `doctor --repair` оны қалпына келтіреді)</translation>
    </message>
    <message>
        <source>{name}: the keyring holds no key for it, so neither it nor its backups can be opened; ask support</source>
        <translation>{name}: кілттер қоймасында оның кілті жоқ, сондықтан оны да, оның сақтық көшірмелерін де ашу мүмкін емес; қолдау қызметіне хабарласыңыз</translation>
    </message>
    <message>
        <source>{name}: intact, nothing to restore</source>
        <translation>{name}: бүтін, қалпына келтіретін ештеңе жоқ</translation>
    </message>
    <message>
        <source>{name}: no backup of it could be restored ({detail}); nothing was changed. Ask support</source>
        <translation>{name}: оның бірде-бір сақтық көшірмесін қалпына келтіру мүмкін болмады ({detail}); ештеңе өзгертілмеді. Қолдау қызметіне хабарласыңыз</translation>
    </message>
    <message>
        <source>{name}: skipped, damaged ({detail})</source>
        <translation>{name}: өткізіп жіберілді, бүлінген ({detail})</translation>
    </message>
    <message>
        <source>{name}: restored from the backup of {moment} ({backup})</source>
        <translation>{name}: {moment} кезіндегі сақтық көшірмеден ({backup}) қалпына келтірілді</translation>
    </message>
    <message>
        <source>the damaged file was moved aside as {aside}, nothing was deleted</source>
        <translation>бүлінген файл {aside} деген атпен бөлек қойылды, ештеңе жойылған жоқ</translation>
    </message>
    <message>
        <source>Actions recorded on this computer from {since} to {until} are not in the backup and may be lost: check them on the portal and record again any it does not show.</source>
        <translation>Осы компьютерде {since} – {until} аралығында жазылған әрекеттер сақтық көшірмеде жоқ және жоғалуы мүмкін: оларды порталдан тексеріп, портал көрсетпегендерін қайта жазыңыз.</translation>
    </message>
    <message>
        <source>Actions recorded on this computer after {since} are not in the backup and may be lost: check them on the portal and record again any it does not show.</source>
        <translation>Осы компьютерде {since} сәтінен кейін жазылған әрекеттер сақтық көшірмеде жоқ және жоғалуы мүмкін: оларды порталдан тексеріп, портал көрсетпегендерін қайта жазыңыз.</translation>
    </message>
    <message>
        <source>{backend} does not work: {detail}. Without it the desk cannot keep sessions or open its local data</source>
        <translation>{backend} жұмыс істемейді: {detail}. Онсыз бағдарлама сеанстарды сақтай алмайды және жергілікті деректерін аша алмайды</translation>
    </message>
    <message>
        <source>{backend} works (wrote, read and deleted a test entry)</source>
        <translation>{backend} жұмыс істейді (сынақ жазбасы жазылды, оқылды және жойылды)</translation>
    </message>
    <message>
        <source>none configured: the embedded portal sandbox is used (set one with --portal URL)</source>
        <translation>ешқайсысы бапталмаған: кірістірілген портал құмсалғышы пайдаланылады (--portal URL арқылы көрсетіңіз)</translation>
    </message>
    <message>
        <source>{url} cannot be reached ({detail}): check the connection; work waits in the outbox meanwhile</source>
        <translation>{url} қолжетімсіз ({detail}): байланысты тексеріңіз; әзірге жұмыс жіберу кезегінде күтеді</translation>
    </message>
    <message>
        <source>{url} answers, but not as a portal should ({detail}): check the address</source>
        <translation>{url} жауап береді, бірақ портал сияқты емес ({detail}): мекенжайды тексеріңіз</translation>
    </message>
    <message>
        <source>{url} answers, round trip {ms} ms</source>
        <translation>{url} жауап береді, сұрау-жауап уақыты {ms} мс</translation>
    </message>
    <message>
        <source>no CRL cached yet: a revoked key cannot be recognised offline until one is</source>
        <translation>CRL әлі сақталмаған: ол болмайынша кері қайтарылған кілтті желісіз анықтау мүмкін емес</translation>
    </message>
    <message>
        <source>the newest CRL is {age} old and was due for renewal on {date}: refresh it while online</source>
        <translation>ең жаңа CRL {age} бұрын шыққан, оны {date} жаңарту керек еді: желіге қосылғанда жаңартыңыз</translation>
    </message>
    <message>
        <source>the newest CRL is {age} old</source>
        <translation>ең жаңа CRL {age} бұрын шыққан</translation>
    </message>
    <message>
        <source>only {gb:.2f} GB free in {folder}: too little for syncs and documents; free some space</source>
        <translation>{folder} ішінде тек {gb:.2f} ГБ бос: синхрондау мен құжаттарға тым аз; орын босатыңыз</translation>
    </message>
    <message>
        <source>{gb:.1f} GB free in {folder}</source>
        <translation>{folder} ішінде {gb:.1f} ГБ бос</translation>
    </message>
    <message>
        <source>Qt&apos;s window-system plugin “{platform}” is not installed: reinstall the program</source>
        <translation>Qt терезе жүйесінің «{platform}» модулі орнатылмаған: бағдарламаны қайта орнатыңыз</translation>
    </message>
    <message>
        <source>Qt&apos;s window-system plugin “{platform}” cannot load: {libraries} missing; install them ({command})</source>
        <translation>Qt терезе жүйесінің «{platform}» модулі жүктелмейді: {libraries} жоқ; оларды орнатыңыз ({command})</translation>
    </message>
    <message>
        <source>Qt&apos;s window-system plugin “{platform}”: {file}, its system libraries are installed</source>
        <translation>Qt терезе жүйесінің «{platform}» модулі: {file}, қажетті жүйелік кітапханалары орнатылған</translation>
    </message>
    <message>
        <source>lost: the file is empty, though the keyring holds its key; actions recorded here and not yet sent may be lost</source>
        <translation>жоғалды: файл бос, бірақ кілттер қоймасында оның кілті бар; мұнда жазылып, әлі жіберілмеген әрекеттер жоғалуы мүмкін</translation>
    </message>
</context>
<context>
    <name>eds</name>
    <message>
        <source>The key {name} is valid only from {date}: use the key you have now, or wait until then.</source>
        <translation>{name} кілті тек {date} бастап жарамды: қазіргі кілтіңізді пайдаланыңыз немесе сол күнге дейін күтіңіз.</translation>
    </message>
    <message>
        <source>The key {name} expired on {date}: get a new key from NCA RK (pki.gov.kz) and use that.</source>
        <translation>{name} кілтінің мерзімі {date} аяқталды: ҚР ҰКО-дан (pki.gov.kz) жаңа кілт алып, соны пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}. Check that the file (or the USB stick it is on) is still there and readable, then choose it again.</source>
        <translation>{path} кілт файлын оқу мүмкін емес: {reason}. Файлдың (немесе ол тұрған USB жинақтауышының) орнында екенін және оқылатынын тексеріп, оны қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>The file {name} holds no private key with its certificate: choose the .p12 key file NCA RK issued.</source>
        <translation>{name} файлында сертификатымен бірге жабық кілт жоқ: ҚР ҰКО берген .p12 кілт файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The key in {name} is not an RSA key, and only RSA keys can be used: choose an RSA256_… or AUTH_RSA256_… file.</source>
        <translation>{name} ішіндегі кілт RSA кілті емес, ал тек RSA кілттерін пайдалануға болады: RSA256_… немесе AUTH_RSA256_… файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is a signing key: logging in needs the AUTH key issued with it (its file name starts with AUTH_RSA256_).</source>
        <translation>{name} — қол қою кілті: кіру үшін онымен бірге берілген AUTH кілті керек (оның файл атауы AUTH_RSA256_ деп басталады).</translation>
    </message>
    <message>
        <source>The file {name} is not a readable key file (PKCS#12): it may be damaged or not a key at all. Choose the .p12 file NCA RK issued.</source>
        <translation>{name} файлы оқылатын кілт файлы (PKCS#12) емес: ол бүлінген немесе мүлдем кілт емес болуы мүмкін. ҚР ҰКО берген .p12 файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The password does not open the key {name}. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Құпиясөз {name} кілтін ашпайды. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The file {name} holds no private key: choose the .p12 key file NCA RK issued.</source>
        <translation>{name} файлында жабық кілт жоқ: ҚР ҰКО берген .p12 кілт файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>{name} is a GOST key ({kind}, algorithm {oid}). GOST keys are not supported yet: use your RSA key (a file named RSA256_… to sign, AUTH_RSA256_… to log in).</source>
        <translation>{name} — ГОСТ кілті ({kind}, алгоритм {oid}). ГОСТ кілттеріне әзірге қолдау жоқ: RSA кілтіңізді пайдаланыңыз (қол қою үшін RSA256_…, кіру үшін AUTH_RSA256_… файлы).</translation>
    </message>
    <message>
        <source>The key in {name} uses an algorithm this program cannot use ({oid}): choose an RSA key.</source>
        <translation>{name} ішіндегі кілт бұл бағдарлама пайдалана алмайтын алгоритмді қолданады ({oid}): RSA кілтін таңдаңыз.</translation>
    </message>
    <message>
        <source>(By its name this is a GOST key: even with the right password, GOST keys are not supported yet.)</source>
        <translation>(Атауына қарағанда бұл ГОСТ кілті: құпиясөз дұрыс болса да, ГОСТ кілттеріне әзірге қолдау жоқ.)</translation>
    </message>
    <message>
        <source>{path} is not a key file: NCA&apos;s key files are small .p12 files, not folders, devices or anything over 1 MB. Choose the key file itself.</source>
        <translation>{path} кілт файлы емес: ҰКО кілттері — шағын .p12 файлдары, олар қалта, құрылғы немесе 1 МБ-тан үлкен файл болмайды. Кілт файлының өзін таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>self_check</name>
    <message>
        <source>cannot import {modules}</source>
        <translation>импорттау мүмкін емес: {modules}</translation>
    </message>
    <message>
        <source>the sandbox&apos;s module check ended with code {code}</source>
        <translation>оқу порталының модульдерін тексеру {code} кодымен аяқталды</translation>
    </message>
    <message>
        <source>missing {files} in {folder}</source>
        <translation>{folder} ішінде {files} жоқ</translation>
    </message>
    <message>
        <source>cannot load {modules}</source>
        <translation>жүктеу мүмкін емес: {modules}</translation>
    </message>
    <message>
        <source>the interface font has no Kazakh letters: the fonts in {folder} are missing</source>
        <translation>интерфейс қарпінде қазақ әріптері жоқ: {folder} ішіндегі қаріптер жоқ</translation>
    </message>
    <message>
        <source>the schema was not migrated</source>
        <translation>деректер құрылымы жаңартылмады</translation>
    </message>
    <message>
        <source>the file is not encrypted</source>
        <translation>файл шифрланбаған</translation>
    </message>
    <message>
        <source>{file} is missing or unreadable</source>
        <translation>{file} жоқ немесе оқылмайды</translation>
    </message>
    <message>
        <source>{file} does not translate “{text}”</source>
        <translation>{file} «{text}» дегенді аудармайды</translation>
    </message>
    <message>
        <source>the PDF uses no fonts</source>
        <translation>PDF ешбір қаріп қолданбайды</translation>
    </message>
    <message>
        <source>fonts not embedded: {fonts}</source>
        <translation>ендірілмеген қаріптер: {fonts}</translation>
    </message>
    <message>
        <source>the PDF does not use the DejaVu fonts (Kazakh letters): {fonts}</source>
        <translation>PDF DejaVu қаріптерін (қазақ әріптері) қолданбайды: {fonts}</translation>
    </message>
    <message>
        <source>QtPdf cannot render the contract (status {status})</source>
        <translation>QtPdf шартты көрсете алмайды (күйі {status})</translation>
    </message>
    <message>
        <source>the sandbox did not stop</source>
        <translation>оқу порталы тоқтамады</translation>
    </message>
    <message>
        <source>not checked: needs the contract and the sandbox</source>
        <translation>тексерілмеді: шарт пен оқу порталы қажет</translation>
    </message>
    <message>
        <source>the signed PDF carries no signature</source>
        <translation>қол қойылған PDF-те қолтаңба жоқ</translation>
    </message>
    <message>
        <source>modules of the client</source>
        <translation>бағдарлама модульдері</translation>
    </message>
    <message>
        <source>modules of the portal sandbox</source>
        <translation>оқу порталының модульдері</translation>
    </message>
    <message>
        <source>Qt plugins</source>
        <translation>Qt плагиндері</translation>
    </message>
    <message>
        <source>Qt libraries and fonts</source>
        <translation>Qt кітапханалары мен қаріптер</translation>
    </message>
    <message>
        <source>encrypted local data</source>
        <translation>шифрланған жергілікті деректер</translation>
    </message>
    <message>
        <source>translations</source>
        <translation>аудармалар</translation>
    </message>
    <message>
        <source>contract PDF</source>
        <translation>шарттың PDF файлы</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>қолтаңба</translation>
    </message>
    <message>
        <source>portal sandbox (start and stop)</source>
        <translation>оқу порталы (іске қосу және тоқтату)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>жарайды</translation>
    </message>
    <message>
        <source>FAILED: {problem}</source>
        <translation>ҚАТЕ: {problem}</translation>
    </message>
    <message>
        <source>self-check failed: {checks}</source>
        <translation>өзін-өзі тексеру сәтсіз: {checks}</translation>
    </message>
    <message>
        <source>self-check passed: the program is installed completely</source>
        <translation>өзін-өзі тексеру өтті: бағдарлама толық орнатылған</translation>
    </message>
</context>
<context>
    <name>signatures</name>
    <message>
        <source>The file is not a PDF document: choose the contract&apos;s PDF file.</source>
        <translation>Файл PDF құжаты емес: шарттың PDF файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The PDF cannot be read ({detail}): it is damaged or incomplete. Get the file again, then check it anew.</source>
        <translation>PDF файлын оқу мүмкін емес ({detail}): ол бүлінген немесе толық емес. Файлды қайта алып, оны қайтадан тексеріңіз.</translation>
    </message>
    <message>
        <source>A signature in the PDF cannot be read ({detail}): the file is damaged. Get the file again, then check it anew.</source>
        <translation>PDF ішіндегі қолтаңбаны оқу мүмкін емес ({detail}): файл бүлінген. Файлды қайта алып, оны қайтадан тексеріңіз.</translation>
    </message>
    <message>
        <source>No revocation list (CRL) of {issuer} is cached, so whether the certificate of {who} was revoked is unknown. Refresh the CRL while online.</source>
        <translation>{issuer} шығарған кері қайтарылғандар тізімі (CRL) сақталмаған, сондықтан {who} сертификатының кері қайтарылған-қайтарылмағаны белгісіз. Желіде болғанда CRL тізімін жаңартыңыз.</translation>
    </message>
    <message>
        <source>The revocation list of {issuer} is {age} old and was due for renewal on {date}: a recent revocation may be missing from it. Refresh it while online, or decide knowing this.</source>
        <translation>{issuer} шығарған кері қайтарылғандар тізімі {age} бұрын шыққан, оны {date} жаңарту керек еді: онда соңғы кері қайтарулар болмауы мүмкін. Желіге қосылғанда оны жаңартыңыз немесе осыны ескеріп шешім қабылдаңыз.</translation>
    </message>
    <message>
        <source>The certificate of {who} was revoked on {date}, after this signature was made.</source>
        <translation>{who} сертификаты {date} кері қайтарылған — бұл қолтаңба қойылғаннан кейін.</translation>
    </message>
    <message>
        <source>The certificate of {who} was revoked on {date} (according to the revocation list of {issuer} of {crl_date}).</source>
        <translation>{who} сертификаты {date} кері қайтарылған ({issuer} шығарған, {crl_date} күнгі кері қайтарылғандар тізімі бойынша).</translation>
    </message>
    <message>
        <source>The certificate of {who} had expired on {date}, before {what}.</source>
        <translation>{who} сертификатының мерзімі {date} аяқталған, ал {what} одан кейін.</translation>
    </message>
    <message>
        <source>The certificate of {who} is valid only from {date}, after {what}.</source>
        <translation>{who} сертификаты тек {date} бастап жарамды, ал {what} одан бұрын.</translation>
    </message>
    <message>
        <source>The certificate of {who} does not lead to a trusted root certificate.</source>
        <translation>{who} сертификаты сенімді түбірлік сертификатпен расталмаған.</translation>
    </message>
    <message>
        <source>The signature cannot be read ({detail}).</source>
        <translation>Қолтаңбаны оқу мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <source>The signature of {who} cannot be checked ({detail}).</source>
        <translation>{who} қолтаңбасын тексеру мүмкін емес ({detail}).</translation>
    </message>
    <message>
        <source>The document was changed after {who} signed it: the signed content no longer matches the signature.</source>
        <translation>{who} қол қойғаннан кейін құжат өзгертілген: қол қойылған мазмұн қолтаңбаға енді сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The signature of {who} does not match their certificate.</source>
        <translation>{who} қолтаңбасы оның сертификатына сәйкес келмейді.</translation>
    </message>
    <message>
        <source>The document was modified after {who} signed it, beyond adding later signatures.</source>
        <translation>{who} қол қойғаннан кейін құжатқа кейінгі қолтаңбаларды қосудан басқа өзгерістер енгізілген.</translation>
    </message>
    <message>
        <source>the signing time</source>
        <translation>қол қойылған уақыт</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>жарамды</translation>
    </message>
    <message>
        <source>The signed PDF is not the contract that was sent with a signature added: it is another document, or the contract was saved again before or after signing.</source>
        <translation>Қол қойылған PDF — жіберілген шартқа қолтаңба қосылған нұсқасы емес: бұл басқа құжат немесе шарт қол қоюдан бұрын не кейін қайта сақталған.</translation>
    </message>
    <message>
        <source>The parent&apos;s PDF carries no signature.</source>
        <translation>Ата-ананың PDF файлында қолтаңба жоқ.</translation>
    </message>
    <message>
        <source>The parent&apos;s PDF carries {count} new signatures, where one was expected.</source>
        <translation>Ата-ананың PDF файлында бір қолтаңба күтілген еді, ал онда {count} жаңа қолтаңба бар.</translation>
    </message>
    <message>
        <source>The contract was changed after it was sent and before the parent signed it.</source>
        <translation>Шарт жіберілгеннен кейін және ата-ана қол қоймас бұрын өзгертілген.</translation>
    </message>
    <message>
        <source>{who} signed with a log-in key (AUTH), not a signing key: ask the parent to sign with their RSA256_… key.</source>
        <translation>{who} қол қою кілтімен емес, кіру кілтімен (AUTH) қол қойған: ата-анадан RSA256_… кілтімен қол қоюды сұраңыз.</translation>
    </message>
    <message>
        <source>The certificate of {who} is not an individual&apos;s: the parent must sign with a personal key, not an organisation&apos;s.</source>
        <translation>{who} сертификаты жеке тұлғаныкі емес: ата-ана ұйымның кілтімен емес, жеке кілтімен қол қоюы керек.</translation>
    </message>
    <message>
        <source>The contract was signed by {who} (IIN {iin}), not by the applicant parent (IIN {expected}).</source>
        <translation>Шартқа өтініш берген ата-ана (ЖСН {expected}) емес, {who} (ЖСН {iin}) қол қойған.</translation>
    </message>
    <message>
        <source>{file} is a log-in key (AUTH): countersigning needs the signing key issued with it (its file name starts with RSA256_).</source>
        <translation>{file} — кіру кілті (AUTH): балабақша атынан қол қою үшін онымен бірге берілген қол қою кілті қажет (оның файл атауы RSA256_ деп басталады).</translation>
    </message>
    <message>
        <source>The key of {who} is a personal key: countersigning needs the key NCA RK issued to them as an employee of the kindergarten (BIN {bin}).</source>
        <translation>{who} кілті — жеке кілт: балабақша атынан қол қою үшін ҚР ҰКО оған балабақша (БСН {bin}) қызметкері ретінде берген кілт қажет.</translation>
    </message>
    <message>
        <source>The key of {who} belongs to another organisation (BIN {theirs}), not to this kindergarten (BIN {ours}).</source>
        <translation>{who} кілті осы балабақшаға (БСН {ours}) емес, басқа ұйымға (БСН {theirs}) тиесілі.</translation>
    </message>
    <message>
        <source>The key of {who} gives no right to sign for the kindergarten (it is not a first head&apos;s key, and carries no right to sign): the director, or an employee with the right to sign, must countersign.</source>
        <translation>{who} кілті балабақша атынан қол қою құқығын бермейді (бұл бірінші басшының кілті емес және онда қол қою құқығы жоқ): шартқа директор немесе қол қою құқығы бар қызметкер қол қоюы керек.</translation>
    </message>
    <message>
        <source>Nothing was signed: the signature in {field} ({who}) is not valid. {reason}</source>
        <translation>Ештеңеге қол қойылмады: {field} өрісіндегі қолтаңба ({who}) жарамсыз. {reason}</translation>
    </message>
    <message>
        <source>Nothing was signed: the contract carries no signature yet. The parent signs first.</source>
        <translation>Ештеңеге қол қойылмады: шартта әлі қолтаңба жоқ. Алдымен ата-ана қол қояды.</translation>
    </message>
    <message>
        <source>Nothing was signed: the contract is countersigned already.</source>
        <translation>Ештеңеге қол қойылмады: шартқа балабақша атынан қол қойылып қойған.</translation>
    </message>
    <message>
        <source>Nothing was signed. {reason}</source>
        <translation>Ештеңеге қол қойылмады. {reason}</translation>
    </message>
    <message>
        <source>The time-stamp server {url} did not answer: the contract was signed without a time-stamp (PAdES baseline B).</source>
        <translation>{url} уақыт белгісі сервері жауап бермеді: шартқа уақыт белгісінсіз қол қойылды (PAdES baseline B).</translation>
    </message>
    <message>
        <source>The signature could not be added as an incremental revision: nothing was signed.</source>
        <translation>Қолтаңбаны инкременттік редакция ретінде қосу мүмкін болмады: ештеңеге қол қойылмады.</translation>
    </message>
    <message>
        <source>Nothing was signed: the contract has several empty signature fields ({fields}) and none of them is named {field}, so which one is the kindergarten&apos;s cannot be told. Ask whoever made the contract to leave one empty field for the kindergarten.</source>
        <translation>Ештеңеге қол қойылмады: шартта бірнеше бос қолтаңба өрісі бар ({fields}), бірақ олардың ешқайсысы {field} деп аталмайды, сондықтан қайсысы балабақшаныкі екенін анықтау мүмкін емес. Шартты жасаған адамнан балабақшаға бір ғана бос өріс қалдыруды сұраңыз.</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Balabaqsha Desk cannot open its window: Qt&apos;s window-system plugin “{platform}” could not start.</source>
        <translation>Balabaqsha Desk терезесін аша алмайды: Qt терезе жүйесінің «{platform}» модулі іске қосылмады.</translation>
    </message>
    <message>
        <source>These system libraries are missing: {libraries}. Ask your IT person to install them; on Debian or Ubuntu this command does it:</source>
        <translation>Мына жүйелік кітапханалар жоқ: {libraries}. Жүйелік әкімшіден оларды орнатуды сұраңыз; Debian немесе Ubuntu жүйесінде мына пәрмен орнатады:</translation>
    </message>
    <message>
        <source>Install the system packages that provide: {libraries}.</source>
        <translation>Мыналар бар жүйелік бумаларды орнатыңыз: {libraries}.</translation>
    </message>
    <message>
        <source>There is no screen to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start the program from a desktop session; the commands work without one (python -m desktop --help).</source>
        <translation>Терезе ашатын экран жоқ (DISPLAY те, WAYLAND_DISPLAY те берілмеген). Бағдарламаны графикалық сеанстан іске қосыңыз; пәрмендер онсыз да жұмыс істейді (python -m desktop --help).</translation>
    </message>
    <message>
        <source>Qt reported: {message}. Reinstall the program; if that does not help, send the log {log} to support.</source>
        <translation>Qt хабары: {message}. Бағдарламаны қайта орнатыңыз; бұл көмектеспесе, {log} журналын қолдау қызметіне жіберіңіз.</translation>
    </message>
    <message>
        <source>The folder for settings and data cannot be used: {path} ({error}). Choose another one with --profile DIR, or ask your IT person for write access to it.</source>
        <translation>Баптаулар мен деректерге арналған қалтаны пайдалану мүмкін емес: {path} ({error}). --profile DIR арқылы басқа қалтаны таңдаңыз немесе жүйелік әкімшіден оған жазу құқығын сұраңыз.</translation>
    </message>
    <message>
        <source>The installation is incomplete: {module} cannot be loaded ({error}). Reinstall Balabaqsha Desk (from a source checkout: python dev.py run).</source>
        <translation>Бағдарлама толық орнатылмаған: {module} жүктелмейді ({error}). Balabaqsha Desk бағдарламасын қайта орнатыңыз (бастапқы кодтан: python dev.py run).</translation>
    </message>
    <message>
        <source>Balabaqsha Desk could not start: {error}. The details are in the log {log}; send it to support.</source>
        <translation>Balabaqsha Desk іске қосылмады: {error}. Толығырақ {log} журналында; оны қолдау қызметіне жіберіңіз.</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>The certificate file {path} cannot be read: {reason}.</source>
        <translation>{path} сертификат файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>{path} holds no certificate that can be read (PEM or DER expected): {reason}.</source>
        <translation>{path} ішінде оқылатын сертификат жоқ (PEM немесе DER күтілген еді): {reason}.</translation>
    </message>
    <message>
        <source>{path} holds no certificate (PEM or DER expected).</source>
        <translation>{path} ішінде сертификат жоқ (PEM немесе DER күтілген еді).</translation>
    </message>
    <message>
        <source>The CRL file {path} cannot be read: {reason}.</source>
        <translation>{path} CRL файлын оқу мүмкін емес: {reason}.</translation>
    </message>
    <message>
        <source>{path} is not a certificate revocation list (CRL, DER or PEM expected).</source>
        <translation>{path} — кері қайтарылған сертификаттар тізімі емес (CRL, DER немесе PEM күтілген еді).</translation>
    </message>
    <message>
        <source>What was received is not a certificate revocation list (CRL).</source>
        <translation>Алынған дерек кері қайтарылған сертификаттар тізімі (CRL) емес.</translation>
    </message>
    <message>
        <source>The CRL of {issuer} is not signed by its issuer: it was not kept.</source>
        <translation>{issuer} шығарған деп көрсетілген CRL тізіміне сол орталық қол қоймаған: тізім сақталмады.</translation>
    </message>
    <message>
        <source>No NCA RK root certificates are installed, so no signature can be trusted. Ask IT to add them (resources/trust/README.md says how).</source>
        <translation>ҚР ҰКО түбірлік сертификаттары орнатылмаған, сондықтан ешбір қолтаңбаға сенуге болмайды. Оларды қосуды IT маманынан сұраңыз (қалай істеу керектігі resources/trust/README.md файлында жазылған).</translation>
    </message>
    <message>
        <source>No NCA RK root certificates are installed, only test roots: ask IT to add them (resources/trust/README.md says how).</source>
        <translation>ҚР ҰКО түбірлік сертификаттары орнатылмаған, тек сынақ түбірлік сертификаттары бар: оларды қосуды IT маманынан сұраңыз (қалай істеу керектігі resources/trust/README.md файлында жазылған).</translation>
    </message>
    <message>
        <source>no CRL cached</source>
        <translation>CRL сақталмаған</translation>
    </message>
    <message>
        <source>CRL of {issuer} issued {date} ({age} ago)</source>
        <translation>{issuer} шығарған CRL, {date} ({age} бұрын)</translation>
    </message>
    <message>
        <source>, overdue since {date}</source>
        <translation>, {date} бастап мерзімі өткен</translation>
    </message>
</context>
</TS>
