/**
 * National-scale structures for scale tests and the benchmark: `n` bodies in a tree, each with five
 * municipalities, a born seat, a chair and a mandate, twenty clusters that divide the whole country,
 * and an appointment for every tenth body. The "new" variant changes a few known things.
 */
import { MUNICIPALITIES } from '../../src/model/registry.js';

const NAMES = MUNICIPALITIES.map((m) => m.name);
export const CLUSTERS = 20;

/** The municipalities of body i: clusters divide the country; the other bodies take five in a row. */
function municipalitiesOf(i: number): string[] {
  if (i >= 1 && i <= CLUSTERS) return NAMES.filter((_, k) => k % CLUSTERS === i - 1);
  return [0, 1, 2, 3, 4].map((k) => NAMES[(i * 7 + k) % NAMES.length]!);
}

export function nationalStructure(n: number, variant: 'old' | 'new'): string {
  const lines: string[] = [
    'govcheck: 1',
    `id: national-${variant}`,
    'name: Nationalt samarbejde',
    `date: "${variant === 'old' ? '2023-01-01' : '2024-01-01'}"`,
    'sources:',
    '  - { id: s, title: Kilde }',
    `municipalities: [${NAMES.map((m) => JSON.stringify(m)).join(', ')}]`,
    'bodies:',
  ];
  const renamed = 100;
  const removed = n - 1;
  for (let i = 0; i < n + (variant === 'new' ? 1 : 0); i++) {
    if (variant === 'new' && i === removed) continue;
    const id = variant === 'new' && i === renamed ? `b${i}-ny` : `b${i}`;
    let munis = municipalitiesOf(i);
    // Change 1: in the new file, cluster 1 hands its first municipality to cluster 2.
    if (variant === 'new' && i === 1) munis = munis.slice(1);
    if (variant === 'new' && i === 2) munis = [...munis, municipalitiesOf(1)[0]!];
    // Change 2: body 25 swaps its last municipality for another one.
    if (variant === 'new' && i === 25) munis = [...munis.slice(0, 4), NAMES[90]!];
    const parentIndex = i === 0 ? undefined : Math.floor((i - 1) / 10);
    const parent = parentIndex === undefined ? undefined : variant === 'new' && parentIndex === renamed ? `b${renamed}-ny` : `b${parentIndex}`;
    // Change 3: body 7's chair passes from its first municipality to its second.
    const chair = variant === 'new' && i === 7 ? munis[1]! : munis[0]!;
    lines.push(
      `  - id: ${id}`,
      `    name: ${variant === 'new' && i === renamed ? `Sundhedsforum ${i}` : `Forum ${i}`}`,
      ...(variant === 'new' && i === renamed ? [`    renamed_from: b${i}`] : []),
      `    kind: ${i <= CLUSTERS ? 'political' : 'administrative'}`,
      ...(i >= 1 && i <= CLUSTERS ? ['    level: cluster'] : []),
      ...(parent ? [`    parent: ${parent}`] : []),
      `    municipalities: [${munis.map((m) => JSON.stringify(m)).join(', ')}]`,
      '    seats:',
      `      - { id: borgmestre, role: mayor, side: municipalities, count: ${munis.length}, born: { of: self } }`,
      '    posts:',
      `      - { post: chair, holder: { municipality: ${JSON.stringify(chair)} } }`,
      '    mandate:',
      '      must:',
      `        - Koordinere indsatsen i forum ${i} på tværs af kommunerne`,
      // Change 4: body 8's "may" task becomes a "must" task.
      ...(variant === 'new' && i === 8 ? [`        - Udveksle erfaringer mellem kommunerne i forum ${i}`] : []),
      ...(variant === 'new' && i === 8 ? [] : ['      may:', `        - Udveksle erfaringer mellem kommunerne i forum ${i}`]),
    );
  }
  lines.push('groupings:', '  - id: klynger', '    name: Klyngerne', `    bodies: [${Array.from({ length: CLUSTERS }, (_, k) => `b${k + 1}`).join(', ')}]`, '    partitions: all');
  lines.push('appointments:');
  for (let i = 10; i < n - 1; i += 10) {
    const body = variant === 'new' && i === renamed ? `b${i}-ny` : `b${i}`;
    lines.push(`  - { id: a${i}, body: ${body}, seat: borgmestre, person: Person ${i}, municipality: ${JSON.stringify(municipalitiesOf(i)[0])}, status: in-force }`);
  }
  return `${lines.join('\n')}\n`;
}
