<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AttentionModel</name>
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
    <name>ContractsModel</name>
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
        <source>No contracts yet. A contract appears here once it is sent to a parent.</source>
        <translation>Әзірге шарттар жоқ. Шарт ата-анаға жіберілгеннен кейін осында пайда болады.</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Бірдеңе дұрыс болмады</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Есепті көшіру</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Есепті сақтау…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Есепті сақтау</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Мәтіндік файлдар (*.txt)</translation>
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
</context>
<context>
    <name>GroupsModel</name>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} жас</translation>
    </message>
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
        <source>Choose the AUTH key</source>
        <translation>AUTH кілтін таңдаңыз</translation>
    </message>
    <message>
        <source>Keys (*.p12 *.pfx)</source>
        <translation>Кілттер (*.p12 *.pfx)</translation>
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
        <source>Act as {role}</source>
        <translation>{role} ретінде жұмыс істеу</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>Құпиясөзіңіз:</translation>
    </message>
    <message>
        <source>Switching role…</source>
        <translation>Рөл ауыстырылуда…</translation>
    </message>
    <message>
        <source>The role was not switched</source>
        <translation>Рөл ауыстырылмады</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not available in this version.</source>
        <translation>Бұл бет осы нұсқада қолжетімсіз.</translation>
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
        <translation>Бала қабылданды</translation>
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
        <source>Languages</source>
        <translation>Тілдері</translation>
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
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>Қалған жұмыс күндері</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Жасы</translation>
    </message>
    <message>
        <source>{low}–{high} years</source>
        <translation>{low}–{high} жас</translation>
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
        <source>Free places</source>
        <translation>Бос орындар</translation>
    </message>
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
        <translation>Қабылданды (оқуға)</translation>
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
    <name>RequestDetailDialog</name>
    <message>
        <source>Request №{number}</source>
        <translation>№{number} өтініш</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Өтініш</translation>
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
        <translation>Қабылданды (оқуға)</translation>
    </message>
    <message>
        <source>Group {id}</source>
        <translation>{id} тобы</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Әлі жіберілмеді</translation>
    </message>
    <message>
        <source>{review}, not sent yet</source>
        <translation>{review}, әлі жіберілмеді</translation>
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
    <message>
        <source>With the kindergarten</source>
        <translation>Балабақшада қаралуда</translation>
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
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Sync with the portal every:</source>
        <translation>Порталмен синхрондау жиілігі:</translation>
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
        <source>sending</source>
        <translation>жіберілуде</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>қабылдануда</translation>
    </message>
    <message>
        <source>The portal&apos;s data would delete most of what is saved on this computer. Allow it only if you expect that (for example, a new school year).</source>
        <translation>Порталдың деректері осы компьютерде сақталғанның басым бөлігін жояды. Мұны күтсеңіз ғана рұқсат етіңіз (мысалы, жаңа оқу жылы басталғанда).</translation>
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
        <translation>Қабылданды</translation>
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
        <source>Balabaqsha Desk: without a command, the window; with one, the same services on the command line. Exit codes: 0 done, 1 refused, 2 bad usage, 3 the portal could not be reached (the work waits in the outbox).</source>
        <translation>Balabaqsha Desk: командасыз іске қосылса — терезе; командамен — сол қызметтер командалық жолда. Шығу кодтары: 0 орындалды, 1 бас тартылды, 2 қате пайдалану, 3 порталға қосылу мүмкін болмады (жұмыс жіберу кезегінде күтеді).</translation>
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
        <source>only requests in status S</source>
        <translation>тек S мәртебесіндегі өтініштер</translation>
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
        <source>the request&apos;s id</source>
        <translation>өтініштің идентификаторы</translation>
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
        <source>There is no request {id} in the local data: see `requests` for the ids, or sync to fetch new ones.</source>
        <translation>Жергілікті деректерде {id} өтініші жоқ: идентификаторларды `requests` арқылы қараңыз немесе жаңаларын алу үшін синхрондаңыз.</translation>
    </message>
    <message>
        <source>Recorded as outbox action {seq} ({name} on request {id}); it goes to the portal with the next sync.</source>
        <translation>Жіберу кезегіне {seq} әрекеті ретінде тіркелді ({id} өтініш бойынша {name}); ол келесі синхрондау кезінде порталға жіберіледі.</translation>
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
        <source>waiting          {seq:&gt;5}  {name} {args}</source>
        <translation>күтуде           {seq:&gt;5}  {name} {args}</translation>
    </message>
    <message>
        <source>needs attention  {seq:&gt;5}  {name} {args}: {outcome}, {reason}</source>
        <translation>назар керек      {seq:&gt;5}  {name} {args}: {outcome}, {reason}</translation>
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
        <source>The embedded portal sandbox did not start ({tail}). Set a portal with --portal URL, or run `doctor`.</source>
        <translation>Кірістірілген портал құмсалғышы іске қосылмады ({tail}). Порталды --portal URL арқылы көрсетіңіз немесе `doctor` командасын орындаңыз.</translation>
    </message>
    <message>
        <source>A file could not be read or written ({detail}). Check the disk and the folder&apos;s permissions.</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады ({detail}). Дискіні және қалтаға қол жеткізу құқықтарын тексеріңіз.</translation>
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
        <source>the newest CRL is {days} days old and was due for renewal on {date}: sync while online to fetch a new one</source>
        <translation>ең жаңа CRL {days} күн бұрын шыққан, оны {date} жаңарту керек еді: жаңасын алу үшін желіде синхрондаңыз</translation>
    </message>
    <message>
        <source>the newest CRL is {days} days old</source>
        <translation>ең жаңа CRL {days} күн бұрын шыққан</translation>
    </message>
    <message>
        <source>only {gb:.2f} GB free in {folder}: too little for syncs and documents; free some space</source>
        <translation>{folder} ішінде тек {gb:.2f} ГБ бос: синхрондау мен құжаттарға тым аз; орын босатыңыз</translation>
    </message>
    <message>
        <source>{gb:.1f} GB free in {folder}</source>
        <translation>{folder} ішінде {gb:.1f} ГБ бос</translation>
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
        <source>The key file {path} cannot be read: {reason}.</source>
        <translation>{path} кілт файлын оқу мүмкін емес: {reason}.</translation>
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
</context>
</TS>
