import {
  BadRequestException,
  CreateSegmentCommand,
  NotFoundException,
  PinpointClient,
  PinpointServiceException,
  SegmentDimensions,
  TagResourceCommand,
  UpdateSegmentCommand,
  WriteSegmentRequest,
} from '@aws-sdk/client-pinpoint';
import { Emulator, EmulatorOptions, startEmulator } from '../../local/emulator';
import { serviceErrorOf } from '../support/rejection';

const APP = 'app1';

let emu: Emulator;
let client: PinpointClient;

async function start(options: EmulatorOptions = {}): Promise<void> {
  await emu?.stop();
  emu = await startEmulator({ port: 0, ...options });
  client = new PinpointClient({ endpoint: emu.url, region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' }, maxAttempts: 1 });
}

beforeEach(() => start());
afterEach(() => emu.stop());

/** Sends through the SDK; the request shape is deliberately unchecked, as a careless caller's would be. */
async function createError(request: unknown): Promise<PinpointServiceException> {
  return serviceErrorOf(client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: request as WriteSegmentRequest })));
}

async function expectBadRequest(request: unknown, ...fragments: string[]): Promise<void> {
  const before = emu.state.listSegments(APP);
  const error = await createError(request);
  expect(error).toBeInstanceOf(BadRequestException);
  expect(error.name).toBe('BadRequestException');
  expect(error.$metadata.httpStatusCode).toBe(400);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  expect(emu.state.listSegments(APP)).toEqual(before);
}

/** A raw request, bypassing the SDK's serializer, for bodies the SDK would never produce. */
async function rawPut(body: string): Promise<{ status: number; type: string | null; message: string }> {
  const res = await fetch(`${emu.url}/v1/apps/${APP}/segments/seg1`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { Message: string; RequestID: string };
  expect(json.RequestID).toEqual(expect.any(String));
  return { status: res.status, type: res.headers.get('x-amzn-errortype'), message: json.Message };
}

function dims(dimensions: SegmentDimensions): WriteSegmentRequest {
  return { Name: 'n', Dimensions: dimensions };
}

describe('types', () => {
  it('rejects a number sent as a string, naming the field', async () => {
    const body = JSON.stringify(dims({ Location: { GPSPoint: { Coordinates: { Latitude: '47.6' as unknown as number, Longitude: -122.3 } } } }));
    const answer = await rawPut(body);
    expect(answer).toEqual({
      status: 400,
      type: 'BadRequestException',
      message: 'Dimensions.Location.GPSPoint.Coordinates.Latitude: expected a number, got string "47.6"',
    });
    expect(emu.state.getSegment(APP, 'seg1')).toBeUndefined();
  });

  it('rejects a metric value and a range sent as strings', async () => {
    const answer = await rawPut(JSON.stringify(dims({
      Metrics: { visits: { ComparisonOperator: 'GREATER_THAN', Value: '3' as unknown as number } },
      Location: { GPSPoint: { Coordinates: { Latitude: 1, Longitude: 2 }, RangeInKilometers: '5' as unknown as number } },
    })));
    expect(answer.status).toBe(400);
    expect(answer.message).toContain('Dimensions.Metrics.visits.Value: expected a number');
    expect(answer.message).toContain('Dimensions.Location.GPSPoint.RangeInKilometers: expected a number');
  });

  it('rejects Values that are not an array of strings', async () => {
    const answer = await rawPut(JSON.stringify({ Dimensions: { Attributes: { plan: { Values: 'gold' }, tier: { Values: ['a', 7] } } } }));
    expect(answer.status).toBe(400);
    expect(answer.message).toContain('Dimensions.Attributes.plan.Values: expected an array of strings, got string "gold"');
    expect(answer.message).toContain('Dimensions.Attributes.tier.Values[1]: expected a string, got number 7');
  });

  it('rejects a map that is not an object', async () => {
    const answer = await rawPut(JSON.stringify({ Dimensions: { UserAttributes: ['plan'] } }));
    expect(answer.status).toBe(400);
    expect(answer.message).toBe('Dimensions.UserAttributes: expected an object, got an array');
  });

  it('rejects a body that is not JSON, or not a JSON object', async () => {
    expect(await rawPut('{not json')).toMatchObject({ status: 400, type: 'BadRequestException', message: 'the request body is not valid JSON' });
    expect(await rawPut('[1]')).toMatchObject({ status: 400, message: 'WriteSegmentRequest: expected an object, got an array' });
  });

  it('rejects a tag value that is not a string', async () => {
    const answer = await rawPut(JSON.stringify({ Name: 'n', tags: { team: 1 } }));
    expect(answer).toMatchObject({ status: 400, message: 'tags.team: expected a string, got number 1' });
  });
});

describe('required fields', () => {
  it.each([
    ['Values', { Attributes: { plan: { AttributeType: 'INCLUSIVE' } } }, 'Dimensions.Attributes.plan.Values: is required'],
    ['set dimension Values', { Demographic: { Platform: { DimensionType: 'INCLUSIVE' } } }, 'Dimensions.Demographic.Platform.Values: is required'],
    ['Duration', { Behavior: { Recency: { RecencyType: 'ACTIVE' } } }, 'Dimensions.Behavior.Recency.Duration: is required'],
    ['RecencyType', { Behavior: { Recency: { Duration: 'DAY_7' } } }, 'Dimensions.Behavior.Recency.RecencyType: is required'],
    ['Coordinates', { Location: { GPSPoint: { RangeInKilometers: 5 } } }, 'Dimensions.Location.GPSPoint.Coordinates: is required'],
    ['Latitude', { Location: { GPSPoint: { Coordinates: { Longitude: 5 } } } }, 'Dimensions.Location.GPSPoint.Coordinates.Latitude: is required'],
    ['Longitude', { Location: { GPSPoint: { Coordinates: { Latitude: 5 } } } }, 'Dimensions.Location.GPSPoint.Coordinates.Longitude: is required'],
    ['ComparisonOperator', { Metrics: { visits: { Value: 3 } } }, 'Dimensions.Metrics.visits.ComparisonOperator: is required'],
    ['Value', { Metrics: { visits: { ComparisonOperator: 'EQUAL' } } }, 'Dimensions.Metrics.visits.Value: is required'],
  ])('requires %s', async (_field, dimensions, message) => {
    await expectBadRequest(dims(dimensions as SegmentDimensions), message);
  });

  it('requires the Id of a source segment', async () => {
    await expectBadRequest({ SegmentGroups: { Groups: [{ SourceSegments: [{ Version: 1 }] }] } }, 'SegmentGroups.Groups[0].SourceSegments[0].Id: is required');
  });
});

describe('enums', () => {
  it.each([
    ['AttributeType', { Attributes: { a: { AttributeType: 'MAYBE', Values: ['x'] } } }, 'Dimensions.Attributes.a.AttributeType: "MAYBE" is not one of AFTER, BEFORE, BETWEEN, CONTAINS, EXCLUSIVE, INCLUSIVE, ON'],
    ['DimensionType', { Location: { Country: { DimensionType: 'CONTAINS', Values: ['US'] } } }, 'Dimensions.Location.Country.DimensionType: "CONTAINS" is not one of EXCLUSIVE, INCLUSIVE'],
    ['Duration', { Behavior: { Recency: { Duration: 'DAY_1', RecencyType: 'ACTIVE' } } }, 'Dimensions.Behavior.Recency.Duration: "DAY_1" is not one of DAY_14, DAY_30, DAY_7, HR_24'],
    ['RecencyType', { Behavior: { Recency: { Duration: 'DAY_7', RecencyType: 'IDLE' } } }, 'Dimensions.Behavior.Recency.RecencyType: "IDLE" is not one of ACTIVE, INACTIVE'],
    ['ComparisonOperator', { Metrics: { m: { ComparisonOperator: 'GREATER', Value: 1 } } }, 'Dimensions.Metrics.m.ComparisonOperator: "GREATER" is not one of GREATER_THAN, LESS_THAN, GREATER_THAN_OR_EQUAL, LESS_THAN_OR_EQUAL, EQUAL'],
  ])('rejects an unknown %s', async (_field, dimensions, message) => {
    await expectBadRequest(dims(dimensions as SegmentDimensions), message);
  });

  it('rejects unknown SourceType, Type and Include', async () => {
    await expectBadRequest(
      { SegmentGroups: { Groups: [{ SourceType: 'SOME', Type: 'MOST' }], Include: 'EITHER' } },
      'SegmentGroups.Groups[0].SourceType: "SOME" is not one of ALL, ANY, NONE',
      'SegmentGroups.Groups[0].Type: "MOST"',
      'SegmentGroups.Include: "EITHER"',
    );
  });

  it('accepts every documented comparison operator', async () => {
    const operators = ['GREATER_THAN', 'LESS_THAN', 'GREATER_THAN_OR_EQUAL', 'LESS_THAN_OR_EQUAL', 'EQUAL'];
    const metrics = Object.fromEntries(operators.map((op) => [op.toLowerCase(), { ComparisonOperator: op, Value: 1 }]));
    const out = await client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: dims({ Metrics: metrics }) }));
    expect(Object.keys(out.SegmentResponse?.Dimensions?.Metrics ?? {})).toHaveLength(5);
  });
});

describe('ranges', () => {
  it.each([
    [95, 0, 'Dimensions.Location.GPSPoint.Coordinates.Latitude: 95 is outside -90..90'],
    [-90.5, 0, 'Dimensions.Location.GPSPoint.Coordinates.Latitude: -90.5 is outside -90..90'],
    [0, 180.1, 'Dimensions.Location.GPSPoint.Coordinates.Longitude: 180.1 is outside -180..180'],
  ])('rejects latitude %p, longitude %p', async (Latitude, Longitude, message) => {
    await expectBadRequest(dims({ Location: { GPSPoint: { Coordinates: { Latitude, Longitude } } } }), message);
  });

  it('accepts the edges of the ranges', async () => {
    const out = await client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: dims({ Location: { GPSPoint: { Coordinates: { Latitude: -90, Longitude: 180 } } } }) }));
    expect(out.SegmentResponse?.Dimensions?.Location?.GPSPoint?.Coordinates).toEqual({ Latitude: -90, Longitude: 180 });
  });

  it('rejects a source segment version below 1', async () => {
    const source = emu.seedSegment(APP, { Name: 'base' });
    await expectBadRequest({ SegmentGroups: { Groups: [{ SourceSegments: [{ Id: source.Id, Version: 0 }] }] } }, 'SegmentGroups.Groups[0].SourceSegments[0].Version: 0 is not an integer of at least 1');
  });
});

describe('structure', () => {
  it('rejects Dimensions together with SegmentGroups', async () => {
    await expectBadRequest(
      { Name: 'n', Dimensions: { Attributes: { a: { Values: ['x'] } } }, SegmentGroups: { Groups: [{}] } },
      'WriteSegmentRequest: can include a Dimensions object or a SegmentGroups object, but not both',
    );
  });

  it('rejects two segment groups', async () => {
    await expectBadRequest({ SegmentGroups: { Groups: [{ Type: 'ALL' }, { Type: 'ANY' }] } }, 'SegmentGroups.Groups: has 2 groups; a segment can include only 1 segment group');
  });

  it('counts every kind of dimension towards the limit of 100', async () => {
    // 93 attributes + recency + 6 demographic fields + country = 101
    const attributes = Object.fromEntries(Array.from({ length: 93 }, (_, i) => [`a${i}`, { Values: ['x'] }]));
    const set = { Values: ['x'] };
    const request = {
      Attributes: attributes,
      Behavior: { Recency: { Duration: 'DAY_7' as const, RecencyType: 'ACTIVE' as const } },
      Demographic: { AppVersion: set, Channel: { Values: ['EMAIL'] }, DeviceType: set, Make: set, Model: set, Platform: set },
      Location: { Country: set },
    };
    await expectBadRequest(dims(request), 'Dimensions: the segment has 101 dimensions; at most 100 are allowed');

    delete attributes.a0;
    const out = await client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: dims(request) }));
    expect(out.SegmentResponse?.Version).toBe(1);
  });

  it('counts the dimensions of every entry in a group', async () => {
    const fifty = (prefix: string) => ({ Metrics: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`${prefix}${i}`, { ComparisonOperator: 'EQUAL', Value: i }])) });
    const request = { SegmentGroups: { Groups: [{ Dimensions: [fifty('a'), fifty('b'), { UserAttributes: { u: { Values: ['x'] } } }] }] } };
    await expectBadRequest(request, 'the segment has 101 dimensions');
  });

  it('reports every problem of a request in one message', async () => {
    const error = await createError(dims({
      Location: { GPSPoint: { Coordinates: { Latitude: 100, Longitude: 200 } } },
      Behavior: { Recency: {} as never },
    }));
    expect(error.message.split('; ')).toEqual([
      'Dimensions.Behavior.Recency.Duration: is required',
      'Dimensions.Behavior.Recency.RecencyType: is required',
      'Dimensions.Location.GPSPoint.Coordinates.Latitude: 100 is outside -90..90',
      'Dimensions.Location.GPSPoint.Coordinates.Longitude: 200 is outside -180..180',
    ]);
  });

  // The SDK's serializer drops members its model does not know, so these go around it.
  it('ignores fields the API does not define, by default', async () => {
    const answer = await fetch(`${emu.url}/v1/apps/${APP}/segments/seg1`, { method: 'PUT', body: JSON.stringify({ Name: 'n', dimensions: { x: 1 } }) });
    expect(answer.status).toBe(200);
    expect(emu.state.getSegment(APP, 'seg1')).not.toHaveProperty('Dimensions');
    expect(emu.state.getSegment(APP, 'seg1')).not.toHaveProperty('dimensions');
  });

  it('rejects fields the API does not define with rejectUnknownFields', async () => {
    await start({ rejectUnknownFields: true });
    const answer = await rawPut(JSON.stringify({ Name: 'n', dimensions: {}, Dimensions: { Behavior: { Recency: { Duration: 'DAY_7', RecencyType: 'ACTIVE', Extra: 1 } } } }));
    expect(answer.status).toBe(400);
    expect(answer.message).toBe('WriteSegmentRequest.dimensions: is not a field of this object; Dimensions.Behavior.Recency.Extra: is not a field of this object');
  });
});

describe('tags', () => {
  it('rejects reserved and oversized tag keys on CreateSegment', async () => {
    await expectBadRequest({ Name: 'n', tags: { 'aws:owner': 'x', ['k'.repeat(129)]: 'y' } }, 'tags.aws:owner: tag keys starting with "aws:" are reserved', 'tag key must be 1..128 characters');
  });

  it('rejects more than 50 tags on TagResource', async () => {
    const segment = emu.seedSegment(APP, { Name: 'n' });
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    const error = await serviceErrorOf(client.send(new TagResourceCommand({ ResourceArn: segment.Arn, TagsModel: { tags } })));
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toBe('tags: has 51 tags; at most 50 are allowed');
    expect(emu.state.tags(segment.Arn!)).toEqual({});
  });
});

describe('source segments', () => {
  it('accepts a source segment that exists at the given version', async () => {
    const source = emu.seedSegment(APP, { Name: 'base' });
    const out = await client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'derived', SegmentGroups: { Groups: [{ SourceSegments: [{ Id: source.Id, Version: 1 }] }] } } }));
    expect(out.SegmentResponse?.SegmentGroups?.Groups?.[0].SourceSegments).toEqual([{ Id: source.Id, Version: 1 }]);
  });

  it('answers NotFoundException for a source segment that does not exist', async () => {
    const error = await serviceErrorOf(client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: 's', WriteSegmentRequest: { SegmentGroups: { Groups: [{ SourceSegments: [{ Id: 'ghost' }] }] } } })));
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error.message).toBe('SegmentGroups.Groups[0].SourceSegments[0].Id: source segment ghost not found in application app1');
  });

  it('answers NotFoundException for a source segment version that does not exist', async () => {
    const source = emu.seedSegment(APP, { Name: 'base' });
    const error = await serviceErrorOf(client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { SegmentGroups: { Groups: [{ SourceSegments: [{ Id: source.Id, Version: 2 }] }] } } })));
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error.message).toContain('SourceSegments[0].Version');
  });

  it('does not look source segments up in another application', async () => {
    const source = emu.seedSegment('other-app', { Name: 'base' });
    const error = await serviceErrorOf(client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { SegmentGroups: { Groups: [{ SourceSegments: [{ Id: source.Id }] }] } } })));
    expect(error).toBeInstanceOf(NotFoundException);
  });

  it('skips the lookup with checkSourceSegments: false', async () => {
    await start({ checkSourceSegments: false });
    const out = await client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { SegmentGroups: { Groups: [{ SourceSegments: [{ Id: 'ghost', Version: 3 }] }] } } }));
    expect(out.SegmentResponse?.Version).toBe(1);
  });
});
