// Generated JavaScript is written in ASCII (\u escapes for æøå, valid in strings and regular
// expressions alike): Node reads and compiles a one-byte source faster than a two-byte one.
export const toAscii = (code) => code.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
