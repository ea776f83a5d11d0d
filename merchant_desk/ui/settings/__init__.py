"""Settings pages beyond the shop profile: staff, audit log, connections and backups (issue 7)."""

from __future__ import annotations

from merchant_desk.ui.context import AppContext


def may(context: AppContext, permission: str) -> bool:
    """Whether the signed-in profile may do ``permission`` (the services refuse it anyway; this hides controls)."""
    from merchant_desk.core.permissions import allowed

    services = context.services
    if services is None:
        return False
    actor = services.actor
    if actor.id is None:
        return True
    if actor.role is None:  # an actor made from an id: ask the database what it may do now
        member = services.staff.get(actor.id)
        return allowed(member, permission)
    return allowed(actor, permission)


def shop_zone(context: AppContext) -> str:
    """The shop's time zone code (WIB/WITA/WIT): every time on these pages is shown in it, never in UTC."""
    from merchant_desk.core.errors import UserError
    from merchant_desk.core.timezones import DEFAULT_ZONE

    services = context.services
    if services is None:
        return DEFAULT_ZONE
    try:
        return services.shop.profile().timezone
    except UserError:  # not set up yet (a profile-less data folder): the default zone
        return DEFAULT_ZONE
