"""Korean PII recognizers, one per file, registered here and nowhere else."""

from __future__ import annotations

from gongmun import schemas

from ..base import KoreanRecognizer
from .credit_card import KoCreditCardRecognizer
from .date_of_birth import KoDateOfBirthRecognizer
from .email import KoEmailRecognizer
from .ip_address import KoIpRecognizer
from .kr_address import KoAddressRecognizer
from .kr_bank_account import KoBankAccountRecognizer
from .kr_brn import KoBrnRecognizer
from .kr_crn import KoCrnRecognizer
from .kr_driver_license import KoDriverLicenseRecognizer
from .kr_frn import KoFrnRecognizer
from .kr_health_insurance import KoHealthInsuranceRecognizer
from .kr_passport import KoPassportRecognizer
from .kr_rrn import KoRrnRecognizer
from .kr_vehicle_plate import KoVehiclePlateRecognizer
from .person import KoPersonRecognizer
from .phone import KoPhoneRecognizer

RECOGNIZERS: tuple[type[KoreanRecognizer], ...] = (
    KoRrnRecognizer,
    KoFrnRecognizer,
    KoCrnRecognizer,
    KoPassportRecognizer,
    KoDriverLicenseRecognizer,
    KoBrnRecognizer,
    KoBankAccountRecognizer,
    KoHealthInsuranceRecognizer,
    KoVehiclePlateRecognizer,
    KoAddressRecognizer,
    KoPhoneRecognizer,
    KoEmailRecognizer,
    KoCreditCardRecognizer,
    KoIpRecognizer,
    KoPersonRecognizer,
    KoDateOfBirthRecognizer,
)

ENTITY_TYPES: tuple[str, ...] = tuple(r.ENTITY for r in RECOGNIZERS)
# The contract (schemas) lists the types policies may name; every one has exactly one recognizer here.
assert ENTITY_TYPES == schemas.ENTITY_TYPES, "recognizers and schemas.ENTITY_TYPES disagree"


def build_recognizers() -> list[KoreanRecognizer]:
    return [cls() for cls in RECOGNIZERS]
