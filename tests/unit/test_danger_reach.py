"""Forms of danger the lexicon's listed words did not reach (flows/understand/danger_reach.py):
Taglish, roots read as a listed act with all their inflections, Javanese "-ke", a bare root with
its doer, rest withheld, food unfit to eat, a place like a prison, made a scammer, her family
made to pay, a jump from a building, wounds of the employer's doing, a debt that keeps her,
"bad things" done to her. Each written as workers and families type, with the look-alike that
must stay quiet beside it."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

DANGER = [
    # Taglish
    "sinasampal ako ng madam pag mali ang plantsa",
    "binugbog po ako ng amo ko kagabi, ang sakit ng likod ko",
    "sinisipa nya ako pag galit sya",
    "kinukulong ako sa kwarto pag umaalis sila",
    "hindi po ako pinapakain ng amo ko 2 days na",
    "hindi kami pinapalabas ng agency, kinuha passport namin",
    "walang sweldo 4 months, hindi kami makaalis sa amo",
    "papatayin daw ako pag tumakas ako",
    # new roots, every inflection
    "tangan sy dipelintir nyonya smpe bunyi",
    "majikan melintir tangan sy ke belakang",
    "aku ditapuk bojone majikan",
    "sy dislepetin pake lap basah sm maam",
    "abdi ditajong ku dunungan",
    "aku dibelasah tokey semalam",
    "sy digauli sm bapak majikan, sy ga mau",
    "sy diapa2in sm anak majikan pas rumah sepi",
    # Javanese -ke
    "sirahku dijedotke lawang karo bos",
    # a bare root with its doer
    "sy dorong sm nyonya smpe jatuh",
    "aku banting ambek majikan",
    # rest withheld
    "sy ga dikasih tidur kak, disuruh jaga oma terus",
    "udh seminggu gk dibolehin istirahat",
    "ga boleh istirahat sama sekali dr pagi smpe malem",
    "madam not allowed me to rest at all",
    # food unfit to eat
    "sy dikasih makan nasi basi trs",
    "disuruh makan makanan kucing krn beras abis katanya",
    "they feed us rotten rice on the boat",
    # a place like a prison
    "mess ini kyk penjara, pagar dikunci terus",
    "the dorm is like a prison, guards everywhere",
    # made a scammer
    "kami dijadiin scammer di kamboja",
    "adik sy disuruh jadi scammer, ga boleh pulang",
    # her family made to pay
    "kata agen kalo sy lapor, keluarga sy yg kena",
    # wounds of his doing, a debt that keeps her, what she will not name
    "lebam di punggung sy ulah majikan",
    "utang ke agen ga abis2, kami ga boleh pergi dr sini",
    "my boss keep doing bad things to me when madam is out",
]

SELF_HARM = [
    "rasa nak terjun dari bangunan ni je",
    "sy pengen loncat dr gedung ini",
]

THIRD_PERSON = [
    "kapatid ko sa riyadh sinasaktan ng amo niya",
    "ate ko binubugbog ng amo nya",
    "adik sy di taiwan ga dikasih tidur sm majikannya",
]

HARMLESS = [
    # Taglish that is not harm
    "hindi ako makauwi ngayong pasko kasi walang budget",
    "hindi ako sinaktan ng amo ko, mabait sila",
    "hindi ako makalabas kasi umuulan",
    # a sprain, a cable
    "kaki sy kepelintir pas turun tangga",
    "kabelnya melintir, sy rapiin",
    # rest as a house rule, sleep she cannot find
    "gk dikasih tidur siang sm nyonya, tp malem cukup",
    "gk boleh tidur sama anak majikan, harus di kamar sendiri",
    "ga dikasih tidur di sofa sm nyonya",
    "sy ga bisa tidur mikirin anak di kampung",
    # food she feeds or throws away
    "sy disuruh ngasih makan kucing majikan",
    "sy disuruh buang makanan basi di kulkas",
    "makanan kucing abis, sy disuruh beli",
    # prisons and scams in words only
    "macet di jalan kyk penjara",
    "hati2 ya temen2, banyak scammer di fb",
    "sy disuruh lapor kalo ada penipu",
    # family, wounds, debts, things
    "kalo sy pulang, anak sy yg paling seneng",
    "sy luka hati gara2 majikan",
    "tangan sy luka krn pisau pas masak",
    "sy ga bisa pergi liburan krn nabung buat bayar utang",
    "he never did bad things to me, he is kind",
    "pelaku yg mukul sy dulu udh dipenjara, makasih kak",
    "mau loncat dr atas kasur wkwk",
    "sy dorong kursi roda oma sama bapak",
]


@pytest.mark.parametrize("text", DANGER)
def test_new_forms_of_danger_are_read(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize("text", SELF_HARM)
def test_a_jump_from_a_building_is_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm", text


@pytest.mark.parametrize("text", THIRD_PERSON)
def test_someone_of_hers_in_these_forms_is_third_person(text: str) -> None:
    found = detect(text)
    assert found is not None and found.third_person, text


@pytest.mark.parametrize("text", HARMLESS)
def test_their_look_alikes_alert_nobody(text: str) -> None:
    assert detect(text) is None, text


def test_taglish_harm_told_of_herself_is_hers() -> None:
    found = detect("sinampal ako ng amo ko kahapon")
    assert found is not None and not found.third_person
