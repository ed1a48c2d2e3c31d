/**
 * The Pinpoint calls the segment lifecycle needs, each retried by the one policy in retry.ts and
 * cancelled by the event's AbortSignal. NotFound is an answer here, not an error: the calls that
 * can meet it return `undefined` (or `false`).
 */
import {
  CreateSegmentCommand,
  DeleteSegmentCommand,
  GetSegmentCommand,
  GetSegmentsCommand,
  GetSegmentVersionCommand,
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
import { isAmbiguousWriteFailure, isTransientError, RetryPolicy, withRetry } from './retry';

/** How far Pinpoint's clock may be behind ours when matching a CreationDate. */
const CLOCK_SKEW_MS = 60_000;
/** GetSegments pages read when looking for a segment an ambiguous CreateSegment may have made. */
const MAX_SEARCH_PAGES = 20;

export interface SegmentApiOptions {
  readonly client: PinpointClient;
  readonly signal: AbortSignal;
  /** Stays usable after `signal` aborted, to undo a half-done change. @default `signal` */
  readonly undoSignal?: AbortSignal;
  readonly retryPolicy?: RetryPolicy;
  /** Told about every transient error before it is retried (the deadline reason quotes the last). */
  readonly onTransientError?: (error: unknown) => void;
}

export function isNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const e = error as { name?: unknown; $metadata?: { httpStatusCode?: unknown } };
  return e.name === 'NotFoundException' || e.$metadata?.httpStatusCode === 404;
}

export class SegmentApi {
  constructor(private readonly options: SegmentApiOptions) {}

  /** The same calls, for undoing a half-done change: cancelled by the undo signal instead. */
  forUndo(): SegmentApi {
    const { undoSignal } = this.options;
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
   * 5xx, a reset connection) could make a twin that no stack tracks. So before such a retry, the
   * segments of the application are searched for one this call made: the same definition, created
   * since the first attempt. If one is found it is the answer.
   */
  async createSegment(applicationId: string, request: WriteSegmentRequest): Promise<SegmentResponse | undefined> {
    const firstAttemptAt = Date.now();
    let mayHaveWritten = false;
    const output = await this.call('CreateSegment', applicationId, async (abortSignal) => {
      if (mayHaveWritten) {
        const earlier = await this.findCreatedSince(applicationId, request, firstAttemptAt, abortSignal);
        if (earlier) {
          log.warn(`a failed CreateSegment had created segment ${earlier.Id}; using it instead of creating another`);
          return { SegmentResponse: earlier };
        }
      }
      try {
        return await this.options.client.send(
          new CreateSegmentCommand({ ApplicationId: applicationId, WriteSegmentRequest: request }),
          { abortSignal },
        );
      } catch (error) {
        mayHaveWritten ||= isAmbiguousWriteFailure(error);
        throw error;
      }
    });
    return output?.SegmentResponse;
  }

  /**
   * A segment of the application with `request`'s definition, created at or after `since`; the
   * earliest if several. Errors other than transient ones (say, a role without GetSegments) end
   * the search with nothing found, so the create is retried as before.
   */
  private async findCreatedSince(
    applicationId: string,
    request: WriteSegmentRequest,
    since: number,
    abortSignal: AbortSignal,
  ): Promise<SegmentResponse | undefined> {
    const candidates: SegmentResponse[] = [];
    try {
      let token: string | undefined;
      for (let page = 0; page < MAX_SEARCH_PAGES; page++) {
        log.info(`GetSegments ${applicationId}`);
        const output = await this.options.client.send(
          new GetSegmentsCommand({ ApplicationId: applicationId, PageSize: '100', Token: token }),
          { abortSignal },
        );
        for (const segment of output?.SegmentsResponse?.Item ?? []) {
          const created = Date.parse(segment.CreationDate ?? '');
          if (segment.Id && created >= since - CLOCK_SKEW_MS && definitionMatches(request, segment)) {
            candidates.push(segment);
          }
        }
        token = output?.SegmentsResponse?.NextToken;
        if (!token) break;
      }
    } catch (error) {
      if (isTransientError(error)) throw error;
      log.warn('cannot search for a segment the failed CreateSegment may have made', { error: errorSummary(error) });
      return undefined;
    }
    candidates.sort((a, b) => Date.parse(a.CreationDate ?? '') - Date.parse(b.CreationDate ?? ''));
    return candidates[0];
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
    return withRetry(() => send(signal), {
      signal,
      policy: this.options.retryPolicy,
      onRetry: (error, attempt, delayMs) => {
        this.options.onTransientError?.(error);
        log.warn(`${operation} ${target} failed, retrying`, { attempt, delayMs, error: errorSummary(error) });
      },
    });
  }
}
