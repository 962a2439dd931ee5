#!/usr/bin/env python3
"""Loopback answer service for scripts/measure-store.sh: answers POST {"question": ..., "id": SCENARIO_ID} with the
recorded answer of that scenario after a fixed delay, and counts calls per scenario id (GET /counts returns them).
Usage: count-server.py ANSWERS_JSONL LATENCY_MS URL_FILE"""
import json, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

answers = {}
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        if line.strip():
            row = json.loads(line)
            answers[row["scenarioId"]] = row["answer"]
latency = int(sys.argv[2]) / 1000.0
counts = {}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    # HTTP/1.1 keep-alive: with HTTP/1.0 the client's pooled connections race the server's closes ("error while sending").
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _send(self, body):
        data = json.dumps(body).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        with lock:
            self._send(dict(counts))

    def do_POST(self):
        request = json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0"))))
        sid = request.get("id", "")
        with lock:
            counts[sid] = counts.get(sid, 0) + 1
        time.sleep(latency)
        self._send({"answer": answers.get(sid, "")})


class Server(ThreadingHTTPServer):
    request_queue_size = 256  # the default backlog of 5 resets connections of a client with 8 calls in flight
    daemon_threads = True


server = Server(("127.0.0.1", 0), Handler)
with open(sys.argv[3], "w") as f:
    f.write(f"http://127.0.0.1:{server.server_address[1]}/\n")
server.serve_forever()
