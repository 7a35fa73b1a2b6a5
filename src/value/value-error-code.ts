/**
 * The stable codes of the `DomainError`s the value module returns for bad input.
 *
 * - `INVALID_MEASURE`: a component is neither an amount of money nor a score.
 * - `MEASURE_MISMATCH`: money and scores were mixed (they are never added).
 * - `CURRENCY_MISMATCH`, `SCALE_MISMATCH`: amounts in different currencies, scores on different scales.
 * - `INVALID_SCORE_SCALE`, `INVALID_SCORE`, `SCORE_OUT_OF_SCALE`: a score or its stated scale is wrong.
 * - `NEGATIVE_COMPONENT`, `NEGATIVE_AMOUNT`: a value, cost or service-cost item is below zero.
 * - `UNKNOWN_COMPONENT`: a key that is not a component of the model.
 * - `EMPTY_BREAKDOWN`: no component at all, so there is no unit to count in.
 * - `INVALID_OFFER_ID`, `DUPLICATE_OFFER_ID`: offers need distinct, non-empty ids.
 * - `INVALID_NUMBER`: a rate, count or share is not a finite decimal number.
 * - `CHURN_OUT_OF_RANGE`, `RETENTION_OUT_OF_RANGE`, `DISCOUNT_RATE_OUT_OF_RANGE`,
 *   `THRESHOLD_OUT_OF_RANGE`, `INVALID_INITIAL`, `INVALID_NEW_CUSTOMERS`, `INVALID_YEARS`,
 *   `INVALID_HORIZON`, `INVALID_PERIODS`: a parameter of the projection or of CLV is out of range.
 * - `DIVERGENT_SERIES`: an infinite horizon whose discounted retention r / (1 + d) is not below 1.
 * - `INVALID_DATE`, `INVALID_WINDOW`: a record date or the observation window is not valid.
 * - `AMOUNT_OUT_OF_RANGE`: a total leaves the safe range of money minor units.
 * - `INVALID_AMOUNT`, `INVALID_SCALE`: a margin that is not a valid `Money` (an amount that is not
 *   a safe integer of minor units, a scale that is not a whole number from 0 to 15).
 *
 * @category Customer value
 */
export type ValueErrorCode =
  | 'INVALID_MEASURE'
  | 'MEASURE_MISMATCH'
  | 'CURRENCY_MISMATCH'
  | 'SCALE_MISMATCH'
  | 'INVALID_SCORE_SCALE'
  | 'INVALID_SCORE'
  | 'SCORE_OUT_OF_SCALE'
  | 'NEGATIVE_COMPONENT'
  | 'NEGATIVE_AMOUNT'
  | 'UNKNOWN_COMPONENT'
  | 'EMPTY_BREAKDOWN'
  | 'INVALID_OFFER_ID'
  | 'DUPLICATE_OFFER_ID'
  | 'INVALID_NUMBER'
  | 'CHURN_OUT_OF_RANGE'
  | 'RETENTION_OUT_OF_RANGE'
  | 'DISCOUNT_RATE_OUT_OF_RANGE'
  | 'THRESHOLD_OUT_OF_RANGE'
  | 'INVALID_INITIAL'
  | 'INVALID_NEW_CUSTOMERS'
  | 'INVALID_YEARS'
  | 'INVALID_HORIZON'
  | 'INVALID_PERIODS'
  | 'DIVERGENT_SERIES'
  | 'INVALID_DATE'
  | 'INVALID_WINDOW'
  | 'AMOUNT_OUT_OF_RANGE'
  | 'INVALID_AMOUNT'
  | 'INVALID_SCALE';
