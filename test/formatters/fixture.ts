import { summarize, validateSource, type ValidationReport } from '../../src/validate.js';
import { MINIMAL } from '../helpers.js';

/**
 * `structures/a.yaml`: an unknown municipality (error, line 10), a period that ends before it starts
 * (error, line 17), a mandate without must tasks (warning, line 18), an unknown municipality silenced
 * by a disable comment (line 12) and a mandate finding accepted by an exception in the file (line 24).
 */
export const FILE_A = `${MINIMAL}municipalities:
  - Odense
  - Århuus
  # govcheck-disable-next-line no-unknown-municipality -- Christiansø is administered by the state
  - Christiansø
bodies:
  - id: kommuneklynge-nord
    name: Kommuneklynge Nord
    from: "2027-12-31"
    to: "2023-07-01"
    mandate:
      scope: det somatiske område
      may:
        - Vidensdeling.
  - id: kommuneklynge-syd
    name: Kommuneklynge Syd
    mandate:
      scope: det somatiske område
      may:
        - Vidensdeling.
exceptions:
  - rule: mandate-has-must-task
    body: kommuneklynge-syd
    reason: The mandate gives the cluster no must tasks (seed 001).
`;

/** `structures/b.yaml`: a misspelt key (schema error, line 8), after which no rule runs. */
export const FILE_B = `${MINIMAL}nmae: x\n`;

/** Two files with findings and one clean file. */
export function fixtureReport(): ValidationReport {
  return summarize([
    validateSource(FILE_A, 'structures/a.yaml', { today: '2024-01-01' }),
    validateSource(FILE_B, 'structures/b.yaml'),
    validateSource(MINIMAL, 'structures/ok.yaml'),
  ]);
}
