import { compareDiagnostics, type Diagnostic, type Severity } from '../diagnostic.js';
import type { Rule } from '../engine/rule.js';
import type { Suppression } from '../engine/suppressions.js';
import { BUILT_IN_RULES } from '../rules/index.js';
import type { ValidationReport } from '../validate.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** The rules that ran; their metadata becomes `tool.driver.rules`. All built-in rules by default. */
  rules?: readonly Rule[];
  /** govcheck's version (the command line passes the package's version). Left out when not given. */
  version?: string;
  /** An absolute URL about govcheck. Left out when not given: SARIF wants an absolute URI here. */
  informationUri?: string;
}

/** Findings that do not come from a rule, described so that every result can point at a rule entry. */
const NON_RULES: readonly { id: string; level: Severity; description: string; docs: string }[] = [
  {
    id: 'yaml',
    level: 'error',
    description: 'The file is one readable YAML document: UTF-8, well-formed, no tags, within the size and nesting limits.',
    docs: 'docs/limits.md',
  },
  { id: 'io', level: 'error', description: 'Every file and pattern given can be found and read.', docs: 'docs/limits.md' },
  { id: 'schema', level: 'error', description: 'The file has the shape the structure schema requires: known keys, right types, required fields.', docs: 'docs/format.md' },
  { id: 'config', level: 'error', description: 'The configuration file can be read, keeps its schema and names only existing rules.', docs: 'docs/config.md' },
  {
    id: 'suppression',
    level: 'warning',
    description: 'Disable comments and exceptions name a rule, give a reason, silence a finding and have not expired.',
    docs: 'docs/config.md',
  },
];

interface Message {
  text: string;
  markdown?: string;
}

interface ReportingDescriptor {
  id: string;
  shortDescription?: Message;
  fullDescription?: Message;
  help?: Message;
  defaultConfiguration?: { level: Severity };
}

interface SarifSuppression {
  kind: 'inSource' | 'external';
  status: 'accepted';
  justification: string;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Severity;
  message: { text: string };
  locations: {
    physicalLocation: {
      artifactLocation: { uri: string; uriBaseId?: string };
      region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
    };
  }[];
  suppressions: SarifSuppression[];
}

/**
 * SARIF 2.1.0 for code-scanning tools (GitHub code scanning, GitLab, Azure DevOps, SARIF viewers).
 * One run; `tool.driver.rules` holds every rule given plus the non-rule ids (`yaml`, `io`, `schema`,
 * `config`, `suppression`) that occur. Suppressed findings are results with `suppressions`; every other
 * result has an empty `suppressions` array, which says that govcheck did look for suppressions.
 * The output has no timestamps or absolute paths of its own: the same report gives the same bytes.
 */
export function formatSarif(report: ValidationReport, options: SarifOptions = {}): string {
  const rules = options.rules ?? BUILT_IN_RULES;
  const descriptors: ReportingDescriptor[] = [];
  const indexOf = new Map<string, number>();
  const add = (descriptor: ReportingDescriptor) => {
    if (indexOf.has(descriptor.id)) return;
    indexOf.set(descriptor.id, descriptors.length);
    descriptors.push(descriptor);
  };
  for (const rule of rules) add(ruleDescriptor(rule));

  const findings = report.files.flatMap((file) =>
    [...file.diagnostics.map((d) => ({ d, suppressions: [] as Suppression[] })), ...file.suppressed.map((d) => ({ d, suppressions: d.suppressions }))].sort(
      (a, b) => compareDiagnostics(a.d, b.d),
    ),
  );
  const used = new Set(findings.map((f) => f.d.ruleId));
  for (const nonRule of NON_RULES) if (used.has(nonRule.id)) add(nonRuleDescriptor(nonRule));
  // A rule id that is neither given nor known (a caller's own rule) still gets an entry, so ruleIndex always resolves.
  for (const id of [...used].sort()) add({ id, shortDescription: { text: `Findings reported as ${id}.` } });

  const results: SarifResult[] = findings.map(({ d, suppressions }) => ({
    ruleId: d.ruleId,
    ruleIndex: indexOf.get(d.ruleId)!,
    level: d.severity,
    message: { text: messageText(d.message) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file), region: region(d) } }],
    suppressions: sarifSuppressions(suppressions),
  }));

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'govcheck',
            ...(options.version ? { version: options.version } : {}),
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: descriptors,
          },
        },
        // Every file was read and checked to the end: no file was unreadable or refused by a limit.
        invocations: [{ executionSuccessful: report.fatalCount === 0 }],
        // Columns count UTF-16 code units, as JavaScript strings (and the YAML parser) do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(rule: Rule): ReportingDescriptor {
  const { description, defaultSeverity, examples } = rule.meta;
  const docs = `docs/rules/${rule.id}.md`;
  return {
    id: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: description },
    help: {
      text: `${description}\n\nDefault severity: ${defaultSeverity}. Documentation: ${docs} in the govcheck repository.`,
      markdown: [
        description,
        `**Default severity:** ${defaultSeverity}`,
        `Breaks the rule:\n\n${codeBlock(examples.failing)}`,
        `Keeps the rule:\n\n${codeBlock(examples.passing)}`,
        `Documentation: \`${docs}\` in the govcheck repository.`,
      ].join('\n\n'),
    },
    defaultConfiguration: { level: defaultSeverity },
  };
}

function nonRuleDescriptor(nonRule: (typeof NON_RULES)[number]): ReportingDescriptor {
  const { id, description, level, docs } = nonRule;
  return {
    id,
    shortDescription: { text: description },
    fullDescription: { text: `${description} Reported by govcheck itself, not by a rule; it cannot be turned off.` },
    help: {
      text: `${description}\n\nDocumentation: ${docs} in the govcheck repository.`,
      markdown: `${description}\n\nDocumentation: \`${docs}\` in the govcheck repository.`,
    },
    defaultConfiguration: { level },
  };
}

/** A fenced YAML block whose fence is longer than any run of backticks in the text. */
function codeBlock(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}yaml\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

/**
 * A plain-text SARIF message: `{` and `}` are written `{{` and `}}` (SARIF §3.11.5, placeholders), and
 * `](` gets a backslash so that text from a file cannot form an embedded link (`[text](0)`, §3.11.6).
 */
function messageText(message: string): string {
  return message.replace(/[{}]/g, (brace) => brace + brace).replace(/\]\(/g, '\\](');
}

function region(d: Diagnostic) {
  const startLine = Math.max(1, d.line);
  const startColumn = Math.max(1, d.column);
  const endLine = Math.max(startLine, d.endLine);
  // SARIF's endColumn is exclusive, like ours; on one line it cannot come before the start.
  const endColumn = endLine === startLine ? Math.max(startColumn, d.endColumn) : Math.max(1, d.endColumn);
  return { startLine, startColumn, endLine, endColumn };
}

function sarifSuppressions(suppressions: readonly Suppression[]): SarifSuppression[] {
  // SARIF wants the array's items unique: two disable comments with the same reason count once.
  const seen = new Set<string>();
  const out: SarifSuppression[] = [];
  for (const s of suppressions) {
    const item: SarifSuppression = { kind: s.kind === 'comment' ? 'inSource' : 'external', status: 'accepted', justification: s.reason };
    const key = `${item.kind}\u0000${item.justification}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The file as a URI. A relative path (the usual case: relative to the working directory, which in CI
 * is the repository's root) becomes a relative reference against `%SRCROOT%`; an absolute path becomes
 * a `file:` URI. Backslashes become slashes; each segment is percent-encoded (spaces, `%`, `#`, `?`,
 * `:`, non-ASCII), so no file name can change the URI's structure.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const path = file.replace(LONE_SURROGATE, '\ufffd').replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return { uri: `file:///${drive[1]}:${encode(path.slice(2))}` };
  if (path.startsWith('/')) return { uri: `file://${encode(path)}` };
  return { uri: encode(path), uriBaseId: '%SRCROOT%' };
}
