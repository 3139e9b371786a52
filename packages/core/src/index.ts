/**
 * @relcap/core: relational coordination and relational capacity. Survey import, scoring,
 * statistics, network maps and interchange. Pure TypeScript, no DOM.
 *
 * This file re-exports only.
 */
export * from './dimensions/index';
export * from './errors/index';
export * from './io/index';
export * from './map/index';
export * from './network/index';
export * from './scoring/index';
export * from './stats/index';
export * from './survey/index';
export * from './survey-tools/index';
export * from './tables/index';
export * from './messages/index';
