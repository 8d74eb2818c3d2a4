#!/usr/bin/env python3
"""Vigil's xAPI statements against a real Learning Record Store: Ralph (ralph-malph 5.1.0, PyPI).

    .build/ralph-venv/bin/python Tests/Interop/xapi-lrs.py STATEMENTS.jsonl WORKDIR

Starts Ralph on loopback (a free port on 127.0.0.1) with its file-system backend and HTTP basic
authentication, in WORKDIR, then with `X-Experience-API-Version: 1.0.3` and basic auth:
  1. POSTs every statement of the file (Vigil's `xapi` export, one statement per line) as one array:
     200 and the statements' own ids, in order;
  2. GETs each statement back by id: the LRS returns it unchanged (apart from what the LRS adds,
     `stored`, `authority`, `version`);
  3. POSTs the same array again: accepted (204) and nothing is stored twice;
  4. POSTs the first statement changed, with the same id: refused with 409 Conflict;
  5. POSTs with a wrong password: refused with 401.
Exit 0 printing one line, or 1 naming what failed. The server is stopped in every case.

Ralph 5.1.0's file-system backend writes with operation type CREATE, so every POST after the first
fails with HTTP 500; this launcher sets APPEND before starting the app (without uvicorn's reload).
"""
import base64
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

USER, PASSWORD = "vigil-test", "loopback-only-password"
ADDED_BY_LRS = {"stored", "authority", "version"}


def serve(port):
    """Runs Ralph's API on 127.0.0.1:port (the child process)."""
    from ralph.backends.data.base import BaseOperationType
    from ralph.backends.data.fs import FSDataBackend

    FSDataBackend.default_operation_type = BaseOperationType.APPEND
    import uvicorn

    uvicorn.run("ralph.api:app", host="127.0.0.1", port=port, log_level="warning")


def request(port, method, path, body=None, password=PASSWORD):
    """(status, parsed JSON or None) of one request to the LRS."""
    data = None if body is None else json.dumps(body, ensure_ascii=False).encode()
    token = base64.b64encode(f"{USER}:{password}".encode()).decode()
    headers = {"X-Experience-API-Version": "1.0.3", "Authorization": f"Basic {token}"}
    if data is not None:
        headers["Content-Type"] = "application/json"
    call = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(call, timeout=30) as response:
            text = response.read().decode()
            return response.status, json.loads(text) if text else None
    except urllib.error.HTTPError as error:
        return error.code, None


def fail(message):
    print(f"xapi-lrs: {message}")
    sys.exit(1)


def check(port, statements):
    ids = [statement["id"] for statement in statements]
    status, body = request(port, "POST", "/xAPI/statements", statements)
    if status != 200 or body != ids:
        fail(f"POST of {len(statements)} statements gave {status} {body!r}, not 200 and their ids")
    for statement in statements:
        status, body = request(port, "GET", f"/xAPI/statements?statementId={statement['id']}")
        if status != 200 or body is None:
            fail(f"GET of statement {statement['id']} gave {status}")
        # Ralph's file-system backend answers a statementId query with a list.
        found = [s for s in body.get("statements", [body]) if s.get("id") == statement["id"]]
        if len(found) != 1:
            fail(f"GET of statement {statement['id']} returned {len(found)} statements with that id")
        returned = {key: value for key, value in found[0].items() if key not in ADDED_BY_LRS}
        if returned != statement:
            fail(f"statement {statement['id']} came back changed: {json.dumps(returned, ensure_ascii=False)}")
    status, _ = request(port, "POST", "/xAPI/statements", statements)
    if status not in (200, 204):
        fail(f"the same statements POSTed again gave {status}, not 204")
    status, body = request(port, "GET", "/xAPI/statements?limit=1000")
    stored = [s["id"] for s in (body or {}).get("statements", [])]
    if status != 200 or sorted(stored) != sorted(ids):
        fail(f"after the second POST the LRS holds {len(stored)} statements, not the {len(ids)} sent")
    changed = dict(statements[0], actor=dict(statements[0]["actor"], name="Someone Else"))
    status, _ = request(port, "POST", "/xAPI/statements", [changed])
    if status != 409:
        fail(f"a changed statement with the id {changed['id']} gave {status}, not 409 Conflict")
    status, _ = request(port, "POST", "/xAPI/statements", statements, password="wrong")
    if status != 401:
        fail(f"a wrong password gave {status}, not 401")
    print(
        f"the LRS accepted {len(statements)} statements and returned each unchanged; the same POST again was "
        "accepted without duplicates, a changed statement with the same id was refused with 409, a wrong password with 401")


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        return serve(int(sys.argv[2]))
    if len(sys.argv) != 3:
        fail("usage: xapi-lrs.py STATEMENTS.jsonl WORKDIR")
    with open(sys.argv[1], encoding="utf-8") as file:
        statements = [json.loads(line) for line in file if line.strip()]
    if not statements:
        fail("the file holds no statements")
    work = sys.argv[2]
    environment = dict(
        os.environ,
        RALPH_APP_DIR=os.path.join(work, "ralph"),
        RALPH_RUNSERVER_BACKEND="fs",
        RALPH_RUNSERVER_AUTH_BACKENDS="basic",
        RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=os.path.join(work, "lrs"),
    )
    os.makedirs(environment["RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH"], exist_ok=True)
    ralph = os.path.join(os.path.dirname(sys.executable), "ralph")
    made = subprocess.run(
        [ralph, "auth", "-u", USER, "-p", PASSWORD, "-s", "all", "-M", "mailto:provider@example.org", "-w"],
        env=environment, capture_output=True, text=True)
    if made.returncode != 0:
        fail(f"ralph auth failed: {made.stderr.strip()[-300:]}")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    log = open(os.path.join(work, "ralph.log"), "w")
    server = subprocess.Popen([sys.executable, __file__, "--serve", str(port)], env=environment, stdout=log, stderr=log)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/__heartbeat__", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    log.flush()
                    with open(os.path.join(work, "ralph.log")) as text:
                        fail(f"Ralph did not start: {text.read()[-500:]}")
                time.sleep(0.2)
        check(port, statements)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


if __name__ == "__main__":
    main()
