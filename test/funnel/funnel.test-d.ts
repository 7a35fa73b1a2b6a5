import { describe, expectTypeOf, test } from 'vitest';
import type { Money } from '../../src/core/money/money.js';
import type { NoData } from '../../src/core/rate/no-data.js';
import type { Rate } from '../../src/core/rate/rate.js';
import type { ClosingMethod } from '../../src/funnel/closing-method.js';
import type { FindingChannel } from '../../src/funnel/finding-channel.js';
import type { FindEvent, FunnelEvent, WinEvent } from '../../src/funnel/funnel-event.js';
import { createFunnelMachine, type FunnelSnapshot } from '../../src/funnel/funnel-machine.js';
import type { FunnelReport } from '../../src/funnel/funnel-report-types.js';
import { applyFunnelEvent, newDeal } from '../../src/funnel/funnel-replay.js';
import type { FunnelStage, OpenStage } from '../../src/funnel/funnel-state.js';
import type { LifecycleState } from '../../src/funnel/lifecycle-state.js';
import type { ReferenceCode } from '../../src/funnel/reference-data.js';

describe('funnel types', () => {
  test('reference data are literal unions; event codes accept them and extensions', () => {
    expectTypeOf<FindingChannel>().toEqualTypeOf<
      | 'door-to-door'
      | 'advertising'
      | 'customer-referral'
      | 'personal-network'
      | 'directory-research'
      | 'influencer-introduction'
      | 'meetings'
      | 'telecom'
      | 'direct-mail'
      | 'agents'
      | 'personal-observation'
      | 'market-consulting'
      | 'product-exhibition'
      | 'competitor-conquest'
    >();
    expectTypeOf<'trial'>().toExtend<ClosingMethod>();
    expectTypeOf<FindEvent['channel']>().toEqualTypeOf<ReferenceCode<FindingChannel>>();
    expectTypeOf<'wechat'>().toExtend<ReferenceCode<FindingChannel>>();
  });

  test('events are a discriminated union with typed payloads', () => {
    expectTypeOf<Extract<FunnelEvent, { type: 'WIN' }>>().toEqualTypeOf<WinEvent>();
    expectTypeOf<WinEvent['contractValue']>().toEqualTypeOf<Money | undefined>();
    const at = new Date('2026-03-02T01:00:00Z');
    // @ts-expect-error a contract value is Money, not a float
    const bad: FunnelEvent = { type: 'WIN', at, contractValue: 48000.5, closingMethod: 'trial' };
    // @ts-expect-error the time is a Date, not a string, in typed events
    const badTime: FunnelEvent = { type: 'FIND', at: '2026-03-02', channel: 'meetings' };
    // @ts-expect-error a QUALIFY event needs its assessment
    const noAssessment: FunnelEvent = { type: 'QUALIFY', at };
    void bad;
    void badTime;
    void noAssessment;
  });

  test('transitions return snapshots over the funnel states', () => {
    const r = applyFunnelEvent(createFunnelMachine(), newDeal(), { type: 'FIND', at: new Date('2026-03-02T01:00:00Z'), channel: 'meetings' });
    if (r.ok) expectTypeOf(r.value).toEqualTypeOf<FunnelSnapshot>();
    expectTypeOf<FunnelSnapshot['state']>().toEqualTypeOf<FunnelStage | 'new'>();
    expectTypeOf<OpenStage>().toEqualTypeOf<'prospecting' | 'qualified' | 'approaching' | 'negotiating'>();
    expectTypeOf<LifecycleState>().toEqualTypeOf<'potential' | 'current' | 'atRisk' | 'past' | 'winBack'>();
  });

  test('the report is readonly and keyed by stage', () => {
    expectTypeOf<FunnelReport['winRate']['rate']>().toEqualTypeOf<Rate | NoData>();
    expectTypeOf<keyof FunnelReport['timeInStage']>().toEqualTypeOf<OpenStage>();
    expectTypeOf<keyof FunnelReport['stages']>().toEqualTypeOf<FunnelStage>();
    const report = {} as FunnelReport;
    // @ts-expect-error the report is readonly
    report.deals = 3;
  });
});
