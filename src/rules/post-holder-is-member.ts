import { createRule } from '../engine/rule.js';
import type { PostKind, Side } from '../model/types.js';
import { bodyMunicipalitiesIncomplete } from '../model/describe.js';

/** Posts whose holder leads the body and so must sit in it (a secretariat or host need not). */
const LEADING: ReadonlySet<PostKind> = new Set(['chair', 'vice-chair', 'co-chair']);
const HOLDS: Partial<Record<PostKind, string>> = { chair: 'chairs', 'vice-chair': 'is vice-chair of', 'co-chair': 'co-chairs' };
/** The party kind a post on a non-municipal side must be held by (named as the side is). */
const PARTY_KIND: Partial<Record<Side, string>> = { region: 'region', 'general-practice': 'general-practice' };

export default createRule({
  id: 'post-holder-is-member',
  meta: {
    description: 'A chair, vice-chair or co-chair is held by a member of the body, from the side the post belongs to.',
    defaultSeverity: 'error',
    messages: {
      notMember: '{{municipality}} {{holds}} {{body}} but is not a member of it; make {{municipality}} a member or name another {{post}}.',
      partyOnMunicipalSide:
        'The {{post}} of {{body}} belongs to the municipalities, but its holder is {{party}}. Name the municipality that holds it, or change the side.',
      wrongPartyKind:
        'The {{post}} of {{body}} belongs to the {{side}} side, but its holder {{party}} is of kind {{kind}}. Name a party of kind {{side}}, or change the side.',
      municipalityOnPartySide:
        'The {{post}} of {{body}} belongs to the {{side}} side, but its holder is the municipality {{municipality}}. Name the {{side}} party that holds it, or change the side to municipalities.',
    },
    defaultOptions: {},
    examples: {
      failing:
        'municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder, Kolding]\nbodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n    posts:\n      - { post: co-chair, side: municipalities, holder: { municipality: Kolding } }\n',
      passing:
        'municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder, Kolding]\nbodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n    posts:\n      - { post: co-chair, side: municipalities, holder: { municipality: Sønderborg } }\n',
    },
  },
  check({ model, derived, report }) {
    model.doc.bodies?.forEach((body, b) => {
      // A repeated body id is reported elsewhere; the derived members belong to the first one.
      if (model.bodies.get(body.id) !== body) return;
      body.posts?.forEach((post, p) => {
        const holder = post.holder;
        if (!LEADING.has(post.post) || !holder) return;
        const at = ['bodies', b, 'posts', p, 'holder'];
        const base = { post: post.post, body: body.name };
        const partyKind = post.side === undefined ? undefined : PARTY_KIND[post.side];

        if (holder.party !== undefined) {
          const party = model.parties.get(holder.party);
          if (party && post.side === 'municipalities' && holder.municipality === undefined) {
            report({ messageId: 'partyOnMunicipalSide', data: { ...base, party: party.name }, path: [...at, 'party'] });
          } else if (party && partyKind !== undefined && party.kind !== partyKind) {
            report({ messageId: 'wrongPartyKind', data: { ...base, side: partyKind, party: party.name, kind: party.kind }, path: [...at, 'party'] });
          }
        }
        const municipality = model.municipality(holder.municipality);
        if (!municipality) return;
        if (partyKind !== undefined) {
          // A named party is checked above; a municipality alone cannot hold a post of the region or general practice.
          if (holder.party === undefined) {
            report({ messageId: 'municipalityOnPartySide', data: { ...base, side: partyKind, municipality: municipality.name }, path: [...at, 'municipality'] });
          }
          return;
        }
        // Nothing known about the members, or only some of them (born seats whose facts are partly
        // unrecorded): nothing to compare with.
        if (derived.bodyMunicipalities(body.id).has(municipality.code) || bodyMunicipalitiesIncomplete(model, derived, body.id)) return;
        report({ messageId: 'notMember', data: { ...base, municipality: municipality.name, holds: HOLDS[post.post] ?? post.post }, path: [...at, 'municipality'] });
      });
    });
  },
});
