import type { Contact } from '../customer/contact.js';
import { customerId } from '../customer/customer-id.js';
import type { Customer } from '../customer/customer.js';
import type { Geography } from '../customer/geography.js';
import type { Industry } from '../customer/industry.js';
import type { Location } from '../customer/location.js';
import type { MarketingType } from '../customer/marketing-type.js';
import type { NeedsFocus } from '../customer/needs-focus.js';
import type { CargoTrait, CostSensitivity, CustomerProfile, TimeRequirementLevel } from '../customer/profile.js';
import type { CustomerScale } from '../customer/scale.js';
import { type ServiceKind, ServiceKindSchema } from '../customer/service-kind.js';
import type { SupplyChainRole } from '../customer/supply-chain-role.js';
import type { SamplePrng } from './prng.js';
import type { ResolvedSampleFirmOptions } from './sample-options.js';
import { ordersPerYear } from './sample-transactions.js';

/**
 * How a sample customer's business develops over the history: steady, growing (潜力), shrinking,
 * churned (流失), seasonal (临时), or a prospect that never ordered (潜在客户).
 *
 * @internal
 */
export type SampleStory = 'steady' | 'growing' | 'shrinking' | 'churned' | 'seasonal' | 'prospect';

/**
 * The hidden traits a sample customer's records are generated from.
 *
 * @internal
 */
export interface SampleTraits {
  /** The size weight, Pareto-distributed (1 = the smallest customer). */
  readonly weight: number;
  /** How its business develops. */
  readonly story: SampleStory;
  /** Where in the history it churns (0–1), for a churned customer. */
  readonly churnAt: number;
  /** The months of the year it orders in, for a seasonal customer. */
  readonly seasonMonths: readonly number[];
  /** When it became a customer, if within the history (a won deal); otherwise `null`. */
  readonly wonAt: Date | null;
  /** The services it buys from the firm, in `ServiceKindSchema` order. */
  readonly services: readonly ServiceKind[];
  /** Its mean profit margin. */
  readonly margin: number;
  /** The promised delivery lead time in hours. */
  readonly leadHours: number;
  /** How much worse than average its service is (1 = average; regional problems). */
  readonly serviceRisk: number;
}

const DAY_MS = 86_400_000;
const PARETO_ALPHA = 0.95;
const MAX_WEIGHT = 3000;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '梁', '韦', '蒙', '覃', '莫'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '磊', '洋', '勇', '艳', '杰', '军', '涛', '明', '超', '秀英', '建华', '志强', '海燕', '晓东', '丽华', '国庆', '文博', '嘉怡', '子涵'];
const LOCAL_CITIES = [
  ['南宁', '0771'],
  ['柳州', '0772'],
  ['桂林', '0773'],
  ['梧州', '0774'],
  ['玉林', '0775'],
  ['钦州', '0777'],
] as const;
const DOMESTIC_CITIES = [
  ['广州', '020'],
  ['深圳', '0755'],
  ['上海', '021'],
  ['北京', '010'],
  ['成都', '028'],
  ['重庆', '023'],
  ['武汉', '027'],
  ['长沙', '0731'],
  ['昆明', '0871'],
  ['杭州', '0571'],
] as const;
const FOREIGN_CITIES = [
  ['河内', '+84 24'],
  ['曼谷', '+66 2'],
  ['新加坡', '+65'],
  ['吉隆坡', '+60 3'],
  ['雅加达', '+62 21'],
  ['胡志明市', '+84 28'],
] as const;
const WORDS = ['恒通', '宏达', '鑫源', '华盛', '盛源', '永泰', '金桂', '联创', '顺发', '嘉禾', '远航', '新锐', '海纳', '瑞丰', '东盟', '汇通', '广源', '中泰', '荣昌', '佳和'];
const INDUSTRY_SUFFIX: { readonly [I in Industry]: readonly string[] } = {
  manufacturing: ['汽配有限公司', '机械制造有限公司', '电子科技有限公司', '铝业有限公司', '家具制造有限公司'],
  'e-commerce': ['电子商务有限公司', '网络科技有限公司', '优选商城', '直播电商有限公司'],
  fmcg: ['食品有限公司', '饮料有限公司', '日化用品有限公司', '粮油贸易有限公司'],
  pharma: ['医药有限公司', '制药股份有限公司', '医疗器械有限公司'],
  'cross-border': ['进出口贸易有限公司', '国际贸易有限公司', '跨境供应链有限公司'],
  other: ['建材有限公司', '农业发展有限公司', '文化传媒有限公司', '商贸有限公司'],
};
const BUSINESS_TYPE: { readonly [I in Industry]: readonly string[] } = {
  manufacturing: ['汽车零部件制造', '工程机械制造', '电子元器件制造', '铝型材加工'],
  'e-commerce': ['服装网店', '生鲜电商', '数码产品电商'],
  fmcg: ['食品饮料批发', '日化用品分销', '粮油批发'],
  pharma: ['药品批发', '医疗器械分销', '中成药生产'],
  'cross-border': ['东盟水果进口', '机电产品出口', '跨境电商'],
  other: ['建材销售', '农产品收购', '展会服务'],
};
const CARGO_TRAITS: { readonly [I in Industry]: readonly CargoTrait[] } = {
  manufacturing: ['bulky', 'high-value', 'general'],
  'e-commerce': ['fragile', 'general'],
  fmcg: ['perishable', 'general'],
  pharma: ['temperature-controlled', 'high-value'],
  'cross-border': ['perishable', 'general', 'high-value'],
  other: ['general', 'bulky', 'hazardous'],
};
const BASE_SERVICES: { readonly [I in Industry]: readonly ServiceKind[] } = {
  manufacturing: ['transport', 'warehousing', 'handling', 'distribution-processing', 'packaging'],
  'e-commerce': ['distribution', 'warehousing', 'packaging', 'reverse-logistics', 'information'],
  fmcg: ['distribution', 'transport', 'warehousing', 'handling'],
  pharma: ['transport', 'warehousing', 'distribution', 'information'],
  'cross-border': ['transport', 'consulting', 'warehousing', 'supply-chain-finance', 'information'],
  other: ['transport', 'distribution', 'handling'],
};
/** Services in the order the customer module declares them. */
const SERVICE_ORDER: readonly ServiceKind[] = ServiceKindSchema.options;
const TITLES = ['物流部经理', '采购经理', '总经理', '仓储主管', '财务主管', '业务员', '供应链总监'];
const PROVIDERS = ['顺达物流', '中通快运', '德邦物流', '安能物流', '本地车队'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function digits(rng: SamplePrng, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += String(rng.int(10));
  return out;
}

function personName(rng: SamplePrng): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN);
}

function city(rng: SamplePrng, geography: Geography): readonly [string, string] {
  switch (geography) {
    case 'local':
      return rng.pick(LOCAL_CITIES);
    case 'domestic':
      return rng.pick(DOMESTIC_CITIES);
    case 'international':
      return rng.pick(FOREIGN_CITIES);
    default: {
      const unreachable: never = geography;
      return unreachable;
    }
  }
}

function phone(rng: SamplePrng, areaCode: string, mobile: boolean): string {
  if (mobile && !areaCode.startsWith('+')) return `1${rng.pick(['38', '39', '58', '77', '86'])}${digits(rng, 8)}`;
  return `${areaCode}-${digits(rng, 8)}`.replace(/^(\+\d+) (\d+)-/u, '$1 $2 ');
}

function contacts(rng: SamplePrng, count: number, areaCode: string, index: number): readonly Contact[] {
  const out: Contact[] = [];
  for (let i = 0; i < count; i++) {
    const contact: Contact = {
      name: personName(rng),
      title: i === 0 ? rng.pick(['物流部经理', '采购经理']) : rng.pick(TITLES),
      phone: phone(rng, areaCode, rng.chance(0.6)),
      ...(rng.chance(0.5) ? { email: `c${index + 1}.${i + 1}@example.com` } : {}),
      ...(i === 0 || rng.chance(0.2) ? { decisionMaker: i === 0 } : {}),
    };
    out.push(contact);
  }
  return out;
}

/** A truncated Pareto variate ≥ 1: most customers are small, a few are very large. */
function paretoWeight(rng: SamplePrng): number {
  const u = rng.next();
  return Math.min(MAX_WEIGHT, (1 - u) ** (-1 / PARETO_ALPHA));
}

function scaleOf(rng: SamplePrng, weight: number): CustomerScale {
  if (weight > 60 || (weight > 15 && rng.chance(0.35))) return 'large';
  if (weight < 1.6 && rng.chance(0.55)) return 'micro';
  return 'sme';
}

function needsFocusOf(rng: SamplePrng, industry: Industry): NeedsFocus {
  switch (industry) {
    case 'manufacturing':
    case 'pharma':
      return rng.weighted([['time', 5], ['service', 3], ['price', 2]]);
    case 'e-commerce':
    case 'fmcg':
      return rng.weighted([['price', 5], ['time', 3], ['service', 2]]);
    case 'cross-border':
    case 'other':
      return rng.weighted([['service', 4], ['price', 3], ['time', 3]]);
    default: {
      const unreachable: never = industry;
      return unreachable;
    }
  }
}

function roleOf(rng: SamplePrng, industry: Industry): { readonly role: SupplyChainRole; readonly tier?: 1 | 2 } {
  const role: SupplyChainRole = rng.weighted<SupplyChainRole>(
    industry === 'manufacturing'
      ? [['manufacturer', 7], ['supplier', 3]]
      : industry === 'e-commerce'
        ? [['retailer', 8], ['wholesaler', 2]]
        : industry === 'fmcg'
          ? [['wholesaler', 5], ['manufacturer', 2], ['retailer', 3]]
          : industry === 'pharma'
            ? [['manufacturer', 4], ['wholesaler', 6]]
            : industry === 'cross-border'
              ? [['wholesaler', 4], ['logistics-provider', 3], ['retailer', 3]]
              : [['supplier', 5], ['retailer', 5]],
  );
  return role === 'wholesaler' ? { role, tier: rng.chance(0.6) ? 1 : 2 } : { role };
}

function timeLevelOf(rng: SamplePrng, focus: NeedsFocus, industry: Industry): TimeRequirementLevel {
  if (industry === 'manufacturing' && rng.chance(0.4)) return 'time-definite';
  if (focus === 'time') return rng.pick(['express', 'time-definite', 'standard'] as const);
  return rng.pick(['standard', 'standard', 'flexible'] as const);
}

function costSensitivityOf(rng: SamplePrng, focus: NeedsFocus): CostSensitivity {
  return focus === 'price' ? rng.pick(['high', 'high', 'medium'] as const) : rng.pick(['low', 'medium', 'medium', 'high'] as const);
}

function servicesOf(rng: SamplePrng, industry: Industry, weight: number): readonly ServiceKind[] {
  const base = BASE_SERVICES[industry];
  const count = Math.min(base.length, 1 + (rng.chance(0.55) ? 1 : 0) + (weight > 8 ? rng.int(3) : 0) + (weight > 100 ? 1 : 0));
  const chosen = new Set<ServiceKind>([base[0] as ServiceKind]);
  while (chosen.size < count) chosen.add(rng.pick(base));
  return SERVICE_ORDER.filter((s) => chosen.has(s));
}

function locationOf(rng: SamplePrng): Location {
  const kind = rng.weighted<'explicit' | 'implicit' | 'internal'>([['explicit', 85], ['implicit', 12], ['internal', 3]]);
  if (kind === 'internal') return { kind: 'internal', relation: rng.pick(['horizontal-support', 'process-chain', 'team-cooperation'] as const) };
  return { kind: 'external', visibility: kind };
}

/**
 * Generates one sample customer (物流客户, DOMAIN.md §1–2) and the hidden traits its history is
 * generated from, from a generator seeded for its index.
 *
 * @param rng - The generator of this index.
 * @param index - The customer's index, from 0.
 * @param options - The resolved options.
 * @returns The customer record and its traits.
 *
 * @example
 * ```ts no-run
 * const { customer, traits } = sampleCustomer(createSamplePrng(deriveSeed(1, 1, 0)), 0, options);
 * ```
 * @internal
 */
export function sampleCustomer(
  rng: SamplePrng,
  index: number,
  options: ResolvedSampleFirmOptions,
): { readonly customer: Customer; readonly traits: SampleTraits } {
  const width = Math.max(6, String(options.customers).length);
  const id = customerId(`C-${pad(index + 1, width)}`);
  const startMs = options.start.getTime();
  const nowMs = options.now.getTime();
  const spanMs = nowMs - startMs;

  const individual = rng.chance(0.05);
  const industry: Industry = individual
    ? rng.pick(['e-commerce', 'other'] as const)
    : rng.weighted<Industry>([['manufacturing', 28], ['e-commerce', 22], ['fmcg', 18], ['pharma', 8], ['cross-border', 10], ['other', 14]]);
  const weight = individual ? 1 + rng.next() : paretoWeight(rng);
  const scale: CustomerScale = individual ? 'micro' : scaleOf(rng, weight);
  const geography: Geography =
    industry === 'cross-border'
      ? rng.weighted<Geography>([['international', 6], ['domestic', 3], ['local', 1]])
      : rng.weighted<Geography>([['local', 48], ['domestic', 46], ['international', 6]]);
  const [cityName, areaCode] = city(rng, geography);
  const location: Location = individual ? { kind: 'external', visibility: 'explicit' } : locationOf(rng);
  const name = individual
    ? personName(rng)
    : location.kind === 'internal'
      ? `本公司${rng.pick(['仓储部', '运输部', '配送中心', '国际业务部'])}（${cityName}）`
      : `${cityName}${rng.pick(WORDS)}${rng.pick(INDUSTRY_SUFFIX[industry])}`;
  const story: SampleStory = rng.weighted<SampleStory>([
    ['steady', 56],
    ['growing', 10],
    ['shrinking', 9],
    ['churned', 12],
    ['seasonal', 7],
    ['prospect', 6],
  ]);
  const isNew = story !== 'prospect' && rng.chance(0.15);
  const wonAtMs = isNew ? startMs + Math.floor(rng.between(0.02, 0.9) * spanMs) : null;
  const createdMs =
    wonAtMs ?? (story === 'prospect' ? startMs + Math.floor(rng.next() * spanMs) : startMs - Math.floor(rng.between(30, 6 * 365) * DAY_MS));
  const focus = needsFocusOf(rng, industry);
  const role = individual ? ({ role: 'end-consumer' } as const) : roleOf(rng, industry);
  const contactCount = individual ? 1 : scale === 'large' ? 2 + rng.int(3) : scale === 'sme' ? 1 + rng.int(3) : 1 + rng.int(2);
  const services = servicesOf(rng, industry, weight);
  const perYear = ordersPerYear(weight);
  const cargoTraits = [...new Set([rng.pick(CARGO_TRAITS[industry]), rng.pick(CARGO_TRAITS[industry])])];
  const profile: CustomerProfile = {
    businessType: rng.pick(BUSINESS_TYPE[industry]),
    cargoFlows: [{ origin: rng.pick(LOCAL_CITIES)[0], destination: cityName === '南宁' ? rng.pick(DOMESTIC_CITIES)[0] : cityName }],
    shippingFrequency: perYear >= 52 ? { count: Math.round(perYear / 52), per: 'week' } : { count: Math.max(1, Math.round(perYear / 12)), per: 'month' },
    cargoTraits,
    timeRequirement: { level: timeLevelOf(rng, focus, industry), maxLeadTimeHours: geography === 'local' ? 24 : geography === 'domestic' ? 72 : 168 },
    costSensitivity: costSensitivityOf(rng, focus),
    ...(rng.chance(0.3)
      ? { cooperationHistory: [{ provider: rng.pick(PROVIDERS), services: [services[0] as ServiceKind], feedback: rng.pick(['时效不稳定', '价格偏高', '服务尚可', '破损较多']) }] }
      : {}),
  };
  const verified = rng.chance(0.6);
  const verifiedMs = Math.min(nowMs, createdMs + Math.floor(rng.next() * (nowMs - createdMs)));
  const customer: Customer = {
    id,
    name,
    address: `${cityName}市${rng.pick(['青秀区', '西乡塘区', '城中区', '高新区', '经开区', '港口区'])}${rng.pick(WORDS)}路${1 + rng.int(300)}号`,
    nature: individual ? 'individual' : 'organization',
    industry,
    scale,
    geography,
    location,
    ...(rng.chance(0.7)
      ? { marketingType: rng.weighted<MarketingType>([['economic', 35], ['ethical', 15], ['personalized', 20], ['convenience', 30]]) }
      : {}),
    ...(rng.chance(0.75) ? { needsFocus: focus } : {}),
    supplyChainRole: role.role,
    ...(role.tier === undefined ? {} : { wholesalerTier: role.tier }),
    contacts: contacts(rng, contactCount, areaCode, index),
    profile,
    createdAt: new Date(createdMs),
    ...(verified ? { verifiedAt: new Date(verifiedMs) } : {}),
    ...(rng.chance(story === 'prospect' ? 0.5 : weight > 40 ? 0.3 : 0.03) ? { target: true } : {}),
  };
  const traits: SampleTraits = {
    weight,
    story,
    churnAt: rng.between(0.1, 0.85),
    seasonMonths: story === 'seasonal' ? [rng.int(12), rng.int(12)] : [],
    wonAt: wonAtMs === null ? null : new Date(wonAtMs),
    services,
    margin: Math.min(0.3, Math.max(-0.08, 0.12 + 0.05 * rng.normal())),
    leadHours: geography === 'local' ? 24 : geography === 'domestic' ? 72 : 168,
    serviceRisk: rng.chance(0.1) ? rng.between(2, 4) : rng.between(0.6, 1.2),
  };
  return { customer, traits };
}
