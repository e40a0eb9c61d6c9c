// C0/C1 controls (but tab), DEL, and the Unicode bidi overrides and isolates that can disguise text.
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes text from a user's file safe to print on a terminal: control characters become visible escapes. */
export function sanitizeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
