# Mali Sites — developer commands. `make setup` then `make test` on a fresh
# Debian 12/13 machine (root) do everything; .ci/run runs exactly those two.

PLUGIN      := mali_sites
SYS_PYTHON  := /usr/bin/python3
VENV        := .venv
PY          := $(VENV)/bin/python
export QT_QPA_PLATFORM := offscreen

# QGIS and the whole geo stack come from Debian: pip wheels of shapely,
# rasterio, fiona or pyproj bind to QGIS's own GDAL/GEOS inside QGIS and give
# silently wrong results (shared/ENGINEERING.md section 1).
DEB_PACKAGES := qgis python3-qgis qgis-providers qttools5-dev-tools \
	python3-gdal python3-rasterio python3-geopandas python3-shapely python3-pyproj \
	python3-numpy python3-scipy python3-fiona python3-openpyxl grass-core \
	python3-pytest python3-pyflakes python3-venv python3-pip python3-setuptools pyqt5-dev-tools fonts-dejavu-core xvfb xauth poppler-utils git zip unzip
PIP_TOOLS := pytest-qgis==2.1.0 pytest-xdist==3.8.0

.PHONY: setup test test-qgis340 bench package deploy demo clean translations update-ts

setup: $(VENV)/.ready

$(VENV)/.ready: Makefile
	@missing=$$(dpkg-query -W -f='$${Package} $${Status}\n' $(DEB_PACKAGES) 2>/dev/null \
	    | awk '$$4 != "installed" {print $$1}'; \
	  for p in $(DEB_PACKAGES); do dpkg-query -W $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	$(SYS_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check $(PIP_TOOLS)
	@touch $@

# Two workers (CI has 2 cores), each test file on one worker so its session fixtures are built once.
test: setup translations
	$(PY) -m pytest -n 2 --dist loadfile

# French interface: resources/i18n/mali_sites_fr.ts is the committed source
# (translations edited there); the .qm QGIS loads is built from it.
TS := resources/i18n/mali_sites_fr.ts
QM := $(TS:.ts=.qm)
translations: $(QM)
$(QM): $(TS)
	lrelease -silent $(TS) -qm $(QM)

# Refresh the .ts after changing user-visible strings (translations are kept).
# The core's error messages come in through tools/core_messages.py.
update-ts:
	python3 tools/core_messages.py build/core_messages.py
	pylupdate5 -noobsolete $$(find processing_algorithms -name "*.py" | sort) build/core_messages.py -ts $(TS)

# Speed and memory against QGIS's own algorithms, measured in the same run.
bench: setup
	@for script in tests/benchmarks/bench_*.py; do $(PY) $$script || exit 1; done

# Every algorithm on the sample data through qgis_process, into demo-output/;
# then the README's pictures (resources/docs/) drawn again from those outputs.
demo: setup translations
	$(PY) tests/demo.py

# The plugin zip from committed files only (tests and dev files are
# export-ignore in .gitattributes), as the QGIS plugin manager installs it.
package: translations
	@mkdir -p dist build/package/$(PLUGIN)/resources/i18n
	git archive --format=zip --prefix=$(PLUGIN)/ -o dist/$(PLUGIN).zip HEAD
	cp $(QM) build/package/$(PLUGIN)/resources/i18n/
	cd build/package && zip -q -r ../../dist/$(PLUGIN).zip $(PLUGIN)/resources/i18n
	$(SYS_PYTHON) tools/check_plugin_zip.py dist/$(PLUGIN).zip $(if $(RELEASE),--release)
	@echo "dist/$(PLUGIN).zip: install it with Plugins > Manage and Install Plugins > Install from ZIP"

# The whole suite against QGIS 3.40 (Debian 13) from a Debian 12 machine: a
# Debian 13 system in build/trixie (debootstrap, once), this commit cloned
# into it, then its own make setup and make test. Needs root.
TRIXIE := build/trixie
test-qgis340:
	@command -v debootstrap >/dev/null || (apt-get update -qq && apt-get install -y -qq debootstrap)
	@[ -x $(TRIXIE)/usr/bin/apt-get ] || debootstrap --variant=minbase trixie $(TRIXIE) http://deb.debian.org/debian
	cp /etc/resolv.conf $(TRIXIE)/etc/resolv.conf
	for f in /etc/pip.conf /etc/ssl/certs/ca-certificates.crt; do [ ! -f $$f ] || { mkdir -p $(TRIXIE)$$(dirname $$f) && cp $$f $(TRIXIE)$$f; }; done
	# the host's own CAs (a proxy's): Debian's ca-certificates rebuilds the bundle from them
	[ ! -d /usr/local/share/ca-certificates ] || { mkdir -p $(TRIXIE)/usr/local/share/ca-certificates && \
	  cp -r /usr/local/share/ca-certificates/. $(TRIXIE)/usr/local/share/ca-certificates/; }
	for d in proc dev sys; do mountpoint -q $(TRIXIE)/$$d || mount --bind /$$d $(TRIXIE)/$$d; done
	chroot $(TRIXIE) sh -c "command -v make git >/dev/null || (apt-get update -qq && apt-get install -y -qq make git ca-certificates)"
	chroot $(TRIXIE) sh -c "! command -v update-ca-certificates >/dev/null || update-ca-certificates >/dev/null"
	rm -rf $(TRIXIE)/root/mali_sites && git clone -q $(CURDIR) $(TRIXIE)/root/mali_sites
	chroot $(TRIXIE) sh -c "cd /root/mali_sites && make setup && make test"; status=$$?; \
	  for d in sys dev proc; do umount $(TRIXIE)/$$d; done; exit $$status

# Link this working tree into a QGIS profile for development.
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
deploy:
	mkdir -p $(QGIS_PROFILE)/python/plugins
	ln -sfn $(CURDIR) $(QGIS_PROFILE)/python/plugins/$(PLUGIN)
	@echo "linked into $(QGIS_PROFILE)/python/plugins/$(PLUGIN); enable Mali Sites in the Plugin Manager"

clean:
	rm -rf dist demo-output
