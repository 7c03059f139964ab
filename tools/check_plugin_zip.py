"""Check a plugin zip against the rules of the QGIS plugin repository
(plugins.qgis.org, whose upload validator refuses a zip that breaks them),
plus the project's own: no translation sources or dev files in the zip.

    python3 tools/check_plugin_zip.py dist/mali_sites.zip [--release]

Prints every problem and exits 1 if there is one. Without --release, the
fields only the maintainers can fill (a real contact email, the public
tracker and repository) are reported as warnings; with it they are errors.
The repository also checks that the URLs answer; that needs the network and
is left to the upload.
"""
import configparser
import io
import re
import sys
import zipfile
from urllib.parse import urlparse

MAX_BYTES = 25_000_000  # the repository's upload limit
REQUIRED = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about",
            "tracker", "repository")
FORBIDDEN_FOLDERS = ("__MACOSX", ".git", "__pycache__")
DEV_FILES = re.compile(r"(^|/)(tests|\.ci|tools)/|\.ts$|(^|/)(Makefile|pytest\.ini|\.gitignore|\.gitattributes)$")
PLACEHOLDER = re.compile(r"@(example\.(org|com|net)|[^@]*\.invalid)$|^$")


def problems(path, release=False):
    errors, warnings = [], []
    data = open(path, "rb").read()
    if len(data) > MAX_BYTES:
        errors.append("the zip is %.1f MB; the repository takes at most %d MB" % (len(data) / 1e6, MAX_BYTES // 10 ** 6))
    bundle = zipfile.ZipFile(io.BytesIO(data))
    names = bundle.namelist()
    if bundle.testzip() is not None:
        errors.append("damaged member: %s" % bundle.testzip())
    tops = {name.split("/")[0] for name in names}
    if len(tops) != 1:
        return errors + ["the zip must hold one folder, it holds: %s" % ", ".join(sorted(tops))], warnings
    top = tops.pop()
    if not re.match(r"^[A-Za-z][A-Za-z0-9_-]+$", top):
        errors.append("folder name %r: an ASCII letter, then letters, digits, - or _" % top)
    for name in names:
        parts = name.split("/")
        if ".." in parts or name.startswith("/"):
            errors.append("path information in %s" % name)
        if name.endswith(".pyc") or any(folder in parts for folder in FORBIDDEN_FOLDERS):
            errors.append("forbidden file or folder: %s" % name)
        if DEV_FILES.search(name[len(top) + 1:]):
            errors.append("development file in the zip: %s" % name)
    for required in ("__init__.py", "metadata.txt", "LICENSE"):
        if "%s/%s" % (top, required) not in names:
            errors.append("no %s in %s/" % (required, top))
    if errors:
        return errors, warnings
    metadata = configparser.ConfigParser()
    metadata.optionxform = str
    metadata.read_string(bundle.read(top + "/metadata.txt").decode("utf-8"))
    general = dict(metadata["general"]) if metadata.has_section("general") else {}
    errors += ["metadata.txt has no %s" % key for key in REQUIRED if not general.get(key, "").strip()]
    if "/" in general.get("author", ""):
        errors.append("metadata author must not contain '/'")
    for key in ("tracker", "repository", "homepage"):
        url = urlparse(general.get(key, ""))
        if key in general and not (url.scheme in ("http", "https") and url.netloc):
            errors.append("metadata %s is not a web address: %r" % (key, general[key]))
    icon = general.get("icon", "")
    if icon and "%s/%s" % (top, icon.lstrip("./")) not in names:
        errors.append("metadata icon %s is not in the zip" % icon)
    version = general.get("version", "")
    if version and not general.get("changelog", "").startswith(version):
        errors.append("the changelog does not start with version %s" % version)
    if PLACEHOLDER.search(general.get("email", "")):
        (errors if release else warnings).append(
            "metadata email %r is a placeholder: the maintainers set their contact before publishing"
            % general.get("email", ""))
    return errors, warnings


def main(arguments):
    release = "--release" in arguments
    paths = [a for a in arguments if not a.startswith("--")]
    errors, warnings = problems(paths[0], release)
    for line in warnings:
        print("warning: " + line)
    for line in errors:
        print("error: " + line)
    print("%s: %s" % (paths[0], "refused by the repository's rules" if errors else "meets the repository's rules"))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
