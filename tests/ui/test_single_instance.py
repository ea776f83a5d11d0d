"""A second launch on the same data folder knocks on the first window instead of opening another."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from merchant_desk.ui.single_instance import SingleInstance, server_name


def test_second_launch_activates_the_first(qtbot: QtBot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "shop")
    assert not first.notify_running()  # nobody there yet
    assert first.listen()
    second = SingleInstance(tmp_path / "shop")
    with qtbot.waitSignal(first.activate, timeout=3000):
        assert second.notify_running()
    other_folder = SingleInstance(tmp_path / "other")
    assert not other_folder.notify_running()
    first.close()


def test_names_differ_per_folder(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert len(server_name(tmp_path / "a")) < 60
