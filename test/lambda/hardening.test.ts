/**
 * Handler hardening (issue 10): a per-attempt timeout on each Pinpoint call, response PUT retries
 * that fit inside the time kept for them, and a brief retry of a 403 (IAM propagation).
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { GetSegmentCommand, PinpointClient, SegmentDimensions } from '@aws-sdk/client-pinpoint';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createHandler } from '../../lambda';
import { createHttpResponseSender, customResourceHandler } from '../../lambda/cfn-response';
import { isForbiddenError, withRetry } from '../../lambda/retry';
import { APP, captureResponses, createEvent, FAST_RETRY, fakeContext, SEG, segmentResponse, silenceConsole, updateEvent } from './helpers';

const pinpoint = mockClient(PinpointClient);
const dimensions: SegmentDimensions = { Attributes: { tier: { AttributeType: 'INCLUSIVE', Values: ['gold'] } } };
const props = { ApplicationId: APP, Name: 'Gold', Dimensions: dimensions };

beforeEach(() => {
  pinpoint.reset();
  silenceConsole();
});
afterEach(() => jest.restoreAllMocks());

describe('a per-attempt timeout on each Pinpoint call', () => {
  it('abandons an attempt that stalls and retries, instead of waiting out the whole budget', async () => {
    // The first GetSegment never answers (a dead socket); the second does.
    pinpoint
      .on(GetSegmentCommand)
      .callsFakeOnce(() => new Promise(() => undefined))
      .resolves({ SegmentResponse: segmentResponse({ Id: SEG, Name: 'Gold', Dimensions: dimensions }) });
    const captured = captureResponses();
    const started = Date.now();

    await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY, attemptTimeoutMs: 300 })(
      updateEvent(`${APP}:${SEG}`, props, props),
      fakeContext(20_000),
    );

    expect(captured.only().Status).toBe('SUCCESS');
    expect(pinpoint).toHaveReceivedCommandTimes(GetSegmentCommand, 2);
    // Well before the 15 s budget a stalled attempt would have used.
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('the response PUT', () => {
  /** A server that accepts the PUT and never answers. */
  async function silentServer() {
    let requests = 0;
    const server = http.createServer(() => {
      requests++;
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/arn%3Aaws/Demo/Gold?X-Amz-Signature=SECRETSIG`,
      requests: () => requests,
      close: () => {
        server.closeAllConnections();
        return new Promise((resolve) => server.close(resolve));
      },
    };
  }

  it('gives up by the deadline it is given: attempts and waits are cut to the time left', async () => {
    const server = await silentServer();
    try {
      const started = Date.now();
      await createHttpResponseSender({ attemptTimeoutMs: 1000 })(server.url, '{}', Date.now() + 1500);
      // Five 1 s attempts with their backoff would take about 9 s.
      expect(Date.now() - started).toBeLessThan(3000);
      expect(server.requests()).toBeLessThanOrEqual(3);
    } finally {
      await server.close();
    }
  });

  it('the handler keeps its retries inside the Lambda\'s remaining time', async () => {
    const server = await silentServer();
    try {
      const started = Date.now();
      const handler = customResourceHandler(() => Promise.resolve({ physicalResourceId: 'x' }), {
        sendResponse: createHttpResponseSender({ attemptTimeoutMs: 1000 }),
      });
      await handler({ ...createEvent(props), ResponseURL: server.url }, fakeContext(2500));
      expect(Date.now() - started).toBeLessThan(3500);
    } finally {
      await server.close();
    }
  });
});

describe('a 403', () => {
  const forbidden = () => Object.assign(new Error('not authorized'), { name: 'ForbiddenException', $metadata: { httpStatusCode: 403 } });

  it('is recognised by name or status', () => {
    expect(isForbiddenError(forbidden())).toBe(true);
    expect(isForbiddenError(Object.assign(new Error('x'), { name: 'AccessDeniedException' }))).toBe(true);
    expect(isForbiddenError(Object.assign(new Error('x'), { $metadata: { httpStatusCode: 400 } }))).toBe(false);
  });

  it('is retried while IAM may still be propagating, and then succeeds', async () => {
    let calls = 0;
    let now = 0;
    const result = await withRetry(
      () => (++calls < 4 ? Promise.reject(forbidden()) : Promise.resolve('done')),
      { signal: new AbortController().signal, policy: { now: () => now, sleep: (ms) => Promise.resolve(void (now += ms)) } },
    );
    expect(result).toBe('done');
    expect(calls).toBe(4);
  });

  it('ends as the 403 after at most the window, and never past half the time left', async () => {
    const run = async (deadlineAt?: number) => {
      let calls = 0;
      let now = 0;
      const error = await withRetry(
        () => {
          calls++;
          return Promise.reject(forbidden());
        },
        { signal: new AbortController().signal, deadlineAt, policy: { forbiddenRetryMs: 8000, now: () => now, sleep: (ms) => Promise.resolve(void (now += ms)) } },
      ).catch((e: unknown) => e);
      return { error, calls, waited: now };
    };
    const open = await run();
    expect((open.error as Error).name).toBe('ForbiddenException');
    expect(open.waited).toBeLessThanOrEqual(8000);
    expect(open.calls).toBeGreaterThan(3);
    const tight = await run(2000);
    expect(tight.waited).toBeLessThanOrEqual(1000);
    expect(tight.calls).toBeLessThan(open.calls);
  });
});
