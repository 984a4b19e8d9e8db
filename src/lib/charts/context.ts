/** Context key: a prefix for the charts' DOM ids, so two sets of charts can share a page. */
export const CHART_ID_PREFIX = Symbol('chart-id-prefix');
