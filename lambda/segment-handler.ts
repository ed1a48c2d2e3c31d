/**
 * The segment lifecycle (DESIGN.md, "The handler"). It only talks to Pinpoint: the CloudFormation
 * protocol (responses, deadline, failed-create deletes) lives in cfn-response.ts.
 */
import type { PinpointClient, SegmentResponse, WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { describe, InvalidPropertyError } from './coerce';
import { definitionMatches, pruneEmpty, SegmentDefinition } from './compare';
import { errorSummary } from './errors';
import { log } from './log';
import { formatPhysicalId, isAdopted, parsePhysicalId, SegmentRef } from './physical-id';
import { isNotFound, SegmentApi } from './pinpoint';
import { declaredTagKeys, DesiredSegment, parseDesiredSegment, parseSegmentProperties, SegmentProperties } from './properties';
import type { RetryPolicy } from './retry';
import { applyTagChanges, planTagChanges } from './tags';

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
}

/** A segment the event ended on, and the latest response Pinpoint gave for it. */
interface Converged {
  readonly ref: SegmentRef;
  readonly segment: SegmentResponse | undefined;
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
  });
  const requestType: unknown = event.RequestType;
  switch (requestType) {
    case 'Create':
      return onCreate(api, event);
    case 'Update':
      return onUpdate(api, event as Extract<CloudFormationCustomResourceEvent, { RequestType: 'Update' }>);
    case 'Delete':
      return onDelete(api, event as Extract<CloudFormationCustomResourceEvent, { RequestType: 'Delete' }>);
    default:
      throw new InvalidPropertyError(`unknown RequestType ${describe(requestType)}`);
  }
}

async function onCreate(api: SegmentApi, event: CloudFormationCustomResourceEvent): Promise<SegmentEventResult> {
  const desired = readDesired(event.ResourceProperties);
  const converged = await createOrAdopt(api, desired);
  return result(formatPhysicalId(converged.ref), converged);
}

async function onUpdate(
  api: SegmentApi,
  event: Extract<CloudFormationCustomResourceEvent, { RequestType: 'Update' }>,
): Promise<SegmentEventResult> {
  const desired = readDesired(event.ResourceProperties);
  const current = parsePhysicalId(event.PhysicalResourceId);
  if (!current) {
    log.warn('the current physical id was not written by this handler; creating the segment afresh');
    const converged = await createOrAdopt(api, desired);
    return result(formatPhysicalId(converged.ref), converged);
  }

  if (identityMatches(current.current, desired)) {
    const converged = await convergeInPlace(api, desired, current.current, declaredTagKeys(event.OldResourceProperties));
    // The same segment keeps exactly the same physical id (prev part included): any change would
    // make CloudFormation delete "the old one", which is this very segment.
    const physicalId = converged.ref === current.current ? event.PhysicalResourceId : formatPhysicalId(converged.ref);
    return result(physicalId, converged);
  }

  if (current.previous && identityMatches(current.previous, desired)) {
    // A rollback of a replacement: go back to the segment we replaced instead of making a twin.
    // The replacement never touched it, so only keys declared now are managed.
    log.info('returning to the segment this resource had before its replacement', {
      applicationId: current.previous.applicationId,
      segmentId: current.previous.segmentId,
    });
    const converged = await convergeInPlace(api, desired, current.previous, []);
    return result(formatPhysicalId(converged.ref), converged);
  }

  log.info('the segment identity changed; replacing', {
    from: { applicationId: current.current.applicationId, segmentId: current.current.segmentId },
    to: { applicationId: desired.applicationId, segmentId: desired.segmentId ?? '(new)' },
  });
  const converged = await createOrAdopt(api, desired);
  return result(formatPhysicalId(converged.ref, current.current), converged);
}

async function onDelete(
  api: SegmentApi,
  event: Extract<CloudFormationCustomResourceEvent, { RequestType: 'Delete' }>,
): Promise<SegmentEventResult> {
  const physicalResourceId = event.PhysicalResourceId;
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

/** Create flow: a new segment, or adoption of `desired.segmentId`. */
function createOrAdopt(api: SegmentApi, desired: DesiredSegment): Promise<Converged> {
  return desired.segmentId === undefined ? createNew(api, desired) : adopt(api, desired, desired.segmentId);
}

async function createNew(api: SegmentApi, desired: DesiredSegment): Promise<Converged> {
  const { applicationId } = desired;
  const hasTags = Object.keys(desired.tags).length > 0;
  // Pinpoint honours tags on create, so a new segment takes one call.
  const created = await api.createSegment(applicationId, {
    ...writeRequest(desired.definition),
    ...(hasTags ? { tags: desired.tags } : {}),
  });
  const segmentId = created?.Id;
  if (!segmentId) {
    throw new Error('CreateSegment answered without a segment id');
  }
  const ref: SegmentRef = { applicationId, segmentId };
  await undoOnFailure(
    api,
    async () => {
      formatPhysicalId(ref);
      // Only if the response shows the tags did not land (a response without tags is trusted).
      if (created.tags !== undefined) {
        await applyTagChanges(api, created.Arn, planTagChanges(desired.tags, created.tags));
      }
    },
    `deleting the new segment ${segmentId}`,
    (undo) => undo.deleteSegment(applicationId, segmentId),
  );
  return { ref, segment: created };
}

async function adopt(api: SegmentApi, desired: DesiredSegment, segmentId: string): Promise<Converged> {
  const { applicationId } = desired;
  const live = await api.getSegment(applicationId, segmentId);
  if (!live) {
    log.warn(`segment ${segmentId} does not exist; asking UpdateSegment to create it`);
    return putMissingSegment(api, desired, { applicationId, segmentId }, [], true);
  }
  const adoptedVersion = live.Version;
  if (typeof adoptedVersion !== 'number') {
    throw new Error(`GetSegment answered without a Version for segment ${segmentId}, so its pre-adoption version cannot be recorded`);
  }
  log.info(`adopting segment ${segmentId} at version ${adoptedVersion}`);
  const ref: SegmentRef = { applicationId, segmentId, adoptedVersion };
  let latest: SegmentResponse = live;
  await undoOnFailure(
    api,
    async () => {
      formatPhysicalId(ref);
      if (!definitionMatches(desired.definition, live)) {
        latest = (await api.updateSegment(applicationId, segmentId, writeRequest(desired.definition))) ?? live;
      }
      await applyTagChanges(api, latest.Arn ?? live.Arn, planTagChanges(desired.tags, live.tags ?? {}));
    },
    // A failed Create must leave an adopted segment as it found it.
    `restoring version ${adoptedVersion} of segment ${segmentId}`,
    // Whether or not UpdateSegment answered: a write whose answer was lost may still have landed.
    // restoreVersion compares with the live segment and writes only if it differs.
    (undo) => restoreVersion(undo, applicationId, segmentId, adoptedVersion),
  );
  return { ref, segment: latest };
}

/**
 * UpdateSegment on a segment id that does not exist: the documentation says PUT creates, which is
 * unconfirmed. If Pinpoint refuses, its message is the FAILED reason.
 */
async function putMissingSegment(
  api: SegmentApi,
  desired: DesiredSegment,
  ref: SegmentRef,
  previouslyDeclaredKeys: readonly string[],
  deleteOnFailure: boolean,
): Promise<Converged> {
  const put = await api.updateSegment(ref.applicationId, ref.segmentId, writeRequest(desired.definition));
  const tagsStep = () => applyTagChanges(api, put?.Arn, planTagChanges(desired.tags, put?.tags ?? {}, previouslyDeclaredKeys));
  if (deleteOnFailure) {
    await undoOnFailure(api, tagsStep, `deleting the segment ${ref.segmentId} UpdateSegment created`, (undo) =>
      undo.deleteSegment(ref.applicationId, ref.segmentId),
    );
  } else {
    await tagsStep();
  }
  return { ref, segment: put };
}

/**
 * Update of the segment `ref` without changing its identity: GetSegment, UpdateSegment only if the
 * definition differs, then tags. A segment removed by hand is recreated.
 */
async function convergeInPlace(
  api: SegmentApi,
  desired: DesiredSegment,
  ref: SegmentRef,
  previouslyDeclaredKeys: readonly string[],
): Promise<Converged> {
  const live = await api.getSegment(ref.applicationId, ref.segmentId);
  if (!live) {
    if (isAdopted(ref) || desired.segmentId !== undefined) {
      // The id is fixed by the user: only a PUT can bring that very segment back.
      log.warn(`segment ${ref.segmentId} no longer exists; asking UpdateSegment to recreate it`);
      return putMissingSegment(api, desired, ref, previouslyDeclaredKeys, false);
    }
    log.warn(`segment ${ref.segmentId} no longer exists; creating a new one`);
    return createNew(api, desired);
  }
  let latest: SegmentResponse = live;
  if (definitionMatches(desired.definition, live)) {
    log.info(`segment ${ref.segmentId} already has the desired definition`);
  } else {
    latest = (await api.updateSegment(ref.applicationId, ref.segmentId, writeRequest(desired.definition))) ?? live;
  }
  await applyTagChanges(api, latest.Arn ?? live.Arn, planTagChanges(desired.tags, live.tags ?? {}, previouslyDeclaredKeys));
  return { ref, segment: latest };
}

/**
 * Re-applies an earlier version of a segment's definition. `'missing'` if the version or the
 * segment no longer exists.
 */
async function restoreVersion(
  api: SegmentApi,
  applicationId: string,
  segmentId: string,
  version: number,
): Promise<SegmentResponse | undefined | 'missing'> {
  const old = await api.getSegmentVersion(applicationId, segmentId, version);
  if (!old) {
    return 'missing';
  }
  const definition = definitionOf(old);
  const live = await api.getSegment(applicationId, segmentId);
  if (!live) {
    return 'missing';
  }
  if (definitionMatches(definition, live)) {
    // No churn: the live segment already has that definition, so a write would only add a version.
    log.info(`segment ${segmentId} already has the definition of version ${version}`);
    return live;
  }
  log.info(`restoring version ${version} of segment ${segmentId}`);
  log.debug('restored definition', { definition });
  try {
    return await api.updateSegment(applicationId, segmentId, definition);
  } catch (error) {
    if (isNotFound(error)) return 'missing';
    throw error;
  }
}

/** The WriteSegmentRequest that reproduces a stored version: never both Dimensions and SegmentGroups. */
function definitionOf(version: SegmentResponse): WriteSegmentRequest {
  const dimensions = pruneEmpty(version.Dimensions);
  const segmentGroups = pruneEmpty(version.SegmentGroups);
  // A response may carry both (one of them empty or defaulted). Groups with content win; an
  // Include without groups defines nothing.
  const definedBy =
    segmentGroups?.Groups !== undefined
      ? { SegmentGroups: segmentGroups }
      : dimensions !== undefined
        ? { Dimensions: dimensions }
        : {};
  return { ...(version.Name !== undefined ? { Name: version.Name } : {}), ...definedBy };
}

function writeRequest(definition: SegmentDefinition): WriteSegmentRequest {
  return {
    Name: definition.Name,
    ...(definition.Dimensions !== undefined ? { Dimensions: definition.Dimensions } : {}),
    ...(definition.SegmentGroups !== undefined ? { SegmentGroups: definition.SegmentGroups } : {}),
  };
}

/**
 * Runs `step`; if it fails, runs `undo` best-effort and rethrows the step's error (with a note
 * when the undo failed too).
 */
async function undoOnFailure(
  api: SegmentApi,
  step: () => Promise<void>,
  undoDescription: string,
  undo: (api: SegmentApi) => Promise<unknown>,
): Promise<void> {
  try {
    await step();
  } catch (error) {
    log.warn(`${errorSummary(error)}; ${undoDescription}`);
    try {
      // The undo runs on its own signal: it must still work when the deadline aborted the step.
      await undo(api.forUndo());
    } catch (undoError) {
      log.error(`${undoDescription} failed`, { error: errorSummary(undoError) });
      throw new Error(`${errorSummary(error)} (and ${undoDescription} failed: ${errorSummary(undoError)})`);
    }
    throw error;
  }
}

/** Whether the properties name the segment `ref`: same application, and same segment if pinned. */
function identityMatches(ref: SegmentRef, desired: SegmentProperties): boolean {
  if (ref.applicationId !== desired.applicationId) {
    return false;
  }
  // A segmentId pinned to the id the construct created is the same segment, not an adoption.
  return desired.segmentId === undefined ? !isAdopted(ref) : desired.segmentId === ref.segmentId;
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
