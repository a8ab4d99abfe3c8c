#!/usr/bin/env python3
"""Builds the project's council register data files from mySociety's
uk_local_authority_names_and_codes (CC BY 4.0), as copied in ../shared/data/authorities.

Run from the repository root:  python3 scripts/extract_councils.py ../shared/data/authorities
Writes src/main/resources/data/councils/councils.csv and council-names.csv.
Only English principal councils (county, district, unitary, metropolitan district,
London borough, City of London, Isles of Scilly) are kept, current and abolished.
"""
import csv
import sys
from pathlib import Path

PRINCIPAL_TYPES = {"CTY", "NMD", "UA", "MD", "LBO", "CC"}

# Regions the source has wrong (checked against the ONS regions given with Ofsted's inspections of
# every upper-tier council, ../shared/data/inspections): both counties are in the East Midlands.
REGION_CORRECTIONS = {
    "E10000007": "East Midlands",  # Derbyshire County Council (source: West Midlands)
    "E10000019": "East Midlands",  # Lincolnshire County Council (source: Yorkshire and The Humber)
}

def main(src: Path, out: Path) -> None:
    rows = list(csv.DictReader(open(src / "uk_local_authorities.csv", encoding="utf-8")))
    english = [r for r in rows if r["nation"] == "England" and r["local-authority-type"] in PRINCIPAL_TYPES]
    by_code = {r["local-authority-code"]: r for r in rows}
    gss_seen = set()

    def region_of(r, depth=0):
        if r["region"] or depth > 3:
            return r["region"]
        for succ in filter(None, r["replaced-by"].split(",")):
            s = by_code.get(succ.strip())
            if s and region_of(s, depth + 1):
                return region_of(s, depth + 1)
        return ""

    out.mkdir(parents=True, exist_ok=True)
    with open(out / "councils.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["gss_code", "registry_code", "official_name", "short_name", "type", "region",
                    "population_2020", "start_date", "end_date", "successor_gss_codes",
                    "former_gss_codes", "finance_ecode"])
        for r in sorted(english, key=lambda r: r["gss-code"]):
            gss = r["gss-code"]
            assert gss and gss not in gss_seen, gss
            gss_seen.add(gss)
            successors = [by_code[c.strip()]["gss-code"] for c in r["replaced-by"].split(",") if c.strip()]
            pop = r["pop-2020"]
            w.writerow([gss, r["local-authority-code"], r["official-name"], r["nice-name"],
                        r["local-authority-type"], REGION_CORRECTIONS.get(gss, region_of(r)),
                        str(int(float(pop))) if pop else "", r["start-date"], r["end-date"],
                        " ".join(successors), " ".join(r["former-gss-codes"].replace(",", " ").split()),
                        r["ecode"]])

    code_to_gss = {r["local-authority-code"]: r["gss-code"] for r in english}
    names = list(csv.DictReader(open(src / "lookup_name_to_registry.csv", encoding="utf-8")))
    with open(out / "council-names.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "gss_code"])
        seen = set()
        for n in names:
            gss = code_to_gss.get(n["local-authority-code"])
            key = (n["la-name"].strip(), gss)
            if gss and key not in seen:
                seen.add(key)
                w.writerow(key)

if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/authorities"),
         Path("src/main/resources/data/councils"))
