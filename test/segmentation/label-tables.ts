import { abcBasisLabels, AbcBasisSchema } from '../../src/segmentation/abc-basis.js';
import { abcClassLabels, AbcClassSchema } from '../../src/segmentation/abc-class.js';
import { abcRuleLabels, AbcRuleSchema } from '../../src/segmentation/abc-rule.js';
import { behaviourLabels, BehaviourSchema } from '../../src/segmentation/behaviour.js';
import { demandNatureLabels, DemandNatureSchema } from '../../src/segmentation/demand-nature.js';
import { demandNatureReasonLabels, DemandNatureReasonSchema } from '../../src/segmentation/demand-nature-reason.js';
import { maturityLabels, MaturitySchema } from '../../src/segmentation/maturity.js';
import { maturityConditionLabels, MaturityConditionSchema } from '../../src/segmentation/maturity-condition.js';
import { rfmSegmentLabels, RfmSegmentSchema } from '../../src/segmentation/rfm-segment.js';
import { riskLevelLabels, RiskLevelSchema } from '../../src/segmentation/risk-level.js';
import { riskSignalKindLabels, RiskSignalKindSchema } from '../../src/segmentation/risk-signal-kind.js';
import { serviceMeasureLabels, ServiceMeasureSchema } from '../../src/segmentation/service-measure.js';
import { serviceTierLabels, ServiceTierSchema } from '../../src/segmentation/service-tier.js';
import { timeTypeLabels, TimeTypeSchema } from '../../src/segmentation/time-type.js';
import { valueTierLabels, ValueTierSchema } from '../../src/segmentation/value-tier.js';

/** Every enum of the segmentation module with its label table. */
export const LABEL_TABLES_UNDER_TEST: readonly (readonly [{ readonly options: readonly string[] }, object])[] = [
  [AbcBasisSchema, abcBasisLabels],
  [AbcClassSchema, abcClassLabels],
  [AbcRuleSchema, abcRuleLabels],
  [BehaviourSchema, behaviourLabels],
  [DemandNatureSchema, demandNatureLabels],
  [DemandNatureReasonSchema, demandNatureReasonLabels],
  [MaturitySchema, maturityLabels],
  [MaturityConditionSchema, maturityConditionLabels],
  [RfmSegmentSchema, rfmSegmentLabels],
  [RiskLevelSchema, riskLevelLabels],
  [RiskSignalKindSchema, riskSignalKindLabels],
  [ServiceMeasureSchema, serviceMeasureLabels],
  [ServiceTierSchema, serviceTierLabels],
  [TimeTypeSchema, timeTypeLabels],
  [ValueTierSchema, valueTierLabels],
];
