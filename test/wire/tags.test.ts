/**
 * Tag convergence over the wire. Pinpoint ignores `tags` on UpdateSegment (the emulator does too),
 * so every change after Create must go through TagResource / UntagResource.
 */
import { PinpointClient, SegmentDimensions, TagResourceCommand } from '@aws-sdk/client-pinpoint';
import { expectSuccess, Harness, operations, REGION, SegmentResourceProps, startHarness, withoutOwnership } from '../support/cfn-harness';

const APP = 'f1e2d3c4b5a697881726354453627180';
const dimensions: SegmentDimensions = { UserAttributes: { plan: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } };
const base: SegmentResourceProps = { ApplicationId: APP, Name: 'Gold', Dimensions: dimensions };

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

function tagsOf(segmentId: string) {
  // The ownership tag (checked in test/wire/ownership.test.ts) is not a declared tag.
  return withoutOwnership(h.emu.state.tags(h.emu.state.arnOf(APP, segmentId)));
}

it('tags on Create land with CreateSegment, in one call', async () => {
  const created = await h.create({ ...base, Tags: { team: 'growth', env: 'prod' } });
  const segmentId = expectSuccess(created).Data!.SegmentId as string;
  expect(operations(created.calls)).toEqual(['CreateSegment']);
  expect(created.calls[0].body).toMatchObject({ tags: { team: 'growth', env: 'prod' } });
  expect(tagsOf(segmentId)).toEqual({ team: 'growth', env: 'prod' });
});

it('a changed value is set with TagResource, a dropped key removed with UntagResource, and neither adds a version', async () => {
  const v1 = { ...base, Tags: { team: 'growth', env: 'prod' } };
  const created = expectSuccess(await h.create(v1));
  const segmentId = created.Data!.SegmentId as string;
  const arn = h.emu.state.arnOf(APP, segmentId);

  const v2 = { ...base, Tags: { team: 'platform', env: 'prod' } };
  const changed = await h.update(created.PhysicalResourceId, v2, v1);
  expect(expectSuccess(changed).PhysicalResourceId).toBe(created.PhysicalResourceId);
  expect(operations(changed.calls)).toEqual(['GetSegment', 'ListTagsForResource', 'TagResource']);
  expect(changed.calls[2].params.ResourceArn).toBe(arn);
  expect(changed.calls[2].body).toEqual({ tags: { team: 'platform' } });
  expect(tagsOf(segmentId)).toEqual({ team: 'platform', env: 'prod' });

  const v3 = { ...base, Tags: { team: 'platform' } };
  const dropped = await h.update(created.PhysicalResourceId, v3, v2);
  expect(operations(dropped.calls)).toEqual(['GetSegment', 'ListTagsForResource', 'UntagResource']);
  expect(dropped.calls[2].query).toEqual({ tagKeys: 'env' });
  expect(tagsOf(segmentId)).toEqual({ team: 'platform' });

  // No Tags property at all: every previously declared key goes.
  const none = await h.update(created.PhysicalResourceId, base, v3);
  expect(operations(none.calls)).toEqual(['GetSegment', 'ListTagsForResource', 'UntagResource']);
  expect(none.calls[2].query).toEqual({ tagKeys: 'team' });
  expect(tagsOf(segmentId)).toEqual({});

  expect(h.emu.state.versions(APP, segmentId)).toHaveLength(1);
});

it('an Update with the same tags makes no tag call', async () => {
  const props = { ...base, Tags: { team: 'growth', env: 'prod' } };
  const created = expectSuccess(await h.create(props));
  const same = await h.update(created.PhysicalResourceId, props, props);
  expect(same.response.Status).toBe('SUCCESS');
  expect(operations(same.calls)).toEqual(['GetSegment', 'ListTagsForResource']);
});

it('on an adopted segment, tags someone else put there stay, before and after adoption', async () => {
  const seeded = h.emu.seedSegment(APP, { Name: 'Console', Dimensions: dimensions, tags: { owner: 'console' } });
  const v1 = { ...base, SegmentId: seeded.Id, Tags: { team: 'growth' } };
  const adopted = await h.create(v1);
  expect(expectSuccess(adopted).PhysicalResourceId).toBe(`${APP}:${seeded.Id}:adopted:1`);
  expect(operations(adopted.calls)).toEqual(['GetSegment', 'UpdateSegment', 'ListTagsForResource', 'TagResource']);
  expect(adopted.calls[3].body).toEqual({ tags: { team: 'growth' } });
  expect(tagsOf(seeded.Id!)).toEqual({ owner: 'console', team: 'growth' });

  // Someone tags the segment outside the stack.
  const client = new PinpointClient({
    endpoint: h.emu.url,
    region: REGION,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
  });
  await client.send(new TagResourceCommand({ ResourceArn: seeded.Arn, TagsModel: { tags: { costCenter: '42' } } }));
  client.destroy();

  const v2 = { ...v1, Tags: { team: 'growth' } };
  const same = await h.update(adopted.response.PhysicalResourceId, v2, v1);
  expect(operations(same.calls)).toEqual(['GetSegment', 'ListTagsForResource']);

  const v3 = { ...v1, Tags: undefined };
  const dropped = await h.update(adopted.response.PhysicalResourceId, v3, v2);
  expect(operations(dropped.calls)).toEqual(['GetSegment', 'ListTagsForResource', 'UntagResource']);
  expect(dropped.calls[2].query).toEqual({ tagKeys: 'team' });
  expect(tagsOf(seeded.Id!)).toEqual({ owner: 'console', costCenter: '42' });

  const deleted = await h.remove(adopted.response.PhysicalResourceId, v3);
  expect(deleted.calls).toEqual([]);
  expect(tagsOf(seeded.Id!)).toEqual({ owner: 'console', costCenter: '42' });
});
