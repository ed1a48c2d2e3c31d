/**
 * Bad input as a JavaScript caller writes it: no types, API casing, typos, wrong types, nulls,
 * missing props. Each row is passed to `new PinpointSegment(...)` exactly as written (`as any`)
 * and must fail with exactly the message given: one line per problem, each starting with the
 * construct path and naming the field.
 */
import { App, Duration, Lazy, Stack, Token } from 'aws-cdk-lib';
import { PinpointSegment, PinpointSegmentProps } from '../lib';

const APP = 'f1e2d3c4b5a697881726354453627180';
const PATH = 'Growth/Gold';

/** Props with the two required fields, and whatever the row adds. */
function props(extra: object): unknown {
  return { applicationId: APP, name: 'Gold customers', ...extra };
}

function declare(input: unknown): void {
  const stack = new Stack(new App(), 'Growth');
  new PinpointSegment(stack, 'Gold', input as PinpointSegmentProps);
}

function synthError(input: unknown): string | undefined {
  try {
    declare(input);
  } catch (e) {
    return (e as Error).message;
  }
  return undefined;
}

const SET = { values: ['ios'] };
const group = (extra: object) => props({ segmentGroups: { groups: [{ sourceSegments: [{ id: 'base1' }], ...extra }] } });
const dims = (dimensions: unknown) => props({ dimensions });

const CASES: [title: string, input: unknown, message: string][] = [
  // missing or wrong props
  ['no props at all', undefined, `${PATH}: props: expected an object with applicationId and name, got undefined`],
  ['null props', null, `${PATH}: props: expected an object with applicationId and name, got null`],
  ['props as a string', 'Gold', `${PATH}: props: expected an object with applicationId and name, got string 'Gold'`],
  ['empty props', {}, `${PATH}: applicationId: is required\n${PATH}: name: is required`],
  ['undefined name', { applicationId: APP, name: undefined }, `${PATH}: name: is required`],
  ['name as a number', props({ name: 123 }), `${PATH}: name: expected a string, got number 123`],
  ['applicationId as a number', props({ applicationId: 42 }), `${PATH}: applicationId: expected a string, got number 42`],
  ['segmentId as a number', props({ segmentId: 7 }), `${PATH}: segmentId: expected a string, got number 7`],
  ['name as a list', props({ name: ['Gold'] }), `${PATH}: name: expected a string, got a list`],
  ['restoreOnDelete as a string', props({ segmentId: 's', restoreOnDelete: 'true' }), `${PATH}: restoreOnDelete: expected a boolean, got string 'true'`],
  ['removalPolicy as a number', props({ removalPolicy: 1 }), `${PATH}: removalPolicy: expected a string, got number 1`],

  // unknown keys: the API's casing, typos, snake_case
  ['PascalCase Dimensions', props({ Dimensions: { Demographic: { Platform: SET } } }), `${PATH}: Dimensions: unknown key (did you mean \`dimensions\`?)`],
  ['PascalCase Demographic', dims({ Demographic: { platform: SET } }), `${PATH}: dimensions.Demographic: unknown key (did you mean \`demographic\`?)`],
  ['PascalCase Name beside name', props({ Name: 'Gold' }), `${PATH}: Name: unknown key (did you mean \`name\`?)`],
  ['PascalCase SegmentGroups', props({ SegmentGroups: { Groups: [] } }), `${PATH}: SegmentGroups: unknown key (did you mean \`segmentGroups\`?)`],
  ['API GPSPoint', dims({ location: { GPSPoint: { coordinates: { latitude: 1, longitude: 2 } } } }), `${PATH}: dimensions.location.GPSPoint: unknown key (did you mean \`gpsPoint\`?)`],
  ['PascalCase Values in a set dimension', dims({ demographic: { platform: { Values: ['ios'] } } }), `${PATH}: dimensions.demographic.platform.Values: unknown key (did you mean \`values\`?)\n${PATH}: dimensions.demographic.platform.values: is required`],
  ['typo behaviour', dims({ behaviour: { recency: { duration: 'DAY_7', recencyType: 'ACTIVE' } } }), `${PATH}: dimensions.behaviour: unknown key (did you mean \`behavior\`?)`],
  ['typo demografic', dims({ demografic: { platform: SET } }), `${PATH}: dimensions.demografic: unknown key (did you mean \`demographic\`?)`],
  ['typo plattform', dims({ demographic: { plattform: SET } }), `${PATH}: dimensions.demographic.plattform: unknown key (did you mean \`platform\`?)`],
  ['snake_case user_attributes', dims({ user_attributes: { plan: { values: ['gold'] } } }), `${PATH}: dimensions.user_attributes: unknown key (did you mean \`userAttributes\`?)`],
  ['a key that resembles nothing', dims({ audience: 'everyone' }), `${PATH}: dimensions.audience: unknown key (expected one of attributes, behavior, demographic, location, metrics, userAttributes)`],
  ['typo in an attribute dimension', dims({ attributes: { plan: { attributeTyp: 'INCLUSIVE', values: ['gold'] } } }), `${PATH}: dimensions.attributes.plan.attributeTyp: unknown key (did you mean \`attributeType\`?)`],
  ['typo in a metric dimension', dims({ metrics: { orders: { comparisonOperator: 'EQUAL', value: 1, vlaue: 2 } } }), `${PATH}: dimensions.metrics.orders.vlaue: unknown key (did you mean \`value\`?)`],
  ['typo in recency', dims({ behavior: { recency: { duration: 'DAY_7', recencyType: 'ACTIVE', type: 'x' } } }), `${PATH}: dimensions.behavior.recency.type: unknown key (expected one of duration, recencyType)`],
  ['typo in coordinates', dims({ location: { gpsPoint: { coordinates: { lat: 1, longitude: 2 } } } }), `${PATH}: dimensions.location.gpsPoint.coordinates.lat: unknown key (expected one of latitude, longitude)\n${PATH}: dimensions.location.gpsPoint.coordinates.latitude: is required`],
  ['typo in a group', group({ sourceSegment: [{ id: 'x' }] }), `${PATH}: segmentGroups.groups[0].sourceSegment: unknown key (did you mean \`sourceSegments\`?)`],
  ['typo in a source segment', group({ sourceSegments: [{ Id: 'base1' }] }), `${PATH}: segmentGroups.groups[0].sourceSegments[0].Id: unknown key (did you mean \`id\`?)\n${PATH}: segmentGroups.groups[0].sourceSegments[0].id: is required`],
  ['typo in segmentGroups', props({ segmentGroups: { group: [] } }), `${PATH}: segmentGroups.group: unknown key (did you mean \`groups\`?)`],
  ['a top-level typo', props({ tag: { team: 'growth' } }), `${PATH}: tag: unknown key (did you mean \`tags\`?)`],

  // wrong types inside the definition
  ['dimensions null', props({ dimensions: null }), `${PATH}: dimensions: expected an object, got null`],
  ['dimensions as a list', props({ dimensions: [] }), `${PATH}: dimensions: expected an object, got a list`],
  ['values as a string', dims({ attributes: { plan: { values: 'gold' } } }), `${PATH}: dimensions.attributes.plan.values: expected a list, got string 'gold'`],
  ['a value as a number', dims({ demographic: { appVersion: { values: [2] } } }), `${PATH}: dimensions.demographic.appVersion.values[0]: expected a string, got number 2`],
  ['latitude as a string', dims({ location: { gpsPoint: { coordinates: { latitude: '47.6', longitude: 2 } } } }), `${PATH}: dimensions.location.gpsPoint.coordinates.latitude: expected a number, got string '47.6'`],
  ['range as a string', dims({ location: { gpsPoint: { coordinates: { latitude: 1, longitude: 2 }, rangeInKilometers: '5' } } }), `${PATH}: dimensions.location.gpsPoint.rangeInKilometers: expected a number, got string '5'`],
  ['metric value as a string', dims({ metrics: { orders: { comparisonOperator: 'EQUAL', value: '5' } } }), `${PATH}: dimensions.metrics.orders.value: expected a number, got string '5'`],
  ['a CDK Duration as a recency duration', dims({ behavior: { recency: { duration: Duration.days(7), recencyType: 'ACTIVE' } } }), `${PATH}: dimensions.behavior.recency.duration: expected one of HR_24, DAY_7, DAY_14, DAY_30, got an instance of Duration`],
  ['a lowercase enum value', dims({ demographic: { platform: { dimensionType: 'inclusive', values: ['ios'] } } }), `${PATH}: dimensions.demographic.platform.dimensionType: 'inclusive' is not one of INCLUSIVE, EXCLUSIVE`],
  ['an enum value as a boolean', dims({ attributes: { plan: { attributeType: true, values: ['x'] } } }), `${PATH}: dimensions.attributes.plan.attributeType: expected one of INCLUSIVE, EXCLUSIVE, CONTAINS, BEFORE, AFTER, ON, BETWEEN, got boolean true`],
  ['groups as an object', props({ segmentGroups: { groups: { sourceSegments: [] } } }), `${PATH}: segmentGroups.groups: expected a list, got an object`],
  ['version as a string', group({ sourceSegments: [{ id: 'base1', version: '2' }] }), `${PATH}: segmentGroups.groups[0].sourceSegments[0].version: expected a number, got string '2'`],
  ['source id as a number', group({ sourceSegments: [{ id: 5 }] }), `${PATH}: segmentGroups.groups[0].sourceSegments[0].id: expected a string, got number 5`],
  ['group dimensions as an object', group({ dimensions: { attributes: {} } }), `${PATH}: segmentGroups.groups[0].dimensions: expected a list, got an object`],
  ['a tag value as a number', props({ tags: { team: 5 } }), `${PATH}: tags.team: expected a string, got number 5`],
  ['tags as a list', props({ tags: [{ Key: 'team', Value: 'growth' }] }), `${PATH}: tags: expected an object, got a list`],
  ['the ownership tag', props({ tags: { 'cdk-pinpoint-segment:owner': 'me' } }), `${PATH}: tags["cdk-pinpoint-segment:owner"]: tag key is reserved for the ownership tag this construct writes itself`],
  ['a long string is shortened in the message', props({ name: 7, segmentId: ['x'], applicationId: 'a'.repeat(50) + 1 }), `${PATH}: name: expected a string, got number 7\n${PATH}: segmentId: expected a string, got a list`],
  ['several problems in one synth', props({ name: '', dimensions: { Location: {}, metrics: { m: { comparisonOperator: 'MORE', value: NaN } } } }),
    `${PATH}: dimensions.Location: unknown key (did you mean \`location\`?)\n`
    + `${PATH}: dimensions.metrics.m.comparisonOperator: 'MORE' is not one of GREATER_THAN, LESS_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN_OR_EQUAL, EQUAL\n`
    + `${PATH}: name: must not be empty or only whitespace\n`
    + `${PATH}: dimensions.metrics.m.value: NaN is not a finite number`],
];

describe('bad input from a JavaScript caller fails synth with an exact message', () => {
  test('the table has at least 40 rows, all different', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map(([title]) => title)).size).toBe(CASES.length);
  });

  it.each(CASES)('%s', (_title, input, message) => {
    expect(synthError(input)).toBe(message);
  });
});

describe('valid definitions written in unusual but legal ways still pass', () => {
  const stringToken = Token.asString(Lazy.string({ produce: () => 'x' }));
  it.each<[string, unknown]>([
    ['enum values as plain strings', dims({ behavior: { recency: { duration: 'DAY_7', recencyType: 'ACTIVE' } }, demographic: { platform: { dimensionType: 'EXCLUSIVE', values: ['ios'] } } })],
    ['integers and fractions where numbers go', dims({ location: { gpsPoint: { coordinates: { latitude: 47, longitude: -122.33 }, rangeInKilometers: 1 } } })],
    ['explicitly undefined optional keys', props({ segmentId: undefined, dimensions: { attributes: { plan: { attributeType: undefined, values: ['gold'] } }, behavior: undefined } })],
    ['empty optional objects', dims({ behavior: {}, demographic: {}, location: {}, attributes: { plan: { values: ['x'] } } })],
    ['empty tags', props({ tags: {}, dimensions: { attributes: { plan: { values: ['x'] } } } })],
    ['a token for a whole struct', props({ dimensions: Lazy.any({ produce: () => ({ Attributes: {} }) }) })],
    ['tokens for a map key and for values', dims({ attributes: { [stringToken]: { values: Token.asList(Lazy.list({ produce: () => ['a'] })) } } })],
    ['a frozen object', props({ dimensions: Object.freeze({ attributes: Object.freeze({ plan: Object.freeze({ values: Object.freeze(['x']) }) }) }) })],
    ['an object without a prototype', props({ dimensions: Object.assign(Object.create(null) as object, { attributes: { plan: { values: ['x'] } } }) })],
  ])('%s', (_title, input) => {
    expect(synthError(input)).toBeUndefined();
  });
});
