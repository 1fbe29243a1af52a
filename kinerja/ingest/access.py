"""Admin access without an identity provider: a password kept only as a salted hash.

The hash lives in `.streamlit/secrets.toml` (never in the repository) under
`[kinerja] admin_password_hash`; `python -m kinerja admin-password` writes it. With an
identity provider (`st.login`, OIDC under `[auth]`), the admins are the e-mail
addresses in `[kinerja] admin_emails = [...]`. No Streamlit import here: the CLI uses it.

Hash format, self-describing: `scrypt$n=16384,r=8,p=1$<salt, base64>$<key, base64>`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
import secrets as _secrets
import threading
import time
import tomllib
from collections.abc import Mapping
from pathlib import Path

SECTION = "kinerja"
HASH_KEY = "admin_password_hash"
ADMINS_KEY = "admin_emails"
MIN_PASSWORD = 10  # characters

DEFAULT_SECRETS = Path(__file__).resolve().parents[2] / ".streamlit" / "secrets.toml"

_SCHEME = "scrypt"
_N, _R, _P = 2**14, 8, 1  # ~16 MB and ~50 ms per hash on this kind of machine
_SALT_BYTES, _KEY_BYTES = 16, 32
_MAXMEM = 64 * 1024 * 1024
# a stored value may not ask for more work than this (a tampered file must not hang the app)
_MAX_N, _MAX_R, _MAX_P = 2**17, 16, 4


def hash_password(password: str) -> str:
    salt = _secrets.token_bytes(_SALT_BYTES)
    key = _scrypt(password, salt, _N, _R, _P, _KEY_BYTES)
    return f"{_SCHEME}$n={_N},r={_R},p={_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    """True if `password` matches the stored hash; False for a wrong password and for a
    stored value that is malformed (never an exception)."""
    try:
        scheme, params, salt_text, key_text = str(stored).strip().split("$")
        if scheme != _SCHEME:
            return False
        values = dict(item.split("=", 1) for item in params.split(","))
        n, r, p = int(values["n"]), int(values["r"]), int(values["p"])
        if not (2 <= n <= _MAX_N and n & (n - 1) == 0 and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
            return False
        salt, expected = _unb64(salt_text), _unb64(key_text)
        if len(salt) < 8 or not 16 <= len(expected) <= 64:
            return False
        actual = _scrypt(password, salt, n, r, p, len(expected))
    except (ValueError, KeyError, TypeError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(
        str(password).encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=dklen
    )


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    if not re.fullmatch(r"[A-Za-z0-9+/]+", text):
        raise ValueError("not base64")
    return base64.b64decode(text + "=" * (-len(text) % 4), validate=True)


# --- reading the secrets ---------------------------------------------------------------------


def _section(secrets: Mapping | None) -> Mapping:
    try:
        section = (secrets or {}).get(SECTION) or {}
    except Exception:  # st.secrets raises when no secrets file exists
        return {}
    return section if isinstance(section, Mapping) else {}


def stored_hash(secrets: Mapping | None) -> str | None:
    """The admin password hash from secrets (st.secrets or a parsed TOML dict), if set."""
    value = _section(secrets).get(HASH_KEY)
    return value if isinstance(value, str) and value.strip() else None


def admin_emails(secrets: Mapping | None) -> set[str]:
    """`[kinerja] admin_emails`, lower-cased."""
    value = _section(secrets).get(ADMINS_KEY) or []
    if isinstance(value, str):
        value = [value]
    return {str(v).strip().lower() for v in value if str(v).strip()}


def is_admin_email(email: str | None, secrets: Mapping | None) -> bool:
    return bool(email) and str(email).strip().lower() in admin_emails(secrets)


def check_password(password: str, secrets: Mapping | None) -> bool:
    """The password against the configured hash; False when none is configured."""
    stored = stored_hash(secrets)
    return bool(password) and stored is not None and verify_password(password, stored)


class Throttle:
    """Slows down guessing: after `free` failed attempts for a key (e.g. a session),
    each further attempt must wait `delay` seconds more, up to `max_delay`. Thread-safe."""

    def __init__(self, free: int = 3, delay: float = 2.0, max_delay: float = 60.0):
        self.free, self.delay, self.max_delay = free, delay, max_delay
        self._failures: dict[str, tuple[int, float]] = {}
        self._lock = threading.Lock()

    def wait_seconds(self, key: str) -> float:
        """Seconds before `key` may try again (0: now)."""
        with self._lock:
            count, last = self._failures.get(key, (0, 0.0))
        if count < self.free:
            return 0.0
        wait = min(self.max_delay, self.delay * 2 ** (count - self.free))
        return max(0.0, last + wait - time.monotonic())

    def failed(self, key: str) -> None:
        with self._lock:
            count, _ = self._failures.get(key, (0, 0.0))
            self._failures[key] = (count + 1, time.monotonic())

    def succeeded(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


# --- writing the hash ------------------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(#.*)?$")
_KEY_LINE = re.compile(rf"^\s*(?:{HASH_KEY}|\"{HASH_KEY}\"|'{HASH_KEY}')\s*=")


def write_admin_hash(secrets_path: Path, hashed: str) -> None:
    """Set `[kinerja] admin_password_hash` in the secrets file, keeping everything else;
    the file is created (readable by its owner only) when missing. Raises ValueError if
    the existing file is not valid TOML or the key cannot be placed safely."""
    if not re.fullmatch(r"[A-Za-z0-9+/=$,.]+", hashed):
        raise ValueError("not a hash made by hash_password")
    path = Path(secrets_path)
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if text.strip():
        tomllib.loads(text)  # refuse to edit a file that is already broken
    new = _set_key(text, f'{HASH_KEY} = "{hashed}"')
    if tomllib.loads(new).get(SECTION, {}).get(HASH_KEY) != hashed:
        raise ValueError(f"could not set [{SECTION}] {HASH_KEY} in {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{_secrets.token_hex(6)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(new)
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _set_key(text: str, line: str) -> str:
    lines = text.splitlines()
    start = None
    for i, raw in enumerate(lines):
        m = _HEADER.match(raw)
        if m and m.group(1).strip() == SECTION:
            start = i
            break
    if start is None:
        tail = "" if not text or text.endswith("\n") else "\n"
        gap = "\n" if text.strip() else ""
        return f"{text}{tail}{gap}[{SECTION}]\n{line}\n"
    end = len(lines)
    for j in range(start + 1, len(lines)):
        if _HEADER.match(lines[j]) or lines[j].lstrip().startswith("[["):
            end = j
            break
    for j in range(start + 1, end):
        if _KEY_LINE.match(lines[j]):
            lines[j] = line
            break
    else:
        lines.insert(start + 1, line)
    return "\n".join(lines) + "\n"
