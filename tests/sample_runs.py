"""One run of every algorithm on resources/sample_data, for the compliance test
and the demo. Every algorithm of the provider must have an entry here."""
from conftest import SAMPLE_DATA


def sample_runs():
    return {
        "malisites:importdtmsites": {
            "INPUT": str(SAMPLE_DATA / "dtm_sites_mopti.csv"),
            "OUTPUT": "TEMPORARY_OUTPUT", "REJECTED": "TEMPORARY_OUTPUT"},
    }
