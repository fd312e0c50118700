<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AddReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Усі файли</translation>
    </message>
    <message>
        <source>Add a Report — Parley</source>
        <translation>Додати повідомлення — Parley</translation>
    </message>
    <message>
        <source>Paste the report&apos;s text here, or choose a file (.txt, .html, .pdf, .docx).</source>
        <translation>Вставте сюди текст повідомлення або виберіть файл (.txt, .html, .pdf, .docx).</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Who published the report</source>
        <translation>Хто опублікував повідомлення</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст повідомлення</translation>
    </message>
    <message>
        <source>Paste the report&apos;s text here, or choose a file</source>
        <translation>Вставте сюди текст повідомлення або виберіть файл</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Вибрати &amp;файл…</translation>
    </message>
    <message>
        <source>&amp;Add Pasted Text</source>
        <translation>&amp;Додати вставлений текст</translation>
    </message>
    <message>
        <source>Outlet:</source>
        <translation>Видання:</translation>
    </message>
    <message>
        <source>Add a report from a file</source>
        <translation>Додати повідомлення з файлу</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Не додано: {reason}</translation>
    </message>
</context>
<context>
    <name>ColourEdit</name>
    <message>
        <source>#1f77b4</source>
        <translation>#1f77b4</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>A colour, as #rrggbb</source>
        <translation>Колір у вигляді #rrggbb</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Choose colour</source>
        <translation>Вибрати колір</translation>
    </message>
    <message>
        <source>Opens the colour picker</source>
        <translation>Відкриває вибір кольору</translation>
    </message>
    <message>
        <source>Party colour</source>
        <translation>Колір сторони</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>TLP:RED</source>
        <translation>TLP:RED</translation>
    </message>
    <message>
        <source>TLP:AMBER+STRICT</source>
        <translation>TLP:AMBER+STRICT</translation>
    </message>
    <message>
        <source>TLP:AMBER</source>
        <translation>TLP:AMBER</translation>
    </message>
    <message>
        <source>TLP:GREEN</source>
        <translation>TLP:GREEN</translation>
    </message>
    <message>
        <source>TLP:CLEAR</source>
        <translation>TLP:CLEAR</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Документи PDF</translation>
    </message>
    <message>
        <source>Word documents</source>
        <translation>Документи Word</translation>
    </message>
    <message>
        <source>Export sheet ({format}) — Parley</source>
        <translation>Експорт довідки ({format}) — Parley</translation>
    </message>
    <message>
        <source>The previous round</source>
        <translation>Попередній раунд</translation>
    </message>
    <message>
        <source>The last sheet: {round} ({file}, {date})</source>
        <translation>Остання довідка: {round} ({file}, {date})</translation>
    </message>
    <message>
        <source>Only the issues shown in the table (current search and filters)</source>
        <translation>Лише питання, показані в таблиці (поточні пошук і фільтри)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Довільний текст</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомна</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжкова</translation>
    </message>
    <message>
        <source>Keep marking, paper, orientation as defaults</source>
        <translation>Зберегти гриф, папір і орієнтацію як типові</translation>
    </message>
    <message>
        <source>Store them in the workspace: this dialog and parley export start from them</source>
        <translation>Зберегти їх у робочому просторі: з них починатимуть і це вікно, і parley export</translation>
    </message>
    <message>
        <source>Quotes with speaker and date</source>
        <translation>Цитати з мовцем і датою</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Mark changes since</source>
        <translation>Позначити зміни після</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Напрями</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Protective marking</source>
        <translation>Гриф обмеження доступу</translation>
    </message>
    <message>
        <source>Protective marking text</source>
        <translation>Текст грифа обмеження доступу</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Папір</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Орієнтація</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Раунд:</translation>
    </message>
    <message>
        <source>Mark changes since:</source>
        <translation>Позначити зміни після:</translation>
    </message>
    <message>
        <source>Tracks:</source>
        <translation>Напрями:</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>Сторони:</translation>
    </message>
    <message>
        <source>Protective marking:</source>
        <translation>Гриф:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Папір:</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Орієнтація:</translation>
    </message>
    <message>
        <source>Preparing preview…</source>
        <translation>Підготовка попереднього перегляду…</translation>
    </message>
    <message>
        <source>Preview of page 1</source>
        <translation>Попередній перегляд сторінки 1</translation>
    </message>
    <message>
        <source>Page 1</source>
        <translation>Сторінка 1</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Pages: {count}.</source>
        <translation>Сторінок: {count}.</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>довідка</translation>
    </message>
    <message>
        <source>Export sheet</source>
        <translation>Експорт довідки</translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>Запис довідки…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Export sheet — Parley</source>
        <translation>Експорт довідки — Parley</translation>
    </message>
    <message>
        <source>Writing the sheet: row {done} of {total}…</source>
        <translation>Запис довідки: рядок {done} з {total}…</translation>
    </message>
    <message>
        <source>Exported {file} (pages: {pages}).</source>
        <translation>Експортовано {file} (сторінок: {pages}).</translation>
    </message>
    <message>
        <source>Exported {file}.</source>
        <translation>Експортовано {file}.</translation>
    </message>
    <message>
        <source>Note: {note}.</source>
        <translation>Примітка: {note}.</translation>
    </message>
    <message>
        <source>the defaults were not kept: {reason}</source>
        <translation>типові параметри не збережено: {reason}</translation>
    </message>
</context>
<context>
    <name>ExportHistoryDialog</name>
    <message>
        <source>Exported (UTC)</source>
        <translation>Експортовано (UTC)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Зміни після</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Export history — Parley</source>
        <translation>Історія експорту — Parley</translation>
    </message>
    <message>
        <source>all rounds</source>
        <translation>усі раунди</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Every export from this window and from parley export is listed here, except those made while the workspace was read-only or open elsewhere.</source>
        <translation>Тут наведено кожен експорт із цього вікна та з parley export, крім зроблених, коли робочий простір був лише для читання або відкритий деінде.</translation>
    </message>
    <message>
        <source>Every export from this window and from parley export is listed here. Nothing has been exported from this workspace yet.</source>
        <translation>Тут наведено кожен експорт із цього вікна та з parley export. З цього робочого простору ще нічого не експортовано.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>A whole number</source>
        <translation>Ціле число</translation>
    </message>
    <message>
        <source>A number, such as 24 or 1,200</source>
        <translation>Число, наприклад 24 або 1 200</translation>
    </message>
    <message>
        <source>A date, as YYYY-MM-DD</source>
        <translation>Дата у вигляді РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>A colour, as #rrggbb</source>
        <translation>Колір у вигляді #rrggbb</translation>
    </message>
    <message>
        <source>For example: {example}</source>
        <translation>Наприклад: {example}</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>{label} must be a whole number, not “{text}”.</source>
        <translation>{label}: потрібне ціле число, а не «{text}».</translation>
    </message>
    <message>
        <source>{label} must be a number, not “{text}”.</source>
        <translation>{label}: потрібне число, а не «{text}».</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Mine</source>
        <translation>Моя</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Їхня</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Залишити обидві</translation>
    </message>
    <message>
        <source>(same)</source>
        <translation>(без відмінностей)</translation>
    </message>
    <message>
        <source>Merge {file} — Parley</source>
        <translation>Об’єднання з {file} — Parley</translation>
    </message>
    <message>
        <source>From {file}: {summary}.</source>
        <translation>З {file}: {summary}.</translation>
    </message>
    <message>
        <source>Rows changed on both sides are listed below: choose whose version to keep. Nothing is deleted; the workspace is backed up first, and Undo takes the merge back.</source>
        <translation>Нижче наведено рядки, змінені з обох боків: виберіть, чию версію залишити. Нічого не видаляється; спершу створюється резервна копія робочого простору, а «Скасувати» повертає все, як було до об’єднання.</translation>
    </message>
    <message>
        <source>Rows changed on both sides</source>
        <translation>Рядки, змінені з обох боків</translation>
    </message>
    <message>
        <source>Each row&apos;s version in this workspace and in the other, and which to keep</source>
        <translation>Версія кожного рядка в цьому робочому просторі та в іншому і яку з них залишити</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Keep for {row}</source>
        <translation>Залишити для «{row}»</translation>
    </message>
    <message>
        <source>All theirs</source>
        <translation>Усі їхні</translation>
    </message>
    <message>
        <source>All mine</source>
        <translation>Усі мої</translation>
    </message>
    <message>
        <source>Keep the other workspace&apos;s version of every row listed</source>
        <translation>Залишити версію іншого робочого простору для кожного наведеного рядка</translation>
    </message>
    <message>
        <source>Keep this workspace&apos;s version of every row listed</source>
        <translation>Залишити версію цього робочого простору для кожного наведеного рядка</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Об’єднати</translation>
    </message>
    <message>
        <source>Nothing was merged</source>
        <translation>Нічого не об’єднано</translation>
    </message>
    <message>
        <source>Backing up {file} before the merge</source>
        <translation>Резервне копіювання {file} перед об’єднанням</translation>
    </message>
    <message>
        <source>Merged {file}; backup at {backup}.</source>
        <translation>Об’єднано з {file}; резервна копія: {backup}.</translation>
    </message>
    <message>
        <source>Merge cancelled; nothing was merged.</source>
        <translation>Об’єднання скасовано; нічого не об’єднано.</translation>
    </message>
    <message>
        <source>The backup before the merge failed: {reason}</source>
        <translation>Не вдалося створити резервну копію перед об’єднанням: {reason}</translation>
    </message>
    <message>
        <source>Merge {file}</source>
        <translation>Об’єднання з {file}</translation>
    </message>
</context>
<context>
    <name>NegotiationDialog</name>
    <message>
        <source>Negotiation — Parley</source>
        <translation>Переговори — Parley</translation>
    </message>
    <message>
        <source>Negotiation title</source>
        <translation>Назва переговорів</translation>
    </message>
    <message>
        <source>Negotiation description</source>
        <translation>Опис переговорів</translation>
    </message>
    <message>
        <source>Both are printed at the head of every sheet.</source>
        <translation>Обидва друкуються на початку кожної довідки.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Не збережено: {problems}</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <source>Name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Other names (one per line)</source>
        <translation>Інші імена (по одному в рядку)</translation>
    </message>
    <message>
        <source>Other spellings reports use for this person, so reading a report finds them</source>
        <translation>Інші написання імені цієї особи в повідомленнях, щоб помічник читання її знаходив</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <source>Position — Parley</source>
        <translation>Позиція — Parley</translation>
    </message>
    <message>
        <source>New &amp;Person…</source>
        <translation>Нова &amp;особа…</translation>
    </message>
    <message>
        <source>New &amp;Report…</source>
        <translation>Нове &amp;повідомлення…</translation>
    </message>
    <message>
        <source>the report&apos;s words, pasted as they stand (the citation keeps where they are)</source>
        <translation>слова з повідомлення, вставлені без змін (посилання запам’ятає, де вони стоять)</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Повідомлення:</translation>
    </message>
    <message>
        <source>Passage:</source>
        <translation>Уривок:</translation>
    </message>
    <message>
        <source>Credibility:</source>
        <translation>Достовірність:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>The report the passage is cited from</source>
        <translation>Повідомлення, з якого наведено уривок</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Уривок</translation>
    </message>
    <message>
        <source>The report&apos;s words, pasted as they stand</source>
        <translation>Слова з повідомлення, вставлені без змін</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>How credible the passage is (Admiralty 1–6)</source>
        <translation>Наскільки достовірний уривок (шкала Адміралтейства 1–6)</translation>
    </message>
    <message>
        <source>Adds a person to choose as the speaker</source>
        <translation>Додає особу, яку можна вибрати мовцем</translation>
    </message>
    <message>
        <source>Adds a report to cite</source>
        <translation>Додає повідомлення, на яке можна послатися</translation>
    </message>
    <message>
        <source>one a line, label first: “age limit: under 25”, “per side: at least 1,000”</source>
        <translation>по одному в рядку, спершу назва: «вікова межа: до 25», «з кожного боку: щонайменше 1000»</translation>
    </message>
    <message>
        <source>Further figures</source>
        <translation>Інші показники</translation>
    </message>
    <message>
        <source>Further figures:</source>
        <translation>Інші показники:</translation>
    </message>
    <message>
        <source>One a line, label first, such as “age limit: under 25”</source>
        <translation>По одному в рядку, спершу назва, наприклад «вікова межа: до 25»</translation>
    </message>
    <message>
        <source>A new person who speaks for {party}.</source>
        <translation>Нова особа, що говорить від імені сторони «{party}».</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Додати особу</translation>
    </message>
    <message>
        <source>New Person — Parley</source>
        <translation>Нова особа — Parley</translation>
    </message>
    <message>
        <source>A new report.</source>
        <translation>Нове повідомлення.</translation>
    </message>
    <message>
        <source>Add report</source>
        <translation>Додати повідомлення</translation>
    </message>
    <message>
        <source>New Report — Parley</source>
        <translation>Нове повідомлення — Parley</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Не збережено: {problems}</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Атрибуція</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Observer</source>
        <translation>Спостерігач</translation>
    </message>
    <message>
        <source>Mediator</source>
        <translation>Посередник</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Приймаюча сторона</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Коротка назва</translation>
    </message>
    <message>
        <source>Used where the full name does not fit, as in column headers</source>
        <translation>Використовується там, де повна назва не вміщується, як-от у заголовках стовпців</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Column order</source>
        <translation>Порядок стовпців</translation>
    </message>
    <message>
        <source>Parties are shown left to right by this number</source>
        <translation>Сторони показано зліва направо за цим числом</translation>
    </message>
    <message>
        <source>Other names (one per line)</source>
        <translation>Інші назви (по одній у рядку)</translation>
    </message>
    <message>
        <source>Other names reports use for this party, so reading a report finds it</source>
        <translation>Інші назви цієї сторони в повідомленнях, щоб помічник читання її знаходив</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Compared as</source>
        <translation>Порівнювати як</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Тривалість</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>How the parties&apos; figures on this issue are compared</source>
        <translation>Як порівнюються показники сторін із цього питання</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Тривалість (хвилини)</translation>
    </message>
    <message>
        <source>Duration note</source>
        <translation>Примітка щодо тривалості</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Affiliated with</source>
        <translation>Пов’язане зі стороною</translation>
    </message>
    <message>
        <source>The party this outlet is close to, if any</source>
        <translation>Сторона, до якої близьке це видання, якщо така є</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>en, uk, ru, …</source>
        <translation>en, uk, ru, …</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Адреса (URL)</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Дата звернення</translation>
    </message>
    <message>
        <source>The party has a stated position on this issue</source>
        <translation>Сторона заявила позицію щодо цього питання</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Формулювання</translation>
    </message>
    <message>
        <source>a short line, shown in the table</source>
        <translation>короткий рядок, що показується в таблиці</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Стислий виклад</translation>
    </message>
    <message>
        <source>The position in more detail, shown in the details pane</source>
        <translation>Позиція докладніше, показується на панелі подробиць</translation>
    </message>
    <message>
        <source>Figure is</source>
        <translation>Уточнення показника</translation>
    </message>
    <message>
        <source>Figure (from)</source>
        <translation>Показник (від)</translation>
    </message>
    <message>
        <source>Figure (to)</source>
        <translation>Показник (до)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Одиниця</translation>
    </message>
    <message>
        <source>hours, days, prisoners…</source>
        <translation>години, дні, полонені…</translation>
    </message>
    <message>
        <source>Date figure</source>
        <translation>Дата як показник</translation>
    </message>
    <message>
        <source>Figure counts</source>
        <translation>Що рахує показник</translation>
    </message>
    <message>
        <source>per side, duration, age limit…</source>
        <translation>з кожного боку, тривалість, вікова межа…</translation>
    </message>
    <message>
        <source>Quote (as reported)</source>
        <translation>Цитата (як у повідомленні)</translation>
    </message>
    <message>
        <source>Original-language text</source>
        <translation>Текст мовою оригіналу</translation>
    </message>
    <message>
        <source>Original language</source>
        <translation>Мова оригіналу</translation>
    </message>
    <message>
        <source>uk, ru, …</source>
        <translation>uk, ru, …</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Переклад</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <source>Stated on</source>
        <translation>Дата заяви</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Analyst&apos;s note</source>
        <translation>Примітка аналітика</translation>
    </message>
    <message>
        <source>Your own note; never taken as the party&apos;s words</source>
        <translation>Ваша власна примітка; ніколи не вважається словами сторони</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Confirmed by one side only</source>
        <translation>Підтверджує лише одна сторона</translation>
    </message>
    <message>
        <source>The party that alone says this status holds; — when both sides confirm it</source>
        <translation>Сторона, яка сама стверджує цей статус; «—», якщо його підтверджують обидві сторони</translation>
    </message>
    <message>
        <source>Common ground</source>
        <translation>Точки згоди</translation>
    </message>
    <message>
        <source>What the parties agree on for this issue</source>
        <translation>У чому сторони згодні щодо цього питання</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Напрями</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунди</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Outlets</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(повідомлення без заголовка)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без назви)</translation>
    </message>
</context>
<context>
    <name>RecordsDialog</name>
    <message>
        <source>{records} — Parley</source>
        <translation>{records} — Parley</translation>
    </message>
    <message>
        <source>The {records} in this workspace; the selected one is shown in the form</source>
        <translation>Записи «{records}» у цьому робочому просторі; вибраний запис показано у формі</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Створити</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ви&amp;далити</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Starts a new record in the form; Save stores it</source>
        <translation>Починає новий запис у формі; «Зберегти» зберігає його</translation>
    </message>
    <message>
        <source>Deletes the selected record (undoable)</source>
        <translation>Видаляє вибраний запис (можна скасувати)</translation>
    </message>
    <message>
        <source>Stores the form&apos;s changes (undoable)</source>
        <translation>Зберігає зміни у формі (можна скасувати)</translation>
    </message>
    <message>
        <source>Drag issues to reorder them.</source>
        <translation>Перетягуйте питання, щоб змінити їхній порядок.</translation>
    </message>
    <message>
        <source>{record} (not saved)</source>
        <translation>{record} (не збережено)</translation>
    </message>
    <message>
        <source>Delete {record}</source>
        <translation>Видалити «{record}»</translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation>Не збережено: {problems}</translation>
    </message>
    <message>
        <source>Add {record}</source>
        <translation>Додати «{record}»</translation>
    </message>
    <message>
        <source>Nothing to save: no field has changed.</source>
        <translation>Немає чого зберігати: жодне поле не змінилося.</translation>
    </message>
    <message>
        <source>Edit {record}</source>
        <translation>Змінити «{record}»</translation>
    </message>
    <message>
        <source>Reorder issues</source>
        <translation>Змінити порядок питань</translation>
    </message>
</context>
<context>
    <name>RenderWorker</name>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Експорт скасовано; нічого не записано.</translation>
    </message>
    <message>
        <source>The sheet could not be written: {reason}</source>
        <translation>Не вдалося записати довідку: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Read the report in the viewer, and cite passages from it</source>
        <translation>Прочитати повідомлення в переглядачі й послатися на уривки з нього</translation>
    </message>
    <message>
        <source>Add from &amp;File or Pasted Text…</source>
        <translation>Додати з &amp;файлу або вставленого тексту…</translation>
    </message>
    <message>
        <source>Reads a report from a file or pasted text and stores it</source>
        <translation>Читає повідомлення з файлу або вставленого тексту і зберігає його</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Issue status — Parley</source>
        <translation>Статус питання — Parley</translation>
    </message>
    <message>
        <source>Evidence (tick the positions and reports behind this status):</source>
        <translation>Підтвердження (позначте позиції та повідомлення, на яких ґрунтується цей статус):</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <source>Tick the positions and reports behind this status</source>
        <translation>Позначте позиції та повідомлення, на яких ґрунтується цей статус</translation>
    </message>
</context>
</TS>
