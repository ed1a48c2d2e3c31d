/**
 * The whole handler as CloudFormation calls it: failures, retries, the deadline, malformed events
 * and the secrecy of the ResponseURL.
 */
import {
  BadRequestException,
  CreateSegmentCommand,
  GetSegmentCommand,
  InternalServerErrorException,
  PinpointClient,
  TooManyRequestsException,
  UpdateSegmentCommand,
} from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { createHandler } from '../../lambda';
import {
  allConsoleText,
  APP,
  captureResponses,
  createEvent,
  deleteEvent,
  FAST_RETRY,
  fakeContext,
  NEW_SEG,
  REQUEST_ID,
  SEG,
  segmentResponse,
  silenceConsole,
  updateEvent,
  URL_SECRET,
} from './helpers';

const pinpoint = mockClient(PinpointClient);
const props = { ApplicationId: APP, Name: 'Gold customers', Dimensions: { Attributes: { tier: { Values: ['gold'] } } } };

let consoleOutput: ReturnType<typeof silenceConsole>;

beforeEach(() => {
  pinpoint.reset();
  consoleOutput = silenceConsole();
});

afterEach(() => {
  jest.restoreAllMocks();
  delete process.env.LOG_LEVEL;
});

async function run(event: unknown, remainingMs = 60_000) {
  const captured = captureResponses();
  await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(event as CloudFormationCustomResourceEvent, fakeContext(remainingMs));
  return captured;
}

function throttled(): TooManyRequestsException {
  return new TooManyRequestsException({ message: 'Too many requests', $metadata: { httpStatusCode: 429 } });
}

describe('Pinpoint errors', () => {
  it("answers FAILED with Pinpoint's own message on a BadRequestException, without retrying", async () => {
    pinpoint.on(CreateSegmentCommand).rejects(
      new BadRequestException({
        message: 'Dimensions.Location.GPSPoint.Coordinates.Latitude must be between -90 and 90',
        $metadata: { httpStatusCode: 400 },
      }),
    );

    const response = (await run(createEvent(props))).only();

    expect(response).toMatchObject({
      Status: 'FAILED',
      Reason: 'BadRequestException: Dimensions.Location.GPSPoint.Coordinates.Latitude must be between -90 and 90',
      PhysicalResourceId: `create-failed:${REQUEST_ID}`,
      RequestId: REQUEST_ID,
      LogicalResourceId: 'GoldResource',
      NoEcho: false,
    });
    expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 1);
  });

  it('retries a throttled call and then succeeds', async () => {
    pinpoint
      .on(CreateSegmentCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });

    const response = (await run(createEvent(props))).only();

    expect(pinpoint).toHaveReceivedCommandTimes(CreateSegmentCommand, 3);
    expect(response.Status).toBe('SUCCESS');
    expect(response.PhysicalResourceId).toBe(`${APP}:${NEW_SEG}`);
  });

  it('retries 5xx answers and dropped connections', async () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    pinpoint
      .on(GetSegmentCommand)
      .rejectsOnce(new InternalServerErrorException({ message: 'Internal error', $metadata: { httpStatusCode: 500 } }))
      .rejectsOnce(reset)
      .resolves({ SegmentResponse: segmentResponse({ Id: SEG, Name: 'Gold customers', Dimensions: props.Dimensions }) });

    const response = (await run(updateEvent(`${APP}:${SEG}`, props, props))).only();

    expect(pinpoint).toHaveReceivedCommandTimes(GetSegmentCommand, 3);
    expect(response.Status).toBe('SUCCESS');
  });

  it('answers FAILED before the deadline when Pinpoint never answers', async () => {
    // A fake clock (timers and Date, which fakeContext reads): the answer's time is exact, not a
    // wall-clock measurement that a loaded machine can push past the deadline.
    jest.useFakeTimers();
    try {
      pinpoint.on(GetSegmentCommand).callsFake(() => new Promise(() => undefined));
      const captured = captureResponses();
      const done = createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(
        updateEvent(`${APP}:${SEG}`, props, props), fakeContext(400));

      // 400 ms left: a quarter is kept for the answer, so it goes out at 300 ms.
      await jest.advanceTimersByTimeAsync(299);
      expect(captured.responses).toHaveLength(0);
      await jest.advanceTimersByTimeAsync(1);
      expect(captured.responses).toHaveLength(1);
      await jest.advanceTimersByTimeAsync(100);
      await done;

      const response = captured.only();
      expect(response.Status).toBe('FAILED');
      expect(response.Reason).toMatch(/^timed out after 0\.3s waiting for Pinpoint$/);
      expect(response.PhysicalResourceId).toBe(`${APP}:${SEG}`);
    } finally {
      jest.useRealTimers();
    }
  });

  it('names the last transient error when the deadline passes during throttling', async () => {
    pinpoint.on(CreateSegmentCommand).rejects(throttled());

    const response = (await run(createEvent(props), 400)).only();

    expect(response.Status).toBe('FAILED');
    expect(response.Reason).toMatch(/^timed out after 0\.3s waiting for Pinpoint: TooManyRequestsException: Too many requests$/);
    expect(response.PhysicalResourceId).toBe(`create-failed:${REQUEST_ID}`);
    const attempts = pinpoint.commandCalls(CreateSegmentCommand).length;
    // Retries stop at the deadline: no further attempt happens after the answer.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(pinpoint.commandCalls(CreateSegmentCommand).length).toBe(attempts);
  });

  it('keeps the response within 4096 bytes when Pinpoint sends a huge message', async () => {
    const huge = 'Invalid dimension ünïcödé 🚀 '.repeat(2000);
    pinpoint.on(CreateSegmentCommand).rejects(new BadRequestException({ message: huge, $metadata: { httpStatusCode: 400 } }));

    const captured = await run(createEvent(props));
    const response = captured.only();

    expect(Buffer.byteLength(captured.responses[0].raw)).toBeLessThanOrEqual(4096);
    expect(Buffer.byteLength(captured.responses[0].raw)).toBeGreaterThan(3900);
    expect(response.Reason).toMatch(/^BadRequestException: Invalid dimension ünïcödé 🚀 /);
    expect(response.Reason).toMatch(/\[truncated\]$/);
    expect(response.Reason).not.toContain('\uFFFD');
    expect(response.PhysicalResourceId).toBe(`create-failed:${REQUEST_ID}`);
  });
});

describe('malformed events', () => {
  it('answers FAILED once when ResourceProperties is missing', async () => {
    const event = createEvent(props) as unknown as Record<string, unknown>;
    delete event.ResourceProperties;

    const captured = await run(event);

    expect(captured.only()).toMatchObject({ Status: 'FAILED', Reason: 'ResourceProperties is missing', PhysicalResourceId: `create-failed:${REQUEST_ID}` });
    expect(pinpoint.calls()).toHaveLength(0);
  });

  it('answers FAILED once for an unknown RequestType', async () => {
    const captured = await run({ ...createEvent(props), RequestType: 'Upsert' });

    const body = captured.only();
    expect(body.Status).toBe('FAILED');
    expect(body.Reason).toContain('unknown RequestType "Upsert"');
    expect(pinpoint.calls()).toHaveLength(0);
  });

  it('answers FAILED once when Name is missing', async () => {
    const captured = await run(createEvent({ ApplicationId: APP }));

    expect(captured.only()).toMatchObject({ Status: 'FAILED', Reason: 'Name is required' });
    expect(pinpoint.calls()).toHaveLength(0);
  });

  it('answers FAILED naming the path when Latitude is not a number', async () => {
    const captured = await run(
      createEvent({ ApplicationId: APP, Name: 'x', Dimensions: { Location: { GPSPoint: { Coordinates: { Latitude: 'north', Longitude: '1' } } } } }),
    );

    expect(captured.only()).toMatchObject({
      Status: 'FAILED',
      Reason: 'Dimensions.Location.GPSPoint.Coordinates.Latitude: "north" is not a number',
    });
    expect(pinpoint.calls()).toHaveLength(0);
  });

  it('answers FAILED when Dimensions is not an object', async () => {
    const captured = await run(createEvent({ ApplicationId: APP, Name: 'x', Dimensions: 'everyone' }));

    expect(captured.only()).toMatchObject({ Status: 'FAILED', Reason: 'Dimensions: expected an object, got "everyone"' });
  });

  it('answers FAILED on an Update with a bad RestoreOnDelete, keeping the current physical id', async () => {
    const captured = await run(updateEvent(`${APP}:${SEG}`, { ...props, RestoreOnDelete: 'sometimes' }, props));

    expect(captured.only()).toMatchObject({
      Status: 'FAILED',
      Reason: 'RestoreOnDelete: "sometimes" is not true or false',
      PhysicalResourceId: `${APP}:${SEG}`,
    });
  });

  it('does not throw and sends nothing when the event has no ResponseURL', async () => {
    const event = { ...createEvent(props), ResponseURL: undefined };

    const captured = await run(event);

    expect(captured.responses).toHaveLength(0);
    expect(consoleOutput.error).toHaveBeenCalledWith(expect.stringContaining('no ResponseURL'));
  });

  it('does not throw when the event is not an object at all', async () => {
    await expect(createHandler({ sendResponse: jest.fn() })(null as unknown as CloudFormationCustomResourceEvent)).resolves.toBeUndefined();
  });
});

describe('the ResponseURL', () => {
  it('never appears with its query string in any console output, whatever happens', async () => {
    process.env.LOG_LEVEL = 'DEBUG';
    pinpoint
      .on(CreateSegmentCommand)
      .rejectsOnce(throttled())
      .resolves({ SegmentResponse: segmentResponse({ Id: NEW_SEG }) });
    pinpoint.on(UpdateSegmentCommand).rejects(new BadRequestException({ message: 'bad', $metadata: { httpStatusCode: 400 } }));
    pinpoint.on(GetSegmentCommand).resolves({ SegmentResponse: segmentResponse({ Id: SEG, Name: 'other' }) });

    await run(createEvent(props));
    await run(updateEvent(`${APP}:${SEG}`, props, props));
    await run(deleteEvent(`create-failed:${REQUEST_ID}`, props));
    await run({ ...createEvent(props), RequestType: 'Bogus' });
    // The sender itself fails: its error is logged too.
    await createHandler({
      sendResponse: (url) => Promise.reject(new Error(`PUT ${url} refused`)),
    })(createEvent({ ApplicationId: APP }), fakeContext());

    const output = allConsoleText(consoleOutput);
    expect(output).toContain('https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/arn%3Aaws/Demo/Gold');
    expect(output).toContain('desired segment');
    expect(output).not.toContain(URL_SECRET);
    expect(output).not.toContain('X-Amz-Algorithm');
  });
});
