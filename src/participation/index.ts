export {
  participation,
  type ParticipationView,
  type ParticipationRow,
  type ParticipationRole,
  type ParticipationPost,
  type ParticipationBasis,
  type ParticipationSummary,
  type StructureParticipation,
} from './view.js';
export { resolveSubject, personNames, normalizeName, UnknownSubjectError, type ParticipationInput, type Subject } from './match.js';
