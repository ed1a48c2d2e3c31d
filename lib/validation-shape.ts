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
  const problems: Problem[] = [];
  walkShape(value, shape, path, problems);
  return problems;
}

// The walk runs for every segment of a stack (hundreds), so it appends to one list instead of
// returning and concatenating lists, and skips the token test where the type alone settles it.

function walkShape(value: unknown, shape: Shape, path: string, out: Problem[]): void {
  switch (shape.kind) {
    // A value of the right type passes whether or not it is a token; a token of another type is skipped.
    case 'string':
      if (typeof value !== 'string' && !isToken(value)) out.push(expected(path, 'a string', value));
      return;
    case 'number':
      // NaN and Infinity are numbers; the rules that need finite numbers say so.
      if (typeof value !== 'number' && !isToken(value)) out.push(expected(path, 'a number', value));
      return;
    case 'boolean':
      if (typeof value !== 'boolean' && !isToken(value)) out.push(expected(path, 'a boolean', value));
      return;
    case 'enum':
      if (typeof value === 'string' && shape.values.includes(value)) return;
      if (!isToken(value)) out.push(...checkEnumValue(value, shape.values, path));
      return;
    case 'object':
      if (!isObject(value) && !isToken(value)) out.push(expected(path, 'an object', value));
      return;
    case 'list':
      if (!isToken(value)) walkList(value, shape.of, path, out);
      return;
    case 'map':
      if (!isToken(value)) walkMap(value, shape.of, path, out);
      return;
    case 'struct':
      if (!isToken(value)) walkStruct(value, shape.fields, path, out);
      return;
  }
}

/**
 * `Token.isUnresolved`, with a shortcut for plain numbers: aws-cdk-lib encodes a number token as a
 * double below -2^960, so anything above -1e288 is not one (and the test itself allocates).
 */
function isToken(value: unknown): boolean {
  if (typeof value === 'number' && value > -1e288) return false;
  return Token.isUnresolved(value);
}

function checkEnumValue(value: unknown, values: readonly string[], path: string): Problem[] {
  if (typeof value !== 'string') return [expected(path, `one of ${values.join(', ')}`, value)];
  return values.includes(value) ? [] : [{ path, message: `${showValue(value)} is not one of ${values.join(', ')}` }];
}

function walkList(value: unknown, of: Shape, path: string, out: Problem[]): void {
  if (!Array.isArray(value)) {
    out.push(expected(path, 'a list', value));
    return;
  }
  for (let i = 0; i < value.length; i++) walkShape(value[i], of, `${path}[${i}]`, out);
}

function walkMap(value: unknown, of: Shape, path: string, out: Problem[]): void {
  if (!isObject(value) || Array.isArray(value)) {
    out.push(expected(path, 'an object', value));
    return;
  }
  const record = value as { [key: string]: unknown };
  for (const name of Object.keys(record)) walkShape(record[name], of, childPath(path, name), out);
}

/** Each struct's fields as a list, made once (a struct is walked once per segment). */
const FIELD_LISTS = new WeakMap<object, { prop: string; field: Field }[]>();

function fieldList(fields: { readonly [prop: string]: Field }): { prop: string; field: Field }[] {
  let list = FIELD_LISTS.get(fields);
  if (list === undefined) {
    list = Object.keys(fields).map((prop) => ({ prop, field: fields[prop] }));
    FIELD_LISTS.set(fields, list);
  }
  return list;
}

function walkStruct(value: unknown, fields: { readonly [prop: string]: Field }, path: string, out: Problem[]): void {
  if (!isObject(value) || Array.isArray(value)) {
    out.push(expected(path, 'an object', value));
    return;
  }
  const record = value as { [key: string]: unknown };
  for (const key of Object.keys(record)) {
    // An explicit `undefined` loses nothing, and jsii may pass absent optionals that way.
    if (!(key in fields) && record[key] !== undefined) {
      out.push(unknownKey(key, Object.keys(fields), path));
    }
  }
  for (const { prop, field } of fieldList(fields)) {
    const fieldValue = Object.prototype.hasOwnProperty.call(record, prop) ? record[prop] : undefined;
    if (fieldValue === undefined) {
      if (field.required) out.push({ path: path === '' ? prop : `${path}.${prop}`, message: 'is required' });
      continue;
    }
    walkShape(fieldValue, field.shape, path === '' ? prop : `${path}.${prop}`, out);
  }
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
