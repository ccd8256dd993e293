# The two commands a user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

# System packages the headless tests need (Qt's offscreen platform, a Secret Service for the
# keyring integration test). Installed with apt-get when missing and when we may.
SYSTEM_PACKAGES := libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
                   fonts-dejavu-core dbus dbus-x11 gnome-keyring
# What Qt needs to open windows on an X11/Wayland desktop (`make run`) and what the bundle
# carries along (`make package`).
DESKTOP_PACKAGES := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
                    libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 \
                    libx11-xcb1

.PHONY: run test lint typecheck importlint pytest system-deps desktop-deps venv clean bench sandbox \
        package package-test translations qm

# Translations (docs/translations.md). `make translations` updates the .ts sources from the code
# (pyside6-lupdate); `make qm` compiles them into the .qm files the app loads (pyside6-lrelease).
# The .qm files are committed, so a checkout, the wheel and the bundle carry them as they are.
TS_DIR        := resources/translations
LANGS         := de es
PY_SOURCES     = $(shell find src/journey_builder -name '*.py' | LC_ALL=C sort)
QM_FILES      := $(foreach l,$(LANGS) en,$(TS_DIR)/journey_builder_$(l).qm)
LUPDATE_FLAGS := -silent -locations none -sort-messages -no-obsolete

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

system-deps:
	@bash packaging/ensure-system-packages.sh $(SYSTEM_PACKAGES)

desktop-deps:
	@bash packaging/ensure-system-packages.sh $(SYSTEM_PACKAGES) $(DESKTOP_PACKAGES)

run: desktop-deps $(STAMP) qm
	$(VENV)/bin/journey-builder

sandbox: $(STAMP)
	$(VENV)/bin/journey-builder sandbox

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks docs packaging
	$(VENV)/bin/ruff format --check src tests benchmarks docs packaging

typecheck: $(STAMP)
	$(VENV)/bin/mypy

importlint: $(STAMP)
	$(VENV)/bin/lint-imports

pytest: $(STAMP) system-deps qm
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test: system-deps $(STAMP)
	$(MAKE) --no-print-directory lint typecheck importlint pytest

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# A one-folder desktop bundle in dist/journey-builder/ (packaging/README.md), and its smoke test.
package: desktop-deps $(STAMP) qm
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/journey-builder.spec

package-test: package
	$(PY) packaging/package_test.py dist/journey-builder

# German and Spanish in full; English only for its plural forms ("1 step", "2 steps").
translations: $(STAMP)
	@echo "pyside6-lupdate: $(words $(PY_SOURCES)) sources -> $(TS_DIR)/journey_builder_*.ts"
	@for l in $(LANGS); do \
	  $(VENV)/bin/pyside6-lupdate $(LUPDATE_FLAGS) $(PY_SOURCES) -target-language $$l \
	    -ts $(TS_DIR)/journey_builder_$$l.ts || exit 1; \
	done
	@$(VENV)/bin/pyside6-lupdate $(LUPDATE_FLAGS) -pluralonly $(PY_SOURCES) -target-language en \
	  -ts $(TS_DIR)/journey_builder_en.ts

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM_FILES)

# The wheel, installed into a fresh venv under build/wheel-test, then run from there: --version,
# validate and render a template from the installed package's own resources (packaging/wheel_test.py).
.PHONY: wheel-test
wheel-test: system-deps $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) packaging/wheel_test.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
