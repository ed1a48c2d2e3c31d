/**
 * The whole path: a real `PinpointSegment` is synthesized, its rendered `Custom::PinpointSegment`
 * properties go through CloudFormation's stringification to the real bundled handler, which talks
 * to the emulator.
 */
import type { WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeDimension,
  GpsPoint,
  GroupType,
  Include,
  MetricDimension,
  PinpointSegmentProps,
  Recency,
  RecencyDuration,
  SetDimensions,
  SourceType,
} from '../../lib';
import { expectSuccess, Harness, operations, propsFromConstruct, startHarness, withoutOwnership } from '../support/cfn-harness';

const APP = 'f1e2d3c4b5a697881726354453627180';

/** The README's created segment. */
const goldProps: PinpointSegmentProps = {
  applicationId: APP,
  name: 'Gold customers near Seattle',
  dimensions: {
    location: { gpsPoint: GpsPoint.within(47.6, -122.3, 50) },
    metrics: { orders: MetricDimension.greaterThanOrEqual(5) },
    userAttributes: { plan: AttributeDimension.inclusive('gold') },
    demographic: { platform: SetDimensions.including('ios', 'android'), channel: SetDimensions.including('APNS', 'GCM') },
  },
  tags: { team: 'growth' },
};

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h?.stop());
beforeEach(() => h.emu.reset());

it('propsFromConstruct returns the rendered properties without ServiceToken', () => {
  const props = propsFromConstruct(goldProps);
  expect(props.ServiceToken).toBeUndefined();
  expect(props).toMatchObject({
    ApplicationId: APP,
    Name: 'Gold customers near Seattle',
    Dimensions: { Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 50 } } },
    Tags: { team: 'growth' },
  });
  expect(propsFromConstruct({ ...goldProps, applicationId: 'placeholder' }, 'real-app').ApplicationId).toBe('real-app');
});

it('the README segment: created with JSON numbers, a no-op redeploy writes nothing, Delete deletes it', async () => {
  const props = propsFromConstruct(goldProps);
  const created = await h.create(props);
  const response = expectSuccess(created);
  const segmentId = response.Data!.SegmentId as string;
  const body = created.calls[0].body as WriteSegmentRequest;
  expect(body.Dimensions?.Location?.GPSPoint).toEqual({ Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 50 });
  expect(body.Dimensions?.Metrics?.orders).toEqual({ ComparisonOperator: 'GREATER_THAN_OR_EQUAL', Value: 5 });
  expect(withoutOwnership(body.tags)).toEqual({ team: 'growth' });

  const redeploy = await h.update(response.PhysicalResourceId, props, props);
  expect(operations(redeploy.calls)).toEqual(['GetSegment', 'ListTagsForResource']);
  expect(h.emu.state.versions(APP, segmentId)).toHaveLength(1);

  const deleted = await h.remove(response.PhysicalResourceId, props);
  expect(operations(deleted.calls)).toEqual(['DeleteSegment']);
  expect(h.emu.state.getSegment(APP, segmentId)).toBeUndefined();
});

it('removalPolicy RETAIN keeps the created segment on Delete', async () => {
  const props = propsFromConstruct({ ...goldProps, removalPolicy: RemovalPolicy.RETAIN });
  expect(props.RemovalPolicy).toBe('retain');
  const created = expectSuccess(await h.create(props));
  const deleted = await h.remove(created.PhysicalResourceId, props);
  expect(deleted.response.Status).toBe('SUCCESS');
  expect(deleted.calls).toEqual([]);
  expect(h.emu.state.getSegment(APP, created.Data!.SegmentId as string)).toBeDefined();
});

it('the README adopted segment: segment groups, a no-op redeploy, and restoreOnDelete', async () => {
  const source = h.emu.seedSegment(APP, { Name: 'Gold', Dimensions: { UserAttributes: { plan: { Values: ['gold'] } } } });
  const existing = h.emu.seedSegment(APP, { Name: 'Lapsed (console)', Dimensions: { Demographic: { Platform: { Values: ['ios'] } } } });
  const before = h.emu.state.getSegment(APP, existing.Id!)!;
  const props = propsFromConstruct({
    applicationId: APP,
    segmentId: existing.Id,
    name: 'Lapsed gold customers',
    segmentGroups: {
      include: Include.ALL,
      groups: [{
        sourceSegments: [{ id: source.Id!, version: 1 }],
        sourceType: SourceType.ANY,
        type: GroupType.ALL,
        dimensions: [{ behavior: { recency: Recency.inactiveWithin(RecencyDuration.DAY_30) } }],
      }],
    },
    tags: { team: 'growth' },
    restoreOnDelete: true,
  });
  expect(props.RestoreOnDelete).toBe(true);

  const created = await h.create(props);
  const response = expectSuccess(created);
  expect(response.PhysicalResourceId).toBe(`${APP}:${existing.Id}:adopted:1`);
  expect(operations(created.calls)).toEqual(['GetSegment', 'UpdateSegment', 'ListTagsForResource', 'TagResource']);
  expect((created.calls[1].body as WriteSegmentRequest).SegmentGroups?.Groups?.[0].SourceSegments).toEqual([{ Id: source.Id, Version: 1 }]);
  expect(h.emu.state.getSegment(APP, existing.Id!)).toMatchObject({ Version: 2, Name: 'Lapsed gold customers' });

  const redeploy = await h.update(response.PhysicalResourceId, props, props);
  expect(operations(redeploy.calls)).toEqual(['GetSegment', 'ListTagsForResource']);

  const deleted = await h.remove(response.PhysicalResourceId, props);
  expect(operations(deleted.calls)).toEqual(['GetSegmentVersion', 'GetSegment', 'UpdateSegment']);
  const after = h.emu.state.getSegment(APP, existing.Id!)!;
  expect(after.Version).toBe(3);
  expect({ Name: after.Name, Dimensions: after.Dimensions, SegmentGroups: after.SegmentGroups }).toEqual({
    Name: before.Name,
    Dimensions: before.Dimensions,
    SegmentGroups: before.SegmentGroups,
  });
});
