"""The danger reader reads a danger said in a form no rule lists word for word (issue 14,
branch danger-recall): the forms of a verb, English verbs in Indonesian sentences, threats said
object first, a bone broken, exploitation told by its kind; and such a message raises the alarm
at whatever question of the report she types it."""

from __future__ import annotations

import pytest

from flows.types import NotifyMediators
from flows.understand.danger import detect
from tests.support.chat import Chat, text_of


@pytest.mark.parametrize(
    "text",
    [
        # a passive verb with the agent's "-nya", or doubled with "2"
        "pipi sy ditamparnya smp merah",
        "sy dijambaknya td pagi",
        "kaki sy diinjek2 sm anak majikan",
        # English verbs in every form, and given the Indonesian passive
        "my boss chokes me when he is drunk",
        "madam slaped me again",
        "sir always smacking my head",
        "i was slap by madam yesterday",
        "i was hurt by my employer, my back still pain",
        "sy kena slap sm maam td",
        "sy dipunch sm bos sampe jatuh",
        # a threat said with its object first
        "madam bilang awas km sy bunuh",
        "baba teriak nanti kamu aku hajar",
        "bojone majikan ngomong kowe tak pateni",
        # a bone broken, no accident told
        "idung sy patah",
        "my arm is broken, sir did it",
        # an embrace or fondling she does not want, filming her undressed
        "baba sering meluk2 sy kalo madam pergi, sy takut",
        "kakek yg sy jaga suka raba2 badan sy",
        "anak majikan ngerekam sy pas mandi",
        # exploitation told by its kind
        "katanya kerja di cafe ternyata disuruh jd psk",
        "sy dioper2 ke 3 majikan dlm sebulan",
        "they say i owe them money and cant leave",
        "they will hurt my family if i talk",
    ],
)
def test_danger_said_in_a_form_no_rule_lists_is_read(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger" and not found.third_person, text


@pytest.mark.parametrize(
    "text",
    [
        "sy gk pantes hidup",
        "udh gk ada alasan lg buat hidup",
        "i dont deserve to live anymore",
        "i keep thinking about jumping",
        "obat tidur sy kumpulin udh banyak",
    ],
)
def test_a_wish_to_die_said_softly_is_self_harm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "self_harm", text


@pytest.mark.parametrize(
    "text",
    [
        "hp sy kena hit bola td",
        "sy dipush kerja lembur terus sm bos",
        "i was tied up with work all day",
        "bos bilang 'saya bunuh kamu' sambil ketawa pas main catur, bercanda doang",
        "km sy tunggu di depan ya",
        "hati sy patah ditinggal pacar",
        "rambut sy patah2 krn dicat",
        "tangan sy kejepit mesin di pabrik, jari patah",
        "gigi sy patah waktu makan",
        "sy dipeluk madam pas ulang tahun",
        "suami sy suka meluk sy kalo sy pulang",
        "sy rekam video anak majikan mandi buat madam",
        "sy dipindah ke majikan lain bln ini",
        "sy dipindah2 majikan terus sm agen, udh 3x setahun",
        "sy takut gk bisa bayar utang ke agen",
        "sy gk pantes hidup boros",
        "gk ada alasan buat bertahan di rumah ini",
        "thinking about jumping into the pool later",
        "sy simpen obat flu banyak buat jaga2",
        "my feelings were hurt by my boss",
        "he sold my family house last year",
    ],
)
def test_their_look_alikes_are_not(text: str) -> None:
    assert detect(text) is None, text


def _alerts(chat: Chat) -> list[NotifyMediators]:
    return [e for e in chat.effects(NotifyMediators) if e.kind == "danger_alert"]


#: what she answers at each question of a wage report, so the report goes on to the next
_ANSWERS = {
    "understood": "ya",
    "reporter_kind": "sy",
    "country": "malaysia",
    "category_group": "1",
    "cat_uang": "1",
    "worker_name": "Siti",
}


def _questions_of_a_wage_report() -> list[str]:
    """The questions a wage report asks her, in order, up to its summary."""
    chat = _report_started()
    asked: list[str] = []
    for _ in range(20):
        if chat.node is None or chat.node in asked:
            break
        asked.append(chat.node)
        chat.send(_ANSWERS.get(chat.node, "lewati"))
    return asked


def _report_started() -> Chat:
    chat = Chat()
    chat.send("halo")
    chat.press("lapor")
    chat.press("setuju")
    chat.send("gk")
    chat.send("majikan gk bayar gaji 3 bln")
    chat.send("selesai")
    return chat


@pytest.mark.parametrize("cry", ["sy dipukulinnya tiap malem", "madam bilang awas km sy bunuh", "sy kena slap sm maam"])
def test_a_danger_in_a_new_form_is_an_alarm_at_every_question_never_an_answer(cry: str) -> None:
    questions = _questions_of_a_wage_report()
    assert {"reporter_kind", "country", "worker_name", "employer_name", "summary"} <= set(questions)
    for question in questions:
        chat = _report_started()
        for _ in range(20):
            if chat.node == question:
                break
            chat.send(_ANSWERS.get(chat.node or "", "lewati"))
        assert chat.node == question
        turn = chat.send(cry)
        assert _alerts(chat), f"{cry!r} at {question}"
        assert "Keselamatan Anda" in text_of(turn), f"{cry!r} at {question}"
        assert question not in chat.slots or chat.slots[question] != cry, f"{cry!r} stored as {question}"
