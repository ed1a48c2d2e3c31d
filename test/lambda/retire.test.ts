// Retiring after Pinpoint's end of support (README: "Retiring after end of support"): what the
// handler answers to CloudFormation's Delete when the Pinpoint project no longer exists, and when
// Pinpoint cannot be reached at all.
import {
  DeleteSegmentCommand,
  GetSegmentCommand,
  GetSegmentVersionCommand,
  NotFoundException,
  PinpointClient,
  UpdateSegmentCommand,
} from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createHandler } from '../../lambda';
import { APP, captureResponses, deleteEvent, FAST_RETRY, fakeContext, SEG, silenceConsole } from './helpers';

const pinpoint = mockClient(PinpointClient);
const props = { ApplicationId: APP, Name: 'Gold', Dimensions: { Attributes: { plan: { Values: ['gold'] } } } };

/** What Pinpoint answers for any call on a project that was deleted. */
function projectGone(): NotFoundException {
  return new NotFoundException({ message: `Application not found: ${APP}`, $metadata: { httpStatusCode: 404 } });
}

async function run(event: CloudFormationCustomResourceEvent) {
  const captured = captureResponses();
  await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(event, fakeContext());
  return captured.only();
}

beforeEach(() => {
  pinpoint.reset();
  pinpoint.onAnyCommand().rejects(projectGone());
  silenceConsole();
});

afterEach(() => jest.restoreAllMocks());

describe('Delete once the Pinpoint project is gone answers SUCCESS', () => {
  test('a segment the stack created: DeleteSegment says not found, which counts as deleted', async () => {
    const response = await run(deleteEvent(`${APP}:${SEG}`, props));

    expect(response.Status).toBe('SUCCESS');
    expect(pinpoint).toHaveReceivedCommandTimes(DeleteSegmentCommand, 1);
    expect(pinpoint.calls()).toHaveLength(1);
  });

  test('an adopted segment with restoreOnDelete: nothing to restore, nothing written', async () => {
    const response = await run(deleteEvent(`${APP}:${SEG}:adopted:3`, { ...props, SegmentId: SEG, RestoreOnDelete: 'true' }));

    expect(response.Status).toBe('SUCCESS');
    expect(pinpoint).toHaveReceivedCommandTimes(GetSegmentVersionCommand, 1);
    expect(pinpoint).not.toHaveReceivedCommand(UpdateSegmentCommand);
  });

  test('an adopted segment without restoreOnDelete, or a RETAIN segment: no call at all', async () => {
    expect((await run(deleteEvent(`${APP}:${SEG}:adopted:3`, { ...props, SegmentId: SEG }))).Status).toBe('SUCCESS');
    expect((await run(deleteEvent(`${APP}:${SEG}`, { ...props, RemovalPolicy: 'retain' }))).Status).toBe('SUCCESS');
    expect(pinpoint.calls()).toHaveLength(0);
  });
});

test('when Pinpoint cannot be reached at all, Delete answers FAILED with the cause (hence RETAIN first, see README)', async () => {
  pinpoint.reset();
  const unreachable = Object.assign(new Error('getaddrinfo ENOTFOUND pinpoint.us-east-1.amazonaws.com'), { code: 'ENOTFOUND' });
  pinpoint.onAnyCommand().rejects(unreachable);

  const response = await run(deleteEvent(`${APP}:${SEG}`, props));

  expect(response.Status).toBe('FAILED');
  expect(response.Reason).toMatch(/ENOTFOUND/);
  expect(pinpoint).not.toHaveReceivedCommand(GetSegmentCommand);
});
