/**
 * The report of the `report` command as plain data: every section of the textbook's analyses,
 * computed by the library's modules, with no text in any particular locale (the renderers add the
 * labels). Money stays exact (`Money`), shares stay exact fractions (`Ratio` / `Rate`).
 */
import type { CurrencyCode } from '../core/currency.js';
import type { DomainError, ErrorPath } from '../core/domain-error.js';
import type { LocalizedText } from '../core/locale.js';
import type { Money } from '../core/money/money.js';
import type { NoData } from '../core/rate/no-data.js';
import type { Rate } from '../core/rate/rate.js';
import type { Ratio } from '../core/rate/ratio.js';
import type { ComplaintMetrics } from '../complaints/complaint-metrics.js';
import type { CustomerId } from '../customer/customer-id.js';
import type { Geography } from '../customer/geography.js';
import type { Industry } from '../customer/industry.js';
import type { MarketingType } from '../customer/marketing-type.js';
import type { CustomerNature } from '../customer/nature.js';
import type { NeedsFocus } from '../customer/needs-focus.js';
import type { CustomerScale } from '../customer/scale.js';
import type { ServiceKind } from '../customer/service-kind.js';
import type { SupplyChainRole } from '../customer/supply-chain-role.js';
import type { FunnelReport } from '../funnel/funnel-report-types.js';
import type { CesResult } from '../quality/ces.js';
import type { CsatResult } from '../quality/csat.js';
import type { NpsResult } from '../quality/nps.js';
import type { QualityReport } from '../quality/quality-report.js';
import type { Scorecard } from '../quality/scorecard.js';
import type { AbcClassSummary } from '../segmentation/abc-result.js';
import type { AbcClass } from '../segmentation/abc-class.js';
import type { AbcThresholds } from '../segmentation/abc-thresholds.js';
import type { Behaviour } from '../segmentation/behaviour.js';
import type { DemandNature } from '../segmentation/demand-nature.js';
import type { ResourceShiftPlan } from '../segmentation/plan-resource-shift.js';
import type { RfmSegment } from '../segmentation/rfm-segment.js';
import type { RiskLevel } from '../segmentation/risk-level.js';
import type { RiskSignalKind } from '../segmentation/risk-signal-kind.js';
import type { ServiceMeasure } from '../segmentation/service-measure.js';
import type { ServiceTier } from '../segmentation/service-tier.js';
import type { TimeType } from '../segmentation/time-type.js';
import type { ValueTier } from '../segmentation/value-tier.js';

/** Counts per value of a literal union, every value present (zero when none). */
export type Counts<K extends string> = { readonly [P in K]: number };

/** A customer as the report names it. */
export interface CustomerRef {
  /** The id. */
  readonly id: CustomerId;
  /** The name on record. */
  readonly name: string;
}

/** The datasets a report reads. */
export type DatasetName = 'customers' | 'transactions' | 'deals' | 'complaints' | 'shipments' | 'surveys';

/** What the report is about and what it read. */
export interface ReportMeta {
  /** The moment of analysis. */
  readonly now: Date;
  /** The period of the funnel, complaint and quality sections: the `periodDays` before `now`. */
  readonly period: { readonly start: Date; readonly end: Date };
  /** The time zone of the business calendar. */
  readonly timeZone: string;
  /** Where the data came from, in both locales. */
  readonly source: LocalizedText;
  /** Records read per dataset. */
  readonly counts: Counts<DatasetName>;
  /** The currency of every amount. */
  readonly currency: CurrencyCode;
}

/** 客户构成: the customer base along each classification (DOMAIN.md §2). */
export interface CustomerBaseSection {
  /** Declared dimensions, read from the customer records. */
  readonly declared: {
    readonly nature: Counts<CustomerNature>;
    readonly industry: Counts<Industry>;
    readonly scale: Counts<CustomerScale>;
    readonly geography: Counts<Geography>;
    readonly location: Counts<'internal' | 'explicit' | 'implicit'>;
    readonly marketingType: Counts<MarketingType | 'unknown'>;
    readonly needsFocus: Counts<NeedsFocus | 'unknown'>;
    readonly supplyChainRole: Counts<SupplyChainRole | 'unknown'>;
  };
  /** Derived classifications, computed from the history as of `now`. */
  readonly derived: {
    readonly abc: Counts<AbcClass>;
    readonly valueTier: Counts<ValueTier>;
    readonly timeType: Counts<TimeType>;
    readonly behaviour: Counts<Behaviour>;
    readonly demandNature: Counts<DemandNature>;
    readonly rfm: Counts<RfmSegment>;
  };
}

/** One customer in the ABC table. */
export interface AbcRow {
  /** Rank by revenue, 1 for the largest. */
  readonly rank: number;
  /** The customer. */
  readonly customer: CustomerRef;
  /** Its class. */
  readonly class: AbcClass;
  /** Its revenue in the last year. */
  readonly revenue: Money;
  /** Its share of the positive total. */
  readonly share: Ratio | NoData;
  /** The cumulative share up to it. */
  readonly cumulativeShare: Ratio | NoData;
}

/** ABC 分类 (DOMAIN.md §3): both textbook rules, the top customers and the Pareto curve. */
export interface AbcSection {
  /** The value rule's thresholds. */
  readonly thresholds: AbcThresholds;
  /** Customers ranked. */
  readonly customerCount: number;
  /** Revenue of the last year, negative values included. */
  readonly total: Money;
  /** Customers without positive revenue in the last year (always C). */
  readonly nonPositiveCount: number;
  /** Per class by the value rule (A ≈ 80% of revenue, B up to 95%). */
  readonly byValue: { readonly [K in AbcClass]: AbcClassSummary };
  /** Per class by the count rule (A the top 5% of customers, B the next 15%). */
  readonly byCount: { readonly [K in AbcClass]: AbcClassSummary };
  /** The top customers. */
  readonly top: readonly AbcRow[];
  /** The Pareto curve: cumulative share of revenue (0–1) after each 5% of customers, from 0 to 100%. */
  readonly curve: readonly { readonly customerShare: number; readonly revenueShare: number }[];
}

/** 差异性分析: the textbook's seven questions (DOMAIN.md §3). */
export interface DifferentiationSection {
  /** 1. This year's key customers, forecast from last year's revenue (top 5%). */
  readonly keyCustomers: { readonly count: number; readonly top: readonly { readonly customer: CustomerRef; readonly revenue: Money }[] };
  /** 2. Cost drags: no signed order for over a year. */
  readonly costDrags: {
    readonly count: number;
    readonly share: Rate | NoData;
    readonly top: readonly { readonly customer: CustomerRef; readonly daysIdle: number; readonly lastOrderAt: Date | null }[];
  };
  /** 3. The customers the firm most wants a relationship with this year, and whether 3 contacts are on record. */
  readonly relationshipTargets: {
    readonly count: number;
    readonly ready: number;
    readonly notReady: readonly { readonly customer: CustomerRef; readonly contacts: number; readonly missingContacts: number }[];
  };
  /** 4. Large customers who complained several times last year. */
  readonly complainingLarge: {
    readonly count: number;
    readonly top: readonly { readonly customer: CustomerRef; readonly complaints: number; readonly lastComplaintAt: Date }[];
  };
  /** 5. Last year's largest customers who order less this year. */
  readonly shrinkingTop: {
    readonly count: number;
    readonly top: readonly { readonly customer: CustomerRef; readonly previousRevenue: Money; readonly revenue: Money; readonly change: Ratio }[];
  };
  /** 6. Customers buying only one or two services here. */
  readonly crossSell: { readonly count: number; readonly top: readonly { readonly customer: CustomerRef; readonly services: readonly ServiceKind[] }[] };
  /** 7. Shift spend from C to A: the cost of serving each class in the period, before and after; `null` without costs. */
  readonly resourceShift: ResourceShiftPlan | null;
}

/** One service tier. */
export interface TierRow {
  /** The tier. */
  readonly tier: ServiceTier;
  /** Customers in it. */
  readonly customers: number;
  /** Their revenue in the last year. */
  readonly revenue: Money;
  /** The service policy of the tier (分级服务). */
  readonly measures: readonly ServiceMeasure[];
}

/** 分级服务与风险预警 (DOMAIN.md §6). */
export interface TiersSection {
  /** The tiers, from the demand-nature classification. */
  readonly tiers: readonly TierRow[];
  /** Risk warnings. */
  readonly risk: {
    readonly byLevel: Counts<RiskLevel>;
    readonly bySignal: Counts<RiskSignalKind>;
    /** The highest-risk customers, largest revenue first. */
    readonly top: readonly {
      readonly customer: CustomerRef;
      readonly level: RiskLevel;
      readonly signals: readonly RiskSignalKind[];
      readonly revenue: Money;
    }[];
  };
}

/** 物流客户服务质量 (DOMAIN.md §8): the measures of the period's order lines, the scorecard and the surveys. */
export interface QualitySection {
  /** The measures. */
  readonly report: QualityReport;
  /** The three-dimension scorecard with the default targets. */
  readonly scorecard: Scorecard;
  /** NPS of the period's survey answers. */
  readonly nps: NpsResult;
  /** CSAT. */
  readonly csat: CsatResult;
  /** CES. */
  readonly ces: CesResult;
}

/** The whole report, in the textbook's order. */
export interface Report {
  /** What it is about. */
  readonly meta: ReportMeta;
  /** 1. The customer base by each classification. */
  readonly customerBase: CustomerBaseSection;
  /** 2. The ABC table. */
  readonly abc: AbcSection;
  /** 3. The differentiation findings. */
  readonly differentiation: DifferentiationSection;
  /** 4. Tiers with their service policies, and risk warnings. */
  readonly tiers: TiersSection;
  /** 5. Funnel conversion and time in stage. */
  readonly funnel: FunnelReport;
  /** 6. Complaint metrics and service-level compliance. */
  readonly complaints: ComplaintMetrics;
  /** 7. The service-quality scorecard. */
  readonly quality: QualitySection;
}

/** Why a report could not be made: a problem in a record, located by dataset and index (or deal / complaint id and event index). */
export interface ReportProblem {
  /** The dataset. */
  readonly dataset: DatasetName;
  /** The record's index in the dataset (for deals and complaints: the index of the log). */
  readonly index: number;
  /** For deals and complaints, the index of the event in the log. */
  readonly eventIndex?: number;
  /** The field path inside the record. */
  readonly path: ErrorPath;
  /** The problem. */
  readonly error: DomainError;
}
