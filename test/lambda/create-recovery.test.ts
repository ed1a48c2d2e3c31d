/**
 * CreateSegment is not idempotent. After a failure that may have come after the write (a 5xx, a
 * reset connection), the handler looks for the segment that call made before creating again;
 * after throttling, which Pinpoint answers before doing anything, it simply retries.
 */
import {
  CreateSegmentCommand,
  ForbiddenException,
  GetSegmentsCommand,
  InternalServerErrorException,
  PinpointClient,
  SegmentDimensions,
  TooManyRequestsException,
} from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createHandler } from '../../lambda';
import { APP, captureResponses, createEvent, FAST_RETRY, fakeContext, NEW_SEG, SEG, segmentResponse, silenceConsole } from './helpers';

const pinpoint = mockClient(PinpointClient);
const dimensions: SegmentDimensions = { Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } };
const props = { ApplicationId: APP, Name: 'Gold', Dimensions: dimensions };

function serverError(): InternalServerErrorException {
  return new InternalServerErrorException({ message: 'internal failure', $metadata: { httpStatusCode: 500 } });
}

async function create() {
  const captured = captureResponses();
  await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(createEvent(props), fakeContext());
  return captured.only();
}

beforeEach(() => {
  pinpoint.reset();
  silenceConsole();
});

afterEach(() => jest.restoreAllMocks());

it('uses the segment a failed CreateSegment made instead of creating a twin', async () => {
  const justNow = new Date().toISOString();
  pinpoint.on(CreateSegmentCommand).rejects(serverError());
  pinpoint.on(GetSegmentsCommand).resolves({
    SegmentsResponse: {
      Item: [
        // An older segment with the same definition is someone else's: it predates this call.
        segmentResponse({ Id: SEG, Name: 'Gold', Dimensions: dimensions, CreationDate: '2020-01-01T00:00:00Z' }),
        segmentResponse({ Id: NEW_SEG, Name: 'Gold', Dimensions: dimensions, CreationDate: justNow }),
      ],
    },
  });

  const response = await create();

  expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 1);
  expect(pinpoint).toHaveReceivedCommandWith(GetSegmentsCommand, { ApplicationId: APP });
  expect(response.Status).toBe('SUCCESS');
  expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
});

it('creates again when the search finds nothing the failed call made', async () => {
  pinpoint
    .on(CreateSegmentCommand)
    .rejectsOnce(serverError())
    .resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG, Name: 'Gold', Dimensions: dimensions }) });
  pinpoint.on(GetSegmentsCommand).resolves({
    SegmentsResponse: { Item: [segmentResponse({ Id: SEG, Name: 'Other', Dimensions: dimensions, CreationDate: new Date().toISOString() })] },
  });

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
