"""The README's section "Scripting from Python (notebooks)" runs as written:
its Python blocks are executed in turn from the repository root, and every
print followed by a "# -> value" comment prints exactly that value."""
import re
import sys

from conftest import REPO

SECTION = "## Scripting from Python (notebooks)"


def section_blocks():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    start = text.index(SECTION)
    end = text.find("\n## ", start + len(SECTION))
    return re.findall(r"```python\n(.*?)```", text[start:end if end > 0 else None], re.S)


def expected_prints(block):
    """{line number of a print: what it must print}: a '# -> value' comment on
    the line of the print or alone on the next line."""
    expected, lines = {}, block.splitlines()
    for number, line in enumerate(lines, start=1):
        if "# -> " not in line:
            continue
        value = line.split("# -> ", 1)[1].strip()
        expected[number - 1 if line.lstrip().startswith("#") else number] = value
    return expected


def test_readme_examples_run_and_print_what_they_say(monkeypatch):
    blocks = section_blocks()
    assert len(blocks) == 5  # set-up, then one per product
    monkeypatch.chdir(REPO)
    printed = {}

    def recording_print(*values, sep=" ", **_):
        printed[(block_number, sys._getframe(1).f_lineno)] = sep.join(str(v) for v in values)

    namespace = {"print": recording_print}
    checked = 0
    for block_number, block in enumerate(blocks):
        exec(compile(block, "README block %d" % block_number, "exec"), namespace)
        for line, value in expected_prints(block).items():
            assert printed[(block_number, line)] == value, "README block %d, line %d" % (block_number, line)
            checked += 1
    assert checked >= 7
