# Two commands for a new user: `make run` and `make test`. See README.md.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export FLASK_APP := wsgi.py

.PHONY: run test install migrate seed lint clean translations mutation

$(STAMP): requirements.txt requirements-dev.txt
	@$(PY) -c 'import sys; sys.exit("Python 3.11+ is needed, found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

## Serve the API on http://127.0.0.1:5000 (SQLite under instance/) with the scheduler beside it.
run: $(STAMP)
	$(BIN)/flask db upgrade
	$(BIN)/flask seed demo --if-new
	scripts/serve

## The whole suite on SQLite, then again on PostgreSQL when TEST_DATABASE_URL is set.
test: $(STAMP)
	env -u TEST_DATABASE_URL $(BIN)/python -m pytest $(PYTEST_ARGS)
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "== again on PostgreSQL: $$TEST_DATABASE_URL"; \
		$(BIN)/python -m pytest $(PYTEST_ARGS); \
	fi

## Mutation testing of the modules that guard points, hours and order status, each against its own tests, on
## SQLite (slow: not part of `make test` or CI). MODULES="ledger shop" runs some of them. Scores: TESTING.md.
mutation: $(STAMP)
	$(BIN)/python scripts/mutation.py $(MODULES)

migrate: $(STAMP)
	$(BIN)/flask db upgrade

clean:
	rm -rf $(VENV) instance/*.db instance/*.db-* .pytest_cache

## The message catalog (app/translations): extract the msgids from app/, merge them into each language's .po, and
## compile the .mo that Flask-Babel reads (both committed, so a clean clone needs no step; tests/test_i18n.py
## fails when they fall behind the code).
translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k msg -k N_ --no-location --sort-output --width=120 \
		--project=volunteer-platform --copyright-holder="" -o app/translations/messages.pot app
	$(BIN)/pybabel update -i app/translations/messages.pot -d app/translations --no-fuzzy-matching --ignore-obsolete \
		--width=120
	$(BIN)/pybabel compile -d app/translations --statistics
