#!/usr/bin/env python3
"""Scores a linkage run against the FEBRL ground truth.

Usage: evaluate.py pairs.csv left.csv [right.csv]
Records rec-<n>-org and rec-<n>-dup-<k> with the same <n> are the same person. pairs.csv is the output
of the linkage command with --all-candidates (decisions match, review, no-match). Prints precision,
recall and F1 of the automatic matches (and of matches plus review), the number of candidate pairs and
the blocking recall (true pairs among the candidate pairs).
"""
import csv
import itertools
import sys
from collections import defaultdict


def person(rec_id):
    return rec_id.strip().split("-")[1]


def ids(path):
    with open(path, newline="") as f:
        reader = csv.reader(f, skipinitialspace=True)
        header = [h.strip() for h in next(reader)]
        column = header.index("rec_id")
        return [row[column].strip() for row in reader if row]


def true_pairs(left, right):
    if right is None:
        groups = defaultdict(list)
        for rec in left:
            groups[person(rec)].append(rec)
        return {frozenset(p) for g in groups.values() for p in itertools.combinations(g, 2)}
    by_person = defaultdict(list)
    for rec in right:
        by_person[person(rec)].append(rec)
    return {(l, r) for l in left for r in by_person.get(person(l), [])}


def main():
    pairs_file, left_file = sys.argv[1], sys.argv[2]
    right_file = sys.argv[3] if len(sys.argv) > 3 else None
    left = ids(left_file)
    right = ids(right_file) if right_file else None
    truth = true_pairs(left, right)

    def key(l, r):
        return frozenset((l, r)) if right is None else (l, r)

    candidates, matches, reviews = set(), set(), set()
    with open(pairs_file, newline="") as f:
        for row in csv.DictReader(f):
            k = key(row["left_id"], row["right_id"])
            candidates.add(k)
            if row["decision"] == "match":
                matches.add(k)
            elif row["decision"] == "review":
                reviews.add(k)

    def scores(predicted):
        tp = len(predicted & truth)
        precision = tp / len(predicted) if predicted else 0.0
        recall = tp / len(truth) if truth else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return tp, precision, recall, f1

    print(f"true pairs        {len(truth)}")
    print(f"candidate pairs   {len(candidates)}")
    print(f"blocking recall   {len(candidates & truth) / len(truth):.4f}")
    for name, predicted in (("match", matches), ("match+review", matches | reviews)):
        tp, p, r, f1 = scores(predicted)
        print(f"{name:<17} predicted {len(predicted)} true {tp} precision {p:.4f} recall {r:.4f} F1 {f1:.4f}")


if __name__ == "__main__":
    main()
