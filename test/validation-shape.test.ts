/**
 * The strict shapes in lib/validation-shape.ts are a second description of the structs. This test
 * pins them to the first one, the jsii assembly (`.jsii`, written by `npm run build`): every
 * struct field exists in the shape with the same optionality, so a legal key is never rejected,
 * and the shape invents no keys.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { Field, SEGMENT_DIMENSIONS, SEGMENT_GROUPS, SEGMENT_PROPS, Shape } from '../lib/validation-shape';

interface JsiiProperty { readonly name: string; readonly optional?: boolean }
interface JsiiType { readonly kind: string; readonly datatype?: boolean; readonly properties?: JsiiProperty[]; readonly interfaces?: string[] }

const assembly = JSON.parse(readFileSync(join(__dirname, '..', '.jsii'), 'utf8')) as { types: { [fqn: string]: JsiiType } };

/** The struct's fields, inherited ones included. */
function jsiiFields(fqn: string): Map<string, boolean> {
  const type = assembly.types[fqn];
  if (type === undefined) throw new Error(`${fqn} is not in the jsii assembly`);
  const fields = new Map<string, boolean>();
  for (const parent of type.interfaces ?? []) {
    for (const [name, optional] of jsiiFields(parent)) fields.set(name, optional);
  }
  for (const property of type.properties ?? []) fields.set(property.name, property.optional === true);
  return fields;
}

function fieldsOf(shape: Shape): { [prop: string]: Field } {
  if (shape.kind !== 'struct') throw new Error(`expected a struct shape, got ${shape.kind}`);
  return shape.fields;
}

function inner(shape: Shape): Shape {
  if (shape.kind !== 'list' && shape.kind !== 'map') throw new Error(`expected a list or map shape, got ${shape.kind}`);
  return shape.of;
}

const dimensions = fieldsOf(SEGMENT_DIMENSIONS);
const demographic = fieldsOf(dimensions.demographic.shape);
const location = fieldsOf(dimensions.location.shape);
const group = inner(fieldsOf(SEGMENT_GROUPS).groups.shape);

const STRUCTS: [name: string, shape: Shape][] = [
  ['PinpointSegmentProps', SEGMENT_PROPS],
  ['SegmentDimensions', SEGMENT_DIMENSIONS],
  ['AttributeDimensionConfig', inner(dimensions.attributes.shape)],
  ['AttributeDimensionConfig', inner(dimensions.userAttributes.shape)],
  ['MetricDimensionConfig', inner(dimensions.metrics.shape)],
  ['SegmentBehaviors', dimensions.behavior.shape],
  ['RecencyDimension', fieldsOf(dimensions.behavior.shape).recency.shape],
  ['SegmentDemographics', dimensions.demographic.shape],
  ...Object.values(demographic).map((field) => ['SetDimension', field.shape] as [string, Shape]),
  ['SegmentLocation', dimensions.location.shape],
  ['SetDimension', location.country.shape],
  ['GpsPointDimension', location.gpsPoint.shape],
  ['GpsCoordinates', fieldsOf(location.gpsPoint.shape).coordinates.shape],
  ['SegmentGroups', SEGMENT_GROUPS],
  ['SegmentGroup', group],
  ['SegmentDimensions', inner(fieldsOf(group).dimensions.shape)],
  ['SourceSegment', inner(fieldsOf(group).sourceSegments.shape)],
];

/** Props that DESIGN.md declares and another change adds; accepted before they exist. */
const ANNOUNCED = new Set(['PinpointSegmentProps.provider']);

describe('the strict shapes match the jsii structs', () => {
  it.each(STRUCTS)('%s', (name, shape) => {
    const declared = jsiiFields(`cdk-pinpoint-segment.${name}`);
    const fields = fieldsOf(shape);
    for (const [prop, optional] of declared) {
      expect({ field: `${name}.${prop}`, known: prop in fields }).toEqual({ field: `${name}.${prop}`, known: true });
      expect({ field: `${name}.${prop}`, required: fields[prop].required === true }).toEqual({ field: `${name}.${prop}`, required: !optional });
    }
    const invented = Object.keys(fields).filter((prop) => !declared.has(prop) && !ANNOUNCED.has(`${name}.${prop}`));
    expect(invented).toEqual([]);
  });
});
