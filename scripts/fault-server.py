#!/usr/bin/env python3
"""Loopback OpenAI-compatible chat-completions server that injects faults, for scripts/fault-run.sh.

Usage: fault-server.py PORT LIBRARY_CSV ANSWERS_JSONL... --log LOG --fault-rate 0.3 --delay SECONDS --seed N

A request is answered with the recorded library answer of the scenario whose last user turn it carries. With
probability --fault-rate (decided by a seeded generator, per request) it gets one of seven faults instead:
  delay      sleeps past the client's timeout, then answers
  429        HTTP 429 with Retry-After: 1
  5xx        HTTP 500 or 503 with a short error body
  badjson    HTTP 200 whose body is not JSON
  reset      the connection is reset without a response
  truncated  HTTP 200 whose body stops half-way (Content-Length promises more)
  length     a valid completion cut short, finish_reason "length"
Every request is logged as one JSON line: {"key", "fault", "n"} (n = the request's number), so the checker knows what
the client was last told for each scenario.
"""
import argparse
import csv
import json
import random
import socket
import struct
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FAULTS = ["delay", "429", "5xx", "badjson", "reset", "truncated", "length"]


def last_user(turns_cell):
    """The last user turn of a CSV 'turns' cell (plain text, or 'user: ...'/'assistant: ...' lines)."""
    if not (turns_cell.startswith("user: ") or turns_cell.startswith("assistant: ")):
        return turns_cell.strip()
    turns, role, text = [], None, []
    for line in turns_cell.split("\n"):
        if line.startswith("user: ") or line.startswith("assistant: "):
            if role is not None:
                turns.append((role, "\n".join(text)))
            role, _, first = line.partition(": ")
            text = [first]
        else:
            text.append(line)
    if role is not None:
        turns.append((role, "\n".join(text)))
    users = [t for r, t in turns if r == "user"]
    return users[-1].strip() if users else ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("port", type=int)
    parser.add_argument("library_csv")
    parser.add_argument("answers", nargs="+")
    parser.add_argument("--log", required=True)
    parser.add_argument("--fault-rate", type=float, default=0.3)
    parser.add_argument("--delay", type=float, default=3.0)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()

    answers = {}
    for path in args.answers:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                row = json.loads(line)
                answers[row.get("scenarioId") or row.get("scenario_id")] = row["answer"]
    by_question = {}
    with open(args.library_csv, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            by_question.setdefault(last_user(row["turns"]), row["id"])

    rng = random.Random(args.seed)
    lock = threading.Lock()
    counter = [0]
    log = open(args.log, "a", encoding="utf-8")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_):
            pass

        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            try:
                request = json.loads(body)
                user = [m for m in request.get("messages", []) if m.get("role") == "user"]
                content = user[-1]["content"] if user else ""
                if isinstance(content, list):
                    content = "".join(p.get("text", "") for p in content)
                key = content.strip()
            except Exception:  # noqa: BLE001 - a request we cannot read is answered as a plain 400
                self.send_error(400)
                return
            with lock:
                counter[0] += 1
                n = counter[0]
                fault = rng.choice(FAULTS) if rng.random() < args.fault_rate else None
                log.write(json.dumps({"key": key, "fault": fault, "n": n}) + "\n")
                log.flush()
            scenario = by_question.get(key)
            answer = answers.get(scenario, "This is general information, not medical advice. Please talk with your oncologist.")
            if fault == "delay":
                time.sleep(args.delay)
            if fault == "429":
                self.reply(429, {"error": {"message": "rate limited, slow down", "type": "rate_limit"}}, {"Retry-After": "1"})
            elif fault == "5xx":
                status = 500 if n % 2 else 503
                self.reply(status, {"error": {"message": "upstream model crashed (injected fault)"}})
            elif fault == "badjson":
                self.raw(200, b"{\"id\": \"cmpl-1\", \"choices\": [ this is not json")
            elif fault == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
            elif fault == "truncated":
                data = json.dumps(self.completion(answer, "stop")).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data[: len(data) // 2])
                self.wfile.flush()
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True
            elif fault == "length":
                self.reply(200, self.completion(answer[: max(1, len(answer) // 3)], "length"))
            else:
                self.reply(200, self.completion(answer, "stop"))

        def completion(self, text, finish):
            return {
                "id": "cmpl-fault", "object": "chat.completion", "created": 0, "model": "fault-model",
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": finish}],
                "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20},
            }

        def reply(self, status, payload, headers=None):
            self.raw(status, json.dumps(payload).encode(), headers)

        def raw(self, status, data, headers=None):
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timed out) while we slept

    server = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    server.daemon_threads = True
    print(f"fault server on http://127.0.0.1:{server.server_address[1]}/v1", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        log.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
