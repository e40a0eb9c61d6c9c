import type { Rule } from '../engine/rule.js';
import constraint from './constraint.js';
import bornMembersMatchRule from './born-members-match-rule.js';
import appointmentWithinBodyLifetime from './appointment-within-body-lifetime.js';
import contributionsAddUp from './contributions-add-up.js';
import datesInOrder from './dates-in-order.js';
import derivedRuleResolves from './derived-rule-resolves.js';
import groupingPartitionsMunicipalities from './grouping-partitions-municipalities.js';
import mandateHasMustTask from './mandate-has-must-task.js';
import municipalityInRegion from './municipality-in-region.js';
import noDuplicateId from './no-duplicate-id.js';
import noLinkCycle from './no-link-cycle.js';
import noOverlappingAppointments from './no-overlapping-appointments.js';
import noUnknownMunicipality from './no-unknown-municipality.js';
import noUnknownReference from './no-unknown-reference.js';
import postHolderIsMember from './post-holder-is-member.js';
import seatCountMatches from './seat-count-matches.js';

/** Every built-in rule, in the order they run. A new rule is one file here plus one test and one doc. */
export const BUILT_IN_RULES: readonly Rule[] = [
  noUnknownReference,
  noUnknownMunicipality,
  noDuplicateId,
  municipalityInRegion,
  noLinkCycle,
  datesInOrder,
  postHolderIsMember,
  seatCountMatches,
  bornMembersMatchRule,
  derivedRuleResolves,
  groupingPartitionsMunicipalities,
  appointmentWithinBodyLifetime,
  noOverlappingAppointments,
  contributionsAddUp,
  mandateHasMustTask,
  constraint,
] as readonly Rule[];
