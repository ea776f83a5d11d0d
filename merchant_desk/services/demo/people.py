"""Demo customers: names, unique +62 WhatsApp numbers, consent records and labels."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from merchant_desk.services.demo.names import (
    CITIES,
    CONSENT_SOURCES,
    CUSTOMER_NOTES,
    FIRST_NAMES,
    LAST_NAMES,
    MOBILE_PREFIXES,
    OWNER_WHATSAPP,
    STREETS,
)

# Extra labels a merchant typically adds next to the defaults that set-up seeds.
EXTRA_LABELS: tuple[tuple[str, str], ...] = (("Reseller", "#2D9CDB"), ("Pelanggan setia", "#BB6BD9"))
SUBSCRIBER_SPACE = 10**8  # eight digits after the operator prefix: +62 812 xxxx xxxx
MULTIPLIER = 48_271  # coprime with 10**8, so i -> i * MULTIPLIER + offset never repeats a number


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    first: str
    phone: str
    city: str
    address: str


class People:
    """Makes customers whose numbers are unique by construction, without a set of 50,000 strings."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._offset = rng.randrange(SUBSCRIBER_SPACE)

    def person(self, cid: int) -> Person:
        rng = self._rng
        first = rng.choice(FIRST_NAMES)
        name = f"{first} {rng.choice(LAST_NAMES)}" if rng.random() < 0.75 else first
        prefix = MOBILE_PREFIXES[int(rng.random() * len(MOBILE_PREFIXES))]
        phone = f"+62{prefix}{(cid * MULTIPLIER + self._offset) % SUBSCRIBER_SPACE:08d}"
        if phone == OWNER_WHATSAPP:  # the shop's own number is never a customer
            phone = f"+62899{phone[-8:]}"
        city = CITIES[int(rng.random() * len(CITIES))]
        address = f"{rng.choice(STREETS)} No. {rng.randint(1, 150)}"
        return Person(cid, name, first, phone, city, address)

    def customer_row(self, person: Person, first_contact: datetime, last_contact: datetime) -> dict[str, object]:
        rng = self._rng
        consent = rng.random() < 0.6
        handle = person.name.lower().replace(" ", ".")
        return {
            "id": person.id,
            "name": person.name,
            "phone": person.phone,
            "instagram": f"@{handle}{person.id % 100}" if rng.random() < 0.2 else None,
            "other_handle": None,
            "notes": rng.choice(CUSTOMER_NOTES) if rng.random() < 0.1 else None,
            "consent": consent,
            "consent_at": first_contact + timedelta(minutes=rng.randint(5, 600)) if consent else None,
            "consent_source": rng.choice(CONSENT_SOURCES) if consent else None,
            "first_contact_at": first_contact,
            "last_contact_at": last_contact,
            "created_at": first_contact,
            "updated_at": last_contact,
            "deleted_at": None,
            "merged_into_id": None,
        }


def local_number(e164: str) -> str:
    """How a customer types their own number in a chat: 0812-3456-7890."""
    digits = "0" + e164[3:]
    return f"{digits[:4]}-{digits[4:8]}-{digits[8:]}"


def customer_labels(
    customer_id: int,
    first_contact: datetime,
    done_orders: int,
    now: datetime,
    labels: dict[str, int],
    rng: random.Random,
) -> list[dict[str, int]]:
    """Labels a merchant would have put on this customer by now."""
    names = []
    if now - first_contact < timedelta(days=30):
        names.append("Pelanggan baru")
    if done_orders >= 3:
        names.append("Pelanggan setia")
    if rng.random() < 0.03:
        names.append("Reseller")
    return [{"customer_id": customer_id, "label_id": labels[n]} for n in names if n in labels]
