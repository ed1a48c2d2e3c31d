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
  /**
   * How long a 403 (ForbiddenException, AccessDenied) keeps being retried, from the first one a call
   * meets. Right after CloudFormation changed the role or its policy, IAM may not have propagated
   * yet; a real refusal still ends as FAILED with Pinpoint's message, this much later. Never more
   * than half of the time left when the first 403 came, so the answer is the 403, not a timeout.
   * @default 8000
   */
  readonly forbiddenRetryMs?: number;
  /** Milliseconds clock for the 403 window; injectable for tests. @default Date.now */
  readonly now?: () => number;
}

export interface RetryContext {
  readonly signal: AbortSignal;
  readonly policy?: RetryPolicy;
  /** Told about every transient error before its retry. */
  readonly onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  /** When the work's budget ends (epoch ms, on the policy's clock); bounds the 403 window. */
  readonly deadlineAt?: number;
}

/** First wait after a 403, doubled up to {@link FORBIDDEN_MAX_DELAY_MS}. */
const FORBIDDEN_BASE_DELAY_MS = 250;
const FORBIDDEN_MAX_DELAY_MS = 2000;
const DEFAULT_FORBIDDEN_RETRY_MS = 8000;
const FORBIDDEN_NAMES = new Set(['ForbiddenException', 'AccessDeniedException', 'AccessDenied']);

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

/** Whether `error` is a 403: not allowed (perhaps only not yet, while IAM propagates). */
export function isForbiddenError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return (typeof e.name === 'string' && FORBIDDEN_NAMES.has(e.name)) || e.$metadata?.httpStatusCode === 403;
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
 * Runs `attempt` until it succeeds, fails with a non-transient error, or `signal` aborts. A 403
 * is retried too, but only for a short window (see {@link RetryPolicy.forbiddenRetryMs}).
 */
export async function withRetry<T>(attempt: () => Promise<T>, context: RetryContext): Promise<T> {
  const policy = context.policy ?? {};
  const base = policy.baseDelayMs ?? 100;
  const cap = policy.maxDelayMs ?? 2000;
  const random = policy.random ?? Math.random;
  const sleep = policy.sleep ?? abortableSleep;
  const now = policy.now ?? Date.now;
  const forbiddenRetryMs = policy.forbiddenRetryMs ?? DEFAULT_FORBIDDEN_RETRY_MS;
  let forbiddenSince: number | undefined;
  let forbiddenCount = 0;
  for (let attemptNumber = 1; ; attemptNumber++) {
    throwIfAborted(context.signal);
    try {
      return await attempt();
    } catch (error) {
      if (context.signal.aborted) {
        throw error;
      }
      let delayMs: number;
      if (isTransientError(error)) {
        // Full jitter: anywhere between 0 and the exponential ceiling, so that concurrent events
        // hitting the same throttle spread out instead of retrying in lockstep.
        const ceiling = Math.min(cap, base * 2 ** Math.min(attemptNumber - 1, 30));
        delayMs = Math.floor(random() * ceiling);
      } else if (isForbiddenError(error)) {
        const at = now();
        forbiddenSince ??= at;
        const left = context.deadlineAt === undefined ? Infinity : Math.max(0, context.deadlineAt - forbiddenSince);
        const windowMs = Math.min(forbiddenRetryMs, left / 2);
        delayMs = Math.min(FORBIDDEN_MAX_DELAY_MS, FORBIDDEN_BASE_DELAY_MS * 2 ** Math.min(forbiddenCount, 30));
        forbiddenCount++;
        if (at + delayMs - forbiddenSince > windowMs) {
          throw error;
        }
      } else {
        throw error;
      }
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
