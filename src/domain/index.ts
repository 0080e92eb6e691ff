export * from './area';
export * from './codes';
export * from './comparison';
export * from './data-point';
export * from './indicator';
export * from './provider';
export * from './reject';
export * from './area-comparison';
