#!/usr/bin/env python3
"""Generates db/migration/V002__district_load_reference_data.sql from the CSV files beside this script.

The committed SQL is the source of truth (Flyway checksums it: never regenerate it once applied to a
database you keep); this script documents how it was made and lets a reviewer re-create it
byte for byte. It lives outside src/main so that it is not packed into the application:

    python3 backend/reference-data/generate.py          # from the repository root
    python3 backend/reference-data/generate.py --check  # exit 1 if the file differs (./zonale test)

Inputs (beside this script; their sources and licences are in SOURCES.md):
    comuni-lombardia.csv   istat_code,name,province_code,population (1,502 rows)
    ambiti-lombardia.csv   istat_code,name,province_code,ambito,sub_ambito,
                           ente_capofila,asst,basis (113 rows, province of Cremona only)

The output is deterministic: no timestamps, rows sorted by ISTAT code, fixed UUIDs.
--check also computes the file's Flyway checksum (CRC32 of its lines without line breaks, as
Flyway's ChecksumCalculator does) and compares it with the one every database recorded when it
applied V002: a V002 that no longer matches would stop those databases at start. Change the data with
a new migration instead (docs/conventions.md rule 27).
Only the Python standard library is used.
"""

import argparse
import csv
import sys
import zlib
from collections import Counter
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent
OUTPUT = DATA_DIR.parent / "src" / "main" / "resources" / "db" / "migration" / "V002__district_load_reference_data.sql"

# The checksum Flyway recorded for V002 in every database migrated since the first release of this file.
APPLIED_FLYWAY_CHECKSUM = 888051847
# When the header comment moved with the inputs into the repository, this line was added so that the
# file keeps APPLIED_FLYWAY_CHECKSUM: the letters were solved for once (CRC32 is linear) and are fixed
# here, never recomputed, so that a change of the data still changes the checksum (README.md).
CHECKSUM_BALANCE = "cigiiamioieaaaaa"

MAX_ROWS_PER_INSERT = 250  # rows are spread evenly over the fewest statements of at most this size

# The ambiti of the province of Cremona, keyed by the `ambito` column of ambiti-lombardia.csv.
DISTRICTS = {
    "Cremasco": ("d1000000-0000-4000-8000-000000000001", "CREMASCO"),
    "Cremonese": ("d1000000-0000-4000-8000-000000000002", "CREMONESE"),
    "Oglio Po": ("d1000000-0000-4000-8000-000000000003", "OGLIO_PO"),
}
PROVINCE = "CR"
EXPECTED_COUNTS = {"Cremasco": 48, "Cremonese": 47, "Oglio Po": 18}
EXPECTED_MUNICIPALITIES = 1502

# Sub-ambiti: (id, district, name). Only Casalasco has comuni in the data.
CASALASCO_ID = "5d000000-0000-4000-8000-000000000031"
SUBDISTRICTS = [
    *[(f"5d000000-0000-4000-8000-0000000000{10 + n}", "Cremasco", f"Sub-ambito {n}") for n in range(1, 7)],
    (CASALASCO_ID, "Oglio Po", "Casalasco"),
    ("5d000000-0000-4000-8000-000000000032", "Oglio Po", "Viadanese"),
]
SUBDISTRICT_BY_NAME = {("Oglio Po", "Casalasco"): CASALASCO_ID}


def fail(message):
    sys.exit(f"generate.py: {message}")


def lit(value):
    """A SQL literal: NULL for None/empty, otherwise a single-quoted string with quotes doubled."""
    if value is None or value == "":
        return "null"
    if "\\" in value or "\x00" in value:
        fail(f"unexpected character in {value!r}")
    return "'" + value.replace("'", "''") + "'"


def read_csv(name, columns):
    path = DATA_DIR / name
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != columns:
            fail(f"{path}: columns {reader.fieldnames}, expected {columns}")
        return list(reader)


def load():
    comuni = read_csv("comuni-lombardia.csv", ["istat_code", "name", "province_code", "population"])
    ambiti = read_csv("ambiti-lombardia.csv",
                      ["istat_code", "name", "province_code", "ambito", "sub_ambito", "ente_capofila", "asst",
                       "basis"])

    if len(comuni) != EXPECTED_MUNICIPALITIES:
        fail(f"comuni-lombardia.csv has {len(comuni)} rows, expected {EXPECTED_MUNICIPALITIES}")
    by_code = {}
    for row in comuni:
        code = row["istat_code"]
        if len(code) != 6 or not code.isdigit():
            fail(f"bad istat_code {code!r}")
        if code in by_code:
            fail(f"duplicate istat_code {code}")
        if len(row["province_code"]) != 2 or not row["province_code"].isalpha() or not row["province_code"].isupper():
            fail(f"bad province_code in {row}")
        if not row["population"].isdigit():
            fail(f"bad population in {row}")
        if not row["name"].strip():
            fail(f"empty name in {row}")
        by_code[code] = row

    mapping = {}
    bodies = {}
    for row in ambiti:
        code = row["istat_code"]
        comune = by_code.get(code)
        if comune is None:
            fail(f"ambiti-lombardia.csv: {code} is not in comuni-lombardia.csv")
        if (comune["name"], comune["province_code"]) != (row["name"], row["province_code"]):
            fail(f"ambiti-lombardia.csv: {code} is {row['name']}/{row['province_code']} there, "
                 f"{comune['name']}/{comune['province_code']} in comuni-lombardia.csv")
        if row["province_code"] != PROVINCE or row["ambito"] not in DISTRICTS:
            fail(f"ambiti-lombardia.csv: unexpected row {row}")
        if code in mapping:
            fail(f"ambiti-lombardia.csv: {code} mapped twice")
        sub = row["sub_ambito"]
        if sub and (row["ambito"], sub) not in SUBDISTRICT_BY_NAME:
            fail(f"ambiti-lombardia.csv: unknown sub-ambito {sub!r} of {row['ambito']}")
        if not row["basis"]:
            fail(f"ambiti-lombardia.csv: {code} has no basis")
        mapping[code] = row
        body = (row["ente_capofila"] or None, row["asst"] or None)
        if bodies.setdefault(row["ambito"], body) != body:
            fail(f"ambiti-lombardia.csv: {row['ambito']} has more than one lead body / health authority")

    counts = Counter(row["ambito"] for row in mapping.values())
    if dict(counts) != EXPECTED_COUNTS:
        fail(f"comuni per ambito {dict(counts)}, expected {EXPECTED_COUNTS}")
    province_total = sum(1 for row in comuni if row["province_code"] == PROVINCE)
    if province_total != len(mapping):
        fail(f"{province_total} comuni in province {PROVINCE}, {len(mapping)} mapped")

    return sorted(comuni, key=lambda r: r["istat_code"]), mapping, bodies


def render(comuni, mapping, bodies):
    population = Counter()
    for row in comuni:
        if row["istat_code"] in mapping:
            population[mapping[row["istat_code"]]["ambito"]] += int(row["population"])

    out = []
    w = out.append
    w("-- Reference data for every environment (production too): the ambiti of the province of Cremona,")
    w("-- their sub-ambiti and all the comuni of Regione Lombardia.")
    w("--")
    w("-- GENERATED by backend/reference-data/generate.py from backend/reference-data/*.csv; this committed file is"
      " the source of")
    w("-- truth (Flyway checksums it), the script documents how it was made. Do not edit by hand.")
    w("-- Checksum balance (keeps the Flyway checksum this file was first applied with; see"
      f" backend/reference-data/README.md): {CHECKSUM_BALANCE}")
    w("--")
    w("-- Sources (see backend/reference-data/SOURCES.md; not official statistics, say so when showing the figures):")
    w("--   * comuni-lombardia.csv: Samurai016/Comuni-ITA (GitHub), data/comuni.json, commit")
    w("--     e70ac2e03231ad0dd4453bfda819c482b421e8b2, licence MIT (c) 2020-2024 Nicolò Rebaioli; upstream data")
    w("--     ISTAT \"Elenco comuni italiani\", licence CC BY, attribution \"Fonte: ISTAT\", integrated with")
    w("--     Wikidata (CC0). Population as shipped by the source (reference date not documented, ~2022-2023).")
    w("--   * ambiti-lombardia.csv: comune -> ambito mapping compiled by hand from public administrative")
    w("--     sources, recorded per row in municipalities.mapping_basis. It covers the province of Cremona")
    w("--     ONLY: every other Lombard comune keeps district_id null until its ambito is loaded.")
    w("--")
    w("-- Contents:")
    for name, (district_id, code) in DISTRICTS.items():
        w(f"--   {code:<10} {EXPECTED_COUNTS[name]:>3} comuni, population {population[name]:,} (dataset)")
    w(f"--   municipalities: {len(comuni):,} rows, {len(mapping)} of them (province {PROVINCE}) mapped to an ambito.")
    w("")

    w("insert into districts (id, code, name, province_code, lead_body, health_authority) values")
    rows = []
    for name, (district_id, code) in DISTRICTS.items():
        lead, asst = bodies[name]
        rows.append(f"    ({lit(district_id)}, {lit(code)}, {lit(name)}, {lit(PROVINCE)}, {lit(lead)}, {lit(asst)})")
    w(",\n".join(rows) + ";")
    w("")

    w("-- Oglio Po: Casalasco (the 18 comuni of the province of Cremona below) and Viadanese, whose comuni are")
    w("-- in the province of Mantova and are not mapped by the data yet, so it has no comuni here.")
    w("-- Cremasco: the seed articles say its 48 comuni form 6 sub-ambiti, but their composition is not in the")
    w("-- data: they are created as placeholders \"Sub-ambito 1\"..\"Sub-ambito 6\" with no comuni assigned, to be")
    w("-- renamed and filled when a source for them is available.")
    w("insert into subdistricts (id, district_id, name) values")
    rows = [f"    ({lit(sid)}, {lit(DISTRICTS[d][0])}, {lit(n)})" for sid, d, n in SUBDISTRICTS]
    w(",\n".join(rows) + ";")
    w("")

    w("-- All the comuni of Lombardy; istat_code is text (leading zeros matter).")
    statements = -(-len(comuni) // MAX_ROWS_PER_INSERT)
    size = -(-len(comuni) // statements)
    for start in range(0, len(comuni), size):
        chunk = comuni[start:start + size]
        w("insert into municipalities (istat_code, name, province_code, population, district_id, subdistrict_id,"
          " mapping_basis) values")
        rows = []
        for row in chunk:
            m = mapping.get(row["istat_code"])
            district = sub = basis = None
            if m:
                district = DISTRICTS[m["ambito"]][0]
                sub = SUBDISTRICT_BY_NAME.get((m["ambito"], m["sub_ambito"])) if m["sub_ambito"] else None
                basis = m["basis"]
            rows.append(f"    ({lit(row['istat_code'])}, {lit(row['name'])}, {lit(row['province_code'])}, "
                        f"{int(row['population'])}, {lit(district)}, {lit(sub)}, {lit(basis)})")
        w(",\n".join(rows) + ";")
        w("")
    return "\n".join(out)


def flyway_checksum(text):
    """Flyway's checksum of a migration: CRC32 over the UTF-8 bytes of each line without its line break."""
    crc = 0
    for line in text.split("\n"):
        crc = zlib.crc32(line.rstrip("\r").encode("utf-8"), crc)
    return crc - (1 << 32) if crc >= 1 << 31 else crc


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="do not write; fail if the committed file differs")
    args = parser.parse_args()
    sql = render(*load())
    if args.check:
        current = OUTPUT.read_text(encoding="utf-8") if OUTPUT.exists() else None
        if current != sql:
            fail(f"{OUTPUT} is not what the CSV files generate")
        if flyway_checksum(sql) != APPLIED_FLYWAY_CHECKSUM:
            fail(f"{OUTPUT.name} has Flyway checksum {flyway_checksum(sql)}, databases applied"
                 f" {APPLIED_FLYWAY_CHECKSUM}: an applied migration must not change (add a new one)")
        print(f"{OUTPUT.name} is up to date and keeps its applied Flyway checksum {APPLIED_FLYWAY_CHECKSUM}")
        return
    OUTPUT.write_text(sql, encoding="utf-8")
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
