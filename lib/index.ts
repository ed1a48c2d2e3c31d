export * from './pinpoint-segment';
export * from './segment-dimensions';
export { PinpointSegmentProvider, PinpointSegmentProviderProps } from './provider';
