"""Words that name an office rather than a person, and words that are not names.

They let the engine tell "Turkish Foreign Minister Hakan Fidan" apart into a
party (Turkish), a role (Foreign Minister) and a name (Hakan Fidan), and keep
capitalised sentence openers ("However", "Однак") from being taken for names.
"""

from __future__ import annotations

from functools import lru_cache

ROLE_WORDS_EN = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "envoy", "delegate", "negotiator", "chief", "head", "adviser", "advisor", "aide", "commissioner",
    "ombudsman", "ombudsperson", "chancellor", "senator", "governor", "mayor", "director", "chairman",
    "chairwoman", "chair", "official", "officials", "representative", "general", "commander",
    "deputy", "prime", "foreign", "defence", "defense", "member", "leader", "lawmaker", "diplomat",
    "mediator", "coordinator", "officer", "premier", "king", "emir", "prince", "vice", "special",
    "press", "secretary-general", "counterpart", "negotiators", "delegation", "council", "security",
    "national", "affairs", "intelligence", "military", "parliament", "speaker", "top", "senior",
    "lead", "former", "acting", "first", "state", "interior", "presidential", "ministry", "office",
    "agency", "department", "sheikh", "sheikha", "chief", "secretary-general", "minister",
}
# Lower-case words inside a name: Mohammed bin Abdulrahman, Ursula von der Leyen.
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "dos",
                  "бін", "бен", "ібн", "ибн", "аль", "ель", "эль", "фон", "ван", "дер", "де", "да", "ді", "ди"}
ROLE_LEMMAS_CYR = {
    "президент", "міністр", "министр", "глава", "голова", "речник", "представитель", "представник",
    "посол", "советник", "радник", "помощник", "помічник", "заместитель", "заступник", "спикер",
    "секретар", "секретарь", "уповноважений", "уполномоченный", "омбудсмен", "омбудсман", "генерал",
    "командир", "начальник", "керівник", "руководитель", "лидер", "лідер", "депутат", "делегат",
    "переговорник", "переговорщик", "член", "дипломат", "посланник", "посланець", "спецпосланник",
    "спецпосланець", "прем'єр", "прем’єр", "премьер", "прем'єр-міністр", "прем’єр-міністр",
    "премьер-министр", "канцлер", "губернатор", "мер", "директор", "координатор", "очільник",
    "пресс-секретарь", "прес-секретар", "офіційний", "официальный", "речниця", "міністерка",
    "делегація", "делегация", "помощница", "советница", "радниця", "голова", "спикерка",
    "командувач", "командующий", "омбудсменка", "глава", "лидер", "спецпредставитель",
    "спецпредставник", "уповноважена", "очільниця", "керівниця", "госсекретарь", "держсекретар",
    "генсек", "генсекретарь", "генсекретар", "вице-президент", "віцепрезидент", "віце-президент", "замминистра",
    "вице-премьер", "віце-прем'єр", "віце-прем’єр", "посланник", "полпред", "постпред", "постпредставник",
}
# Of those, the words that name a person ("the minister said"), not a modifier ("first", "national").
PERSON_ROLE_WORDS_EN = {
    "president", "minister", "secretary", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy",
    "delegate", "negotiator", "chief", "head", "adviser", "advisor", "aide", "commissioner", "ombudsman",
    "chancellor", "senator", "governor", "mayor", "director", "chairman", "chairwoman", "official", "representative",
    "general", "commander", "leader", "lawmaker", "diplomat", "mediator", "coordinator", "officer", "premier",
    "king", "emir", "prince", "sheikh", "counterpart", "secretary-general",
}
# Words that say which office, following or preceding a role word: kept in the role.
ROLE_COMPLEMENTS_EN = {"of", "for", "the", "on", "and"}

NOT_NAMES_EN = {
    "the", "a", "an", "however", "but", "and", "in", "on", "at", "after", "before", "while",
    "despite", "although", "meanwhile", "additionally", "also", "this", "that", "these", "those",
    "it", "its", "there", "when", "as", "if", "for", "with", "by", "from", "we", "our", "i", "you",
    "they", "he", "she", "his", "her", "their", "nevertheless", "moreover", "furthermore", "earlier",
    "later", "today", "yesterday", "last", "next", "both", "some", "many", "all", "no", "not", "such",
    "according", "speaking", "asked", "what", "who", "why", "how", "where", "among", "under", "over",
    "since", "until", "during", "so", "yet", "still", "instead", "then", "thus", "here", "one",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "mr", "mrs", "ms", "dr", "sources", "source", "officials", "about",
    "into", "than", "each", "other", "another", "any", "most", "more", "only", "even", "just",
    "now", "again", "once", "talks", "negotiations", "peace", "war", "people", "western", "west",
    "east", "north", "south", "european", "reuters", "ap", "afp", "tass", "interfax", "ria",
    "bloomberg", "cnn", "bbc", "to", "of", "is", "was", "are", "were", "be", "has", "have", "had",
    "will", "would", "could", "should", "can", "may", "might", "must", "do", "does", "did",
    "ceasefire", "prisoners", "prisoner", "following", "given", "amid", "ahead", "without",
    "within", "through", "because", "though", "unless", "whether", "against", "between", "which",
}
# Parts of speech (pymorphy3) that a Cyrillic name never is.
NOT_NAME_POS = {"CONJ", "PREP", "NPRO", "PRCL", "ADVB", "INTJ", "PRED", "NUMR", "VERB", "INFN", "GRND", "COMP"}

# A name right after one of these is an object or a place, not a speaker
# ("talks with Washington", "in Sharm El Sheikh", "з Росією") — except the
# Russian/Ukrainian "В Кремле заявили", "У Кремлі заявили" (see attribution.py).
PREPOSITIONS = {
    "to", "with", "from", "for", "against", "of", "on", "in", "at", "into", "onto", "toward", "towards",
    "about", "between", "among", "across", "via", "than", "over", "under", "near",
    "з", "із", "зі", "с", "со", "к", "ко", "до", "від", "от", "для", "про", "о", "об", "по", "на", "за",
    "у", "в", "во", "між", "между", "перед", "після", "после", "під", "под", "над", "без", "через",
    "проти", "против", "щодо", "при",
}
LOCATIVE_SPEAKER_PREPOSITIONS = {"в", "у", "во"}


@lru_cache(maxsize=None)
def role_forms(language: str) -> frozenset[str]:
    """Every inflected form of the Cyrillic office words (міністра, министром...), built once."""
    from .morphology import forms_of

    if language not in ("ru", "uk"):
        return frozenset()
    forms: set[str] = set()
    for lemma in ROLE_LEMMAS_CYR:
        forms |= forms_of(lemma, language, ("NOUN", "ADJF"))
    return frozenset(forms)

# Capitalised at a sentence's start, never a name.
NOT_NAMES_CYR = {
    "і", "й", "та", "а", "але", "або", "чи", "що", "як", "це", "цей", "ця", "ці", "той", "він", "вона", "вони",
    "його", "її", "їх", "ми", "ви", "я", "також", "однак", "проте", "тому", "сьогодні", "вчора", "раніше",
    "пізніше", "зараз", "тепер", "ще", "вже", "якщо", "коли", "де", "всі", "так", "там", "тут", "нині",
    "и", "но", "или", "что", "как", "это", "этот", "эта", "эти", "тот", "он", "она", "они", "его", "ее", "её",
    "их", "мы", "вы", "также", "однако", "поэтому", "сегодня", "вчера", "ранее", "позже", "сейчас", "теперь",
    "еще", "ещё", "уже", "если", "когда", "где", "все", "там", "тут", "ныне", "кроме", "крім", "при", "после",
    "після", "перед", "наразі", "натомість", "зокрема", "загалом", "водночас", "між", "между",
}

# Words that make a capitalised English run an organisation or a place, not a person.
ORGANISATION_WORDS_EN = {
    "states", "house", "sea", "ministry", "office", "council", "union", "nations", "republic", "federation",
    "kingdom", "agency", "department", "committee", "commission", "organization", "organisation", "forces",
    "army", "navy", "government", "parliament", "assembly", "court", "bank", "fund", "party", "news", "times",
    "post", "press", "initiative", "centre", "center", "institute", "university", "group", "company",
    "corporation", "service", "station", "plant", "port", "street", "square", "palace", "airport", "region",
    "oblast", "city", "island", "islands", "gulf", "river", "strait", "coast", "front", "summit", "treaty",
    "agreement", "deal", "corridor", "conference", "forum", "talks", "network", "channel", "tv", "radio",
    "daily", "agency's", "emirates", "arabia", "america", "europe", "africa", "asia", "east", "west",
    "north", "south", "guard", "guards", "brigade", "battalion", "command", "staff", "administration",
}
