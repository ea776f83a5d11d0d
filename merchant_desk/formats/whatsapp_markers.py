"""What WhatsApp writes inside message text: invisible marks, system lines and attachment markers."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Bidi marks, embeddings/isolates and the BOM carry no meaning; no-break spaces become plain spaces.
_INVISIBLE = {ord(c): None for c in "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069\ufeff"}
_INVISIBLE.update({0x00A0: " ", 0x202F: " "})
INVISIBLE_CHARS = "\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069\ufeff\u00a0\u202f"


def clean(text: str) -> str:
    """``text`` without invisible marks, no-break spaces made plain, trimmed."""
    return text.translate(_INVISIBLE).strip()


@dataclass(frozen=True, slots=True)
class ParsedAttachment:
    """A file a message refers to; ``file_name`` is None when WhatsApp left the media out of the export."""

    kind: str  # image | video | audio | document | sticker | other
    file_name: str | None


_KINDS: dict[str, str] = {}
for _kind, _exts in {
    "image": "jpg jpeg png gif heic heif bmp",
    "video": "mp4 3gp mov mkv avi webm",
    "audio": "opus ogg m4a mp3 aac amr wav",
    "document": "pdf doc docx xls xlsx ppt pptx txt csv zip rar vcf apk",
    "sticker": "webp was",
}.items():
    _KINDS.update(dict.fromkeys(_exts.split(), _kind))


def kind_of(file_name: str) -> str:
    """image/video/audio/document/sticker/other from the extension (WhatsApp's STK- names are stickers)."""
    stem, _, ext = file_name.rpartition(".")
    if stem.upper().startswith("STK-") or "-STICKER-" in stem.upper():
        return "sticker"
    return _KINDS.get(ext.lower(), "other") if stem else "other"


# Android with media: "IMG-20261122-WA0001.jpg (file attached)"; iOS: "<attached: 00000012-PHOTO-….jpg>".
_FILE_ATTACHED = re.compile(r"^(?P<name>[^\n<>]+?\.[A-Za-z0-9]{1,5}) \((?:file attached|file terlampir)\)$")
_IOS_ATTACHED = re.compile(r"^<(?:attached|terlampir|lampiran): (?P<name>[^\n<>]+)>$")
_OMITTED_ANY = frozenset({"<media omitted>", "<media tidak disertakan>", "<media dihilangkan>"})
# iOS writes the kind when media is left out: "image omitted", "gambar tidak disertakan".
_OMITTED_KIND: dict[str, str] = {
    "image omitted": "image",
    "video omitted": "video",
    "audio omitted": "audio",
    "sticker omitted": "sticker",
    "gif omitted": "image",
    "document omitted": "document",
    "gambar tidak disertakan": "image",
    "video tidak disertakan": "video",
    "audio tidak disertakan": "audio",
    "stiker tidak disertakan": "sticker",
    "gif tidak disertakan": "image",
    "dokumen tidak disertakan": "document",
}


def split_attachment(text: str) -> tuple[ParsedAttachment | None, str]:
    """Finds an attachment marker on the first line; returns it and the caption that follows (if any)."""
    first, _newline, rest = text.partition("\n")
    if "<" not in first and "(" not in first and "omitted" not in first and "disertakan" not in first:
        return None, text  # fast path: most messages are plain text
    marker = clean(first)
    lowered = marker.lower()
    if lowered in _OMITTED_ANY:
        return ParsedAttachment("other", None), rest
    if lowered in _OMITTED_KIND:
        return ParsedAttachment(_OMITTED_KIND[lowered], None), rest
    found = _FILE_ATTACHED.match(marker) or _IOS_ATTACHED.match(marker)
    if found:
        name = found["name"].strip()
        return ParsedAttachment(kind_of(name), name), rest
    # Android puts the file name and the caption on one line when a caption follows: "IMG.jpg (file attached) hi".
    return None, text


def render_attachment(attachment: ParsedAttachment, form: str) -> str:
    """The marker WhatsApp writes for ``attachment`` (used by the renderer and tests)."""
    if attachment.file_name is None:
        return "<Media omitted>" if form == "android" else f"{attachment.kind} omitted"
    if form == "android":
        return f"{attachment.file_name} (file attached)"
    return f"\u200e<attached: {attachment.file_name}>"


SYSTEM_PHRASES = re.compile(
    r"^(?:messages and calls are end-to-end encrypted|messages to this (?:group|chat) are now secured"
    r"|pesan dan panggilan terenkripsi secara end-to-end|pesan yang dikirim ke (?:grup|chat) ini"
    r"|this message was deleted|you deleted this message|pesan ini telah dihapus|anda menghapus pesan ini"
    r"|waiting for this message|menunggu pesan ini|security code (?:with .* )?changed|kode keamanan (?:.* )?berubah"
    r"|missed (?:voice|video) call|panggilan (?:suara|video) tak terjawab"
    r"|(?:you|anda) (?:turned|menyalakan|mengaktifkan|mematikan) .*(?:disappearing|pesan sementara))",
    re.IGNORECASE,
)
# Group events worded as "<someone> <verb> …"; only trusted where no author prefix was found or iOS marked it.
_GROUP_EVENT = re.compile(
    r"\b(?:added|removed|left|joined using|changed the subject|changed this group's|changed the group"
    r"|created group|changed their phone number|menambahkan|mengeluarkan|keluar|bergabung menggunakan"
    r"|mengubah subjek|mengubah ikon|mengubah deskripsi|membuat grup|mengganti nomor)\b",
    re.IGNORECASE,
)
GROUP_CREATION = re.compile(r"(?:created group|membuat grup) [\"“](?P<subject>.+?)[\"”]", re.IGNORECASE)
DELETED = re.compile(
    r"^(?:this message was deleted|you deleted this message|pesan ini telah dihapus|anda menghapus pesan ini)$",
    re.IGNORECASE,
)


def is_system_text(text: str) -> bool:
    """True for WhatsApp's own notices written under an author (encryption, deleted messages, iOS events)."""
    if not text:
        return False
    if text[0] in INVISIBLE_CHARS:  # iOS prefixes its own notices with U+200E
        body = clean(text)
        return SYSTEM_PHRASES.match(body) is not None or ("\n" not in body and _GROUP_EVENT.search(body) is not None)
    return SYSTEM_PHRASES.match(text) is not None


def is_group_event(text: str) -> bool:
    """True when a system line is about group membership or the group's subject."""
    return _GROUP_EVENT.search(text) is not None
