""""По словам помощника президента РФ": an office that stands for the last speaker also gives their party."""

from core.reading import Gazetteer, read_report


def test_russian_office_with_a_state_gives_the_new_speaker_a_party():
    reading = read_report("Владимир Мединский назвал конструктивными переговоры в Стамбуле.\n\n"
                          "По словам помощника президента РФ, Москва получила от Киева понятную позицию.",
                          Gazetteer(), language="ru")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Владимир Мединский", "Russia")] * 2


def test_ukrainian_office_with_a_state_as_well():
    reading = read_report("Тарас Мельничук заявив, що переговори тривають.\n\n"
                          "За словами міністра закордонних справ України, наступний раунд відбудеться в червні.",
                          Gazetteer(), language="uk")
    assert [(s.speaker, s.party) for s in reading.statements] == [("Тарас Мельничук", "Ukraine")] * 2


def test_a_speaker_with_a_party_keeps_it():
    reading = read_report("Турецкий министр Ахмет Озкан заявил, что переговоры продолжатся.\n\n"
                          "По словам министра, Россия и Украина готовы к новой встрече.",
                          Gazetteer(), language="ru")
    assert [s.party for s in reading.statements] == ["Türkiye", "Türkiye"]
