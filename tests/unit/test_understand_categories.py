"""The primary category of messages written as workers and families write them, in Indonesian
chat and in English: one or two for each of the 24 categories (KP2MI's codes), and messages
with several problems, where the primary is the one she complains of first and most."""

from datetime import date

import pytest

from flows.understand import understand
from flows.understand.categories import promised_otherwise
from flows.understand.normalize import read_text

#: what the lexicon reads right and the trained model's say (ADR 0017) puts otherwise: a known,
#: measured cost of the blend, kept visible (strict: it fails the day the reading is right again).
#: Retraining (`make model`) moves the model's readings: re-check this list after it.
MODEL_SAYS_OTHERWISE = pytest.mark.xfail(
    strict=True, reason="ADR 0017: the model's say in the first category overrules the lexicon here"
)

MESSAGES = [
    (
        "gaji_tidak_dibayar",
        "Assalamualaikum pak, saya TKW di Taiwan, sudah 5 bulan majikan tdk kasih gaji, alasannya usaha lagi sepi",
    ),
    ("gaji_tidak_dibayar", "bos sy blum transfer gaji dr bulan juli, tiap ditanya bilang sabar"),
    ("gaji_tidak_dibayar", "gajih saya ditahan majikan katanya biar sy ga kabur"),
    ("gaji_tidak_dibayar", "selama 7 bln kerja sy cuma dikasih uang jajan, gaji katanya ditabung majikan"),
    ("gaji_tidak_dibayar", "hak gaji sy blm dibayarkan smp skrg padahal sy udh pulang ke indo"),
    ("gaji_tidak_dibayar", "my employer owes me 6 months salary"),
    ("potongan_gaji", "gaji sy kepotong banyak bgt, katanya utk biaya agen"),
    ("potongan_gaji", "agensi motong gaji sy 9 bulan, padahal di PT bilangnya cuma 6"),
    ("phk_sepihak", "baru 2 bulan kerja sy udh dipulangin majikan tanpa alasan"),
    ("phk_sepihak", "sy dipecat krn hamil"),
    ("pekerjaan_tidak_sesuai", "sy disuruh kerja di rumah anaknya majikan juga, itu kan gk boleh"),
    ("pekerjaan_tidak_sesuai", "jobdesk gk sama dgn yg di kontrak, sy disuruh jaga toko"),
    ("ingin_pulang", "min bantu sy pulang ke indonesia, ibu sy sakit keras di kampung"),
    ("ingin_pulang", "sy udh gk kuat, pengen pulang aja, tolong"),
    ("tidak_dipulangkan", "kontrak udah selesai bulan lalu, majikan masih nahan sy buat kerja"),
    ("tidak_dipulangkan", "masa kontrak sy udh abis, tp PT gk mau pulangin sy"),
    ("putus_komunikasi", "sdh 1 tahun ibu saya tidak ada kabar, terakhir kerja di Jeddah"),
    ("putus_komunikasi", "kami kehilangan kontak dgn anak kami di malaysia"),
    ("putus_komunikasi", "suamiku ga pernah nelpon lagi sejak pindah majikan"),
    ("penahanan_dokumen", "pasport sy di bawa majikan, sy minta gk dikasi"),
    ("penahanan_dokumen", "agen gk mau balikin passport sy sblm sy bayar"),
    ("tidak_berdokumen", "sy masuk malaysia lewat jalur tikus, gk punya paspor"),
    pytest.param("tidak_berdokumen", "izin tinggal sy habis, majikan gk mau urus", marks=MODEL_SAYS_OTHERWISE),
    ("ditahan", "adik sy ditahan di kantor polisi hongkong krn dituduh nyuri"),
    ("ditahan", "sy lg di tahanan imigrasi, mau pulang"),
    ("kekerasan", "sy sering dijambak & ditendang nyonya"),
    ("kekerasan", "majikan lempar piring ke kepala sy sampe berdarah"),
    ("kekerasan", "tiap hari dimaki, dipukul, gk dikasih makan"),
    ("kekerasan_seksual", "majikan laki2 suka ngintip sy mandi dan pegang2"),
    ("kekerasan_seksual", "sy dipaksa melayani tuan sy"),
    ("sakit", "sy batuk darah udh sebulan, majikan gk peduli"),
    ("sakit", "kaki sy bengkak gk bisa jalan, butuh berobat"),
    ("kecelakaan", "sy kesetrum waktu nyetrika, tangan sy melepuh"),
    ("kecelakaan", "suami sy tertimpa besi di proyek"),
    ("melarikan_diri", "sy keluar dr rumah majikan diam2 semalam krn ga tahan"),
    ("melarikan_diri", "sy udh minggat dari majikan, skrg numpang di teman"),
    ("gagal_berangkat", "sy sdh di penampungan 8 bulan tapi visa gk keluar2"),
    ("gagal_berangkat", "sy gk jadi diberangkatkan, berkas sy ditahan PT"),
    ("biaya_berlebih", "diminta bayar 30 jt utk proses ke taiwan, katanya biaya resmi"),
    ("biaya_berlebih", "biaya nya mahal bgt sampe harus ngutang"),
    ("penipuan_kerja", "sponsornya ngilang abis sy transfer uang"),
    ("penipuan_kerja", "lowongan kerja ke jepang di tiktok ternyata penipuan"),
    ("perdagangan_orang", "kakak sy dijual majikan ke orang lain"),
    ("perdagangan_orang", "dia dibawa ke perbatasan dan dijual ke sindikat"),
    ("meninggal", "mohon bantuan pemulangan jenazah ayah saya dari malaysia"),
    ("meninggal", "adik sy dikabarkan meninggal dunia di saudi"),
    ("hamil_punya_anak", "sy lg hamil 3 bulan, majikan blm tau"),
    ("hamil_punya_anak", "anak sy lahir di sabah, gk punya akta"),
    ("deportasi", "sy mau dipulangkan paksa oleh imigrasi"),
    ("deportasi", "suami kena deport dr korea krn kabur"),
    ("jaminan_sosial", "klaim asuransi kecelakaan kerja sy ditolak"),
    ("jaminan_sosial", "bpjs sy tdk aktif padahal sdh bayar"),
    (
        "gaji_tidak_dibayar",
        "Good morning. My employer in Kuwait has not given my salary since June. She says she has no money.",
    ),
    ("gaji_tidak_dibayar", "I work 2 years already and they only paid me 3 months"),
    ("gaji_tidak_dibayar", "salary not paid 4 month, please help"),
    ("potongan_gaji", "The agency takes 5000 HKD from my salary for 7 months"),
    ("potongan_gaji", "they cut my salary for food and accommodation"),
    ("phk_sepihak", "My employer terminated me and I only have 14 days to find new employer"),
    ("phk_sepihak", "they dismissed me because I was sick"),
    ("pekerjaan_tidak_sesuai", "The contract says caregiver but I do all housework for 3 families"),
    ("pekerjaan_tidak_sesuai", "I was promised factory work but they put me on a fishing boat"),
    ("ingin_pulang", "I want to go back home, I cannot stand it anymore"),
    ("ingin_pulang", "please send me home to indonesia"),
    ("tidak_dipulangkan", "my contract finished last month but the employer does not let me go home"),
    ("putus_komunikasi", "My mother works in Saudi and we cannot contact her for 1 year"),
    ("putus_komunikasi", "my brother is missing, his phone is off since last week"),
    ("penahanan_dokumen", "the agent keeps my passport and my ID card"),
    ("penahanan_dokumen", "They won't give my passport back"),
    ("tidak_berdokumen", "I have no visa, I am overstaying in Malaysia"),
    ("tidak_berdokumen", "my permit was not renewed so I am illegal now"),
    ("ditahan", "my husband is in jail in Saudi Arabia"),
    ("ditahan", "I was arrested by the police because of no passport"),
    ("kekerasan", "my madam slapped me and pulled my hair"),
    ("kekerasan", "the captain beat the crew every day"),
    ("kekerasan_seksual", "my employer touched my body and tried to kiss me"),
    ("kekerasan_seksual", "the boss's son raped my sister"),
    ("sakit", "I have cancer and my employer will not let me see a doctor"),
    ("sakit", "she is sick in the hospital in Taipei"),
    ("kecelakaan", "my husband fell from the building at work and broke his leg"),
    ("kecelakaan", "I burned my hand in the kitchen badly"),
    ("melarikan_diri", "I escaped from my employer's house last night"),
    ("melarikan_diri", "I left my employer because she hit me, now at the embassy shelter"),
    ("gagal_berangkat", "I paid the agency 30 million but I still have not departed after one year"),
    ("gagal_berangkat", "my departure was cancelled and they won't return my money"),
    ("biaya_berlebih", "the placement fee was 4 times the official cost"),
    ("biaya_berlebih", "I had to pay 60 million rupiah to go to Taiwan, is it legal?"),
    ("penipuan_kerja", "the job offer was fake, the agent took my money and disappeared"),
    ("penipuan_kerja", "I got scammed by someone who promised me a job in Japan"),
    ("perdagangan_orang", "my cousin was taken to Myanmar and is forced to work in a scam company"),
    ("perdagangan_orang", "they sold her to another employer"),
    ("meninggal", "my father died in Malaysia, how to bring his body home"),
    ("meninggal", "My wife was found dead in her employer's house"),
    ("hamil_punya_anak", "I am 5 months pregnant and have no papers"),
    ("hamil_punya_anak", "I gave birth here and my baby has no documents"),
    ("deportasi", "I am going to be deported next week"),
    ("deportasi", "my son was deported from Korea"),
    ("jaminan_sosial", "how can I claim the insurance for my husband's accident"),
    ("jaminan_sosial", "I want to ask about my BPJS membership"),
    # several problems in one message: the one she complains of first and most
    (
        "gaji_tidak_dibayar",
        "pak sy mau lapor, gaji sy udh 6 bln gk dibayar. paspor jg dipegang majikan. sy pengen pulang aja",
    ),
    ("kekerasan", "sy sering dipukul majikan pake gagang sapu, gaji jg sering telat. sy di jeddah"),
    ("penahanan_dokumen", "paspor sy ditahan agen, gk bisa pindah majikan. gaji lancar sih"),
    pytest.param(
        "putus_komunikasi",
        "sudah 2 tahun kami tidak dapat kabar dari anak kami di Malaysia. dulu katanya gajinya tidak dibayar",
        marks=MODEL_SAYS_OTHERWISE,
    ),
    (
        "perdagangan_orang",
        "adik sy dijanjikan kerja di restoran di thailand tp dijual ke perusahaan scam di kamboja, hpnya diambil",
    ),
    ("meninggal", "suami sy meninggal di taiwan, majikan bilang krn sakit, gaji terakhirnya blm dibayar"),
    ("ingin_pulang", "sy mau pulang, gk tahan kerja di sini. majikan suka marah2"),
    ("tidak_dipulangkan", "kontrak sy udh habis 4 bulan tp blm dipulangkan. majikan bilang nunggu pengganti"),
    ("gagal_berangkat", "sy udh bayar 40 juta ke sponsor, udh 1 thn blm berangkat, sponsornya susah dihubungi"),
    ("kekerasan_seksual", "sy dilecehkan anak majikan, sy takut, sy mau pindah majikan"),
    ("sakit", "sy sakit kanker, majikan suruh pulang tp gk mau bayar tiket"),
    ("kecelakaan", "suami sy jatuh dari kapal waktu kerja, skrg dirawat di rumah sakit di korea"),
    ("potongan_gaji", "gaji sy dipotong agensi 8 bln, jd sy cuma terima 1000 HKD sebulan"),
    ("biaya_berlebih", "PT minta sy bayar 45 jt buat berangkat ke taiwan padahal katanya gratis"),
    ("tidak_berdokumen", "sy overstay 3 thn di saudi, mau pulang tp gk punya paspor"),
    ("ditahan", "kakak sy ditangkap polisi malaysia krn gk punya permit, skrg di depot"),
    ("melarikan_diri", "sy kabur dr majikan krn gk digaji 5 bulan, skrg di KBRI"),
    ("hamil_punya_anak", "sy hamil 6 bulan, majikan mau mulangin sy, gaji blm dikasih"),
    ("deportasi", "sy dideportasi dr malaysia, gaji 3 bulan blm dibayar majikan"),
    ("phk_sepihak", "sy dipecat krn sakit, gaji bulan terakhir gk dibayar"),
    # typed in a hurry: vowels dropped, capitals, words run together
    ("gaji_tidak_dibayar", "mjikan sy gk mw bayar gj sy udh 3bln"),
    ("gaji_tidak_dibayar", "GAJI SAYA BELUM DIBAYAR SUDAH 4 BULAN TOLONG"),
    ("gaji_tidak_dibayar", "slm sy tkw di hk gj blm trima 2 bln"),
    ("kekerasan", "majikanku jahat suka mukulin aku"),
    ("kekerasan", "sy disiksa tiap hr, badan biru2"),
    ("ingin_pulang", "pgn plg ke indo tlg bantu"),
    ("ingin_pulang", "saya ingin dipulangkan secepatnya"),
    ("penahanan_dokumen", "pspor sy ditahan mjikan"),
    ("putus_komunikasi", "ank sy gk ada kbr udh 5 bln"),
    ("putus_komunikasi", "istri sy lost contact sejak dia pindah majikan"),
    ("tidak_dipulangkan", "udh finis kontrak tp gk dipulangin2"),
    ("melarikan_diri", "sy kbur dr rmh majikan"),
    ("meninggal", "adk sy mninggal di malaysia"),
    ("perdagangan_orang", "sy dijual ke majikan lain tanpa persetujuan sy"),
    ("penipuan_kerja", "sy kena tipu calo, uang 15jt raib"),
    ("gagal_berangkat", "udh 2 thn nunggu terbang ke taiwan gk jd2"),
    ("sakit", "sy skit parah butuh brobat"),
    ("hamil_punya_anak", "sy lg hml 4 bln"),
    ("deportasi", "sy kena deportasi"),
    ("tidak_berdokumen", "permit sy mati udh setahun"),
    ("potongan_gaji", "gj sy dipotong trs"),
    ("phk_sepihak", "sy di phk sepihak"),
    ("jaminan_sosial", "klaim bpjs tk gmn"),
    ("kekerasan_seksual", "sy di lecehkan majikan"),
    ("biaya_berlebih", "biaya ke taiwan mahal bgt 60jt"),
    ("ditahan", "suami sy di penjara di malaysia"),
    ("kecelakaan", "sy kecelakaan kerja tangan sy patah"),
    ("pekerjaan_tidak_sesuai", "kerjaan ga sesuai kontrak"),
    # stories that tell the background first and the problem after it
    (
        "gaji_tidak_dibayar",
        "Saya berangkat tahun 2023 lewat PT Bina Karya ke Taiwan, kerja jaga kakek. Awalnya semua baik. Tapi sejak agustus majikan tidak mau bayar gaji, katanya nunggu anaknya kirim uang. Saya sudah lapor agency tapi tidak ada tindakan.",
    ),
    (
        "penahanan_dokumen",
        "Saya kerja di Riyadh dari 2021. Majikan baik, gaji lancar. Masalahnya paspor saya dari awal disimpan majikan dan tidak mau dikembalikan padahal saya mau cuti.",
    ),
    (
        "kekerasan",
        "Awalnya saya kerja di Abu Dhabi jadi ART, kontrak 2 tahun. Setelah 3 bulan nyonya mulai kasar, sering menampar dan melempar barang kalau kerjaan belum selesai. Saya takut sekali.",
    ),
    (
        "tidak_dipulangkan",
        "Saya sudah 2 tahun di Kuwait, kontrak sudah selesai bulan lalu. Saya minta pulang tapi majikan bilang harus tunggu pembantu baru datang, tiket juga belum dibelikan.",
    ),
    (
        "putus_komunikasi",
        "Anak saya berangkat ke Malaysia tahun lalu lewat sponsor dari desa. Awalnya sering telpon, sejak 3 bulan ini nomornya tidak aktif dan sponsornya juga tidak tahu. Kami sangat khawatir.",
    ),
    (
        "perdagangan_orang",
        "Adik saya ditawari kerja di Bangkok jadi admin online gaji besar. Ternyata dibawa ke Myawaddy, disekap di gedung, dipaksa menipu orang, kalau tidak capai target dipukul. Tolong kami.",
    ),
    (
        "penipuan_kerja",
        "Saya dapat tawaran kerja ke Jepang dari akun facebook. Saya sudah transfer 12 juta untuk biaya visa dan tiket, setelah itu orangnya tidak bisa dihubungi dan akunnya hilang.",
    ),
    (
        "gagal_berangkat",
        "Saya sudah medical dan pelatihan di LPK 6 bulan, sudah bayar 25 juta. Katanya bulan maret berangkat, tapi sampai sekarang belum ada jadwal terbang dan PT selalu bilang sabar.",
    ),
    (
        "meninggal",
        "Kakak saya TKW di Hong Kong. Kemarin agensinya telpon bilang kakak saya meninggal di rumah majikan, katanya jatuh. Kami minta tolong dibantu pemulangan jenazahnya.",
    ),
    (
        "sakit",
        "Saya kerja di pabrik di Taichung. Sudah 2 minggu saya demam tinggi dan batuk terus, tapi mandor tidak kasih izin ke dokter. Saya takut sakit saya tambah parah.",
    ),
    (
        "potongan_gaji",
        "Saya PRT di Singapura. Gaji 700 dolar tapi 6 bulan pertama dipotong agen 600 tiap bulan, jadi saya cuma terima 100. Apa itu boleh?",
    ),
    (
        "phk_sepihak",
        "Saya baru kerja 4 bulan di Hong Kong, tiba-tiba majikan terminate kontrak saya tanpa alasan dan saya disuruh keluar hari ini juga. Saya harus ke mana?",
    ),
    (
        "ingin_pulang",
        "Saya di Johor kerja di kilang. Ibu saya sakit keras di kampung dan saya mau pulang secepatnya tapi majikan bilang tunggu kontrak habis.",
    ),
    (
        "kekerasan_seksual",
        "Saya kerja di Jeddah. Anak laki-laki majikan sering masuk kamar saya malam-malam dan memegang badan saya. Saya tidak berani bilang ke nyonya.",
    ),
    (
        "hamil_punya_anak",
        "Saya hamil dari pacar saya di Taiwan. Saya takut ketahuan majikan dan dipulangkan. Saya harus bagaimana?",
    ),
    # English stories
    (
        "gaji_tidak_dibayar",
        "Hi, I am working in Malaysia as a domestic worker since 2022. My employer did not pay me for the last 8 months and always says next month.",
    ),
    ("penahanan_dokumen", "The agency is keeping my passport and says I have to pay 2000 ringgit to get it back"),
    ("kekerasan", "My employer's wife hits me with a hanger and does not give me enough food"),
    (
        "putus_komunikasi",
        "I am looking for my aunt who went to Saudi 5 years ago, the family has not heard anything since 2022",
    ),
    ("tidak_dipulangkan", "My contract is already finished since March but my employer refuses to buy my ticket home"),
    ("ingin_pulang", "I want to go home because my child is sick in Indonesia"),
    (
        "perdagangan_orang",
        "My friend was recruited for a hotel job in Dubai but was sold to a house in Oman and cannot leave",
    ),
    ("meninggal", "We received news that my brother died on a fishing vessel near Mauritius"),
    ("gagal_berangkat", "I have been waiting 10 months for my visa to Korea, the agency took my money"),
    ("sakit", "I am pregnant? no. I am sick with kidney problem and my employer does not want to take me to hospital"),
    ("phk_sepihak", "I was terminated after 2 months and the agency wants me to pay again for a new employer"),
    ("deportasi", "I was deported from Saudi Arabia last month and my salary was left behind"),
    ("kekerasan_seksual", "My employer forces me to sleep with him"),
    pytest.param("ditahan", "My sister is detained at the immigration depot in Johor", marks=MODEL_SAYS_OTHERWISE),
    ("tidak_berdokumen", "I ran away and now I have no documents, my visa is expired"),
]


@pytest.mark.parametrize(("category", "text"), MESSAGES)
def test_the_primary_category(category, text):
    assert understand(text, date(2026, 12, 3)).category == category


def test_every_category_is_covered():
    from flows.understand.types import CATEGORIES

    covered = {m.values[0] if hasattr(m, "values") else m[0] for m in MESSAGES}
    assert covered >= set(CATEGORIES) - {"lainnya"}


def test_each_category_label_of_the_menu_reads_as_its_category():
    """Someone who types the menu's words instead of tapping the button is understood."""
    from pathlib import Path

    import yaml

    from flows.understand.types import CATEGORIES

    locales = Path(__file__).resolve().parents[2] / "locales"
    for lang in ("id", "en"):
        with open(locales / f"{lang}.yaml", encoding="utf-8") as handle:
            labels = yaml.safe_load(handle)["category"]
        for code in CATEGORIES:
            assert understand(labels[code], date(2026, 12, 3)).category == code, (lang, labels[code])


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("LPK tempat sy kursus ternyata gk punya izin, uang 35 juta gk balik", "penipuan_kerja"),
        ("sy dipulangin ke agen gara2 nenek yg sy jaga meninggal", "phk_sepihak"),
        ("my wife in dubai, her phone off since 2 weeks, the agency not answer", "putus_komunikasi"),
        ("HP ibu sy mati udh 3 bln, agen jg gk bisa dihubungi", "putus_komunikasi"),
        ("visa sy ditolak 2x, PT gk mau balikin uang sy", "gagal_berangkat"),
        ("sy dibawa lewat jalur laut tanpa paspor, kerja di kebun gk digaji, dijaga mandor", "perdagangan_orang"),
    ],
)
def test_what_a_fresh_batch_of_openings_showed(text: str, primary: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[0] == primary


@MODEL_SAYS_OTHERWISE
def test_a_recruiter_out_of_reach_is_still_the_scam_when_she_paid_it() -> None:
    found = understand("sy udh bayar 20 jt ke sponsor, skrg sponsornya gk bisa dihubungi", date(2026, 12, 3))
    assert found.categories[0] == "penipuan_kerja" and "putus_komunikasi" not in found.categories


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("perusahaan tiba2 bangkrut, kami semua disuruh pulang bulan depan", "phk_sepihak"),
        ("dia dipaksa majikan pijat suami majikan tiap malam, suami majikan suka sentuh2", "kekerasan_seksual"),
        ("majikan gk kasih sy makan cukup, cuma roti 2 kali sehari", "kekerasan"),
    ],
)
def test_what_a_fresh_batch_of_stories_showed(text: str, primary: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[0] == primary


def test_an_employer_who_does_not_give_food_is_not_one_who_does_not_pay() -> None:
    assert "gaji_tidak_dibayar" not in understand("majikan gk kasih sy makan", date(2026, 12, 3)).categories
    assert understand("majikan gk bayar sy 3 bulan", date(2026, 12, 3)).categories[0] == "gaji_tidak_dibayar"


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("anak sy dibawa sponsor ke batam, skrg sudah 3 bln ditampung gk jelas", "gagal_berangkat"),
        ("I paid 3000 dollars to an agent for a job in Canada, it has been 1 year and no visa", "gagal_berangkat"),
        ("I finished my contract in Oman but my sponsor refuses to give me exit and ticket", "tidak_dipulangkan"),
        ("my employer always shouting and not give me day off", "pekerjaan_tidak_sesuai"),
        ("sy dipindah2 majikan terus sm agensi, udh 4 kali dalam setahun", "pekerjaan_tidak_sesuai"),
    ],
)
def test_what_a_fresh_batch_of_family_and_english_openings_showed(text: str, primary: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[0] == primary


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("the boss says no money to pay us this month again", "gaji_tidak_dibayar"),
        ("gajiku mung dibayar separo, liyane jare dicekel agen", "gaji_tidak_dibayar"),
        ("sy disuruh kerja di kantor majikan juga, di kontrak cuma rumah", "pekerjaan_tidak_sesuai"),
        ("sy kerja 18 jam sehari, tidur cuma 4 jam, gk pernah libur", "pekerjaan_tidak_sesuai"),
        ("majikan mau finish kontrak sy bulan depan padahal kontrak baru jalan 6 bulan", "phk_sepihak"),
        ("bos tiba2 bilang besok gk usah kerja lagi", "phk_sepihak"),
        ("gmn caranya putus kontrak dan balik ke indo", "ingin_pulang"),
        ("sy minta paspor buat pulang cuti tp majikan gk kasih", "penahanan_dokumen"),
        ("uang sy 15 juta dibawa kabur calo", "penipuan_kerja"),
        ("tolong bu cek PT ini resmi gk, sy disuruh transfer 7 jt", "penipuan_kerja"),
        ("ada nomor telepon KDEI taipei gk bu?", "lainnya"),
    ],
)
def test_what_a_fresh_batch_of_everyday_complaints_showed(text: str, primary: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[0] == primary


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("Bulan ini bosnya kabur, semua pekerja belum digaji 3 bulan", "gaji_tidak_dibayar"),
        ("My employer deducts HK$500 every month for food and says it is normal", "potongan_gaji"),
        ("sy di pulangkan paksa sm agensi dr taiwan krn katanya sy sering sakit", "phk_sepihak"),
        (
            "Perusahaan tidak membayar lembur dan asrama kami dikenakan biaya 40 ribu yen per bulan",
            "gaji_tidak_dibayar",
        ),
    ],
)
def test_what_a_fresh_batch_of_stories_showed_again(text: str, primary: str) -> None:
    found = understand(text, date(2026, 12, 3))
    assert found.categories[0] == primary
    assert "melarikan_diri" not in found.categories and "deportasi" not in found.categories


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("gmn cara bikin baru di malaysia?", "lainnya"),
        ("bayar agen 20 jt ternyata visanya visa kunjungan", "penipuan_kerja"),
        ("calo minta uang lagi 5 jt buat tiket", "biaya_berlebih"),
        ("sy udah 1 thn di BLK blm ada job", "gagal_berangkat"),
        ("my employer made me work in his restaurant too, not in the contract", "pekerjaan_tidak_sesuai"),
    ],
)
def test_what_a_fresh_batch_of_short_openings_showed(text: str, primary: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[0] == primary


def test_a_passport_she_lost_in_the_street_is_not_one_held_from_her() -> None:
    assert "penahanan_dokumen" not in understand("paspor sy hilang di jalan", date(2026, 12, 3)).categories
    # lost, said without where: not held either, and no retention of documents is read
    for said in ("paspor ku ilang kak", "paspor sy hilang, gmn bikin baru?"):
        read = understand(said, date(2026, 12, 3))
        assert "penahanan_dokumen" not in read.categories and "retention_of_documents" not in read.indicators, said
    # lost because someone took it is still held
    assert "penahanan_dokumen" in understand("paspor hilang dibawa agen", date(2026, 12, 3)).categories


#: a probe of the plain ways to say each problem, Indonesian and English: every one read as its
#: category (a vocabulary check, not a set to tune on: the evaluation sets are in tests/data)
PROBE = {
    "gaji_tidak_dibayar": [
        "gaji sy blm dibayar",
        "sy belum digaji",
        "gaji gk turun2",
        "upah sy ditahan",
        "majikan nunggak gaji",
        "sy gk dapet gaji",
        "gaji telat terus",
        "gaji sy gk dikasih",
        "my salary is not paid",
        "i have not received my salary",
        "unpaid wages for 3 months",
        "salary delayed",
        "my employer owes me money",
    ],
    "potongan_gaji": [
        "gaji sy dipotong",
        "potongan gaji terlalu besar",
        "gaji kepotong agen",
        "my salary was deducted",
        "they cut my salary",
        "salary deduction every month",
    ],
    "phk_sepihak": [
        "sy dipecat",
        "sy di PHK",
        "kontrak sy diputus sepihak",
        "sy diberhentikan",
        "i was fired",
        "i was terminated",
        "they ended my contract early",
    ],
    "pekerjaan_tidak_sesuai": [
        "kerjaan gk sesuai kontrak",
        "job sy beda sm yg dijanjikan",
        "sy kerja gk ada libur",
        "kerja lembur terus tanpa istirahat",
        "my job is different from the contract",
        "no day off",
        "i work 18 hours a day",
        "they make me work for other families",
    ],
    "ingin_pulang": [
        "sy mau pulang",
        "pengen pulang ke indo",
        "tolong pulangkan sy",
        "i want to go home",
        "please send me home",
        "help me go back to indonesia",
    ],
    "tidak_dipulangkan": [
        "kontrak habis tp gk dipulangkan",
        "sy gk dipulangkan padahal kontrak selesai",
        "majikan gk mau beliin tiket",
        "my contract ended but they won't send me home",
        "contract finished, no ticket home",
    ],
    "penahanan_dokumen": [
        "paspor sy ditahan",
        "paspor dipegang majikan",
        "dokumen sy disita agen",
        "my passport is held by my employer",
        "they took my passport",
        "my employer keeps my documents",
    ],
    "putus_komunikasi": [
        "anak sy hilang kontak",
        "gk ada kabar dr ibu sy",
        "nomornya gk aktif",
        "sy gk bisa hubungi istri sy",
        "we lost contact with my sister",
        "my daughter is missing",
        "no news from my mother",
    ],
    "kekerasan": [
        "sy dipukul majikan",
        "majikan kasar",
        "sy disiksa",
        "my employer hits me",
        "i was beaten",
        "sy dimaki2 tiap hari",
    ],
    "kekerasan_seksual": [
        "sy dilecehkan",
        "sy diperkosa",
        "majikan pegang2 sy",
        "i was raped",
        "my employer touches me",
        "sexual harassment by my boss",
    ],
    "perdagangan_orang": [
        "sy dijual",
        "sy korban perdagangan orang",
        "dipaksa kerja tanpa gaji",
        "i was trafficked",
        "they sold me",
        "forced to work in a scam company",
    ],
    "penipuan_kerja": [
        "sy ditipu agen",
        "lowongan palsu",
        "sy kena tipu calo",
        "i was scammed by an agent",
        "fake job offer",
        "the recruiter disappeared with my money",
    ],
    "biaya_berlebih": [
        "biaya penempatan mahal bgt",
        "sy bayar 50 juta ke PT",
        "PT minta biaya terlalu tinggi",
        "the agency charged me too much",
        "i paid a huge placement fee",
    ],
    "gagal_berangkat": [
        "sy gagal berangkat",
        "udh bayar tp gk berangkat2",
        "keberangkatan sy dibatalkan",
        "i have not departed yet",
        "my departure was cancelled",
        "still waiting to fly after 1 year",
    ],
    "tidak_berdokumen": [
        "sy gk punya visa",
        "permit sy mati",
        "sy overstay",
        "i have no visa",
        "my visa expired",
        "i am undocumented",
    ],
    "ditahan": [
        "sy ditangkap polisi",
        "suami sy dipenjara",
        "sy di tahanan imigrasi",
        "i was arrested",
        "my brother is in jail",
        "detained by immigration",
    ],
    "deportasi": ["sy dideportasi", "mau dideportasi", "i was deported", "i will be deported"],
    "sakit": ["sy sakit parah", "sy sakit gk dibawa ke dokter", "i am very sick", "i am ill and need a doctor"],
    "kecelakaan": [
        "sy kecelakaan kerja",
        "tangan sy patah waktu kerja",
        "i had an accident at work",
        "i got injured at work",
    ],
    "meninggal": [
        "ibu sy meninggal di arab",
        "suami sy meninggal di kapal",
        "my sister died in malaysia",
        "my husband passed away abroad",
    ],
    "hamil_punya_anak": ["sy hamil", "sy melahirkan di sana", "i am pregnant", "i gave birth here"],
    "jaminan_sosial": ["klaim bpjs sy ditolak", "asuransi sy gk cair", "my insurance claim was rejected", "bpjs claim"],
    "melarikan_diri": [
        "sy kabur dr majikan",
        "sy lari dr rumah majikan",
        "i ran away from my employer",
        "i escaped from my employer",
    ],
}


#: plain ways the trained model's say puts otherwise since a retrain (ADR 0017: re-checked after `make model`)
PROBE_MODEL_SAYS_OTHERWISE: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("category", "text"),
    [
        pytest.param(c, t, marks=MODEL_SAYS_OTHERWISE) if t in PROBE_MODEL_SAYS_OTHERWISE else (c, t)
        for c, texts in PROBE.items()
        for t in texts
    ],
)
def test_the_plain_ways_to_say_each_problem_are_read_as_it(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    "text",
    [
        "sy lagi potong sayur pake pisau",
        "sy potong rambut di salon deket pasar",
        "sy pukul kasur biar debunya hilang",
        "sy tendang bola sama anak majikan",
        "sy lempar sampah ke tong sampah",
        "i killed a cockroach in the kitchen",
        "sy terjebak macet di jalan pulang",
        "majikan pulang kerja jam 8 malam, sy siapin makan",
        "sy gk kuat dingin, minta selimut tambahan ke majikan",
        "paspor sy di majikan buat diperpanjang, besok dikembalikan",
        "sy dikunci di luar karena lupa bawa kunci",
        "i am saving money to build a house back home",
        "kakek yg sy rawat masuk rumah sakit",
        "anak majikan peluk sy sebelum tidur",
        "hari ini sy libur, mau ke victoria park",
        "jgn telp siang2 ya kak",
        "tlg jangan telepon pas majikan di rumah",
    ],
)
def test_a_working_day_told_in_problem_words_is_no_problem(text: str) -> None:
    """Cutting vegetables is not a pay cut, kicking a ball is not violence, the way home is not a
    wish to go home: what the bot would say back as "Kami catat" must be what she meant."""
    assert understand(text, date(2026, 12, 3)).categories == ()


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("gaji_tidak_dibayar", "gajiku durung dibayar 3 sasi"),
        ("gaji_tidak_dibayar", "bayaranku durung metu"),
        ("gaji_tidak_dibayar", "gaji abdi teu acan dibayar"),
        ("ingin_pulang", "aku pengin mulih"),
        ("ingin_pulang", "abdi hoyong uih"),
        ("penahanan_dokumen", "paspor ku dicekel juragan"),
        ("penahanan_dokumen", "paspor abdi dicepeng dunungan"),
        ("putus_komunikasi", "anakku ra ono kabar"),
        ("kekerasan", "aku digebugi juragan"),
        ("pekerjaan_tidak_sesuai", "abdi teu kenging libur"),
    ],
)
def test_a_probe_of_javanese_sundanese_and_malay_complaints(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("gaji_tidak_dibayar", "my employer not pay me 3 month"),
        ("gaji_tidak_dibayar", "salary not yet give since july"),
        ("gaji_tidak_dibayar", "boss no give salary"),
        ("gaji_tidak_dibayar", "my salary they keep, not give me"),
        ("potongan_gaji", "they take half my salary for agency fee"),
        ("phk_sepihak", "my boss say tomorrow no need to come"),
        ("pekerjaan_tidak_sesuai", "i work in 3 house not only one"),
        ("penahanan_dokumen", "agency hold my passport"),
        ("putus_komunikasi", "my wife cannot contact since 2 month"),
        ("putus_komunikasi", "my mother phone cannot reach"),
        ("penipuan_kerja", "agent take my money and run"),
        ("biaya_berlebih", "i pay 60 million to agency too much"),
        ("ditahan", "police catch me"),
        ("meninggal", "my husband die in taiwan"),
        ("deportasi", "immigration send me back to indonesia"),
    ],
)
def test_a_probe_of_english_as_workers_write_it(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("putus_komunikasi", "anak sy di taiwan udh gk bisa dihubungi"),
        ("putus_komunikasi", "we don't know where my sister is"),
        ("gaji_tidak_dibayar", "istri sy gk dikirimi gaji 1 thn"),
        ("gaji_tidak_dibayar", "my son's salary is not paid for a year"),
        ("meninggal", "we got news my father died on the ship"),
        ("ditahan", "my daughter is in prison in saudi"),
        ("tidak_dipulangkan", "kontrak istri sy udh habis tp belum dipulangkan"),
        pytest.param("gagal_berangkat", "sy gk dikirim ke taiwan padahal udh bayar", marks=MODEL_SAYS_OTHERWISE),
    ],
)
def test_a_probe_of_what_families_write(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("perdagangan_orang", "kami ditahan di gedung perusahaan judi online, gk boleh keluar"),
        ("perdagangan_orang", "kalau mau keluar harus bayar tebusan 5000 dolar"),
        ("perdagangan_orang", "we are kept in a scam compound in cambodia"),
        ("meninggal", "teman kami mati di kapal"),
        ("tidak_berdokumen", "permit suami sy mati"),
        ("putus_komunikasi", "hp anak sy mati terus"),
    ],
)
def test_a_probe_of_compounds_ships_and_what_dies(category: str, text: str) -> None:
    """A ransom to leave is trafficking even said with "kalau"; a friend who died on the ship is a
    death, a permit or a phone that "mati" is not."""
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("phk_sepihak", "manager blg mulai isnin tak payah masuk kerja lagi, kontrak blm habis"),
        ("kekerasan_seksual", "anak majikan suka ngirim foto bugil ke hp sy"),
        ("kekerasan_seksual", "tuan ngomong jorok terus ke sy tiap istrinya pergi"),
        ("kekerasan_seksual", "bapak majikan tiba2 meluk sy dari belakang pas sy nyuci piring"),
        ("penahanan_dokumen", "ijazah sama ktp sy dirobek sm agen"),
        ("pekerjaan_tidak_sesuai", "my boss ask me go cleaning his parents house every sunday, not in contract"),
    ],
)
def test_a_seventh_blind_batch_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("jaminan_sosial", "kalo mau ngurus klaim jht bpjs gmn caranya ya kak"),
        ("hamil_punya_anak", "sy lagi isi 3 bulan, majikan blm tau"),
        ("tidak_dipulangkan", "tiketnya sampai skrg blm juga dibelikan, padahal kontrak udh selesai"),
        ("potongan_gaji", "agensi sy nyuruh bayar cicilan tiap bulan, gaji tinggal sedikit"),
        pytest.param("potongan_gaji", "the agency take 6 months salary from me", marks=MODEL_SAYS_OTHERWISE),
        ("biaya_berlebih", "wajar gk sih biaya ke jepang 70 juta"),
    ],
)
def test_an_eighth_blind_batch_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@MODEL_SAYS_OTHERWISE
def test_what_she_is_told_she_must_pay_to_leave_is_still_a_condition() -> None:
    """ "kalau mau X" is what she wants (read), but "kalau mau keluar harus bayar" is a price put
    on it, not fees she paid."""
    found = understand("kalau mau keluar dr perusahaan harus bayar 30 juta katanya", date(2026, 12, 3))
    assert "biaya_berlebih" not in found.categories


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("gaji_tidak_dibayar", "kafil blm ngasih uang sy 3 bln, katanya nanti2 terus"),
        ("putus_komunikasi", "lanceuk abdi di saudi teu tiasa dihubungi 3 sasih"),
        ("kecelakaan", "bapak sy abk, kapalnya karam di laut cina selatan"),
        ("penipuan_kerja", "sy udh bayar 8 jt ke agen online, skrg akunnya udh dihapus"),
        ("meninggal", "kata mandor suami sy kena mesin, gk tertolong"),
        ("tidak_dipulangkan", "tiap minta pulang kafil bilang nanti abis lebaran, udh 2 thn gitu trs"),
        ("biaya_berlebih", "udh bayar 30 jt, skrg disuruh nambah lagi 15 juta"),
        ("lainnya", "sy pengen pindah majikan"),
    ],
)
def test_a_ninth_blind_batch_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


def test_a_number_no_longer_active_is_lost_contact_not_a_scam() -> None:
    found = understand("nomor nya udh gk aktif, anak sy gk bisa dihubungi", date(2026, 12, 3))
    assert found.categories[:1] == ("putus_komunikasi",) and "penipuan_kerja" not in found.categories


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("biaya_berlebih", "i paid the agent 35 million before fly to hong kong"),
        ("kecelakaan", "the press machine crush my hand at the factory in taichung"),
        ("penipuan_kerja", "we transfer 10 million to the recruiter for visa and he disappeared"),
        ("perdagangan_orang", "they took us to a karaoke and forced us to serve guests"),
        ("tidak_dipulangkan", "i finished two contracts already but boss still keep me here"),
        ("biaya_berlebih", "waktu di PT sy dimintain 30 jt buat pelatihan sm medical"),
        ("tidak_dipulangkan", "kontrak kerja sy di taiwan sudah lama abis, majikan diem aja"),
        ("phk_sepihak", "baru 5 bulan dari 2 tahun, sy udah disuruh pulang"),
        ("phk_sepihak", "sy dikembalikan ke indonesia krn majikan gk suka masakan sy"),
    ],
)
def test_a_tenth_blind_batch_half_in_english_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("phk_sepihak", "the factory no need workers anymore so they tell us go home"),
        ("phk_sepihak", "my contract end because company close the line"),
        ("pekerjaan_tidak_sesuai", "they send me to other company from my contract, cleaning office not factory"),
        ("phk_sepihak", "madam mau kembalikan sy ke agensi minggu depan, kontrak baru 3 bln"),
        ("penipuan_kerja", "katanya ada jalur khusus ke jepang, bayar 20 juta langsung berangkat"),
    ],
)
def test_an_eleventh_blind_batch_of_long_stories_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("kekerasan", "my employer locked me inside the storeroom all day"),
        ("phk_sepihak", "the boss said after 3 weeks we must go home because no order"),
        pytest.param("phk_sepihak", "majikan nyuruh sy keluar malam ini juga", marks=MODEL_SAYS_OTHERWISE),
        ("phk_sepihak", "kontrak 2 thn, baru 1 tahun dari 2 tahun udah disuruh pulang"),
        ("putus_komunikasi", "anak kula wonten taiwan mboten saged dihubungi"),
        ("perdagangan_orang", "agen bilang majikan udh beli sy, jd gk boleh pulang"),
        ("lainnya", "is it true we get one day off every week in singapore?"),
    ],
)
def test_a_twelfth_blind_batch_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


def test_a_phone_bought_for_her_is_no_sale_of_her() -> None:
    assert "perdagangan_orang" not in understand("majikan beliin sy hp baru buat ultah", date(2026, 12, 3)).categories


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("pekerjaan_tidak_sesuai", "katanya jaga 1 nenek. ternyata sampai sini disuruh jaga 2 nenek sm anak kecil"),
        ("potongan_gaji", "gaji sy harusnya 25 ribu tapi yg masuk cuma 18 ribu tiap bulan"),
        ("potongan_gaji", "tiap bulan dipotong asrama sm makan, sisanya dikit"),
        ("kekerasan_seksual", "anak majikan maksa sy tidur sama dia waktu rumah sepi"),
        ("pekerjaan_tidak_sesuai", "i came as caregiver but agency put me in a restaurant kitchen"),
        ("tidak_dipulangkan", "her contract finish long time ago but employer still not send her home"),
        pytest.param(
            "penipuan_kerja",
            "we paid the sponsor for the visa and now the money cannot be returned",
            marks=MODEL_SAYS_OTHERWISE,
        ),
    ],
)
def test_a_thirteenth_blind_batch_of_stories_told_several_at_once_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


def test_a_death_seen_on_board_is_not_hers() -> None:
    read = understand("kapal lama di laut, ada abk yg meninggal bulan lalu, sy mau pulang", date(2026, 12, 3))
    assert read.categories[:1] == ("ingin_pulang",)


def test_a_missing_payslip_is_not_unpaid_wages() -> None:
    assert (
        "gaji_tidak_dibayar"
        not in understand("slip gaji gk pernah dikasih, tp gaji lancar", date(2026, 12, 3)).categories
    )


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("tidak_dipulangkan", "kontraknya selesai 2 bulan lalu, agen blg nanti dipulangkan"),
        ("biaya_berlebih", "sponsor minta 30 juta buat proses ke taiwan, padahal temen sy gk bayar apa2"),
        ("biaya_berlebih", "agen narik transfer fee 2000 dolar waktu sy ganti majikan"),
        ("deportasi", "suami sy di tarhil riyadh udh sebulan"),
        ("penipuan_kerja", "udh setor 15 juta ke perekrut, skrg orangnya ngilang"),
        ("pekerjaan_tidak_sesuai", "katanya jaga anak 1. pas sampai ternyata anaknya 4 sm kakek sakit"),
        ("phk_sepihak", "the employer say i must leave within 3 days, contract still 1 year"),
    ],
)
def test_a_fourteenth_blind_batch_of_confusable_problems_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


def test_a_possessive_on_contract_no_longer_hides_it_from_the_patterns() -> None:
    assert understand("kontraknya udh habis tp tiket gk dibeliin", date(2026, 12, 3)).categories[:1] == (
        "tidak_dipulangkan",
    )


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("biaya_berlebih", "agensi minta sy bayar lagi 8000 dolar buat perpanjang kontrak"),
        ("kekerasan", "tiap hari dikatain anjing sm anak majikan"),
        ("kekerasan", "my employer always call me stupid and useless"),
        ("perdagangan_orang", "sy di myanmar dipaksa jadi scammer 14 jam sehari"),
        ("pekerjaan_tidak_sesuai", "agen janji kerja kilang, rupanya kerja ladang"),
    ],
)
def test_a_fifteenth_blind_batch_of_first_messages_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


def test_a_million_and_a_digit_is_a_decimal_of_it() -> None:
    assert [m.amount for m in understand("gaji cuma 1jt 5 sebulan", date(2026, 12, 3)).money] == [1_500_000]
    assert [m.amount for m in understand("udh bayar 3 juta 2 kali", date(2026, 12, 3)).money] == [3_000_000]


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("perdagangan_orang", "the agency sell us to families in another city, we cannot go out"),
        ("pekerjaan_tidak_sesuai", "when i arrived they sent me to a restaurant, not same like contract"),
        ("penahanan_dokumen", "the PT hold my ijazah until i pay the training"),
        ("putus_komunikasi", "please help me search for my sister, she went to oman in 2018"),
        ("tidak_berdokumen", "my kafeel not renew my iqama for 2 years"),
        ("melarikan_diri", "yesterday i ran from my employer house, now at my friend place"),
    ],
)
def test_a_sixteenth_blind_batch_mostly_in_english_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("putus_komunikasi", "pamajikan abdi di Saudi tos 1 taun teu aya beja"),
        ("kekerasan", "abdi sok dicabok ku majikan"),
        ("sakit", "ada benjolan di leher, majikan gk kasih izin periksa"),
    ],
)
def test_a_last_batch_of_everyday_words_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (category,)


def test_a_story_batch_taught_these() -> None:
    promised = "janjinya kerja di toko. sampai sini malah disuruh jaga 4 anak sm masak"
    assert understand(promised, date(2026, 12, 3)).categories[:1] == ("pekerjaan_tidak_sesuai",)
    grandma = "nenek yg sy jaga jatuh di kamar mandi trs meninggal, skrg sy ditahan polisi"
    assert understand(grandma, date(2026, 12, 3)).categories[:1] == ("ditahan",)


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("kekerasan_seksual", "the grandpa keep touching me when madam go to market"),
        ("kekerasan_seksual", "her boss son tried to enter her room at night, she is afraid"),
        ("ditahan", "madam called the police and say I take her gold ring"),
        ("ditahan", "they accuse her of stealing and now the case is with immigration"),
        ("sakit", "bojoku awake lara kabeh, ra iso kerjo"),
        pytest.param("sakit", "ibu sy skrg tidak bisa berjalan, kakinya bengkak", marks=MODEL_SAYS_OTHERWISE),
        ("sakit", "nenek bilang ibu sy skrg sering linglung dan pikun"),
        ("phk_sepihak", "majikan antar sy ke agensi, katanya udh gk butuh pembantu lagi"),
    ],
)
def test_a_fourteenth_blind_batch_taught_these(category: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[0] == category


@pytest.mark.parametrize(
    "text",
    [
        "katanya kerja di restoran di kuching, tp ternyata jaga anak 3 di rumah",
        "sy dijanjiin jadi perawat lansia di panti, sampe sini malah disuruh kerja di kebun",
        "he was promised to work in a hotel, but instead he clean the boat every day",
    ],
)
def test_a_job_promised_in_one_clause_and_otherwise_in_the_next_is_work_not_as_promised(text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == ("pekerjaan_tidak_sesuai",)


@pytest.mark.parametrize(
    "text",
    [
        "katanya kerja di pabrik, ternyata tidak ada kerjaan sama sekali",  # the scam's words
        "dijanjikan kerja di pabrik, ternyata beneran di pabrik, alhamdulillah",
    ],
)
def test_a_promise_kept_or_a_job_that_never_was_is_not_read_as_one(text: str) -> None:
    assert promised_otherwise(read_text(text).words) is None


#: what the blind batches of 4 December taught, each in other words than the batch's (read among
#: the first two: which comes first is the trained model's say as well, ADR 0017)
TAUGHT_ON_4_DECEMBER = [
    ("gagal_berangkat", "udh lunas semua biayanya tp sampe skrg sy blm diberangkatin juga"),
    ("biaya_berlebih", "agen minta 30 jt lg katanya buat biaya percepatan visa"),
    ("biaya_berlebih", "boleh gk sih segitu mahalnya"),
    ("kekerasan", "suami majikan sering digebugan sy pake sapu"),
    ("kekerasan", "nyonya dorong aku sampai pingsan di dapur"),
    ("kekerasan", "the madam pour hot oil on my arm because food late"),
    ("kekerasan_seksual", "bapak majikan suka masuk kamar sy pas sy tidur"),
    ("potongan_gaji", "agency cut for housing and transport every month, i get only half"),
    ("phk_sepihak", "boss told us no more work for us after december"),
    ("kecelakaan", "i injured my shoulder carrying cement at the site"),
    ("melarikan_diri", "two of us jumped ship when the boat stop in cape town"),
    ("tidak_dipulangkan", "kontrak sy 3 thn, udh lewat 5 bln blm dipulangin"),
    ("gaji_tidak_dibayar", "udh 3 bln gk dikirim sama sekali"),
    ("kekerasan_seksual", "anak majikan mau macam2 sm aku tiap nyonya pergi"),
    ("kekerasan_seksual", "sopir majikan coba peluk sy di dapur"),
    ("biaya_berlebih", "agen minta sy bayar 2 jt lg buat pindah majikan"),
    ("penahanan_dokumen", "majikan nyobek paspor sy pas sy minta pulang"),
    ("penipuan_kerja", "when i arrive the company say they never order worker from indonesia"),
    ("ingin_pulang", "i want go home now but madam say must finish contract first"),
    ("kekerasan", "she not give me enough food and always call me stupid"),
    ("biaya_berlebih", "the agency ask 40 million for processing, is that normal price?"),
    ("pekerjaan_tidak_sesuai", "agent promise me factory job but when i arrive they send me to farm"),
    ("potongan_gaji", "broker take service fee 1500 from my salary every month"),
    ("lainnya", "mau perpanjang paspor di KBRI, syaratnya apa aja ya"),
    ("melarikan_diri", "sy lompat dr kapal pas sandar di pelabuhan"),
]


@pytest.mark.parametrize(("category", "text"), TAUGHT_ON_4_DECEMBER)
def test_the_blind_batches_of_4_december_taught_these(category: str, text: str) -> None:
    assert category in understand(text, date(2026, 12, 3)).categories[:2], text


def test_remains_is_a_body_only_as_a_noun() -> None:
    assert "meninggal" not in understand("my passport remains with the employer", date(2026, 12, 3)).categories
    assert understand("we want to bring his remains home", date(2026, 12, 3)).categories[:1] == ("meninggal",)


TAUGHT_ON_5_DECEMBER = [
    ("kekerasan_seksual", "the grandpa touch me at night when madam sleep"),
    ("perdagangan_orang", "agen bilang mau jual aku ke majikan di kota lain"),
    ("putus_komunikasi", "sy gk diizinkan hubungi keluarga sama sekali, udh 6 bln"),
    ("biaya_berlebih", "the sponsor charged us 20 million for visa and medical"),
    # the batches received late on 5 December, joined on the next day
    ("gaji_tidak_dibayar", "gajiku ditabung sama nyonya katanya biar aman, aku blm pernah terima sepeser pun"),
    ("tidak_berdokumen", "sponsor gk mau urusin izin tinggal sy, jd sy takut keluar rumah"),
    ("lainnya", "sy ditagih pinjol trs, tiap hari ditelpon"),
    ("lainnya", "gmn cara kirim uang ke indo yg paling murah dr taiwan?"),
    ("lainnya", "mau nikah sm org malaysia, syarat dokumennya apa aja?"),
    ("lainnya", "dompet sy kecurian di pasar td pagi"),
    ("lainnya", "how to renew my contract with the same employer?"),
    ("perdagangan_orang", "katanya kerja di hotel, ternyata aq dipaksa melayani tamu, hp diambil mami"),
    ("pekerjaan_tidak_sesuai", "the agent promise me factory job, but they put me in a farm feeding pigs"),
    ("pekerjaan_tidak_sesuai", "harusnya kerja di pabrik elektronik, tp agen taruh sy di rumah jaga 2 anak"),
    ("kecelakaan", "my finger was crushed in the machine yesterday, the company not bring me to hospital"),
    ("gaji_tidak_dibayar", "aku cuma minta gajiku dibayar, udh itu aja"),
    ("gaji_tidak_dibayar", "sy digaji tp hanya separuh, katanya sisanya nanti"),
    ("gaji_tidak_dibayar", "madam always hold my salary, say she give when i finish contract"),
    ("phk_sepihak", "agency told me to sign resignation letter or they send me home"),
    # from probes written by hand (every category in workers' words), not from a set
    ("kekerasan", "madam nendang aku sampe jatuh"),  # her fall, not the employer's
    ("phk_sepihak", "kontrak blm selesai tp sy disuruh keluar dr kilang"),  # not a contract that ended
    ("phk_sepihak", "the company fire all the Indonesian workers last week"),
    ("biaya_berlebih", "broker fee 70 thousand NT, is it normal?"),
    ("gagal_berangkat", "my visa was rejected and the PT keep my money"),
]


def test_something_else_never_trails_a_named_problem() -> None:
    """A question beside a named problem says nothing more, whichever the re-ranking put first."""
    for text in (
        "mau tanya bu, sy mau perpanjang kontrak tp agensi minta biaya 20 ribu NT lagi, wajar gk?",
        "mau nanya, majikan suruh sy kerja di 2 rumah, itu boleh?",
    ):
        categories = understand(text, date(2026, 12, 3)).categories
        assert categories and "lainnya" not in categories[1:], (text, categories)


@pytest.mark.parametrize(("category", "text"), TAUGHT_ON_5_DECEMBER)
def test_the_blind_batches_of_5_december_taught_these(category: str, text: str) -> None:
    assert category in understand(text, date(2026, 12, 3)).categories[:2], text


def test_selling_her_phone_is_not_selling_her() -> None:
    assert "perdagangan_orang" not in understand("sy mau jual hp sy ke temen", date(2026, 12, 3)).categories


@pytest.mark.parametrize(
    ("first", "text"),
    [
        (
            "jaminan_sosial",
            "bapak sy meninggal krn sakit jantung di johor bln lalu, jenazah udh dipulangkan. santunan bpjs blm cair",
        ),
        (
            "jaminan_sosial",
            "my mother passed away in HK from cancer, her body already sent home. how to claim her insurance?",
        ),
        ("meninggal", "kakak sy meninggal di saudi krn sakit, jenazah msh di RS, kami jg mau klaim bpjs nya"),
        ("meninggal", "adik sy meninggal di kapal taiwan krn sakit katanya, mau klaim asuransi"),
        ("jaminan_sosial", "kaki sy patah kena mesin thn lalu, skrg udh pulih, tp klaim bpjs blm cair"),
        pytest.param(
            "kecelakaan", "tangan sy patah jatuh di pabrik, blm sembuh, klaim asuransi gmn", marks=MODEL_SAYS_OTHERWISE
        ),
    ],
)
def test_after_a_death_from_illness_with_the_body_home_the_claim_comes_first(first: str, text: str) -> None:
    """Not while the body is abroad, nor after a death at sea (looked into first); and after an
    accident she has recovered from, not while she has not."""
    assert understand(text, date(2026, 12, 3)).categories[0] == first, text


@pytest.mark.parametrize(
    ("first", "text"),
    [
        (
            "gaji_tidak_dibayar",
            "sy ABK di kapal cina, gaji 6 bln gk dibayar, temen sy 1 meninggal, mayatnya dibuang ke laut",
        ),
        (
            "gaji_tidak_dibayar",
            "my wife in riyadh say madam husband died last month, now madam lock her inside and not pay salary",
        ),
        ("meninggal", "anak sy meninggal di rumah majikan di jeddah, gaji nya jg blm dibayar"),
        ("meninggal", "majikan bilang adik sy meninggal jatuh dr tangga, kami gk percaya"),
    ],
)
def test_a_workmates_death_is_told_beside_her_own_problem(first: str, text: str) -> None:
    """A death leads the case when it is the worker's; a workmate's or the employer's is kept
    beside the worker's own problem."""
    found = understand(text, date(2026, 12, 3)).categories
    assert found[0] == first and "meninggal" in found, (text, found)


@pytest.mark.parametrize(
    ("first", "text"),
    [
        ("kekerasan_seksual", "suami majikan suka nyuruh pijit trs raba2, sy takut bilang ke madam"),
        ("kekerasan_seksual", "anak majikan tiap malam grepe2 kalo istrinya pergi"),
        ("gagal_berangkat", "we waited in the training centre 10 months, PT keep saying next month"),
    ],
)
def test_touching_after_a_massage_asked_and_waiting_in_the_training_centre_are_read(first: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (first,), text


def test_staying_in_the_workers_camp_is_not_waiting_to_depart() -> None:
    found = understand("company close, we stay in camp 3 months no salary", date(2026, 12, 3)).categories
    assert "gagal_berangkat" not in found, found


@pytest.mark.parametrize(
    ("first", "text"),
    [
        pytest.param("pekerjaan_tidak_sesuai", "PT bilang gaji 7 jt tp cuma dikasih 4 jt", marks=MODEL_SAYS_OTHERWISE),
        ("pekerjaan_tidak_sesuai", "pekerjaannya lain dr yg di PT, sy jd tukang masak"),
        ("pekerjaan_tidak_sesuai", "job order said caregiver but agency put me in a restaurant"),
        ("biaya_berlebih", "sebelum terbang sy dimintai biaya 7 juta lg oleh PT"),
    ],
)
def test_a_wage_promised_higher_other_work_and_money_asked_before_the_flight_are_read(first: str, text: str) -> None:
    assert understand(text, date(2026, 12, 3)).categories[:1] == (first,), text


def test_a_contract_that_said_one_wage_and_another_paid_is_not_other_work() -> None:
    found = understand("contract say HK$4,990 but agency take HK$1,990 every month", date(2026, 12, 3)).categories
    assert "pekerjaan_tidak_sesuai" not in found[:1], found


@pytest.mark.parametrize(
    ("first", "text"),
    [
        ("penahanan_dokumen", "sy mau pulang krn bapaknya meninggal, tp paspor ditahan agen"),
        ("tidak_dipulangkan", "majikannya meninggal, kontrak adik sy udh habis tp gk dipulangkan ahli warisnya"),
    ],
)
def test_a_parents_death_at_home_or_the_employers_death_does_not_lead_the_case(first: str, text: str) -> None:
    found = understand(text, date(2026, 12, 3)).categories
    assert found[:1] == (first,), (text, found)


def test_the_workers_own_death_still_leads() -> None:
    assert (
        understand("ibu sy meninggal di saudi, jenazahnya blm pulang", date(2026, 12, 3)).categories[0] == "meninggal"
    )


@pytest.mark.parametrize(
    ("first", "text"),
    [
        ("gaji_tidak_dibayar", "3 month not pay already"),
        ("gaji_tidak_dibayar", "since march not one payment from madam"),
        ("putus_komunikasi", "my sister in taichung, her whatsapp only one tick for 2 weeks"),
        ("kekerasan_seksual", "sir always hug me from behind when madam not home"),
        ("kecelakaan", "forklift fell over on his leg at the warehouse"),
        ("pekerjaan_tidak_sesuai", "boss ask me also work in his factory after i finish the house"),
        ("pekerjaan_tidak_sesuai", "employer give me new contract in chinese, i dont understand it"),
        ("tidak_dipulangkan", "contract finish last month, madam say i must buy ticket myself"),
    ],
)
def test_workers_english_of_the_6_december_batches(first: str, text: str) -> None:
    found = understand(text, date(2026, 12, 3)).categories
    assert found[:1] == (first,), (text, found)


@pytest.mark.parametrize(
    ("first", "text"),
    [
        ("gagal_berangkat", "PT blm brgkatin sy pdhl udh setor 20jt"),
        ("pekerjaan_tidak_sesuai", "majikan suruh sy kerja di warung nya tiap pagi"),
        ("pekerjaan_tidak_sesuai", "tiap sabtu sy disuruh bersih2 rumah ibunya madam"),
        ("pekerjaan_tidak_sesuai", "di kontrak gaji 1500 riyal tp cuma dikasih 900"),
        ("gaji_tidak_dibayar", "udh 4 bln gk ada yg masuk ke rekening sy"),
        ("penahanan_dokumen", "paspor sy dr awal sm mereka, gk dikasih pegang"),
        ("biaya_berlebih", "agensi minta 8 ribu dolar biar bisa pindah majikan"),
        ("ditahan", "tadi pagi polisi tangkap suami sy di pasar"),
    ],
)
def test_indonesian_of_the_6_december_batches(first: str, text: str) -> None:
    found = understand(text, date(2026, 12, 3)).categories
    assert found[:1] == (first,), (text, found)


TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "primary", "lang"),
    [
        ("i want to know if my social security is active", "jaminan_sosial", "en"),
        ("can you check if my passport is still with agency", "penahanan_dokumen", "en"),
        ("they keep me in the training center 8 months, still not send me abroad", "gagal_berangkat", "en"),
        ("the agency in indonesia ask me pay 40 million before i can fly, is that normal?", "biaya_berlebih", "en"),
        ("bos ninju muka temen sy kmrn", "kekerasan", "id"),
        ("bos ambil semua paspor kami, kami gk bisa kemana2", "penahanan_dokumen", "id"),
        pytest.param(
            "broker ambil biaya jasa dr gaji sy, kebanyakan", "potongan_gaji", "id", marks=MODEL_SAYS_OTHERWISE
        ),
        ("sy punya anak sm pacar org sini, gk nikah resmi, anak sy bisa dibawa pulang gk", "hamil_punya_anak", "id"),
    ],
)
def test_whether_asked_in_english_and_a_probe_of_everyday_words(text: str, primary: str, lang: str) -> None:
    """English "if" after know/ask/check is "whether", not a supposition that takes the words back."""
    assert understand(text, TODAY, lang).categories[:1] == (primary,), text


def test_an_if_of_supposition_still_takes_a_problem_back() -> None:
    assert "melarikan_diri" not in understand("if i run away, can i go home?", TODAY, "en").categories


@pytest.mark.parametrize(
    "text",
    [
        "mau tau aturan soal lembur di taiwan, berapa jam maksimal sehari",
        "boleh gk sy cari kerja sampingan pas hari libur",
        "is it legal to work for my employer's sister on sunday?",
    ],
)
def test_a_question_about_rules_or_whether_she_may_is_something_else(text: str) -> None:
    """ "mau tau aturan ...", "boleh gk sy cari ...", "is it legal to ...": a question, not a problem
    (they read as nothing, or as a job unlike the promise; ADR 0019, 6 December)."""
    assert understand(text, TODAY).categories[:1] == ("lainnya",), text


@pytest.mark.parametrize(
    "text",
    [
        "gmn cara kirim duit pulang ke indo klo atm sy ilang",
        "which app is good to send money home from taiwan?",
        "how i send money home if my bank card lost",
    ],
)
def test_money_sent_home_is_a_question_not_going_home(text: str) -> None:
    """The word "pulang"/"home" alone is a hint of going home; it used to be said back as "Ingin
    pulang" however sure the model was that she asks about sending money (ADR 0019, 7 December)."""
    read = understand(text, TODAY)
    assert read.categories[:1] == ("lainnya",), text


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("sy udh gk betah kerja di rumah ini kak", "ingin_pulang"),
        ("gaji sy tiap bulan kurang terus dr yg di kontrak", "potongan_gaji"),
        ("sy udh gk betah, tiap hari nangis, gk nahan lg", "ingin_pulang"),
        ("sy mau tanya2 aja soal aturan cuti di taiwan", "lainnya"),
    ],
)
def test_a_hint_alone_stays_first_when_the_model_does_not_say_otherwise(text: str, primary: str) -> None:
    """A hint ("gk betah", "gaji kurang") is what she said when the model is not sure of anything
    else; a question the lexicon knows as one stays a question."""
    assert understand(text, TODAY).categories[:1] == (primary,), text


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("mbak, bojoku meteng 4 sasi nang taiwan, majikan durung ngerti", "hamil_punya_anak"),
        ("bapakku tilar donya nang kapal taiwan, jenazahe durung dipulangke", "meninggal"),
        ("adikku nang hongkong hpnya ga aktif wis 3 sasi", "putus_komunikasi"),
    ],
)
def test_the_families_javanese(text: str, primary: str) -> None:
    """Javanese as families write it ("meteng", "tilar donya", "hpnya"): read as nothing
    before (ADR 0019, 7 December)."""
    assert understand(text, TODAY).categories[:1] == (primary,), text


@pytest.mark.parametrize("told", ["my sponsor not pay 3 month", "kafeel not pay", "not paid 2 months already"])
def test_unpaid_wages_said_in_workers_english(told: str) -> None:
    """ "my sponsor not pay 3 month" was read as no problem at all."""
    assert understand(told, TODAY).categories[:1] == ("gaji_tidak_dibayar",)


def test_a_wage_never_sent_home_is_unpaid_wages_not_a_departure_that_failed() -> None:
    """A fisherman's wife: "gaji blm pernah dikirim ke rumah" was also said back as "Gagal berangkat"."""
    read = understand("suami sy ABK di kapal ikan korea, gaji blm pernah dikirim ke rumah", date(2026, 12, 7))
    assert read.categories == ("gaji_tidak_dibayar",)
    both = understand("gaji sy blm dibayar, sy jg blm dikirim2 ke taiwan", date(2026, 12, 7))
    assert set(both.categories) == {"gaji_tidak_dibayar", "gagal_berangkat"}


def test_her_card_held_by_the_boss_is_a_held_document() -> None:
    """ "bos tahan IC sy dan paspor" in Brunei was said back with no problem at all."""
    text = "ijin lapor pak, sy PMI di brunei kerja di kedai makan, bos tahan IC sy dan paspor, gaji 400 dollar sebulan"
    assert "penahanan_dokumen" in understand(text, date(2026, 12, 7)).categories
    assert understand("kafil sita iqama sy", date(2026, 12, 7)).categories[:1] == ("penahanan_dokumen",)


@pytest.mark.parametrize(
    ("first", "text"),
    [
        ("ingin_pulang", "tlg bantu sy pulang ke indo, bapak sy meninggal kmrn sy mau liat makamnya"),
        ("ingin_pulang", "i want go home, my mother died yesterday"),
        ("penahanan_dokumen", "bapak sy di kampung meninggal kmrn, sy mau pulang tp majikan gk mau kasih paspor"),
        ("meninggal", "ibu sy meninggal di saudi, jenazahnya blm dipulangkan"),
        ("meninggal", "ayah sy meninggal di malaysia, kami mau pulangkan"),
    ],
)
def test_her_parents_death_at_home_is_why_she_goes_not_the_case(first: str, text: str) -> None:
    """A worker whose father died at home and who asks to go home was said back as a death
    abroad first; a parent who died abroad, told by the family, still leads with the death."""
    assert understand(text, date(2026, 12, 7)).categories[:1] == (first,), text


@pytest.mark.parametrize(
    ("text", "primary"),
    [
        ("cuma nanya aja kak, gk ada masalah kok", "lainnya"),
        ("arep takon mbak, kjri buka dino minggu ora", "lainnya"),
        ("mohon info jadwal kbri buka hari sabtu", "lainnya"),
        ("nama di paspor sy salah ketik, ngurusnya gmn", "lainnya"),
        ("sponsor ask me 5000 ringgit for permit renew", "biaya_berlebih"),
        ("why must i pay training fee twice", "biaya_berlebih"),
    ],
)
def test_what_blind_batch_d_taught(text: str, primary: str) -> None:
    """Read as no problem at all before (ADR 0019, addendum of 7 December, category7): a question
    with nothing else in it, a fee asked for a permit, a fee paid twice."""
    assert understand(text, date(2026, 12, 7)).categories[:1] == (primary,), text


@pytest.mark.parametrize(
    ("text", "unlike"),
    [
        ("they promise factory job but i work in farm, no salary and boss keep my passport", True),
        ("my agency tell me job in cleaning service but they send me to chicken factory", True),
        ("they say job in electronic factory. but i work in laundry, 12 hour", True),
        ("dijanjiin kerja di pabrik tp kerja di rumah majikan", True),
        ("they say salary good but i work 16 hours no rest", False),
        ("they promise job but no salary 3 month", False),
        ("agent told me job is easy but salary never paid", False),
    ],
)
def test_a_job_said_in_workers_english_and_what_she_does_after_but(text: str, unlike: bool) -> None:
    """ "they say job in ...", "tell me job in ...", "promise factory job", then "but i work in ..."
    or "but they send me to ...": a job unlike the promise, also with no comma between (ADR 0019,
    7 December, category7); what was said of the wages is not a job promised."""
    assert (promised_otherwise(read_text(text).words) is not None) == unlike, text
