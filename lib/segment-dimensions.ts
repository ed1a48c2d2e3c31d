// The structs mirror Pinpoint's WriteSegmentRequest field for field, in camelCase.
// lib/render.ts is the one place that maps them to the API's PascalCase shape.
// Each family of dimensions has its own file; this module gathers them under their public names.

export * from './segment-criteria';
export * from './dimensions-attributes';
export * from './dimensions-behavior';
export * from './dimensions-demographic';
export * from './dimensions-location';
export * from './dimensions-set';
