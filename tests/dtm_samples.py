"""Site lists with every kind of bad row, shared by the core, processing.run
and qgis_process tests. Expected outcomes are written by hand here."""
import csv

FRENCH_ROWS = [
    # Nom du site;Région;Cercle;Commune;Latitude;Longitude;Ménages;Personnes
    "Site de Socoura;Mopti;Mopti;Socoura;14.5125;-4.1590;212;1180",        # 2 clean
    "Sévaré II;Mopti;Mopti;Sévaré;14,5301;-4,0987;95;510",               # 3 decimal commas: fixed
    "Fatoma;Mopti;Mopti;Fatoma;-4.0412;14.6188;60;322",                  # 4 swapped: fixed
    "Bankassi;Mopti;Mopti;Socoura;;-4.12;30;150",                        # 5 empty latitude
    "Sans coordonnées;Mopti;Mopti;Mopti;abc;-4.12;30;150",               # 6 non-numeric latitude
    "Paris;Mopti;Mopti;Mopti;48.85;2.35;30;150",                         # 7 outside Mali
    "Ménages négatifs;Mopti;Mopti;Mopti;14.50;-4.10;-4;150",             # 8 negative households
    "Demi-personne;Mopti;Mopti;Mopti;14.50;-4.10;30;150,5",              # 9 non-integer individuals
    "Tombouctou centre;Tombouctou;Tombouctou;Tombouctou;16.7735;-3.0074;1 250;6 430",  # 10 thousands: clean
]
FRENCH_HEADER = "Nom du site;Région;Cercle;Commune;Latitude;Longitude;Ménages;Personnes"
FRENCH_EXPECTED = {
    "read": 9, "imported": 4, "fixed": 2, "rejected": 5,
    "rejected_reasons": {5: "empty latitude", 6: "non-numeric latitude 'abc'",
                         # distances: pyproj geodesic to the outline's border densified every 50 m
                         7: "coordinates outside Mali (48.85 N, 2.35 E, 2,720 km from the border)",
                         8: "negative households '-4'", 9: "non-integer individuals '150,5'"},
    "sites": {  # source row -> (lon, lat, households, individuals, admin3)
        2: (-4.1590, 14.5125, 212, 1180, "Socoura"),
        3: (-4.0987, 14.5301, 95, 510, "Sévaré"),
        4: (-4.0412, 14.6188, 60, 322, "Fatoma"),
        10: (-3.0074, 16.7735, 1250, 6430, "Tombouctou"),
    },
}


def write_french_latin1(path):
    """Semicolons, Latin-1 (cp1252) encoding, French headers."""
    path.write_bytes(("\r\n".join([FRENCH_HEADER] + FRENCH_ROWS) + "\r\n").encode("cp1252"))
    return path


HXL_CSV = "\n".join([
    "Site ID,Site Name,Region,Cercle,Commune,Lat,Lon,HH,IDPs",
    "#loc+code,#loc+name,#adm1+name,#adm2+name,#adm3+name,#geo+lat,#geo+lon,#affected+hh+idps,#affected+ind+idps",
    "ML0401-001,Socoura,Mopti,Mopti,Socoura,14.5125,-4.1590,212,1180",
    "ML0401-002,Sévaré II,Mopti,Mopti,Sévaré,14.5301,-4.0987,95,510",
])


def write_hxl_utf8_bom(path):
    path.write_bytes(b"\xef\xbb\xbf" + HXL_CSV.encode("utf-8"))
    return path


# --- Kobo export of the DTM site assessment -----------------------------------------------
# Headers as Kobo exports them: question numbers and group prefixes, a geopoint split
# into _latitude/_longitude/_altitude/_precision, Kobo's own metadata columns at the end.
KOBO_HEADER = [
    "start", "end", "__1.1.c.1__site_id", "Site_Status", "__1.1.d.1__site_name", "Site_Alternate_Name",
    "Site_Start_Date", "Site_Close_Date_if_applicable", "__1_1_e_1__site_location__admin_1_",
    "__1_1_e_2__site_location__admin_2_", "__1_1_e_3__site_location__admin_3_",
    "__1.1.f.3__gps_coordinates_latitude", "__1.1.f.3__gps_coordinates_longitude",
    "__1.1.f.3__gps_coordinates_altitude", "__1.1.f.3__gps_coordinates_precision",
    "__2.1.a.1__total_menages", "__2.1.a.2__total_individus",
    "_id", "_uuid", "_submission_time", "_status"]
KOBO_ROWS = [
    # 2 clean
    ["2023-05-02T09:00", "2023-05-02T09:40", "ML0506-0001", "Open", "Site de Socoura", "Socoura camp",
     "2019-03-01", "", "Mopti", "Mopti", "Socoura", "14.5125", "-4.159", "280", "5.0", "212", "1180",
     "101", "a1", "2023-05-02T10:00:00", "submitted_via_web"],
    # 3 no GPS captured: rejected
    ["2023-05-02T10:00", "2023-05-02T10:30", "ML0506-0002", "Open", "Sévaré II", "",
     "2020-01-15", "", "Mopti", "Mopti", "Sévaré", "", "", "", "", "95", "510",
     "102", "a2", "2023-05-02T11:00:00", "submitted_via_web"],
    # 4 a closed site, clean
    ["2023-05-03T09:00", "2023-05-03T09:45", "ML0604-0001", "Closed", "Niafunké centre", "",
     "2018-06-01", "2023-04-30", "Tombouctou", "Niafunké", "Niafunké", "15.9322", "-3.9906", "270", "4.0",
     "0", "0", "103", "a3", "2023-05-03T10:00:00", "submitted_via_web"],
    # 5 the region list stored the P-code: moved to admin1_pcode (a fix)
    ["2023-05-03T11:00", "2023-05-03T11:30", "ML0506-0003", "Open", "Fatoma", "",
     "2021-09-10", "", "ML05", "Mopti", "Fatoma", "14.6188", "-4.0412", "275", "6.0", "60", "322",
     "104", "a4", "2023-05-03T12:00:00", "submitted_via_web"],
    # 6 GPS left at 0, 0: outside Mali, rejected
    ["2023-05-04T09:00", "2023-05-04T09:20", "ML0506-0004", "Open", "Bankassi", "",
     "2022-02-01", "", "Mopti", "Mopti", "Socoura", "0", "0", "0", "0", "30", "150",
     "105", "a5", "2023-05-04T10:00:00", "submitted_via_web"],
]
KOBO_EXPECTED = {
    "read": 5, "imported": 3, "fixed": 1, "rejected": 2, "superseded": 0,
    "mapping": {"site_id": "__1.1.c.1__site_id", "site_name": "__1.1.d.1__site_name",
                "site_status": "Site_Status", "admin1": "__1_1_e_1__site_location__admin_1_",
                "admin2": "__1_1_e_2__site_location__admin_2_", "admin3": "__1_1_e_3__site_location__admin_3_",
                "latitude": "__1.1.f.3__gps_coordinates_latitude",
                "longitude": "__1.1.f.3__gps_coordinates_longitude",
                "households": "__2.1.a.1__total_menages", "individuals": "__2.1.a.2__total_individus"},
    "rejected_reasons": {3: "empty latitude", 6: "coordinates outside Mali (0 N, 0 E, 1,305 km from the border)"},
    "sites": {  # row -> (site_id, status, admin1, admin1_pcode, lon, lat, households, individuals)
        2: ("ML0506-0001", "Open", "Mopti", None, -4.159, 14.5125, 212, 1180),
        4: ("ML0604-0001", "Closed", "Tombouctou", None, -3.9906, 15.9322, 0, 0),
        5: ("ML0506-0003", "Open", None, "ML05", -4.0412, 14.6188, 60, 322),
    },
}


def write_kobo_export(path):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([KOBO_HEADER] + KOBO_ROWS)
    return path


# --- DTM API export (admin levels 1-2, several rounds) with its HXL row -----------------------
DTM_API_HEADER = ["id", "operation", "admin0Name", "admin0Pcode", "admin1Name", "admin1Pcode",
                  "admin2Name", "admin2Pcode", "adminLevel", "numPresentIdpInd", "reportingDate",
                  "yearReportingDate", "monthReportingDate", "roundNumber", "assessmentType",
                  "operationStatus"]
DTM_API_HXL = ["#id+code", "#operation+name", "#country+name", "#country+code", "#adm1+name",
               "#adm1+code", "#adm2+name", "#adm2+code", "#adm+level", "#affected+idps",
               "#date+reported", "#date+year+reported", "#date+month+reported", "#round+code",
               "#assessment+type", "#operation+status"]


def _api_row(record, admin1, admin1_code, admin2, admin2_code, level, idps, date, round_number,
             country=("Mali", "MLI")):
    return [record, "Mali - Crise", country[0], country[1], admin1, admin1_code, admin2, admin2_code,
            level, idps, date, date[:4], date[5:7].lstrip("0"), round_number, "BA", "Active"]


DTM_API_ROWS = [
    _api_row("1001", "Mopti", "ML05", "", "", "1", "150000", "2023-05-31T00:00:00", "65"),  # 3 superseded by 4
    _api_row("1002", "Mopti", "ML05", "", "", "1", "155000", "2023-08-31T00:00:00", "66"),  # 4
    _api_row("1003", "Mopti", "ML05", "Bandiagara", "ML0501", "2", "40000", "2023-05-31", "65"),  # 5 superseded
    _api_row("1004", "Mopti", "ML05", "Bandiagara", "ML0501", "2", "42000", "2023-08-31", "66"),  # 6
    _api_row("1005", "Taoudénit", "ML09", "", "", "1", "3000", "2023-08-31", "66"),  # 7 2023 code: warned
    _api_row("1006", "Gao", "ML07", "Gao", "ml0703", "2", "12000", "2023-08-31", "66"),  # 8 code tidied: fixed
    _api_row("1007", "Mopti", "ML05", "Douentza", "ML0506", "2", "16000", "2023-08-31", "66"),  # 9 warned
    _api_row("1008", "Mopti", "ML05", "Koro", "ML0505", "2", "-", "2023-08-31", "66"),  # 10 rejected
    _api_row("1009", "Sahel", "BF56", "", "", "1", "9000", "2023-08-31", "66",
             country=("Burkina Faso", "BFA")),  # 11 rejected
    _api_row("1010", "Mopti", "ML05", "Bankass", "ML0502", "2", "9000", "2023-08-31", "R?"),  # 12 rejected
]
DTM_API_EXPECTED = {
    "read": 10, "imported": 5, "without_coordinates": 5, "fixed": 1, "warned": 2, "rejected": 3,
    "superseded": 2,
    "rejected_reasons": {
        3: "superseded by row 4: a later report of the same place (round 66, 2023-08-31)",
        5: "superseded by row 6: a later report of the same place (round 66, 2023-08-31)",
        10: "non-numeric individuals '-'", 11: "country code 'BFA' is not Mali (MLI)",
        12: "unreadable round 'R?': the row cannot be ordered among the rounds"},
    "figures": {  # row -> (admin_level, admin1_pcode, admin2_pcode, individuals, round, reporting_date)
        4: (1, "ML05", None, 155000, 66, "2023-08-31"),
        6: (2, "ML05", "ML0501", 42000, 66, "2023-08-31"),
        7: (1, "ML09", None, 3000, 66, "2023-08-31"),
        8: (2, "ML07", "ML0703", 12000, 66, "2023-08-31"),
        9: (2, "ML05", "ML0506", 16000, 66, "2023-08-31"),
    },
}


def write_dtm_api_export(path):
    with open(path, "w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([DTM_API_HEADER, DTM_API_HXL] + DTM_API_ROWS)
    return path


# --- Baseline workbook: a read-me sheet, figures by cercle, and the site list ----------------
BASELINE_SITES_EXPECTED = {  # sheet 'Sites', header on row 4
    "read": 8, "imported": 4, "fixed": 0, "rejected": 2, "superseded": 2,
    "rejected_reasons": {
        5: "superseded by row 9: a later report of the same place (round 70, 2023-05-31)",
        7: "superseded by row 8: the same place, round and date, later in the file",
        10: "empty latitude", 13: "a total row (site_name 'Total'), not a place"},
    "sites": {  # row -> (site_id, households, individuals, round, reporting_date)
        6: ("S02", 90, 480, 69, "2023-02-28"),
        8: ("S03", 62, 330, 70, "2023-05-31"),
        9: ("S01", 212, 1180, 70, "2023-05-31"),
        11: ("S04", 1250, 6430, 70, "2023-05-31"),
    },
}
BASELINE_CERCLES_EXPECTED = {  # sheet 'Par cercle', header on row 3
    "read": 4, "imported": 3, "without_coordinates": 3, "fixed": 0, "warned": 1, "rejected": 1,
    "superseded": 0,
    "rejected_reasons": {7: "a total row (admin1 'Total'), not a place"},
}


def write_baseline_workbook(path):
    """Three sheets; title rows above each header; two rounds in the site list."""
    import datetime

    import openpyxl
    book = openpyxl.Workbook()
    about = book.active
    about.title = "Lisez-moi"
    for line in ("OIM Mali - Matrice de suivi des déplacements (DTM)", "Évaluation de base - Rounds 69 et 70",
                 "Source : DNDS / OIM, figures par région, cercle et site"):
        about.append([line])
    cercles = book.create_sheet("Par cercle")
    cercles.append(["DTM Mali - Round 70 - PDI par cercle"])
    cercles.append([])
    cercles.append(["Région", "Pcode région", "Cercle", "Pcode cercle", "Ménages PDI", "Individus PDI", "Round"])
    cercles.append(["Mopti", "ML05", "Bandiagara", "ML0501", 8000, 42000, 70])  # 4
    cercles.append(["Mopti", "ML05", "Douentza", "ML0504", 3000, 16000, 70])  # 5
    cercles.append(["Bandiagara", "ML19", "Koro", "ML0505", 2500, 13000, 70])  # 6 2023 region code: warned
    cercles.append(["Total", None, None, None, 13500, 71000, 70])  # 7 rejected
    sites = book.create_sheet("Sites")
    sites.append(["Liste des sites de déplacés - Mopti et Tombouctou"])
    sites.append(["Mise à jour : 31/05/2023"])
    sites.append([])
    sites.append(["Round", "Date de collecte", "Code site", "Nom du site", "Région", "Cercle", "Commune",
                  "Latitude", "Longitude", "Ménages", "Personnes"])
    february, may = datetime.datetime(2023, 2, 28), datetime.datetime(2023, 5, 31)
    for row in (
            [69, february, "S01", "Socoura", "Mopti", "Mopti", "Socoura", 14.5125, -4.159, 200, 1100],  # 5
            [69, february, "S02", "Sévaré II", "Mopti", "Mopti", "Sévaré", 14.5301, -4.0987, 90, 480],  # 6
            [70, may, "S03", "Fatoma", "Mopti", "Mopti", "Fatoma", 14.6188, -4.0412, 60, 322],  # 7 duplicate
            [70, may, "S03", "Fatoma", "Mopti", "Mopti", "Fatoma", 14.6188, -4.0412, 62, 330],  # 8
            [70, may, "S01", "Socoura", "Mopti", "Mopti", "Socoura", 14.5125, -4.159, 212, 1180],  # 9
            [70, may, "S02", "Sévaré II", "Mopti", "Mopti", "Sévaré", None, -4.0987, 95, 510],  # 10 rejected
            ["Round 70", "31/05/2023", "S04", "Tombouctou centre", "Tombouctou", "Tombouctou", "Tombouctou",
             16.7735, -3.0074, 1250, 6430],  # 11
            [],  # 12 blank: not a row
            [None, None, None, "Total", None, None, None, None, None, 1619, 8432]):  # 13 rejected
        sites.append(row)
    book.save(path)
    return path
