import type { Customer } from '../customer/customer.js';
import type { FunnelEvent } from '../funnel/funnel-event.js';
import type { QualificationAssessment } from '../funnel/qualification.js';
import type { SamplePrng } from './prng.js';
import type { SampleTraits } from './sample-customer.js';
import type { SampleDeal } from './sample-firm.js';
import type { ResolvedSampleFirmOptions } from './sample-options.js';
import { cny } from './sample-transactions.js';

const DAY_MS = 86_400_000;
const REVENUE_PER_WEIGHT_FEN = 1_500_000;

const CHANNELS = [
  ['customer-referral', 18],
  ['personal-network', 12],
  ['door-to-door', 10],
  ['telecom', 12],
  ['advertising', 8],
  ['directory-research', 8],
  ['meetings', 8],
  ['product-exhibition', 7],
  ['competitor-conquest', 6],
  ['agents', 4],
  ['direct-mail', 3],
  ['influencer-introduction', 2],
  ['market-consulting', 1],
  ['personal-observation', 1],
] as const satisfies readonly (readonly [string, number])[];
const APPROACH = ['introduction', 'product', 'benefit', 'question', 'survey', 'advice-seeking', 'compliment', 'curiosity', 'gift'] as const;
const CLOSING = [
  ['request', 20],
  ['assumptive', 10],
  ['alternative-choice', 15],
  ['minor-point', 8],
  ['concession', 20],
  ['guarantee', 10],
  ['social-proof', 7],
  ['last-chance', 4],
  ['trial', 6],
] as const satisfies readonly (readonly [string, number])[];
const WORDS = ['恒信', '远大', '诚达', '金源', '同创', '丰泰', '兴业', '利华', '开元', '天成'];
const KINDS = ['贸易有限公司', '制造有限公司', '电子商务有限公司', '食品有限公司', '医药有限公司'];
const CITIES = ['南宁', '柳州', '桂林', '广州', '深圳', '昆明', '贵阳', '海口'];

/** The stage a lost prospect stops at, and the loss reasons likely there. */
type StopStage = 'prospecting' | 'qualified' | 'approaching' | 'negotiating';

const PASS = { passed: true } as const;

function assessment(rng: SamplePrng, fail: boolean): QualificationAssessment {
  if (!fail) {
    return {
      need: { passed: true, score: 60 + rng.int(41) },
      'purchasing-power': { passed: true, score: 60 + rng.int(41) },
      'decision-authority': PASS,
      creditworthiness: PASS,
    };
  }
  const failed = rng.weighted([
    ['need', 4],
    ['purchasing-power', 3],
    ['decision-authority', 2],
    ['creditworthiness', 1],
  ] as const);
  return {
    need: failed === 'need' ? { passed: false, note: '暂无外包需求' } : PASS,
    'purchasing-power': failed === 'purchasing-power' ? { passed: false, note: '预算不足' } : PASS,
    'decision-authority': failed === 'decision-authority' ? { passed: false, note: '对接人无决策权' } : PASS,
    creditworthiness: failed === 'creditworthiness' ? { passed: false, note: '有拖欠运费记录' } : PASS,
  };
}

function days(rng: SamplePrng, min: number, max: number): number {
  return Math.floor(rng.between(min, max) * DAY_MS);
}

/** A deal that ends in 成交 at `wonMs`, built backwards from the win. */
function wonDeal(rng: SamplePrng, id: string, customer: Customer, traits: SampleTraits, wonMs: number): SampleDeal {
  const yearly = Math.round(REVENUE_PER_WEIGHT_FEN * traits.weight);
  const negotiate = days(rng, 5, 40);
  const approach = days(rng, 3, 25);
  const qualify = days(rng, 3, 25);
  const find = days(rng, 1, 15);
  const proposeAt = wonMs - negotiate;
  const approachAt = proposeAt - approach;
  const qualifyAt = approachAt - qualify;
  const findAt = qualifyAt - find;
  const quote = Math.max(100_000, Math.round(yearly * rng.between(0.9, 1.3)));
  const revised = rng.chance(0.4);
  const events: FunnelEvent[] = [
    { type: 'FIND', at: new Date(findAt), channel: rng.weighted(CHANNELS) },
    {
      type: 'QUALIFY',
      at: new Date(qualifyAt),
      assessment: assessment(rng, false),
      ...(rng.chance(0.7) ? { expectedValue: cny(Math.max(100_000, Math.round(yearly * rng.between(0.7, 1.2)))) } : {}),
    },
    { type: 'APPROACH', at: new Date(approachAt), visitPlan: { method: rng.pick(APPROACH), salesTools: ['公司简介', '报价单', '成功案例'] } },
    { type: 'PROPOSE', at: new Date(proposeAt), quote: cny(quote), note: '突出准时率与全程可视化带来的利益' },
    ...(revised ? [{ type: 'PROPOSE', at: new Date(proposeAt + Math.floor(negotiate / 2)), quote: cny(Math.round(quote * 0.92)) } as const] : []),
    {
      type: 'WIN',
      at: new Date(wonMs),
      contractValue: cny(Math.round(quote * (revised ? 0.92 : rng.between(0.9, 1)))),
      closingMethod: rng.weighted(CLOSING),
    },
  ];
  return { id, prospect: customer.name, customerId: customer.id, events };
}

function lostReason(rng: SamplePrng, stage: StopStage): { readonly reason: string; readonly note?: string } {
  switch (stage) {
    case 'prospecting':
      return { reason: rng.pick(['no-need', 'no-budget', 'no-need'] as const) };
    case 'qualified':
      return { reason: rng.pick(['no-authority', 'no-budget', 'price'] as const) };
    case 'approaching':
      return { reason: rng.pick(['competitor', 'price', 'service'] as const) };
    case 'negotiating':
      return rng.chance(0.1) ? { reason: 'other', note: '客户项目取消' } : { reason: rng.pick(['price', 'price', 'competitor', 'service'] as const) };
    default: {
      const unreachable: never = stage;
      return unreachable;
    }
  }
}

/** A prospect that is lost, disqualified or still open at `now`; some lost ones are re-opened once. */
function prospectDeal(rng: SamplePrng, id: string, options: ResolvedSampleFirmOptions): SampleDeal {
  const startMs = options.start.getTime() - 60 * DAY_MS;
  const nowMs = options.now.getTime();
  const prospect = `${rng.pick(CITIES)}${rng.pick(WORDS)}${rng.pick(KINDS)}`;
  const yearly = Math.round(REVENUE_PER_WEIGHT_FEN * Math.min(400, (1 - rng.next()) ** (-1 / 1.1)));
  const events: FunnelEvent[] = [];
  let at = startMs + Math.floor(rng.next() * (nowMs - startMs));
  const push = (event: FunnelEvent): boolean => {
    if (event.at.getTime() > nowMs) return false;
    events.push(event);
    return true;
  };
  let episodes = 0;
  let channel: string = rng.weighted(CHANNELS);
  for (;;) {
    episodes++;
    const stop = rng.weighted<StopStage>([
      ['prospecting', 45],
      ['qualified', 18],
      ['approaching', 17],
      ['negotiating', 20],
    ]);
    if (episodes === 1 && !push({ type: 'FIND', at: new Date(at), channel })) break;
    let stage: StopStage = 'prospecting';
    let closed = false;
    if (stop === 'prospecting' && rng.chance(0.6)) {
      at += days(rng, 2, 20);
      if (!push({ type: 'DISQUALIFY', at: new Date(at), assessment: assessment(rng, true) })) break;
      closed = true;
    } else {
      const steps: readonly StopStage[] = ['qualified', 'approaching', 'negotiating'];
      for (const next of steps) {
        if (stage === stop) break;
        at += days(rng, 2, 25);
        const ok =
          next === 'qualified'
            ? push({ type: 'QUALIFY', at: new Date(at), assessment: assessment(rng, false) })
            : next === 'approaching'
              ? push({ type: 'APPROACH', at: new Date(at), visitPlan: { method: rng.pick(APPROACH) } })
              : push({ type: 'PROPOSE', at: new Date(at), quote: cny(Math.max(100_000, Math.round(yearly * rng.between(0.9, 1.3)))) });
        if (!ok) break;
        stage = next;
      }
      if (stage === stop) {
        at += days(rng, 3, 40);
        closed = push({ type: 'LOSE', at: new Date(at), ...lostReason(rng, stage) });
      }
    }
    if (!closed || episodes >= 2 || !rng.chance(0.08)) break;
    at += days(rng, 60, 200);
    channel = rng.chance(0.5) ? channel : rng.weighted(CHANNELS);
    if (!push({ type: 'REOPEN', at: new Date(at), channel, note: '重新开发（客户挽回）' })) break;
  }
  return { id, prospect, events };
}

/**
 * Generates the deals of one customer index (物流客户开发, DOMAIN.md §5): for a customer won within
 * the history, the deal that brought it in — found, qualified on the four identification factors,
 * approached with a visit plan, negotiated (sometimes with a revised quote) and closed with a
 * textbook closing method on the day the customer was created; and about 0.7 prospects on average
 * that drop out along the funnel — disqualified, lost for a reason typical of their stage, or
 * still open at `now` — a few of them re-opened once.
 *
 * @param rng - The generator of this index's deals.
 * @param customer - The customer of the index.
 * @param traits - Its traits.
 * @param options - The resolved options.
 * @returns The deals (the won deal first).
 *
 * @example
 * ```ts no-run
 * sampleDeals(rng, customer, traits, options)
 * ```
 * @internal
 */
export function sampleDeals(
  rng: SamplePrng,
  customer: Customer,
  traits: SampleTraits,
  options: ResolvedSampleFirmOptions,
): readonly SampleDeal[] {
  const number = customer.id.slice(2);
  const out: SampleDeal[] = [];
  if (traits.wonAt !== null) out.push(wonDeal(rng, `D-${number}-0`, customer, traits, traits.wonAt.getTime()));
  const prospects = rng.poisson(0.7);
  for (let k = 1; k <= prospects; k++) {
    const deal = prospectDeal(rng, `D-${number}-${k}`, options);
    if (deal.events.length > 0) out.push(deal);
  }
  return out;
}
