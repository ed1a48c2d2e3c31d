/**
 * The CLI's AWS clients: the real SDK v3 clients for Pinpoint and CloudFormation, with the usual
 * region and credential chain and `AWS_ENDPOINT_URL_PINPOINT` / `AWS_ENDPOINT_URL_CLOUDFORMATION`.
 * Every request passes a client-side token bucket first (Pinpoint: 25 requests per second, burst
 * 25, its documented default quota), and every call is retried by the handler's own policy
 * (lambda/retry.ts): the SDK itself makes one attempt per call.
 */
import { setMaxListeners } from 'events';
import { CloudFormationClient, ListStackResourcesCommand, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import { GetSegmentCommand, ListTagsForResourceCommand, PinpointClient, SegmentResponse } from '@aws-sdk/client-pinpoint';
import { isNotFound } from '../../lambda/pinpoint';
import { isThrottlingError, RetryPolicy, withRetry } from '../../lambda/retry';

/** Pinpoint's documented default rate and burst quota per operation (requests per second). */
export const PINPOINT_RATE = 25;
/**
 * CloudFormation does not document a rate for its read APIs; the CLI makes only a handful of
 * paginated calls, one after the other, and keeps well below any plausible limit.
 */
export const CLOUDFORMATION_RATE = 5;
/**
 * The handler retries until its deadline; a command line has none, so it gives up after this many
 * attempts: few for failures that persist (an endpoint that refuses connections), many for
 * throttling, which the rate limiter keeps rare.
 */
export const MAX_ATTEMPTS = 6;
export const MAX_THROTTLED_ATTEMPTS = 40;

/** A token bucket that callers wait on, first come first served. */
export class RateLimiter {
  private tokens: number;
  private last: number;
  private queue: Promise<void> = Promise.resolve();

  constructor(
    private readonly rate: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {
    if (!(rate > 0) || !(burst >= 1)) throw new Error('a rate limiter needs a positive rate and a burst of at least 1');
    this.tokens = burst;
    this.last = now();
  }

  /** Resolves when one request may go. */
  take(): Promise<void> {
    const turn = this.queue.then(() => this.acquire());
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  private async acquire(): Promise<void> {
    for (;;) {
      const now = this.now();
      this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
      this.last = now;
      if (this.tokens >= 1) {
        this.tokens -= 1;
        return;
      }
      await this.sleep(Math.ceil(((1 - this.tokens) / this.rate) * 1000));
    }
  }
}

export interface ClientOptions {
  /** @default the SDK's region chain (AWS_REGION, the profile's region) */
  readonly region?: string;
  /** @default the SDK's credential chain (AWS_PROFILE, ...) */
  readonly profile?: string;
  /** Pinpoint requests per second. @default 25 */
  readonly rate?: number;
  /** @default the handler's policy */
  readonly retryPolicy?: RetryPolicy;
}

/** Lets a request through `limiter` before the SDK sends it. */
function throttleRequests(client: PinpointClient | CloudFormationClient, limiter: RateLimiter): void {
  type Next = (args: unknown) => Promise<unknown>;
  const stack = client.middlewareStack as unknown as { add(middleware: (next: Next) => Next, options: object): void };
  stack.add(
    (next) => async (args) => {
      await limiter.take();
      return next(args);
    },
    { step: 'finalizeRequest', name: 'pinpointSegmentCliRateLimit' },
  );
}

/** Everything a subcommand needs to talk to AWS. */
export class Aws {
  readonly pinpoint: PinpointClient;
  readonly signal: AbortSignal;
  readonly retryPolicy?: RetryPolicy;
  private cfn?: CloudFormationClient;
  private readonly controller = new AbortController();

  constructor(private readonly options: ClientOptions = {}) {
    const rate = options.rate ?? PINPOINT_RATE;
    this.pinpoint = new PinpointClient({ maxAttempts: 1, region: options.region, profile: options.profile });
    throttleRequests(this.pinpoint, new RateLimiter(rate, Math.max(1, Math.min(rate, PINPOINT_RATE))));
    this.signal = this.controller.signal;
    // Every call in flight listens on the one signal.
    setMaxListeners(0, this.signal);
    this.retryPolicy = options.retryPolicy;
  }

  get cloudFormation(): CloudFormationClient {
    if (!this.cfn) {
      this.cfn = new CloudFormationClient({ maxAttempts: 1, region: this.options.region, profile: this.options.profile });
      throttleRequests(this.cfn, new RateLimiter(CLOUDFORMATION_RATE, CLOUDFORMATION_RATE));
    }
    return this.cfn;
  }

  /** Runs one SDK call under the handler's retry policy. */
  call<T>(send: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    return withRetry(() => send(this.signal), {
      signal: this.signal,
      policy: this.retryPolicy,
      onRetry: (error, attempt) => {
        if (attempt >= (isThrottlingError(error) ? MAX_THROTTLED_ATTEMPTS : MAX_ATTEMPTS)) throw error;
      },
    });
  }

  /** A signal for one handler event: aborted by `destroy()` or after the Lambda function's timeout. */
  eventSignal(timeoutMs = 120_000): AbortSignal {
    const signal = AbortSignal.any([this.signal, AbortSignal.timeout(timeoutMs)]);
    setMaxListeners(0, signal);
    return signal;
  }

  /** The live segment; `undefined` if it does not exist. */
  async getSegment(applicationId: string, segmentId: string): Promise<SegmentResponse | undefined> {
    try {
      const output = await this.call((abortSignal) =>
        this.pinpoint.send(new GetSegmentCommand({ ApplicationId: applicationId, SegmentId: segmentId }), { abortSignal }),
      );
      return output.SegmentResponse ?? ({} as SegmentResponse);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** The segment's tags; `undefined` if the segment does not exist. */
  async listTags(arn: string): Promise<Record<string, string> | undefined> {
    try {
      const output = await this.call((abortSignal) =>
        this.pinpoint.send(new ListTagsForResourceCommand({ ResourceArn: arn }), { abortSignal }),
      );
      return output.TagsModel?.tags ?? {};
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** Every resource of the stack, following NextToken. */
  async listStackResources(stackName: string): Promise<StackResourceSummary[]> {
    const resources: StackResourceSummary[] = [];
    let token: string | undefined;
    do {
      const output = await this.call((abortSignal) =>
        this.cloudFormation.send(new ListStackResourcesCommand({ StackName: stackName, NextToken: token }), { abortSignal }),
      );
      resources.push(...(output.StackResourceSummaries ?? []));
      token = output.NextToken || undefined;
    } while (token);
    return resources;
  }

  destroy(): void {
    this.controller.abort();
    this.pinpoint.destroy();
    this.cfn?.destroy();
  }
}

/**
 * Runs `work` over `items` with at most `concurrency` in flight; results in input order.
 * `onDone` is told after each item.
 */
export async function mapConcurrently<T, R>(
  items: readonly T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<R>,
  onDone?: (done: number) => void,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
      onDone?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  return results;
}

/** Progress on stderr, for runs over more than `threshold` segments. */
export function progressReporter(what: string, total: number, threshold = 20): ((done: number) => void) | undefined {
  if (total <= threshold) return undefined;
  const step = Math.max(1, Math.ceil(total / 10));
  return (done) => {
    if (done % step === 0 || done === total) process.stderr.write(`${what}: ${done}/${total}\n`);
  };
}
