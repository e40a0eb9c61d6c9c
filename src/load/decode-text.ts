import { Buffer, isUtf8 } from 'node:buffer';

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; message: string; line: number; column: number };

/**
 * Decodes a file as UTF-8 (a BOM is dropped). Anything else is refused with the position of the
 * first byte that is not UTF-8, instead of being read silently with replacement characters.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'The file is UTF-16 encoded. Save it as UTF-8.', line: 1, column: 1 };
  }
  // Node's own check and decoding are faster than a fatal TextDecoder.
  if (isUtf8(bytes)) {
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  }
  const bad = firstInvalidByte(bytes);
  const before = Buffer.from(bytes.buffer, bytes.byteOffset, bad).toString('utf8');
  const lines = before.split('\n');
  const line = lines.length;
  const column = [...lines[lines.length - 1]!].length + 1;
  const hex = (bytes[bad] ?? 0).toString(16).toUpperCase().padStart(2, '0');
  return {
    ok: false,
    message: `The file is not valid UTF-8 (byte 0x${hex}); it may be saved as Latin-1 or Windows-1252. Save it as UTF-8.`,
    line,
    column,
  };
}

function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong, surrogate and out-of-range forms that the simple length check lets through.
    const c1 = bytes[i + 1] ?? 0;
    if ((b === 0xe0 && c1 < 0xa0) || (b === 0xed && c1 > 0x9f) || (b === 0xf0 && c1 < 0x90) || (b === 0xf4 && c1 > 0x8f)) return i;
    i += need + 1;
  }
  return bytes.length;
}
