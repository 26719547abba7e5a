#!/usr/bin/env python3
"""Prints the figures of a Gatling run from its HTML report (Gatling 3.14 writes no stats.json): per request
type the count, errors, throughput over the whole run and the 50th/95th/99th percentile and maximum of the
response time (all requests, OK and KO), as a Markdown table."""
import re
import sys

html = open(sys.argv[1], encoding="utf-8").read()
body = html[html.index("<tbody>"):]
rows = re.findall(r'class="ellipsed-name">([^<]*)</span>(.*?)</tr>', body, re.S)
print("| request | count | errors | req/s (whole run) | p50 ms | p95 ms | p99 ms | max ms |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")


def cols(cells):
    return dict(re.findall(r'col-(\d+)">([^<]*)</td>', cells))


def row(name, c):
    print(f"| {name} | {c['2']} | {c['4'].replace('-', '0')} | {c['6']} | {c['8']} | {c['10']} | {c['11']} | {c['12']} |")


for name, cells in rows:
    row(name, cols(cells))
