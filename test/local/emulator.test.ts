import {
  CreateSegmentCommand,
  DeleteSegmentCommand,
  GetSegmentCommand,
  GetSegmentsCommand,
  GetSegmentVersionCommand,
  GetSegmentVersionsCommand,
  ListTagsForResourceCommand,
  NotFoundException,
  PinpointClient,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSegmentCommand,
} from '@aws-sdk/client-pinpoint';
import { expect } from '@jest/globals';
import { Emulator, EmulatorOptions, startEmulator } from '../../local/emulator';
import { serviceErrorOf } from '../support/rejection';

const APP = 'app1';
const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' };

let emu: Emulator;
let client: PinpointClient;

async function start(options: EmulatorOptions = {}): Promise<void> {
  await emu?.stop();
  emu = await startEmulator({ port: 0, ...options });
  client = new PinpointClient({ endpoint: emu.url, region: 'us-east-1', credentials, maxAttempts: 1 });
}

beforeEach(() => start());
afterEach(() => emu.stop());

const gold = { Attributes: { plan: { AttributeType: 'INCLUSIVE' as const, Values: ['gold'] } } };
const silver = { Attributes: { plan: { AttributeType: 'INCLUSIVE' as const, Values: ['silver'] } } };

async function createGold(tags?: Record<string, string>) {
  const out = await client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'Gold', Dimensions: gold, tags } }));
  return out.SegmentResponse!;
}

describe('segment routes through the real SDK client', () => {
  it('creates a segment with 201 and a full SegmentResponse', async () => {
    const out = await client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'Gold', Dimensions: gold, tags: { team: 'growth' } } }));
    const segment = out.SegmentResponse!;
    expect(out.$metadata.httpStatusCode).toBe(201);
    expect(segment.Id).toMatch(/^[0-9a-f]{32}$/);
    expect(segment).toEqual({
      ApplicationId: APP,
      Arn: `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${APP}/segments/${segment.Id}`,
      CreationDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      LastModifiedDate: segment.CreationDate,
      Id: segment.Id,
      Name: 'Gold',
      SegmentType: 'DIMENSIONAL',
      Version: 1,
      Dimensions: gold,
      tags: { team: 'growth' },
    });
  });

  it('uses the configured region and account in ARNs', async () => {
    await start({ region: 'eu-west-1', account: '111122223333' });
    const segment = await createGold();
    expect(segment.Arn).toBe(`arn:aws:mobiletargeting:eu-west-1:111122223333:apps/${APP}/segments/${segment.Id}`);
  });

  it('reads a segment back with GetSegment and lists it with GetSegments', async () => {
    const created = await createGold();
    const got = await client.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: created.Id }));
    expect(got.SegmentResponse).toEqual(created);
    const listed = await client.send(new GetSegmentsCommand({ ApplicationId: APP }));
    expect(listed.SegmentsResponse?.Item?.map((s) => s.Id)).toEqual([created.Id]);
  });

  it('pages GetSegments with page-size and token', async () => {
    const ids = [(await createGold()).Id, (await createGold()).Id, (await createGold()).Id];
    const first = await client.send(new GetSegmentsCommand({ ApplicationId: APP, PageSize: '2' }));
    expect(first.SegmentsResponse?.Item?.map((s) => s.Id)).toEqual(ids.slice(0, 2));
    expect(first.SegmentsResponse?.NextToken).toBeDefined();
    const second = await client.send(new GetSegmentsCommand({ ApplicationId: APP, PageSize: '2', Token: first.SegmentsResponse?.NextToken }));
    expect(second.SegmentsResponse?.Item?.map((s) => s.Id)).toEqual(ids.slice(2));
    expect(second.SegmentsResponse?.NextToken).toBeUndefined();
  });

  it('updates with 200, raising the version by one on every write, even an identical one', async () => {
    const created = await createGold();
    const first = await client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: created.Id, WriteSegmentRequest: { Name: 'Silver', Dimensions: silver } }));
    expect(first.$metadata.httpStatusCode).toBe(200);
    expect(first.SegmentResponse).toMatchObject({ Id: created.Id, Version: 2, Name: 'Silver', Dimensions: silver, CreationDate: created.CreationDate });
    const second = await client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: created.Id, WriteSegmentRequest: { Name: 'Silver', Dimensions: silver } }));
    expect(second.SegmentResponse?.Version).toBe(3);
  });

  it('replaces the definition on update and keeps the name when none is sent', async () => {
    const created = await createGold();
    const groups = { Groups: [{ SourceSegments: [{ Id: created.Id!, Version: 1 }], Type: 'ALL' as const }], Include: 'ANY' as const };
    const out = await client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: created.Id, WriteSegmentRequest: { SegmentGroups: groups } }));
    expect(out.SegmentResponse?.Name).toBe('Gold');
    expect(out.SegmentResponse?.SegmentGroups).toEqual(groups);
    expect(out.SegmentResponse?.Dimensions).toBeUndefined();
  });

  it('keeps every version readable through GetSegmentVersion and GetSegmentVersions', async () => {
    const created = await createGold();
    await client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: created.Id, WriteSegmentRequest: { Name: 'Silver', Dimensions: silver } }));

    const v1 = await client.send(new GetSegmentVersionCommand({ ApplicationId: APP, SegmentId: created.Id, Version: '1' }));
    expect(v1.SegmentResponse).toMatchObject({ Version: 1, Name: 'Gold', Dimensions: gold });
    const v2 = await client.send(new GetSegmentVersionCommand({ ApplicationId: APP, SegmentId: created.Id, Version: '2' }));
    expect(v2.SegmentResponse).toMatchObject({ Version: 2, Name: 'Silver', Dimensions: silver });

    const all = await client.send(new GetSegmentVersionsCommand({ ApplicationId: APP, SegmentId: created.Id }));
    expect(all.SegmentsResponse?.Item?.map((s) => [s.Version, s.Name])).toEqual([[1, 'Gold'], [2, 'Silver']]);
    const page = await client.send(new GetSegmentVersionsCommand({ ApplicationId: APP, SegmentId: created.Id, PageSize: '1' }));
    expect(page.SegmentsResponse?.Item?.map((s) => s.Version)).toEqual([1]);
    expect(page.SegmentsResponse?.NextToken).toBeDefined();

    await expect(client.send(new GetSegmentVersionCommand({ ApplicationId: APP, SegmentId: created.Id, Version: '3' }))).rejects.toBeInstanceOf(NotFoundException);
  });

  it('deletes with 200, returning the deleted segment, and forgets its history', async () => {
    const created = await createGold();
    const out = await client.send(new DeleteSegmentCommand({ ApplicationId: APP, SegmentId: created.Id }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(out.SegmentResponse).toEqual(created);
    await expect(client.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: created.Id }))).rejects.toMatchObject({ name: 'NotFoundException' });
    await expect(client.send(new GetSegmentVersionCommand({ ApplicationId: APP, SegmentId: created.Id, Version: '1' }))).rejects.toBeInstanceOf(NotFoundException);
    await expect(client.send(new DeleteSegmentCommand({ ApplicationId: APP, SegmentId: created.Id }))).rejects.toBeInstanceOf(NotFoundException);
    expect(emu.state.versions(APP, created.Id!)).toEqual([]);
  });

  it('answers NotFoundException for a segment that does not exist', async () => {
    const error = await serviceErrorOf(client.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: 'nope' })));
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toContain('nope');
  });

  it('reaches the emulator through AWS_ENDPOINT_URL_PINPOINT', async () => {
    const saved = process.env.AWS_ENDPOINT_URL_PINPOINT;
    process.env.AWS_ENDPOINT_URL_PINPOINT = emu.url;
    try {
      const envClient = new PinpointClient({ region: 'us-east-1', credentials, maxAttempts: 1 });
      const out = await envClient.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'via env' } }));
      expect(emu.state.getSegment(APP, out.SegmentResponse!.Id!)?.Name).toBe('via env');
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_PINPOINT;
      else process.env.AWS_ENDPOINT_URL_PINPOINT = saved;
    }
  });
});

describe('tags', () => {
  it('ignores tags on UpdateSegment but still writes a version', async () => {
    const created = await createGold({ team: 'growth' });
    const out = await client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: created.Id, WriteSegmentRequest: { Name: 'Gold', Dimensions: gold, tags: { team: 'other', extra: 'x' } } }));
    expect(out.SegmentResponse?.Version).toBe(2);
    expect(out.SegmentResponse?.tags).toEqual({ team: 'growth' });
    const listed = await client.send(new ListTagsForResourceCommand({ ResourceArn: created.Arn }));
    expect(listed.TagsModel?.tags).toEqual({ team: 'growth' });
  });

  it('adds and removes tags with TagResource and UntagResource without writing a version', async () => {
    const created = await createGold({ team: 'growth', old: 'x' });
    const tagged = await client.send(new TagResourceCommand({ ResourceArn: created.Arn, TagsModel: { tags: { team: 'retention', cost: '42' } } }));
    expect(tagged.$metadata.httpStatusCode).toBe(204);
    const untagged = await client.send(new UntagResourceCommand({ ResourceArn: created.Arn, TagKeys: ['old', 'absent'] }));
    expect(untagged.$metadata.httpStatusCode).toBe(204);

    const listed = await client.send(new ListTagsForResourceCommand({ ResourceArn: created.Arn }));
    expect(listed.TagsModel?.tags).toEqual({ team: 'retention', cost: '42' });
    const got = await client.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: created.Id }));
    expect(got.SegmentResponse?.Version).toBe(1);
    expect(got.SegmentResponse?.tags).toEqual({ team: 'retention', cost: '42' });
    expect(emu.state.tags(created.Arn!)).toEqual({ team: 'retention', cost: '42' });
  });

  it('answers NotFoundException for tag operations on an unknown ARN', async () => {
    const arn = emu.state.arnOf(APP, '0'.repeat(32));
    await expect(client.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).rejects.toBeInstanceOf(NotFoundException);
    await expect(client.send(new TagResourceCommand({ ResourceArn: arn, TagsModel: { tags: { a: 'b' } } }))).rejects.toBeInstanceOf(NotFoundException);
    await expect(client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a'] }))).rejects.toBeInstanceOf(NotFoundException);
  });

  it('drops the tags with the segment on delete', async () => {
    const created = await createGold({ team: 'growth' });
    await client.send(new DeleteSegmentCommand({ ApplicationId: APP, SegmentId: created.Id }));
    await expect(client.send(new ListTagsForResourceCommand({ ResourceArn: created.Arn }))).rejects.toBeInstanceOf(NotFoundException);
  });
});

describe('regions', () => {
  it('places an application in the region its first request was signed for, as regional endpoints do', async () => {
    await start({ placeFromRequests: true });
    const dublin = new PinpointClient({ endpoint: emu.url, region: 'eu-west-1', credentials, maxAttempts: 1 });
    const out = await dublin.send(new CreateSegmentCommand({ ApplicationId: 'dublin-app', WriteSegmentRequest: { Name: 'Gold', Dimensions: gold } }));
    expect(out.SegmentResponse?.Arn).toMatch(/^arn:aws:mobiletargeting:eu-west-1:123456789012:apps\/dublin-app\/segments\//);
    // A later request from another region does not move it; an application first used from
    // us-east-1 stays there.
    await client.send(new GetSegmentCommand({ ApplicationId: 'dublin-app', SegmentId: out.SegmentResponse!.Id }));
    expect(emu.state.arnOf('dublin-app', 'x')).toMatch(/:eu-west-1:/);
    expect((await createGold()).Arn).toMatch(/^arn:aws:mobiletargeting:us-east-1:/);
  });

  it('places an application in the account of the principal whose policy is enforced on its first request', async () => {
    await start({ placeFromRequests: true });
    emu.iamPolicy = {
      principal: 'arn:aws:sts::111122223333:assumed-role/Role/Fn',
      scenarios: [[{ Effect: 'Allow', Action: ['mobiletargeting:*'], Resource: 'arn:aws:mobiletargeting:us-east-1:111122223333:apps/*' }]],
    };
    expect((await createGold()).Arn).toMatch(/^arn:aws:mobiletargeting:us-east-1:111122223333:apps\/app1\/segments\//);
  });

  it('puts every application in the configured region unless asked to read regions from requests', async () => {
    const dublin = new PinpointClient({ endpoint: emu.url, region: 'eu-west-1', credentials, maxAttempts: 1 });
    const out = await dublin.send(new CreateSegmentCommand({ ApplicationId: 'dublin-app', WriteSegmentRequest: { Name: 'Gold', Dimensions: gold } }));
    expect(out.SegmentResponse?.Arn).toMatch(/^arn:aws:mobiletargeting:us-east-1:/);
  });

  it('forgets where applications were on reset', async () => {
    await start({ placeFromRequests: true });
    const dublin = new PinpointClient({ endpoint: emu.url, region: 'eu-west-1', credentials, maxAttempts: 1 });
    await dublin.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'Gold', Dimensions: gold } }));
    emu.reset();
    expect((await createGold()).Arn).toMatch(/^arn:aws:mobiletargeting:us-east-1:/);
  });
});

describe('update of a missing segment', () => {
  it('creates the segment with that id at version 1 by default, ignoring tags', async () => {
    const out = await client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: 'adopted1', WriteSegmentRequest: { Name: 'New', Dimensions: gold, tags: { a: 'b' } } }));
    expect(out.SegmentResponse).toMatchObject({ Id: 'adopted1', Version: 1, Name: 'New', tags: {} });
    expect(emu.state.getSegment(APP, 'adopted1')?.Version).toBe(1);
  });

  it('answers NotFoundException when updateCreatesMissing is false', async () => {
    await start({ updateCreatesMissing: false });
    await expect(client.send(new UpdateSegmentCommand({ ApplicationId: APP, SegmentId: 'missing', WriteSegmentRequest: { Name: 'New' } }))).rejects.toBeInstanceOf(NotFoundException);
    expect(emu.state.getSegment(APP, 'missing')).toBeUndefined();
  });
});

describe('applications', () => {
  it('accepts any application id by default', async () => {
    const out = await client.send(new CreateSegmentCommand({ ApplicationId: 'anything', WriteSegmentRequest: { Name: 'x' } }));
    expect(out.SegmentResponse?.ApplicationId).toBe('anything');
  });

  it('answers NotFoundException for applications outside knownApps', async () => {
    await start({ knownApps: [APP] });
    await expect(client.send(new CreateSegmentCommand({ ApplicationId: 'other', WriteSegmentRequest: { Name: 'x' } }))).rejects.toBeInstanceOf(NotFoundException);
    await expect(client.send(new GetSegmentsCommand({ ApplicationId: 'other' }))).rejects.toBeInstanceOf(NotFoundException);
    await expect(client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'x' } }))).resolves.toBeDefined();
  });
});

describe('programmatic use', () => {
  it('seeds a pre-existing segment that the SDK then reads', async () => {
    const seeded = emu.seedSegment(APP, { Id: 'console1', Name: 'From the console', Dimensions: gold, tags: { origin: 'console' } });
    expect(seeded).toMatchObject({ Id: 'console1', Version: 1 });
    const got = await client.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: 'console1' }));
    expect(got.SegmentResponse).toMatchObject({ Name: 'From the console', Dimensions: gold, tags: { origin: 'console' } });
    expect(emu.calls).toHaveLength(1);
  });

  it('refuses an invalid seed, naming the field', () => {
    expect(() => emu.seedSegment(APP, { Name: 'bad', Dimensions: { Location: { GPSPoint: { Coordinates: { Latitude: 95, Longitude: 0 } } } } }))
      .toThrow(/Dimensions\.Location\.GPSPoint\.Coordinates\.Latitude: 95 is outside -90\.\.90/);
  });

  it('records every call with operation, method, path, status and body', async () => {
    const created = await createGold();
    await client.send(new GetSegmentCommand({ ApplicationId: APP, SegmentId: 'missing' })).catch(() => undefined);
    await client.send(new UntagResourceCommand({ ResourceArn: created.Arn, TagKeys: ['a', 'b'] }));
    expect(emu.calls).toEqual([
      expect.objectContaining({ operation: 'CreateSegment', method: 'POST', path: `/v1/apps/${APP}/segments`, status: 201, body: { Name: 'Gold', Dimensions: gold } }),
      expect.objectContaining({ operation: 'GetSegment', method: 'GET', params: { ApplicationId: APP, SegmentId: 'missing' }, status: 404, errorType: 'NotFoundException' }),
      expect.objectContaining({ operation: 'UntagResource', method: 'DELETE', params: { ResourceArn: created.Arn }, query: { tagKeys: ['a', 'b'] }, status: 204 }),
    ]);
    expect(typeof emu.calls[0].at).toBe('number');
  });

  it('forgets segments and calls on reset', async () => {
    const created = await createGold();
    emu.reset();
    expect(emu.calls).toEqual([]);
    expect(emu.state.getSegment(APP, created.Id!)).toBeUndefined();
    expect(emu.state.listSegments(APP)).toEqual([]);
  });
});

describe('routing', () => {
  it('answers MethodNotAllowedException for a known path with the wrong method', async () => {
    const res = await fetch(`${emu.url}/v1/apps/${APP}/segments`, { method: 'PATCH' });
    expect(res.status).toBe(405);
    expect(res.headers.get('x-amzn-errortype')).toBe('MethodNotAllowedException');
    expect(await res.json()).toEqual({ Message: expect.stringContaining('PATCH'), RequestID: expect.any(String) });
  });

  it('answers BadRequestException for a path with broken percent-encoding', async () => {
    const res = await fetch(`${emu.url}/v1/apps/${APP}/segments/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { Message: string }).Message).toContain('percent-encoding');
  });

  it('answers PayloadTooLargeException for a body over maxBodyBytes', async () => {
    await start({ maxBodyBytes: 1024 });
    const error = await serviceErrorOf(client.send(new CreateSegmentCommand({ ApplicationId: APP, WriteSegmentRequest: { Name: 'x'.repeat(2048) } })));
    expect(error.name).toBe('PayloadTooLargeException');
    expect(error.$metadata.httpStatusCode).toBe(413);
    expect(emu.state.listSegments(APP)).toEqual([]);
  });

  it('answers NotFoundException for a path the API does not have', async () => {
    const res = await fetch(`${emu.url}/v1/apps/${APP}/campaigns`);
    expect(res.status).toBe(404);
    expect(res.headers.get('x-amzn-errortype')).toBe('NotFoundException');
    expect(emu.calls[0].operation).toBe('Unknown');
  });
});
