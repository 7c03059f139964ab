"""No unused imports or variables, no undefined names (pyflakes), in the
plugin and its tests; the core never imports qgis."""
import ast
import re
import subprocess
import sys

from conftest import REPO


def test_pyflakes_is_clean():
    completed = subprocess.run([sys.executable, "-m", "pyflakes", "mali_sites_plugin",
                                "processing_algorithms", "tests", "resources"],
                               cwd=REPO, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_the_core_does_not_import_qgis():
    for path in (REPO / "mali_sites_plugin").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            stripped = line.strip()
            assert not (stripped.startswith(("import qgis", "from qgis"))), "%s:%d" % (path.relative_to(REPO), number)


DEPRECATED_QGIS_API = re.compile(
    r"QgsProcessing\.Type\w+|QgsProcessingParameterNumber\.(Double|Integer)|\.Flag(Advanced|Optional|Hidden"
    r"|NoThreading)\b|QgsWkbTypes\.[A-Z]\w*|WKT_PREFERRED|QVariant\.\w+|QgsFeatureSink\.FastInsert"
    r"|QgsProcessingParameterField\.(Numeric|String|DateTime|Any)\b")


def test_only_compat_knows_qgis_versions():
    """Enums QGIS 4 removes, and version tests, live in common/compat.py alone."""
    for path in (REPO / "processing_algorithms").rglob("*.py"):
        if path.name == "compat.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found = DEPRECATED_QGIS_API.search(line) or re.search(r"QGIS_VERSION", line)
            assert not found, "%s:%d: %s" % (path.relative_to(REPO), number, found.group(0))


def test_modules_and_functions_stay_short():
    """No core module over 500 lines; no function over 80 lines anywhere in the plugin."""
    long_ones = []
    for top in ("mali_sites_plugin", "processing_algorithms"):
        for path in (REPO / top).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            name = str(path.relative_to(REPO))
            if top == "mali_sites_plugin" and len(text.splitlines()) > 500:
                long_ones.append("%s: %d lines" % (name, len(text.splitlines())))
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    length = node.end_lineno - node.lineno + 1
                    if length > 80:
                        long_ones.append("%s:%d %s(): %d lines" % (name, node.lineno, node.name, length))
    assert not long_ones, "\n".join(long_ones)


def test_core_error_messages_are_literal_templates():
    """InputError(text, *values): the glue translates ``text`` before filling
    it, so it must be a literal the translation source can collect
    (tools/core_messages.py), never a message formatted beforehand."""
    sys.path.insert(0, str(REPO / "tools"))
    from core_messages import error_calls
    formatted = ["%s:%d" % (path.relative_to(REPO), line) for path, line, argument in error_calls()
                 if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str))]
    assert not formatted, "errors whose message is not a literal template: %s" % formatted
