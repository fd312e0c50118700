<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AboutDialog</name>
    <message>
        <source>not installed</source>
        <translation>не встановлено</translation>
    </message>
    <message>
        <source>proprietary (see pyproject.toml)</source>
        <translation>власницька ліцензія (див. pyproject.toml)</translation>
    </message>
    <message>
        <source>Qt and PySide6</source>
        <translation>Qt і PySide6</translation>
    </message>
    <message>
        <source>public domain</source>
        <translation>суспільне надбання</translation>
    </message>
    <message>
        <source>BSD licence</source>
        <translation>ліцензія BSD</translation>
    </message>
    <message>
        <source>pypdfium2 and PDFium</source>
        <translation>pypdfium2 і PDFium</translation>
    </message>
    <message>
        <source>Apache License 2.0 or BSD-3-Clause</source>
        <translation>Apache License 2.0 або BSD-3-Clause</translation>
    </message>
    <message>
        <source>Noto Sans fonts (NotoSans-Regular.ttf, NotoSans-Bold.ttf)</source>
        <translation>Шрифти Noto Sans (NotoSans-Regular.ttf, NotoSans-Bold.ttf)</translation>
    </message>
    <message>
        <source>(the whole licence: the button below)</source>
        <translation>(повний текст ліцензії — кнопка нижче)</translation>
    </message>
    <message>
        <source>Parley compares negotiating positions side by side, issue by issue and round by round.</source>
        <translation>Parley порівнює переговорні позиції пліч-о-пліч: питання за питанням, раунд за раундом.</translation>
    </message>
    <message>
        <source>Versions in use:</source>
        <translation>Версії, що використовуються:</translation>
    </message>
    <message>
        <source>Licences:</source>
        <translation>Ліцензії:</translation>
    </message>
    <message>
        <source>About Parley</source>
        <translation>Про Parley</translation>
    </message>
    <message>
        <source>Parley</source>
        <translation>Parley</translation>
    </message>
    <message>
        <source>Versions and licences</source>
        <translation>Версії та ліцензії</translation>
    </message>
    <message>
        <source>Font Licence (OFL)…</source>
        <translation>Ліцензія шрифтів (OFL)…</translation>
    </message>
    <message>
        <source>The font licence could not be read ({error}): it is resources/fonts/OFL.txt.</source>
        <translation>Не вдалося прочитати ліцензію шрифтів ({error}): це файл resources/fonts/OFL.txt.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>The automatic backup failed</source>
        <translation>Не вдалося створити автоматичну резервну копію</translation>
    </message>
    <message>
        <source>{error}. Earlier backups are kept: File → Restore from Backup…</source>
        <translation>{error}. Попередні резервні копії збережено: Файл → Відновити з резервної копії…</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <source>This workspace is empty. To begin:

• add the parties (Workspace → Parties…, Ctrl+1), the issues (Workspace → Issues…, Ctrl+3) and a round (Workspace → Rounds…, Ctrl+4), then select a cell and press F2 to file a position;

• or read a report (Ctrl+R) and file the statements it proposes;

• or open, import or merge a colleague&apos;s workspace (File menu, or drop the file here).</source>
        <translation>Цей робочий простір порожній. Щоб почати:

• додайте сторони (Робочий простір → Сторони…, Ctrl+1), питання (Робочий простір → Питання…, Ctrl+3) і раунд (Робочий простір → Раунди…, Ctrl+4), потім виберіть клітинку й натисніть F2, щоб внести позицію;

• або прочитайте повідомлення (Ctrl+R) і внесіть твердження, які з нього випливають;

• або відкрийте, імпортуйте чи об’єднайте робочий простір колеги (меню «Файл» або перетягніть файл сюди).</translation>
    </message>
    <message>
        <source>How to begin</source>
        <translation>Як почати</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Parley workspaces</source>
        <translation>Робочі простори Parley</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Усі файли</translation>
    </message>
    <message>
        <source>Parley JSON</source>
        <translation>JSON Parley</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Відкриття {name}</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>Запис {name}</translation>
    </message>
    <message>
        <source>Reading and checking {name}</source>
        <translation>Читання та перевірка {name}</translation>
    </message>
    <message>
        <source>{job} is still running; try again when it has finished.</source>
        <translation>«{job}» ще триває; спробуйте знову, коли завершиться.</translation>
    </message>
    <message>
        <source>{job}: cancelled; nothing was changed.</source>
        <translation>«{job}»: скасовано; нічого не змінено.</translation>
    </message>
    <message>
        <source>{path} does not exist</source>
        <translation>{path} не існує</translation>
    </message>
    <message>
        <source>The workspace was not opened</source>
        <translation>Робочий простір не відкрито</translation>
    </message>
    <message>
        <source>{name} exists already; choose another name</source>
        <translation>{name} уже існує; виберіть іншу назву</translation>
    </message>
    <message>
        <source>The workspace was not created</source>
        <translation>Робочий простір не створено</translation>
    </message>
    <message>
        <source>Copying {name} to {target}</source>
        <translation>Копіювання {name} до {target}</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Зберегти як</translation>
    </message>
    <message>
        <source>The workspace was not saved</source>
        <translation>Робочий простір не збережено</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Імпорт {name}</translation>
    </message>
    <message>
        <source>{name} was not imported</source>
        <translation>{name} не імпортовано</translation>
    </message>
    <message>
        <source>Exported {name}.</source>
        <translation>Експортовано {name}.</translation>
    </message>
    <message>
        <source>Note: {problem}.</source>
        <translation>Примітка: {problem}.</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Експорт у JSON</translation>
    </message>
    <message>
        <source>The JSON file was not written</source>
        <translation>Файл JSON не записано</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Експорт у CSV</translation>
    </message>
    <message>
        <source>The CSV file was not written</source>
        <translation>Файл CSV не записано</translation>
    </message>
    <message>
        <source>Export Excel</source>
        <translation>Експорт в Excel</translation>
    </message>
    <message>
        <source>The Excel workbook was not written</source>
        <translation>Книгу Excel не записано</translation>
    </message>
    <message>
        <source>Comparing {name} with this workspace</source>
        <translation>Порівняння {name} з цим робочим простором</translation>
    </message>
    <message>
        <source>Merge {name}</source>
        <translation>Об’єднання з {name}</translation>
    </message>
    <message>
        <source>{name} was not merged</source>
        <translation>{name} не об’єднано</translation>
    </message>
    <message>
        <source>Checking the backup of {when} and putting it in place</source>
        <translation>Перевірка резервної копії від {when} і відновлення з неї</translation>
    </message>
    <message>
        <source>Restored {when}; the previous state is in {name}.</source>
        <translation>Відновлено стан від {when}; попередній стан збережено в {name}.</translation>
    </message>
    <message>
        <source>Restored {when}.</source>
        <translation>Відновлено стан від {when}.</translation>
    </message>
    <message>
        <source>Restore cancelled; nothing was restored.</source>
        <translation>Відновлення скасовано; нічого не відновлено.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Нічого не відновлено</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Відновлення з резервної копії</translation>
    </message>
    <message>
        <source>The backups could not be listed</source>
        <translation>Не вдалося отримати список резервних копій</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Новий робочий простір</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Відкрити робочий простір</translation>
    </message>
    <message>
        <source>Save workspace as</source>
        <translation>Зберегти робочий простір як</translation>
    </message>
    <message>
        <source>Import JSON</source>
        <translation>Імпортувати JSON</translation>
    </message>
    <message>
        <source>New workspace for the import</source>
        <translation>Новий робочий простір для імпорту</translation>
    </message>
    <message>
        <source>Export Excel workbook</source>
        <translation>Експортувати книгу Excel</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Книги Excel</translation>
    </message>
    <message>
        <source>Merge workspace or JSON</source>
        <translation>Об’єднати з робочим простором або JSON</translation>
    </message>
    <message>
        <source>Parley workspaces and JSON</source>
        <translation>Робочі простори Parley і JSON</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{name} — Parley</source>
        <translation>{name} — Parley</translation>
    </message>
    <message>
        <source>Show positions as they stood at this round</source>
        <translation>Показати позиції такими, якими вони були на цьому раунді</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <source>Each issue&apos;s row: the parties&apos; positions at the round shown, the status and the common ground</source>
        <translation>Рядок кожного питання: позиції сторін на показаному раунді, статус і спільні точки</translation>
    </message>
    <message>
        <source>Show Full Text of Cell (on the table)</source>
        <translation>Показати повний текст клітинки (у таблиці)</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>Ра&amp;унд:</translation>
    </message>
    <message>
        <source>Search and filters</source>
        <translation>Пошук і фільтри</translation>
    </message>
    <message>
        <source>More of the {toolbar} toolbar</source>
        <translation>Решта панелі «{toolbar}»</translation>
    </message>
    <message>
        <source>no round</source>
        <translation>без раунду</translation>
    </message>
    <message>
        <source>{shown} of {total} issues</source>
        <translation>Питань: {shown} з {total}</translation>
    </message>
    <message>
        <source>{total} issues</source>
        <translation>Питань: {total}</translation>
    </message>
    <message>
        <source>{count} matching positions</source>
        <translation>позицій, що збігаються: {count}</translation>
    </message>
    <message>
        <source>{count} matching reports</source>
        <translation>повідомлень, що збігаються: {count}</translation>
    </message>
    <message>
        <source>{count} matching report</source>
        <translation>повідомлень, що збігаються: {count}</translation>
    </message>
    <message>
        <source>notes of {rounds} match</source>
        <translation>збіги в нотатках: {rounds}</translation>
    </message>
    <message>
        <source>{issues}{hits} · {round}: {counts}</source>
        <translation>{issues}{hits} · {round}: {counts}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Parley</source>
        <translation>&amp;Про Parley</translation>
    </message>
    <message>
        <source>Show &amp;Observers, Mediators and Hosts</source>
        <translation>Показати &amp;спостерігачів, посередників і господарів</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Немає недавніх робочих просторів</translation>
    </message>
    <message>
        <source>Default Workspace ({path})</source>
        <translation>Типовий робочий простір ({path})</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Створити робочий простір…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити &amp;недавні</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>Відновити з &amp;резервної копії…</translation>
    </message>
    <message>
        <source>Read Re&amp;port…</source>
        <translation>&amp;Прочитати повідомлення…</translation>
    </message>
    <message>
        <source>&amp;Import JSON as New Workspace…</source>
        <translation>&amp;Імпортувати JSON як новий робочий простір…</translation>
    </message>
    <message>
        <source>&amp;Merge Workspace or JSON…</source>
        <translation>&amp;Об’єднати з робочим простором або JSON…</translation>
    </message>
    <message>
        <source>&amp;Export Sheet (PDF)…</source>
        <translation>&amp;Експортувати порівняльну довідку (PDF)…</translation>
    </message>
    <message>
        <source>Export Sheet (&amp;Word)…</source>
        <translation>Експортувати порівняльну довідку (&amp;Word)…</translation>
    </message>
    <message>
        <source>Export E&amp;xcel…</source>
        <translation>Експортувати в E&amp;xcel…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Експортувати в &amp;JSON…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Експортувати в &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;History…</source>
        <translation>&amp;Журнал експорту…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Edit Selected Cell…</source>
        <translation>&amp;Редагувати вибрану клітинку…</translation>
    </message>
    <message>
        <source>&amp;Delete Position or Status at This Round</source>
        <translation>&amp;Видалити позицію або статус на цьому раунді</translation>
    </message>
    <message>
        <source>&amp;Negotiation Title and Description…</source>
        <translation>&amp;Назва й опис переговорів…</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Нала&amp;штування…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>Clear Search and &amp;Filters</source>
        <translation>Очистити пошук і &amp;фільтри</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>Робочий &amp;простір</translation>
    </message>
    <message>
        <source>&amp;Parties…</source>
        <translation>&amp;Сторони…</translation>
    </message>
    <message>
        <source>&amp;Tracks…</source>
        <translation>&amp;Напрями…</translation>
    </message>
    <message>
        <source>&amp;Issues…</source>
        <translation>&amp;Питання…</translation>
    </message>
    <message>
        <source>&amp;Rounds…</source>
        <translation>&amp;Раунди…</translation>
    </message>
    <message>
        <source>Peop&amp;le…</source>
        <translation>&amp;Особи…</translation>
    </message>
    <message>
        <source>O&amp;utlets…</source>
        <translation>&amp;Видання…</translation>
    </message>
    <message>
        <source>Rep&amp;orts…</source>
        <translation>Пові&amp;домлення…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Full-Height Rows</source>
        <translation>Рядки на &amp;всю висоту</translation>
    </message>
    <message>
        <source>Rows grow to fit their text, up to eight lines; unchecked, every row is three lines high (compact)</source>
        <translation>Рядки збільшуються за текстом, до восьми рядків; якщо вимкнено, кожен рядок має висоту три рядки (компактно)</translation>
    </message>
    <message>
        <source>Show Full &amp;Text of Cell</source>
        <translation>Показати &amp;повний текст клітинки</translation>
    </message>
    <message>
        <source>&amp;Previous Round</source>
        <translation>Попе&amp;редній раунд</translation>
    </message>
    <message>
        <source>&amp;Next Round</source>
        <translation>&amp;Наступний раунд</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences — Parley</source>
        <translation>Налаштування — Parley</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Мова системи</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Мова інтерфейсу</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Мова меню, діалогових вікон і сповіщень</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>The language changes when Parley next starts. Files written for others (PDF, Word, Excel, CSV, JSON) are always in English.</source>
        <translation>Мова зміниться після наступного запуску Parley. Файли для інших (PDF, Word, Excel, CSV, JSON) завжди англійською.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Preparing the pages</source>
        <translation>Підготовка сторінок</translation>
    </message>
    <message>
        <source>Laying out the sheet</source>
        <translation>Верстання довідки</translation>
    </message>
    <message>
        <source>The sheet was not printed</source>
        <translation>Довідку не надруковано</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Не вдалося відкрити принтер.</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer.</source>
        <translation>Надіслано на принтер сторінок: {count}.</translation>
    </message>
    <message>
        <source>Sent {count} page to the printer.</source>
        <translation>Надіслано на принтер сторінок: {count}.</translation>
    </message>
    <message>
        <source>Printing cancelled; nothing was printed.</source>
        <translation>Друк скасовано; нічого не надруковано.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>{title} — comparison sheet</source>
        <translation>{title} — порівняльна довідка</translation>
    </message>
    <message>
        <source>Print the comparison sheet</source>
        <translation>Друк порівняльної довідки</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>it was opened for reading only</source>
        <translation>його відкрито лише для читання</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can look, search and export; editing, merging and restoring are off. To edit, save a copy in a folder you can write to (File → Save As…).</source>
        <translation>Лише читання: {reason}. Можна переглядати, шукати й експортувати; редагування, об’єднання та відновлення вимкнено. Щоб редагувати, збережіть копію в папці, до якої маєте право запису (Файл → Зберегти як…).</translation>
    </message>
    <message>
        <source>opened for reading</source>
        <translation>відкрито для читання</translation>
    </message>
    <message>
        <source>{name} is read-only here: {reason}.</source>
        <translation>{name} тут доступний лише для читання: {reason}.</translation>
    </message>
    <message>
        <source>{name} (read-only) — Parley</source>
        <translation>{name} (лише читання) — Parley</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>{name} could not be opened.</source>
        <translation>Не вдалося відкрити {name}.</translation>
    </message>
    <message>
        <source>The newest good backup is from {when}. Restoring renames the damaged file to {name}.damaged and puts the backup in its place.</source>
        <translation>Найновіша справна резервна копія — від {when}. Відновлення перейменує пошкоджений файл на {name}.damaged і поставить на його місце резервну копію.</translation>
    </message>
    <message>
        <source>Set aside and restore</source>
        <translation>Відкласти й відновити</translation>
    </message>
    <message>
        <source>Quit, changing nothing</source>
        <translation>Вийти, нічого не змінюючи</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup — Parley</source>
        <translation>Відновлення з резервної копії — Parley</translation>
    </message>
    <message>
        <source>Backups of {name}, newest first. Restoring puts the chosen copy in place of the workspace; the workspace as it is now is backed up first.</source>
        <translation>Резервні копії {name}, спершу найновіші. Відновлення поставить вибрану копію на місце робочого простору; перед цим поточний стан робочого простору буде збережено в резервній копії.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
    <message>
        <source>Backups of {name}, newest first</source>
        <translation>Резервні копії {name}, спершу найновіші</translation>
    </message>
    <message>
        <source>{when}    ({size} KiB)</source>
        <translation>{when}    ({size} КіБ)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Відновити</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{change} was not saved</source>
        <translation>Не збережено: {change}</translation>
    </message>
    <message>
        <source>{job} is running; try again when it has finished.</source>
        <translation>«{job}» триває; спробуйте знову, коли завершиться.</translation>
    </message>
    <message>
        <source>Saved: {change}</source>
        <translation>Збережено: {change}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Shortcut</source>
        <translation>Скорочення</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts — Parley</source>
        <translation>Клавіатурні скорочення — Parley</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>Each command, its menu and its keys</source>
        <translation>Кожна команда, її меню та клавіші</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>{change} was not saved</source>
        <translation>Не збережено: {change}</translation>
    </message>
    <message>
        <source>The workspace refused the change: {error}.</source>
        <translation>Робочий простір відхилив зміну: {error}.</translation>
    </message>
    <message>
        <source>Undo {change} failed</source>
        <translation>Не вдалося скасувати: {change}</translation>
    </message>
    <message>
        <source>The workspace refused it: {error}.</source>
        <translation>Робочий простір відхилив її: {error}.</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>{job} — Parley</source>
        <translation>{job} — Parley</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
</TS>
