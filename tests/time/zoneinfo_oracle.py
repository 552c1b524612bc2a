#!/usr/bin/env python3
"""An independent reader of the system tz database for the differential test.

Reads lines "ZONE EPOCH_SECONDS" on stdin and answers each with
"OFFSET_SECONDS ABBREVIATION" on stdout, through Python's zoneinfo, which
parses the same TZif files (and their POSIX footers past 2037) with code that
shares nothing with Qt.
"""
import sys
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

zones = {}
out = []
for line in sys.stdin:
    name, seconds = line.split()
    zone = zones.get(name)
    if zone is None:
        zone = zones[name] = ZoneInfo(name)
    local = datetime.fromtimestamp(int(seconds), tz=timezone.utc).astimezone(zone)
    out.append(f"{int(local.utcoffset().total_seconds())} {local.tzname()}")
sys.stdout.write("\n".join(out) + "\n")
