// Strict shapes at synth. TypeScript callers get the shapes from the compiler; JavaScript, jsii
// (Python, Java, ...) and generated callers do not, and a key the renderer does not know is
// silently dropped. Dropping `Dimensions` (the API's casing) or `behaviour` (a typo) widens the
// audience of an adopted segment to every endpoint, so every struct here rejects keys it does not
// define, and every field says what it expected and what came. Tokens are skipped.
import { Token } from 'aws-cdk-lib';
import {
  AttributeType,
  ComparisonOperator,
  DimensionType,
  GroupType,
  Include,
  RecencyDuration,
  RecencyType,
  SourceType,
} from './segment-dimensions';
import { describeValue, nearestKey, Problem, showValue } from './validation-format';

/** What a field holds. */
export type Shape =
  | { readonly kind: 'string' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  /** Any object: a construct or another class instance that is checked elsewhere. */
  | { readonly kind: 'object' }
  | { readonly kind: 'enum'; readonly values: readonly string[] }
  | { readonly kind: 'list'; readonly of: Shape }
  | { readonly kind: 'map'; readonly of: Shape }
  | { readonly kind: 'struct'; readonly fields: { readonly [prop: string]: Field } };

/** A field of a struct. */
export interface Field {
  readonly shape: Shape;
  readonly required?: boolean;
}

const STRING: Shape = { kind: 'string' };
const NUMBER: Shape = { kind: 'number' };
const BOOLEAN: Shape = { kind: 'boolean' };
const OBJECT: Shape = { kind: 'object' };

function enumOf(enumObject: { [name: string]: string }): Shape {
  return { kind: 'enum', values: Object.values(enumObject) };
}
function listOf(of: Shape): Shape {
  return { kind: 'list', of };
}
function mapOf(of: Shape): Shape {
  return { kind: 'map', of };
}
function struct(fields: { [prop: string]: Shape | Field }): Shape {
  const normalised: { [prop: string]: Field } = {};
  for (const [prop, field] of Object.entries(fields)) {
    normalised[prop] = 'shape' in field ? field : { shape: field };
  }
  return { kind: 'struct', fields: normalised };
}
function required(shape: Shape): Field {
  return { shape, required: true };
}

// The structs of lib/segment-dimensions.ts, field for field. test/validation-shape.test.ts checks
// these key lists against the jsii assembly, so a field added there cannot be rejected here.

const SET_DIMENSION = struct({ dimensionType: enumOf(DimensionType), values: required(listOf(STRING)) });
const ATTRIBUTE_DIMENSION = struct({ attributeType: enumOf(AttributeType), values: required(listOf(STRING)) });
const METRIC_DIMENSION = struct({ comparisonOperator: required(enumOf(ComparisonOperator)), value: required(NUMBER) });

/** `SegmentDimensions`, wherever it occurs. */
export const SEGMENT_DIMENSIONS = struct({
  attributes: mapOf(ATTRIBUTE_DIMENSION),
  behavior: struct({
    recency: struct({ duration: required(enumOf(RecencyDuration)), recencyType: required(enumOf(RecencyType)) }),
  }),
  demographic: struct({
    appVersion: SET_DIMENSION,
    channel: SET_DIMENSION,
    deviceType: SET_DIMENSION,
    make: SET_DIMENSION,
    model: SET_DIMENSION,
    platform: SET_DIMENSION,
  }),
  location: struct({
    country: SET_DIMENSION,
    gpsPoint: struct({
      coordinates: required(struct({ latitude: required(NUMBER), longitude: required(NUMBER) })),
      rangeInKilometers: NUMBER,
    }),
  }),
  metrics: mapOf(METRIC_DIMENSION),
  userAttributes: mapOf(ATTRIBUTE_DIMENSION),
});

/** `SegmentGroups`. */
export const SEGMENT_GROUPS = struct({
  groups: listOf(struct({
    dimensions: listOf(SEGMENT_DIMENSIONS),
    sourceSegments: listOf(struct({ id: required(STRING), version: NUMBER })),
    sourceType: enumOf(SourceType),
    type: enumOf(GroupType),
  })),
  include: enumOf(Include),
});

/** `PinpointSegmentProps`. */
export const SEGMENT_PROPS = struct({
  applicationId: required(STRING),
  name: required(STRING),
  segmentId: STRING,
  dimensions: SEGMENT_DIMENSIONS,
  segmentGroups: SEGMENT_GROUPS,
  tags: mapOf(STRING),
  // RemovalPolicy's values are strings; which of them a segment supports is a rule of its own.
  removalPolicy: STRING,
  restoreOnDelete: BOOLEAN,
  provider: OBJECT,
});

/**
 * Every place where `value` does not have `shape`: unknown keys, wrong types, missing required
 * fields and enum values outside their set. Unresolved tokens are skipped, at any depth.
 */
export function checkShape(value: unknown, shape: Shape, path: string): Problem[] {
  // The common case first: a value of the right type needs no token check (a string token is a
  // string, a number token a number). This keeps validation cheap at hundreds of segments.
  if (isPlainMatch(value, shape)) return [];
  if (Token.isUnresolved(value)) return [];
  switch (shape.kind) {
    case 'string':
      return typeof value === 'string' ? [] : [expected(path, 'a string', value)];
    case 'number':
      // NaN and Infinity are numbers; the rules that need finite numbers say so.
      return typeof value === 'number' ? [] : [expected(path, 'a number', value)];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [expected(path, 'a boolean', value)];
    case 'object':
      return isObject(value) ? [] : [expected(path, 'an object', value)];
    case 'enum':
      return checkEnumValue(value, shape.values, path);
    case 'list':
      return checkList(value, shape.of, path);
    case 'map':
      return checkMap(value, shape.of, path);
    case 'struct':
      return checkStruct(value, shape.fields, path);
  }
}

function isPlainMatch(value: unknown, shape: Shape): boolean {
  switch (shape.kind) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value);
    default:
      return false;
  }
}

function checkEnumValue(value: unknown, values: readonly string[], path: string): Problem[] {
  if (typeof value !== 'string') return [expected(path, `one of ${values.join(', ')}`, value)];
  return values.includes(value) ? [] : [{ path, message: `${showValue(value)} is not one of ${values.join(', ')}` }];
}

function checkList(value: unknown, of: Shape, path: string): Problem[] {
  if (!Array.isArray(value)) return [expected(path, 'a list', value)];
  return value.flatMap((element, i) => checkShape(element, of, `${path}[${i}]`));
}

function checkMap(value: unknown, of: Shape, path: string): Problem[] {
  if (!isObject(value) || Array.isArray(value)) return [expected(path, 'an object', value)];
  return Object.entries(value).flatMap(([name, entry]) => checkShape(entry, of, childPath(path, name)));
}

function checkStruct(value: unknown, fields: { readonly [prop: string]: Field }, path: string): Problem[] {
  if (!isObject(value) || Array.isArray(value)) return [expected(path, 'an object', value)];
  const problems: Problem[] = [];
  const record = value as { [key: string]: unknown };
  for (const key of Object.keys(record)) {
    // An explicit `undefined` loses nothing, and jsii may pass absent optionals that way.
    if (!(key in fields) && record[key] !== undefined) problems.push(unknownKey(key, Object.keys(fields), path));
  }
  for (const [prop, field] of Object.entries(fields)) {
    const fieldValue = Object.prototype.hasOwnProperty.call(record, prop) ? record[prop] : undefined;
    const fieldPath = path === '' ? prop : `${path}.${prop}`;
    if (fieldValue === undefined) {
      if (field.required) problems.push({ path: fieldPath, message: 'is required' });
      continue;
    }
    problems.push(...checkShape(fieldValue, field.shape, fieldPath));
  }
  return problems;
}

function unknownKey(key: string, known: string[], path: string): Problem {
  const keyPath = childPath(path, key);
  const nearest = nearestKey(key, known);
  const hint = nearest !== undefined ? `did you mean \`${nearest}\`?` : `expected one of ${known.join(', ')}`;
  return { path: keyPath, message: `unknown key (${hint})` };
}

function expected(path: string, what: string, value: unknown): Problem {
  return { path, message: `expected ${what}, got ${describeValue(value)}` };
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}

/** `parent.name` for plain names, `parent["odd name"]` otherwise, so paths stay unambiguous. */
export function childPath(parent: string, name: string): string {
  const plain = /^[A-Za-z_$][\w$]*$/.test(name);
  if (parent === '') return plain ? name : `[${JSON.stringify(name)}]`;
  return plain ? `${parent}.${name}` : `${parent}[${JSON.stringify(name)}]`;
}
