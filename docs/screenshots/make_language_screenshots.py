"""Regenerate the screenshots of the window in German and Spanish.

    .venv/bin/python docs/screenshots/make_language_screenshots.py

The journey of make_screenshots.py, with its mistakes and with step names a German or Spanish
marketer would give, in the real main window in that language (offscreen unless a display is
set; settings in a temporary file): a condition selected, the problems listed. Saves
``window-de.png`` and ``window-es.png``.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SIZE = (1600, 1000)
ZOOM = 0.8

#: What the user typed, as a German or a Spanish marketer would have written it.
_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "Trial to paid (draft)": "Testphase zu Kunde (Entwurf)",
        "Welcome email": "Willkommens-E-Mail",
        "Activated?": "Aktiviert?",
        "Mark activated": "Als aktiv markieren",
        "Tips & tricks": "Tipps & Tricks",
        "Upgraded?": "Upgrade gemacht?",
        "Thank-you note": "Dankeschön",
        "Converted to paid": "Zum Kunden geworden",
        "Offer test": "Angebotstest",
        "Discount": "Rabatt",
        "Case study": "Fallstudie",
        "Discount SMS": "Rabatt-SMS",
        "Notify CRM": "CRM benachrichtigen",
        "Sales team": "Vertrieb",
        "With sales": "Beim Vertrieb",
        "Any agent": "Beliebiger Agent",
        "Need a hand?": "Brauchen Sie Hilfe?",
        "What's in the way?": "Was hält Sie auf?",
        "Support": "Support",
        "Handed to support": "An Support übergeben",
        "Logged in since?": "Seitdem angemeldet?",
        "Check again": "Erneut prüfen",
        "Lapsed": "Abgelaufen",
        "Trial lapsed": "Testphase abgelaufen",
        "Old reminder": "Alte Erinnerung",
    },
    "es": {
        "Trial to paid (draft)": "De prueba a cliente (borrador)",
        "Welcome email": "Correo de bienvenida",
        "Activated?": "¿Activado?",
        "Mark activated": "Marcar como activo",
        "Tips & tricks": "Trucos y consejos",
        "Upgraded?": "¿Mejoró el plan?",
        "Thank-you note": "Nota de agradecimiento",
        "Converted to paid": "Pasó a cliente",
        "Offer test": "Prueba de oferta",
        "Discount": "Descuento",
        "Case study": "Caso de éxito",
        "Discount SMS": "SMS de descuento",
        "Notify CRM": "Avisar al CRM",
        "Sales team": "Equipo de ventas",
        "With sales": "Con ventas",
        "Any agent": "Cualquier agente",
        "Need a hand?": "¿Te echamos una mano?",
        "What's in the way?": "¿Qué te frena?",
        "Support": "Soporte",
        "Handed to support": "Pasado a soporte",
        "Logged in since?": "¿Ha entrado desde entonces?",
        "Check again": "Volver a comprobar",
        "Lapsed": "Caducado",
        "Trial lapsed": "Prueba caducada",
        "Old reminder": "Recordatorio antiguo",
    },
}


#: The file the journey was saved to (the status bar names it).
_FILES = {"de": "testphase-zu-kunde", "es": "de-prueba-a-cliente"}


def _shots_module() -> Any:
    spec = importlib.util.spec_from_file_location("make_screenshots", HERE / "make_screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _localised(body: dict[str, Any], words: dict[str, str]) -> dict[str, Any]:
    """The journey with its name, labels, branch names and exit reasons in ``words``."""
    body["name"] = words.get(body["name"], body["name"])
    for node in body["definition"]["nodes"]:
        data = node["data"]
        for key in ("label", "reason"):
            if isinstance(data.get(key), str):
                data[key] = words.get(data[key], data[key])
        for branch in data.get("branches", []):
            branch["label"] = words.get(branch["label"], branch["label"])
    return body


def _settle(app: Any, rounds: int = 30) -> None:
    for _ in range(rounds):
        app.processEvents()


def main() -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.pop("JOURNEY_BUILDER_THEME", None)
    from PySide6.QtCore import Qt

    from journey_builder.app import create_app
    from journey_builder.document import EditableJourney
    from journey_builder.i18n import Translators
    from journey_builder.model import JourneyDocument
    from journey_builder.ui.common.settings import open_settings
    from journey_builder.ui.common.theme import ThemeChoice, ThemeManager
    from journey_builder.ui.shell.main_window import MainWindow

    shots = _shots_module()
    app = create_app()
    translators = Translators()
    for language, words in _WORDS.items():
        translators.install(language)
        with tempfile.TemporaryDirectory(prefix="jb-shots-") as tmp:
            settings = open_settings(Path(tmp) / "settings.ini")
            theme = ThemeManager(app, settings)
            theme.set_choice(ThemeChoice.LIGHT)
            window = MainWindow(settings=settings, theme=theme)
            window.resize(*SIZE)
            body = _localised(shots.broken_journey(), words)
            doc = EditableJourney(JourneyDocument.model_validate(body))
            tab = window.add_tab(doc)
            tab.view.auto_layout()
            doc.undo_stack.clear()
            doc.path = str(Path(tmp) / f"{_FILES[language]}.journey.json")
            window.refresh_tab(tab)
            window.resizeDocks([window.problems_dock], [200], Qt.Orientation.Vertical)
            window.show()
            _settle(app)
            tab.view.set_zoom(ZOOM)
            tab.view.select_keys(doc.keys_for_node_id("activated"))
            tab.view.center_on_key(doc.keys_for_node_id("wait_3d")[0])
            window.problems.check_now()
            _settle(app)
            window.grab().save(str(HERE / f"window-{language}.png"))
            print(f"wrote window-{language}.png")
            doc.undo_stack.setClean()
            window.close()
            _settle(app)
    translators.remove()
    return 0


if __name__ == "__main__":
    sys.exit(main())
