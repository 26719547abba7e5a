#!/usr/bin/env python3
"""CPU cost per request: the application's and the database server's CPU time per request, for the
trivial endpoint and for audited dossier reads, measured from /proc while N requests run on C
concurrent connections. Unlike throughput, CPU time per request barely depends on what else runs on
the machine, so this compares the two endpoints on a shared machine. Not a test; see bench/README.md.

usage: cost.py BASE_URL APP_PID PG_DATA_DIR USERNAME PASSWORD TRAJECTORY_IDS_FILE [requests] [concurrency]
"""
import http.client, os, re, sys, threading, time, urllib.parse

base, app_pid, data_dir, username, password, ids_file = sys.argv[1:7]
total = int(sys.argv[7]) if len(sys.argv) > 7 else 3000
concurrency = int(sys.argv[8]) if len(sys.argv) > 8 else 16
host = urllib.parse.urlparse(base)
ticks = os.sysconf("SC_CLK_TCK")
ids = [line.strip() for line in open(ids_file) if line.strip()]


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / ticks  # utime + stime


def postgres_cpu():
    """The database cluster's CPU: its postmaster and the processes it started (other PostgreSQL servers
    on the machine, e.g. embedded ones of test runs, are not counted)."""
    postmaster = int(open(os.path.join(data_dir, "postmaster.pid")).readline())
    total_cpu = cpu_seconds(postmaster)
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                stat = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
                if int(stat[1]) == postmaster:
                    total_cpu += (int(stat[11]) + int(stat[12])) / ticks
            except OSError:
                pass  # ended meanwhile (the pool keeps its connections: none of ours)
    return total_cpu


def login():
    conn = http.client.HTTPConnection(host.hostname, host.port)
    conn.request("GET", "/login")
    response = conn.getresponse()
    page = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    csrf = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
    body = urllib.parse.urlencode({"username": username, "password": password, "_csrf": csrf})
    conn.request("POST", "/login", body, {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie})
    response = conn.getresponse()
    response.read()
    set_cookie = response.getheader("Set-Cookie")
    if response.status != 302 or "error" in (response.getheader("Location") or ""):
        sys.exit("login failed")
    return set_cookie.split(";")[0] if set_cookie else cookie


def run(paths, headers, label):
    counter = iter(range(total))
    lock = threading.Lock()
    errors = []

    def worker():
        conn = http.client.HTTPConnection(host.hostname, host.port)
        while True:
            with lock:
                k = next(counter, None)
            if k is None:
                return
            conn.request("GET", paths[k % len(paths)], headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(response.status)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    app0, db0, t0 = cpu_seconds(app_pid), postgres_cpu(), time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    app1, db1, t1 = cpu_seconds(app_pid), postgres_cpu(), time.time()
    app_ms, db_ms = 1000 * (app1 - app0) / total, 1000 * (db1 - db0) / total
    statuses = ", ".join(f"{s}: {errors.count(s)}" for s in sorted(set(errors)))
    print(f"{label}: {total} requests, {len(errors)} errors{' (' + statuses + ')' if errors else ''}, {total / (t1 - t0):.0f} req/s here; "
          f"CPU per request: application {app_ms:.2f} ms + database {db_ms:.2f} ms = {app_ms + db_ms:.2f} ms")
    return app_ms + db_ms


cookie = login()
dossiers = ["/trajecten/" + i for i in ids]
run(["/actuator/health/liveness"], {"Accept": "application/json"}, "warm-up trivial")
run(dossiers, {"Cookie": cookie, "Accept": "text/html"}, "warm-up dossier")
trivial = run(["/actuator/health/liveness"], {"Accept": "application/json"}, "trivial endpoint")
dossier = run(dossiers, {"Cookie": cookie, "Accept": "text/html"}, "dossier (audited)")
print(f"COST: trivial {trivial:.2f} ms, dossier {dossier:.2f} ms of CPU per request: a dedicated machine would "
      f"serve audited dossiers at about {100 * trivial / dossier:.1f}% of the trivial endpoint's rate")
