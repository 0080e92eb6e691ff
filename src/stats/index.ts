export * from './compare-with-benchmark';
export * from './errors';
export * from './normal';
export * from './percentile';
export * from './wilson-interval';
