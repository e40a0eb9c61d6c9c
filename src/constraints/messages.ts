import type { RuleReport } from '../engine/rule.js';

/** The sentences of the `constraint` rule, by message id. */
export const MESSAGES = {
  noCheck: 'Constraint "{{id}}" checks nothing; give it one of count, partition, subset, equal or unique.',
  severalChecks: 'Constraint "{{id}}" has {{checks}}; give each constraint exactly one check and write the others as constraints of their own.',
  countWithoutBounds: 'Constraint "{{id}}" counts but does not say how many; add exactly, min or max.',
  boundsWithoutCount: '"{{key}}" only goes with count, and constraint "{{id}}" has no count; remove it or add a count.',
  exactlyWithRange: 'Constraint "{{id}}" gives both exactly and {{other}}; give exactly alone, or min and max.',
  emptyRange: 'Constraint "{{id}}" asks for at least {{min}} and at most {{max}}, which no count can meet; fix the numbers.',
  uniqueWithoutBy: 'Constraint "{{id}}" has unique but no by; add by: {{allowed}}.',
  byWithoutUnique: '"by" only goes with unique, and constraint "{{id}}" has no unique; remove it or add unique.',
  byDoesNotFit: '{{what}} have no {{by}} to compare; in constraint "{{id}}" use by: {{allowed}}.',
  uniqueMunicipalities: 'A set of municipalities never holds one twice, so unique over municipalities checks nothing; select members or posts instead.',
  eachOutsideForEach: 'The word $each stands for the body a for_each is checking, but constraint "{{id}}" has no for_each; add for_each or write a body id.',
  narrowWithoutBodies: '"{{key}}" picks among the bodies of a selection, but this selection names none; add body, grouping or supported_by.',
  unknownId: 'No {{kind}} has the id "{{ref}}"; declare it under {{list}} or fix constraint "{{id}}".',
  unknownIdWithSuggestion: 'No {{kind}} has the id "{{ref}}". Did you mean "{{suggestion}}"?',
  unknownSeat: 'No seat "{{ref}}" is declared on {{where}}; the seats there are: {{seats}}.',
  unknownSeatWithSuggestion: 'No seat "{{ref}}" is declared on {{where}}. Did you mean "{{suggestion}}"?',
  unknownMunicipality: '"{{ref}}" is not a Danish municipality name, alias or code. Run `govcheck registry {{ref}}` to look it up.',
  unknownMunicipalityWithSuggestion: '"{{ref}}" is not a Danish municipality. Did you mean {{suggestion}}?',
  duplicateId: 'Another constraint already has the id "{{id}}"; give each constraint its own id, so that messages and exceptions name one.',
  countFails: 'Constraint "{{id}}" fails{{context}}: {{found}}, expected {{expected}}{{says}}.',
  countOver: 'This {{entity}} brings constraint "{{id}}"{{context}} to {{found}}, more than the {{limit}} allowed.',
  partitionFails: 'Constraint "{{id}}" fails{{context}}: {{detail}}{{says}}.',
  notInPartition: '{{name}} is in none of {{bodies}}; constraint "{{id}}"{{context}} puts each municipality in exactly one of them.',
  inTwoParts: '{{name}} is also in {{first}}; constraint "{{id}}"{{context}} puts each municipality in exactly one of {{bodies}}.',
  subsetFails: 'Constraint "{{id}}" fails{{context}}: {{names}} {{verb}} {{a}} but not {{b}}{{says}}.',
  notInSuperset: '{{name}} is {{a}} but not {{b}}; constraint "{{id}}"{{context}} requires every municipality of the first set to be in the second.',
  equalFails: 'Constraint "{{id}}" fails{{context}}: {{detail}}{{says}}.',
  notInOther: '{{name}} is {{a}} but not {{b}}; constraint "{{id}}"{{context}} requires the two sets to be the same.',
  uniqueFails: 'Constraint "{{id}}" fails{{context}}: {{values}} {{verb}} more than once among {{what}}{{says}}.',
  duplicate: '{{value}} appears a second time among {{what}} (first in {{first}}); constraint "{{id}}"{{context}} allows each {{by}} once.',
} as const;

export type ConstraintMessageId = keyof typeof MESSAGES;
export type Finding = RuleReport<ConstraintMessageId>;
