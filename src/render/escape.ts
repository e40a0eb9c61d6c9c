/**
 * Escaping for the places data from a structure file ends up in a rendered document. HTML text and
 * attributes are escaped by Handlebars itself; these cover what it does not.
 */

const MARKDOWN_SPECIAL = /[\r\n\u2028\u2029&\\`*_[\]#|~<>]/;
const LIST_MARKER = /^\s*(?:[-+]|\d+\.)(?:\s|$)/;

/** Markdown inline text: safe in paragraphs, list items, table cells and headings. */
export function escapeMarkdown(text: string): string {
  // Most names and texts need nothing: a rendered national structure escapes a hundred thousand strings.
  if (!MARKDOWN_SPECIAL.test(text) && !LIST_MARKER.test(text)) return text;
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]#|~]/g, (c) => `\\${c}`)
    // List and numbered-list markers only count at the start.
    .replace(/^(\s*)([-+]|\d+\.)(?=\s|$)/, (_, space: string, marker: string) => `${space}${marker.replace(/^([-+])/, '\\$1').replace(/\.$/, '\\.')}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A Mermaid node or edge label, to be put inside double quotes. Everything but letters, digits,
 * spaces and `.,-` becomes a `#code;` entity, so no name can close the quote, start a directive (`%%{init}`),
 * add a line or carry markup.
 */
export function escapeMermaidLabel(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[^\p{L}\p{N} .,-]/gu, (c) => `#${c.codePointAt(0)};`);
}

/** A link target from the data, or undefined when it is not a plain web or mail address. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return ['http:', 'https:', 'mailto:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
