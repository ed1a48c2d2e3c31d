/**
 * The handler refuses keys Pinpoint does not define, anywhere in Dimensions and SegmentGroups,
 * before it calls Pinpoint: Pinpoint would drop them, and an adopted segment would be rewritten
 * with fewer criteria than declared.
 */
import { CreateSegmentCommand, GetSegmentCommand, PinpointClient, UpdateSegmentCommand } from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createHandler } from '../../lambda';
import { KeyTree, SEGMENT_DIMENSIONS_KEYS, SEGMENT_GROUPS_KEYS } from '../../lambda/request-keys';
import { SEGMENT_DIMENSIONS, SEGMENT_GROUPS, Shape } from '../../lib/validation-shape';
import { APP, captureResponses, createEvent, FAST_RETRY, fakeContext, SEG, silenceConsole } from './helpers';

const pinpoint = mockClient(PinpointClient);

beforeEach(() => {
  pinpoint.reset();
  silenceConsole();
});

async function create(properties: Record<string, unknown>) {
  const captured = captureResponses();
  await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(createEvent(properties), fakeContext());
  return captured.only();
}

const adopt = { ApplicationId: APP, SegmentId: SEG, Name: 'iOS customers' };

describe('the handler refuses unknown keys before any call', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['camelCase under PascalCase', { Dimensions: { Demographic: { platform: { Values: ['ios'] } } } },
      'Dimensions.Demographic.platform: unknown field (did you mean Platform?)'],
    ['camelCase at the top of Dimensions', { Dimensions: { demographic: { Platform: { Values: ['ios'] } } } },
      'Dimensions.demographic: unknown field (did you mean Demographic?)'],
    ['camelCase inside a set dimension', { Dimensions: { Location: { Country: { values: ['US'] } } } },
      'Dimensions.Location.Country.values: unknown field (did you mean Values?)'],
    ['a typo inside an attribute', { Dimensions: { UserAttributes: { plan: { Values: ['gold'], AttributeTyp: 'INCLUSIVE' } } } },
      'Dimensions.UserAttributes.plan.AttributeTyp: unknown field (expected one of AttributeType, Values)'],
    ['a typo inside a group', { SegmentGroups: { Groups: [{ SourceSegments: [{ Id: 'base' }], Dimensions: [{ behavior: {} }] }] } },
      'SegmentGroups.Groups[0].Dimensions[0].behavior: unknown field (did you mean Behavior?)'],
    ['camelCase groups', { SegmentGroups: { groups: [] } }, 'SegmentGroups.groups: unknown field (did you mean Groups?)'],
  ])('%s', async (_title, definition, reason) => {
    const body = await create({ ...adopt, ...definition });
    expect(body.Status).toBe('FAILED');
    expect(body.Reason).toContain(reason);
    expect(pinpoint.calls()).toHaveLength(0);
  });

  test('the API shape itself passes, and the adoption is written', async () => {
    pinpoint.on(GetSegmentCommand).resolves({ SegmentResponse: { Id: SEG, ApplicationId: APP, Arn: 'arn', Version: 1, Name: 'old', CreationDate: 'x', SegmentType: 'DIMENSIONAL' } });
    pinpoint.on(UpdateSegmentCommand).resolves({ SegmentResponse: { Id: SEG, ApplicationId: APP, Arn: 'arn', Version: 2, Name: 'iOS customers', CreationDate: 'x', SegmentType: 'DIMENSIONAL' } });
    const body = await create({
      ...adopt,
      Dimensions: {
        Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios'] } },
        Location: { GPSPoint: { Coordinates: { Latitude: '1', Longitude: '2' }, RangeInKilometers: '3' } },
        Metrics: { orders: { ComparisonOperator: 'EQUAL', Value: '1' } },
        Behavior: { Recency: { Duration: 'DAY_7', RecencyType: 'ACTIVE' } },
      },
    });
    expect(body.Status).toBe('SUCCESS');
    expect(pinpoint).toHaveReceivedCommandTimes(UpdateSegmentCommand, 1);
    expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 0);
  });
});

/** lib's camelCase shape, as API keys: `gpsPoint` is `GPSPoint`, every other key is capitalised. */
function apiKey(prop: string): string {
  return prop === 'gpsPoint' ? 'GPSPoint' : prop[0].toUpperCase() + prop.slice(1);
}

/** The key tree a shape implies, in the API's casing; leaves are null. */
function keyTreeOf(shape: Shape): KeyTree | null {
  switch (shape.kind) {
    case 'struct':
      return { object: Object.fromEntries(Object.entries(shape.fields).map(([prop, field]) => [apiKey(prop), keyTreeOf(field.shape)])) };
    case 'map':
      return { map: keyTreeOf(shape.of)! };
    case 'list':
      return shape.of.kind === 'struct' ? { list: keyTreeOf(shape.of)! } : null;
    default:
      return null;
  }
}

describe("the handler's key lists are the construct's, in the API's casing", () => {
  test('SegmentDimensions', () => {
    expect(SEGMENT_DIMENSIONS_KEYS).toEqual(keyTreeOf(SEGMENT_DIMENSIONS));
  });

  test('SegmentGroups', () => {
    expect(SEGMENT_GROUPS_KEYS).toEqual(keyTreeOf(SEGMENT_GROUPS));
  });
});
