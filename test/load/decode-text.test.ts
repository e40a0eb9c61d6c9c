import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/load/decode-text.js';

describe('decodeText', () => {
  it('decodes UTF-8 with Danish letters', () => {
    expect(decodeText(new TextEncoder().encode('name: Højgård\n'))).toEqual({ ok: true, text: 'name: Højgård\n' });
  });

  it('refuses Latin-1 with the position of the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('a: 1\nname: K'), 0xf8, ...new TextEncoder().encode('benhavn\n')]);
    expect(decodeText(bytes)).toEqual({
      ok: false,
      line: 2,
      column: 8,
      message: 'The file is not valid UTF-8 (byte 0xF8); it may be saved as Latin-1 or Windows-1252. Save it as UTF-8.',
    });
  });

  it('refuses UTF-16', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x61, 0x00]))).toMatchObject({ ok: false, line: 1, column: 1, message: 'The file is UTF-16 encoded. Save it as UTF-8.' });
  });

  it('refuses overlong and surrogate encodings', () => {
    expect(decodeText(new Uint8Array([0x61, 0xc0, 0xaf]))).toMatchObject({ ok: false, column: 2 });
    expect(decodeText(new Uint8Array([0x61, 0x62, 0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, column: 3 });
  });
});
