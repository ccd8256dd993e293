"""The shipped templates' titles and descriptions, marked so lupdate extracts them. Qt-free.

``resources/templates/index.json`` holds them in English (what ``TemplateInfo`` carries); the
welcome page and *New from template* show them through ``journey_builder.i18n.template_text``,
which looks them up in the context ``"Templates"``. Change a text in both places (a test
checks that every title and description of the index is listed here). What is inside a
template file (its name, step labels) is not translated: once created it is the user's journey.
"""

from __future__ import annotations

from journey_builder.model.texts import QT_TRANSLATE_NOOP

__all__ = ["TEMPLATES_CONTEXT", "TEMPLATE_TEXTS"]

#: The translation context of the templates' titles and descriptions.
TEMPLATES_CONTEXT = "Templates"

#: Every title and description of ``templates/index.json``, in the index's order.
TEMPLATE_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Templates", "Welcome series"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "Greet new contacts with a welcome discount, tell your story two days later and remind "
        "them before the offer ends. Contacts who order along the way are tagged as customers "
        "and leave early.",
    ),
    QT_TRANSLATE_NOOP("Templates", "Abandoned cart"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "When a cart is abandoned, wait an hour for the order, then send an email reminder. "
        "Still no order after a day? SMS subscribers get a nudge, everyone else a 10% discount "
        "email.",
    ),
    QT_TRANSLATE_NOOP("Templates", "Post-purchase follow-up"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "Thank customers when their order arrives and ask how happy they are: low ratings go "
        "straight to customer care. A week later, first-time buyers are asked for a review (an "
        "A/B test of email against SMS) and repeat customers get early access to the next "
        "launch.",
    ),
    QT_TRANSLATE_NOOP("Templates", "Re-engagement"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "Win back contacts tagged as inactive for 90 days with a 20% offer and a last call. "
        "Those who order are untagged; those who do not are marked dormant and moved to a "
        "sunset list.",
    ),
    QT_TRANSLATE_NOOP("Templates", "Conversation follow-up"),
    QT_TRANSLATE_NOOP(
        "Templates",
        "An hour after a conversation closes, ask for a 1 to 5 rating. Happy contacts are "
        "invited to leave a review; low scores go back to the customer care team with the "
        "conversation reopened.",
    ),
)
