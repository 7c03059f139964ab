"""HTML reports in the language the user picks (LANGUAGE), not the QGIS locale.

Strings are written as self.tr("literal") in subclasses, so lupdate files them
under the subclass's name; they are looked up in the plugin's .qm for the
report language, whatever language QGIS itself runs in."""
import html
import math
import os
from datetime import date

from qgis.PyQt.QtCore import QTranslator

from .i18n import I18N_DIR

_translators = {}


def _translator(language):
    if language not in _translators:
        translator = QTranslator()
        path = os.path.join(I18N_DIR, "mali_sites_%s.qm" % language)
        _translators[language] = translator if os.path.exists(path) and translator.load(path) else None
    return _translators[language]


def format_number(value, decimals=0, language="en"):
    """'12,345.6' in English, '12 345,6' in French; '-' for a missing value."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "-"
    if isinstance(value, float) and math.isinf(value):
        return "∞"
    text = "{:,.{}f}".format(value, decimals)
    if language == "fr":
        text = text.replace(",", "\u202f").replace(".", ",")
    return text


class LanguageText:
    """Text in a chosen language: self.tr("literal") looks the string up
    under the subclass's name (as lupdate files it), then LanguageText's."""

    def __init__(self, language):
        self.language = language

    def tr(self, text):
        translator = _translator(self.language) if self.language != "en" else None
        if translator is None or not text.isascii():  # sources are ASCII English; anything else is data
            return text
        for context in (type(self).__name__, "LanguageText", "HtmlReport"):
            translated = translator.translate(context, text)
            if translated:
                return translated
        return text

    def number(self, value, decimals=0):
        return format_number(value, decimals, self.language)

    def percent(self, value):
        return "%s %%" % self.number(value, 1)

    def figure_brief(self, figure):
        """'< 500 m', '>= 45 m2/person [secondary]' ('>= 3,5 m2/personne' in French): a
        figure without its source; all its decimals; no sign for an exact '=' figure."""
        value, marker = self._figure_parts(figure)
        return "%s%s" % (value[2:] if figure.comparison == "=" else value, marker)

    def figure_text(self, figure):
        """'< 500 m (Sphere 2018, WASH standard 2.1) [secondary]': a figure and its source."""
        value, marker = self._figure_parts(figure)
        return "%s (%s)%s" % (value, figure.source, marker)

    def _figure_parts(self, figure):
        """('< 500 m', ' [secondary]'): the figure's value and its confidence marker."""
        marker = "" if figure.confidence == "verified" else " [%s]" % self.confidence(figure.confidence)
        return "%s %s %s" % (figure.comparison, self.number(figure.value, decimals_of(figure.value)),
                             self.unit(figure.unit)), marker

    def confidence(self, confidence):
        """A figure's confidence (verified, secondary, unverified) in this language."""
        return {"verified": self.tr("verified"), "secondary": self.tr("secondary"),
                "unverified": self.tr("unverified")}.get(confidence, confidence)

    def unit(self, unit):
        """A profile's unit in this language (a unit of a user's own profile as it is written)."""
        return {"people": self.tr("people"), "households": self.tr("households"), "m2/person": self.tr("m2/person"),
                "L/person/day": self.tr("L/person/day"), "min": self.tr("min"), "sectors": self.tr("sectors"),
                "blocks": self.tr("blocks"), "communities": self.tr("communities"),
                "female toilets per male toilet": self.tr("female toilets per male toilet")}.get(unit, unit)


def decimals_of(value):
    """The decimals ``value`` has (up to 6): 0 for 500, 1 for 3.5, 2 for 0.25."""
    return len(("%.6f" % value).rstrip("0").partition(".")[2])


class HtmlReport(LanguageText):
    """Build with heading/paragraph/table, then write(path)."""

    def __init__(self, language, title):
        super().__init__(language)
        self.title = title
        self._parts = []

    def verdict(self, passed):
        return self.tr("meets the standard") if passed else self.tr("does not meet the standard")

    def heading(self, text, level=2):
        self._parts.append("<h%d>%s</h%d>" % (level, html.escape(text), level))

    def paragraph(self, text):
        self._parts.append("<p>%s</p>" % html.escape(text))

    def bullets(self, items):
        self._parts.append("<ul>%s</ul>" % "".join("<li>%s</li>" % html.escape(i) for i in items))

    def table(self, headers, rows, verdict_column=None):
        """rows of cells (already formatted text); verdict_column: index of a
        bool column shown as a green/red verdict."""
        out = ["<table><thead><tr>%s</tr></thead><tbody>"
               % "".join("<th>%s</th>" % html.escape(h) for h in headers)]
        for row in rows:
            cells = []
            for index, cell in enumerate(row):
                if index == verdict_column:
                    cells.append('<td class="%s">%s</td>' % ("pass" if cell else "fail",
                                                             html.escape(self.verdict(cell))))
                else:
                    cells.append("<td>%s</td>" % html.escape(str(cell)))
            out.append("<tr>%s</tr>" % "".join(cells))
        out.append("</tbody></table>")
        self._parts.append("".join(out))

    def write(self, path):
        style = ("body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;"
                 "margin:1em 0}th,td{border:1px solid #bbb;padding:4px 8px;text-align:left}"
                 "th{background:#eee}td.pass{background:#d9f0d3}td.fail{background:#f4c7c3}")
        document = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title>'
                    "<style>%s</style></head><body><h1>%s</h1><p>%s</p>%s</body></html>\n"
                    % (self.language, html.escape(self.title), style, html.escape(self.title),
                       html.escape(self.tr("Produced by Mali Sites on {0}").format(date.today().isoformat())),
                       "\n".join(self._parts)))
        with open(path, "w", encoding="utf-8") as stream:
            stream.write(document)
