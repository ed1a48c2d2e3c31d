/**
 * The segment lifecycle (DESIGN.md, "The handler"): which of Create, Update and Delete does what.
 * It only talks to Pinpoint: the CloudFormation protocol (responses, deadline) lives in
 * cfn-response.ts. Bringing a segment to its declared state is in converge.ts, restoring a recorded
 * version in restore.ts, and the ownership-tag clean-ups in ownership-cleanup.ts.
 */
import type { PinpointClient, SegmentResponse } from '@aws-sdk/client-pinpoint';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { describe, InvalidPropertyError } from './coerce';
import { definitionMatches } from './compare';
import { Converged, convergeInPlace, createOrAdopt, CreateContext, identityMatches } from './converge';
import { log } from './log';
import { createContextOf, deleteAfterFailedCreate, removeLateReplacement } from './ownership-cleanup';
import { formatPhysicalId, isAdopted, isCreateFailedId, ParsedPhysicalId, parsePhysicalId, SegmentRef } from './physical-id';
import { SegmentApi } from './pinpoint';
import { declaredTagKeys, DesiredSegment, parseDesiredSegment, parseSegmentProperties, SegmentProperties } from './properties';
import { RequestMemory } from './redelivery';
import { restoreVersion } from './restore';
import { RetryPolicy } from './retry';

/** `Data` of the response: exactly these four attributes (docs/internals.md). */
export interface SegmentAttributes {
  readonly SegmentId: string;
  readonly Arn: string;
  readonly Version?: number;
  readonly ApplicationId: string;
}

export interface SegmentEventResult {
  readonly physicalResourceId: string;
  /** Absent for Delete. */
  readonly data?: SegmentAttributes;
}

export interface SegmentHandlerOptions {
  readonly client: PinpointClient;
  /** Aborts in-flight Pinpoint calls when the deadline passes. */
  readonly signal: AbortSignal;
  /**
   * Bounds the undo of a half-done Create that failed or ran out of time; usable after `signal`
   * aborted. @default `signal`
   */
  readonly undoSignal?: AbortSignal;
  readonly retryPolicy?: RetryPolicy;
  readonly onTransientError?: (error: unknown) => void;
  /** When `signal` aborts (epoch ms), if known: bounds the retries of a 403. */
  readonly deadlineAt?: number;
  /** @default 20000, see SegmentApiOptions */
  readonly attemptTimeoutMs?: number;
  /** The RequestIds this handler instance has started, a redelivery signal. @default none */
  readonly requestMemory?: RequestMemory;
}

export async function handleSegmentEvent(
  event: CloudFormationCustomResourceEvent,
  options: SegmentHandlerOptions,
): Promise<SegmentEventResult> {
  const api = new SegmentApi({
    client: options.client,
    signal: options.signal,
    undoSignal: options.undoSignal,
    retryPolicy: options.retryPolicy,
    onTransientError: options.onTransientError,
    deadlineAt: options.deadlineAt,
    attemptTimeoutMs: options.attemptTimeoutMs,
  });
  const requestType: unknown = event.RequestType;
  const context = (): CreateContext => createContextOf(event, options.requestMemory);
  switch (requestType) {
    case 'Create':
      return onCreate(api, event, context());
    case 'Update':
      return onUpdate(api, event as Extract<CloudFormationCustomResourceEvent, { RequestType: 'Update' }>, context());
    case 'Delete':
      return onDelete(api, event as Extract<CloudFormationCustomResourceEvent, { RequestType: 'Delete' }>);
    default:
      throw new InvalidPropertyError(`unknown RequestType ${describe(requestType)}`);
  }
}

async function onCreate(api: SegmentApi, event: CloudFormationCustomResourceEvent, context: CreateContext): Promise<SegmentEventResult> {
  const desired = readDesired(event.ResourceProperties);
  const converged = await createOrAdopt(api, desired, context);
  return result(formatPhysicalId(converged.ref), converged);
}

async function onUpdate(
  api: SegmentApi,
  event: Extract<CloudFormationCustomResourceEvent, { RequestType: 'Update' }>,
  context: CreateContext,
): Promise<SegmentEventResult> {
  const desired = readDesired(event.ResourceProperties);
  const current = parsePhysicalId(event.PhysicalResourceId);
  if (!current) {
    log.warn('the current physical id was not written by this handler; creating the segment afresh');
    const converged = await createOrAdopt(api, desired, context);
    return result(formatPhysicalId(converged.ref), converged);
  }

  if (identityMatches(current.current, desired)) {
    const converged = await convergeInPlace(api, desired, current.current, declaredTagKeys(event.OldResourceProperties), context);
    await removeLateReplacement(api, event, current, converged);
    // The same segment keeps exactly the same physical id (prev part included): any change would
    // make CloudFormation delete "the old one", which is this very segment.
    const physicalId = converged.ref === current.current ? event.PhysicalResourceId : formatPhysicalId(converged.ref);
    return result(physicalId, converged);
  }

  if (current.previous && identityMatches(current.previous, desired)) {
    // A rollback of a replacement: go back to the segment we replaced instead of making a twin.
    // The replacement never touched it, so only keys declared now are managed. Unless the
    // replacement is long past and the segment was changed since: then this is a new adoption.
    const { ref: previous, live } = await returnableRef(api, desired, current);
    log.info('returning to the segment this resource had before its replacement', {
      applicationId: previous.applicationId,
      segmentId: previous.segmentId,
    });
    const converged = await convergeInPlace(api, desired, previous, [], context, live);
    return result(formatPhysicalId(converged.ref), converged);
  }

  log.info('the segment identity changed; replacing', {
    from: { applicationId: current.current.applicationId, segmentId: current.current.segmentId },
    to: { applicationId: desired.applicationId, segmentId: desired.segmentId ?? '(new)' },
  });
  const converged = await createOrAdopt(api, desired, context);
  return result(formatPhysicalId(converged.ref, current.current), converged);
}

/**
 * The `|prev=` ref to return to. Returning with its recorded pre-adoption version is right for a
 * rollback of the replacement that wrote it: nobody else has touched the segment since the stack
 * left it. But the prev part stays in the physical id until the next replacement, so the same
 * return can also be a re-adoption much later, after the Delete of the old id (and perhaps its
 * restore) and console edits. The recorded version is then stale: restoring it later would wipe
 * those edits. So an adopted previous segment that changed after the stack left it is adopted
 * afresh, at its live version.
 */
async function returnableRef(
  api: SegmentApi,
  desired: DesiredSegment,
  current: ParsedPhysicalId,
): Promise<{ ref: SegmentRef; live?: SegmentResponse | 'missing' }> {
  const previous = current.previous!;
  if (!isAdopted(previous)) {
    return { ref: previous };
  }
  const live = await api.getSegment(previous.applicationId, previous.segmentId);
  if (!live || typeof live.Version !== 'number') {
    return { ref: previous, live: live ?? 'missing' };
  }
  // When the stack left it: the creation of the segment it moved to, if the construct made that one.
  let leftAt: number | undefined;
  if (!isAdopted(current.current)) {
    const replacement = await api.getSegment(current.current.applicationId, current.current.segmentId);
    const created = Date.parse(replacement?.CreationDate ?? '');
    leftAt = Number.isFinite(created) ? created : undefined;
  }
  const modified = Date.parse(live.LastModifiedDate ?? '');
  const changedSince =
    leftAt !== undefined && Number.isFinite(modified)
      ? modified > leftAt
      : // No time to compare with: a rollback finds the segment as the stack last deployed it.
        !definitionMatches(desired.definition, live);
  if (!changedSince || live.Version === previous.adoptedVersion) {
    return { ref: previous, live };
  }
  log.info(`segment ${previous.segmentId} changed after the stack left it; adopting it afresh at version ${live.Version}`);
  return { ref: { ...previous, adoptedVersion: live.Version }, live };
}

async function onDelete(
  api: SegmentApi,
  event: Extract<CloudFormationCustomResourceEvent, { RequestType: 'Delete' }>,
): Promise<SegmentEventResult> {
  const physicalResourceId = event.PhysicalResourceId;
  if (isCreateFailedId(physicalResourceId)) {
    await deleteAfterFailedCreate(api, event, { signal: api.signal });
    return { physicalResourceId };
  }
  const parsed = parsePhysicalId(physicalResourceId);
  if (!parsed) {
    log.warn('the physical id was not written by this handler; nothing to delete');
    return { physicalResourceId };
  }
  let props: SegmentProperties;
  try {
    props = parseSegmentProperties(event.ResourceProperties);
  } catch (error) {
    if (!(error instanceof InvalidPropertyError)) throw error;
    // Without readable properties the handler cannot tell whether this segment is the stack's to
    // delete. Deleting nothing never loses a segment; failing would block the stack's deletion.
    log.warn(`cannot verify that the stack owns this segment (${error.message}); nothing deleted`);
    return { physicalResourceId };
  }
  const ref = parsed.current;
  if (!belongsTo(ref, props)) {
    log.warn('the physical id names a segment these properties do not manage; nothing to delete', {
      applicationId: ref.applicationId,
      segmentId: ref.segmentId,
    });
    return { physicalResourceId };
  }

  if (ref.adoptedVersion === undefined) {
    if (props.retainOnDelete) {
      log.info('removal policy is retain; keeping the segment', { segmentId: ref.segmentId });
    } else if (!(await api.deleteSegment(ref.applicationId, ref.segmentId))) {
      log.info('the segment was already gone', { segmentId: ref.segmentId });
    }
    return { physicalResourceId };
  }

  // An adopted segment is never deleted.
  if (!props.restoreOnDelete) {
    log.info('adopted segment left as last deployed', { segmentId: ref.segmentId });
    return { physicalResourceId };
  }
  const restored = await restoreVersion(api, ref.applicationId, ref.segmentId, ref.adoptedVersion);
  if (restored === 'missing') {
    log.warn(`cannot restore version ${ref.adoptedVersion} of segment ${ref.segmentId}: Pinpoint no longer has it; leaving the segment as it is`);
  }
  return { physicalResourceId };
}

function readDesired(properties: unknown): DesiredSegment {
  const desired = parseDesiredSegment(properties);
  log.debug('desired segment', { definition: desired.definition, tags: desired.tags });
  return desired;
}

/** Whether a Delete's physical id is one these properties manage (docs/internals.md). */
function belongsTo(ref: SegmentRef, props: SegmentProperties): boolean {
  if (ref.applicationId !== props.applicationId) {
    return false;
  }
  return isAdopted(ref) ? props.segmentId === ref.segmentId : props.segmentId === undefined || props.segmentId === ref.segmentId;
}

function result(physicalResourceId: string, converged: Converged): SegmentEventResult {
  const { segment, ref } = converged;
  return {
    physicalResourceId,
    data: {
      SegmentId: segment?.Id ?? ref.segmentId,
      Arn: segment?.Arn ?? '',
      Version: segment?.Version,
      ApplicationId: segment?.ApplicationId ?? ref.applicationId,
    },
  };
}
