"""Starts tests/support/mastodon/server.py on a free loopback port and steers
it through its /_test/* control routes (for Python checks)."""

import json
import os
import subprocess
import sys
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


class TestServer:
    def __init__(self):
        self.process = subprocess.Popen([sys.executable, os.path.join(HERE, "server.py"), "--port", "0"],
                                        stdout=subprocess.PIPE, text=True)
        line = self.process.stdout.readline().strip()
        if not line.startswith("listening on "):
            self.process.kill()
            raise RuntimeError("the Mastodon test server did not start: %r" % line)
        self.url = line[len("listening on "):]

    def control(self, route, body=None):
        request = urllib.request.Request(self.url + "/_test/" + route, method="POST",
                                         data=json.dumps(body or {}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            return json.loads(answer.read())

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()
