/**
 * Fault injection, per operation or for every operation ('*'). A request meets the faults in this
 * order: throttling (decided on arrival), hang, delay, one-shot failures queued with `failNext`,
 * the standing `error`, then `reset` (before or after the write is applied).
 */
import { ERROR_TYPE_BY_STATUS } from './emulator-errors';

/** Operations the emulator serves. */
export const OPERATIONS = [
  'CreateSegment',
  'UpdateSegment',
  'GetSegment',
  'GetSegments',
  'DeleteSegment',
  'GetSegmentVersion',
  'GetSegmentVersions',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
] as const;

export type OperationName = (typeof OPERATIONS)[number];

/** An operation name, or '*' for every operation. */
export type FaultRoute = OperationName | '*';

/** An error response to answer with instead of serving the request. */
export interface InjectedError {
  /** HTTP status, e.g. 400, 403, 404, 500, 503. */
  readonly status: number;
  /**
   * Sent as `x-amzn-ErrorType`; the SDK exception's `name`.
   * @default - the Pinpoint error type for the status, or 'ServiceUnavailableException' for 503
   */
  readonly type?: string;
  /** @default - a message naming the injected fault */
  readonly message?: string;
}

/** Where a reset happens relative to the request's effect on the state. */
export type ResetWhen = 'before' | 'after';

export interface FaultSpec {
  /** Token bucket: `rate` tokens per second, at most `burst` banked. Over the limit: 429. */
  readonly throttle?: { readonly rate: number; readonly burst: number };
  /**
   * Answer with this error, with `probability` (default 1), at most `times` times (default
   * unlimited), after which it stops firing.
   */
  readonly error?: InjectedError & { readonly probability?: number; readonly times?: number };
  /**
   * Destroy the socket without answering, before or after the write is applied (after: the write
   * happened but the caller cannot know), with `probability` (default 1), at most `times` times.
   */
  readonly reset?: { readonly when: ResetWhen; readonly probability?: number; readonly times?: number };
  /** Wait this long before answering. */
  readonly delayMs?: number;
  /** Never answer; the request stays open until the emulator stops. */
  readonly hang?: boolean;
  /**
   * Hold the request (after it has arrived and been recorded) until this settles, then serve it.
   * For tests that need a request in flight at a known point: ordered by events, not by a timer.
   */
  readonly until?: PromiseLike<unknown>;
}

/** A resolved error to send. */
export interface ErrorAnswer {
  readonly status: number;
  readonly type: string;
  readonly message: string;
}

function resolveError(error: InjectedError, route: string): ErrorAnswer {
  if (!Number.isInteger(error.status) || error.status < 400 || error.status > 599) {
    throw new Error(`injected error status must be 400..599, got ${error.status}`);
  }
  return {
    status: error.status,
    type: error.type ?? ERROR_TYPE_BY_STATUS[error.status] ?? (error.status >= 500 ? 'InternalServerErrorException' : 'BadRequestException'),
    message: error.message ?? `injected fault on ${route}`,
  };
}

class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(readonly rate: number, readonly burst: number, now: number) {
    if (!(rate > 0) || !(burst >= 1)) throw new Error(`throttle needs rate > 0 and burst >= 1, got rate ${rate}, burst ${burst}`);
    this.tokens = burst;
    this.last = now;
  }

  hasToken(now: number): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    return this.tokens >= 1;
  }

  take(): void {
    this.tokens -= 1;
  }
}

interface RouteFaults {
  spec: FaultSpec;
  bucket?: TokenBucket;
  errorsLeft?: number;
  resetsLeft?: number;
}

export interface FaultClock {
  /** Milliseconds; drives the token buckets. */
  readonly now: () => number;
  /** In [0, 1); decides probabilistic faults. */
  readonly random: () => number;
}

/** The fault knobs of a running emulator. */
export class Faults {
  private readonly routes = new Map<FaultRoute, RouteFaults>();
  private readonly queuedErrors = new Map<FaultRoute, ErrorAnswer[]>();
  private readonly queuedResets = new Map<FaultRoute, ResetWhen[]>();

  constructor(private readonly clock: FaultClock) {}

  /** Replaces the standing faults of a route. An empty spec removes them. */
  set(route: FaultRoute, spec: FaultSpec): void {
    const faults: RouteFaults = { spec, errorsLeft: spec.error?.times, resetsLeft: spec.reset?.times };
    if (spec.error) resolveError(spec.error, route);
    if (spec.throttle) faults.bucket = new TokenBucket(spec.throttle.rate, spec.throttle.burst, this.clock.now());
    this.routes.set(route, faults);
  }

  /** The next `count` requests to `route` fail with this error (after throttling, before anything else). */
  failNext(route: FaultRoute, count: number, error: InjectedError): void {
    const answer = resolveError(error, route);
    const queue = this.queuedErrors.get(route) ?? [];
    for (let i = 0; i < count; i++) queue.push(answer);
    this.queuedErrors.set(route, queue);
  }

  /** The next `count` requests to `route` that get this far have their connection reset. */
  resetNext(route: FaultRoute, count: number, when: ResetWhen = 'before'): void {
    const queue = this.queuedResets.get(route) ?? [];
    for (let i = 0; i < count; i++) queue.push(when);
    this.queuedResets.set(route, queue);
  }

  /** Removes the faults of one route, or of every route. */
  clear(route?: FaultRoute): void {
    for (const table of [this.routes, this.queuedErrors, this.queuedResets] as Array<Map<FaultRoute, unknown>>) {
      if (route === undefined) table.clear();
      else table.delete(route);
    }
  }

  /** True when the request may proceed; consumes a token from every bucket that applies. */
  admit(operation: string): boolean {
    const buckets = this.applicable(operation).map((f) => f.bucket).filter((b): b is TokenBucket => b !== undefined);
    const now = this.clock.now();
    const admitted = buckets.map((b) => b.hasToken(now)).every(Boolean);
    if (admitted) buckets.forEach((b) => b.take());
    return admitted;
  }

  hangs(operation: string): boolean {
    return this.applicable(operation).some((f) => f.spec.hang === true);
  }

  /** Settles when every `until` that applies has settled. */
  gate(operation: string): Promise<void> | undefined {
    const gates = this.applicable(operation).map((f) => f.spec.until).filter((u): u is PromiseLike<unknown> => u !== undefined);
    return gates.length === 0 ? undefined : Promise.allSettled(gates).then(() => undefined);
  }

  delayMs(operation: string): number {
    return Math.max(0, ...this.applicable(operation).map((f) => f.spec.delayMs ?? 0));
  }

  /** The error to answer with, if any; consumes it. */
  nextError(operation: string): ErrorAnswer | undefined {
    for (const route of this.routesOf(operation)) {
      const queued = this.queuedErrors.get(route)?.shift();
      if (queued) return queued;
    }
    for (const route of this.routesOf(operation)) {
      const faults = this.routes.get(route);
      const error = faults?.spec.error;
      if (!faults || !error || faults.errorsLeft === 0 || !this.fires(error.probability)) continue;
      if (faults.errorsLeft !== undefined) faults.errorsLeft -= 1;
      return resolveError(error, route);
    }
    return undefined;
  }

  /** Whether and when to reset the connection, if at all; consumes it. */
  nextReset(operation: string): ResetWhen | undefined {
    for (const route of this.routesOf(operation)) {
      const queued = this.queuedResets.get(route)?.shift();
      if (queued) return queued;
    }
    for (const route of this.routesOf(operation)) {
      const faults = this.routes.get(route);
      const reset = faults?.spec.reset;
      if (!faults || !reset || faults.resetsLeft === 0 || !this.fires(reset.probability)) continue;
      if (faults.resetsLeft !== undefined) faults.resetsLeft -= 1;
      return reset.when;
    }
    return undefined;
  }

  private fires(probability: number | undefined): boolean {
    return probability === undefined || this.clock.random() < probability;
  }

  /** The operation's own route first, then '*'. */
  private routesOf(operation: string): FaultRoute[] {
    return [operation as FaultRoute, '*'];
  }

  private applicable(operation: string): RouteFaults[] {
    return this.routesOf(operation).map((r) => this.routes.get(r)).filter((f): f is RouteFaults => f !== undefined);
  }
}
