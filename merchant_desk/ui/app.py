"""Start-up: logging and crash dialog, a fast look at the shop, then the wizard, sign-in or the window.

The window is shown before SQLAlchemy is imported (DESIGN.md §8.9); the services open in the background
and every tab refreshes when they are ready.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from merchant_desk import APP_ID, APP_NAME, __version__
from merchant_desk.config import Paths
from merchant_desk.core.changes import Changes
from merchant_desk.core.errors import UserError
from merchant_desk.db import boot
from merchant_desk.db.schema_version import SCHEMA_HEAD
from merchant_desk.logs import setup_logging
from merchant_desk.ui.context import AppContext
from merchant_desk.ui.error_dialog import install_excepthook
from merchant_desk.ui.i18n import error_text, install_translators
from merchant_desk.ui.style import apply_style
from merchant_desk.ui.tasks import TaskRunner

log = logging.getLogger(__name__)
STARTUP_PROBE = "MERCHANT_DESK_STARTUP_PROBE"


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    from merchant_desk.ui.resources import icon

    app.setWindowIcon(icon("merchant-desk"))
    apply_style(app)
    return app


def open_services_now(context: AppContext) -> None:
    """Opens (and if needed migrates) the shop on the GUI thread: only before anything is shown."""
    from merchant_desk.services.hub import open_shop

    context.set_services(open_shop(context.paths))


def first_run(context: AppContext) -> bool:
    """The set-up wizard; True once the shop exists and its owner is signed in."""
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.ui.setup_wizard import SetupWizard

    wizard = SetupWizard(language=context.language)
    if wizard.exec() != QDialog.DialogCode.Accepted or wizard.profile is None:
        return False
    assert context.services is not None
    owner = context.services.shop.set_up(wizard.profile, wizard.pin())
    context.shop_name, context.timezone, context.language = (
        wizard.profile.name,
        wizard.profile.timezone,
        wizard.profile.language,
    )
    context.sign_in(Actor.of(owner))
    return True


def sign_in(context: AppContext) -> bool:
    """The PIN prompt when a PIN is set or several profiles exist; otherwise the owner is signed in."""
    from merchant_desk.services.audit_service import Actor
    from merchant_desk.ui.pin_dialog import PinDialog

    assert context.services is not None
    members = context.services.staff.list()
    if not context.boot.pin_required and len(members) == 1:
        context.sign_in(Actor.of(members[0]))
        return True
    dialog = PinDialog(context.services.staff, members, context.runner, context.shop_name)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.member is None:
        return False
    context.sign_in(Actor.of(dialog.member))
    return True


def start_auto_backup(context: AppContext) -> None:
    """The daily backup, in the write lane after start-up; a failure is logged, never a dialog at start."""
    services = context.services
    if services is None or not context.paths.is_sqlite_file:
        return

    def failed(error: BaseException) -> None:
        log.warning("Automatic backup failed: %s", error)

    context.run(lambda: services.backups.auto_backup_if_due(), None, failed, write=True)


def start_daily_jobs(context: AppContext) -> None:
    """The automatic backup and the points expiry now, and again every six hours while the window is open
    (shops leave the app running for days)."""
    start_auto_backup(context)
    start_points_expiry(context)
    timer = getattr(context, "_daily_timer", None)
    if timer is None:
        timer = QTimer(context)
        timer.setInterval(6 * 3600 * 1000)
        timer.timeout.connect(lambda: (start_auto_backup(context), start_points_expiry(context)))
        timer.start()
        context._daily_timer = timer  # type: ignore[attr-defined]


def start_points_expiry(context: AppContext) -> None:
    """The loyalty expiry job at start-up (and every few hours while open): idempotent, so re-running is free."""
    services = context.services
    if services is None:
        return

    def done(result: tuple[int, Changes]) -> None:
        context.publish(result[1])

    def failed(error: BaseException) -> None:
        log.warning("Expiring loyalty points failed: %s", error)

    context.run(lambda: services.loyalty.expire_due(services.actor), done, failed, write=True)


def run_gui(paths: Paths) -> int:
    """The window's whole life; returns the process exit code."""
    setup_logging(paths)
    info = boot.probe(paths.db_file) if paths.is_sqlite_file else boot.EMPTY
    app = make_application()
    from merchant_desk.ui.single_instance import SingleInstance

    instance = SingleInstance(paths.data_dir, parent=app)
    if instance.notify_running():  # a window already has this shop: it comes forward instead of a second one
        log.info("%s is already open in another window", paths.data_dir)
        return 0
    instance.listen()
    install_translators(info.language)
    install_excepthook(paths.log_file)
    runner = TaskRunner(parent=app)
    context = AppContext(paths, info, runner, parent=app)
    log.info("Starting %s %s with %s", APP_NAME, __version__, paths.data_dir)
    fast_path = paths.is_sqlite_file and info.set_up and info.schema == SCHEMA_HEAD and not info.pin_required
    try:
        if not fast_path:
            open_services_now(context)
            if not info.set_up and not context.services.shop.is_set_up():  # type: ignore[union-attr]
                if not first_run(context):
                    return 0
            elif not sign_in(context):
                return 0
    except UserError as exc:
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 2

    from merchant_desk.ui.main_window import MainWindow

    window = MainWindow(context)
    instance.activate.connect(lambda: (window.showNormal(), window.raise_(), window.activateWindow()))
    window.show()
    if not fast_path:
        start_daily_jobs(context)
    if os.environ.get(STARTUP_PROBE):
        QTimer.singleShot(0, lambda: (print("STARTUP_SHOWN", flush=True), app.quit()))
    if fast_path:
        # Only once the first frame is painted: importing SQLAlchemy in a worker holds the GIL for ~0.3 s and
        # would otherwise slow the first paint; then the tabs fill in when the services are ready.
        def opened(services: object) -> None:
            context.set_services(services)  # type: ignore[arg-type]
            sign_in(context)
            start_daily_jobs(context)

        def load() -> object:
            from merchant_desk.services.hub import open_shop

            return open_shop(paths, migrate=False)

        QTimer.singleShot(0, lambda: runner.run(load, opened))
    code = app.exec()
    runner.wait()
    if context.services is not None:
        context.services.close()
    return code
