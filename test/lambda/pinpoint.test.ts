/**
 * The handler with the real SDK client (no mock), against a local HTTP server standing in for
 * Pinpoint: endpoint from the environment, one SDK attempt per call, abort at the deadline, and
 * Pinpoint's error message in the reason.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import { createHandler } from '../../lambda';
import { APP, captureResponses, FAST_RETRY, fakeContext, SEG, silenceConsole, updateEvent } from './helpers';

interface FakePinpoint {
  readonly requests: http.IncomingMessage[];
  readonly closedRequests: number;
  close(): Promise<void>;
}

/** Answers each request with the next reply (the last repeats); `undefined` never answers. */
async function fakePinpoint(replies: Array<{ status: number; type?: string; body: unknown } | undefined>): Promise<FakePinpoint> {
  const requests: http.IncomingMessage[] = [];
  let closedRequests = 0;
  const server = http.createServer((req, res) => {
    requests.push(req);
    res.on('close', () => {
      if (!res.writableEnded) closedRequests++;
    });
    req.resume();
    req.on('end', () => {
      const reply = replies[Math.min(requests.length - 1, replies.length - 1)];
      if (!reply) return;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...(reply.type ? { 'x-amzn-ErrorType': reply.type } : {}) });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.AWS_ENDPOINT_URL_PINPOINT = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    requests,
    get closedRequests() {
      return closedRequests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const savedEnv = { ...process.env };
const props = { ApplicationId: APP, Name: 'Gold', Dimensions: { Attributes: { tier: { Values: ['gold'] } } } };
const liveSegment = { ...props, Id: SEG, Arn: `arn:aws:mobiletargeting:us-east-1:1:apps/${APP}/segments/${SEG}`, Version: 3, tags: {} };

beforeEach(() => {
  silenceConsole();
  process.env.AWS_REGION = 'us-east-1';
  process.env.AWS_ACCESS_KEY_ID = 'AKIDEXAMPLE';
  process.env.AWS_SECRET_ACCESS_KEY = 'secret';
  delete process.env.AWS_PROFILE;
});

afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
});

it('reaches Pinpoint at AWS_ENDPOINT_URL_PINPOINT with one SDK attempt per call, retrying throttles itself', async () => {
  const throttle = { status: 429, type: 'TooManyRequestsException', body: { Message: 'Too many requests' } };
  const pinpoint = await fakePinpoint([throttle, throttle, { status: 200, body: liveSegment }]);
  try {
    const captured = captureResponses();

    await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(updateEvent(`${APP}:${SEG}`, props, props), fakeContext());

    expect(captured.only()).toMatchObject({ Status: 'SUCCESS', Data: { Version: 3, SegmentId: SEG } });
    expect(pinpoint.requests.map((r) => `${r.method} ${r.url}`)).toEqual(Array(3).fill(`GET /v1/apps/${APP}/segments/${SEG}`));
    // The SDK's own retries are off: every request is its call's first and only attempt.
    expect(pinpoint.requests.map((r) => r.headers['amz-sdk-request'])).toEqual(Array(3).fill('attempt=1; max=1'));
  } finally {
    await pinpoint.close();
  }
});

it("quotes Pinpoint's error message, prefixed by the exception name", async () => {
  const pinpoint = await fakePinpoint([
    { status: 200, body: { ...liveSegment, Name: 'old' } },
    { status: 400, type: 'BadRequestException', body: { Message: 'Segment dimensions are invalid', RequestID: 'r-1' } },
  ]);
  try {
    const captured = captureResponses();

    await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(updateEvent(`${APP}:${SEG}`, props, props), fakeContext());

    expect(captured.only()).toMatchObject({ Status: 'FAILED', Reason: 'BadRequestException: Segment dimensions are invalid' });
    expect(pinpoint.requests).toHaveLength(2);
  } finally {
    await pinpoint.close();
  }
});

it('aborts the in-flight request when the deadline passes', async () => {
  const pinpoint = await fakePinpoint([undefined]);
  try {
    const captured = captureResponses();

    await createHandler({ sendResponse: captured.send, retryPolicy: FAST_RETRY })(updateEvent(`${APP}:${SEG}`, props, props), fakeContext(400));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(captured.only()).toMatchObject({ Status: 'FAILED', Reason: 'timed out after 0.3s waiting for Pinpoint' });
    expect(pinpoint.requests).toHaveLength(1);
    expect(pinpoint.closedRequests).toBe(1);
  } finally {
    await pinpoint.close();
  }
});
