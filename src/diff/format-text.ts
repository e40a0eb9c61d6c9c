/** The default output of govcheck diff, for people at a terminal: grouped by body, coloured like validate. */
import { Chalk } from 'chalk';
import { sanitizeForTerminal } from '../formatters/sanitize.js';
import type { Lang } from '../render/labels.js';
import type { DiffStep, LocatedChange, Location } from './types.js';
import { changeCount, changeDetails, changeSign, describeChange, noChanges, sectionTitle, structureLabel } from './wording.js';

export interface DiffFormatOptions {
  lang: Lang;
  /** ANSI colours; the command line decides from the TTY, NO_COLOR and FORCE_COLOR, as for validate. */
  color?: boolean;
}

/** "examples/6-by-2007.yaml:36": where to look, in the new file when the change is there, else the old. */
export function whereText(change: LocatedChange): string {
  const at: Location | null = change.locations.new ?? change.locations.old;
  if (!at) return '';
  return at.line === undefined ? `${at.file}#${at.pointer}` : `${at.file}:${at.line}`;
}

export function formatDiffText(steps: readonly DiffStep[], options: DiffFormatOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const safe = sanitizeForTerminal;
  const out: string[] = [];
  const signColour = { '+': c.green, '-': c.red, '~': c.yellow };
  steps.forEach((step, i) => {
    if (i > 0) out.push('');
    out.push(c.bold(safe(`${step.old?.file ?? '/dev/null'} → ${step.new?.file ?? '/dev/null'}`)));
    const title = `${structureLabel(step.old, options.lang)} → ${structureLabel(step.new, options.lang)}`;
    if (step.changes.length === 0) {
      out.push(safe(title), noChanges(options.lang));
      return;
    }
    out.push(`${safe(title)}: ${changeCount(step.changes.length, options.lang)}`);
    for (const section of step.sections) {
      out.push('', c.underline(safe(sectionTitle(section, options.lang))));
      for (const change of step.changes) {
        if (change.section !== section.path) continue;
        const sign = changeSign(change.kind);
        const where = whereText(change);
        out.push(`  ${signColour[sign](sign)} ${safe(describeChange(change, options.lang, section))}${where ? `  ${c.dim(safe(where))}` : ''}`);
        const details = changeDetails(change, options.lang);
        if (details?.old !== undefined) out.push(`      ${c.red(`- ${safe(details.old)}`)}`);
        if (details?.new !== undefined) out.push(`      ${c.green(`+ ${safe(details.new)}`)}`);
      }
    }
  });
  return `${out.join('\n')}\n`;
}
