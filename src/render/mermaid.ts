import { escapeMermaidLabel } from './escape.js';
import { label } from './labels.js';
import type { StructureView } from './view-model.js';

/**
 * A Mermaid flowchart of the bodies by level, with parent, support and "sits in" links. Node ids are
 * generated (b0, b1 …) and every label is quoted and escaped, so nothing from the data is syntax.
 */
export function mermaidOrgChart(view: StructureView): string {
  const t = (key: string) => label(view.lang, key);
  const q = (text: string) => `"${escapeMermaidLabel(text)}"`;
  const ids = new Map(view.bodies.map((b, i) => [b.id, `b${i}`]));
  const lines = [
    'flowchart TB',
    '  classDef political fill:#fdecea,stroke:#a4262c,color:#1b1b1b',
    '  classDef administrative fill:#e8f0fb,stroke:#1d4f91,color:#1b1b1b',
    '  classDef mixed fill:#f3eafa,stroke:#6b2c91,color:#1b1b1b',
    '  classDef none fill:#f2f2f2,stroke:#595959,color:#1b1b1b',
    '  classDef external stroke-dasharray:4 3',
  ];
  view.levels.forEach((level, i) => {
    lines.push(`  subgraph level${i}[${q(level.label)}]`);
    for (const body of level.bodies) lines.push(`    ${ids.get(body.id)}[${q(body.shortName ?? body.name)}]:::${body.kind}`);
    lines.push('  end');
  });
  if (view.external.length > 0) {
    lines.push(`  subgraph external[${q(t('external'))}]`);
    for (const body of view.external) lines.push(`    ${ids.get(body.id)}[${q(body.shortName ?? body.name)}]:::${body.kind}`);
    lines.push('  end');
    lines.push(`  class ${view.external.map((b) => ids.get(b.id)).join(',')} external`);
  }
  for (const body of view.bodies) {
    const from = ids.get(body.id)!;
    const to = (link: { id: string } | undefined) => (link ? ids.get(link.id) : undefined);
    const parent = to(body.parent);
    if (parent && parent !== from) lines.push(`  ${parent} --> ${from}`);
    const supports = to(body.supports);
    if (supports) lines.push(`  ${from} -. ${q(t('legendSupports'))} .-> ${supports}`);
    for (const target of body.sitsIn.map(to)) if (target) lines.push(`  ${from} == ${q(t('legendSitsIn'))} ==> ${target}`);
  }
  return `${lines.join('\n')}\n`;
}
