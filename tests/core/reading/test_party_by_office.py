"""A new speaker's party from the office alone: national institutions and the
home nation of a Ukrainian-language report (core/reading/nationality.py).

Sentences and people invented for these tests, in the style of news text.
"""

from core.reading import Gazetteer, KnownParty, read_report

from .conftest import PARTIES


def _parties(reading):
    return [(s.speaker, s.party) for s in reading.statements]


def test_an_office_of_the_verkhovna_rada_is_ukraines_in_russian_text(read):
    reading = read("Об этом заявила уполномоченная Верховной Рады по правам человека Елена Гнатюк. "
                   "Гнатюк добавила, что списки уже переданы.", language="ru")
    assert _parties(reading) == [("Елена Гнатюк", "Ukraine"), ("Елена Гнатюк", "Ukraine")]


def test_an_office_of_the_state_duma_is_russias(read):
    reading = read("Депутат Государственной думы Игорь Семенов заявил, что обмен возможен уже в августе.",
                   language="ru")
    assert _parties(reading) == [("Игорь Семенов", "Russia")]


def test_a_bare_office_in_ukrainian_news_is_ukraines(read):
    reading = read("Президент Тарас Мельничук заявив, що обмін полоненими відбудеться найближчими днями.\n\n"
                   "За його словами, списки вже погоджено. Мельничук додав, що робота триває.", language="uk")
    assert _parties(reading) == [("Тарас Мельничук", "Ukraine")] * 3


def test_a_bare_minister_in_ukrainian_news_is_ukraines(read):
    reading = read("Міністр оборони Остап Гнатюк повідомив, що делегації зустрінуться в понеділок.", language="uk")
    assert _parties(reading) == [("Остап Гнатюк", "Ukraine")]


def test_a_bare_office_in_russian_news_stays_without_party(read):
    # Russian-language news is written in several countries: no home nation, and null beats a guess
    reading = read("Министр обороны Игорь Семенов заявил, что делегации встретятся в понедельник.", language="ru")
    assert _parties(reading) == [("Игорь Семенов", None)]


def test_a_country_the_text_gives_later_wins_over_the_home_nation(read):
    reading = read("Президент Ахмет Озкан заявив, що Анкара готова прийняти нову зустріч.\n\n"
                   "Ахмет Озкан, президент Туреччини, додав, що переговори тривають.", language="uk")
    assert _parties(reading) == [("Ахмет Озкан", "Türkiye"), ("Ахмет Озкан", "Türkiye")]


def test_a_nation_the_workspace_lacks_comes_from_the_states_table_as_a_new_party():
    # before the built-in states table (states.py) this gave no party; now the state is proposed
    gazetteer = Gazetteer(tuple(p for p in PARTIES if p.name != "Ukraine"), (), (), ())
    reading = read_report("Президент Тарас Мельничук заявив, що обмін відбудеться.", gazetteer, language="uk")
    assert _parties(reading) == [("Тарас Мельничук", "Ukraine")]
    assert reading.statements[0].new_party


def test_english_only_aliases_still_give_the_home_nation():
    gazetteer = Gazetteer((KnownParty("Ukraine", ("Kyiv", "Ukrainian")), KnownParty("Russia", ("Moscow",))), (), (), ())
    reading = read_report("Омбудсмен Тарас Мельничук заявив, що обмін відбудеться.", gazetteer, language="uk")
    assert _parties(reading) == [("Тарас Мельничук", "Ukraine")]


def test_a_compound_office_is_an_office(read):
    reading = read("Про це заявила віцепрем'єр-міністерка Ірина Сидоренко.", language="uk")
    s = reading.statements[0]
    assert (s.speaker, s.party) == ("Ірина Сидоренко", "Ukraine")
    assert s.role == "віцепрем'єр-міністерка"


def test_the_head_of_another_body_gets_that_body_not_the_home_nation(read):
    # before the built-in table knew the IAEA this was None; it must never be Ukraine
    reading = read("Голова МАГАТЕ Карлос Мендес заявив, що місія залишиться на станції.", language="uk")
    assert _parties(reading) == [("Карлос Мендес", "IAEA")]


def test_a_spokesman_of_the_foreign_ministry_is_still_the_home_nations(read):
    reading = read("Речник МЗС Олег Сидоренко заявив, що обмін відбудеться.", language="uk")
    assert _parties(reading) == [("Олег Сидоренко", "Ukraine")]
