"""malisites:printoverview: the ranked table read back from the layout and the PDF."""
import subprocess
import unicodedata

import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback, QgsProject

from conftest import SAMPLE_DATA

ALGORITHM = "malisites:printoverview"
FLOOD_SITES = str(SAMPLE_DATA / "sites_flood_exposure.gpkg")


def layout_of(parameters):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALGORITHM)
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return algorithm.page_layout(dict({"SITE": FLOOD_SITES, "OUTPUT": "unused.pdf"}, **parameters), context,
                                 QgsProcessingFeedback())


def pdf_text(path, page=None):
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_smoke(run_algorithm, tmp_path):
    pdf = tmp_path / "overview.pdf"
    result = run_algorithm(ALGORITHM, {"SITE": FLOOD_SITES, "OUTPUT": str(pdf)})
    print(result)
    print(pdf_text(pdf))
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf), "/tmp/ov_smoke"], check=True)
