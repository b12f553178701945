"""What the understanding step proposes from one message: the contract between the readers of
text (``flows/understand/``), the engine that asks only what is still missing, the evaluation
(``bench/understanding.py``) and the mediators' view of where a value came from.

Values are the dialog's own codes (categories as in DOMAIN's KP2MI table, countries as ISO
3166 alpha-2, currencies as ISO 4217) so a proposed value can be put into a slot as it is.
``evidence`` keeps, per slot, the words of the message that support the value: the bot says
them back ("Kami catat: ...") and the case records that the value came from the person's own
words rather than from a question.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

#: the case categories (KP2MI's published names; labels in locales/*.yaml under ``category``)
CATEGORIES = (
    "gaji_tidak_dibayar",
    "potongan_gaji",
    "phk_sepihak",
    "pekerjaan_tidak_sesuai",
    "ingin_pulang",
    "tidak_dipulangkan",
    "putus_komunikasi",
    "penahanan_dokumen",
    "tidak_berdokumen",
    "ditahan",
    "kekerasan",
    "kekerasan_seksual",
    "sakit",
    "kecelakaan",
    "melarikan_diri",
    "gagal_berangkat",
    "biaya_berlebih",
    "penipuan_kerja",
    "perdagangan_orang",
    "meninggal",
    "hamil_punya_anak",
    "deportasi",
    "jaminan_sosial",
    "lainnya",
)
#: the ILO's eleven forced-labour indicators, as the flows name them
INDICATORS = (
    "abuse_of_vulnerability",
    "deception",
    "restriction_of_movement",
    "isolation",
    "physical_sexual_violence",
    "intimidation_threats",
    "retention_of_documents",
    "withholding_of_wages",
    "debt_bondage",
    "abusive_conditions",
    "excessive_overtime",
)
Sector = Literal["domestic", "fishing", "plantation", "factory", "construction", "care"]
#: the option ids of the complaint flow's employer question
EmployerType = Literal["rumah_tangga", "perusahaan"]
Route = Literal["procedural", "non_procedural", "calo", "unknown"]
#: what the reporter is to the worker (the family flow's relation option ids)
Relation = Literal["pasangan", "orang_tua", "anak", "saudara", "organisasi", "lainnya"]
Reporter = Literal["self", "family", "organisation"]
MoneyRole = Literal["owed", "wage", "fee", "deduction"]
#: a short answer read with negation kept: "gk setuju" is "no", "gk tau" is "unknown", never "no"
AnswerKind = Literal["yes", "no", "unknown", "skip", "done"]


@dataclass(frozen=True, slots=True)
class Money:
    """An amount said in the message: ``amount`` in whole units of ``currency`` ("25 juta" is
    25000000 IDR, "NT$ 20.000" 20000 TWD). ``role`` when the words say what it is."""

    amount: int
    currency: str
    role: MoneyRole | None = None


@dataclass(frozen=True, slots=True)
class Danger:
    """A cry for help. ``kind``: someone is in danger, or the writer may harm herself.
    ``third_person``: it is said of someone else ("teman saya dipukul"): flag it and ask
    whether she is safe, rather than assume the writer is."""

    kind: Literal["danger", "self_harm"]
    third_person: bool = False
    words: str = ""


@dataclass(frozen=True, slots=True)
class Understanding:
    """Everything one message says, each value with its supporting words in ``evidence``.

    ``since``: an ISO 8601 duration for "how long ago" ("5 bln" -> "P5M", "2 minggu" -> "P2W",
    "udh 2 thn" -> "P2Y", "3 hari" -> "P3D") or an ISO date, month precision allowed, for a date
    ("sejak juni" read on 2026-12-03 -> "2026-06", "sejak 3 maret 2025" -> "2025-03-03").
    ``at_sea``: on a ship; ``country`` is then the flag state or the employer's country, as the
    words say ("kapal taiwan dkt fiji" -> country TW, at_sea, near FJ).
    """

    categories: tuple[str, ...] = ()  # primary first, then any secondary ones
    #: the next most likely problems after ``categories``, not proposed: offered first when she
    #: says the problem understood is not right (``categories.alternatives``)
    alternatives: tuple[str, ...] = ()
    country: str | None = None
    city: str | None = None
    at_sea: bool = False
    near: str | None = None
    #: she is back in Indonesia (deported, sent home): the writer calls from there
    back_home: bool = False
    sector: Sector | None = None
    employer_type: EmployerType | None = None
    agency: str | None = None
    route: Route | None = None
    since: str | None = None
    money: tuple[Money, ...] = ()
    reporter: Reporter | None = None
    relation: Relation | None = None
    sex: Literal["F", "M"] | None = None
    age: int | None = None
    wants: tuple[str, ...] = ()  # the complaint flow's ``wants`` option ids: pulang, gaji, paspor, pindah, hukum
    indicators: tuple[str, ...] = ()
    danger: Danger | None = None
    language: Literal["id", "en"] | None = None
    #: names and numbers said outright (flows/understand/contact.py): the writer's own, and the
    #: worker's when someone else writes
    own_name: str | None = None
    worker_name: str | None = None
    phone: str | None = None
    worker_phone: str | None = None
    employer_name: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)

    @property
    def category(self) -> str | None:
        return self.categories[0] if self.categories else None

    def is_empty(self) -> bool:
        """Nothing a report could use: a greeting, a "halo", a single word."""
        return not (
            self.categories
            or self.country
            or self.money
            or self.since
            or self.indicators
            or self.danger
            or self.reporter
        )
