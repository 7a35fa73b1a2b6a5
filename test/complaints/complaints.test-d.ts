import { describe, expectTypeOf, test } from 'vitest';
import type { Result } from '../../src/core/result.js';
import {
  type Complaint,
  type ComplaintCategory,
  type ComplaintEvent,
  type ComplaintLogError,
  type ComplaintLogRule,
  type ComplaintMetrics,
  type ComplaintMetricsError,
  type ComplaintState,
  type ReceiveEvent,
  type SlaClockStatus,
  type SlaReport,
  complaintMetrics,
  DEFAULT_SLA_POLICY,
  slaStatus,
} from '../../src/complaints/index.js';
import { standardCalendar } from '../../src/core/time/standard-calendar.js';

const standardCalendarForTypes = standardCalendar('Asia/Shanghai');

describe('complaint types', () => {
  test('categories, states and rules are literal unions', () => {
    expectTypeOf<ComplaintCategory>().toEqualTypeOf<
      'delay' | 'damage' | 'loss' | 'wrong-delivery' | 'staff-attitude' | 'billing' | 'information' | 'other'
    >();
    expectTypeOf<'archived'>().toExtend<ComplaintState>();
    expectTypeOf<'CLOSE_WITHOUT_FOLLOW_UP'>().toExtend<ComplaintLogRule>();
    expectTypeOf<SlaClockStatus>().toEqualTypeOf<'pending' | 'running' | 'warning' | 'breached' | 'met' | 'cancelled' | 'not-applicable'>();
  });

  test('slaStatus returns a Result of a report or a log error', () => {
    const complaint: Complaint = { id: 'C', events: [] };
    expectTypeOf(slaStatus(complaint, DEFAULT_SLA_POLICY, standardCalendarForTypes, new Date('2026-03-02T01:00:00Z'))).toEqualTypeOf<
      Result<SlaReport, ComplaintLogError>
    >();
  });

  test('complaintMetrics returns the metrics or errors that all name their complaint and event', () => {
    const period = { start: new Date('2026-03-01T00:00:00Z'), end: new Date('2026-04-01T00:00:00Z') };
    expectTypeOf(complaintMetrics([], { period, calendar: standardCalendarForTypes })).toEqualTypeOf<
      Result<ComplaintMetrics, readonly ComplaintMetricsError[]>
    >();
    expectTypeOf<ComplaintMetricsError['code']>().toEqualTypeOf<ComplaintLogRule | 'AMOUNT_OUT_OF_RANGE'>();
    expectTypeOf<ComplaintMetricsError['details']['complaintId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ComplaintMetricsError['details']['eventIndex']>().toEqualTypeOf<number>();
  });

  test('events are typed by their type', () => {
    const receive: ReceiveEvent = {
      type: 'RECEIVE',
      at: new Date('2026-03-02T01:00:00Z'),
      by: 'wang',
      complainant: { name: 'Zhang' },
      channel: 'phone',
      category: 'delay',
      severity: 'minor',
      description: 'late',
    };
    expectTypeOf(receive).toExtend<ComplaintEvent>();
    // @ts-expect-error an unknown category does not compile
    const bad: ReceiveEvent = { ...receive, category: 'weather' };
    // @ts-expect-error an assignment needs a department
    const noDepartment: ComplaintEvent = { type: 'ASSIGN', at: new Date('2026-03-02T01:00:00Z'), by: 'li' };
    // @ts-expect-error every event says who did it
    const anonymous: ComplaintEvent = { type: 'ACKNOWLEDGE', at: new Date('2026-03-02T01:00:00Z') };
    expectTypeOf([bad, noDepartment, anonymous]).toBeArray();
  });

  test('reports are read-only', () => {
    expectTypeOf<SlaReport['clocks']['resolve']['usedMs']>().toEqualTypeOf<number>();
    const report = {} as SlaReport;
    // @ts-expect-error a report cannot be changed
    report.clocks.resolve.usedMs = 0;
  });
});
