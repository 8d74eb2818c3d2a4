#!/usr/bin/env python3
"""vigil take in a real pseudo-terminal (pexpect), as a nurse at a terminal sees it.

Usage: terminal-session.py VIGIL COURSE BOARDS WORKDIR

Checks, each printed as "ok: ..." or "FAIL: ..." (exit status 1 on any failure):
  - on a terminal with TERM=xterm-256color and NO_COLOR unset, screens carry colour (SGR escapes)
    and never switch to the alternate screen or move the cursor;
  - with NO_COLOR=1, and with --plain, not one escape byte is written;
  - an answer typed without Enter and left with Ctrl-D is not saved;
  - after kill -9 of vigil in the middle of a session, the shell's terminal settings (stty -g) are
    exactly what they were before vigil started.
"""
import os
import re
import signal
import sqlite3
import sys

import pexpect

VIGIL, COURSE, BOARDS, WORK = sys.argv[1:5]
REGISTRATION = ["Ana Díaz", "tx-bon", "RN", "123456", "2027-01-31", ""]
failures = []


def check(condition, what):
    print(("ok: " if condition else "FAIL: ") + what, flush=True)
    if not condition:
        failures.append(what)


def environment(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    env["TERM"] = "xterm-256color"
    env.update(extra)
    return env


def session_bytes(home, env, *flags):
    """Registers, reads to the first question, quits; returns everything vigil wrote."""
    child = pexpect.spawn(
        VIGIL, ["take", COURSE, "--home", home, "--boards", BOARDS, *flags],
        env=env, dimensions=(40, 100), timeout=20)
    log = []
    child.logfile_read = LogBytes(log)
    for line in REGISTRATION:
        child.expect(b"> ")
        child.sendline(line)
    child.expect(b"disclosures")
    # Enter through the intro, the lesson pages and the quiz rules to the first question.
    while child.expect([b"Question 1 of ", b"> "]) == 1:
        child.sendline("")
    child.expect(b"> ")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    return b"".join(log), child.exitstatus


class LogBytes:
    def __init__(self, sink):
        self.sink = sink

    def write(self, data):
        self.sink.append(data)

    def flush(self):
        pass


colour, status = session_bytes(os.path.join(WORK, "colour"), environment())
check(status == 0, "a session on a terminal ends with status 0 after quit")
check(re.search(rb"\x1b\[[0-9;]*m", colour) is not None, "colour on a terminal when NO_COLOR is unset")
check(b"\x1b[?1049h" not in colour and b"\x1b[?47h" not in colour, "never the alternate screen")
check(re.search(rb"\x1b\[[0-9;]*[ABCDHJKf]", colour) is None, "no cursor movement or screen clearing")
check(b"Question 1 of " in colour, "the question is announced as 'Question 1 of N'")

no_colour, _ = session_bytes(os.path.join(WORK, "no-colour"), environment(NO_COLOR="1"))
check(b"\x1b" not in no_colour, "no escape bytes at all with NO_COLOR=1")
plain, _ = session_bytes(os.path.join(WORK, "plain"), environment(), "--plain")
check(b"\x1b" not in plain, "no escape bytes at all with --plain")
dumb, _ = session_bytes(os.path.join(WORK, "dumb"), environment(TERM="dumb"))
check(b"\x1b" not in dumb, "no escape bytes at all with TERM=dumb")

# An answer typed but never confirmed with Enter, then Ctrl-D twice: the session ends and saves nothing.
home = os.path.join(WORK, "unfinished")
child = pexpect.spawn(
    VIGIL, ["take", COURSE, "--home", home, "--boards", BOARDS], env=environment(), dimensions=(40, 100), timeout=20)
for line in REGISTRATION:
    child.expect(b"> ")
    child.sendline(line)
while child.expect([b"Question 1 of ", b"> "]) == 1:
    child.sendline("")
child.expect(b"> ")
child.send("t")
child.sendeof()
child.sendeof()
child.expect(pexpect.EOF)
child.close()
check(child.exitstatus == 0, "Ctrl-D ends the session with status 0")
responses = sqlite3.connect(os.path.join(home, "ledger.sqlite")).execute("SELECT count(*) FROM responses").fetchone()[0]
check(responses == 0, "an answer typed but never confirmed with Enter is not saved (Ctrl-D on an unfinished line)")

# kill -9 in the middle of a session, from a shell on the same terminal.
shell = pexpect.spawn("/bin/sh", env=environment(PS1="$ "), dimensions=(40, 100), timeout=20, encoding="utf-8")
settings = [os.path.join(WORK, "stty-before"), os.path.join(WORK, "stty-after")]
shell.expect(r"\$ ")
shell.sendline(f"stty -g > {settings[0]}")
shell.expect(r"\$ ")
home = os.path.join(WORK, "killed")
shell.sendline(f"{VIGIL} take {COURSE} --home {home} --boards {BOARDS}")
for line in REGISTRATION:
    shell.expect("> ")
    shell.sendline(line)
shell.expect("disclosures")
shell.expect("> ")
pids = [int(p) for p in os.popen(f"pgrep -f '^{VIGIL} take {COURSE} --home {home}'").read().split()]
check(len(pids) == 1, "vigil is running on the terminal")
for pid in pids:
    os.kill(pid, signal.SIGKILL)
shell.expect(r"\$ ")
shell.sendline(f"stty -g > {settings[1]}")
shell.expect(r"\$ ")
before, after = (open(path).read() for path in settings)
check(before.strip() != "" and before == after, "the terminal's settings are unchanged after kill -9")
shell.sendline("exit")
shell.expect(pexpect.EOF)

sys.exit(1 if failures else 0)
