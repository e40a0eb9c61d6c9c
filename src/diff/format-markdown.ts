/** govcheck diff for change logs and pull-request comments: a summary paragraph, then the changes by body. */
import { escapeMarkdown } from '../render/escape.js';
import type { DiffStep } from './types.js';
import type { DiffFormatOptions } from './format-text.js';
import { whereText } from './format-text.js';
import { changeDetails, describeChange, sectionTitle, summarize } from './wording.js';

/** A file position as inline code, unless it holds a backtick; then as escaped text. */
function code(text: string): string {
  return /[`\r\n]/.test(text) ? escapeMarkdown(text) : `\`${text}\``;
}

export function formatDiffMarkdown(steps: readonly DiffStep[], options: Pick<DiffFormatOptions, 'lang'>): string {
  const { lang } = options;
  const out: string[] = [];
  const before = lang === 'da' ? 'før' : 'before';
  const after = lang === 'da' ? 'nu' : 'now';
  steps.forEach((step, i) => {
    if (i > 0) out.push('');
    const none = lang === 'da' ? 'ingen fil' : 'no file';
    out.push(`## ${escapeMarkdown(step.old?.name ?? none)} → ${escapeMarkdown(step.new?.name ?? none)}`, '', escapeMarkdown(summarize(step, lang)));
    for (const section of step.sections) {
      out.push('', `### ${escapeMarkdown(sectionTitle(section, lang))}`, '');
      for (const change of step.changes) {
        if (change.section !== section.path) continue;
        const where = whereText(change);
        out.push(`- ${escapeMarkdown(describeChange(change, lang, section))}${where ? ` ${code(where)}` : ''}`);
        const details = changeDetails(change, lang);
        if (details?.old !== undefined) out.push(`  - ${before}: ${escapeMarkdown(details.old)}`);
        if (details?.new !== undefined) out.push(`  - ${after}: ${escapeMarkdown(details.new)}`);
      }
    }
  });
  return `${out.join('\n')}\n`;
}
