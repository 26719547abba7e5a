#!/usr/bin/env python3
"""Writes N synthetic police antecedent rows (the import's CSV format) to a file. Synthetic only.

    generate.py N OUT                          rows cycling through fixed values (the import benchmark)
    generate.py --persons P [--until D] N OUT  N rows about P persons, as a national police list might look,
                                               plus OUT's persons file (OUT with .csv -> -persons.csv)

The persons mode (the selection benchmark, bench/selection/run.sh) draws, with a fixed seed: per person a
valid BSN (11-test), a Dutch name, gender (M/V, a few X), municipality, address and a date of birth that
makes them 11 to 80 years old on the until date (mostly 15 to 40; 10 to 80 on a reference date up to a year
earlier); per person a number of antecedents (about
half have 1 to 3, a quarter 4 to 10, the rest 11 to 30 and a tail of very prolific ones up to several
hundred; exactly N in total); per antecedent a registration date over the 15 years up to the until date
(from the person's 10th birthday on, spread over a criminal career of a few years) and an offence category
(property most often, sexual offences rarest). Every row of a person carries the same BSN, name, date of
birth and address; rows are in registration-date order with increasing registration ids, as a police
export would be. The persons file (bsn, date_of_birth, gender, city, display_name) is the ground truth
of who is who.
"""
import random
import sys


def cycling(n, out):
    random.seed(42)
    surnames = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
                "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smeets", "Janssen"]
    given = ["Jan", "Piet", "Kees", "Sanne", "Lotte", "Mohamed", "Fatima", "Daan", "Emma", "Noah", "Julia", "Sem"]
    cities = ["Heerlen", "Brunssum", "Voerendaal", "Nuth", "Onderbanken"]
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        rows = []
        for i in range(n):
            name = surnames[i % 20].rsplit(" ", 1)
            prefix, surname = (name[0], name[1]) if len(name) == 2 else ("", name[0])
            rows.append(f"PV{i:09d},,{prefix},{surname},{given[i % 12]},19{70 + i % 30}-0{1 + i % 9}-1{i % 9},"
                        f"{'MVX'[i % 3]},Dorpsstraat,{1 + i % 200},64{10 + i % 90} AB,{cities[i % 5]},"
                        f"202{i % 5}-0{1 + i % 9}-2{i % 8},{100 + i % 900},{CATS[i % 10]}\n")
            if len(rows) == 100_000:
                f.writelines(rows)
                rows = []
        f.writelines(rows)


HEADER = ("registration_id,bsn,surname_prefix,surname,given_names,date_of_birth,gender,street,house_number,"
          "postal_code,city,registration_date,offence_code,offence_category\n")
CATS = ["property", "violence", "vandalism", "public_order", "drugs", "domestic_violence", "sexual", "weapons",
        "traffic", "other"]
# Share of each category above, in per mille (property most often, sexual offences rarest).
CAT_SHARE = [300, 120, 120, 150, 100, 50, 10, 30, 80, 40]


def persons_mode(p, n, out, until):
    import numpy as np
    rng = np.random.default_rng(42)
    end = np.datetime64(until, "D")
    start = end - np.timedelta64(15 * 365 + 3, "D")
    # Ages on the until date, 10 to 80, mostly young adults.
    age_days = (11 * 365.25 + rng.gamma(2.0, 7.5, p) * 365.25).clip(11 * 365.25, 80 * 365.25).astype(np.int64)
    dob = end - age_days.astype("timedelta64[D]")
    # Antecedents per person: about half 1-3, a quarter 4-10, the rest 11-30 and a prolific tail.
    kind = rng.choice(4, p, p=[0.5, 0.25, 0.18, 0.07])
    counts = np.empty(p, np.int64)
    m = kind == 0
    counts[m] = rng.choice([1, 2, 3], m.sum(), p=[0.5, 0.3, 0.2])
    m = kind == 1
    counts[m] = rng.integers(4, 11, m.sum())
    m = kind == 2
    counts[m] = rng.integers(11, 31, m.sum())
    m = kind == 3
    counts[m] = 31 + rng.exponential(22.0, m.sum()).astype(np.int64)
    # Exactly n in total: the difference goes to (or comes from) the prolific tail.
    tail = np.flatnonzero(kind == 3)
    diff = n - counts.sum()
    while diff != 0:
        chosen = rng.choice(tail, min(abs(diff), len(tail)), replace=False)
        if diff > 0:
            counts[chosen] += 1
        else:
            chosen = chosen[counts[chosen] > 31]
            counts[chosen] -= 1
        diff = n - counts.sum()
    # A career per person: from the 10th birthday (or the start of the data) on, a few years long.
    first = np.maximum(dob + np.timedelta64(3653, "D"), start)
    room = (end - first).astype(np.int64)
    career = np.minimum(room, (365 * (1 + rng.gamma(2.0, 1.5, p) + np.log2(counts))).astype(np.int64))
    begin = first + ((room - career) * rng.random(p)).astype(np.int64).astype("timedelta64[D]")
    person = np.repeat(np.arange(p), counts)
    dates = begin[person] + (career[person] * rng.random(n)).astype(np.int64).astype("timedelta64[D]")
    cats = rng.choice(len(CATS), n, p=np.array(CAT_SHARE) / 1000.0)
    order = np.argsort(dates, kind="stable")
    person, dates, cats = person[order], dates[order], cats[order]

    surnames = ["Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos",
                "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smeets",
                "Janssen", "de Graaf", "van der Meer", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel",
                "van der Veen", "van Dijk", "Schouten", "Willems", "Hoekstra", "Koster", "Prins", "Yilmaz",
                "Amrani", "Kaya", "Bouzid", "Pinas", "Martina", "Huisman", "Peeters", "Kuipers", "Post"]
    men = ["Jan", "Piet", "Kees", "Mohamed", "Daan", "Noah", "Sem", "Lucas", "Milan", "Levi", "Luuk", "Bram", "Thijs",
           "Ahmed", "Youssef", "Mehmet", "Jayden", "Stijn", "Ruben", "Tim", "Kevin", "Dennis", "Mark", "Rachid"]
    women = ["Sanne", "Lotte", "Fatima", "Emma", "Julia", "Sophie", "Tess", "Zoë", "Mila", "Anna", "Eva", "Lisa",
             "Naima", "Ayse", "Priscilla", "Kim", "Laura", "Iris", "Fleur", "Anouk", "Samira", "Denise"]
    cities = ["Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht", "Eindhoven", "Groningen", "Tilburg", "Almere",
              "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem", "Enschede", "Amersfoort", "Zaanstad",
              "'s-Hertogenbosch", "Zwolle", "Leiden", "Maastricht", "Dordrecht", "Heerlen", "Zoetermeer", "Venlo",
              "Leeuwarden", "Deventer", "Delft", "Alkmaar", "Sittard-Geleen", "Helmond", "Brunssum", "Kerkrade",
              "Emmen", "Hilversum", "Lelystad", "Den Helder", "Vlaardingen", "Schiedam", "Roermond", "Oss"]
    streets = ["Dorpsstraat", "Kerkstraat", "Stationsweg", "Molenweg", "Schoolstraat", "Julianastraat",
               "Beatrixlaan", "Nieuwstraat", "Marktstraat", "Hoofdstraat", "Parallelweg", "Industrieweg"]
    weights = np.array([1.0 / (k + 3) for k in range(len(cities))])
    city = rng.choice(len(cities), p, p=weights / weights.sum())
    gender = rng.choice(3, p, p=[0.78, 0.215, 0.005])
    sur = rng.integers(0, len(surnames), p)
    giv = rng.integers(0, 1 << 30, p)
    street = rng.integers(0, len(streets), p)
    house = rng.integers(1, 250, p)
    postal = rng.integers(1000, 10000, p)
    letters = rng.integers(0, 26 * 26, p)
    dob_text = np.datetime_as_string(dob, unit="D")

    # BSN: eight digits, the ninth makes the 11-test (9*d1 + ... + 2*d8 - d9 divisible by 11) hold.
    bsns = []
    base = 100_000_000 // 10
    candidate = base
    while len(bsns) < p:
        digits = [int(c) for c in f"{candidate:08d}"]
        check = sum(w * d for w, d in zip(range(9, 1, -1), digits)) % 11
        if check < 10:
            bsns.append(f"{candidate:08d}{check}")
        candidate += 7
    order_bsn = rng.permutation(p)
    bsns = [bsns[k] for k in order_bsn]

    fixed = []
    with open(out.removesuffix(".csv") + "-persons.csv", "w", encoding="utf-8") as persons:
        persons.write("bsn,date_of_birth,gender,city,display_name\n")
        for k in range(p):
            prefix, _, surname = surnames[sur[k]].rpartition(" ")
            g = "MVX"[gender[k]]
            names = men if g == "M" else women if g == "V" else men + women
            given = names[giv[k] % len(names)]
            fixed.append(f"{bsns[k]},{prefix},{surname},{given},{dob_text[k]},{g},{streets[street[k]]},{house[k]},"
                         f"{postal[k]} {chr(65 + letters[k] // 26)}{chr(65 + letters[k] % 26)},{cities[city[k]]},")
            persons.write(f"{bsns[k]},{dob_text[k]},{g},{cities[city[k]]},\"{' '.join(x for x in (given, prefix, surname) if x)}\"\n")

    date_text = np.datetime_as_string(dates, unit="D")
    with open(out, "w", encoding="utf-8") as f:
        f.write(HEADER)
        rows = []
        for i in range(n):
            c = cats[i]
            rows.append(f"PL{i:010d},{fixed[person[i]]}{date_text[i]},{100 * (c + 1) + i % 37},{CATS[c]}\n")
            if len(rows) == 200_000:
                f.writelines(rows)
                rows = []
        f.writelines(rows)


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--persons":
        until = "2024-12-31"
        if args[2] == "--until":
            until = args[3]
            args = args[:2] + args[4:]
        persons_mode(int(args[1]), int(args[2]), args[3], until)
    else:
        cycling(int(args[0]), args[1])
