import type { Rule } from '../engine/rule.js';
import noUnknownMunicipality from './no-unknown-municipality.js';
import noUnknownReference from './no-unknown-reference.js';

/** Every built-in rule, in the order they run. A new rule is one file here plus one test and one doc. */
export const BUILT_IN_RULES: readonly Rule[] = [noUnknownReference, noUnknownMunicipality] as readonly Rule[];
