"""Korean PII recognizers, one per file, registered here and nowhere else."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer

from ..base import KoreanRecognizer
from .credit_card import CreditCardRecognizer
from .date_of_birth import DateOfBirthRecognizer
from .email import EmailRecognizer
from .ip_address import IpRecognizer
from .kr_address import KrAddressRecognizer
from .kr_bank_account import KrBankAccountRecognizer
from .kr_brn import KrBrnRecognizer
from .kr_crn import KrCrnRecognizer
from .kr_driver_license import KrDriverLicenseRecognizer
from .kr_frn import KrFrnRecognizer
from .kr_health_insurance import KrHealthInsuranceRecognizer
from .kr_passport import KrPassportRecognizer
from .kr_rrn import KrRrnRecognizer
from .kr_vehicle_plate import KrVehiclePlateRecognizer
from .person import PersonRecognizer
from .phone import PhoneRecognizer

RECOGNIZERS: tuple[type[KoreanRecognizer], ...] = (
    KrRrnRecognizer,
    KrFrnRecognizer,
    KrCrnRecognizer,
    KrPassportRecognizer,
    KrDriverLicenseRecognizer,
    KrBrnRecognizer,
    KrBankAccountRecognizer,
    KrHealthInsuranceRecognizer,
    KrVehiclePlateRecognizer,
    KrAddressRecognizer,
    PhoneRecognizer,
    EmailRecognizer,
    CreditCardRecognizer,
    IpRecognizer,
    PersonRecognizer,
    DateOfBirthRecognizer,
)

ENTITY_TYPES: tuple[str, ...] = tuple(r.ENTITY for r in RECOGNIZERS)


def build_recognizers() -> list[EntityRecognizer]:
    return [cls() for cls in RECOGNIZERS]
