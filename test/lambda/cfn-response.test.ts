/**
 * The CloudFormation protocol wrapper on its own: one answer per event, the deadline guard, the
 * 4096-byte cap, and the real PUT against a local HTTP server.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';
import {
  createHttpResponseSender,
  customResourceHandler,
  CustomResourceWork,
  redactUrl,
  renderResponseBody,
  truncateUtf8,
} from '../../lambda/cfn-response';
import { allConsoleText, APP, captureResponses, createEvent, deleteEvent, fakeContext, REQUEST_ID, SEG, silenceConsole, STACK_ID, updateEvent } from './helpers';

let consoleOutput: ReturnType<typeof silenceConsole>;

beforeEach(() => {
  consoleOutput = silenceConsole();
});

afterEach(() => {
  jest.restoreAllMocks();
});

const props = { ApplicationId: APP, Name: 'Gold' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('answering CloudFormation', () => {
  it('answers SUCCESS with the physical id and data the work produced', async () => {
    const captured = captureResponses();
    const handler = customResourceHandler(() => Promise.resolve({ physicalResourceId: `${APP}:${SEG}`, data: { SegmentId: SEG } }), {
      sendResponse: captured.send,
    });

    await handler(createEvent(props), fakeContext());

    expect(captured.only()).toEqual({
      Status: 'SUCCESS',
      PhysicalResourceId: `${APP}:${SEG}`,
      StackId: STACK_ID,
      RequestId: REQUEST_ID,
      LogicalResourceId: 'GoldResource',
      NoEcho: false,
      Data: { SegmentId: SEG },
    });
  });

  it('answers exactly once even when the work throws after the deadline fired', async () => {
    const captured = captureResponses();
    const unhandled = jest.fn();
    process.on('unhandledRejection', unhandled);
    const handler = customResourceHandler(
      async () => {
        await sleep(150);
        throw new Error('late failure');
      },
      { sendResponse: captured.send },
    );

    await handler(updateEvent(`${APP}:${SEG}`, props, props), fakeContext(100));
    await sleep(250);
    process.off('unhandledRejection', unhandled);

    expect(captured.only()).toMatchObject({ Status: 'FAILED', Reason: 'timed out after 0.1s waiting for Pinpoint', PhysicalResourceId: `${APP}:${SEG}` });
    expect(unhandled).not.toHaveBeenCalled();
  });

  it('answers exactly once even when the work succeeds after the deadline fired', async () => {
    const captured = captureResponses();
    const handler = customResourceHandler(
      async () => {
        await sleep(150);
        return { physicalResourceId: 'late' };
      },
      { sendResponse: captured.send },
    );

    await handler(createEvent(props), fakeContext(100));
    await sleep(250);

    expect(captured.only()).toMatchObject({ Status: 'FAILED', PhysicalResourceId: `create-failed:${REQUEST_ID}` });
  });

  it('aborts the work through its signal when the deadline passes', async () => {
    let signal: AbortSignal | undefined;
    const handler = customResourceHandler(
      (_event, work) => {
        signal = work.signal;
        return new Promise(() => undefined);
      },
      { sendResponse: captureResponses().send },
    );

    await handler(createEvent(props), fakeContext(100));

    expect(signal?.aborted).toBe(true);
  });

  it('keeps 15 seconds for the response when there is plenty of time', async () => {
    jest.useFakeTimers();
    try {
      const captured = captureResponses();
      const handler = customResourceHandler(() => new Promise(() => undefined), { sendResponse: captured.send });
      const done = handler(createEvent(props), { getRemainingTimeInMillis: () => 120_000 } as never);

      await jest.advanceTimersByTimeAsync(104_999);
      expect(captured.responses).toHaveLength(0);
      await jest.advanceTimersByTimeAsync(1);
      expect(captured.responses).toHaveLength(1);
      // Work that ignores the abort keeps the handler until just before the Lambda's own end.
      await jest.advanceTimersByTimeAsync(15_000);
      await done;

      expect(captured.only().Reason).toBe('timed out after 105s waiting for Pinpoint');
    } finally {
      jest.useRealTimers();
    }
  });

  it('after a timeout, answers FAILED first and then lets the work undo on its undo signal', async () => {
    const captured = captureResponses();
    const undoCalls: Array<{ answeredWhenUndone: number; undoAborted: boolean }> = [];
    const handler = customResourceHandler(
      async (_event, work) => {
        // The step hangs until the deadline aborts it; then an undo that takes a while.
        await new Promise((resolve) => work.signal.addEventListener('abort', resolve, { once: true }));
        await new Promise((resolve) => setTimeout(resolve, 50));
        undoCalls.push({ answeredWhenUndone: captured.responses.length, undoAborted: work.undoSignal.aborted });
        throw new Error('aborted');
      },
      { sendResponse: captured.send, deadlineReserveMs: 100 },
    );

    await handler(createEvent(props), fakeContext(400));

    expect(captured.only()).toMatchObject({ Status: 'FAILED', Reason: 'timed out after 0.3s waiting for Pinpoint' });
    // The answer did not wait for the undo, the handler did, and the undo's signal was still live.
    expect(undoCalls).toEqual([{ answeredWhenUndone: 1, undoAborted: false }]);
  });

  it('answers FAILED with a readable reason when the work throws something that is not an Error', async () => {
    const cases: Array<[thrown: unknown, reason: string]> = [
      ['plain text', 'plain text'],
      [{ code: 42 }, 'unexpected error: {"code":42}'],
      [undefined, 'unexpected error: undefined'],
    ];
    for (const [thrown, reason] of cases) {
      const captured = captureResponses();
      const work: CustomResourceWork = () =>
        Promise.resolve().then(() => {
          throw thrown;
        });
      await customResourceHandler(work, { sendResponse: captured.send })(createEvent(props), fakeContext());

      expect(captured.only()).toMatchObject({ Status: 'FAILED', Reason: reason });
    }
  });

  it('hands a Delete after a failed Create to the work, which looks for what that Create made', async () => {
    const captured = captureResponses();
    const work = jest.fn(() => Promise.resolve({ physicalResourceId: `create-failed:${REQUEST_ID}` }));

    await customResourceHandler(work, { sendResponse: captured.send })(deleteEvent(`create-failed:${REQUEST_ID}`, props), fakeContext());

    expect(work).toHaveBeenCalledTimes(1);
    expect(captured.only()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: `create-failed:${REQUEST_ID}` });
  });

  it('never throws, even when sending the response throws', async () => {
    const handler = customResourceHandler(() => Promise.resolve({ physicalResourceId: 'x' }), {
      sendResponse: () => Promise.reject(new Error('network down')),
    });

    await expect(handler(createEvent(props), fakeContext())).resolves.toBeUndefined();
    expect(consoleOutput.error).toHaveBeenCalledWith(expect.stringContaining('network down'));
  });
});

describe('the response body', () => {
  const reasonOf = (body: string) => (JSON.parse(body) as { Reason: string }).Reason;

  const base = {
    Status: 'FAILED' as const,
    PhysicalResourceId: `${APP}:${SEG}`,
    StackId: 'arn:aws:cloudformation:us-east-1:123456789012:stack/Demo/x',
    RequestId: REQUEST_ID,
    LogicalResourceId: 'Gold',
    NoEcho: false as const,
  };

  it('is left alone when it fits', () => {
    const body = renderResponseBody({ ...base, Reason: 'short' });

    expect(reasonOf(body)).toBe('short');
  });

  it('cuts a long reason so that the body is at most 4096 bytes, even with escapes and multi-byte characters', () => {
    for (const reason of ['x'.repeat(10_000), '"\n\\'.repeat(5_000), '€'.repeat(5_000), '😀'.repeat(5_000)]) {
      const body = renderResponseBody({ ...base, Reason: reason });

      expect(Buffer.byteLength(body)).toBeLessThanOrEqual(4096);
      expect(Buffer.byteLength(body)).toBeGreaterThan(3800);
      const sent = reasonOf(body);
      expect(sent.endsWith(' [truncated]')).toBe(true);
      expect(reason.startsWith(sent.slice(0, -' [truncated]'.length))).toBe(true);
    }
  });

  it('truncates UTF-8 on character boundaries', () => {
    expect(truncateUtf8('a€b', 3)).toBe('a');
    expect(truncateUtf8('a€b', 4)).toBe('a€');
    expect(truncateUtf8('😀😀', 5)).toBe('😀');
  });
});

describe('redactUrl', () => {
  it('keeps origin and path and drops the presigned query string', () => {
    expect(redactUrl('https://bucket.s3.amazonaws.com/arn%3Aaws/stack/req?X-Amz-Signature=abc&X-Amz-Credential=def')).toBe(
      'https://bucket.s3.amazonaws.com/arn%3Aaws/stack/req',
    );
    expect(redactUrl('not a url ?secret')).toBe('<unparseable ResponseURL>');
  });
});

describe('the HTTP PUT', () => {
  interface Received {
    method?: string;
    url?: string;
    headers: http.IncomingHttpHeaders;
    body: string;
  }

  /** A local server answering with the given statuses in turn (the last one repeats). */
  async function responseServer(statuses: number[]) {
    const received: Received[] = [];
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        received.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.statusCode = statuses[Math.min(received.length - 1, statuses.length - 1)];
        res.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      received,
      url: `http://127.0.0.1:${port}/arn%3Aaws/Demo/Gold?X-Amz-Signature=SECRETSIG`,
      close: () => new Promise((resolve) => server.close(resolve)),
    };
  }

  it('PUTs the body with an empty content-type and its byte length', async () => {
    const server = await responseServer([200]);
    try {
      const body = JSON.stringify({ Status: 'FAILED', Reason: 'ünïcödé 🚀' });

      await createHttpResponseSender()(server.url, body);

      expect(server.received).toHaveLength(1);
      const [request] = server.received;
      expect(request.method).toBe('PUT');
      expect(request.url).toBe('/arn%3Aaws/Demo/Gold?X-Amz-Signature=SECRETSIG');
      expect(request.headers['content-type']).toBe('');
      expect(request.headers['content-length']).toBe(String(Buffer.byteLength(body)));
      expect(Number(request.headers['content-length'])).toBeGreaterThan(body.length);
      expect(request.body).toBe(body);
    } finally {
      await server.close();
    }
  });

  it('retries after failed attempts until one is accepted', async () => {
    const server = await responseServer([500, 503, 200]);
    try {
      await createHttpResponseSender({ baseDelayMs: 1 })(server.url, '{"Status":"SUCCESS"}');

      expect(server.received).toHaveLength(3);
      expect(server.received.every((r) => r.body === '{"Status":"SUCCESS"}')).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('gives up after its attempts without throwing, logging a clear error without the query string', async () => {
    const server = await responseServer([500]);
    try {
      await expect(createHttpResponseSender({ attempts: 3, baseDelayMs: 1 })(server.url, '{}')).resolves.toBeUndefined();

      expect(server.received).toHaveLength(3);
      expect(consoleOutput.error).toHaveBeenCalledWith(expect.stringContaining('could not deliver the response'));
      const output = allConsoleText(consoleOutput);
      expect(output).toContain('/arn%3Aaws/Demo/Gold');
      expect(output).not.toContain('SECRETSIG');
    } finally {
      await server.close();
    }
  });

  it('does not throw when nothing listens at the ResponseURL', async () => {
    const server = await responseServer([200]);
    const { url } = server;
    await server.close();

    await expect(createHttpResponseSender({ attempts: 2, baseDelayMs: 1 })(url, '{}')).resolves.toBeUndefined();
    expect(consoleOutput.error).toHaveBeenCalledWith(expect.stringContaining('after 2 attempts'));
    expect(allConsoleText(consoleOutput)).not.toContain('SECRETSIG');
  });

  it('is what the handler uses by default, end to end', async () => {
    const server = await responseServer([200]);
    try {
      const handler = customResourceHandler(() => Promise.resolve({ physicalResourceId: `${APP}:${SEG}` }));

      await handler({ ...createEvent(props), ResponseURL: server.url }, fakeContext());

      expect(server.received).toHaveLength(1);
      expect(JSON.parse(server.received[0].body)).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: `${APP}:${SEG}` });
      expect(allConsoleText(consoleOutput)).not.toContain('SECRETSIG');
    } finally {
      await server.close();
    }
  });
});
