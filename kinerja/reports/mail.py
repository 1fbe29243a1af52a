"""The e-mail of one subscription, and the SMTP server it goes through.

The message holds the summary's sentences twice, as plain text and as HTML (every text from
the data escaped), and the attachments the subscription asked for. The server comes from the
environment (KINERJA_SMTP_*); the password is read from there at sending time and stored
nowhere.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from html import escape

from kinerja.i18n import t
from kinerja.indicators import rules
from kinerja.palette import AREA_COLORS, INK, MUTED
from kinerja.reports.card import model as card_model
from kinerja.reports.content import Report
from kinerja.reports.schedule import Change
from kinerja.reports.subscriptions import Subscription

TIMEOUT = 60  # seconds for connecting and for each SMTP command
MIME = {
    "pdf": ("application", "pdf"),
    "pptx": ("application", "vnd.openxmlformats-officedocument.presentationml.presentation"),
    "png": ("image", "png"),
}


class MailError(RuntimeError):
    """The server cannot be reached, refuses, or is not configured; bilingual text."""


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes

    @property
    def mime(self) -> tuple[str, str]:
        return MIME[self.filename.rsplit(".", 1)[-1]]


# --- the message ----------------------------------------------------------------------------


def subject(report: Report, alert: bool = False) -> str:
    key = "laporan_subject_change" if alert else "laporan_subject"
    return t(key, report.lang, wilayah=report.wilayah, tahun=report.tahun, tanggal=report.data_per)


def change_lines(changes: list[Change], report: Report, names: dict[str, str]) -> list[str]:
    lang = report.lang
    out = []
    for c in changes:
        if c.kode == "tahun":
            out.append(t("laporan_change_year", lang, tahun=c.after))
            continue
        where = f" — {names.get(c.kode_opd, c.kode_opd)}" if c.kode_opd else ""
        out.append(
            t(
                "laporan_change_line",
                lang,
                name=rules.name(c.kode, lang),
                where=where,
                before=rules.status_word(c.before, lang),
                after=rules.status_word(c.after, lang),
            )
        )
    return out


def compose(
    sub: Subscription,
    report: Report,
    sender: str,
    attachments: list[Attachment],
    changed: list[str] | None = None,
) -> EmailMessage:
    """One message to all of the subscription's addresses; `changed` are the lines naming
    the statuses that changed (saat-berubah)."""
    lang = report.lang
    msg = EmailMessage()
    msg["Subject"] = subject(report, alert=bool(changed))
    msg["From"] = sender
    msg["To"] = ", ".join(sub.email)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].strip(">") or None)
    heading = t("laporan_heading", lang, wilayah=report.wilayah, tahun=report.tahun)
    meta = [*report.filter_lines, t("data_per", lang, tanggal=report.data_per)]
    footer = t("laporan_footer", lang, id=sub.id, jadwal=t(f"laporan_jadwal_{sub.jadwal}", lang))
    files = ", ".join(a.filename for a in attachments)
    link = report.link()

    text = [heading, " · ".join(meta), ""]
    if changed:
        text += [t("laporan_changes", lang), *(f"- {line}" for line in changed), ""]
    tiles = card_model(report).tiles
    text += [f"- {tile.area_label} — {tile.name}: {tile.value} ({tile.word})" for tile in tiles] + [""]
    text += [*report.sentences, ""]
    if link:
        text += [f"{t('laporan_open', lang)}: {link}", ""]
    if files:
        text += [t("laporan_attached", lang, files=files), ""]
    text += ["-- ", footer]
    msg.set_content("\n".join(text) + "\n")
    msg.add_alternative(
        _html(heading, meta, tiles, report.sentences, changed or [], link, files, footer, lang),
        subtype="html",
    )
    for a in attachments:
        maintype, subtype = a.mime
        msg.add_attachment(a.data, maintype=maintype, subtype=subtype, filename=a.filename)
    return msg


def _html(heading, meta, tiles, sentences, changed, link, files, footer, lang) -> str:
    p = 'style="margin:0 0 12px;font-size:16px;line-height:1.5"'
    body = [
        f'<h1 style="margin:0 0 6px;font-size:22px;color:{AREA_COLORS["work"]}">{escape(heading)}</h1>',
        f'<p style="margin:0 0 18px;font-size:14px;color:{MUTED}">{escape(" · ".join(meta))}</p>',
    ]
    if changed:
        items = "".join(f"<li>{escape(line)}</li>" for line in changed)
        body.append(
            f"<p {p}><strong>{escape(t('laporan_changes', lang))}</strong></p>"
            f'<ul style="margin:0 0 16px;padding-left:22px;font-size:16px;line-height:1.5">{items}</ul>'
        )
    body.append(_headline_table(tiles))
    body += [f"<p {p}>{escape(s)}</p>" for s in sentences]
    if link:
        body.append(
            f'<p {p}><a href="{escape(link, quote=True)}" style="color:{AREA_COLORS["work"]}">'
            f"{escape(t('laporan_open', lang))}</a></p>"
        )
    if files:
        body.append(
            f'<p style="margin:0 0 12px;font-size:14px;color:{MUTED}">'
            f"{escape(t('laporan_attached', lang, files=files))}</p>"
        )
    body.append(
        f'<p style="margin:24px 0 0;padding-top:12px;border-top:1px solid #DADCE0;font-size:12px;'
        f'color:{MUTED}">{escape(footer)}</p>'
    )
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(heading)}</title>"
        f'</head><body style="margin:0;padding:24px;background:#fff;color:{INK};'
        f"font-family:Arial,'Liberation Sans',sans-serif\">"
        f'<div style="max-width:640px">{"".join(body)}</div></body></html>'
    )


def _headline_table(tiles) -> str:
    """Each area's headline number with its status as a word on its colour (as the card)."""
    rows = []
    for tile in tiles:
        fill, ink = rules.chip_colours(tile.status, tile.progress)
        rows.append(
            f'<tr><td style="padding:6px 12px 6px 10px;border-left:6px solid {AREA_COLORS[tile.area]};'
            f'font-size:15px">{escape(tile.area_label)} — {escape(tile.name)}</td>'
            f'<td style="padding:6px 12px;font-size:20px;font-weight:bold;text-align:right;white-space:nowrap">'
            f"{escape(tile.value)}</td>"
            f'<td style="padding:6px 0"><span style="display:inline-block;padding:3px 10px;border-radius:4px;'
            f'background:{fill};color:{ink};font-size:14px;font-weight:bold;white-space:nowrap">'
            f"{escape(tile.word)}</span></td></tr>"
        )
    return (
        '<table role="presentation" style="border-collapse:separate;border-spacing:0 6px;margin:0 0 16px">'
        f"{''.join(rows)}</table>"
    )


# --- the server -----------------------------------------------------------------------------

DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass(frozen=True)
class Settings:
    host: str
    port: int
    tls: str
    sender: str
    user: str | None
    ca: str | None

    @classmethod
    def from_env(cls, env=os.environ) -> Settings:
        """The server of KINERJA_SMTP_*; MailError naming what is missing or wrong."""
        host = env.get("KINERJA_SMTP_HOST", "").strip()
        sender = env.get("KINERJA_SMTP_FROM", "").strip()
        tls = (env.get("KINERJA_SMTP_TLS") or "starttls").strip().lower()
        missing = [n for n, v in (("KINERJA_SMTP_HOST", host), ("KINERJA_SMTP_FROM", sender)) if not v]
        if missing:
            raise MailError(
                f"Server e-mail belum diatur: {', '.join(missing)} kosong; tidak ada yang dikirim. "
                f"(The mail server is not configured: {', '.join(missing)} not set; nothing was sent.)"
            )
        if tls not in DEFAULT_PORTS:
            raise MailError(
                f"KINERJA_SMTP_TLS tidak dikenal: '{tls}'; pilihan: starttls, ssl, none; tidak ada yang "
                "dikirim. (Unknown KINERJA_SMTP_TLS; nothing was sent.)"
            )
        port_text = (env.get("KINERJA_SMTP_PORT") or "").strip()
        try:
            port = int(port_text) if port_text else DEFAULT_PORTS[tls]
        except ValueError:
            raise MailError(
                f"KINERJA_SMTP_PORT bukan angka: '{port_text}'; tidak ada yang dikirim. "
                "(KINERJA_SMTP_PORT is not a number; nothing was sent.)"
            ) from None
        user = (env.get("KINERJA_SMTP_USER") or "").strip() or None
        ca = (env.get("KINERJA_SMTP_CA") or "").strip() or None
        return cls(host=host, port=port, tls=tls, sender=sender, user=user, ca=ca)

    def where(self) -> str:
        return f"{self.host}:{self.port} ({self.tls})"


def connect(settings: Settings, env=os.environ) -> smtplib.SMTP:
    """A logged-in connection; MailError (bilingual, naming the server) when it fails."""
    try:
        context = ssl.create_default_context(cafile=settings.ca) if settings.tls != "none" else None
        if settings.tls == "ssl":
            server = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT, context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT)
            if settings.tls == "starttls":
                server.starttls(context=context)
        if settings.user:
            server.login(settings.user, env.get("KINERJA_SMTP_PASSWORD", ""))
        return server
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(
            f"Server e-mail {settings.where()} tidak dapat dihubungi atau menolak: {_reason(exc)}; "
            f"tidak ada yang dikirim. (The mail server cannot be reached or refused: nothing was sent.)"
        ) from None


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = (
            exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        )
        return f"{exc.smtp_code} {text}"
    return str(exc) or type(exc).__name__


def send(server: smtplib.SMTP, msg: EmailMessage) -> dict:
    """Hand one message to the server; the recipients it refused (empty: all accepted).
    MailError when it accepted none or the message itself."""
    try:
        return server.send_message(msg)
    except smtplib.SMTPRecipientsRefused as exc:
        refused = ", ".join(f"{a} ({_reason_pair(v)})" for a, v in exc.recipients.items())
        raise MailError(
            f"Server menolak semua penerima: {refused} (the server refused every recipient)"
        ) from None
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(
            f"Server menolak atau terputus: {_reason(exc)} (the server refused or disconnected)"
        ) from None


def _reason_pair(value) -> str:
    code, text = value
    return f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
