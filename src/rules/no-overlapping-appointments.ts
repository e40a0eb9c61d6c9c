import { createRule } from '../engine/rule.js';
import type { AppointmentDoc, SeatDoc } from '../model/types.js';

/** Sorts before every ISO date (an appointment without `from`) and after every one (without `to`). */
const OPEN_START = '';
const OPEN_END = '~';

interface Held {
  index: number;
  start: string;
  end: string;
}

/** A binary min-heap of held seats by end date, so the sweep drops ended appointments in log n. */
class EndHeap {
  private readonly items: Held[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): Held | undefined {
    return this.items[0];
  }

  push(item: Held): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]!.end <= a[i]!.end) break;
      const up = a[i]!;
      a[i] = a[parent]!;
      a[parent] = up;
      i = parent;
    }
  }

  pop(): void {
    const a = this.items;
    const last = a.pop()!;
    if (a.length === 0) return;
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let min = i;
      if (l < a.length && a[l]!.end < a[min]!.end) min = l;
      if (r < a.length && a[r]!.end < a[min]!.end) min = r;
      if (min === i) return;
      const down = a[i]!;
      a[i] = a[min]!;
      a[min] = down;
      i = min;
    }
  }
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export default createRule({
  id: 'no-overlapping-appointments',
  meta: {
    description: 'No more appointments hold a seat at the same time than the seat has places.',
    defaultSeverity: 'error',
    messages: {
      overlap: '{{first}} and {{second}} both hold the one seat "{{seat}}" in {{body}} from {{date}}; end the first appointment or add a seat.',
      overlapUndated:
        '{{first}} and {{second}} both hold the one seat "{{seat}}" in {{body}}, and neither appointment says when it starts; give them from and to dates, or add a seat.',
      overCount:
        '{{person}} holds one of the {{count}} seats "{{seat}}" in {{body}} from {{date}}, when all {{count}} are already held; end an earlier appointment or raise the seat\'s count.',
      overCountUndated:
        '{{person}} holds one of the {{count}} seats "{{seat}}" in {{body}} without a start date, when all {{count}} are already held; give the appointments dates, end one, or raise the seat\'s count.',
    },
    defaultOptions: {},
    examples: {
      failing: [
        'bodies:',
        '  - id: samarbejdsudvalget-almen-praksis',
        '    name: Samarbejdsudvalget vedrørende almen praksis',
        '    seats: [{ id: kkr-plads, role: politician, side: municipalities }]',
        'appointments:',
        '  - { body: samarbejdsudvalget-almen-praksis, seat: kkr-plads, person: Susanne Damsgaard, party_letter: L, from: "2022-01-01" }',
        '  - { body: samarbejdsudvalget-almen-praksis, seat: kkr-plads, person: Jens Hansen, from: "2023-05-01" }',
        '',
      ].join('\n'),
      passing: [
        'bodies:',
        '  - id: samarbejdsudvalget-almen-praksis',
        '    name: Samarbejdsudvalget vedrørende almen praksis',
        '    seats: [{ id: kkr-plads, role: politician, side: municipalities }]',
        'appointments:',
        '  - { body: samarbejdsudvalget-almen-praksis, seat: kkr-plads, person: Susanne Damsgaard, party_letter: L, from: "2022-01-01", to: "2023-04-21", status: ended }',
        '  - { body: samarbejdsudvalget-almen-praksis, seat: kkr-plads, person: Jens Hansen, from: "2023-05-01" }',
        '',
      ].join('\n'),
    },
  },
  check({ model, report }) {
    const appointments = model.doc.appointments ?? [];
    const label = (a: AppointmentDoc): string => {
      if (a.person !== undefined) return a.person;
      const municipality = model.municipality(a.municipality);
      if (municipality) return `the appointee from ${municipality.name}`;
      return a.id !== undefined ? `the appointment "${a.id}"` : 'an unnamed appointee';
    };

    // Appointments that hold a seat, by body and seat. A proposal does not hold the seat yet (it
    // overlaps the appointment it replaces); an ended appointment without `to` ended at an unknown date.
    // Keyed by the seat's entry in the model: one per body and seat id.
    const bySeat = new Map<SeatDoc, Held[]>();
    appointments.forEach((a, index) => {
      if (a.seat === undefined || a.vacant || a.status === 'proposed') return;
      if (a.status === 'ended' && a.to === undefined) return;
      const seat = model.seats.get(a.body)?.get(a.seat);
      if (!seat) return;
      const held = { index, start: a.from ?? OPEN_START, end: a.to ?? OPEN_END };
      const list = bySeat.get(seat);
      if (list) list.push(held);
      else bySeat.set(seat, [held]);
    });

    for (const [seatDoc, list] of bySeat) {
      const first = appointments[list[0]!.index]!;
      const seat = first.seat!;
      const count = seatDoc.count ?? 1;
      if (count === 0) continue;
      const body = model.bodies.get(first.body)?.name ?? first.body;
      list.sort((x, y) => (x.start < y.start ? -1 : x.start > y.start ? 1 : x.index - y.index));
      const active = new EndHeap();
      for (const held of list) {
        // `to` is the last day held, so an appointment ending the day before `start` is gone.
        while (active.size > 0 && active.peek()!.end < held.start) active.pop();
        if (active.size < count) {
          active.push(held);
          continue;
        }
        // The appointment over the count is the one reported; it is not counted against later ones.
        const later = appointments[held.index]!;
        const dated = later.from !== undefined;
        const path = dated ? ['appointments', held.index, 'from'] : ['appointments', held.index];
        if (count === 1) {
          const data = { first: capitalize(label(appointments[active.peek()!.index]!)), second: label(later), seat, body, date: later.from ?? '' };
          report({ messageId: dated ? 'overlap' : 'overlapUndated', data, path });
        } else {
          const data = { person: capitalize(label(later)), count, seat, body, date: later.from ?? '' };
          report({ messageId: dated ? 'overCount' : 'overCountUndated', data, path });
        }
      }
    }
  },
});
