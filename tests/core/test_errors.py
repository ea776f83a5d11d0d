"""UserError: translatable messages filled with parameters after translation."""

from __future__ import annotations

from merchant_desk.core.errors import (
    SchemaTooNew,
    StorageError,
    UserError,
    ValidationError,
    WrongPin,
    tr_noop,
)


class OutOfStock(UserError):
    message = tr_noop("Only {count} of '{name}' left.")


def test_message_is_filled_with_params() -> None:
    error = OutOfStock(count=2, name="Kopi Gayo")
    assert str(error) == "Only 2 of 'Kopi Gayo' left."
    assert error.message == "Only {count} of '{name}' left."
    assert dict(error.params) == {"count": 2, "name": "Kopi Gayo"}


def test_render_fills_a_translation() -> None:
    error = OutOfStock(count=2, name="Kopi Gayo")
    assert error.render("Sisa {count} untuk '{name}'.") == "Sisa 2 untuk 'Kopi Gayo'."


def test_render_survives_a_broken_translation() -> None:
    error = OutOfStock(count=2, name="Kopi Gayo")
    assert error.render("Sisa {jumlah}") == "Sisa {jumlah}"  # unknown field: shown as is, never a crash
    assert error.render("Sisa {0}") == "Sisa {0}"
    assert error.render("Sisa {count") == "Sisa {count"


def test_message_override_and_default() -> None:
    assert str(UserError()) == "Something went wrong."
    assert str(UserError("No shop in {folder}.", folder="/data")) == "No shop in /data."
    assert str(WrongPin()) == "Wrong PIN."
    assert "0099_future" in str(SchemaTooNew(found="0099_future"))
    assert str(StorageError(reason="disk full")).endswith("disk full")


def test_validation_error_keeps_every_problem() -> None:
    error = ValidationError({"name": "missing", "pin": "short"})
    assert error.problems == {"name": "missing", "pin": "short"}
    assert isinstance(error, UserError)
    assert str(error) == ValidationError.message
