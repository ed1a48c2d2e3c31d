export * from './pinpoint-segment-props';
export * from './pinpoint-segment';
export * from './segment-definition';
export * from './segment-dimensions';
export * from './customer-profiles-segment';
export { PinpointSegmentProvider, PinpointSegmentProviderProps } from './provider';
