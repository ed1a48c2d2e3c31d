import { isTransientError, withRetry } from '../../lambda/retry';

function serviceError(name: string, status: number) {
  return Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status } });
}

describe('isTransientError', () => {
  it('retries throttling, 5xx and dropped connections', () => {
    expect(isTransientError(serviceError('TooManyRequestsException', 429))).toBe(true);
    expect(isTransientError(serviceError('InternalServerErrorException', 500))).toBe(true);
    expect(isTransientError(serviceError('UnknownError', 502))).toBe(true);
    expect(isTransientError(Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }))).toBe(true);
    expect(isTransientError(new Error('socket hang up'))).toBe(true);
    expect(isTransientError(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))).toBe(true);
  });

  it('does not retry other 4xx answers, aborts or non-errors', () => {
    expect(isTransientError(serviceError('BadRequestException', 400))).toBe(false);
    expect(isTransientError(serviceError('NotFoundException', 404))).toBe(false);
    expect(isTransientError(serviceError('ForbiddenException', 403))).toBe(false);
    expect(isTransientError(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(false);
    expect(isTransientError('TooManyRequestsException')).toBe(false);
  });
});

/** A sleep that returns at once and records how long it was asked to wait. */
function recordDelay(delays: number[]): (ms: number) => Promise<void> {
  return (ms) => {
    delays.push(ms);
    return Promise.resolve();
  };
}

describe('withRetry', () => {
  it('backs off with full jitter under an exponential ceiling capped at the maximum', async () => {
    const delays: number[] = [];
    let calls = 0;
    const result = await withRetry(
      () => (++calls < 7 ? Promise.reject(serviceError('TooManyRequestsException', 429)) : Promise.resolve('done')),
      {
        signal: new AbortController().signal,
        policy: { baseDelayMs: 100, maxDelayMs: 2000, random: () => 0.999, sleep: recordDelay(delays) },
      },
    );

    expect(result).toBe('done');
    expect(delays).toEqual([99, 199, 399, 799, 1598, 1998]);
  });

  it('uses the random draw, not a fixed delay', async () => {
    const delays: number[] = [];
    let calls = 0;
    await withRetry(
      () => (++calls < 3 ? Promise.reject(serviceError('TooManyRequestsException', 429)) : Promise.resolve()),
      { signal: new AbortController().signal, policy: { random: () => 0.25, sleep: recordDelay(delays) } },
    );

    expect(delays).toEqual([25, 50]);
  });

  it('stops retrying when the signal aborts', async () => {
    const controller = new AbortController();
    let calls = 0;
    const failing = withRetry(
      () => {
        calls++;
        return Promise.reject(serviceError('TooManyRequestsException', 429));
      },
      { signal: controller.signal, policy: { baseDelayMs: 5, maxDelayMs: 5 } },
    );
    setTimeout(() => controller.abort(), 30);

    await expect(failing).rejects.toThrow();
    const callsAtAbort = calls;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(calls).toBe(callsAtAbort);
    expect(calls).toBeGreaterThan(1);
  });

  it('gives up at once on an error that is not transient', async () => {
    let calls = 0;
    await expect(
      withRetry(
        () => {
          calls++;
          return Promise.reject(serviceError('BadRequestException', 400));
        },
        { signal: new AbortController().signal },
      ),
    ).rejects.toThrow('BadRequestException');
    expect(calls).toBe(1);
  });
});
