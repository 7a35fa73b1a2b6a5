/**
 * logistics-customer: the textbook model of logistics customer development and service
 * (物流客户开发与服务) as typed values and pure functions.
 *
 * Every module is also available on its own subpath (`logistics-customer/core`, `/customer`,
 * `/segmentation`, `/value`, `/funnel`, `/complaints`, `/quality`).
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './customer/index.js';
export * from './segmentation/index.js';
export * from './value/index.js';
export * from './funnel/index.js';
export * from './complaints/index.js';
export * from './quality/index.js';
