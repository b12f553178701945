"""The help directory: the right lines for the country, in the person's language, and a config
mistake caught at start-up with the entry named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from app.config import ConfigError, load_settings
from flows.dialog import DialogSettings
from tests.support.chat import text_of
from tests.unit.test_tell_it_once import chat_after

ROOT = Path(__file__).resolve().parents[2]
#: the main destination countries the directory must cover (issue 14)
COUNTRIES = ("SA", "MY", "HK", "TW", "SG", "KR", "JP", "AE", "QA", "KW", "BN", "KH", "OM", "JO", "BH")


@pytest.fixture(scope="module")
def settings() -> DialogSettings:
    return load_settings(env={}).dialog


@pytest.mark.parametrize("country", COUNTRIES)
def test_every_main_country_has_its_mission_and_emergency_number_first(settings: DialogSettings, country: str) -> None:
    lines = settings.hotlines_for(country, "id")
    kinds = [h.kind for h in lines]
    assert kinds[0] == "mission" and "emergency" in kinds
    # the country's own lines come before Indonesia's, and Indonesia's are always there
    assert kinds.index("national") > kinds.index("emergency")
    assert "+62 21 2924 4800" in [h.number for h in lines]
    assert "crisis" not in kinds


def test_the_woman_in_hong_kong_gets_the_consulate_999_and_the_labour_department(settings: DialogSettings) -> None:
    lines = settings.hotlines_for("HK", "id")
    names = " | ".join(h.name for h in lines)
    assert lines[0].name.startswith("KJRI Hong Kong")
    assert "999" in [h.number for h in lines] and "Labour Department" in names


def test_taiwan_has_1955_and_korea_its_migrant_centre(settings: DialogSettings) -> None:
    assert "1955" in [h.number for h in settings.hotlines_for("TW", "id")]
    assert "1644-0644" in [h.number for h in settings.hotlines_for("KR", "id")]
    assert "19911" in [h.number for h in settings.hotlines_for("SA", "id")]


def test_english_shows_english_names(settings: DialogSettings) -> None:
    indonesian = settings.hotlines_for("SA", "id")
    english = settings.hotlines_for("SA", "en")
    assert [h.number for h in english] == [h.number for h in indonesian]
    assert english[0].name == "Indonesian Embassy Riyadh (hotline)" and indonesian[0].name == "KBRI Riyadh (hotline)"
    assert not any("Polisi" in h.name or "dari luar negeri" in h.name for h in english)
    # a language with no names of its own falls back to Indonesian
    assert settings.hotlines_for("SA", "jv")[0].name == "KBRI Riyadh (hotline)"


def test_crisis_lines_are_the_country_s_then_indonesia_s(settings: DialogSettings) -> None:
    taiwan = settings.crisis_lines_for("TW", "en")
    assert [h.number for h in taiwan] == ["1955", "1925", "119 ext 8"] and all(h.kind == "crisis" for h in taiwan)
    assert "1767" in [h.number for h in settings.crisis_lines_for("SG", "id")]
    assert [h.number for h in settings.crisis_lines_for("KW", "id")] == ["119 ext 8"]
    assert [h.number for h in settings.crisis_lines_for(None, "id")] == ["119 ext 8"]


def test_an_unknown_or_missing_country_still_gets_indonesia_s_lines(settings: DialogSettings) -> None:
    for country in (None, "", "ZZ"):
        numbers = [h.number for h in settings.hotlines_for(country, "en")]
        assert numbers[:2] == ["+62 21 2924 4800", "0-800-1000"]


def test_every_number_in_the_directory_says_verify_and_where_it_was_published() -> None:
    text = (ROOT / "config.yaml").read_text(encoding="utf-8")
    entries = [line for line in text.splitlines() if re.search(r"\bnumber:", line)]
    assert len(entries) >= 80
    for line in entries:
        assert "# verify" in line, f"no '# verify' comment: {line.strip()}"


@pytest.mark.parametrize(
    ("hotlines", "expected"),
    [
        (
            {"by_country": {"SA": [{"name": "KBRI", "number": "+966 1", "kind": "mission"}, {"name": "Polisi"}]}},
            "dialog.hotlines.by_country.SA[1] (Polisi): 'number' must be a quoted phone number",
        ),
        ({"by_country": {"HK": [{"name": "X", "number": "999", "kind": "polisi"}]}}, "'kind' must be one of"),
        ({"by_country": {"Saudi": [{"name": "X", "number": "999"}]}}, "by_country.Saudi: a country is its two-letter"),
        ({"default": [{"number": "1708"}]}, "dialog.hotlines.default[0]: 'name' is missing"),
        ({"default": [{"name": "X", "number": 1708}]}, "dialog.hotlines.default[0] (X): 'number' must be a quoted"),
        ({"default": [{"name": "X", "number": "1708", "nomor": "1"}]}, "unknown field(s) nomor"),
    ],
)
def test_a_bad_entry_stops_start_up_naming_it(tmp_path: Path, hotlines: dict, expected: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump({"dialog": {"hotlines": hotlines}}))
    with pytest.raises(ConfigError) as error:
        load_settings(path, env={})
    assert expected in str(error.value)


def test_a_country_with_its_emergency_number_only_says_where_and_one_without_does_not() -> None:
    from tests.unit.test_tell_it_once import chat_after

    said = chat_after("help me please, my boss beat me, i am in warsaw poland").turns[0].replies[0].text
    assert "(in Poland)" in said and "- Poland emergency (police, ambulance) 112" in said
    said = chat_after("help me please, my boss beat me, i am in lima peru").turns[0].replies[0].text
    assert "call now." in said and "(in Peru)" not in said  # no promise of local numbers it has not got


def test_a_fisherman_at_sea_gets_the_nearest_coast_first_and_not_the_flag_state_as_his_place() -> None:
    from tests.unit.test_tell_it_once import chat_after

    for told in (
        "im indonesian fisherman on taiwan fishing ship now near Fiji. captain beat us every day",
        "sy abk di kapal taiwan dkt fiji, kapten mukul kami tiap hari",
    ):
        said = chat_after(told).turns[0].replies[0].text
        lines = [line for line in said.splitlines() if line.startswith("- ")]
        assert lines[0].endswith(" 911"), told  # Fiji's emergency number before Taiwan's lines
        assert "Taiwan)" not in said, told


def test_a_worker_abroad_is_not_given_numbers_only_dialled_inside_indonesia() -> None:
    from tests.unit.test_tell_it_once import chat_after

    said = chat_after("tolong sy dipukul majikan tiap hari, sy di riyadh").turns[0].replies[0].text
    assert "KBRI Riyadh" in said and "0-800-1000" not in said and "1708" not in said
    said = chat_after("aku udah capek, pengen mati aja rasanya, sy di taiwan").turns[0].replies[0].text
    assert "1925" in said and "119 ext 8" not in said
    # a mother in Indonesia may call them
    said = chat_after("anak sy di riyadh dipukuli majikan, sy mamanya").turns[0].replies[0].text
    assert "0-800-1000" in said


def test_from_indonesia_must_be_true_or_false(tmp_path: Path) -> None:
    from flows.dialog import parse_hotline

    with pytest.raises(ValueError, match="'from_indonesia' must be true or false"):
        parse_hotline({"name": "X", "number": "1708", "from_indonesia": "ya"}, "dialog.hotlines.default[0]")


def test_in_taiwan_the_self_harm_reply_offers_a_line_in_indonesian() -> None:
    from tests.unit.test_tell_it_once import chat_after

    said = chat_after("aku udah capek, pengen mati aja rasanya, sy di taiwan").turns[0].replies[0].text
    assert "juga teman bicara saat berat (bahasa Indonesia, 24 jam) 1955" in said and "1925" in said
    lines = [line for line in said.splitlines() if line.startswith("- ")]
    assert lines and all(line.count("1955") <= 1 and ": " not in line for line in lines), lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_line_of_the_directory_says_its_number_twice_or_has_a_colon_inside(
    settings: DialogSettings, lang: str
) -> None:
    every = [*settings.hotlines, *(h for lines in settings.hotlines_by_country.values() for h in lines)]
    for line in every:
        name = line.localised(lang).name
        first = line.number.split()[0]
        assert not re.search(rf"(?<![\d+]){re.escape(first)}(?!\d)", name), f"{name} {line.number}"
        assert ": " not in name, name


def test_a_family_in_indonesia_gets_numbers_it_can_call_from_there_first() -> None:
    said = text_of(
        chat_after(
            "assalamualaikum pak, sy mamanya Tini. anak sy kerja di malaysia, katanya dipukuli majikan "
            "dan gk boleh keluar rumah"
        ).turns[0]
    )
    lines = [line for line in said.splitlines() if line.startswith("- ")]
    assert lines[0] == "- KP2MI (dari Indonesia, gratis) 0-800-1000"
    assert any("KBRI Kuala Lumpur" in line for line in lines)  # to pass on to her daughter
    assert not any(line.endswith((" 999", " 15999")) for line in lines)  # short codes work only in Malaysia
    assert "(di Malaysia)" not in said and "di Malaysia." not in said
    # the worker herself in Malaysia: her country's numbers first, as before
    said = text_of(chat_after("majikan pukul sy, sy di kuala lumpur").turns[0])
    first = next(line for line in said.splitlines() if line.startswith("- "))
    assert "KBRI Kuala Lumpur" in first


def test_a_worker_who_never_left_gets_indonesia_s_lines_first() -> None:
    chat = chat_after(
        "sy blm berangkat kak, masih di PT di malang mau ke taiwan, udh bayar 25 juta tp gk diberangkatin",
        "@setuju",
        "gk",
        "ya",
    )
    assert chat.slots["category"] == "gagal_berangkat"
    lines = [line for line in text_of(chat.send("nomor penting")).splitlines() if line.startswith("- ")]
    assert lines[0] == "- KP2MI (dari Indonesia, gratis) 0-800-1000"
    assert not any(line.endswith((" 110", " 119", " 1955")) for line in lines)  # Taiwan's short codes


def test_a_worker_back_home_after_deportation_gets_indonesia_s_lines_first() -> None:
    chat = chat_after(
        "sy udh dideportasi dari malaysia, skrg di kampung di cilacap, gaji 6 bln gk dibayar", "@setuju", "gk"
    )
    lines = [line for line in text_of(chat.send("nomor penting")).splitlines() if line.startswith("- ")]
    assert lines[0] == "- KP2MI (dari Indonesia, gratis) 0-800-1000"
    assert not any(line.endswith((" 999", " 112")) for line in lines)  # Malaysia's emergency numbers
    # still in the detention centre, waiting to be deported: Malaysia's numbers first
    chat = chat_after("sy ditahan di depot imigrasi johor mau dideportasi, gaji 6 bln gk dibayar", "@setuju", "gk")
    lines = [line for line in text_of(chat.send("nomor penting")).splitlines() if line.startswith("- ")]
    assert lines[0] != "- KP2MI (dari Indonesia, gratis) 0-800-1000"


def test_a_worker_still_in_a_shelter_at_home_gets_indonesia_s_lines_not_the_destination_s() -> None:
    said = text_of(
        chat_after("sy msh di penampungan PT di bekasi, mau ke taiwan tp paspor ditahan PT dan sy dipukul").turns[0]
    )
    lines = [line for line in said.splitlines() if line.startswith("- ")]
    # Indonesia's police first (she is in danger in Indonesia), then the free line (round six)
    assert lines[:3] == [
        "- Polisi (dari Indonesia) 110",
        "- Panggilan darurat (dari Indonesia) 112",
        "- KP2MI (dari Indonesia, gratis) 0-800-1000",
    ], lines
    assert "(di Taiwan)" not in said and not any(line.endswith((" 119", " 1955")) or "Taiwan" in line for line in lines)
    # a shelter abroad (the consulate's) is no home: the country's own lines first
    said = text_of(chat_after("sy di penampungan KBRI riyadh, kabur krn dipukul majikan").turns[0])
    lines = [line for line in said.splitlines() if line.startswith("- ")]
    assert lines[0] != "- KP2MI (dari Indonesia, gratis) 0-800-1000", lines


def test_a_cry_with_no_country_yet_gets_only_numbers_that_work_from_abroad() -> None:
    said = text_of(chat_after("tolong sy dipukul majikan").turns[0])
    lines = [line for line in said.splitlines() if line.startswith("- ")]
    assert lines and all("+62" in line for line in lines), lines  # no 0-800-1000, 1708, 1500630


def test_numbers_asked_for_at_the_start_are_given_for_the_country_named_not_a_report() -> None:
    """ "minta nomor penting, sy di malaysia" began a report ("Terima kasih sudah bercerita")."""
    for first, mission in (("minta nomor penting, sy di malaysia", "+60 17 668 8032"),
                           ("no kbri hongkong brp?", "+852 5242 2240"), ("no telp kbri riyadh", "+966 56 917 3990"),
                           ("embassy number hong kong", "+852 5242 2240"),
                           ("indonesian embassy phone number singapore please", "+65 9295 3964")):  # fmt: skip
        chat = chat_after()
        said = text_of(chat.send(first))
        assert mission in said and "bercerita" not in said and chat.state.flow != "complaint", first


def test_numbers_asked_for_after_filing_are_those_of_her_country() -> None:
    """The menu after filing keeps no answers: "nomor penting" there gave Indonesia's lines only."""
    from tests.unit.test_phone_checked import MALAYSIA_FILED

    chat = chat_after(*MALAYSIA_FILED, "@cukup")
    assert chat.node is None
    said = text_of(chat.send("nomor penting"))
    assert "KBRI Kuala Lumpur" in said and "999" in said
    assert "dari Indonesia" not in said, "she is in Malaysia: no number dialled only inside Indonesia"


def test_a_family_after_its_report_still_gets_indonesia_s_lines_first() -> None:
    chat = chat_after("anak sy di malaysia udh 3 bln gk ada kabar", "@setuju", "gk", "ya")
    for _ in range(30):
        if chat.node is None:
            break
        chat.send("ya" if chat.node in ("summary", "more") else "lewati")
    said = text_of(chat.send("nomor penting"))
    assert said.index("KP2MI") < said.index("KBRI Kuala Lumpur")


def test_a_mother_asking_for_the_embassy_beside_her_daughter_s_silence_is_reporting() -> None:
    chat = chat_after()
    chat.send("anak sy gk bisa dihubungi, minta nomor kbri malaysia")
    assert chat.state.flow == "family_report" or chat.state.flow == "complaint"
    assert chat.slots.get("category") == "putus_komunikasi"


def test_the_numbers_asked_for_in_english_or_at_a_question_are_given_never_taken_as_an_answer() -> None:
    for said in ("emergency numbers please", "emergency number", "important number", "police number"):
        chat = chat_after("hello", said)
        reply = text_of(chat.turns[-1])
        assert "Important numbers" in reply and "+62 21 2924 4800" in reply, said
        assert not chat.state.urgent and chat.node != "consent", said  # no alarm, no report begun
    chat = chat_after("hi, my employer not pay salary, i am in singapore", "@setuju", "no", "yes")
    assert chat.node == "worker_name"
    reply = text_of(chat.send("emergency numbers please"))
    assert "Migrant Workers' Centre" in reply and chat.node == "worker_name"
    assert "worker_name" not in chat.slots, "the request was filed as her name"
    chat = chat_after("sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju", "gk", "ya")
    reply = text_of(chat.send("minta nomor penting kak"))
    assert "KJRI Hong Kong" in reply and "belum menangkap" not in reply and chat.node == "worker_name"
    assert "nomor penting" not in chat.slots["story"]


def test_a_wish_to_die_before_her_country_is_known_gets_someone_to_talk_to_and_numbers_she_can_dial() -> None:
    said = text_of(chat_after("capek hidup").turns[0])
    assert "Anda tidak sendirian" in said
    assert "Layanan kesehatan jiwa Kemenkes (dari Indonesia) 119 ext 8" in said, "a crisis line, not only KP2MI"
    assert "+62 21 2924 4800" in said, "and a number that works from abroad"
    # with her country known, its own crisis line, and no list after it
    said = text_of(chat_after("sy di hongkong, capek hidup").turns[0])
    assert "Samaritans" in said and "119 ext 8" not in said and "+62 21 2924 4800" not in said
