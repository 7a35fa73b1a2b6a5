/**
 * Service levels of 100,000 open complaints with 10 events each (issue 6), on a Shanghai
 * business calendar (09:00–18:00 with a lunch break, Monday to Friday) with 19 holidays and 3
 * make-up working days in 2026.
 *
 * Every complaint's log is RECEIVE, ACKNOWLEDGE, RESPOND, ACCEPT, ASSIGN, INVESTIGATE, WAIT,
 * RESUME, PROPOSE, APPROVE (open: the approved remedy is not carried out yet), with seeded-random
 * gaps of 5 to 125 minutes between the events, received in the four days before "now". The
 * logs are built once, outside the timing.
 *
 * Rows: the baseline replays the logs through the compiled complaint machine and does nothing
 * else (the core's `replay`); `slaStatus` replays each log too and then measures the four
 * targets plus the first/total-resolution clocks, pauses taken out, on a calendar prepared
 * inside the timed run (`prepareCalendar`); the last row is `slaStatus` on the plain calendar
 * (the core walks the calendar on every question) over 2,000 complaints, scaled to 100,000.
 * Target: `slaStatus` with the prepared calendar at most 4× the replay baseline.
 */
import { replay } from '../src/core/machine/replay.js';
import { standardCalendar } from '../src/core/time/standard-calendar.js';
import {
  type Complaint,
  type ComplaintEvent,
  createComplaintMachine,
  DEFAULT_SLA_POLICY,
  prepareCalendar,
  slaStatus,
} from '../src/complaints/index.js';
import { byName, measure, printTable, printTarget } from './harness.js';

const N = 100_000;
const PLAIN_N = 2_000;
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const NOW = new Date(Date.UTC(2026, 9, 30, 8, 0)); // Friday 2026-10-30 16:00 in Shanghai
const BASE = NOW.getTime() - 5 * DAY; // receipts spread over the four days before (a weekend included)

const HOLIDAYS = [
  '2026-01-01', '2026-01-02', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20',
  '2026-02-23', '2026-04-06', '2026-05-01', '2026-05-04', '2026-05-05', '2026-06-19', '2026-09-25',
  '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07',
];

function complaints(seed: number): readonly Complaint[] {
  let state = seed >>> 0;
  const rand = (n: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
  const out: Complaint[] = [];
  for (let i = 0; i < N; i++) {
    let t = BASE + rand(4) * DAY + rand(24 * 60) * MINUTE;
    const at = (): Date => {
      t += (5 + rand(120)) * MINUTE;
      return new Date(t);
    };
    const events: ComplaintEvent[] = [
      {
        type: 'RECEIVE',
        at: new Date(t),
        by: 'agent-1',
        complainant: { name: 'Customer' },
        channel: 'phone',
        category: rand(2) === 0 ? 'delay' : 'damage',
        severity: rand(3) === 0 ? 'serious' : 'moderate',
        description: 'The shipment was late.',
      },
      { type: 'ACKNOWLEDGE', at: at(), by: 'agent-1' },
      { type: 'RESPOND', at: at(), by: 'agent-1', message: 'We are looking into it.' },
      { type: 'ACCEPT', at: at(), by: 'supervisor' },
      { type: 'ASSIGN', at: at(), by: 'supervisor', department: 'transport' },
      { type: 'INVESTIGATE', at: at(), by: 'transport-lead' },
      { type: 'WAIT', at: at(), by: 'transport-lead', reason: 'awaiting-information' },
      { type: 'RESUME', at: at(), by: 'agent-1' },
      { type: 'PROPOSE', at: at(), by: 'transport-lead', cause: 'Missed connection', remedy: 'Refund the freight' },
      { type: 'APPROVE', at: at(), by: 'manager' },
    ];
    out.push({ id: `C-${i}`, events });
  }
  return out;
}

export async function run(): Promise<void> {
  const machine = createComplaintMachine();
  const calendar = standardCalendar('Asia/Shanghai', {
    breaks: [{ start: '12:00', end: '13:00' }],
    holidays: HOLIDAYS,
    extraWorkdays: [
      { date: '2026-01-04', hours: [{ start: '09:00', end: '18:00' }] },
      { date: '2026-02-14', hours: [{ start: '09:00', end: '18:00' }] },
      { date: '2026-09-27', hours: [{ start: '09:00', end: '18:00' }] },
    ],
  });
  const list = complaints(20260101);
  const plainList = list.slice(0, PLAIN_N);

  // Sanity: every log replays and every report is computed.
  let open = 0;
  const resolve = new Map<string, number>();
  const prepared = prepareCalendar(calendar, new Date(BASE), NOW);
  for (const c of list) {
    const r = slaStatus(c, DEFAULT_SLA_POLICY, prepared, NOW, machine);
    if (!r.ok) throw new Error(`complaint ${c.id}: ${r.error.message}`);
    if (r.value.state === 'approved') open++;
    const status = r.value.clocks.resolve.status;
    resolve.set(status, (resolve.get(status) ?? 0) + 1);
  }
  const statuses = [...resolve].map(([status, n]) => `${status} ${n}`).join(', ');
  console.log(`\n${open} of ${N} complaints open (approved, not yet implemented); resolve clocks: ${statuses}.`);

  const rows = [
    measure(
      'baseline: replay the logs through the machine',
      () => {
        let states = 0;
        for (const c of list) if (replay(machine, c.events).ok) states++;
        return states;
      },
      { ops: N, samples: 5, warmup: 2 },
    ),
    measure(
      'slaStatus, prepared calendar (built in the run)',
      () => {
        const cal = prepareCalendar(calendar, new Date(BASE), NOW);
        let n = 0;
        for (const c of list) if (slaStatus(c, DEFAULT_SLA_POLICY, cal, NOW, machine).ok) n++;
        return n;
      },
      { ops: N, samples: 5, warmup: 2 },
    ),
  ];
  const plain = measure(
    `slaStatus, plain calendar (${PLAIN_N.toLocaleString('en')} complaints, scaled)`,
    () => {
      let n = 0;
      for (const c of plainList) if (slaStatus(c, DEFAULT_SLA_POLICY, calendar, NOW, machine).ok) n++;
      return n;
    },
    { ops: PLAIN_N, samples: 3, warmup: 1 },
  );
  const scale = N / PLAIN_N;
  rows.push({ ...plain, ms: plain.ms * scale, opsPerSecond: plain.opsPerSecond });
  printTable('Complaint service levels: 100,000 open complaints × 10 events', rows, 'baseline: replay the logs through the machine');
  const base = byName(rows, 'baseline: replay the logs through the machine').ms;
  const ours = byName(rows, 'slaStatus, prepared calendar (built in the run)');
  console.log(`- slaStatus: ${Math.round(ours.opsPerSecond ?? 0).toLocaleString('en')} complaints/s`);
  printTarget('slaStatus vs replay-only baseline (time ratio)', ours.ms / base, 4, 'at-most');
}
