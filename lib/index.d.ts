export * from './pinpoint-segment';
export * from './segment-dimensions';
