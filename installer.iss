; Inno Setup 6 script: a per-user install of the PyInstaller bundle, no administrator
; rights needed. Build the bundle first (`python dev.py bundle`), then `iscc installer.iss`;
; the installer is written to dist\installer\. The version comes from the bundled
; executable's version resource (desktop.__version__, see build_installer.spec).
;
; The user's settings, local data and logs (platformdirs: %LOCALAPPDATA%\BalabaqshaDesk)
; are not part of the install: uninstalling keeps them unless the user says to remove them.

#define AppName "Balabaqsha Desk"
#define AppExe "balabaqsha-desk.exe"
#define Bundle "dist\balabaqsha-desk"
#define AppVersion GetVersionNumbersString(Bundle + "\" + AppExe)
#define DataFolder "BalabaqshaDesk"

[Setup]
AppId={{6F0E7C52-3B1D-4C8E-9A57-0B7D2C4E8F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Balabaqsha
VersionInfoVersion={#AppVersion}
; Per user: {localappdata}\Programs, the Start menu of this user, no UAC prompt.
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=build\app.ico
OutputDir=dist\installer
OutputBaseFilename=balabaqsha-desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=yes
UsePreviousLanguage=no
CloseApplications=yes

[Languages]
; Inno Setup ships no Kazakh translation: the Kazakh setup is the English messages with the
; ones a person sees on every page put into Kazakh below ([Messages] kk.*).
Name: "kk"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
kk.LanguageName=Қазақ тілі
kk.LanguageID=$043F
kk.SetupAppTitle=Орнату
kk.SetupWindowTitle=Орнату — %1
kk.UninstallAppTitle=Жою
kk.UninstallAppFullTitle=%1 жою
kk.SelectLanguageTitle=Орнату тілін таңдаңыз
kk.SelectLanguageLabel=Орнату кезінде қолданылатын тілді таңдаңыз.
kk.ButtonBack=< &Артқа
kk.ButtonNext=&Келесі >
kk.ButtonInstall=&Орнату
kk.ButtonOK=Жарайды
kk.ButtonCancel=Бас тарту
kk.ButtonYes=&Иә
kk.ButtonNo=&Жоқ
kk.ButtonFinish=&Аяқтау
kk.ButtonBrowse=&Шолу...
kk.ButtonNewFolder=&Жаңа қалта жасау
kk.ExitSetupTitle=Орнатудан шығу
kk.ExitSetupMessage=Орнату аяқталған жоқ. Қазір шықсаңыз, бағдарлама орнатылмайды.%n%nОрнатуды кейін қайта іске қосып, аяқтауға болады.%n%nОрнатудан шығасыз ба?
kk.WelcomeLabel1=[name] орнату шеберіне қош келдіңіз
kk.WelcomeLabel2=Бұл шебер компьютеріңізге [name/ver] бағдарламасын орнатады.%n%nЖалғастырмас бұрын басқа бағдарламаларды жапқан жөн.
kk.WizardSelectDir=Орнату қалтасын таңдаңыз
kk.SelectDirDesc=[name] қайда орнатылсын?
kk.SelectDirLabel3=Орнату [name] бағдарламасын келесі қалтаға орнатады.
kk.SelectDirBrowseLabel=Жалғастыру үшін «Келесі» батырмасын басыңыз. Басқа қалтаны таңдау үшін «Шолу» батырмасын басыңыз.
kk.DiskSpaceMBLabel=Кемінде [mb] МБ бос орын қажет.
kk.WizardSelectTasks=Қосымша тапсырмаларды таңдаңыз
kk.SelectTasksDesc=Тағы не істеу керек?
kk.SelectTasksLabel2=[name] орнату кезінде орындалатын қосымша тапсырмаларды таңдап, «Келесі» батырмасын басыңыз.
kk.WizardReady=Орнатуға дайын
kk.ReadyLabel1=Орнату [name] бағдарламасын компьютеріңізге орнатуға дайын.
kk.ReadyLabel2a=Орнатуды бастау үшін «Орнату» батырмасын, параметрлерді қарау немесе өзгерту үшін «Артқа» батырмасын басыңыз.
kk.ReadyLabel2b=Орнатуды бастау үшін «Орнату» батырмасын басыңыз.
kk.ReadyMemoDir=Орнату қалтасы:
kk.ReadyMemoTasks=Қосымша тапсырмалар:
kk.WizardInstalling=Орнатылуда
kk.InstallingLabel=[name] компьютеріңізге орнатылып жатыр, күте тұрыңыз.
kk.FinishedHeadingLabel=[name] орнату шебері жұмысын аяқтады
kk.FinishedLabelNoIcons=[name] компьютеріңізге орнатылды.
kk.FinishedLabel=[name] компьютеріңізге орнатылды. Бағдарламаны орнатылған белгішелер арқылы іске қосуға болады.
kk.ClickFinish=Орнатудан шығу үшін «Аяқтау» батырмасын басыңыз.
kk.StatusExtractFiles=Файлдар шығарылуда...
kk.StatusCreateIcons=Белгішелер жасалуда...
kk.StatusUninstalling=%1 жойылуда...
kk.ConfirmUninstall=%1 бағдарламасын және оның барлық құрамдас бөліктерін шынымен жойғыңыз келе ме?
kk.UninstallStatusLabel=%1 компьютеріңізден жойылып жатыр, күте тұрыңыз.
kk.UninstalledAll=%1 компьютеріңізден жойылды.
kk.UninstalledMost=%1 жойылды.%n%nКейбір элементтерді жою мүмкін болмады. Оларды қолмен жоюға болады.
kk.SetupAlreadyRunning=Орнату қазірдің өзінде жұмыс істеп тұр.
kk.AdminPrivilegesRequired=Бұл бағдарламаны орнату үшін әкімші ретінде кіру керек.

[CustomMessages]
kk.LaunchProgram=%1 іске қосу
ru.LaunchProgram=Запустить %1
en.LaunchProgram=Start %1
kk.DesktopIcon=Жұмыс үстелінде белгіше жасау
ru.DesktopIcon=Создать значок на рабочем столе
en.DesktopIcon=Create a desktop shortcut
kk.AdditionalIcons=Қосымша белгішелер:
ru.AdditionalIcons=Дополнительные значки:
en.AdditionalIcons=Additional shortcuts:
kk.RemoveData=Бағдарлама жойылды.%n%nОның баптаулары, жергілікті деректері (шифрланған кэш, жүктелген құжаттар, оқу порталы) және журналдары %1 қалтасында қалды. Оларды да жою керек пе?%n%nЖойылған деректерді қалпына келтіру мүмкін емес; порталға жіберілмеген әрекеттер жоғалады.
ru.RemoveData=Программа удалена.%n%nЕё настройки, локальные данные (зашифрованный кэш, загруженные документы, учебный портал) и журналы остались в папке %1. Удалить и их?%n%nУдалённые данные восстановить нельзя; действия, ещё не отправленные на портал, будут потеряны.
en.RemoveData=The program has been removed.%n%nIts settings, local data (the encrypted cache, downloaded documents, the training portal) and logs are still in %1. Remove them too?%n%nRemoved data cannot be restored; actions not yet sent to the portal are lost.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle whole: no module of an older version may linger beside it.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function DataFolder: String;
begin
  { platformdirs' user_config_dir, user_data_dir and user_log_dir for "BalabaqshaDesk"
    (appauthor=False) all lie in this folder on Windows. }
  Result := ExpandConstant('{localappdata}\{#DataFolder}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Asked only when there is something to remove, and never in a silent uninstall: the
    answer defaults to keeping the data. }
  if (CurUninstallStep = usPostUninstall) and DirExists(DataFolder) and not UninstallSilent then
    if MsgBox(FmtMessage(CustomMessage('RemoveData'), [DataFolder]), mbConfirmation,
              MB_YESNO or MB_DEFBUTTON2) = IDYES then
      DelTree(DataFolder, True, True, True);
end;
