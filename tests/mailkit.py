"""A real SMTP server on loopback for the report tests (aiosmtpd), and ways to read what it got."""

from __future__ import annotations

import email
import io
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller

from tests.appkit import free_port


@dataclass
class Received:
    sender: str
    recipients: list[str]
    message: EmailMessage

    def text(self) -> str:
        return self.message.get_body(("plain",)).get_content()

    def html(self) -> str:
        return self.message.get_body(("html",)).get_content()

    def attachments(self) -> dict[str, bytes]:
        return {a.get_filename(): a.get_content() for a in self.message.iter_attachments()}


class Handler:
    def __init__(self, refuse: set[str] = frozenset()):
        self.received: list[Received] = []
        self.refuse = set(refuse)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 Mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        msg = email.message_from_bytes(envelope.content, policy=policy.default)
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), msg))
        return "250 Message accepted for delivery"


class SmtpServer:
    """Not listening until start(): a test can first run against a server that is down."""

    def __init__(self, refuse: set[str] = frozenset()):
        self.port = free_port()
        self.handler = Handler(refuse)
        self.controller: Controller | None = None

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def env(self) -> dict[str, str]:
        return {
            "KINERJA_SMTP_HOST": "127.0.0.1",
            "KINERJA_SMTP_PORT": str(self.port),
            "KINERJA_SMTP_TLS": "none",
            "KINERJA_SMTP_FROM": "Kinerja <kinerja@contoh.go.id>",
        }

    def start(self) -> None:
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


def pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def pptx_text(data: bytes) -> str:
    from pptx import Presentation

    deck = Presentation(io.BytesIO(data))
    parts = []
    for slide in deck.slides:
        for shape in slide.shapes:
            if shape.has_text_frame:
                parts.append(shape.text_frame.text)
            if shape.has_table:
                parts += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(parts)


def self_signed(folder) -> tuple[str, str]:
    """A certificate for 127.0.0.1 and its key (openssl), the certificate doubling as the CA
    that KINERJA_SMTP_CA names."""
    import subprocess

    cert, key = str(folder / "smtp.pem"), str(folder / "smtp.key")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout", key,
         "-out", cert, "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


class TlsSmtpServer(SmtpServer):
    """STARTTLS required, then AUTH LOGIN/PLAIN with one user and password."""

    def __init__(self, cert: str, key: str, user: str, password: str):
        super().__init__()
        self.cert, self.key, self.user, self.password = cert, key, user, password
        self.logins: list[str] = []

    def _authenticate(self, server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == self.user
            and auth_data.password.decode() == self.password
        )
        if ok:
            self.logins.append(self.user)
        return AuthResult(success=ok, handled=False)

    def start(self) -> None:
        import ssl

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        self.controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            tls_context=context,
            require_starttls=True,
            authenticator=self._authenticate,
            auth_required=True,
        )
        self.controller.start()
