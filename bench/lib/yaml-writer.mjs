// A small YAML writer for the generated structures. It writes the block style people write by hand
// (as in examples/), with flow lists for short lists, folded text for long text, comments, and an
// anchor and alias where a mandate is shared: the shapes govcheck, yaml, js-yaml and Spectral read.

export class Flow {
  constructor(value) { this.value = value; }
}
export class Folded {
  constructor(text) { this.text = text; }
}
export class Comment {
  constructor(text) { this.text = text; }
}
export class Anchor {
  constructor(name, value) { this.name = name; this.value = value; }
}
export class Alias {
  constructor(name) { this.name = name; }
}

export const flow = (value) => new Flow(value);
export const folded = (text) => new Folded(text);
export const comment = (text) => new Comment(text);
export const anchor = (name, value) => new Anchor(name, value);
export const alias = (name) => new Alias(name);

const WIDTH = 104;
const sp = (n) => ' '.repeat(n);
const RESERVED = /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|yes|no|on|off|y|n)$/;

/** A scalar as YAML text: plain where that is unambiguous, else double-quoted (JSON is valid YAML). */
export function scalar(value, inFlow = false) {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  const s = String(value);
  const plain =
    s.length > 0 &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`0-9.+]/.test(s) &&
    !/\s$/.test(s) &&
    !/[\n\t\r]/.test(s) &&
    !s.includes(': ') &&
    !s.includes(' #') &&
    !s.endsWith(':') &&
    !RESERVED.test(s) &&
    !(inFlow && /[,[\]{}]/.test(s));
  return plain ? s : JSON.stringify(s);
}

function flowText(value) {
  if (Array.isArray(value)) return `[${value.map((v) => flowText(v)).join(', ')}]`;
  if (value && typeof value === 'object') {
    const parts = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${flowText(v)}`);
    return `{ ${parts.join(', ')} }`;
  }
  return scalar(value, true);
}

/** A flow value after `lead`; a long flow list wraps onto lines indented under it. */
function pushFlow(out, lead, value, ind) {
  const text = flowText(value);
  if (lead.length + text.length <= WIDTH || !Array.isArray(value)) {
    out.push(lead + text);
    return;
  }
  let line = `${lead}[`;
  value.forEach((v, i) => {
    const item = flowText(v) + (i === value.length - 1 ? ']' : ',');
    if (line.length + item.length + 1 > WIDTH && !line.endsWith('[')) {
      out.push(line);
      line = sp(ind + 2) + item;
    } else {
      line += (line.endsWith('[') ? '' : ' ') + item;
    }
  });
  out.push(line);
}

function pushFolded(out, lead, text, ind) {
  out.push(`${lead}>-`);
  const words = text.split(' ');
  let line = sp(ind);
  for (const w of words) {
    if (line.length + w.length + 1 > WIDTH && line.trim() !== '') {
      out.push(line);
      line = sp(ind);
    }
    line += (line.trim() === '' ? '' : ' ') + w;
  }
  out.push(line);
}

function pushValue(out, lead, value, ind) {
  // lead ends with "key:" (no trailing space)
  if (value instanceof Flow) return pushFlow(out, `${lead} `, value.value, ind - 2);
  if (value instanceof Folded) return pushFolded(out, `${lead} `, value.text, ind);
  if (value instanceof Alias) return out.push(`${lead} *${value.name}`);
  if (value instanceof Anchor) {
    out.push(`${lead} &${value.name}`);
    return writeMap(value.value, ind, out);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return out.push(`${lead} []`);
    out.push(lead);
    for (const item of value) writeItem(item, ind, out);
    return;
  }
  if (value && typeof value === 'object') {
    out.push(lead);
    return writeMap(value, ind, out);
  }
  out.push(`${lead} ${scalar(value)}`);
}

function writeMap(obj, ind, out, first) {
  let isFirst = true;
  for (const [key, value] of Object.entries(obj)) {
    if (value === undefined) continue;
    if (value instanceof Comment) {
      if (isFirst && first !== undefined) throw new Error('a comment cannot open a list item');
      out.push(`${sp(ind)}# ${value.text}`);
      continue;
    }
    const pre = isFirst && first !== undefined ? first : sp(ind);
    isFirst = false;
    pushValue(out, `${pre}${key}:`, value, ind + 2);
  }
}

function writeItem(item, ind, out) {
  if (item instanceof Comment) return out.push(`${sp(ind)}# ${item.text}`);
  if (item instanceof Flow) return pushFlow(out, `${sp(ind)}- `, item.value, ind);
  if (item instanceof Folded) return pushFolded(out, `${sp(ind)}- `, item.text, ind + 2);
  if (item && typeof item === 'object' && !Array.isArray(item)) return writeMap(item, ind + 2, out, `${sp(ind)}- `);
  out.push(`${sp(ind)}- ${scalar(item)}`);
}

/** The whole document; `header` lines become comments at the top. */
export function toYaml(doc, header = []) {
  const out = header.map((h) => (h === '' ? '#' : `# ${h}`));
  writeMap(doc, 0, out);
  return out.join('\n') + '\n';
}
