# Parallax: `make run` opens the bundled corpus in the reader, `make test`
# runs every test. Both install what is missing (libncurses-dev, libxml2-dev,
# libsqlite3-dev, tmux) when run as root, and say what to install otherwise.

PREFIX ?= /usr/local
SWIFT ?= swift
CORPUS ?= corpus
SHARED ?= ../shared

.PHONY: all build run test bench bench-scale eval install uninstall clean deps generate check-generated generate-deps

all: build

## deps: check for ncursesw (libncurses-dev), libxml2 (libxml2-dev), SQLite (libsqlite3-dev, the index) and tmux,
## installing them with apt-get as root.
deps:
	@missing=""; \
	pkg-config --exists ncursesw 2>/dev/null || missing="$$missing libncurses-dev"; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "Parallax needs:$$missing. Install them with: sudo apt-get install$$missing" >&2; exit 1; \
		fi; \
	fi
	@command -v $(SWIFT) >/dev/null 2>&1 || { echo "Parallax needs the Swift toolchain (swift) on PATH." >&2; exit 1; }

build: deps
	$(SWIFT) build -c release --product parallax

## run: open the bundled corpus (or CORPUS=path) in the reader.
run: build
	.build/release/parallax $(CORPUS)

## test: build and run every test (model, screens, CLI, tmux end to end).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --disable-swift-testing

## bench: startup, frame and analysis throughput figures (release build).
bench: deps
	$(SWIFT) build -c release --product parallax-bench
	.build/release/parallax-bench $(CORPUS)

## bench-scale: on corpora of SIZES articles recombined from real articles (../shared/dev):
## list, analyze, events and outlets, the index cold and warm, the reader in a pseudo-terminal
## (start, key to frame, o, c, memory) and search; then list on one LONG MB line.
## SIZES=10000 for a quick run.
SIZES ?= 10000 100000
LONG ?= 20
bench-scale: build
	python3 scripts/bench_scale.py --parallax .build/release/parallax --shared $(SHARED) --sizes "$(SIZES)" --long "$(LONG)"

## eval: every scorer of ../shared/eval over the bundled corpus and ../shared/dev, as one table (needs ../shared).
eval: build
	python3 scripts/eval.py --parallax .build/release/parallax --shared $(SHARED)

## generate: run every generator in scripts/ (gen_*.py) with its pinned inputs,
## rewriting Sources/ParallaxLexicon/Generated/. Installs the inputs first.
generate: generate-deps
	$(GEN_PYTHON) scripts/gen_gazetteers.py
	$(GEN_PYTHON) scripts/gen_width_table.py

## check-generated: regenerate into a temporary folder and fail when the
## committed generated files differ. Skipped, saying so, when the inputs
## cannot be installed (no registry reachable): an outage is no drift.
check-generated:
	@if $(MAKE) --no-print-directory generate-deps; then \
		$(GEN_PYTHON) scripts/check_generated.py; \
	else \
		echo "check-generated: SKIPPED: the generators' pinned inputs could not be installed (see above)," \
		     "so the generated files were not compared with a fresh run." >&2; \
	fi

# The generators' inputs: Debian's iso-codes and wamerican (apt-get as root),
# and the PyPI packages of scripts/generate-requirements.txt at their exact
# versions in a virtual environment of their own, so that whatever else
# python3 has installed cannot change the output.
GEN_VENV ?= .build/generate-venv
GEN_PYTHON = $(GEN_VENV)/bin/python3

generate-deps: $(GEN_VENV)/installed
	@missing=""; \
	dpkg-query -W -f='$${Status}' iso-codes 2>/dev/null | grep -q "ok installed" || missing="$$missing iso-codes"; \
	dpkg-query -W -f='$${Status}' wamerican 2>/dev/null | grep -q "ok installed" || missing="$$missing wamerican"; \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing:$$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
		else \
			echo "The generators need:$$missing. Install them with: sudo apt-get install$$missing" >&2; exit 1; \
		fi; \
	fi

$(GEN_VENV)/installed: scripts/generate-requirements.txt
	@command -v python3 >/dev/null 2>&1 || { echo "The generators need python3." >&2; exit 1; }
	@if ! python3 -c "import ensurepip, venv" 2>/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
			echo "Installing: python3-venv"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null; \
		else \
			echo "The generators need python3's venv module: sudo apt-get install python3-venv" >&2; exit 1; \
		fi; \
	fi
	rm -rf $(GEN_VENV)
	python3 -m venv $(GEN_VENV)
	$(GEN_VENV)/bin/pip install --quiet --disable-pip-version-check --retries 2 -r scripts/generate-requirements.txt
	@touch $@

install: build
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 .build/release/parallax $(DESTDIR)$(PREFIX)/bin/parallax

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/parallax

clean:
	rm -rf .build
