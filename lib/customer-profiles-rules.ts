// The field-by-field translation of one Pinpoint `SegmentDimensions` object into Customer Profiles
// conditions. Each Pinpoint field has one small named rule. A rule turns the field into zero or
// more conditions (each becomes its own Customer Profiles `Dimension`, because a `Dimension` is a
// union that holds either profile attributes or calculated attributes, never both) and reports
// every path it read as exact, approximated or dropped. README.md ("Customer Profiles") holds the
// same table for people. Values that are unresolved tokens pass through untouched.
import { Token } from 'aws-cdk-lib';
import type { CfnSegmentDefinition } from 'aws-cdk-lib/aws-customerprofiles';
import {
  AttributeDimensionConfig,
  AttributeType,
  DimensionType,
  MetricDimensionConfig,
  SegmentDemographics,
  SegmentDimensions,
} from './segment-dimensions';

/** Stable ids of the synth warnings a translation raises; users acknowledge them by id. */
export const WARNING_IDS = {
  droppedAcknowledged: '@cdk-pinpoint-segment/customer-profiles:droppedAcknowledged',
  attributesMerged: '@cdk-pinpoint-segment/customer-profiles:attributesMerged',
  countryAsAddress: '@cdk-pinpoint-segment/customer-profiles:countryAsAddress',
  metricAsCalculatedAttribute: '@cdk-pinpoint-segment/customer-profiles:metricAsCalculatedAttribute',
  dateComparison: '@cdk-pinpoint-segment/customer-profiles:dateComparison',
  sourceSegmentVersion: '@cdk-pinpoint-segment/customer-profiles:sourceSegmentVersion',
  combinationAssumed: '@cdk-pinpoint-segment/customer-profiles:combinationAssumed',
  exclusionNarrowed: '@cdk-pinpoint-segment/customer-profiles:exclusionNarrowed',
  unusedAcknowledgement: '@cdk-pinpoint-segment/customer-profiles:unusedAcknowledgement',
} as const;

/** The kind of a warning, by its key in `WARNING_IDS`. */
export type WarningKind = keyof typeof WARNING_IDS;

/** One translated path. */
export interface Finding {
  readonly path: string;
  readonly kind: 'exact' | 'approximated' | 'dropped';
  readonly explanation: string;
  /** For approximations: the warning that reports it. */
  readonly warning?: WarningKind;
}

/** One Customer Profiles condition, ready to be one `Dimension` of a group. */
export interface Condition {
  readonly path: string;
  readonly dimension: CfnSegmentDefinition.DimensionProperty;
}

/** What the rules need from the construct. */
export interface RuleContext {
  /** The profile attribute name for a Pinpoint attribute or metric name (`attributeNames`). */
  readonly rename: (family: 'attributes' | 'userAttributes' | 'metrics', name: string) => string;
  /** Reports a path. */
  readonly report: (finding: Finding) => void;
  /** Reports a problem that no acknowledgement can waive (the result would not deploy). */
  readonly problem: (path: string, message: string) => void;
}

/** A rule: one Pinpoint field of a `SegmentDimensions` object. */
type DimensionRule = (dims: SegmentDimensions, path: string, ctx: RuleContext) => Condition[];

/** Customer Profiles' key pattern for custom and calculated attribute names. */
const ATTRIBUTE_NAME = /^[a-zA-Z_][a-zA-Z_0-9-]*$/;
/** Customer Profiles' limits on a dimension's `Values`. */
const MAX_VALUES = 50;
const MAX_VALUE_LENGTH = 255;

const DATE_TYPES: ReadonlySet<string> = new Set([AttributeType.BEFORE, AttributeType.AFTER, AttributeType.ON, AttributeType.BETWEEN]);

/**
 * Every rule, in the order of `SegmentDimensions`' fields. The translation of one dimension object
 * is the concatenation of what they return.
 */
export const DIMENSION_RULES: readonly DimensionRule[] = [
  (dims, path, ctx) => customAttributes('attributes', dims, path, ctx),
  behaviorRecency,
  demographics,
  locationCountry,
  locationGpsPoint,
  metrics,
  (dims, path, ctx) => customAttributes('userAttributes', dims, path, ctx),
];

/** The conditions of one Pinpoint dimension object; a token object cannot be walked. */
export function conditionsOf(dims: SegmentDimensions, path: string, ctx: RuleContext): Condition[] {
  if (Token.isUnresolved(dims)) {
    ctx.problem(path, 'is an unresolved token; its conditions cannot be translated at synth time');
    return [];
  }
  return DIMENSION_RULES.flatMap((rule) => rule(dims, path, ctx));
}

// ---------------------------------------------------------------------------------------------
// Rules

/**
 * `attributes` (endpoint attributes) and `userAttributes` become the profile's custom `Attributes`,
 * renamed through `attributeNames`. The comparison keeps its name: Customer Profiles'
 * `AttributeDimension` has INCLUSIVE, EXCLUSIVE, CONTAINS, BEFORE, AFTER, ON and BETWEEN too.
 */
function customAttributes(
  family: 'attributes' | 'userAttributes',
  dims: SegmentDimensions,
  path: string,
  ctx: RuleContext,
): Condition[] {
  return entriesOf(dims[family], `${path}.${family}`, ctx).map(({ name, value, path: p }) => {
    const attribute = value as AttributeDimensionConfig;
    const target = ctx.rename(family, name);
    checkName(target, p, 'profile attribute', ctx);
    const dimensionType = attribute.attributeType ?? AttributeType.INCLUSIVE;
    const values = checkedValues(attribute.values, `${p}.values`, ctx);
    const origin = family === 'attributes' ? 'an endpoint attribute' : 'a user attribute';
    ctx.report({
      path: p,
      kind: 'approximated',
      warning: 'attributesMerged',
      explanation: `profile attribute Attributes.${target} (${String(dimensionType)}); Pinpoint read ${origin}, `
        + 'which may hold several values, while a profile has one custom attribute of each name, '
        + 'shared by what were endpoint and user attributes',
    });
    if (!Token.isUnresolved(dimensionType) && DATE_TYPES.has(dimensionType)) {
      ctx.report({
        path: `${p}.attributeType`,
        kind: 'approximated',
        warning: 'dateComparison',
        explanation: `${String(dimensionType)} is kept, and the values are passed on as the same ISO-8601 instants; `
          + 'Customer Profiles documents no value format for date comparisons of custom attributes, '
          + 'which hold plain strings',
      });
    }
    return {
      path: p,
      dimension: { profileAttributes: { attributes: { [target]: { dimensionType, values } } } },
    };
  });
}

/** `behavior.recency` (endpoint activity) has no Customer Profiles counterpart. */
function behaviorRecency(dims: SegmentDimensions, path: string, ctx: RuleContext): Condition[] {
  const behavior = dims.behavior;
  if (behavior === undefined) return [];
  if (Token.isUnresolved(behavior)) {
    ctx.problem(`${path}.behavior`, 'is an unresolved token; its conditions cannot be translated at synth time');
    return [];
  }
  if (behavior.recency !== undefined) {
    ctx.report({
      path: `${path}.behavior.recency`,
      kind: 'dropped',
      explanation: 'Customer Profiles has no record of when an endpoint was last active, so the recency '
        + 'condition is lost',
    });
  }
  return [];
}

/** Each `demographic` field describes the endpoint's device or channel: no profile counterpart. */
function demographics(dims: SegmentDimensions, path: string, ctx: RuleContext): Condition[] {
  const demographic = dims.demographic;
  if (demographic === undefined) return [];
  if (Token.isUnresolved(demographic)) {
    ctx.problem(`${path}.demographic`, 'is an unresolved token; its conditions cannot be translated at synth time');
    return [];
  }
  for (const field of DEMOGRAPHIC_FIELDS) {
    if (demographic[field] === undefined) continue;
    ctx.report({
      path: `${path}.demographic.${field}`,
      kind: 'dropped',
      explanation: `the endpoint's ${DEMOGRAPHIC_LABELS[field]} has no counterpart in a customer profile, so the `
        + 'condition is lost',
    });
  }
  return [];
}

const DEMOGRAPHIC_FIELDS = ['appVersion', 'channel', 'deviceType', 'make', 'model', 'platform'] as const;
const DEMOGRAPHIC_LABELS: Record<keyof SegmentDemographics, string> = {
  appVersion: 'app version',
  channel: 'channel',
  deviceType: 'device type',
  make: 'device make',
  model: 'device model',
  platform: 'platform',
};

/** `location.country` becomes the profile's `Address.Country`. */
function locationCountry(dims: SegmentDimensions, path: string, ctx: RuleContext): Condition[] {
  const location = walkable(dims.location, `${path}.location`, ctx);
  const country = location?.country;
  if (country === undefined) return [];
  const p = `${path}.location.country`;
  if (Token.isUnresolved(country)) {
    ctx.problem(p, 'is an unresolved token; its conditions cannot be translated at synth time');
    return [];
  }
  const set = country;
  const dimensionType = set.dimensionType ?? DimensionType.INCLUSIVE;
  const values = checkedValues(set.values, `${p}.values`, ctx);
  ctx.report({
    path: p,
    kind: 'approximated',
    warning: 'countryAsAddress',
    explanation: `profile attribute Address.Country (${String(dimensionType)}); Pinpoint matched the endpoint's `
      + 'location, a profile has a postal address, whose country is free text and need not be an ISO 3166-1 alpha-2 code',
  });
  return [{ path: p, dimension: { profileAttributes: { address: { country: { dimensionType, values } } } } }];
}

/** `location.gpsPoint` has no counterpart: profiles have no coordinates. */
function locationGpsPoint(dims: SegmentDimensions, path: string, ctx: RuleContext): Condition[] {
  const location = walkable(dims.location, `${path}.location`, ctx, false);
  if (location?.gpsPoint === undefined) return [];
  ctx.report({
    path: `${path}.location.gpsPoint`,
    kind: 'dropped',
    explanation: 'a customer profile has no GPS coordinates, so the distance condition is lost',
  });
  return [];
}

/**
 * `metrics` become calculated attributes of the same name (or the `attributeNames` rename), with the
 * same comparison: Customer Profiles' `CalculatedAttributeDimension` has the five operators.
 */
function metrics(dims: SegmentDimensions, path: string, ctx: RuleContext): Condition[] {
  return entriesOf(dims.metrics, `${path}.metrics`, ctx).map(({ name, value, path: p }) => {
    const metric = value as MetricDimensionConfig;
    const target = ctx.rename('metrics', name);
    checkName(target, p, 'calculated attribute', ctx);
    const dimensionType = metric.comparisonOperator;
    const values = [Token.isUnresolved(metric.value) ? Token.asString(metric.value) : String(metric.value)];
    ctx.report({
      path: p,
      kind: 'approximated',
      warning: 'metricAsCalculatedAttribute',
      explanation: `calculated attribute ${target} (${String(dimensionType)} ${values[0]}); the domain must define a `
        + `calculated attribute named ${target} that computes what the endpoint metric counted, or the condition matches no profile`,
    });
    return {
      path: p,
      dimension: { calculatedAttributes: { [target]: { dimensionType, values } } },
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** The entries of a map; a map that is a token cannot be walked and is a problem. */
function entriesOf(
  map: { [name: string]: unknown } | undefined,
  path: string,
  ctx: RuleContext,
): { name: string; value: unknown; path: string }[] {
  if (map === undefined) return [];
  if (Token.isUnresolved(map)) {
    ctx.problem(path, 'is an unresolved token; its conditions cannot be translated at synth time');
    return [];
  }
  return Object.entries(map).map(([name, value]) => ({ name, value, path: `${path}.${name}` }));
}

/** An object that can be walked; a token object is reported once (by the first caller). */
function walkable<T>(value: T | undefined, path: string, ctx: RuleContext, report = true): T | undefined {
  if (value === undefined) return undefined;
  if (Token.isUnresolved(value)) {
    if (report) ctx.problem(path, 'is an unresolved token; its conditions cannot be translated at synth time');
    return undefined;
  }
  return value;
}

/** Customer Profiles' limits on a dimension's values: 1 to 50 of them, each 1 to 255 characters. */
function checkedValues(values: string[], path: string, ctx: RuleContext): string[] {
  if (Token.isUnresolved(values) || !Array.isArray(values)) return values;
  if (values.length > MAX_VALUES) {
    ctx.problem(path, `has ${values.length} values; customer profiles accepts at most ${MAX_VALUES} per condition`);
  }
  values.forEach((value, i) => {
    if (typeof value === 'string' && !Token.isUnresolved(value) && value.length > MAX_VALUE_LENGTH) {
      ctx.problem(`${path}[${i}]`, `is ${value.length} characters long; customer profiles accepts at most ${MAX_VALUE_LENGTH}`);
    }
  });
  return values;
}

function checkName(name: string, path: string, what: string, ctx: RuleContext): void {
  if (Token.isUnresolved(name) || (ATTRIBUTE_NAME.test(name) && name.length <= 255)) return;
  ctx.problem(path, `'${name}' is not a valid ${what} name (${ATTRIBUTE_NAME.source}, at most 255 characters); `
    + 'map it to one with attributeNames');
}
