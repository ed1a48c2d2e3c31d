/**
 * CreateSegment is not idempotent. After a failure that may have come after the write (a 5xx, a
 * reset connection), the handler looks for the segment that call made before creating again,
 * by this request's ownership tag only: a twin with the same name and definition (a sibling of
 * this stack, or another stack's) is never taken. After throttling, which Pinpoint answers before
 * doing anything, it simply retries. A possible second delivery of the same event looks first.
 */
import {
  CreateSegmentCommand,
  ForbiddenException,
  GetSegmentsCommand,
  InternalServerErrorException,
  ListTagsForResourceCommand,
  PinpointClient,
  SegmentDimensions,
  TooManyRequestsException,
} from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createHandler } from '../../lambda';
import { ownerTagValue } from '../../lambda/ownership';
import { OWNERSHIP_TAG_KEY } from '../../lib/ownership';
import {
  APP,
  captureResponses,
  createEvent,
  FAST_RETRY,
  fakeContext,
  NEW_SEG,
  REQUEST_ID,
  SEG,
  segmentArn,
  segmentResponse,
  silenceConsole,
  STACK_ID,
} from './helpers';

const pinpoint = mockClient(PinpointClient);
const dimensions: SegmentDimensions = { Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } };
const props = { ApplicationId: APP, Name: 'Gold', Dimensions: dimensions };
const OWNER = ownerTagValue({ stackId: STACK_ID, logicalResourceId: 'GoldResource', requestId: REQUEST_ID });
const OTHER_STACK_OWNER = ownerTagValue({ stackId: `${STACK_ID}-twin`, logicalResourceId: 'GoldResource', requestId: REQUEST_ID });

function serverError(): InternalServerErrorException {
  return new InternalServerErrorException({ message: 'internal failure', $metadata: { httpStatusCode: 500 } });
}

/** A segment as GetSegments lists it: created just now, with this definition. */
function listed(id: string, tags?: Record<string, string>) {
  return segmentResponse({ Id: id, Name: 'Gold', Dimensions: dimensions, CreationDate: new Date().toISOString(), tags });
}

/** ListTagsForResource answers these tags for segment `id`. */
function tagsOf(id: string, tags: Record<string, string>) {
  pinpoint.on(ListTagsForResourceCommand, { ResourceArn: segmentArn(APP, id) }).resolves({ TagsModel: { tags } });
}

async function create(handler = createHandler({ sendResponse: captured().send, retryPolicy: FAST_RETRY }), event = createEvent(props)) {
  await handler(event, fakeContext());
  return last.only();
}

let last: ReturnType<typeof captureResponses>;
function captured() {
  last = captureResponses();
  return last;
}

beforeEach(() => {
  pinpoint.reset();
  silenceConsole();
});

afterEach(() => jest.restoreAllMocks());

it('uses the segment a failed CreateSegment made, found by this request\'s ownership tag', async () => {
  pinpoint.on(CreateSegmentCommand).rejects(serverError());
  pinpoint.on(GetSegmentsCommand).resolves({ SegmentsResponse: { Item: [listed(SEG, { team: 'x' }), listed(NEW_SEG, { [OWNERSHIP_TAG_KEY]: OWNER })] } });
  tagsOf(SEG, { team: 'x' });
  tagsOf(NEW_SEG, { [OWNERSHIP_TAG_KEY]: OWNER });

  const response = await create();

  expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 1);
  expect(pinpoint).toHaveReceivedCommandWith(GetSegmentsCommand, { ApplicationId: APP });
  expect(response.Status).toBe('SUCCESS');
  expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
});

it('never takes a twin with the same name and definition made just now by another stack or by hand', async () => {
  pinpoint
    .on(CreateSegmentCommand)
    .rejectsOnce(serverError())
    .resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG, Name: 'Gold', Dimensions: dimensions }) });
  // Same name, same definition, created since the first attempt: the old search took the first.
  pinpoint.on(GetSegmentsCommand).resolves({
    SegmentsResponse: { Item: [listed('twinOfOtherStack', { [OWNERSHIP_TAG_KEY]: OTHER_STACK_OWNER }), listed('handmade')] },
  });
  tagsOf('twinOfOtherStack', { [OWNERSHIP_TAG_KEY]: OTHER_STACK_OWNER });
  tagsOf('handmade', {});

  const response = await create();

  expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 2);
  expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
});

it('confirms with ListTagsForResource what GetSegments lists: stale listed tags are not taken', async () => {
  pinpoint
    .on(CreateSegmentCommand)
    .rejectsOnce(serverError())
    .resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });
  pinpoint.on(GetSegmentsCommand).resolves({ SegmentsResponse: { Item: [listed(SEG, { [OWNERSHIP_TAG_KEY]: OWNER })] } });
  tagsOf(SEG, { [OWNERSHIP_TAG_KEY]: OTHER_STACK_OWNER });

  const response = await create();

  expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 2);
  expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
});

it('does not search after throttling, which Pinpoint answers before writing', async () => {
  pinpoint
    .on(CreateSegmentCommand)
    .rejectsOnce(new TooManyRequestsException({ message: 'slow down', $metadata: { httpStatusCode: 429 } }))
    .resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });

  const response = await create();

  expect(pinpoint).not.toHaveReceivedCommand(GetSegmentsCommand);
  expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 2);
  expect(response.Status).toBe('SUCCESS');
});

it('falls back to retrying the create when the role may not list segments', async () => {
  pinpoint
    .on(CreateSegmentCommand)
    .rejectsOnce(serverError())
    .resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });
  pinpoint.on(GetSegmentsCommand).rejects(new ForbiddenException({ message: 'not authorized', $metadata: { httpStatusCode: 403 } }));

  const response = await create();

  expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 2);
  expect(response.Status).toBe('SUCCESS');
  expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
});

describe('a second delivery of the same event', () => {
  it('a first-time create is one CreateSegment and nothing else', async () => {
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });

    await create();

    expect(pinpoint.calls().map((c) => c.args[0].constructor.name)).toEqual(['CreateSegmentCommand']);
  });

  it('to the same container finds what the first made and makes no twin', async () => {
    const handler = createHandler({ sendResponse: async (url, body) => captured().send(url, body), retryPolicy: FAST_RETRY });
    pinpoint.on(CreateSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG, tags: { [OWNERSHIP_TAG_KEY]: OWNER } }) });
    await handler(createEvent(props), fakeContext());
    const first = last.only();
    pinpoint.on(GetSegmentsCommand).resolves({ SegmentsResponse: { Item: [listed(NEW_SEG, { [OWNERSHIP_TAG_KEY]: OWNER })] } });
    tagsOf(NEW_SEG, { [OWNERSHIP_TAG_KEY]: OWNER });

    await handler(createEvent(props), fakeContext());
    const second = last.only();

    expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 1);
    expect(second.PhysicalResourceId).toBe(first.PhysicalResourceId);
  });

  it('a minute after CloudFormation issued it (another container) looks first too', async () => {
    const stale = new Date(Date.now() - 90_000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const event = createEvent(props);
    const redelivered = { ...event, ResponseURL: `${event.ResponseURL}&X-Amz-Date=${stale}` };
    pinpoint.on(GetSegmentsCommand).resolves({ SegmentsResponse: { Item: [listed(NEW_SEG, { [OWNERSHIP_TAG_KEY]: OWNER })] } });
    tagsOf(NEW_SEG, { [OWNERSHIP_TAG_KEY]: OWNER });

    const response = await create(undefined, redelivered);

    expect(pinpoint).not.toHaveReceivedCommand(CreateSegmentCommand);
    expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
  });
});
