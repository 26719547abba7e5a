#!/usr/bin/env python3
"""Writes N synthetic police antecedent rows (the import's CSV format) to a file. Synthetic only."""
import random
import sys

N = int(sys.argv[1])
OUT = sys.argv[2]
random.seed(42)
SURNAMES = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
            "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smeets", "Janssen"]
GIVEN = ["Jan", "Piet", "Kees", "Sanne", "Lotte", "Mohamed", "Fatima", "Daan", "Emma", "Noah", "Julia", "Sem"]
CITIES = ["Heerlen", "Brunssum", "Voerendaal", "Nuth", "Onderbanken"]
CATS = ["property", "violence", "vandalism", "public_order", "drugs", "domestic_violence", "sexual", "weapons",
        "traffic", "other"]
with open(OUT, "w", encoding="utf-8") as f:
    f.write("registration_id,bsn,surname_prefix,surname,given_names,date_of_birth,gender,street,house_number,"
            "postal_code,city,registration_date,offence_code,offence_category\n")
    rows = []
    for i in range(N):
        name = SURNAMES[i % 20].rsplit(" ", 1)
        prefix, surname = (name[0], name[1]) if len(name) == 2 else ("", name[0])
        rows.append(f"PV{i:09d},,{prefix},{surname},{GIVEN[i % 12]},19{70 + i % 30}-0{1 + i % 9}-1{i % 9},"
                    f"{'MVX'[i % 3]},Dorpsstraat,{1 + i % 200},64{10 + i % 90} AB,{CITIES[i % 5]},"
                    f"202{i % 5}-0{1 + i % 9}-2{i % 8},{100 + i % 900},{CATS[i % 10]}\n")
        if len(rows) == 100_000:
            f.writelines(rows)
            rows = []
    f.writelines(rows)
