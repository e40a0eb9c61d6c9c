import type { DataPath, Severity } from '../diagnostic.js';
import type { Derived } from '../model/derive.js';
import type { StructureModel } from '../model/build-model.js';

export type MessageData = Record<string, string | number>;

/** What a rule reports: a message id, the data for its placeholders, and a path into the file's data. */
export interface RuleReport<MessageId extends string> {
  messageId: MessageId;
  data?: MessageData;
  path: DataPath;
  /** Point at the key rather than the value (for example an unknown key or a whole entry's id). */
  target?: 'key' | 'value';
  /** What the finding is about when a rule checks named things (a constraint's id); exceptions can name it. */
  subject?: string;
}

export interface RuleContext<MessageId extends string, Options> {
  model: StructureModel;
  /** Sets derived from the model's facts and rules (members, post holders, selectors). */
  derived: Derived;
  /** The date dated facts are evaluated on: --as-of, or the structure's own date. */
  asOf: string;
  options: Options;
  report(report: RuleReport<MessageId>): void;
}

export interface RuleMeta<MessageId extends string, Options> {
  /** The invariant, in a few words. */
  description: string;
  defaultSeverity: Severity;
  /** Message templates by id; `{{name}}` is replaced by the report's data. */
  messages: Record<MessageId, string>;
  defaultOptions: Options;
  /** A small structure fragment that breaks the rule and one that keeps it, for `govcheck rules <id>`. */
  examples: { failing: string; passing: string };
}

export interface Rule<MessageId extends string = string, Options = unknown> {
  id: string;
  meta: RuleMeta<MessageId, Options>;
  check(context: RuleContext<MessageId, Options>): void;
}

/** Typed rule creation: a wrong message id or option type is a compile error. */
export function createRule<MessageId extends string, Options = Record<string, never>>(rule: Rule<MessageId, Options>): Rule<MessageId, Options> {
  return rule;
}

/** The structure header that rule examples (and rule tests) are appended to: a case's first line is line 8. */
export const EXAMPLE_HEADER = 'govcheck: 1\nid: example\nname: Example\ndate: "2023-04-21"\nsources:\n  - id: s\n    title: Source\n';
export const EXAMPLE_HEADER_LINES = 7;

export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}
