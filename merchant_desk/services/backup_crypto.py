"""Passphrase-protected backups: scrypt key, AES-256-GCM in 1 MiB chunks, verified before anything is used.

File layout: MAGIC | scrypt n, r, p (3 x uint32) | salt (16) | nonce prefix (8) | chunks, each
uint32 length + ciphertext-with-tag. Chunk i is sealed with nonce = prefix + i and associated data =
header + i + "last" flag, so a reordered, cut-short or altered file fails to decrypt instead of restoring
part of a shop.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from merchant_desk.core.errors import RestoreRefused, tr_noop

MAGIC = b"MDESK-ENC1\n"
CHUNK = 1 << 20
# scrypt with n=2**15, r=8 needs 32 MiB and ~80 ms here: one derivation per backup or restore.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 1 << 15, 8, 1
_HEADER = struct.Struct(">III16s8s")


class WrongPassphrase(RestoreRefused):
    message = tr_noop("'{name}' could not be opened: wrong passphrase, or the file was changed or cut short.")


class NeedsPassphrase(RestoreRefused):
    message = tr_noop("'{name}' is protected with a passphrase. Enter it to restore.")


def is_encrypted(path: Path) -> bool:
    with path.open("rb") as fh:
        return fh.read(len(MAGIC)) == MAGIC


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def _aad(header: bytes, index: int, last: bool) -> bytes:
    return header + struct.pack(">I?", index, last)


def encrypt_file(source: Path, dest: Path, passphrase: str) -> None:
    """Writes ``source`` encrypted to ``dest`` (the caller makes ``dest`` atomic)."""
    salt, prefix = os.urandom(16), os.urandom(8)
    header = MAGIC + _HEADER.pack(SCRYPT_N, SCRYPT_R, SCRYPT_P, salt, prefix)
    aead = AESGCM(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P))
    with source.open("rb") as src, dest.open("wb") as out:
        out.write(header)
        index, chunk = 0, src.read(CHUNK)
        while True:
            following = src.read(CHUNK)
            last = not following
            sealed = aead.encrypt(prefix + struct.pack(">I", index), chunk, _aad(header, index, last))
            out.write(struct.pack(">I", len(sealed)) + sealed)
            if last:
                break
            index, chunk = index + 1, following


def decrypt_file(source: Path, dest: Path, passphrase: str) -> None:
    """Decrypts and authenticates every chunk into ``dest``.

    Raises:
        WrongPassphrase: wrong passphrase, altered or truncated file; ``dest`` is removed.
    """
    try:
        with source.open("rb") as src, dest.open("wb") as out:
            magic = src.read(len(MAGIC))
            fields = src.read(_HEADER.size)
            if magic != MAGIC or len(fields) != _HEADER.size:
                raise WrongPassphrase(name=source.name)
            n, r, p, salt, prefix = _HEADER.unpack(fields)
            if n > 1 << 20 or r > 32 or p > 16:  # a forged header must not make us allocate gigabytes
                raise WrongPassphrase(name=source.name)
            header = magic + fields
            aead = AESGCM(_key(passphrase, salt, n, r, p))
            index, last = 0, False
            while not last:
                size_bytes = src.read(4)
                if len(size_bytes) != 4:
                    raise WrongPassphrase(name=source.name)  # cut short before the last chunk
                sealed = src.read(struct.unpack(">I", size_bytes)[0])
                last = src.peek(1) == b""  # nothing after this chunk: it must be sealed as the last
                out.write(aead.decrypt(prefix + struct.pack(">I", index), sealed, _aad(header, index, last)))
                index += 1
    except InvalidTag as exc:
        dest.unlink(missing_ok=True)
        raise WrongPassphrase(name=source.name) from exc
    except BaseException:
        dest.unlink(missing_ok=True)
        raise
