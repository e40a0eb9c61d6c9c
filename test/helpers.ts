import { validateSource } from '../src/index.js';

/** A minimal valid structure; tests append lines to it. */
export const MINIMAL = `govcheck: 1
id: test
name: Test
date: "2023-04-21"
sources:
  - id: s
    title: Source
`;

/** Diagnostics of a text as `line:col rule message` strings, the way a person reads them. */
export function findings(text: string): string[] {
  return validateSource(text, 'test.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);
}
