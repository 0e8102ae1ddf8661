# Sổ tay số: `make run` to try it, `make test` to check it.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test lint format messages serve bench load install install-dev clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Stamp files make the install step a no-op until a requirements file changes.
$(VENV)/.runtime-installed: requirements.txt constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $@ $(VENV)/.runtime-installed

# axe-core for the accessibility checks in the browser tests (npm, when the machine has it).
node_modules/.installed: package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --silent && touch $@; \
	else echo "npm not found: the accessibility browser tests will be skipped"; fi

install: $(VENV)/.runtime-installed
install-dev: $(VENV)/.dev-installed node_modules/.installed

run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	@echo ""
	@echo "Sổ tay số đang chạy tại http://$(HOST):$(PORT)/ (quản trị: http://$(HOST):$(PORT)/admin/)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

# One pytest worker per core (TEST_WORKERS=0 runs in one process). Tests go out one at a time in the collected order,
# which pytest-django keeps with the tests that empty the database (transactional, browser) last on every worker:
# grouping them by module (--dist loadscope) ran tests after a flush that need the rows migrations wrote.
TEST_WORKERS ?= auto
test: install-dev
	$(BIN)/pytest --numprocesses $(TEST_WORKERS) --dist load $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	PYTHONPATH=site:. $(BIN)/lint-imports

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The Vietnamese catalogue (site/locale) from what the code and templates mark for translation, compiled.
messages: install-dev
	$(MANAGE) makemessages --locale=vi --no-obsolete --no-location \
		--ignore=.venv --ignore=node_modules --ignore=tests --ignore=bench --ignore=media --ignore=migrations
	msgfmt --check-format -o site/locale/vi/LC_MESSAGES/django.mo site/locale/vi/LC_MESSAGES/django.po
	msgfmt --check-format -o site/locale/vi/LC_MESSAGES/djangojs.mo site/locale/vi/LC_MESSAGES/djangojs.po

# Production settings over plain HTTP on loopback only; a random secret key is kept in .secret_key.
serve: install
	@test -s .secret_key || $(BIN)/python -c "import secrets; print(secrets.token_urlsafe(64))" > .secret_key
	SECRET_KEY="$$(cat .secret_key)" ALLOWED_HOSTS=127.0.0.1,localhost SERVE_OVER_HTTP=1 \
		DJANGO_SETTINGS_MODULE=config.settings.production sh -c '\
		$(MANAGE) migrate --no-input && \
		$(MANAGE) collectstatic --no-input --verbosity 0 && \
		$(BIN)/gunicorn --chdir site config.wsgi --bind $(HOST):$(PORT) --workers 2 --access-logfile -'

# The benchmark: SCALE=1.0 for the whole country; DATABASE_URL for PostgreSQL, REDIS_URL for a shared cache.
SCALE ?= 0.1
bench: install
	@command -v wrk >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	$(BIN)/python bench/run.py --scale $(SCALE)

# The load test: deadline day with a database restart mid-run, on a private PostgreSQL cluster (port 5433).
.venv-load/.installed: requirements-load.txt
	$(PYTHON) -m venv .venv-load
	.venv-load/bin/pip install --quiet -r requirements-load.txt
	touch $@

load: install .venv-load/.installed
	$(BIN)/python bench/load/run.py

clean:
	rm -rf $(VENV) .venv-load staticfiles .pytest_cache .ruff_cache node_modules
