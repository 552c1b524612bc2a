#!/usr/bin/env python3
"""Durable joins per second of `chorus-cli serve`, beside nginx in the same run.

Issue 6: wrk (Debian's) with 32 connections posts joins, each with a handle of
its own, to `chorus-cli serve` (every 201 comes after an fsynced SQLite
COMMIT) and to nginx-light (one worker, our own config on loopback) returning
a fixed 201 JSON reply. Prints both rates, p50/p99 latency and
"RATIO chorus-serve vs nginx: X req/s vs Y req/s = Z".

Issue 13: a second figure, the same joins through nginx as the README deploys
it (reverse proxy with upstream keep-alive and X-Forwarded-For, serve with
--trusted-proxy 127.0.0.1): "RATIO chorus-serve via nginx vs nginx: …", and
the CPU time serve spent per join (user + system, from /proc), both ways.

Figures only: the exit status is 0 whatever the speed; it is 1 only when a
server or wrk cannot be started or run.

    serve_vs_nginx.py --cli build/dev/app/cli/chorus-cli [--duration 5] [--connections 32]
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LUA = HERE / "joins.lua"
CAMPAIGN = ROOT / "resources" / "sample" / "alita.chorus.json"
NGINX_REPLY = '{"id":"1","token":"x"}'


class BenchError(Exception):
    pass


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_accepting(port, process, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return True
        except OSError:
            time.sleep(0.05)
    return False


def stop(process, name, sig=signal.SIGTERM, seconds=10.0):
    """Stops a server we started: the signal, then a kill after `seconds`."""
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            print(f"{name} did not stop within {seconds:.0f} s; killing it", file=sys.stderr)
            process.kill()
            process.wait()
    return process.returncode


def nginx_config(directory, port):
    d = str(directory)
    return f"""worker_processes 1;
daemon off;
master_process on;
pid {d}/nginx.pid;
error_log {d}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log {d}/access.log;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    keepalive_requests 100000000;
    server {{
        listen 127.0.0.1:{port};
        location /api/v1/participants {{
            default_type application/json;
            return 201 '{NGINX_REPLY}';
        }}
    }}
}}
"""


def proxy_config(directory, port, upstream):
    """nginx in front of serve, as README.md deploys it (TLS left out)."""
    d = str(directory)
    return f"""worker_processes 1;
daemon off;
master_process on;
pid {d}/nginx-proxy.pid;
error_log {d}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {d}/body;
    proxy_temp_path {d}/proxy;
    fastcgi_temp_path {d}/fastcgi;
    uwsgi_temp_path {d}/uwsgi;
    scgi_temp_path {d}/scgi;
    keepalive_requests 100000000;
    upstream chorus {{
        server 127.0.0.1:{upstream};
        keepalive 64;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_max_body_size 16k;
        location / {{
            proxy_pass http://chorus;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_read_timeout 30s;
            proxy_next_upstream error timeout;
        }}
    }}
}}
"""


def cpu_seconds(pid):
    """User + system CPU time of a process so far (all its threads)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_nginx(nginx, directory, upstream=None):
    port = free_port()
    conf = directory / ("nginx-proxy.conf" if upstream else "nginx.conf")
    conf.write_text(proxy_config(directory, port, upstream) if upstream
                    else nginx_config(directory, port))
    # -e: the error log before the config is read (nginx >= 1.19.5), so
    # nothing is written to /var/log/nginx.
    process = subprocess.Popen(
        [nginx, "-p", str(directory), "-c", str(conf), "-e", str(directory / "error.log")],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if not wait_accepting(port, process):
        stop(process, "nginx")
        log = (directory / "error.log").read_text() if (directory / "error.log").exists() else ""
        raise BenchError(f"nginx did not start on 127.0.0.1:{port}: "
                         f"{process.stderr.read().strip()} {log.strip()}")
    return process, port


def start_serve(cli, directory):
    db = directory / "bench.sqlite"
    process = subprocess.Popen(
        [cli, "serve", str(CAMPAIGN), "--listen", "127.0.0.1:0", "--db", str(db),
         "--admin-token", "bench-admin-token-0123456789",
         "--joins-per-minute", "2147483647", "--trusted-proxy", "127.0.0.1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    match = re.match(r"listening on http://127\.0\.0\.1:(\d+)", line)
    if not match:
        stop(process, "chorus-cli serve")
        raise BenchError(f"chorus-cli serve did not start: {line.strip()} "
                         f"{process.stderr.read().strip()}")
    return process, int(match.group(1))


def run_wrk(wrk, port, args):
    command = [wrk, f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s",
               "--timeout", "10s", "--latency", "-s", str(LUA),
               f"http://127.0.0.1:{port}/api/v1/participants"]
    try:
        result = subprocess.run(command, capture_output=True, text=True,
                                timeout=args.duration + 60)
    except subprocess.TimeoutExpired as error:
        raise BenchError(f"wrk did not finish: {error}") from error
    if args.verbose:
        print(result.stdout, end="")
    match = re.search(r"^BENCH (.*)$", result.stdout, re.MULTILINE)
    if result.returncode != 0 or not match:
        raise BenchError(f"wrk failed (exit {result.returncode}): "
                         f"{result.stderr.strip() or result.stdout.strip()}")
    figures = {key: int(value) for key, value in
               (pair.split("=") for pair in match.group(1).split())}
    figures["rate"] = figures["requests"] / (figures["duration_us"] / 1e6)
    # wrk's own "Non-2xx or 3xx responses: N" line, if any, for the report.
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
    figures["non2xx"] = int(non2xx.group(1)) if non2xx else 0
    return figures


def stats_participants(port):
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/stats", timeout=10) as reply:
        return int(json.load(reply)["participants"])


def flush_latency_us(directory, rounds=50):
    """Median time of a 4 KiB append + fdatasync() in `directory`, as the WAL
    commit does: each durable batch waits for one, so with C connections
    the service cannot answer more than about C / that time joins a second."""
    path = directory / "flush-probe"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        times = []
        for _ in range(rounds):
            os.write(fd, b"x" * 4096)
            start = time.perf_counter()
            os.fdatasync(fd)
            times.append(time.perf_counter() - start)
    finally:
        os.close(fd)
        path.unlink()
    times.sort()
    return times[len(times) // 2] * 1e6


def ms(microseconds):
    return f"{microseconds / 1000:.2f} ms"


def problems_of(name, figures):
    lines = []
    if figures["non2xx"] or figures["status_errors"]:
        lines.append(f"{name}: {max(figures['non2xx'], figures['status_errors'])} "
                     "non-2xx/3xx responses")
    socket_errors = {k: figures[k] for k in ("connect", "read", "write", "timeout") if figures[k]}
    if socket_errors:
        lines.append(f"{name}: socket errors {socket_errors}")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cli", required=True, help="path to chorus-cli")
    parser.add_argument("--duration", type=int, default=5, help="seconds per server (default 5)")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--nginx", default=shutil.which("nginx") or "/usr/sbin/nginx")
    parser.add_argument("--wrk", default=shutil.which("wrk") or "wrk")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--verbose", action="store_true", help="print wrk's own output")
    args = parser.parse_args()
    if not (1 <= args.duration <= 600):
        parser.error(f"--duration {args.duration} is not between 1 and 600 seconds")
    if not (1 <= args.threads <= args.connections <= 1000):
        parser.error("need 1 <= --threads <= --connections <= 1000")
    for tool, what in ((args.wrk, "wrk (Debian package wrk)"),
                       (args.nginx, "nginx (Debian package nginx-light)"),
                       (args.cli, "chorus-cli")):
        if not shutil.which(tool):
            print(f"serve_vs_nginx: cannot run {what} at '{tool}'", file=sys.stderr)
            return 1

    directory = Path(tempfile.mkdtemp(prefix="chorus-bench-"))
    servers = []
    try:
        print(f"{args.connections} connections, {args.threads} wrk threads, "
              f"{args.duration} s per server, loopback; chorus db in {directory}")
        nginx, nginx_port = start_nginx(args.nginx, directory)
        servers.append((nginx, "nginx", signal.SIGQUIT))
        base = run_wrk(args.wrk, nginx_port, args)
        stop(nginx, "nginx", signal.SIGQUIT)
        flush = flush_latency_us(directory)

        serve, serve_port = start_serve(args.cli, directory)
        servers.append((serve, "chorus-cli serve", signal.SIGTERM))
        cpu_before = cpu_seconds(serve.pid)
        ours = run_wrk(args.wrk, serve_port, args)
        cpu_direct = cpu_seconds(serve.pid) - cpu_before
        proxy, proxy_port = start_nginx(args.nginx, directory, upstream=serve_port)
        servers.append((proxy, "nginx proxy", signal.SIGQUIT))
        cpu_before = cpu_seconds(serve.pid)
        proxied = run_wrk(args.wrk, proxy_port, args)
        cpu_proxied = cpu_seconds(serve.pid) - cpu_before
        stop(proxy, "nginx proxy", signal.SIGQUIT)
        stored = stats_participants(serve_port)
        code = stop(serve, "chorus-cli serve")
        if code != 0:
            print(f"chorus-cli serve exited {code}: {serve.stderr.read().strip()}",
                  file=sys.stderr)
    except BenchError as error:
        print(f"serve_vs_nginx: {error}", file=sys.stderr)
        return 1
    finally:
        for process, name, sig in servers:
            stop(process, name, sig)
        if args.keep:
            print(f"kept {directory}")
        else:
            shutil.rmtree(directory, ignore_errors=True)

    print()
    print(f"{'server':<18}{'requests':>10}{'req/s':>12}{'p50':>12}{'p99':>12}{'max':>12}")
    for name, figures in (("chorus-serve", ours), ("serve via nginx", proxied), ("nginx", base)):
        print(f"{name:<18}{figures['requests']:>10}{figures['rate']:>12.0f}"
              f"{ms(figures['p50_us']):>12}{ms(figures['p99_us']):>12}{ms(figures['max_us']):>12}")
    print()
    print(f"RATIO chorus-serve vs nginx: {ours['rate']:.0f} req/s vs {base['rate']:.0f} req/s"
          f" = {ours['rate'] / base['rate']:.2f}")
    print(f"RATIO chorus-serve via nginx vs nginx: {proxied['rate']:.0f} req/s vs "
          f"{base['rate']:.0f} req/s = {proxied['rate'] / base['rate']:.2f}")
    print(f"CPU chorus-serve: {cpu_direct / max(1, ours['requests']) * 1e6:.0f} us per join "
          f"direct, {cpu_proxied / max(1, proxied['requests']) * 1e6:.0f} us through nginx "
          f"(user + system, all threads)")
    print(f"LATENCY chorus-serve p50 {ms(ours['p50_us'])} p99 {ms(ours['p99_us'])}; "
          f"nginx p50 {ms(base['p50_us'])} p99 {ms(base['p99_us'])}")
    # Every 201 wrk saw is a stored participant; a few more may be stored
    # whose answers were still in flight when wrk stopped (at most one per
    # connection, in each of the two runs).
    unanswered = stored - ours["created"] - proxied["created"]
    verdict = "ok" if 0 <= unanswered <= 2 * args.connections and stored > 0 else "MISMATCH"
    print(f"FLUSH fdatasync of the db directory: p50 {ms(flush)}; {args.connections} connections"
          f" / that = {args.connections / (flush / 1e6):.0f} durable joins/s at most with every"
          " connection in one batch")
    print(f"CHECK chorus-serve: {ours['created'] + proxied['created']} answers 201 (direct and "
          f"through nginx), {stored} participants stored "
          f"({verdict})")
    problems = (problems_of("chorus-serve", ours) + problems_of("serve via nginx", proxied)
                + problems_of("nginx", base))
    for line in problems:
        print(f"NOTE {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
