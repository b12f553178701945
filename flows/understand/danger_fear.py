"""Frightened into staying: "kalo sy kabur dia akan cari keluarga sy", a threat to maim, to send the
police, never to see her children again, her family hunted. Rules of the danger reader
(``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, negator_before, third_before
from flows.understand.danger_words import DEVICES, EMPLOYER, FIRST, KILL, NEGATORS, VIOLENCE

_IF = frozenset({"kalo", "kalau", "klo", "kalu", "klu", "jika", "if", "seandainya", "begitu"})

#: said to her: "agen bilang kalo sy kabur ..."
_SAID = frozenset({"bilang", "blg", "cakap", "warn", "warned", "katanya", "ngomong", "bicara", "berkata", "said",
                   "says", "say", "tell", "told",
                   "ngancam", "ancam", "mengancam", "diancam", "ngancem", "kata"})  # fmt: skip

_ALLOWED = frozenset({"gpp", "gapapa", "boleh", "silakan", "silahkan", "fine", "okay", "allowed"})

#: the threat passed on right after the "if": "kalo ketauan ngadu katanya ..."
_SAID_AFTER = frozenset({"katanya", "ktnya", "kata", "katane", "jare", "cenah", "they", "she", "he",
                         # "kalo sy kabur mereka bilang bakal nyari sy", "kalo sy lapor dia bilang ..."
                         "mereka", "dia", "bilang", "blg"})  # fmt: skip

_WILL = frozenset({"akan", "bakal", "bakalan", "mau", "will", "gonna", "langsung"})

#: what is done to her if she runs, said without "will": "kalau lari polis tangkap"
_HARM = frozenset({"tangkap", "ditangkap", "polis", "polisi", "penjara", "dipenjara", "bunuh", "dibunuh", "pukul",
                   "dipukul", "cari", "dicari", "kejar", "dikejar", "jail", "kill", "police",
                   # her family made to pay for it: "kalo sy kabur keluarga sy yg nanggung"
                   "nanggung", "tanggung", "menanggung", "ditanggung"})  # fmt: skip

#: what follows that is a rule of her stay, not harm to her or hers
_STATUS = frozenset({"visa", "dideportasi", "deportasi", "dipulangkan", "dipecat", "gaji", "kontrak", "permit",
                     "deported", "fired", "ilegal", "overstay", "denda"})  # fmt: skip


def if_she_leaves(words: list[str], i: int, raw: str) -> Hit | None:
    """ "agen bilang kalo sy kabur dia akan cari keluarga sy": a threat if she runs or reports;
    not "kalo sy kabur visanya gimana?" (a question) nor a warning about her visa."""
    if not _IF.intersection(words[max(0, i - 3) : i]):
        return None
    after = words[i + 1 : i + 9]
    # "kalo ketauan ngadu katanya anak sy di kampung dicari": the one who says it may come after
    if not _SAID.intersection(words[max(0, i - 10) : i]) and not _SAID_AFTER.intersection(after[:2]):
        return None
    # "sy bakal dipenjara kalau lapor": the threat may come first (not her own "kalau sy mau lapor")
    near = words[max(0, i - 7) : max(0, i - 2)] + after
    if not (_WILL.intersection(near) or _HARM.intersection(after)) or DEVICES.intersection(after):
        return None
    if _STATUS.intersection(after) and not _HARM.intersection(after):
        return None
    if any(w in _ALLOWED and negator_before(words, k - 1) < 0 for k, w in enumerate(words)):
        return None  # "majikan bilang gpp kalau sy mau lapor": permission (not "sy gk boleh ngomong")
    return Hit("danger", max(0, i - 3), i + 1, third_before(words, i))


#: what a threat to maim names: "mau potong lidah sy" (not hair, nails or pay)
_LIMBS = frozenset({"lidah", "tangan", "jari", "telinga", "kuping", "leher", "kaki", "tongue", "hand", "hands",
                    "finger", "fingers", "ear", "ears", "neck"})  # fmt: skip

_MEANS = frozenset({"mau", "akan", "bakal", "ancam", "ngancam", "mengancam", "diancam", "will", "gonna", "threaten"})


def maiming_threat(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan bilang mau potong lidah sy kalau cerita": a threat to maim her. A finger cut by
    a machine is an accident, read as a category, not here."""
    if i + 1 >= len(words) or negated(words, i):
        return None
    limb = words[i + 1] if words[i + 1] not in ("my", "your", "her") else (words[i + 2] if i + 2 < len(words) else "")
    if limb not in _LIMBS or not _MEANS.intersection(words[max(0, i - 3) : i]):
        return None
    hers = bool((FIRST | {"my"}).intersection(words[i + 1 : i + 4]))  # "lidah sy", "cut my tongue"
    return Hit("danger", max(0, i - 1), i + 2, False if hers else third_before(words, i))


#: sending the police to her: "kirim polisi ke alamat sy", "call police to this address"
_SEND_FOR = frozenset({"kirim", "kirimin", "kirimkan", "panggil", "panggilin", "panggilkan", "call", "send",
                       "datangkan"})  # fmt: skip

_TO = frozenset({"ke", "to", "kesini", "here", "kemari"})

_HER_PLACE = frozenset({"alamat", "address", "sini", "here", "rumah", "lokasi", "location", "tempat", "kesini",
                        "kemari"})  # fmt: skip

_IF_ASKED = frozenset({"kalau", "kalo", "klo", "kl", "jika", "if", "mana", "gimana", "bagaimana", "how", "which",
                       "what", "apa"})  # fmt: skip


def police_sent_for(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tolong kirim polisi ke alamat sy skrg", "pls call police to this address i cannot speak":
    she asks for the police to come to her. Not "alamat kantor polisi" nor what to do if."""
    if not i or words[i - 1] not in _SEND_FOR or _IF_ASKED.intersection(words):
        return None  # "kalau ada apa2 kirim polisi ke alamat mana?": what to do if
    after = words[i + 1 : i + 5]
    if not (_TO.intersection(after[:2]) and _HER_PLACE.intersection(after)):
        return None
    return Hit("danger", i - 1, i + 1 + after.index(next(w for w in after if w in _HER_PLACE)) + 1, False)


#: kept from her children if she speaks: "he say if i tell anyone i will never see my kids again"
_NEVER_AGAIN = frozenset({"never", "bakal", "akan", "bisa", "boleh"})

_HER_CHILDREN = frozenset(
    {"kids", "children", "child", "son", "daughter", "anak", "anak2", "anakku", "keluarga", "family"}
)

_SPEAKS = frozenset({"tell", "say", "report", "speak", "talk", "complain", "lapor", "melapor", "ngadu", "mengadu",
                     "cerita", "bilang", "ngomong", "mulut", "buka"})  # fmt: skip


def never_see_children(words: list[str], i: int, raw: str) -> Hit | None:
    """ "if i tell anyone i will never see my kids again", "sy gk bakal ketemu anak sy lg kalau sy
    buka mulut": a threat that keeps her silent through her children."""
    before = words[max(0, i - 3) : i]
    never = "never" in before or (
        bool(_NEVER_AGAIN.intersection(before)) and any(w in NEGATORS for w in words[max(0, i - 4) : i])
    )
    if not never or not _HER_CHILDREN.intersection(words[i + 1 : i + 4]):
        return None
    speaks = any(w in _IF and _SPEAKS.intersection(words[k + 1 : k + 5]) for k, w in enumerate(words))
    return Hit("danger", max(0, i - 2), i + 1, False) if speaks else None


#: who or what makes a visit to her family a threat: thugs, a debt collector, a weapon
_ARMED = frozenset({"preman", "golok", "parang", "pisau", "senjata", "celurit", "clurit", "pistol", "weapon",
                    "weapons", "knife", "gun", "thugs", "gangster", "dc"})  # fmt: skip

#: who comes to her family's home as a threat (not her father bringing a machete for a goat)
_COMERS = EMPLOYER | frozenset({"sponsor", "calo", "org", "orang", "preman", "mereka", "they", "men", "penagih",
                                "rentenir", "dc", "tekong", "agent", "agency", "pt"})  # fmt: skip

_HER_PEOPLE = frozenset({"keluarga", "keluargaku", "family", "ortu", "ortuku", "anak", "anak2", "anakku", "parents",
                         "kampung", "rumah"})  # fmt: skip

_MINE = FIRST | frozenset({"my", "ku"})

_MENACING = frozenset({"ngancam", "ancam", "mengancam", "diancam", "ngancem", "ancem", "threaten", "threatened",
                       "threatens", "threat"})  # fmt: skip

_SEND = frozenset({"suruh", "nyuruh", "menyuruh", "send", "kirim", "ngirim"})

_PEOPLE = frozenset({"orang", "preman", "people", "men", "someone", "anak", "buahnya"})


def family_hunted(words: list[str], i: int, raw: str) -> Hit | None:
    """A threat to send people after her family at home: "ngancam ... bakal nyuruh orang nyari
    keluarga sy", "they threaten to find my family". Not her own search ("sy mau cari keluarga")."""
    after = words[i + 1 : i + 4]
    if not _HER_PEOPLE.intersection(after) or not _MINE.intersection(words[i + 1 : i + 5]) or negated(words, i):
        return None
    before = words[max(0, i - 4) : i]
    sent = bool(_SEND.intersection(before)) and bool(_PEOPLE.intersection(before))
    # said as the price of her leaving: "agen bilang kalo sy pulang, ... atau dia datengin keluarga sy"
    or_else = bool({"atau", "or"}.intersection(before)) or (
        bool(_IF.intersection(words[:i])) and bool(_WILL.intersection(before))
    )
    said = bool(_SAID.intersection(words[:i])) and or_else
    if words[i] in ("dtg", "dateng", "datang", "came", "come"):
        # "sponsor sy dtg ke rumah ortu sy bawa preman"; not a visit alone ("agen dtg ke rumah ortu
        # sy buat urus dokumen")
        comer = _COMERS.intersection(words[max(0, i - 3) : i])
        return Hit("danger", i, i + 1, False) if comer and _ARMED.intersection(words) else None
    if not (sent or said or _MENACING.intersection(words[:i])) or FIRST.intersection(words[i - 1 : i]):
        return None
    return Hit("danger", i, i + 1, False)  # a threat to her, through her family


#: what a threat said plainly names, besides a blow or a killing: the police or jail, a theft she
#: would be accused of, being sold, burnt, shot, dumped or taken
_HARM_SAID = frozenset({"polisi", "police", "polis", "penjara", "dipenjara", "dipenjarakan", "jail", "nyuri", "curi",
                        "mencuri", "maling", "steal", "stole", "thief", "imigrasi", "imigresen", "immigration",
                        "tembak", "ditembak", "shoot", "bakar", "dibakar", "burn", "culik", "diculik", "buang",
                        "dibuang", "jual", "dijual", "sell"})  # fmt: skip

#: who the threat is said to, as the threat names her ("kamu" in the words passed on)
_HER_IN_IT = (FIRST - {"kita", "we", "our"}) | frozenset(
    {"kamu", "km", "lu", "lo", "loe", "you", "kau", "awak", "sampeyan"}
)


def threat_said(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan bilang mau laporin sy nyuri kalo sy minta pulang", "dia bilang bakal nyari sy
    sampe dapet dan bunuh": a threat passed on without the word "ancam", a harm she will suffer.
    Not a harm to nobody of hers ("bilang mau buang sampah"), nor "pukul 3" (a time)."""
    if not _WILL.intersection(words[i + 1 : i + 3]) or negated(words, i) or hypothetical(words, i):
        return None
    span: list[str] = []
    for word in words[i + 1 : i + 11]:
        if word == ",":
            break
        span.append(word)
    if not _HER_IN_IT.intersection(span):
        return None
    for k, word in enumerate(span):
        harm = word in KILL or word in _HARM_SAID or (word in VIOLENCE and not word.startswith("pukul"))
        if not harm or span[k + 1 : k + 2] in (["diri"], ["dri"]):
            continue
        # done to her: "laporin sy", "bunuh kamu"; or she named first and the harm last or passive
        # ("nyari sy sampe dapet dan bunuh", "sy bakal dipenjara"), not "jual sawah buat biaya sy"
        done_to_her = bool(_HER_IN_IT.intersection(span[k + 1 : k + 3])) or (
            bool(_HER_IN_IT.intersection(span[:k])) and (k + 1 == len(span) or word.startswith("di"))
        )
        if done_to_her:
            return Hit("danger", i, i + k + 2, False)
    return None
