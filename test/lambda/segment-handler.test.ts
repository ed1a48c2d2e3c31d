/**
 * The segment lifecycle of DESIGN.md's table, driven through the real handler with Pinpoint
 * mocked and the CloudFormation response captured.
 */
import {
  BadRequestException,
  CreateSegmentCommand,
  DeleteSegmentCommand,
  ForbiddenException,
  GetSegmentCommand,
  GetSegmentsCommand,
  GetSegmentVersionCommand,
  ListTagsForResourceCommand,
  NotFoundException,
  PinpointClient,
  SegmentDimensions,
  SegmentGroupList,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSegmentCommand,
} from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createHandler } from '../../lambda';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';
import { ownerTagValue } from '../../lambda/ownership';
import {
  APP,
  captureResponses,
  createEvent,
  deleteEvent,
  FAST_RETRY,
  fakeContext,
  NEW_SEG,
  OTHER_APP,
  REQUEST_ID,
  SEG,
  STACK_ID,
  segmentArn,
  segmentResponse,
  silenceConsole,
  updateEvent,
} from './helpers';

const pinpoint = mockClient(PinpointClient);

const goldDimensions: SegmentDimensions = {
  Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['gold'] } },
  Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios'] } },
};
const goldProps = { ApplicationId: APP, Name: 'Gold customers', Dimensions: goldDimensions, Tags: { team: 'growth' } };

function notFound(): NotFoundException {
  return new NotFoundException({ message: 'Resource not found', $metadata: { httpStatusCode: 404 } });
}

async function run(event: CloudFormationCustomResourceEvent) {
  const captured = captureResponses();
  await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(event, fakeContext());
  return captured.only();
}

/** The ownership tag value of the helpers' Create event. */
const OWNER = ownerTagValue({ stackId: STACK_ID, logicalResourceId: 'GoldResource', requestId: REQUEST_ID });

/** ListTagsForResource (how live tags are read) answers these tags. */
function liveTags(tags: Record<string, string>): void {
  pinpoint.on(ListTagsForResourceCommand).resolves({ TagsModel: { tags } });
}

/** The Pinpoint commands sent, in order, by name. */
function commandNames(): string[] {
  return pinpoint.calls().map((call) => call.args[0].constructor.name);
}

let consoleOutput: ReturnType<typeof silenceConsole>;

beforeEach(() => {
  pinpoint.reset();
  consoleOutput = silenceConsole();
});

afterEach(() => {
  jest.restoreAllMocks();
});

describe('Create', () => {
  it('creates a new segment with its tags in one CreateSegment call and nothing else', async () => {
    pinpoint.on(CreateSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: NEW_SEG, Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'growth' } }),
    });

    const response = await run(createEvent(goldProps));

    expect(commandNames()).toEqual(['CreateSegmentCommand']);
    expect(pinpoint).toHaveReceivedCommandWith(CreateSegmentCommand, {
      ApplicationId: APP,
      WriteSegmentRequest: { Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'growth', [OWNERSHIP_TAG_KEY]: OWNER } },
    });
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
    expect(response.Data).toEqual({ SegmentId: NEW_SEG, Arn: segmentArn(APP, NEW_SEG), Version: 1, ApplicationId: APP });
  });

  it('creates a segment without declared tags carrying only the ownership tag', async () => {
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });

    await run(createEvent({ ApplicationId: APP, Name: 'Plain' }));

    const request = pinpoint.commandCalls(CreateSegmentCommand)[0].args[0].input.WriteSegmentRequest;
    expect(request).toEqual({ Name: 'Plain', tags: { [OWNERSHIP_TAG_KEY]: OWNER } });
    expect(OWNER).toMatch(/^v1\.[0-9a-f]{32}\.[0-9a-f]{32}$/);
  });

  it('deletes the segment it just created when the tags do not land, and answers FAILED', async () => {
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG, tags: {} }) });
    pinpoint.on(TagResourceCommand).rejects(new ForbiddenException({ message: 'not allowed to tag', $metadata: { httpStatusCode: 403 } }));
    pinpoint.on(DeleteSegmentCommand).resolves({});

    const response = await run(createEvent(goldProps));

    expect(pinpoint).toHaveReceivedCommandWith(DeleteSegmentCommand, { ApplicationId: APP, SegmentId: NEW_SEG });
    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toBe('ForbiddenException: not allowed to tag');
    expect(response.PhysicalResourceId).toBe(`create-failed:${REQUEST_ID}`);
  });

  it('adopts an existing segment: records its version, updates it and adds the declared tags', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({
        Id: SEG,
        Version: 7,
        Name: 'Made in the console',
        Dimensions: { Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['silver'] } } },
        tags: { owner: 'marketing' },
      }),
    });
    pinpoint.on(UpdateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 8 }) });
    pinpoint.on(TagResourceCommand).resolves({});
    liveTags({ owner: 'marketing' });

    const response = await run(createEvent({ ...goldProps, SegmentId: SEG }));

    expect(commandNames()).toEqual(['GetSegmentCommand', 'UpdateSegmentCommand', 'ListTagsForResourceCommand', 'TagResourceCommand']);
    const update = pinpoint.commandCalls(UpdateSegmentCommand)[0].args[0].input;
    expect(update).toEqual({
      ApplicationId: APP,
      SegmentId: SEG,
      WriteSegmentRequest: { Name: 'Gold customers', Dimensions: goldDimensions },
    });
    expect(pinpoint).toHaveReceivedCommandWith(TagResourceCommand, {
      ResourceArn: segmentArn(APP, SEG),
      TagsModel: { tags: { team: 'growth' } },
    });
    expect(pinpoint).not.toHaveReceivedCommand(UntagResourceCommand);
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}:adopted:7`);
    expect(response.Data).toEqual({ SegmentId: SEG, Arn: segmentArn(APP, SEG), Version: 8, ApplicationId: APP });
  });

  it('adopting a segment that already has the declared definition adds no version', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Version: 3, Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'growth' } }),
    });
    liveTags({ team: 'growth' });

    const response = await run(createEvent({ ...goldProps, SegmentId: SEG }));

    expect(commandNames()).toEqual(['GetSegmentCommand', 'ListTagsForResourceCommand']);
    expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}:adopted:3`);
  });

  it('puts back the pre-adoption version when a failed Create had already updated the adopted segment', async () => {
    const before = { Name: 'Made in the console', Dimensions: { Attributes: { tier: { Values: ['silver'] } } } };
    pinpoint
      .on(GetSegmentCommand)
      .resolvesOnce({ SegmentResponse: segmentResponse({ Id: SEG, Version: 7, ...before }) })
      .resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 8, Name: goldProps.Name, Dimensions: goldDimensions }) });
    pinpoint.on(UpdateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 8 }) });
    pinpoint.on(TagResourceCommand).rejects(new ForbiddenException({ message: 'not allowed to tag', $metadata: { httpStatusCode: 403 } }));
    pinpoint.on(GetSegmentVersionCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 7, ...before }) });

    const response = await run(createEvent({ ...goldProps, SegmentId: SEG }));

    expect(pinpoint).toHaveReceivedCommandWith(GetSegmentVersionCommand, { ApplicationId: APP, SegmentId: SEG, Version: '7' });
    expect(pinpoint).toHaveReceivedCommandTimes(UpdateSegmentCommand, 2);
    expect(pinpoint.commandCalls(UpdateSegmentCommand)[1].args[0].input.WriteSegmentRequest).toEqual(before);
    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toBe('ForbiddenException: not allowed to tag');
    expect(response.PhysicalResourceId).toBe(`create-failed:${REQUEST_ID}`);
  });

  it('creates an adopted segment id that does not exist through UpdateSegment and treats it as created', async () => {
    pinpoint.on(GetSegmentCommand).rejects(notFound());
    pinpoint.on(UpdateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 1, tags: {} }) });
    pinpoint.on(TagResourceCommand).resolves({});

    const response = await run(createEvent({ ...goldProps, SegmentId: SEG }));

    expect(commandNames()).toEqual(['GetSegmentCommand', 'UpdateSegmentCommand', 'TagResourceCommand']);
    expect(pinpoint).toHaveReceivedCommandWith(TagResourceCommand, { TagsModel: { tags: { team: 'growth' } } });
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}`);
  });

  it("reports Pinpoint's message when an adopted segment id does not exist and UpdateSegment refuses to create it", async () => {
    pinpoint.on(GetSegmentCommand).rejects(notFound());
    pinpoint.on(UpdateSegmentCommand).rejects(
      new NotFoundException({ message: 'Segment specified was not found', $metadata: { httpStatusCode: 404 } }),
    );

    const response = await run(createEvent({ ...goldProps, SegmentId: SEG }));

    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toBe('NotFoundException: Segment specified was not found');
    expect(response.PhysicalResourceId).toBe(`create-failed:${REQUEST_ID}`);
    expect(pinpoint).not.toHaveReceivedCommand(CreateSegmentCommand);
  });

  it('sends JSON numbers for Latitude, Longitude, range, metric Value and source Version that arrive as strings', async () => {
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });
    const stringly = {
      ApplicationId: APP,
      Name: 'Near Seattle',
      SegmentGroups: {
        Include: 'ALL',
        Groups: [
          {
            Type: 'ALL',
            SourceType: 'ANY',
            SourceSegments: [{ Id: 'base', Version: '1' }],
            Dimensions: [
              {
                Location: { GPSPoint: { Coordinates: { Latitude: '47.6', Longitude: '-122.3' }, RangeInKilometers: '10' } },
                Metrics: { score: { ComparisonOperator: 'GREATER_THAN', Value: '5' } },
              },
            ],
          },
        ],
      },
    };

    await run(createEvent(stringly));

    expect(pinpoint).toHaveReceivedCommandWith(CreateSegmentCommand, {
      ApplicationId: APP,
      WriteSegmentRequest: {
        Name: 'Near Seattle',
        SegmentGroups: {
          Include: 'ALL',
          Groups: [
            {
              Type: 'ALL',
              SourceType: 'ANY',
              SourceSegments: [{ Id: 'base', Version: 1 }],
              Dimensions: [
                {
                  Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 10 } },
                  Metrics: { score: { ComparisonOperator: 'GREATER_THAN', Value: 5 } },
                },
              ],
            },
          ],
        },
        tags: { [OWNERSHIP_TAG_KEY]: OWNER },
      },
    });
  });

  it('sends JSON numbers for top-level Dimensions that arrive as strings', async () => {
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });

    await run(
      createEvent({
        ApplicationId: APP,
        Name: 'Near Seattle',
        Dimensions: {
          Location: { GPSPoint: { Coordinates: { Latitude: '47.6', Longitude: '-122.3' } } },
          Metrics: { score: { ComparisonOperator: 'EQUAL', Value: '5' } },
        },
      }),
    );

    const dimensions = pinpoint.commandCalls(CreateSegmentCommand)[0].args[0].input.WriteSegmentRequest!.Dimensions!;
    expect(dimensions.Location!.GPSPoint!.Coordinates!.Latitude).toBe(47.6);
    expect(dimensions.Location!.GPSPoint!.Coordinates!.Longitude).toBe(-122.3);
    expect(dimensions.Metrics!.score.Value).toBe(5);
  });
});

describe('Update', () => {
  const physicalId = `${APP}:${SEG}`;

  it('updates a changed definition in place and keeps the physical id', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Version: 2, Name: 'Gold', Dimensions: goldDimensions, tags: { team: 'growth' } }),
    });
    pinpoint.on(UpdateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 3 }) });
    liveTags({ team: 'growth', [OWNERSHIP_TAG_KEY]: OWNER });

    const response = await run(updateEvent(physicalId, goldProps, { ...goldProps, Name: 'Gold' }));

    expect(commandNames()).toEqual(['GetSegmentCommand', 'UpdateSegmentCommand', 'ListTagsForResourceCommand']);
    expect(pinpoint.commandCalls(UpdateSegmentCommand)[0].args[0].input).toEqual({
      ApplicationId: APP,
      SegmentId: SEG,
      WriteSegmentRequest: { Name: 'Gold customers', Dimensions: goldDimensions },
    });
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(physicalId);
    expect(response.Data).toEqual({ SegmentId: SEG, Arn: segmentArn(APP, SEG), Version: 3, ApplicationId: APP });
  });

  it('calls only GetSegment when nothing changed, even with string numbers and defaulted types', async () => {
    const stringly = {
      ApplicationId: APP,
      Name: 'Near Seattle',
      Dimensions: {
        Attributes: { tier: { Values: ['gold'] } },
        Location: { GPSPoint: { Coordinates: { Latitude: '47.6', Longitude: '-122.30' }, RangeInKilometers: '10' } },
      },
      Tags: { team: 'growth' },
    };
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({
        Id: SEG,
        Version: 4,
        Name: 'Near Seattle',
        Dimensions: {
          Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['gold'] } },
          Location: { GPSPoint: { Coordinates: { Latitude: 47.6, Longitude: -122.3 }, RangeInKilometers: 10 } },
          Metrics: {},
          UserAttributes: {},
        },
        SegmentGroups: undefined,
        tags: { team: 'growth' },
      }),
    });
    liveTags({ team: 'growth' });

    const response = await run(updateEvent(physicalId, stringly, stringly));

    expect(commandNames()).toEqual(['GetSegmentCommand', 'ListTagsForResourceCommand']);
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(physicalId);
    expect(response.Data).toMatchObject({ Version: 4 });
  });

  it('replaces the segment when the applicationId changes: a new physical id that remembers the old one', async () => {
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG, ApplicationId: OTHER_APP }) });

    const response = await run(updateEvent(physicalId, { ...goldProps, ApplicationId: OTHER_APP }, goldProps));

    expect(commandNames()).toEqual(['CreateSegmentCommand']);
    expect(pinpoint).toHaveReceivedCommandWith(CreateSegmentCommand, { ApplicationId: OTHER_APP });
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${OTHER_APP}:${NEW_SEG}|prev=${APP}:${SEG}`);
  });

  it('replaces the segment when a segmentId is set: it adopts that segment under a new physical id', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: 'consoleSeg', Version: 4, Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'growth' } }),
    });

    const response = await run(updateEvent(physicalId, { ...goldProps, SegmentId: 'consoleSeg' }, goldProps));

    expect(pinpoint).toHaveReceivedCommandWith(GetSegmentCommand, { ApplicationId: APP, SegmentId: 'consoleSeg' });
    expect(response.PhysicalResourceId).toBe(`${APP}:consoleSeg:adopted:4|prev=${APP}:${SEG}`);
  });

  it('replacing a replacement remembers only the segment it replaces, not the whole chain', async () => {
    const thirdApp = 'c0ffee00c0ffee00c0ffee00c0ffee00';
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: 'third', ApplicationId: thirdApp }) });

    const response = await run(
      updateEvent(`${OTHER_APP}:${NEW_SEG}|prev=${APP}:${SEG}`, { ...goldProps, ApplicationId: thirdApp }, { ...goldProps, ApplicationId: OTHER_APP }),
    );

    expect(commandNames()).toEqual(['CreateSegmentCommand']);
    expect(response.PhysicalResourceId).toBe(`${thirdApp}:third|prev=${OTHER_APP}:${NEW_SEG}`);
  });

  it('keeps the physical id when segmentId is pinned to the id the construct created', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Version: 5, Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'growth' } }),
    });
    liveTags({ team: 'growth' });

    const response = await run(updateEvent(physicalId, { ...goldProps, SegmentId: SEG }, goldProps));

    expect(commandNames()).toEqual(['GetSegmentCommand', 'ListTagsForResourceCommand']);
    expect(pinpoint).not.toHaveReceivedCommand(CreateSegmentCommand);
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(physicalId);
  });

  it('recreates a created segment that was deleted by hand, under a new physical id', async () => {
    pinpoint.on(GetSegmentCommand).rejects(notFound());
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG, tags: { team: 'growth' } }) });

    const response = await run(updateEvent(physicalId, goldProps, goldProps));

    expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 1);
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
  });

  it('keeps the physical id of an adopted segment and its recorded version across updates', async () => {
    const adoptedId = `${APP}:${SEG}:adopted:7`;
    pinpoint.on(GetSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 9, Name: 'old', tags: {} }) });
    pinpoint.on(UpdateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 10 }) });
    pinpoint.on(TagResourceCommand).resolves({});

    const response = await run(updateEvent(adoptedId, { ...goldProps, SegmentId: SEG }, { ...goldProps, SegmentId: SEG }));

    expect(response.PhysicalResourceId).toBe(adoptedId);
    expect(response.Data).toMatchObject({ Version: 10 });
  });

  it('answers FAILED with the current physical id when Pinpoint rejects the update', async () => {
    pinpoint.on(GetSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Name: 'old' }) });
    pinpoint.on(UpdateSegmentCommand).rejects(
      new BadRequestException({ message: 'Segment name must not be empty', $metadata: { httpStatusCode: 400 } }),
    );

    const response = await run(updateEvent(physicalId, goldProps, goldProps));

    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toBe('BadRequestException: Segment name must not be empty');
    expect(response.PhysicalResourceId).toBe(physicalId);
  });
});

describe('rollback', () => {
  it('restores the previous definition and tags when an update is rolled back (old and new properties swapped)', async () => {
    const before = { ApplicationId: APP, Name: 'Gold', Dimensions: goldDimensions, Tags: { team: 'growth' } };
    const after = { ApplicationId: APP, Name: 'Gold v2', Dimensions: goldDimensions, Tags: { team: 'growth', env: 'prod' } };
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Version: 6, Name: 'Gold v2', Dimensions: goldDimensions, tags: { team: 'growth', env: 'prod' } }),
    });
    pinpoint.on(UpdateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 7 }) });
    pinpoint.on(UntagResourceCommand).resolves({});
    liveTags({ team: 'growth', env: 'prod', [OWNERSHIP_TAG_KEY]: OWNER });

    const response = await run(updateEvent(`${APP}:${SEG}`, before, after));

    expect(pinpoint).toHaveReceivedCommandWith(UpdateSegmentCommand, {
      WriteSegmentRequest: { Name: 'Gold', Dimensions: goldDimensions },
    });
    expect(pinpoint).toHaveReceivedCommandWith(UntagResourceCommand, { ResourceArn: segmentArn(APP, SEG), TagKeys: ['env'] });
    expect(pinpoint).not.toHaveReceivedCommand(TagResourceCommand);
    expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}`);
  });

  it('rolling back a replacement returns the previous physical id and creates nothing', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Version: 2, Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'growth' } }),
    });
    liveTags({ team: 'growth' });

    const response = await run(
      updateEvent(`${OTHER_APP}:${NEW_SEG}|prev=${APP}:${SEG}`, goldProps, { ...goldProps, ApplicationId: OTHER_APP }),
    );

    // No GetSegments: the replacement succeeded, so nothing in OTHER_APP is left to clean up here
    // (CloudFormation deletes the replacement itself).
    expect(commandNames()).toEqual(['GetSegmentCommand', 'ListTagsForResourceCommand']);
    expect(pinpoint).toHaveReceivedCommandWith(GetSegmentCommand, { ApplicationId: APP, SegmentId: SEG });
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}`);
  });

  it('rolling back the replacement of an adopted segment keeps its original pre-adoption version', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Version: 12, Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'growth' } }),
    });
    liveTags({ team: 'growth' });

    const response = await run(
      updateEvent(`${APP}:other:adopted:3|prev=${APP}:${SEG}:adopted:7`, { ...goldProps, SegmentId: SEG }, { ...goldProps, SegmentId: 'other' }),
    );

    expect(commandNames()).toEqual(['GetSegmentCommand', 'ListTagsForResourceCommand']);
    expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}:adopted:7`);
  });
});

describe('Delete', () => {
  it('deletes a segment the construct created', async () => {
    pinpoint.on(DeleteSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG }) });

    const response = await run(deleteEvent(`${APP}:${SEG}`, goldProps));

    expect(commandNames()).toEqual(['DeleteSegmentCommand']);
    expect(pinpoint).toHaveReceivedCommandWith(DeleteSegmentCommand, { ApplicationId: APP, SegmentId: SEG });
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}`);
  });

  it('keeps a created segment whose removal policy is RETAIN, calling nothing', async () => {
    const response = await run(deleteEvent(`${APP}:${SEG}`, { ...goldProps, RemovalPolicy: 'retain' }));

    expect(pinpoint.calls()).toHaveLength(0);
    expect(response.Status).toBe('SUCCESS');
  });

  it('deletes nothing and succeeds when the properties cannot show the stack owns the segment', async () => {
    const event = deleteEvent(`${APP}:${SEG}`, goldProps);
    // Not an event CloudFormation would send, which the handler must survive all the same.
    Reflect.deleteProperty(event, 'ResourceProperties');

    const response = await run(event);

    expect(pinpoint.calls()).toHaveLength(0);
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}`);
  });

  it('counts a segment that is already gone as deleted', async () => {
    pinpoint.on(DeleteSegmentCommand).rejects(notFound());

    const response = await run(deleteEvent(`${APP}:${SEG}`, goldProps));

    expect(pinpoint).toHaveReceivedCommandTimes(DeleteSegmentCommand, 1);
    expect(response.Status).toBe('SUCCESS');
  });

  it('deletes a segment that UpdateSegment created for a missing adopted id', async () => {
    pinpoint.on(DeleteSegmentCommand).resolves({});

    await run(deleteEvent(`${APP}:${SEG}`, { ...goldProps, SegmentId: SEG }));

    expect(pinpoint).toHaveReceivedCommandWith(DeleteSegmentCommand, { ApplicationId: APP, SegmentId: SEG });
  });

  it('never deletes an adopted segment', async () => {
    const response = await run(deleteEvent(`${APP}:${SEG}:adopted:7`, { ...goldProps, SegmentId: SEG }));

    expect(pinpoint.calls()).toHaveLength(0);
    expect(response.Status).toBe('SUCCESS');
  });

  it('restores the pre-adoption definition on delete when restoreOnDelete is set', async () => {
    pinpoint.on(GetSegmentVersionCommand).resolves({
      SegmentResponse: segmentResponse({
        Id: SEG,
        Version: 7,
        Name: 'Made in the console',
        Dimensions: { Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['silver'] } }, Metrics: {} },
        SegmentGroups: { Groups: [], Include: 'ANY' },
        tags: { owner: 'marketing' },
      }),
    });
    pinpoint.on(UpdateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Version: 11 }) });

    const response = await run(deleteEvent(`${APP}:${SEG}:adopted:7`, { ...goldProps, SegmentId: SEG, RestoreOnDelete: 'true' }));

    expect(commandNames()).toEqual(['GetSegmentVersionCommand', 'GetSegmentCommand', 'UpdateSegmentCommand']);
    expect(pinpoint).toHaveReceivedCommandWith(GetSegmentVersionCommand, { ApplicationId: APP, SegmentId: SEG, Version: '7' });
    expect(pinpoint.commandCalls(UpdateSegmentCommand)[0].args[0].input).toEqual({
      ApplicationId: APP,
      SegmentId: SEG,
      WriteSegmentRequest: {
        Name: 'Made in the console',
        Dimensions: { Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['silver'] } } },
      },
    });
    expect(pinpoint).not.toHaveReceivedCommand(DeleteSegmentCommand);
    expect(response.Status).toBe('SUCCESS');
  });

  it('restores a pre-adoption definition made of segment groups without sending Dimensions', async () => {
    const groups: SegmentGroupList = { Include: 'ALL', Groups: [{ SourceSegments: [{ Id: 'base', Version: 2 }], Type: 'ALL' }] };
    pinpoint.on(GetSegmentVersionCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Name: 'Grouped', Dimensions: { Attributes: {} }, SegmentGroups: groups }),
    });
    pinpoint.on(UpdateSegmentCommand).resolves({});

    await run(deleteEvent(`${APP}:${SEG}:adopted:2`, { ...goldProps, SegmentId: SEG, RestoreOnDelete: true }));

    expect(pinpoint.commandCalls(UpdateSegmentCommand)[0].args[0].input.WriteSegmentRequest).toEqual({ Name: 'Grouped', SegmentGroups: groups });
  });

  it('succeeds with a warning when the pre-adoption version no longer exists', async () => {
    pinpoint.on(GetSegmentVersionCommand).rejects(notFound());

    const response = await run(deleteEvent(`${APP}:${SEG}:adopted:7`, { ...goldProps, SegmentId: SEG, RestoreOnDelete: 'true' }));

    expect(pinpoint).not.toHaveReceivedCommand(UpdateSegmentCommand);
    expect(response.Status).toBe('SUCCESS');
    expect(consoleOutput.warn.mock.calls.flat().join('\n')).toMatch(/cannot restore version 7/);
  });

  it('deletes, after a failed Create, only the segment carrying that request\'s ownership tag', async () => {
    const sameStackOtherRequest = ownerTagValue({ stackId: STACK_ID, logicalResourceId: 'GoldResource', requestId: 'another-request' });
    const listed = (id: string, tags: Record<string, string>) =>
      segmentResponse({ Id: id, Name: 'Gold customers', Dimensions: goldDimensions, CreationDate: new Date().toISOString(), tags });
    pinpoint.on(GetSegmentsCommand).resolves({
      SegmentsResponse: {
        Item: [
          // A hand-made twin: same name and definition, no ownership tag.
          listed('handmade', { team: 'growth' }),
          // This resource's segment from another (successful) request.
          listed('sibling', { [OWNERSHIP_TAG_KEY]: sameStackOtherRequest }),
          listed('late', { team: 'growth', [OWNERSHIP_TAG_KEY]: OWNER }),
        ],
      },
    });
    pinpoint
      .on(ListTagsForResourceCommand, { ResourceArn: segmentArn(APP, 'handmade') })
      .resolves({ TagsModel: { tags: { team: 'growth' } } })
      .on(ListTagsForResourceCommand, { ResourceArn: segmentArn(APP, 'late') })
      .resolves({ TagsModel: { tags: { team: 'growth', [OWNERSHIP_TAG_KEY]: OWNER } } });
    pinpoint.on(DeleteSegmentCommand).resolves({});

    const response = await run(deleteEvent(`create-failed:${REQUEST_ID}`, goldProps));

    expect(pinpoint).toHaveReceivedCommandTimes(DeleteSegmentCommand, 1);
    expect(pinpoint).toHaveReceivedCommandWith(DeleteSegmentCommand, { ApplicationId: APP, SegmentId: 'late' });
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`create-failed:${REQUEST_ID}`);
  });

  it('deletes nothing after a failed Create when no segment carries its ownership tag, or when it adopted', async () => {
    pinpoint.on(GetSegmentsCommand).resolves({ SegmentsResponse: { Item: [] } });

    const created = await run(deleteEvent(`create-failed:${REQUEST_ID}`, goldProps));
    const adopted = await run(deleteEvent(`create-failed:${REQUEST_ID}`, { ...goldProps, SegmentId: SEG }));

    expect(commandNames()).toEqual(['GetSegmentsCommand']);
    expect([created.Status, adopted.Status]).toEqual(['SUCCESS', 'SUCCESS']);
  });

  it('calls nothing and succeeds when the physical id is not one of ours', async () => {
    for (const foreignId of ['some-other-resource', `${OTHER_APP}:${SEG}`, `${APP}:${SEG}:adopted:7`]) {
      pinpoint.reset();
      // The adopted id names SEG while the properties adopt another segment.
      const response = await run(deleteEvent(foreignId, { ...goldProps, SegmentId: 'another' }));

      expect(pinpoint.calls()).toHaveLength(0);
      expect(response).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: foreignId });
    }
  });
});

describe('tags', () => {
  it('removes a tag the stack no longer declares and leaves foreign and aws: tags alone', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({
        Id: SEG,
        Name: 'Gold customers',
        Dimensions: goldDimensions,
      }),
    });
    liveTags({ team: 'growth', env: 'prod', owner: 'marketing', 'aws:cloudformation:stack-name': 'Demo' });
    pinpoint.on(UntagResourceCommand).resolves({});

    await run(
      updateEvent(`${APP}:${SEG}:adopted:1`, { ...goldProps, SegmentId: SEG }, { ...goldProps, SegmentId: SEG, Tags: { team: 'growth', env: 'prod' } }),
    );

    expect(pinpoint).toHaveReceivedCommandTimes(UntagResourceCommand, 1);
    expect(pinpoint).toHaveReceivedCommandWith(UntagResourceCommand, { TagKeys: ['env'] });
    expect(pinpoint).not.toHaveReceivedCommand(TagResourceCommand);
  });

  it('removes every declared tag when Tags is dropped from the properties', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Name: 'Gold customers', Dimensions: goldDimensions }),
    });
    liveTags({ team: 'growth', owner: 'x', [OWNERSHIP_TAG_KEY]: OWNER });
    pinpoint.on(UntagResourceCommand).resolves({});

    await run(updateEvent(`${APP}:${SEG}`, { ...goldProps, Tags: undefined }, goldProps));

    // The ownership tag is never removed, even though it is not declared.
    expect(pinpoint).toHaveReceivedCommandTimes(UntagResourceCommand, 1);
    expect(pinpoint).toHaveReceivedCommandWith(UntagResourceCommand, { TagKeys: ['team'] });
  });

  it('sets a changed tag value with TagResource', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'retention' } }),
    });
    liveTags({ team: 'retention' });
    pinpoint.on(TagResourceCommand).resolves({});

    await run(updateEvent(`${APP}:${SEG}`, goldProps, { ...goldProps, Tags: { team: 'retention' } }));

    expect(pinpoint).toHaveReceivedCommandWith(TagResourceCommand, { ResourceArn: segmentArn(APP, SEG), TagsModel: { tags: { team: 'growth' } } });
    expect(pinpoint).not.toHaveReceivedCommand(UpdateSegmentCommand);
  });

  it('makes no tag calls when the tags already match', async () => {
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({
        Id: SEG,
        Name: 'Gold customers',
        Dimensions: goldDimensions,
      }),
    });
    liveTags({ team: 'growth', 'aws:cloudformation:logical-id': 'Gold', [OWNERSHIP_TAG_KEY]: OWNER });

    await run(updateEvent(`${APP}:${SEG}`, goldProps, goldProps));

    expect(pinpoint).not.toHaveReceivedCommand(TagResourceCommand);
    expect(pinpoint).not.toHaveReceivedCommand(UntagResourceCommand);
  });

  it('reads live tags with ListTagsForResource, not from GetSegment', async () => {
    // GetSegment's tags say all is well; the resource's tags say otherwise.
    pinpoint.on(GetSegmentCommand).resolves({
      SegmentResponse: segmentResponse({ Id: SEG, Name: 'Gold customers', Dimensions: goldDimensions, tags: { team: 'growth' } }),
    });
    liveTags({ team: 'retention' });
    pinpoint.on(TagResourceCommand).resolves({});

    await run(updateEvent(`${APP}:${SEG}`, goldProps, goldProps));

    expect(pinpoint).toHaveReceivedCommandWith(TagResourceCommand, { TagsModel: { tags: { team: 'growth' } } });
  });
});
