"""Site lists with every kind of bad row, shared by the core, processing.run
and qgis_process tests. Expected outcomes are written by hand here."""

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
                         7: "coordinates outside Mali (latitude 48.85, longitude 2.35)",
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
