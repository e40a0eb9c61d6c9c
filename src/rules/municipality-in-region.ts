import type { DataPath } from '../diagnostic.js';
import { createRule } from '../engine/rule.js';
import { inRegion, OESTDANMARK_FROM, regionOn, type Municipality, type RegionName } from '../model/registry.js';
import type { MunicipalityRef } from '../model/types.js';

/** The regions that merge into Region Østdanmark on OESTDANMARK_FROM. */
const MERGING: ReadonlySet<RegionName> = new Set(['Hovedstaden', 'Sjælland']);

export default createRule({
  id: 'municipality-in-region',
  meta: {
    description: 'When the structure names a region, every participant and every municipality of its bodies is in that region on the evaluation date.',
    defaultSeverity: 'error',
    messages: {
      notInRegion: '{{municipality}} is in Region {{actual}}, not in Region {{region}} as this structure says (on {{date}}).',
      regionGone:
        'Region {{region}} no longer exists on {{date}}: from {{reform}} {{municipality}} is in Region Østdanmark. Write region: Østdanmark.',
      regionNotYet:
        'Region Østdanmark does not exist until {{reform}}; on {{date}} {{municipality}} is in Region {{actual}}. Write the region of that day, or leave region out if the structure spans two regions.',
    },
    defaultOptions: {},
    examples: {
      failing: 'region: Syddanmark\nmunicipalities: [Odense, Svendborg, Aarhus]\n',
      passing: 'region: Syddanmark\nmunicipalities: [Odense, Svendborg, Esbjerg]\n',
    },
  },
  check({ model, asOf, report }) {
    const region = model.doc.region as RegionName | undefined;
    if (region === undefined) return;
    const check = (ref: MunicipalityRef, path: DataPath): void => {
      const m: Municipality | undefined = model.municipality(ref);
      if (!m || inRegion(m, region, asOf)) return; // unknown municipalities are no-unknown-municipality's
      const actual = regionOn(m, asOf);
      const data = { municipality: m.name, region, actual, date: asOf, reform: OESTDANMARK_FROM };
      if (MERGING.has(region) && actual === 'Østdanmark') report({ messageId: 'regionGone', data, path });
      else if (region === 'Østdanmark' && MERGING.has(actual)) report({ messageId: 'regionNotYet', data, path });
      else report({ messageId: 'notInRegion', data, path });
    };
    model.doc.municipalities?.forEach((p, i) => {
      if (typeof p === 'object') check(p.municipality, ['municipalities', i, 'municipality']);
      else check(p, ['municipalities', i]);
    });
    model.doc.bodies?.forEach((body, b) => {
      // An external body lies outside this structure (a national alliance, say): the region does not bind it.
      if (body.external || !Array.isArray(body.municipalities)) return;
      body.municipalities.forEach((ref, j) => check(ref, ['bodies', b, 'municipalities', j]));
    });
  },
});
