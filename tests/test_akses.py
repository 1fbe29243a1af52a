"""Admin access without an identity provider (kinerja.ingest.access) and the admin-password verb."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib

import pytest
from importkit import ROOT

from kinerja.ingest import access
from kinerja.ingest.access import (
    ADMINS_KEY,
    HASH_KEY,
    SECTION,
    Throttle,
    hash_password,
    verify_password,
    write_admin_hash,
)


@pytest.fixture(scope="module")
def hashed() -> str:
    return hash_password("rahasia-bappeda-2026")


def test_hash_is_salted_and_self_describing(hashed):
    again = hash_password("rahasia-bappeda-2026")
    assert hashed != again
    assert hashed.startswith("scrypt$n=16384,r=8,p=1$")
    scheme, params, salt, key = hashed.split("$")
    assert salt != again.split("$")[2]
    assert "rahasia" not in hashed


def test_verify_right_and_wrong(hashed):
    assert verify_password("rahasia-bappeda-2026", hashed)
    assert not verify_password("rahasia-bappeda-2027", hashed)
    assert not verify_password("", hashed)
    assert not verify_password("Rahasia-bappeda-2026", hashed)


@pytest.mark.parametrize(
    "stored",
    [
        "",
        "rahasia-bappeda-2026",  # a plain password pasted where the hash belongs
        "scrypt$n=16384,r=8,p=1$abc",
        "scrypt$n=16384,r=8,p=1$!!!$!!!",
        "md5$n=16384,r=8,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
        "scrypt$n=1000,r=8,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",  # n not a power of 2
        "scrypt$n=1073741824,r=8,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",  # asks too much
        "scrypt$r=8,p=1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5",
        None,
    ],
)
def test_verify_is_false_for_a_malformed_stored_value(stored):
    assert verify_password("rahasia-bappeda-2026", stored) is False


def test_verify_a_hash_with_its_own_parameters():
    # a value written with other (valid) parameters is read by what it says about itself
    import base64
    import hashlib

    salt = b"garam-enambelas!"
    key = hashlib.scrypt(b"kata sandi panjang", salt=salt, n=2**10, r=4, p=2, dklen=32)
    b64 = lambda raw: base64.b64encode(raw).decode().rstrip("=")  # noqa: E731
    stored = f"scrypt$n=1024,r=4,p=2${b64(salt)}${b64(key)}"
    assert verify_password("kata sandi panjang", stored)
    assert not verify_password("kata sandi pendek", stored)


def test_reading_the_secrets(hashed):
    secrets = {SECTION: {HASH_KEY: hashed, ADMINS_KEY: ["Kepala@Bappeda.go.id", " staf@bappeda.go.id "]}}
    assert access.stored_hash(secrets) == hashed
    assert access.check_password("rahasia-bappeda-2026", secrets)
    assert not access.check_password("salah-salah-salah", secrets)
    assert access.admin_emails(secrets) == {"kepala@bappeda.go.id", "staf@bappeda.go.id"}
    assert access.is_admin_email("KEPALA@bappeda.go.id", secrets)
    assert not access.is_admin_email("warga@contoh.id", secrets)
    assert not access.is_admin_email(None, secrets)
    for empty in ({}, None, {SECTION: "x"}, {SECTION: {HASH_KEY: ""}}):
        assert access.stored_hash(empty) is None
        assert not access.check_password("rahasia-bappeda-2026", empty)
        assert access.admin_emails(empty) == set()


def test_throttle_makes_guessing_slow():
    now = [1000.0]
    throttle = Throttle(free=2, delay=2.0, max_delay=8.0)
    access.time.monotonic, real = (lambda: now[0]), access.time.monotonic
    try:
        for _ in range(2):
            assert throttle.wait_seconds("s1") == 0
            throttle.failed("s1")
        assert throttle.wait_seconds("s1") == 2.0
        throttle.failed("s1")
        assert throttle.wait_seconds("s1") == 4.0
        now[0] += 3
        assert throttle.wait_seconds("s1") == 1.0
        for _ in range(5):
            throttle.failed("s1")
        assert throttle.wait_seconds("s1") == 8.0  # capped
        assert throttle.wait_seconds("s2") == 0  # per key
        throttle.succeeded("s1")
        assert throttle.wait_seconds("s1") == 0
    finally:
        access.time.monotonic = real


# --- writing the secrets file ------------------------------------------------------------------

EXISTING = """\
# Kinerja secrets
[auth]
redirect_uri = "http://localhost:8501/oauth2callback"
cookie_secret = "xyz"

[kinerja]
admin_emails = ["kepala@bappeda.go.id"]
admin_password_hash = "scrypt$old"

[auth.google]
client_id = "abc"
"""


def test_write_keeps_the_rest_of_the_file(tmp_path, hashed):
    path = tmp_path / ".streamlit" / "secrets.toml"
    path.parent.mkdir()
    path.write_text(EXISTING, encoding="utf-8")
    write_admin_hash(path, hashed)
    text = path.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    assert data[SECTION] == {ADMINS_KEY: ["kepala@bappeda.go.id"], HASH_KEY: hashed}
    assert data["auth"]["cookie_secret"] == "xyz" and data["auth"]["google"] == {"client_id": "abc"}
    assert text == EXISTING.replace('"scrypt$old"', f'"{hashed}"')  # only that line changed


def test_write_adds_the_section_or_the_key(tmp_path, hashed):
    only_auth = tmp_path / "a.toml"
    only_auth.write_text('[auth]\ncookie_secret = "xyz"', encoding="utf-8")
    write_admin_hash(only_auth, hashed)
    data = tomllib.loads(only_auth.read_text())
    assert data == {"auth": {"cookie_secret": "xyz"}, SECTION: {HASH_KEY: hashed}}

    section = tmp_path / "b.toml"
    section.write_text('[kinerja]\nadmin_emails = ["a@b.id"]\n[auth]\nx = 1\n', encoding="utf-8")
    write_admin_hash(section, hashed)
    data = tomllib.loads(section.read_text())
    assert data == {SECTION: {ADMINS_KEY: ["a@b.id"], HASH_KEY: hashed}, "auth": {"x": 1}}

    missing = tmp_path / "new" / ".streamlit" / "secrets.toml"
    write_admin_hash(missing, hashed)
    assert tomllib.loads(missing.read_text()) == {SECTION: {HASH_KEY: hashed}}
    assert missing.stat().st_mode & 0o777 == 0o600


def test_write_refuses_a_broken_file_and_leaves_it(tmp_path, hashed):
    path = tmp_path / "s.toml"
    path.write_text("[kinerja\nadmin = ", encoding="utf-8")
    with pytest.raises(ValueError):
        write_admin_hash(path, hashed)
    assert path.read_text() == "[kinerja\nadmin = "
    with pytest.raises(ValueError):
        write_admin_hash(tmp_path / "t.toml", 'x"\n[evil]')  # not a hash


# --- the command -----------------------------------------------------------------------------


def admin_password(secrets, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kinerja", "admin-password", "--secrets", str(secrets)],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ},
    )


def test_command_writes_a_hash_that_verifies_and_keeps_other_content(tmp_path):
    path = tmp_path / "secrets.toml"
    path.write_text(EXISTING, encoding="utf-8")
    done = admin_password(path, "kata sandi yang panjang\n")
    assert done.returncode == 0, done.stderr
    assert "kata sandi yang panjang" not in done.stdout + done.stderr
    text = path.read_text(encoding="utf-8")
    assert "kata sandi yang panjang" not in text
    data = tomllib.loads(text)
    assert verify_password("kata sandi yang panjang", data[SECTION][HASH_KEY])
    assert not verify_password("kata sandi yang panjang\n", data[SECTION][HASH_KEY])
    assert data[SECTION][ADMINS_KEY] == ["kepala@bappeda.go.id"]
    assert data["auth"]["google"] == {"client_id": "abc"}


def test_command_refuses_a_short_password_in_both_languages(tmp_path):
    path = tmp_path / "secrets.toml"
    path.write_text(EXISTING, encoding="utf-8")
    for short in ("pendek\n", "123456789\n", "\n", ""):
        done = admin_password(path, short)
        assert done.returncode == 1
        assert "minimal 10 karakter" in done.stderr and "at least 10 characters" in done.stderr
        assert "Traceback" not in done.stderr
    assert path.read_text(encoding="utf-8") == EXISTING


def test_command_does_not_import_streamlit(tmp_path):
    code = (
        "import io, sys; sys.stdin = io.StringIO('sepuluh karakter\\n'); "
        "from kinerja.cli import main; "
        f"rc = main(['admin-password', '--secrets', {str(tmp_path / 's.toml')!r}]); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('streamlit', 'plotly')); "
        "print('HEAVY', heavy, file=sys.stderr); sys.exit(rc)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stderr


def run_on_a_terminal(args: list[str], answers: list[str], timeout: float = 60) -> tuple[int, str]:
    """Run `python -m kinerja ARGS` on a pseudo-terminal, typing each answer at a prompt."""
    import pty
    import select
    import time

    pid, fd = pty.fork()
    if pid == 0:  # the child: the pty is its controlling terminal, so getpass reads it
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "kinerja", *args])
    out, answered, end = b"", 0, time.time() + timeout
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            out += chunk
            # each prompt ends with ": " and is answered once
            if answered < len(answers) and out.count(b": ") > answered:
                os.write(fd, answers[answered].encode() + b"\n")
                answered += 1
    else:
        os.kill(pid, 9)
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode(errors="replace")


def test_command_on_a_terminal_asks_twice(tmp_path):
    path = tmp_path / "secrets.toml"
    code, out = run_on_a_terminal(
        ["admin-password", "--secrets", str(path)], ["sandi-satu-panjang", "sandi-dua-panjang"]
    )
    assert code == 1 and "tidak sama" in out and "differ" in out
    assert not path.exists()
    code, out = run_on_a_terminal(
        ["admin-password", "--secrets", str(path)], ["sandi-yang-sama-1", "sandi-yang-sama-1"]
    )
    assert code == 0, out
    assert "sandi-yang-sama-1" not in out  # not echoed
    assert verify_password("sandi-yang-sama-1", tomllib.loads(path.read_text())[SECTION][HASH_KEY])
