export * from './pinpoint-segment-props';
export * from './pinpoint-segment';
export * from './segment-dimensions';
