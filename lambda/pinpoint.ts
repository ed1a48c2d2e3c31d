/**
 * The Pinpoint calls the segment lifecycle needs, each retried by the one policy in retry.ts,
 * bounded per attempt by its own timeout, and cancelled by the event's AbortSignal. NotFound is an
 * answer here, not an error: the calls that can meet it return `undefined` (or `false`).
 */
import {
  CreateSegmentCommand,
  DeleteSegmentCommand,
  GetSegmentCommand,
  GetSegmentsCommand,
  GetSegmentVersionCommand,
  ListTagsForResourceCommand,
  PinpointClient,
  SegmentResponse,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateSegmentCommand,
  WriteSegmentRequest,
} from '@aws-sdk/client-pinpoint';
import { errorSummary } from './errors';
import { log } from './log';
import { definitionMatches } from './compare';
import { OWNERSHIP_TAG_KEY, ownerOf } from './ownership';
import { isAmbiguousWriteFailure, isTransientError, RetryPolicy, withRetry } from './retry';

/** How far Pinpoint's clock may be behind ours when matching a CreationDate. */
const CLOCK_SKEW_MS = 60_000;
/** GetSegments pages read when listing an application's segments (100 each). */
const MAX_LIST_PAGES = 50;
/** How long one attempt of one Pinpoint call may take before it is abandoned and retried. */
export const DEFAULT_ATTEMPT_TIMEOUT_MS = 20_000;

export interface SegmentApiOptions {
  readonly client: PinpointClient;
  readonly signal: AbortSignal;
  /** Stays usable after `signal` aborted, to undo a half-done change. @default `signal` */
  readonly undoSignal?: AbortSignal;
  readonly retryPolicy?: RetryPolicy;
  /** Told about every transient error before it is retried (the deadline reason quotes the last). */
  readonly onTransientError?: (error: unknown) => void;
  /** When `signal` will abort (epoch ms), if known: bounds the retries of a 403. */
  readonly deadlineAt?: number;
  /**
   * One attempt of one call is abandoned (and retried, as a timeout) after this long, so that a
   * stalled connection cannot use the whole budget. @default 20000
   */
  readonly attemptTimeoutMs?: number;
}

/** What an ownership search is looking for, and how to narrow the candidates GetSegments lists. */
export interface OwnedSegmentQuery {
  /** Whether an ownership tag value is the one sought (the whole value, or a prefix of it). */
  readonly owner: (value: string) => boolean;
  /**
   * Segments whose listed tags do not show the ownership key at all are confirmed through
   * ListTagsForResource only if this says they could be the one (say, the same definition).
   * Segments whose listed tags show another owner are never taken.
   */
  readonly couldBe?: (segment: SegmentResponse) => boolean;
  /** Skip these segments outright. */
  readonly exclude?: (segment: SegmentResponse) => boolean;
}

/** A segment whose ownership tag was read with ListTagsForResource. */
export interface OwnedSegment {
  readonly segment: SegmentResponse;
  /** Its tags, as ListTagsForResource answered. */
  readonly tags: Record<string, string>;
}

export function isNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return e.name === 'NotFoundException' || e.$metadata?.httpStatusCode === 404;
}

class AttemptTimeoutError extends Error {
  constructor(operation: string, ms: number) {
    super(`${operation} did not answer within ${ms} ms`);
    // A network-class name: retried, and ambiguous for a write.
    this.name = 'TimeoutError';
  }
}

function abortError(): Error {
  const error = new Error('the operation was aborted');
  error.name = 'AbortError';
  return error;
}

export class SegmentApi {
  constructor(private readonly options: SegmentApiOptions) {}

  /** The signal that cancels these calls. */
  get signal(): AbortSignal {
    return this.options.signal;
  }

  /** The same calls, for undoing a half-done change: cancelled by the undo signal instead. */
  forUndo(): SegmentApi {
    const { undoSignal } = this.options;
    // The same 403 bound: an undo inside the budget must not push the answer past it.
    return undoSignal ? new SegmentApi({ ...this.options, signal: undoSignal, undoSignal: undefined }) : this;
  }

  /** The live segment, or `undefined` if it does not exist. */
  async getSegment(applicationId: string, segmentId: string): Promise<SegmentResponse | undefined> {
    try {
      const output = await this.call('GetSegment', segmentId, (abortSignal) =>
        this.options.client.send(new GetSegmentCommand({ ApplicationId: applicationId, SegmentId: segmentId }), { abortSignal }),
      );
      // A response without a body still proves the segment exists; it has no definition to
      // compare, so it counts as different.
      return output?.SegmentResponse ?? ({} as SegmentResponse);
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /** One version of the segment's history, or `undefined` if it (or the segment) does not exist. */
  async getSegmentVersion(applicationId: string, segmentId: string, version: number): Promise<SegmentResponse | undefined> {
    try {
      const output = await this.call('GetSegmentVersion', segmentId, (abortSignal) =>
        this.options.client.send(
          new GetSegmentVersionCommand({ ApplicationId: applicationId, SegmentId: segmentId, Version: String(version) }),
          { abortSignal },
        ),
      );
      return output?.SegmentResponse;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  /**
   * CreateSegment is not idempotent: a retry after a failure that may have come after the write (a
   * 5xx, a reset connection, an attempt that timed out) could make a twin that no stack tracks. The
   * request carries this event's ownership tag (`owner`), so before such a retry the application's
   * segments are searched for one carrying exactly that value, and if one is found it is the
   * answer. A name or definition alone never is: a twin with the same definition belongs to
   * someone else. With `lookFirst` (a possible second delivery of the same event) the search also
   * runs before the first attempt.
   */
  async createSegment(
    applicationId: string,
    request: WriteSegmentRequest,
    owner: string,
    lookFirst = false,
  ): Promise<OwnedSegment | { segment: SegmentResponse | undefined; tags?: undefined }> {
    const firstAttemptAt = Date.now();
    let mayHaveWritten = lookFirst;
    let found: OwnedSegment | undefined;
    const output = await this.call('CreateSegment', applicationId, async (abortSignal) => {
      if (mayHaveWritten) {
        found = await this.searchForRequest(applicationId, request, owner, lookFirst ? undefined : firstAttemptAt, abortSignal);
        if (found) {
          log.warn(`segment ${found.segment.Id} already carries this request's ownership tag; using it instead of creating another`);
          return undefined;
        }
      }
      try {
        return await this.options.client.send(
          new CreateSegmentCommand({ ApplicationId: applicationId, WriteSegmentRequest: { ...request, tags: { ...request.tags, [OWNERSHIP_TAG_KEY]: owner } } }),
          { abortSignal },
        );
      } catch (error) {
        mayHaveWritten ||= isAmbiguousWriteFailure(error);
        throw error;
      }
    });
    return found ?? { segment: output?.SegmentResponse };
  }

  /**
   * The segment this request's CreateSegment made, if any. Errors other than transient ones (say,
   * a role without GetSegments) end the search with nothing found, so the create goes ahead.
   */
  private async searchForRequest(
    applicationId: string,
    request: WriteSegmentRequest,
    owner: string,
    since: number | undefined,
    abortSignal: AbortSignal,
  ): Promise<OwnedSegment | undefined> {
    try {
      const found = await this.findOwnedSegments(
        applicationId,
        {
          owner: (value) => value === owner,
          // Listed without tags: only a segment with this very definition, made since the first
          // attempt, could be it; ListTagsForResource decides.
          couldBe: (segment) =>
            definitionMatches(request, segment) && (since === undefined || Date.parse(segment.CreationDate ?? '') >= since - CLOCK_SKEW_MS),
        },
        abortSignal,
      );
      found.sort((a, b) => Date.parse(a.segment.CreationDate ?? '') - Date.parse(b.segment.CreationDate ?? ''));
      return found[0];
    } catch (error) {
      if (isTransientError(error) || abortSignal.aborted) throw error;
      log.warn('cannot search for a segment this request may already have made', { error: errorSummary(error) });
      return undefined;
    }
  }

  /**
   * Segments of the application whose ownership tag satisfies `query.owner`, read with
   * ListTagsForResource (GetSegments only narrows the candidates; its `tags` is not taken as the
   * truth). Every GetSegments page is read. Throws what the calls throw.
   */
  async findOwnedSegments(applicationId: string, query: OwnedSegmentQuery, abortSignal?: AbortSignal): Promise<OwnedSegment[]> {
    const run = <T>(operation: string, target: string, send: (signal: AbortSignal) => Promise<T>): Promise<T> =>
      abortSignal ? (log.info(`${operation} ${target}`), this.attempt(operation, abortSignal, send)) : this.call(operation, target, send);
    const candidates: SegmentResponse[] = [];
    let token: string | undefined;
    for (let page = 0; page < MAX_LIST_PAGES; page++) {
      const output = await run('GetSegments', applicationId, (signal) =>
        this.options.client.send(new GetSegmentsCommand({ ApplicationId: applicationId, PageSize: '100', Token: token }), { abortSignal: signal }),
      );
      for (const segment of output?.SegmentsResponse?.Item ?? []) {
        if (!segment.Id || !segment.Arn || query.exclude?.(segment)) continue;
        const listed = ownerOf(segment.tags);
        if (listed !== undefined ? query.owner(listed) : query.couldBe?.(segment) === true) {
          candidates.push(segment);
        }
      }
      token = output?.SegmentsResponse?.NextToken;
      if (!token) break;
    }
    const owned: OwnedSegment[] = [];
    for (const segment of candidates) {
      let tags: Record<string, string> | undefined;
      try {
        tags = await run('ListTagsForResource', segment.Arn!, async (signal) => {
          const output = await this.options.client.send(new ListTagsForResourceCommand({ ResourceArn: segment.Arn }), { abortSignal: signal });
          return output?.TagsModel?.tags ?? {};
        });
      } catch (error) {
        if (isNotFound(error)) continue;
        throw error;
      }
      const value = ownerOf(tags);
      if (value !== undefined && query.owner(value)) {
        owned.push({ segment: { ...segment, tags }, tags });
      }
    }
    return owned;
  }

  /** The segment's tags, read with ListTagsForResource; `undefined` if it no longer exists. */
  async listTags(arn: string): Promise<Record<string, string> | undefined> {
    try {
      const output = await this.call('ListTagsForResource', arn, (abortSignal) =>
        this.options.client.send(new ListTagsForResourceCommand({ ResourceArn: arn }), { abortSignal }),
      );
      return output?.TagsModel?.tags ?? {};
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async updateSegment(applicationId: string, segmentId: string, request: WriteSegmentRequest): Promise<SegmentResponse | undefined> {
    const output = await this.call('UpdateSegment', segmentId, (abortSignal) =>
      this.options.client.send(
        new UpdateSegmentCommand({ ApplicationId: applicationId, SegmentId: segmentId, WriteSegmentRequest: request }),
        { abortSignal },
      ),
    );
    return output?.SegmentResponse;
  }

  /** Deletes the segment; `false` if it was already gone. */
  async deleteSegment(applicationId: string, segmentId: string): Promise<boolean> {
    try {
      await this.call('DeleteSegment', segmentId, (abortSignal) =>
        this.options.client.send(new DeleteSegmentCommand({ ApplicationId: applicationId, SegmentId: segmentId }), { abortSignal }),
      );
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw error;
    }
  }

  async tagResource(arn: string, tags: Record<string, string>): Promise<void> {
    await this.call('TagResource', arn, (abortSignal) =>
      this.options.client.send(new TagResourceCommand({ ResourceArn: arn, TagsModel: { tags } }), { abortSignal }),
    );
  }

  async untagResource(arn: string, keys: string[]): Promise<void> {
    await this.call('UntagResource', arn, (abortSignal) =>
      this.options.client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: keys }), { abortSignal }),
    );
  }

  private call<T>(operation: string, target: string, send: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const { signal } = this.options;
    log.info(`${operation} ${target}`);
    return withRetry(() => this.attempt(operation, signal, send), {
      signal,
      policy: this.options.retryPolicy,
      deadlineAt: this.options.deadlineAt,
      onRetry: (error, attempt, delayMs) => {
        this.options.onTransientError?.(error);
        log.warn(`${operation} ${target} failed, retrying`, { attempt, delayMs, error: errorSummary(error) });
      },
    });
  }

  /**
   * One attempt, on a signal that also aborts after the attempt timeout. The attempt settles when
   * that signal aborts even if the client ignores it; a timeout is thrown as a TimeoutError.
   */
  private async attempt<T>(operation: string, signal: AbortSignal, send: (abortSignal: AbortSignal) => Promise<T>): Promise<T> {
    const timeoutMs = this.options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
    const controller = new AbortController();
    const timeout = new AttemptTimeoutError(operation, timeoutMs);
    let rejectAborted: (reason: unknown) => void = () => undefined;
    const aborted = new Promise<never>((_, reject) => {
      rejectAborted = reject;
    });
    const onAbort = (): void => {
      controller.abort(signal.reason);
      rejectAborted(signal.reason instanceof Error ? signal.reason : abortError());
    };
    const timer = setTimeout(() => {
      controller.abort(timeout);
      rejectAborted(timeout);
    }, timeoutMs);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    try {
      return await Promise.race([send(controller.signal), aborted]);
    } catch (error) {
      throw controller.signal.aborted && !signal.aborted ? timeout : error;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      // A late rejection of `aborted` has no listener left otherwise.
      aborted.catch(() => undefined);
    }
  }
}
