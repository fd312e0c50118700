"""The reading engine on a 2,000-word report (issue 12, item 6: at most 300 ms).

Dictionaries and the language detector are loaded first (the window does
that in a thread); the per-word caches are emptied before every run, so each
run pays for language detection and for parsing every new word. The texts are
the development set's reports of each language (tests/reading_eval/reports,
where present), topped up to 2,000 words with text built here: the seed
report's paragraphs for English, and news-style sentences written for this
benchmark for Ukrainian and Russian (fewer distinct words than real news, so
built text alone reads faster than real reports).

The baselines, from the same run and text: a plain regular-expression
sentence split, and pymorphy3 parsing each distinct word once (what any
reading of Ukrainian needs at the least).
"""

from __future__ import annotations

import re
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORDS = 2000

UK_SENTENCES = (
    "Про це заявив міністр оборони України {name} під час брифінгу в {city}.",
    "«Ми готові до обміну {n} полонених на {n} полонених уже цього тижня», – наголосив {name}.",
    "За його словами, сторони обговорили гуманітарні питання, зокрема повернення {n} тіл загиблих.",
    "Речник МЗС {name} зазначив, що наступний раунд переговорів може відбутися не раніше {day} {month}.",
    "Москва наполягає на коротких перемир’ях тривалістю від {n} до {m} годин.",
    "Українська сторона вимагає повного та безумовного припинення вогню щонайменше на {n} днів.",
    "Уповноважений з прав людини {name} повідомив, що до списку увійшли {n} цивільних.",
    "Делегації зустрілися в палаці на березі протоки, де зустріч тривала близько {n} хвилин.",
    "Як розповів {name}, робоча група підготує документ щодо безпеки судноплавства.",
    "Він також додав, що обмін відбудеться за формулою {n} на {n}.",
    "Сторони домовилися продовжити консультації щодо {topic} та {topic2}.",
    "Окремо обговорювали питання {topic}, зазначив співрозмовник видання.",
)
UK_TOPICS = (
    "безпеки судноплавства в Чорному морі", "захисту енергетичної інфраструктури", "повернення депортованих дітей",
    "звільнення цивільних заручників", "розмінування сільськогосподарських угідь", "відновлення зернового коридору",
    "контролю над атомною електростанцією", "гарантій безпеки для прибережних міст", "обміну тілами загиблих",
    "доступу міжнародних спостерігачів", "пошуку зниклих безвісти", "репатріації важкопоранених бійців",
    "демілітаризованої зони навколо станції", "страхування торговельних суден", "експорту добрив і аміаку",
    "роботи спільного координаційного центру", "графіка інспекцій у портах", "відкриття гуманітарних коридорів",
    "евакуації мешканців прифронтових сіл", "постачання ліків до окупованих територій",
)
RU_SENTENCES = (
    "Об этом заявил помощник президента России {name} после переговоров в {city}.",
    "«Мы передали список из {n} имён и ждём ответа», — сообщил {name}.",
    "По его словам, стороны договорились об обмене не менее {n} военнопленных.",
    "Официальный представитель МИД {name} отметила, что следующая встреча возможна до {day} {month}.",
    "Киев настаивает на немедленном прекращении огня сроком не менее {n} дней.",
    "Российская сторона предложила перемирия продолжительностью от {n} до {m} часов.",
    "Как подчеркнул {name}, гуманитарный трек остаётся главным направлением работы.",
    "Переговоры продолжались около {n} минут и завершились без совместного заявления.",
    "Он также добавил, что в ближайшие дни будут переданы ещё {n} тел.",
    "Глава делегации {name} подтвердил, что документ о безопасности судоходства готов.",
    "Стороны условились продолжить консультации по вопросам {topic} и {topic2}.",
    "Отдельно обсуждался вопрос {topic}, отметил собеседник издания.",
)
RU_TOPICS = (
    "безопасности судоходства в Черном море", "защиты энергетической инфраструктуры", "возвращения депортированных детей",
    "освобождения гражданских заложников", "разминирования сельскохозяйственных угодий", "восстановления зернового коридора",
    "контроля над атомной электростанцией", "гарантий безопасности для прибрежных городов", "обмена телами погибших",
    "доступа международных наблюдателей", "поиска пропавших без вести", "репатриации тяжелораненых бойцов",
    "демилитаризованной зоны вокруг станции", "страхования торговых судов", "экспорта удобрений и аммиака",
    "работы совместного координационного центра", "графика инспекций в портах", "открытия гуманитарных коридоров",
    "эвакуации жителей прифронтовых сел", "поставок лекарств на оккупированные территории",
)
UK_NAMES = ("Рустем Умєров", "Олексій Коваленко", "Ірина Шевчук", "Дмитро Бондар", "Андрій Мельник", "Олена Ткаченко")
RU_NAMES = ("Владимир Мединский", "Сергей Орлов", "Мария Соколова", "Алексей Волков", "Игорь Павлов", "Анна Морозова")
UK_CITIES = ("Стамбулі", "Женеві", "Ер-Ріяді", "Абу-Дабі", "Джидді")
RU_CITIES = ("Стамбуле", "Женеве", "Эр-Рияде", "Абу-Даби", "Джидде")
UK_MONTHS = ("червня", "липня", "серпня", "вересня")
RU_MONTHS = ("июня", "июля", "августа", "сентября")


def _synthetic(sentences, names, cities, months, topics) -> str:
    words, lines, k = 0, [], 0
    while words < WORDS:
        line = sentences[k % len(sentences)].format(
            name=names[k % len(names)], city=cities[k % len(cities)], n=100 + 37 * k, m=200 + 41 * k,
            day=1 + k % 28, month=months[k % len(months)], topic=topics[k % len(topics)],
            topic2=topics[(3 * k + 7) % len(topics)])
        lines.append(line)
        words += len(line.split())
        k += 1
    return "\n".join(" ".join(lines[i:i + 3]) for i in range(0, len(lines), 3))


def _english() -> str:
    paragraphs = (ROOT / "resources/seed/istanbul-talks-2025-07-23.txt").read_text(encoding="utf-8").split("\n")
    out, words, k = [], 0, 0
    while words < WORDS:
        paragraph = paragraphs[k % len(paragraphs)]
        out.append(paragraph)
        words += len(paragraph.split())
        k += 1
    return "\n".join(out)


def _from_dev_set(language: str, filler: str) -> str:
    """Real reports of the development set (where present), topped up with built text to 2,000 words."""
    lines: list[str] = []
    words = 0
    for path in sorted((ROOT / "tests/reading_eval/reports").glob(f"{language}-*.txt")):
        lines.extend(path.read_text(encoding="utf-8").split("\n"))
    lines.extend(filler.split("\n"))
    kept: list[str] = []
    for line in lines:
        if words >= WORDS:
            break
        kept.append(line)
        words += len(line.split())
    return "\n".join(kept)


def texts() -> dict[str, str]:
    """The development set's reports of each language where present, topped up with built text."""
    built = {"en": _english(), "uk": _synthetic(UK_SENTENCES, UK_NAMES, UK_CITIES, UK_MONTHS, UK_TOPICS),
             "ru": _synthetic(RU_SENTENCES, RU_NAMES, RU_CITIES, RU_MONTHS, RU_TOPICS)}
    return {language: _from_dev_set(language, text) for language, text in built.items()}


def gazetteer():
    from core.reading import Gazetteer, KnownIssue, KnownParty, KnownPerson

    return Gazetteer(
        parties=(KnownParty("Ukraine", ("Kyiv", "Ukrainian", "Україна", "Київ", "Украина", "Киев", "українська сторона")),
                 KnownParty("Russia", ("Moscow", "the Kremlin", "Russian", "Росія", "Москва", "Россия", "российская сторона"))),
        people=(KnownPerson("Rustem Umerov", "Ukraine", "Minister of Defence", ("Умєров", "Умеров")),
                KnownPerson("Vladimir Medinsky", "Russia", "Presidential aide", ("Мединский",))),
        issues=(KnownIssue("Prisoner exchange", "обмін полоненими; обмен пленными; exchange of prisoners"),
                KnownIssue("Ceasefire", "припинення вогню; прекращение огня; ceasefire")),
    )


def _clear_word_caches() -> None:
    from core.reading import issues, morphology, names

    for cached in (morphology.analyses, morphology.is_known,
                   names.fold, names.stem, names.word_keys, names.latin_forms, names.same_name_word, issues.lemma):
        cached.cache_clear()


def measure(runs: int) -> dict[str, float]:
    from core.reading import read_report, warm_up
    from core.reading.morphology import analyser

    start = time.perf_counter()
    warm_up()
    figures = {"load": (time.perf_counter() - start) * 1000}
    workspace = gazetteer()
    for language, text in texts().items():
        samples = []
        for _ in range(runs):
            _clear_word_caches()
            start = time.perf_counter()
            read_report(text, workspace)
            samples.append((time.perf_counter() - start) * 1000)
        figures[language] = statistics.median(samples)
        figures[f"{language}_words"] = len(text.split())
        figures[f"{language}_distinct"] = len(set(re.findall(r"\w+", text.lower())))
        start = time.perf_counter()
        for _ in range(runs):
            re.split(r"(?<=[.!?])\s+", text)
        figures[f"{language}_split"] = (time.perf_counter() - start) * 1000 / runs
        if language != "en":
            morph = analyser(language)
            distinct = set(re.findall(r"\w+", text.lower()))
            start = time.perf_counter()
            for word in distinct:
                morph.parse(word)
            figures[f"{language}_parse"] = (time.perf_counter() - start) * 1000
    return figures


def report(runs: int = 5) -> None:
    figures = measure(runs)
    print(f"reading_load_dictionaries_and_detector: {figures['load']:.0f} ms")
    for language in ("en", "uk", "ru"):
        print(f"reading_report_{language}_{figures[language + '_words']}_words_{figures[language + '_distinct']}_distinct:"
              f" {figures[language]:.0f} ms")
        print(f"reading_baseline_{language}_regex_sentence_split: {figures[language + '_split']:.1f} ms")
        if language != "en":
            print(f"reading_baseline_{language}_pymorphy3_parse_each_word_once: {figures[language + '_parse']:.0f} ms")


if __name__ == "__main__":
    report()
