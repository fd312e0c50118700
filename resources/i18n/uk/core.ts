<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AtomicFiles</name>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>теки {parent} не існує</translation>
    </message>
</context>
<context>
    <name>BackgroundCheck</name>
    <message>
        <source>The check of {path} was stopped; nothing was written to it.</source>
        <translation>Перевірку {path} зупинено; у файл нічого не записано.</translation>
    </message>
    <message>
        <source>{path} could not be checked (status {returncode}); nothing was written to it.</source>
        <translation>Не вдалося перевірити {path} (стан {returncode}); у файл нічого не записано.</translation>
    </message>
    <message>
        <source>{path} could not be checked ({exc}); nothing was written to it.</source>
        <translation>Не вдалося перевірити {path} ({exc}); у файл нічого не записано.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>the copy of the workspace did not pass SQLite&apos;s integrity check ({detail}); the workspace itself may be damaged</source>
        <translation>копія робочого простору не пройшла перевірку цілісності SQLite ({detail}); можливо, пошкоджено сам робочий простір</translation>
    </message>
    <message>
        <source>the copy of the workspace did not pass SQLite&apos;s integrity check ({exc}); the workspace itself may be damaged</source>
        <translation>копія робочого простору не пройшла перевірку цілісності SQLite ({exc}); можливо, пошкоджено сам робочий простір</translation>
    </message>
    <message>
        <source>{target} could not be written ({value}); nothing was changed</source>
        <translation>не вдалося записати {target} ({value}); нічого не змінено</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; Parley keeps backups only in a real folder there. Nothing was changed.</source>
        <translation>{path} — символьне посилання; Parley зберігає резервні копії лише в справжній теці. Нічого не змінено.</translation>
    </message>
    <message>
        <source>that is the workspace already open</source>
        <translation>цей робочий простір уже відкрито</translation>
    </message>
    <message>
        <source>{path} is a symbolic link; Parley never restores through one. Nothing was restored.</source>
        <translation>{path} — символьне посилання; Parley ніколи не відновлює через нього. Нічого не відновлено.</translation>
    </message>
    <message>
        <source>{reason}; it cannot be restored, and nothing was restored</source>
        <translation>{reason}; цю копію неможливо відновити, нічого не відновлено</translation>
    </message>
    <message>
        <source>{path} cannot be read ({value}); nothing was restored</source>
        <translation>не вдалося прочитати {path} ({value}); нічого не відновлено</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>Add {noun}</source>
        <translation>Додати: {noun}</translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation>Змінити: {noun}</translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation>Видалити: {noun}</translation>
    </message>
</context>
<context>
    <name>Citing</name>
    <message>
        <source>The passage must be given by its start and end in the report&apos;s text.</source>
        <translation>Уривок слід задати його початком і кінцем у тексті повідомлення.</translation>
    </message>
    <message>
        <source>The passage ({start}–{end}) lies outside the report&apos;s text, which has {length} characters.</source>
        <translation>Уривок ({start}–{end}) виходить за межі тексту повідомлення, у якому {length} симв.</translation>
    </message>
    <message>
        <source>Select the passage to cite first: the selection is empty.</source>
        <translation>Спершу виділіть уривок, на який треба послатися: нічого не виділено.</translation>
    </message>
    <message>
        <source>Cite {source}</source>
        <translation>Послатися на {source}</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>повідомлення</translation>
    </message>
    <message>
        <source>Add report {source}</source>
        <translation>Додати повідомлення {source}</translation>
    </message>
</context>
<context>
    <name>Credibility</name>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Підтверджено іншими джерелами</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Імовірно правдиве</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Можливо, правдиве</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Сумнівне</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Малоймовірне</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Правдивість неможливо оцінити</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>the file cannot be checked: {value}</source>
        <translation>файл неможливо перевірити: {value}</translation>
    </message>
    <message>
        <source>refers to {value}, which is not in sources</source>
        <translation>посилається на {value}, якого немає серед джерел</translation>
    </message>
    <message>
        <source>evidence names neither a position nor a source</source>
        <translation>підтвердження не вказує ні позиції, ні джерела</translation>
    </message>
    <message>
        <source>the text holds a lone surrogate (\u{code}), not a character</source>
        <translation>текст містить одиночний сурогат (\u{code}), а не символ</translation>
    </message>
    <message>
        <source>a Parley workspace file is a JSON object</source>
        <translation>файл робочого простору Parley — це об’єкт JSON</translation>
    </message>
    <message>
        <source>this is not a Parley workspace file (format should be “{format}”)</source>
        <translation>це не файл робочого простору Parley (формат має бути «{format}»)</translation>
    </message>
    <message>
        <source>format version {version} is newer than this Parley reads ({reads}); open it with a newer Parley</source>
        <translation>версія формату {version} новіша, ніж читає ця версія Parley ({reads}); відкрийте файл у новішій Parley</translation>
    </message>
    <message>
        <source>unknown format version {version}</source>
        <translation>невідома версія формату {version}</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} не є скінченним числом</translation>
    </message>
    <message>
        <source>the id {id} is used twice</source>
        <translation>ідентифікатор {id} використано двічі</translation>
    </message>
    <message>
        <source>a workspace has at most one negotiation</source>
        <translation>робочий простір містить щонайбільше одні переговори</translation>
    </message>
    <message>
        <source>refers to {value}, which is not in {target}</source>
        <translation>посилається на {value}, якого немає в {target}</translation>
    </message>
    <message>
        <source>a second row for the same {columns}</source>
        <translation>другий рядок з тими самими {columns}</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>{path} is empty, not a Parley workspace; it was left unchanged.</source>
        <translation>{path} порожній, це не робочий простір Parley; файл не змінено.</translation>
    </message>
    <message>
        <source>{name} is empty, not a Parley workspace; it was left unchanged.</source>
        <translation>{name} порожній, це не робочий простір Parley; файл не змінено.</translation>
    </message>
    <message>
        <source>{path} is not a Parley workspace (not an SQLite database).</source>
        <translation>{path} не є робочим простором Parley (це не база даних SQLite).</translation>
    </message>
    <message>
        <source>{path} could not be read ({exc}); it was left unchanged.</source>
        <translation>не вдалося прочитати {path} ({exc}); файл не змінено.</translation>
    </message>
    <message>
        <source>{name} could not be read ({exc}); it was left unchanged.</source>
        <translation>не вдалося прочитати {name} ({exc}); файл не змінено.</translation>
    </message>
    <message>
        <source>{name} holds a row Parley cannot use ({exc}); it was left unchanged.</source>
        <translation>{name} містить рядок, який Parley не може використати ({exc}); файл не змінено.</translation>
    </message>
</context>
<context>
    <name>EditRules</name>
    <message>
        <source>{party} on “{issue}”, as reported at {round} ({date}).</source>
        <translation>{party} щодо «{issue}», як повідомлено в раунді {round} ({date}).</translation>
    </message>
    <message>
        <source>Edit {party}&apos;s position on {issue}</source>
        <translation>Змінити позицію: {party}, {issue}</translation>
    </message>
    <message>
        <source>New position of {party} on “{issue}” at {round} ({date}), starting from what was said at {earlier}.</source>
        <translation>Нова позиція: {party} щодо «{issue}» у раунді {round} ({date}), на основі сказаного в раунді {earlier}.</translation>
    </message>
    <message>
        <source>New position of {party} on “{issue}” at {round} ({date}).</source>
        <translation>Нова позиція: {party} щодо «{issue}» у раунді {round} ({date}).</translation>
    </message>
    <message>
        <source>Record {party}&apos;s position on {issue}</source>
        <translation>Записати позицію: {party}, {issue}</translation>
    </message>
    <message>
        <source>Status of “{issue}” at {round} ({date}).</source>
        <translation>Статус питання «{issue}» у раунді {round} ({date}).</translation>
    </message>
    <message>
        <source>New status of “{issue}” at {round} ({date}).</source>
        <translation>Новий статус питання «{issue}» у раунді {round} ({date}).</translation>
    </message>
    <message>
        <source>Set status of {issue}</source>
        <translation>Встановити статус: {issue}</translation>
    </message>
    <message>
        <source>Edit status of {issue}</source>
        <translation>Змінити статус: {issue}</translation>
    </message>
    <message>
        <source>{party} at {round}: {stance}</source>
        <translation>{party}, раунд {round}: {stance}</translation>
    </message>
    <message>
        <source>Report: {source}</source>
        <translation>Повідомлення: {source}</translation>
    </message>
    <message>
        <source>Delete {party}&apos;s position on {issue} at {round}</source>
        <translation>Видалити позицію: {party}, {issue}, раунд {round}</translation>
    </message>
    <message>
        <source>Delete status of {issue} at {round}</source>
        <translation>Видалити статус: {issue}, раунд {round}</translation>
    </message>
    <message>
        <source>Nothing recorded at {round} in this cell to delete.</source>
        <translation>У цій клітинці в раунді {round} нічого не записано — нема чого видаляти.</translation>
    </message>
</context>
<context>
    <name>Entry</name>
    <message>
        <source>another party</source>
        <translation>інша</translation>
    </message>
    <message>
        <source>{person} speaks for {other}, not {party}.</source>
        <translation>{person} представляє сторону «{other}», а не «{party}».</translation>
    </message>
    <message>
        <source>The passage is not in the report&apos;s text word for word; paste it from the report.</source>
        <translation>Уривка немає в тексті повідомлення дослівно; вставте його з повідомлення.</translation>
    </message>
</context>
<context>
    <name>FileAccess</name>
    <message>
        <source>the folder holding {real} ({folder}) is read-only</source>
        <translation>тека з файлом {real} ({folder}) доступна лише для читання</translation>
    </message>
    <message>
        <source>{real} is a read-only file</source>
        <translation>{real} — файл лише для читання</translation>
    </message>
    <message>
        <source>{name} can only be read: {reason}. Nothing was changed.</source>
        <translation>{name} можна лише читати: {reason}. Нічого не змінено.</translation>
    </message>
    <message>
        <source>the disk holding {folder} is full; nothing was changed</source>
        <translation>диск із текою {folder} заповнено; нічого не змінено</translation>
    </message>
    <message>
        <source>{name} is the workspace itself or one of its files; choose another file to export to. Nothing was written.</source>
        <translation>{name} — це сам робочий простір або один із його файлів; виберіть інший файл для експорту. Нічого не записано.</translation>
    </message>
    <message>
        <source>a Parley workspace</source>
        <translation>робочий простір Parley</translation>
    </message>
    <message>
        <source>a file of the Parley workspace {workspace}</source>
        <translation>файл робочого простору Parley {workspace}</translation>
    </message>
    <message>
        <source>{file} is {what}; an export never replaces one. Choose another file. Nothing was written.</source>
        <translation>{file} — {what}; експорт ніколи його не замінює. Виберіть інший файл. Нічого не записано.</translation>
    </message>
</context>
<context>
    <name>FileChecks</name>
    <message>
        <source>{name} is not a Parley workspace (not an SQLite database).</source>
        <translation>{name} не є робочим простором Parley (це не база даних SQLite).</translation>
    </message>
    <message>
        <source>Cannot read {name}: {exc}.</source>
        <translation>Не вдалося прочитати {name}: {exc}.</translation>
    </message>
    <message>
        <source>{name} is damaged or unreadable ({exc}); it was left unchanged.</source>
        <translation>{name} пошкоджено або неможливо прочитати ({exc}); файл не змінено.</translation>
    </message>
    <message>
        <source> (and 1 more difference)</source>
        <translation> (і ще 1 відмінність)</translation>
    </message>
    <message>
        <source> (and {count} more differences)</source>
        <translation> (і ще відмінностей: {count})</translation>
    </message>
    <message>
        <source>{name} has {value}{more}; it was not opened and was left unchanged.</source>
        <translation>{name}: {value}{more}; файл не відкрито й не змінено.</translation>
    </message>
    <message>
        <source>{name} is damaged ({detail}); it was left unchanged.</source>
        <translation>{name} пошкоджено ({detail}); файл не змінено.</translation>
    </message>
    <message>
        <source>{name} is an SQLite database but not a Parley workspace; it was left unchanged.</source>
        <translation>{name} — база даних SQLite, але не робочий простір Parley; файл не змінено.</translation>
    </message>
    <message>
        <source>{name} is damaged (its record of upgrades does not match its version); it was left unchanged.</source>
        <translation>{name} пошкоджено (його журнал оновлень не відповідає версії); файл не змінено.</translation>
    </message>
    <message>
        <source>{path} is damaged (its record of upgrades does not match its version); it was left unchanged.</source>
        <translation>{path} пошкоджено (його журнал оновлень не відповідає версії); файл не змінено.</translation>
    </message>
    <message>
        <source>{path} has a damaged search index ({index}: {detail}); it was left unchanged.</source>
        <translation>{path} має пошкоджений пошуковий індекс ({index}: {detail}); файл не змінено.</translation>
    </message>
</context>
<context>
    <name>Filing</name>
    <message>
        <source>Filed positions: {positions}, citations: {citations}</source>
        <translation>Внесено позицій: {positions}, посилань: {citations}</translation>
    </message>
    <message>
        <source> (with their own version: {versions})</source>
        <translation> (з власною версією: {versions})</translation>
    </message>
    <message>
        <source>Choose the round to file the statements at.</source>
        <translation>Виберіть раунд, до якого внести твердження.</translation>
    </message>
    <message>
        <source>needs a party</source>
        <translation>потребує сторони</translation>
    </message>
    <message>
        <source>needs an issue</source>
        <translation>потребує питання</translation>
    </message>
    <message>
        <source>Statement {number}: its passage is not in the report.</source>
        <translation>Твердження {number}: його уривка немає в повідомленні.</translation>
    </message>
    <message>
        <source>Statement {number} {problem}.</source>
        <translation>Твердження {number} {problem}.</translation>
    </message>
    <message>
        <source>Statement {number}: {problem}</source>
        <translation>Твердження {number}: {problem}</translation>
    </message>
    <message>
        <source>report</source>
        <translation>повідомлення</translation>
    </message>
    <message>
        <source>File “{title}”: positions: {positions}, citations: {citations}</source>
        <translation>Внести «{title}»: позицій: {positions}, посилань: {citations}</translation>
    </message>
</context>
<context>
    <name>JsonDocument</name>
    <message>
        <source>the key “{key}” appears twice in one object</source>
        <translation>ключ «{key}» трапляється двічі в одному об’єкті</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} — число, якого JSON не допускає</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MiB</source>
        <translation>файл більший за {limit} МіБ</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {start})</source>
        <translation>файл не є текстом UTF-8 (байт {start})</translation>
    </message>
    <message>
        <source>not valid JSON: {msg} at line {lineno}, column {colno}</source>
        <translation>недійсний JSON: {msg} у рядку {lineno}, стовпці {colno}</translation>
    </message>
    <message>
        <source>the JSON is nested too deeply</source>
        <translation>JSON має завелику глибину вкладення</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>це тека</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>такого файлу немає</translation>
    </message>
    <message>
        <source>cannot read {path}: {reason}</source>
        <translation>не вдалося прочитати {path}: {reason}</translation>
    </message>
    <message>
        <source>a new workspace</source>
        <translation>новий робочий простір</translation>
    </message>
    <message>
        <source>the workspace already holds records: import into {new_workspace}, or merge the file into this one</source>
        <translation>робочий простір уже містить записи: імпортуйте в {new_workspace} або об’єднайте файл із цим простором</translation>
    </message>
    <message>
        <source>{target} exists already; choose another name</source>
        <translation>{target} уже існує; виберіть іншу назву</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist</source>
        <translation>теки {parent} не існує</translation>
    </message>
    <message>
        <source>no file at {path}</source>
        <translation>файлу {path} немає</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>No stated position</source>
        <translation>Позицію не заявлено</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>одна сторона</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нове</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>{status} — according to {party}</source>
        <translation>{status} — як стверджує {party}</translation>
    </message>
    <message>
        <source>ranges overlap</source>
        <translation>діапазони перетинаються</translation>
    </message>
    <message>
        <source>gap {number} days</source>
        <translation>різниця {number} дн.</translation>
    </message>
    <message>
        <source>gap {number} {unit}</source>
        <translation>різниця {number} {unit}</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>outlet not named</source>
        <translation>видання не вказано</translation>
    </message>
    <message>
        <source>published {date}</source>
        <translation>опубліковано {date}</translation>
    </message>
    <message>
        <source>accessed {date}</source>
        <translation>переглянуто {date}</translation>
    </message>
    <message>
        <source>1 report · {grade}</source>
        <translation>1 повідомлення · {grade}</translation>
    </message>
    <message>
        <source>{count} reports · {grade}</source>
        <translation>{count} повідомл. · {grade}</translation>
    </message>
</context>
<context>
    <name>Locking</name>
    <message>
        <source>{path} (the workspace {real})</source>
        <translation>{path} (робочий простір {real})</translation>
    </message>
    <message>
        <source>{naming} is open in another Parley; close it there first. Nothing was changed.</source>
        <translation>{naming} відкрито в іншому екземплярі Parley; спершу закрийте його там. Нічого не змінено.</translation>
    </message>
    <message>
        <source>{path} was not opened: its lock file {lock_file} is a symbolic link, which Parley never follows. Remove that link. Nothing was changed.</source>
        <translation>{path} не відкрито: його файл блокування {lock_file} — символьне посилання, за яким Parley ніколи не переходить. Видаліть це посилання. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>Merge</name>
    <message>
        <source> (and {count} more)</source>
        <translation> (і ще {count})</translation>
    </message>
    <message>
        <source>this merge would leave {collision}{more}, as the other side moved a row into a place this workspace still fills; nothing was merged</source>
        <translation>після цього об’єднання залишилося б {collision}{more}, бо інша сторона перемістила рядок на місце, яке в цьому робочому просторі ще зайняте; нічого не об’єднано</translation>
    </message>
    <message>
        <source>added: {added}, taken from theirs: {taken}, kept as mine: {kept}, changed on both sides: {conflicts}</source>
        <translation>додано: {added}, взято з їхнього: {taken}, залишено моє: {kept}, змінено з обох боків: {conflicts}</translation>
    </message>
    <message>
        <source>two {noun} rows for {where}</source>
        <translation>два рядки типу «{noun}» для {where}</translation>
    </message>
    <message>
        <source>{party} on {issue} at {round}</source>
        <translation>{party} щодо {issue}, раунд {round}</translation>
    </message>
    <message>
        <source>a party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>an issue</source>
        <translation>питання</translation>
    </message>
    <message>
        <source>a round</source>
        <translation>раунд</translation>
    </message>
    <message>
        <source>Status of {issue} at {round}</source>
        <translation>Статус: {issue}, раунд {round}</translation>
    </message>
    <message>
        <source>Evidence for a status</source>
        <translation>Підтвердження статусу</translation>
    </message>
</context>
<context>
    <name>Moves</name>
    <message>
        <source>no figure</source>
        <translation>без показника</translation>
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
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>NegotiationEdit</name>
    <message>
        <source>Edit negotiation title and description</source>
        <translation>Змінити назву й опис переговорів</translation>
    </message>
    <message>
        <source>A title is required: it heads every sheet.</source>
        <translation>Потрібна назва: вона стоїть на початку кожної довідки.</translation>
    </message>
    <message>
        <source>The title must be one line of at most {limit} characters.</source>
        <translation>Назва має бути одним рядком до {limit} символів.</translation>
    </message>
</context>
<context>
    <name>Qualifier</name>
    <message>
        <source>at least</source>
        <translation>щонайменше</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>щонайбільше</translation>
    </message>
    <message>
        <source>about</source>
        <translation>близько</translation>
    </message>
    <message>
        <source>before</source>
        <translation>до</translation>
    </message>
    <message>
        <source>no figure given</source>
        <translation>показник не вказано</translation>
    </message>
</context>
<context>
    <name>Record</name>
    <message>
        <source>negotiation</source>
        <translation>переговори</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>track</source>
        <translation>напрям</translation>
    </message>
    <message>
        <source>issue</source>
        <translation>питання</translation>
    </message>
    <message>
        <source>round</source>
        <translation>раунд</translation>
    </message>
    <message>
        <source>person</source>
        <translation>особа</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>видання</translation>
    </message>
    <message>
        <source>report</source>
        <translation>повідомлення</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиція</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>показник</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>підтвердження</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>посилання</translation>
    </message>
    <message>
        <source>exported sheet</source>
        <translation>експортована довідка</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>Completely reliable</source>
        <translation>Цілком надійне</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Зазвичай надійне</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Досить надійне</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Зазвичай ненадійне</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Ненадійне</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Надійність неможливо оцінити</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <source>this Word file is damaged (truncated?) and cannot be opened</source>
        <translation>цей файл Word пошкоджено (обрізано?), його неможливо відкрити</translation>
    </message>
    <message>
        <source>this Word file unpacks to more than {limit} MB: it is not an ordinary document</source>
        <translation>цей файл Word розпаковується в понад {limit} МБ: це не звичайний документ</translation>
    </message>
    <message>
        <source>this Word file is damaged and cannot be read</source>
        <translation>цей файл Word пошкоджено, його неможливо прочитати</translation>
    </message>
    <message>
        <source>no text in this Word file</source>
        <translation>у цьому файлі Word немає тексту</translation>
    </message>
    <message>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <source>{name}: too large to read</source>
        <translation>{name}: завеликий, щоб прочитати</translation>
    </message>
    <message>
        <source>{name}: this file cannot be read ({kind})</source>
        <translation>{name}: цей файл неможливо прочитати ({kind})</translation>
    </message>
    <message>
        <source>nothing to read: the pasted text is empty</source>
        <translation>нема чого читати: вставлений текст порожній</translation>
    </message>
    <message>
        <source>the pasted text is longer than {limit} characters</source>
        <translation>вставлений текст довший за {limit} символів</translation>
    </message>
    <message>
        <source>the pasted text holds broken characters (lone surrogates)</source>
        <translation>вставлений текст містить пошкоджені символи (одиночні сурогати)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>такого файлу немає</translation>
    </message>
    <message>
        <source>no permission to read this file</source>
        <translation>немає дозволу читати цей файл</translation>
    </message>
    <message>
        <source>cannot read this file ({reason})</source>
        <translation>не вдалося прочитати цей файл ({reason})</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>це тека, а не файл</translation>
    </message>
    <message>
        <source>this is not an ordinary file</source>
        <translation>це не звичайний файл</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл порожній</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB, the limit for a report</source>
        <translation>файл більший за {limit} МБ — межу для повідомлення</translation>
    </message>
    <message>
        <source>no text in this file</source>
        <translation>у цьому файлі немає тексту</translation>
    </message>
    <message>
        <source>the report is longer than {limit} characters</source>
        <translation>повідомлення довше за {limit} символів</translation>
    </message>
    <message>
        <source>this page says it is {encoding} but is not</source>
        <translation>ця сторінка заявляє кодування {encoding}, але насправді воно інше</translation>
    </message>
    <message>
        <source>this web page cannot be read (damaged HTML?)</source>
        <translation>цю вебсторінку неможливо прочитати (пошкоджений HTML?)</translation>
    </message>
    <message>
        <source>no text found in this web page</source>
        <translation>на цій вебсторінці не знайдено тексту</translation>
    </message>
    <message>
        <source>this web page holds more than {limit} characters of text</source>
        <translation>ця вебсторінка містить понад {limit} символів тексту</translation>
    </message>
    <message>
        <source>this PDF is protected by a password: save an unprotected copy</source>
        <translation>цей PDF захищено паролем: збережіть незахищену копію</translation>
    </message>
    <message>
        <source>this PDF is damaged and cannot be opened</source>
        <translation>цей PDF пошкоджено, його неможливо відкрити</translation>
    </message>
    <message>
        <source>this PDF has more than {limit} pages, more than a report</source>
        <translation>у цьому PDF понад {limit} сторінок — забагато для повідомлення</translation>
    </message>
    <message>
        <source>this PDF holds more than {limit} characters of text</source>
        <translation>цей PDF містить понад {limit} символів тексту</translation>
    </message>
    <message>
        <source>this PDF is damaged and cannot be read</source>
        <translation>цей PDF пошкоджено, його неможливо прочитати</translation>
    </message>
    <message>
        <source>this PDF has no pages</source>
        <translation>у цьому PDF немає сторінок</translation>
    </message>
    <message>
        <source>no text in this PDF (is it a scan?)</source>
        <translation>у цьому PDF немає тексту (можливо, це скан?)</translation>
    </message>
    <message>
        <source>this file says it is {encoding} but is not valid {encoding}</source>
        <translation>цей файл заявляє кодування {encoding}, але не є дійсним {encoding}</translation>
    </message>
    <message>
        <source>this file holds binary data, not text</source>
        <translation>цей файл містить двійкові дані, а не текст</translation>
    </message>
    <message>
        <source>cannot tell this text file&apos;s encoding: save it as UTF-8 and open it again</source>
        <translation>не вдалося визначити кодування цього текстового файлу: збережіть його як UTF-8 і відкрийте знову</translation>
    </message>
    <message>
        <source>an old Word (.doc) or Office file: save it as .docx</source>
        <translation>старий файл Word (.doc) чи Office: збережіть його як .docx</translation>
    </message>
    <message>
        <source>an RTF file: save it as .docx or .txt</source>
        <translation>файл RTF: збережіть його як .docx або .txt</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>зображення PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>зображення JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>зображення GIF</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>зображення TIFF</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>архів gzip</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>архів 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>архів RAR</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>програма</translation>
    </message>
    <message>
        <source>a database (a .parley workspace?)</source>
        <translation>база даних (робочий простір .parley?)</translation>
    </message>
    <message>
        <source>a JPEG 2000 image</source>
        <translation>зображення JPEG 2000</translation>
    </message>
    <message>
        <source>this is {what}, not a report Parley can read</source>
        <translation>це {what}, а не повідомлення, яке Parley може прочитати</translation>
    </message>
    <message>
        <source>this is a Windows program, not a report Parley can read</source>
        <translation>це програма Windows, а не повідомлення, яке Parley може прочитати</translation>
    </message>
    <message>
        <source>this Word or zip file is damaged (truncated?) and cannot be opened</source>
        <translation>цей файл Word чи zip пошкоджено (обрізано?), його неможливо відкрити</translation>
    </message>
    <message>
        <source>this is an Excel workbook, not a report: save the report as .docx, .pdf or .txt</source>
        <translation>це книга Excel, а не повідомлення: збережіть повідомлення як .docx, .pdf або .txt</translation>
    </message>
    <message>
        <source>this is a PowerPoint file, not a report: save it as .pdf</source>
        <translation>це файл PowerPoint, а не повідомлення: збережіть його як .pdf</translation>
    </message>
    <message>
        <source>this is an OpenDocument file: save it as .docx or .pdf</source>
        <translation>це файл OpenDocument: збережіть його як .docx або .pdf</translation>
    </message>
    <message>
        <source>this is a zip archive, not a report: unpack it and open the report inside</source>
        <translation>це архів zip, а не повідомлення: розпакуйте його й відкрийте повідомлення з нього</translation>
    </message>
</context>
<context>
    <name>RowGuard</name>
    <message>
        <source>{name} holds a row Parley cannot use ({problem}); it was left unchanged.</source>
        <translation>{name} містить рядок, який Parley не може використати ({problem}); файл не змінено.</translation>
    </message>
    <message>
        <source>.{column}: {value} is not a valid {column}</source>
        <translation>.{column}: {value} — недійсне значення {column}</translation>
    </message>
    <message>
        <source>: a value of the wrong kind</source>
        <translation>: значення неправильного типу</translation>
    </message>
    <message>
        <source>{table} has a row numbered {biggest}, beyond the {limit} Parley allows</source>
        <translation>{table} містить рядок із номером {biggest}, більшим за допустимі в Parley {limit}</translation>
    </message>
    <message>
        <source>a workspace has at most one negotiation</source>
        <translation>робочий простір містить щонайбільше одні переговори</translation>
    </message>
    <message>
        <source>citation row {row}: its passage is not the report&apos;s text between its offsets</source>
        <translation>рядок посилання {row}: його уривок не збігається з текстом повідомлення між його межами</translation>
    </message>
    <message>
        <source>{table} row {row} refers to a row of {target} that is not there</source>
        <translation>{table}, рядок {row}: посилається на рядок {target}, якого немає</translation>
    </message>
    <message>
        <source>{path} could not be read ({exc}); it was left unchanged.</source>
        <translation>не вдалося прочитати {path} ({exc}); файл не змінено.</translation>
    </message>
    <message>
        <source>the text “{text}”</source>
        <translation>текст «{text}»</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>двійкові дані</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>порожнє значення</translation>
    </message>
    <message>
        <source>the number {number}</source>
        <translation>число {number}</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>changes are marked since an earlier round, and “{since}” is the round shown, “{shown}”; choose a round before it</source>
        <translation>зміни позначаються відносно попереднього раунду, а «{since}» — це показаний раунд, «{shown}»; виберіть раунд перед ним</translation>
    </message>
    <message>
        <source>changes are marked since an earlier round, and “{since}” comes after the round shown, “{shown}”; choose a round before it</source>
        <translation>зміни позначаються відносно попереднього раунду, а «{since}» іде після показаного раунду, «{shown}»; виберіть раунд перед ним</translation>
    </message>
    <message>
        <source>unknown paper size “{paper}”; use a4 or letter</source>
        <translation>невідомий розмір паперу «{paper}»; використовуйте a4 або letter</translation>
    </message>
    <message>
        <source>the marking is too long for the page: it takes {lines} lines and at most {most} fit; shorten it</source>
        <translation>гриф задовгий для сторінки: він займає рядків: {lines}, а вміщується щонайбільше {most}; скоротіть його</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Agreed</source>
        <translation>Погоджено</translation>
    </message>
    <message>
        <source>Narrowing</source>
        <translation>Зближення</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрите</translation>
    </message>
    <message>
        <source>Opposed</source>
        <translation>Заперечено</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Не обговорювалося</translation>
    </message>
</context>
<context>
    <name>TypedFigures</name>
    <message>
        <source>Further figures, line {number}: no number or date in “{line}”.</source>
        <translation>Додаткові показники, рядок {number}: немає числа чи дати в «{line}».</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{label} is required.</source>
        <translation>{label}: обов’язкове поле.</translation>
    </message>
    <message>
        <source>{label} must be a date written YYYY-MM-DD, not “{value}”.</source>
        <translation>{label}: має бути дата у форматі РРРР-ММ-ДД, а не «{value}».</translation>
    </message>
    <message>
        <source>A party&apos;s name</source>
        <translation>Назва сторони</translation>
    </message>
    <message>
        <source>The colour must look like #1f77b4, not “{colour}”.</source>
        <translation>Колір має мати вигляд #1f77b4, а не «{colour}».</translation>
    </message>
    <message>
        <source>The role must be one of {choices}.</source>
        <translation>Роль має бути однією з: {choices}.</translation>
    </message>
    <message>
        <source>A track&apos;s name</source>
        <translation>Назва напряму</translation>
    </message>
    <message>
        <source>An issue&apos;s name</source>
        <translation>Назва питання</translation>
    </message>
    <message>
        <source>The quantity kind must be one of {choices}, or none.</source>
        <translation>Вид величини має бути одним із: {choices} — або жодним.</translation>
    </message>
    <message>
        <source>A round needs a date written YYYY-MM-DD, not “{date}”.</source>
        <translation>Раунду потрібна дата у форматі РРРР-ММ-ДД, а не «{date}».</translation>
    </message>
    <message>
        <source>A round cannot last less than no time.</source>
        <translation>Тривалість раунду не може бути від’ємною.</translation>
    </message>
    <message>
        <source>A person&apos;s name</source>
        <translation>Ім’я особи</translation>
    </message>
    <message>
        <source>An outlet&apos;s name</source>
        <translation>Назва видання</translation>
    </message>
    <message>
        <source>An outlet&apos;s reliability is a grade from A to F, not “{reliability}”.</source>
        <translation>Надійність видання — це оцінка від A до F, а не «{reliability}».</translation>
    </message>
    <message>
        <source>A report needs a title, an address or its text.</source>
        <translation>Повідомленню потрібні назва, адреса або текст.</translation>
    </message>
    <message>
        <source>The publication date</source>
        <translation>Дата публікації</translation>
    </message>
    <message>
        <source>The date accessed</source>
        <translation>Дата перегляду</translation>
    </message>
    <message>
        <source>The address must start with http:// or https:// and contain no spaces.</source>
        <translation>Адреса має починатися з http:// або https:// і не містити пробілів.</translation>
    </message>
    <message>
        <source>A figure belongs to a position.</source>
        <translation>Показник належить до позиції.</translation>
    </message>
    <message>
        <source>The status must be one of {choices}.</source>
        <translation>Статус має бути одним із: {choices}.</translation>
    </message>
    <message>
        <source>A position needs an issue, a party and a round.</source>
        <translation>Позиції потрібні питання, сторона й раунд.</translation>
    </message>
    <message>
        <source>A stated position&apos;s stance</source>
        <translation>Формулювання заявленої позиції</translation>
    </message>
    <message>
        <source>The date stated</source>
        <translation>Дата заяви</translation>
    </message>
    <message>
        <source>Original-language text needs its translation.</source>
        <translation>Текст мовою оригіналу потребує перекладу.</translation>
    </message>
    <message>
        <source>A figure is either a number or a date, not both.</source>
        <translation>Показник — це або число, або дата, а не обидва разом.</translation>
    </message>
    <message>
        <source>A position&apos;s figure is either a number or a date, not both.</source>
        <translation>Показник позиції — це або число, або дата, а не обидва разом.</translation>
    </message>
    <message>
        <source>A citation&apos;s figure is either a number or a date, not both.</source>
        <translation>Показник посилання — це або число, або дата, а не обидва разом.</translation>
    </message>
    <message>
        <source>The qualifier must be one of {choices}, or none.</source>
        <translation>Уточнення має бути одним із: {choices} — або жодним.</translation>
    </message>
    <message>
        <source>The lower figure is larger than the upper one.</source>
        <translation>Нижній показник більший за верхній.</translation>
    </message>
    <message>
        <source>The date figure</source>
        <translation>Показник-дата</translation>
    </message>
    <message>
        <source>A citation names the report it quotes.</source>
        <translation>Посилання має вказувати повідомлення, яке цитує.</translation>
    </message>
    <message>
        <source>A citation supports either a position or a status, and exactly one.</source>
        <translation>Посилання підтверджує або позицію, або статус — і лише одне з них.</translation>
    </message>
    <message>
        <source>Credibility is a grade from 1 to 6, not “{credibility}”.</source>
        <translation>Достовірність — це оцінка від 1 до 6, а не «{credibility}».</translation>
    </message>
    <message>
        <source>The passage&apos;s start and end must be offsets into the report, the start first.</source>
        <translation>Початок і кінець уривка мають бути позиціями в тексті повідомлення, початок — першим.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The folder {parent} does not exist.</source>
        <translation>Теки {parent} не існує.</translation>
    </message>
    <message>
        <source>{path} was not upgraded: {exc}; it was left unchanged.</source>
        <translation>{path} не оновлено: {exc}; файл не змінено.</translation>
    </message>
    <message>
        <source>{path} was upgraded but its references do not hold; restore the backup taken before the upgrade.</source>
        <translation>{path} оновлено, але його посилання не узгоджуються; відновіть резервну копію, зроблену перед оновленням.</translation>
    </message>
    <message>
        <source>Cannot open {path}: {exc}.</source>
        <translation>Не вдалося відкрити {path}: {exc}.</translation>
    </message>
    <message>
        <source>{path} was made by an older Parley; open it in the window once to upgrade it.</source>
        <translation>{path} створено старішою версією Parley; відкрийте його один раз у вікні, щоб оновити.</translation>
    </message>
    <message>
        <source>no workspace at {path}</source>
        <translation>за адресою {path} немає робочого простору</translation>
    </message>
    <message>
        <source>{path} is empty, not a Parley workspace.</source>
        <translation>{path} порожній, це не робочий простір Parley.</translation>
    </message>
</context>
</TS>
