# The two commands a user needs: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

# System packages the headless tests need (Qt's offscreen platform, a Secret Service for the
# keyring integration test). Installed with apt-get when missing and when we may.
SYSTEM_PACKAGES := libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 \
                   fonts-dejavu-core dbus dbus-x11 gnome-keyring

.PHONY: run test lint typecheck importlint pytest system-deps venv clean bench sandbox \
        package package-test

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

venv: $(STAMP)

system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  elif command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing system packages with sudo:$$missing"; \
	    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Please install:$$missing (names are Debian's)"; \
	  fi; \
	fi

run: $(STAMP)
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

pytest: $(STAMP) system-deps
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

test: system-deps $(STAMP)
	$(MAKE) --no-print-directory lint typecheck importlint pytest

bench: $(STAMP)
	for b in benchmarks/bench_*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen $(PY) $$b || exit 1; done

# A one-folder desktop bundle in dist/journey-builder/ (packaging/README.md), and its smoke test.
package: $(STAMP)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev,package]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/journey-builder.spec

package-test: package
	$(PY) packaging/package_test.py dist/journey-builder

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
