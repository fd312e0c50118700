<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>CellEditing</name>
    <message>
        <source>No round yet</source>
        <translation>Раундів ще немає</translation>
    </message>
    <message>
        <source>Add a round (Workspace → Rounds…) before recording positions.</source>
        <translation>Додайте раунд (Робочий простір → Раунди…), перш ніж записувати позиції.</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>(new)</source>
        <translation>(нове)</translation>
    </message>
    <message>
        <source>{subject}

Before: {was}

After: {now}</source>
        <translation>{subject}

Було: {was}

Стало: {now}</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Changes at the round shown</source>
        <translation>Зміни в показаному раунді</translation>
    </message>
    <message>
        <source>Status counts by round</source>
        <translation>Кількість статусів за раундами</translation>
    </message>
    <message>
        <source>No rounds yet.</source>
        <translation>Раундів ще немає.</translation>
    </message>
    <message>
        <source>Changes at {round} ({date}) since the start</source>
        <translation>Зміни — {round} ({date}), від початку</translation>
    </message>
    <message>
        <source>Changes at {round} ({date}) since the start: nothing moved at this round</source>
        <translation>Зміни — {round} ({date}), від початку: у цьому раунді нічого не змінилося</translation>
    </message>
    <message>
        <source>Changes at {round} ({date}) since {before}</source>
        <translation>Зміни — {round} ({date}), порівняно з раундом «{before}»</translation>
    </message>
    <message>
        <source>Changes at {round} ({date}) since {before}: nothing moved at this round</source>
        <translation>Зміни — {round} ({date}), порівняно з раундом «{before}»: у цьому раунді нічого не змінилося</translation>
    </message>
    <message>
        <source>Changes and status counts</source>
        <translation>Зміни й кількість статусів</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
</context>
<context>
    <name>CitationItem</name>
    <message>
        <source>Open the report at this passage (click, or Enter)</source>
        <translation>Відкрити повідомлення на цьому уривку (клацання або Enter)</translation>
    </message>
    <message>
        <source>(untitled report)</source>
        <translation>(повідомлення без назви)</translation>
    </message>
    <message>
        <source>(no passage marked)</source>
        <translation>(уривок не позначено)</translation>
    </message>
    <message>
        <source>Speaker as reported: {speaker}</source>
        <translation>Мовець за повідомленням: {speaker}</translation>
    </message>
</context>
<context>
    <name>CitationList</name>
    <message>
        <source>As filed: {version}</source>
        <translation>Як внесено: {version}</translation>
    </message>
    <message>
        <source>As filed; no report cited gives it.</source>
        <translation>Як внесено; жодне з наведених повідомлень цього не подає.</translation>
    </message>
    <message>
        <source>Outlet not named</source>
        <translation>Видання не назване</translation>
    </message>
    <message>
        <source>(report deleted)</source>
        <translation>(повідомлення видалено)</translation>
    </message>
</context>
<context>
    <name>ComparisonModel</name>
    <message>
        <source>Issue</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Common ground</source>
        <translation>Точки згоди</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Без напряму</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Details</source>
        <translation>Подробиці</translation>
    </message>
    <message>
        <source>The selected cell in full: stance, figures, quote and the reports cited</source>
        <translation>Вибрана клітинка повністю: формулювання, показники, цитата й наведені повідомлення</translation>
    </message>
    <message>
        <source>Reports that disagree</source>
        <translation>Повідомлення, що розходяться</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Select a cell to see its detail</source>
        <translation>Виберіть клітинку, щоб побачити подробиці</translation>
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
        <source>Compared as</source>
        <translation>Порівнюється як</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>без показника</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Розрив</translation>
    </message>
    <message>
        <source>Not measurable: a side gives no figure, or the units differ.</source>
        <translation>Не виміряти: якась сторона не називає показника або одиниці різні.</translation>
    </message>
    <message>
        <source>No position recorded up to {round}.</source>
        <translation>Позицію не записано (до раунду «{round}» включно).</translation>
    </message>
    <message>
        <source>No position recorded up to this round.</source>
        <translation>Позицію не записано (до цього раунду включно).</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Формулювання</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показник</translation>
    </message>
    <message>
        <source>Further figures</source>
        <translation>Інші показники</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Стислий виклад</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Original ({language})</source>
        <translation>Оригінал ({language})</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Оригінал</translation>
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
        <source>Reported at</source>
        <translation>Повідомлено на раунді</translation>
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
        <source>Before</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>Figure by round</source>
        <translation>Показник за раундами</translation>
    </message>
    <message>
        <source>Status — {issue}</source>
        <translation>Статус — {issue}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>No status recorded up to this round.</source>
        <translation>Статус не записано (до цього раунду включно).</translation>
    </message>
    <message>
        <source>Confirmed by</source>
        <translation>Підтверджує</translation>
    </message>
    <message>
        <source>{party} only</source>
        <translation>Лише {party}</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <source>Common ground</source>
        <translation>Точки згоди</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Підтвердження</translation>
    </message>
    <message>
        <source>• Report: {source}</source>
        <translation>• Повідомлення: {source}</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search stances, quotes, notes… (Ctrl+F)</source>
        <translation>Пошук у формулюваннях, цитатах, примітках… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Shows only the issues whose stances, quotes or notes contain these words</source>
        <translation>Показує лише питання, у формулюваннях, цитатах чи примітках яких є ці слова</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Очистити пошук</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>No status recorded</source>
        <translation>Статус не записано</translation>
    </message>
    <message>
        <source>Only “no stated position”</source>
        <translation>Лише «Позицію не заявлено»</translation>
    </message>
    <message>
        <source>Shows only the issues where a party has no stated position</source>
        <translation>Показує лише питання, у яких якась сторона не заявила позиції</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Напрям</translation>
    </message>
    <message>
        <source>Shows only the issues of this track</source>
        <translation>Показує лише питання цього напряму</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Shows only the issues with this status</source>
        <translation>Показує лише питання з цим статусом</translation>
    </message>
    <message>
        <source>Stated by</source>
        <translation>Хто заявив</translation>
    </message>
    <message>
        <source>Shows only the issues on which this party has a position</source>
        <translation>Показує лише питання, щодо яких ця сторона має позицію</translation>
    </message>
    <message>
        <source>&amp;Track:</source>
        <translation>&amp;Напрям:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Stated &amp;by:</source>
        <translation>&amp;Хто заявив:</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Усі напрями</translation>
    </message>
    <message>
        <source>Any party</source>
        <translation>Усі сторони</translation>
    </message>
</context>
<context>
    <name>FullText</name>
    <message>
        <source>Figure: {figure}</source>
        <translation>Показник: {figure}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Статус: {status}</translation>
    </message>
    <message>
        <source>Common ground: {text}</source>
        <translation>Точки згоди: {text}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Примітка: {text}</translation>
    </message>
    <message>
        <source>Status — {issue}</source>
        <translation>Статус — {issue}</translation>
    </message>
    <message>
        <source>Full text of the cell</source>
        <translation>Повний текст клітинки</translation>
    </message>
    <message>
        <source>{title} — Parley</source>
        <translation>{title} — Parley</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Мовець</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Формулювання</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Показники</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Певність</translation>
    </message>
    <message>
        <source>direct speech, cue “{cue}”</source>
        <translation>пряма мова, сигнал «{cue}»</translation>
    </message>
    <message>
        <source>indirect speech, cue “{cue}”</source>
        <translation>непряма мова, сигнал «{cue}»</translation>
    </message>
    <message>
        <source>mixed speech, cue “{cue}”</source>
        <translation>змішана мова, сигнал «{cue}»</translation>
    </message>
    <message>
        <source>Accepted (Space)</source>
        <translation>Прийнято (Space)</translation>
    </message>
    <message>
        <source>How sure the reading is, 0–1</source>
        <translation>Наскільки певне прочитання, від 0 до 1</translation>
    </message>
    <message>
        <source>{issue} (new)</source>
        <translation>{issue} (нове)</translation>
    </message>
    <message>
        <source>New person, {role} (created when filed)</source>
        <translation>Нова особа, {role} (створюється під час внесення)</translation>
    </message>
    <message>
        <source>New person (created when filed)</source>
        <translation>Нова особа (створюється під час внесення)</translation>
    </message>
</context>
<context>
    <name>ReadReportDialog</name>
    <message>
        <source>Reports ({patterns})</source>
        <translation>Повідомлення ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Усі файли ({patterns})</translation>
    </message>
    <message>
        <source>Space accepts or rejects · Ctrl+Shift+A accepts all · F2 or typing edits · Ctrl+Enter files the accepted statements</source>
        <translation>Space — прийняти чи відхилити · Ctrl+Shift+A — прийняти всі · F2 або введення — редагувати · Ctrl+Enter — внести прийняті твердження</translation>
    </message>
    <message>
        <source>Read Report — Parley</source>
        <translation>Прочитати повідомлення — Parley</translation>
    </message>
    <message>
        <source>Paste a report&apos;s text here (Ctrl+V), then press Ctrl+Enter to read it. Or open a file: .txt, .html, .pdf, .docx (Ctrl+O).</source>
        <translation>Вставте сюди текст повідомлення (Ctrl+V) і натисніть Ctrl+Enter, щоб прочитати його. Або відкрийте файл: .txt, .html, .pdf, .docx (Ctrl+O).</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст повідомлення</translation>
    </message>
    <message>
        <source>Paste a report&apos;s text here, then press Ctrl+Enter to read it</source>
        <translation>Вставте сюди текст повідомлення й натисніть Ctrl+Enter, щоб прочитати його</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>&amp;Відкрити файл…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Прочитати</translation>
    </message>
    <message>
        <source>The report to read:</source>
        <translation>Повідомлення, яке треба прочитати:</translation>
    </message>
    <message>
        <source>Open a report</source>
        <translation>Відкрити повідомлення</translation>
    </message>
    <message>
        <source>Statements found</source>
        <translation>Знайдені твердження</translation>
    </message>
    <message>
        <source>One row per statement read from the report; accept the rows to file</source>
        <translation>По рядку на кожне твердження, прочитане в повідомленні; прийміть рядки, які треба внести</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>The report&apos;s text, with the passage of the selected statement</source>
        <translation>Текст повідомлення з уривком вибраного твердження</translation>
    </message>
    <message>
        <source>who published it (found by name, or created)</source>
        <translation>хто опублікував (знаходиться за назвою або створюється)</translation>
    </message>
    <message>
        <source>The grade a new outlet is created with; an outlet already known keeps its own</source>
        <translation>Оцінка, з якою створюється нове видання; уже відоме видання зберігає свою</translation>
    </message>
    <message>
        <source>New outlet&apos;s reliability</source>
        <translation>Надійність нового видання</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>The date the report was published, as YYYY-MM-DD</source>
        <translation>Дата публікації повідомлення у форматі РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Раунд</translation>
    </message>
    <message>
        <source>The round the accepted statements are filed at</source>
        <translation>Раунд, до якого вносяться прийняті твердження</translation>
    </message>
    <message>
        <source>new round&apos;s name</source>
        <translation>назва нового раунду</translation>
    </message>
    <message>
        <source>New round&apos;s name</source>
        <translation>Назва нового раунду</translation>
    </message>
    <message>
        <source>New round&apos;s date</source>
        <translation>Дата нового раунду</translation>
    </message>
    <message>
        <source>The new round&apos;s date, as YYYY-MM-DD</source>
        <translation>Дата нового раунду у форматі РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>O&amp;utlet:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>&amp;Опубліковано:</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Раунд:</translation>
    </message>
    <message>
        <source>&amp;File Accepted</source>
        <translation>Вн&amp;ести прийняті</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>No statements were found in this report.</source>
        <translation>У цьому повідомленні не знайдено тверджень.</translation>
    </message>
    <message>
        <source>New round…</source>
        <translation>Новий раунд…</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Раунд {number}</translation>
    </message>
    <message>
        <source>{accepted} of {total} accepted</source>
        <translation>Прийнято {accepted} з {total}</translation>
    </message>
    <message>
        <source>Nothing is accepted yet: Space accepts the selected statement.</source>
        <translation>Ще нічого не прийнято: Space приймає вибране твердження.</translation>
    </message>
    <message>
        <source>Not filed: {reason}</source>
        <translation>Не внесено: {reason}</translation>
    </message>
    <message>
        <source>{summary} from “{title}”.</source>
        <translation>{summary} з «{title}».</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Create new records?</source>
        <translation>Створити нові записи?</translation>
    </message>
    <message>
        <source>Filing creates these records:</source>
        <translation>Під час внесення буде створено такі записи:</translation>
    </message>
</context>
<context>
    <name>ReportViewer</name>
    <message>
        <source>{report} — Parley</source>
        <translation>{report} — Parley</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>This report no longer exists.</source>
        <translation>Цього повідомлення вже не існує.</translation>
    </message>
    <message>
        <source>{outlet} — reliability {letter}, {words}</source>
        <translation>{outlet} — надійність {letter}, {words}</translation>
    </message>
    <message>
        <source>Outlet not named</source>
        <translation>Видання не назване</translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation>Опубліковано {date}</translation>
    </message>
    <message>
        <source>Accessed {date}</source>
        <translation>Переглянуто {date}</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Текст повідомлення</translation>
    </message>
    <message>
        <source>Select a passage to cite it for the position</source>
        <translation>Виділіть уривок, щоб послатися на нього для позиції</translation>
    </message>
    <message>
        <source>How credible the passage is (Admiralty 1–6)</source>
        <translation>Наскільки достовірний уривок (шкала Адміралтейства, 1–6)</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>&amp;Cite for Position</source>
        <translation>&amp;Послатися для позиції</translation>
    </message>
    <message>
        <source>Cite the selected passage for this position ({keys})</source>
        <translation>Послатися на виділений уривок для цієї позиції ({keys})</translation>
    </message>
    <message>
        <source>Credibility:</source>
        <translation>Достовірність:</translation>
    </message>
    <message>
        <source>Open a report from a cell&apos;s citation (or with a cell selected) to cite it for that position.</source>
        <translation>Відкрийте повідомлення з посилання в клітинці (або з вибраною клітинкою), щоб послатися на нього для її позиції.</translation>
    </message>
    <message>
        <source>For {party} on “{issue}”: {stance}</source>
        <translation>Позиція сторони {party} щодо «{issue}»: {stance}</translation>
    </message>
    <message>
        <source>The cited passage lies outside this report&apos;s text; the text is shown from the top.</source>
        <translation>Наведений уривок виходить за межі тексту цього повідомлення; текст показано з початку.</translation>
    </message>
    <message>
        <source>Nothing to cite for: open this report from a position&apos;s cell.</source>
        <translation>Немає позиції, для якої послатися: відкрийте це повідомлення з клітинки позиції.</translation>
    </message>
    <message>
        <source>Not cited: {reason}</source>
        <translation>Посилання не додано: {reason}</translation>
    </message>
</context>
<context>
    <name>ReportsMark</name>
    <message>
        <source>{reports} — best grade {grade}</source>
        <translation>{reports} — найкраща оцінка {grade}</translation>
    </message>
    <message>
        <source>≠ The reports disagree on the figure or the stance: {versions}</source>
        <translation>≠ Повідомлення розходяться щодо показника чи формулювання: {versions}</translation>
    </message>
    <message>
        <source>≠ disagree</source>
        <translation>≠ розбіжність</translation>
    </message>
</context>
<context>
    <name>SpokenCell</name>
    <message>
        <source>New at this round</source>
        <translation>Нове в цьому раунді</translation>
    </message>
    <message>
        <source>Changed since the previous round</source>
        <translation>Змінено від попереднього раунду</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Без напряму</translation>
    </message>
    <message>
        <source>Track: {track}</source>
        <translation>Напрям: {track}</translation>
    </message>
    <message>
        <source>Issue: {issue}</source>
        <translation>Питання: {issue}</translation>
    </message>
    <message>
        <source>{party} on {issue}: {stance}</source>
        <translation>{party} щодо «{issue}»: {stance}</translation>
    </message>
    <message>
        <source>Status of {issue}: {status}</source>
        <translation>Статус питання «{issue}»: {status}</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Common ground on {issue}: {text}</source>
        <translation>Точки згоди щодо «{issue}»: {text}</translation>
    </message>
</context>
</TS>
