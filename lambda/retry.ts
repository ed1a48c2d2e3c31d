/**
 * The one retry policy for Pinpoint calls. The SDK client is built with `maxAttempts: 1` so that
 * retries happen only here: the SDK's own retry token bucket is shared per client process and
 * starves when many events run in one process (the offline rehearsal and the benchmarks run 200
 * concurrent events).
 *
 * Transient failures are retried with full-jitter exponential backoff and no attempt limit: the
 * deadline guard in cfn-response.ts ends the work through the AbortSignal, and its FAILED reason
 * then carries the last transient error.
 */

export interface RetryPolicy {
  /** First backoff ceiling. @default 100 */
  readonly baseDelayMs?: number;
  /** Largest backoff ceiling. @default 2000 */
  readonly maxDelayMs?: number;
  /** Source of randomness in [0, 1), injectable for tests. @default Math.random */
  readonly random?: () => number;
  /** Waits `ms` or rejects when `signal` aborts; injectable for tests. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

export interface RetryContext {
  readonly signal: AbortSignal;
  readonly policy?: RetryPolicy;
  /** Told about every transient error before its retry. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
}

const THROTTLING_NAMES = new Set(['TooManyRequestsException', 'ThrottlingException', 'Throttling']);
const SERVER_ERROR_NAMES = new Set(['InternalServerErrorException', 'ServiceUnavailableException', 'InternalFailure']);
const NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_SOCKET',
]);
const NETWORK_NAMES = new Set(['TimeoutError', 'RequestTimeout', 'RequestTimeoutException']);

/**
 * Whether `error` is worth another attempt: throttling, a 5xx, or a network failure. Other 4xx
 * responses (bad request, not found, forbidden) are answers, not accidents.
 */
export function isTransientError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const e = error as { name?: unknown; code?: unknown; message?: unknown; $metadata?: { httpStatusCode?: unknown } };
  const name = typeof e.name === 'string' ? e.name : '';
  if (name === 'AbortError') {
    return false;
  }
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  if (THROTTLING_NAMES.has(name) || SERVER_ERROR_NAMES.has(name) || status === 429 || (status !== undefined && status >= 500)) {
    return true;
  }
  if (typeof e.code === 'string' && NETWORK_CODES.has(e.code)) {
    return true;
  }
  if (NETWORK_CODES.has(name) || NETWORK_NAMES.has(name)) {
    return true;
  }
  return typeof e.message === 'string' && /socket hang up|ECONNRESET|EPIPE|ETIMEDOUT/i.test(e.message);
}

/** Whether `error` is throttling: the service refused the request before doing anything. */
export function isThrottlingError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return (typeof e.name === 'string' && THROTTLING_NAMES.has(e.name)) || e.$metadata?.httpStatusCode === 429;
}

/**
 * Whether a failed write may nevertheless have happened: a transient failure that is not
 * throttling (a 5xx, a reset connection, a timeout) can come after the service applied the write.
 */
export function isAmbiguousWriteFailure(error: unknown): boolean {
  return isTransientError(error) && !isThrottlingError(error);
}

/**
 * Runs `attempt` until it succeeds, fails with a non-transient error, or `signal` aborts.
 */
export async function withRetry<T>(attempt: () => Promise<T>, context: RetryContext): Promise<T> {
  const policy = context.policy ?? {};
  const base = policy.baseDelayMs ?? 100;
  const cap = policy.maxDelayMs ?? 2000;
  const random = policy.random ?? Math.random;
  const sleep = policy.sleep ?? abortableSleep;
  for (let attemptNumber = 1; ; attemptNumber++) {
    throwIfAborted(context.signal);
    try {
      return await attempt();
    } catch (error) {
      if (context.signal.aborted || !isTransientError(error)) {
        throw error;
      }
      // Full jitter: anywhere between 0 and the exponential ceiling, so that concurrent events
      // hitting the same throttle spread out instead of retrying in lockstep.
      const ceiling = Math.min(cap, base * 2 ** Math.min(attemptNumber - 1, 30));
      const delayMs = Math.floor(random() * ceiling);
      context.onRetry?.(error, attemptNumber, delayMs);
      await sleep(delayMs, context.signal);
    }
  }
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) {
    throw signal.reason instanceof Error ? signal.reason : abortError();
  }
}

function abortError(): Error {
  const error = new Error('the operation was aborted');
  error.name = 'AbortError';
  return error;
}

/** Resolves after `ms`, or rejects as soon as `signal` aborts. */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason instanceof Error ? signal.reason : abortError());
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : abortError());
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
