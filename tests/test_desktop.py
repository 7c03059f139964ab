"""The QGIS desktop on a virtual screen (xvfb), with a fresh profile in
English and one in French: the plugin loads, and every algorithm's dialog
shows its help with the profile's figures in the interface's language and
number format, runs on the sample data with temporary outputs without an
error in its log, and loads its outputs styled with legends in the
interface's language (without a refresh of the layer tree).

One desktop start per language runs every algorithm (tests/desktop_session.py);
a case that outlasts CASE_TIMEOUT leaves a screenshot and the windows on the
screen (a modal dialog and its text) in its record."""
import html
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree

import pytest

from conftest import REPO, make_french, make_profile_dir
from sample_runs import sample_runs

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None or shutil.which("qgis") is None,
                                reason="make setup installs qgis and xvfb")

LANGUAGES = ("en", "fr")
ALGORITHMS = sorted(sample_runs())
PRINTED_ONLY = ("malisites:printsitemap", "malisites:printoverview")  # they write a PDF and load no layer
CASE_TIMEOUT = 90  # seconds; the longest sample run takes about 15 s on a shared 2-core machine
SCREEN = (1600, 1000)
STANDARDS = REPO / "resources" / "standards"
TRANSLATIONS = REPO / "resources" / "i18n" / "mali_sites_fr.ts"


# -- the desktop sessions -------------------------------------------------------------------------

def xwd_to_png(xwd, png):
    """The virtual screen's frame buffer (Xvfb -fbdir writes it as an XWD
    file: a 100-byte header, a colour map, 32-bit pixels) as a PNG."""
    import struct
    from qgis.PyQt.QtGui import QImage
    data = xwd.read_bytes()
    header = struct.unpack(">25I", data[:100])
    header_size, width, height, bytes_per_line, colours = header[0], header[4], header[5], header[12], header[19]
    start = header_size + 12 * colours
    image = QImage(data[start:start + bytes_per_line * height], width, height, bytes_per_line, QImage.Format_RGB32)
    image.save(str(png))
    return png


def run_desktop(language, root):
    """Start the desktop once, run every sample in its dialogs; the records
    (tests/desktop_session.py) by algorithm id, plus "session"."""
    profile = make_profile_dir(root / "config")
    if language == "fr":
        make_french(profile)
    screenshots, frame_buffer = root / "screenshots", root / "framebuffer"
    screenshots.mkdir()
    frame_buffer.mkdir()
    results = root / "results.jsonl"
    config = root / "config.json"
    config.write_text(json.dumps({"cases": {algorithm: sample_runs()[algorithm] for algorithm in ALGORITHMS},
                                  "results": str(results), "screenshots": str(screenshots),
                                  "case_timeout": CASE_TIMEOUT}), encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "QGIS_CUSTOM_CONFIG_PATH")}
    environment["MALI_SITES_DESKTOP_CONFIG"] = str(config)
    command = ["xvfb-run", "-a", "-s", "-screen 0 %dx%dx24 -fbdir %s" % (SCREEN + (frame_buffer,)),
               "qgis", "--noversioncheck", "--nologo", "--profiles-path", str(profile),
               "--code", str(REPO / "tests" / "desktop_session.py")]
    run = subprocess.Popen(command, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        output, _ = run.communicate(timeout=60 + 4 * CASE_TIMEOUT * len(ALGORITHMS))
    except subprocess.TimeoutExpired:  # the desktop itself is stuck: what was on the screen
        picture = xwd_to_png(frame_buffer / "Xvfb_screen0", root / "stuck.png")
        run.kill()
        output, _ = run.communicate()
        pytest.fail("the desktop stopped answering; its screen: %s; records so far:\n%s\n%s"
                    % (picture, results.read_text() if results.exists() else "", output[-3000:]))
    records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines()] \
        if results.exists() else []
    assert records and records[-1].get("done"), "the desktop did not run every case:\n%s" % output[-3000:]
    found = {record["algorithm"]: record for record in records if "algorithm" in record}
    found["session"] = records[0]
    return found


@pytest.fixture(scope="module")
def desktop(tmp_path_factory):
    """desktop(language) -> records of that language's session, run once."""
    sessions = {}

    def session(language):
        if language not in sessions:
            sessions[language] = run_desktop(language, tmp_path_factory.mktemp("desktop_" + language))
        return sessions[language]
    return session


def case(desktop, language, algorithm):
    record = desktop(language)[algorithm]
    assert "error" not in record, record["error"]
    return record


# -- what the user should see, computed from the data files ---------------------------------------

def number_text(value, language):
    """A figure as a reader of ``language`` writes it: 3.5 / 2,117 in
    English, 3,5 / 2 117 in French (any kind of space between thousands)."""
    decimals = len(("%.6f" % value).rstrip("0").partition(".")[2])
    text = "{:,.{}f}".format(value, decimals)
    return text.replace(",", " ").replace(".", ",") if language == "fr" else text


def figure(profile, key):
    with open(STANDARDS / ("%s.json" % profile), encoding="utf-8") as stream:
        return json.load(stream)["figures"][key]


def cited(profile, key, language):
    """'<= 250' : the comparison and value of a profile figure, as the help cites it."""
    found = figure(profile, key)
    return "%s %s" % (found["comparison"], number_text(found["value"], language))


def help_figures(algorithm, language):
    """The figures the help of ``algorithm`` cites from the data files."""
    if algorithm == "malisites:washcoverage":
        return [cited("sphere_2018", key, language) for key in
                ("max_distance_to_water_m", "people_per_tap", "people_per_toilet_emergency")] + [
            cited("unhcr", "max_distance_to_water_m", language)]
    if algorithm == "malisites:sitelayout":
        return [cited("sphere_2018", key, language)
                for key in ("site_area_m2_per_person", "covered_area_m2_per_person", "people_per_tap")]
    if algorithm == "malisites:printsitemap":
        return [cited("sphere_2018", key, language) for key in ("site_area_m2_per_person", "max_distance_to_water_m")]
    if algorithm == "malisites:printoverview":
        return [cited("sphere_2018", key, language) for key in ("max_distance_to_water_m", "max_distance_to_toilet_m")]
    if algorithm == "malisites:floodexposure":
        return [cited("sphere_2018", key, language) for key in ("flood_wet_depth_m", "flood_passable_depth_m")]
    if algorithm == "malisites:floodprone":
        with open(STANDARDS / "hand_classes.json", encoding="utf-8") as stream:
            bounds = [c["max_hand_m"] for c in json.load(stream)["classes"] if c.get("max_hand_m") is not None]
        return ["HAND <= %s m" % number_text(bound, language) for bound in bounds]
    if algorithm == "malisites:importdtmsites":
        with open(REPO / "resources" / "boundaries" / "mali.geojson", encoding="utf-8") as stream:
            tolerance = json.load(stream)["features"][0]["properties"]["border_tolerance_km"]
        return ["%s km" % number_text(tolerance, language)]
    raise AssertionError("no figures listed for %s" % algorithm)


ENGLISH_WORDS = {"the", "and", "of", "to", "is", "are", "with", "each", "from", "its"}
FRENCH_WORDS = {"le", "la", "les", "des", "du", "et", "est", "sont", "avec", "chaque", "une", "au"}


def language_of(text):
    """'fr' or 'en' by the function words the text uses most."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    english = sum(word in ENGLISH_WORDS for word in words)
    french = sum(word in FRENCH_WORDS for word in words)
    return "fr" if french > 3 * english else "en" if english > 3 * french else "mixed (%d en, %d fr)" % (
        english, french)


def log_lines(record):
    """[(colour or None, text)] of the dialog's log, as the user reads it."""
    lines = []
    for paragraph in re.findall(r"<p[^>]*>(.*?)</p>", record["log"] or "", re.S):
        colour = re.search(r"color:(#[0-9a-fA-F]{6})", paragraph)
        text = html.unescape(re.sub(r"<[^>]+>", "", paragraph.replace("<br />", "\n")))
        lines.append((colour.group(1).lower() if colour else None, text))
    return lines


def translations():
    """{(context, English source): French} of the finished translations in the .ts."""
    found = {}
    for context in ElementTree.parse(TRANSLATIONS).getroot():
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") not in ("unfinished", "obsolete", "vanished") and translation.text:
                found[(context.findtext("name"), message.findtext("source"))] = translation.text
    return found


def style_labels():
    """{English legend label: its French translation, or None while it has
    none} of the labels the plugin lists for translation (styles.py)."""
    source = (REPO / "processing_algorithms" / "common" / "styles.py").read_text(encoding="utf-8")
    french = translations()
    return {label: french.get(("StyleLabels", label))
            for label in re.findall(r'QT_TRANSLATE_NOOP\("StyleLabels", "([^"]+)"\)', source)}


def rank_labels(language):
    """The legend labels of hazard classes: 'rank: name' in English, 'rang : nom' in French."""
    names = []
    with open(STANDARDS / "flood_classes.json", encoding="utf-8") as stream:
        for scheme in json.load(stream)["schemes"].values():
            names += [(rank, c["name"][language]) for rank, c in enumerate(scheme["classes"])]
    with open(STANDARDS / "hand_classes.json", encoding="utf-8") as stream:
        names += [(rank, c["name"][language]) for rank, c in enumerate(json.load(stream)["classes"])]
    return {("%d : %s" if language == "fr" else "%d: %s") % (rank, name) for rank, name in names}


QGIS_OWN_LEGEND = re.compile(r"^Bande? \d+ \(|^NULL$")  # a raster's band ("Band 1 (Gray)"), a colour ramp


# -- the tests ------------------------------------------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
def test_desktop_loads_the_plugin_in_its_language(desktop, language):
    session = desktop(language)["session"]
    assert session["algorithms"] == ALGORITHMS
    assert session["locale"].startswith(language) or (language == "en" and session["locale"] in ("C", ""))


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_dialog_help_cites_the_profile_figures_in_the_interface_language(desktop, language, algorithm):
    record = case(desktop, language, algorithm)
    text = record["help"]
    assert text, "no help panel"
    for expected in help_figures(algorithm, language):
        assert expected in text, "%r not in the help:\n%s" % (expected, text)
    assert language_of(text) == language, text
    if language == "fr":
        english = case(desktop, "en", algorithm)
        assert record["title"] != english["title"]


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_dialog_runs_with_temporary_outputs_without_error(desktop, language, algorithm):
    record = case(desktop, language, algorithm)
    assert not record["hung"], "the run did not end; what was on the screen: %s" % record["hung"]
    assert record["finished"] == [True], log_lines(record)
    wanted = set(sample_runs()[algorithm])
    assert wanted <= set(record["parameters_set"]), "the dialog did not take every sample parameter"
    lines = log_lines(record)
    red = [text for colour, text in lines if colour == "#ff0000"]
    assert not red, "red lines in the log: %s" % red
    assert not any("were not correctly generated" in text for _, text in lines)
    problems = [m for m in record["messages"] if m["tag"] == "Python error" or m["level"] >= 2]
    assert not problems, problems


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_log_lines_are_sentences(desktop, algorithm):
    """No internal code ('latrine_water_spacing: fail') or six-decimal count
    ('5.000000') in what the algorithm itself logs."""
    lines = [text for colour, text in log_lines(case(desktop, "en", algorithm)) if colour is None]
    coded = [text for text in lines if re.match(r"^[a-z0-9]+(_[a-z0-9]+)+\s*:", text)]
    assert not coded, coded
    assert not [text for text in lines if re.search(r"\b\d+\.\d{6}\b", text)]


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if a not in PRINTED_ONLY])
def test_legends_are_the_styles_labels_in_english(desktop, algorithm):
    """Every legend entry of an output is one of the plugin's style labels
    (listed for translation) or a hazard class, as loaded: no refresh."""
    legends = case(desktop, "en", algorithm)["legends"]
    assert legends, "no output loaded"
    known = set(style_labels()) | rank_labels("en")
    for layer, legend in legends.items():
        own = [text for text in legend["texts"] if not QGIS_OWN_LEGEND.match(text)]
        # a continuous raster (HAND in metres) keeps QGIS's own grey legend
        assert own or legend["raster"] or not legend["texts"], "%s: only QGIS's own legend %s (unstyled)" % (
            layer, legend["texts"])
        assert set(own) <= known, "%s: %s are not style labels" % (layer, set(own) - known)


@pytest.mark.parametrize("algorithm", [a for a in ALGORITHMS if a not in PRINTED_ONLY])
def test_legends_are_in_french_in_french_qgis(desktop, algorithm):
    """In French QGIS every legend entry is the French of a style label or a
    French class name, as loaded. Needs every label translated in the .ts
    (the lead translates labels added on a branch after merging)."""
    legends = case(desktop, "fr", algorithm)["legends"]
    assert legends, "no output loaded"
    labels = style_labels()
    untranslated = sorted(english for english, french in labels.items() if french is None)
    french = {text for text in labels.values() if text} | rank_labels("fr")
    for layer, legend in legends.items():
        own = [text for text in legend["texts"] if not QGIS_OWN_LEGEND.match(text)]
        assert set(own) <= french, "%s: %s are not French labels (labels without a translation in the .ts: %s)" % (
            layer, set(own) - french, untranslated)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_output_names_are_words(desktop, algorithm):
    """Outputs (layer names, results) are named in words, not field codes
    ('pct within water distance', 'check site_area_m2_per_person')."""
    outputs = case(desktop, "en", algorithm)["outputs"]
    coded = [description for _, description in outputs
             if "_" in description or re.match(r"^[a-z]", description) or description.startswith("check ")]
    assert not coded, coded


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_output_names_are_in_french_in_french_qgis(desktop, algorithm):
    """Needs the .ts translated (the lead translates output names added on a
    branch after merging)."""
    english = dict(case(desktop, "en", algorithm)["outputs"])
    french = dict(case(desktop, "fr", algorithm)["outputs"])
    alike = {source for (_, source), translation in translations().items() if source == translation}  # "Messages"
    same = sorted(description for name, description in french.items()
                  if description == english[name] and description not in alike)
    assert not same, same
