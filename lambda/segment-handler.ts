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
import { ownerTagValue, resourceOwnerPrefix } from './ownership';
import { createFailedRequestId, formatPhysicalId, isAdopted, isCreateFailedId, ParsedPhysicalId, parsePhysicalId, SegmentRef } from './physical-id';
import { isNotFound, OwnedSegment, SegmentApi } from './pinpoint';
import { declaredTagKeys, DesiredSegment, parseDesiredSegment, parseSegmentProperties, SegmentProperties } from './properties';
import { mayBeRedelivery, RequestMemory } from './redelivery';
import { isTransientError, RetryPolicy } from './retry';
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
  /** When `signal` aborts (epoch ms), if known: bounds the retries of a 403. */
  readonly deadlineAt?: number;
  /** @default 20000, see SegmentApiOptions */
  readonly attemptTimeoutMs?: number;
  /** The RequestIds this handler instance has started, a redelivery signal. @default none */
  readonly requestMemory?: RequestMemory;
}

/** What a create needs to know about the event: whose segment it makes, and whether to look first. */
interface CreateContext {
  /** The ownership tag value for this event's request. */
  readonly owner: string;
  /** The event may be a second delivery: look for the first delivery's segment before creating. */
  readonly mayBeRedelivery: boolean;
}

/** How long after the segment a rollback returns to may a failed replacement's late segment be made. */
const LATE_SEGMENT_WINDOW_MS = 60 * 60 * 1000;

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
    deadlineAt: options.deadlineAt,
    attemptTimeoutMs: options.attemptTimeoutMs,
  });
  const requestType: unknown = event.RequestType;
  const context = (): CreateContext => ({
    owner: ownerTagValue({ stackId: event.StackId, logicalResourceId: event.LogicalResourceId, requestId: event.RequestId }),
    mayBeRedelivery: mayBeRedelivery(options.requestMemory?.remember(event.RequestId) ?? false, event.ResponseURL),
  });
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

/**
 * The rollback of a failed replacing Update. CloudFormation sends it as an Update with the
 * original physical id (the failed Update kept it), the original properties as ResourceProperties
 * and the failed ones as OldResourceProperties. If the failed Update was to create a segment
 * elsewhere (another application, or a created segment in place of an adopted one), its
 * CreateSegment may have completed after the handler gave up: a segment nobody tracks. This finds
 * it by this stack's and logical resource's ownership tag and deletes it.
 *
 * What is never deleted: the segment the resource is on (current, previous and the one converged
 * to), anything without this resource's ownership tag, a segment whose definition differs from the
 * failed properties, and anything created before the segment the rollback returns to (or, if that
 * one is adopted, more than an hour ago): a segment this resource made in an earlier life and
 * kept (removal policy retain) predates it. Best effort: a failure is logged, never fails the
 * rollback.
 */
async function removeLateReplacement(
  api: SegmentApi,
  event: Extract<CloudFormationCustomResourceEvent, { RequestType: 'Update' }>,
  current: ParsedPhysicalId,
  converged: Converged,
): Promise<void> {
  let failed: DesiredSegment;
  try {
    failed = parseDesiredSegment(event.OldResourceProperties);
  } catch {
    return;
  }
  // Only a create can leave a late segment, and only a replacement creates.
  if (failed.segmentId !== undefined || identityMatches(current.current, failed)) {
    return;
  }
  const keep = new Set(
    [current.current, current.previous, converged.ref]
      .filter((ref): ref is SegmentRef => ref !== undefined && ref.applicationId === failed.applicationId)
      .map((ref) => ref.segmentId),
  );
  const reference = Date.parse(converged.segment?.CreationDate ?? '');
  const notBefore = !isAdopted(converged.ref) && Number.isFinite(reference) ? reference : Date.now() - LATE_SEGMENT_WINDOW_MS;
  const prefix = resourceOwnerPrefix(event.StackId, event.LogicalResourceId);
  try {
    const late = await api.findOwnedSegments(failed.applicationId, {
      owner: (value) => value.startsWith(prefix),
      couldBe: (segment) => definitionMatches(failed.definition, segment),
      exclude: (segment) =>
        keep.has(segment.Id!) || !definitionMatches(failed.definition, segment) || !(Date.parse(segment.CreationDate ?? '') > notBefore),
    });
    for (const { segment } of late) {
      log.warn(`deleting segment ${segment.Id}, which the failed replacement created after it gave up`);
      await api.deleteSegment(failed.applicationId, segment.Id!);
    }
  } catch (error) {
    log.warn('could not look for a segment the failed replacement may have left', { error: errorSummary(error) });
  }
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

/**
 * The Delete after a failed Create: deletes exactly the segments that carry the failed request's
 * ownership tag (a CreateSegment that completed after the handler gave up), and nothing else. An
 * adopting Create writes no ownership, so there is nothing to look for.
 */
async function deleteAfterFailedCreate(
  api: SegmentApi,
  event: Extract<CloudFormationCustomResourceEvent, { RequestType: 'Delete' }>,
  options: { readonly signal: AbortSignal },
): Promise<void> {
  let props: DesiredSegment | SegmentProperties;
  try {
    props = parseSegmentProperties(event.ResourceProperties);
  } catch (error) {
    if (!(error instanceof InvalidPropertyError)) throw error;
    log.warn(`delete after a failed create: the properties cannot be read (${error.message}); nothing deleted`);
    return;
  }
  if (props.segmentId !== undefined) {
    log.info('delete after a failed create of an adopted segment: nothing to do');
    return;
  }
  let definition: SegmentDefinition | undefined;
  try {
    definition = parseDesiredSegment(event.ResourceProperties).definition;
  } catch {
    definition = undefined;
  }
  const requestId = createFailedRequestId(event.PhysicalResourceId);
  const owner = ownerTagValue({ stackId: event.StackId, logicalResourceId: event.LogicalResourceId, requestId });
  let found: OwnedSegment[];
  try {
    found = await api.findOwnedSegments(props.applicationId, {
      owner: (value) => value === owner,
      couldBe: (segment) => definition !== undefined && definitionMatches(definition, segment),
    });
  } catch (error) {
    if (isTransientError(error) || options.signal.aborted) {
      // Out of time: FAILED, so that the Delete can be tried again.
      throw error;
    }
    // A refusal (after its short retry): nothing is known to exist, and failing would block the
    // stack's rollback or deletion.
    log.warn(`delete after a failed create: cannot look for what it made (${errorSummary(error)}); nothing deleted`);
    return;
  }
  if (found.length === 0) {
    log.info('delete after a failed create: it made no segment');
  }
  for (const { segment } of found) {
    log.warn(`deleting segment ${segment.Id}, which the failed create made after it gave up`);
    await api.deleteSegment(props.applicationId, segment.Id!);
  }
}

function readDesired(properties: unknown): DesiredSegment {
  const desired = parseDesiredSegment(properties);
  log.debug('desired segment', { definition: desired.definition, tags: desired.tags });
  return desired;
}

/** Create flow: a new segment, or adoption of `desired.segmentId`. */
function createOrAdopt(api: SegmentApi, desired: DesiredSegment, context: CreateContext): Promise<Converged> {
  return desired.segmentId === undefined ? createNew(api, desired, context) : adopt(api, desired, desired.segmentId);
}

async function createNew(api: SegmentApi, desired: DesiredSegment, context: CreateContext): Promise<Converged> {
  const { applicationId } = desired;
  // Pinpoint honours tags on create, so a new segment takes one call; it carries the ownership tag.
  const outcome = await api.createSegment(
    applicationId,
    { ...writeRequest(desired.definition), tags: { ...desired.tags } },
    context.owner,
    context.mayBeRedelivery,
  );
  const created = outcome.segment;
  const segmentId = created?.Id;
  if (!segmentId) {
    throw new Error('CreateSegment answered without a segment id');
  }
  const ref: SegmentRef = { applicationId, segmentId };
  await undoOnFailure(
    api,
    async () => {
      formatPhysicalId(ref);
      // Only if the response shows the tags did not land (a response without tags is trusted); a
      // segment found by its ownership tag has the tags ListTagsForResource read.
      const tags = outcome.tags ?? created.tags;
      if (tags !== undefined) {
        await applyTagChanges(api, created.Arn, planTagChanges(desired.tags, tags));
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
      await convergeTags(api, latest.Arn ?? live.Arn, desired.tags, []);
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
  context: CreateContext,
  prefetched?: SegmentResponse | 'missing',
): Promise<Converged> {
  const live = prefetched === 'missing' ? undefined : (prefetched ?? (await api.getSegment(ref.applicationId, ref.segmentId)));
  if (!live) {
    if (isAdopted(ref) || desired.segmentId !== undefined) {
      // The id is fixed by the user: only a PUT can bring that very segment back.
      log.warn(`segment ${ref.segmentId} no longer exists; asking UpdateSegment to recreate it`);
      return putMissingSegment(api, desired, ref, previouslyDeclaredKeys, false);
    }
    log.warn(`segment ${ref.segmentId} no longer exists; creating a new one`);
    return createNew(api, desired, context);
  }
  let latest: SegmentResponse = live;
  if (definitionMatches(desired.definition, live)) {
    log.info(`segment ${ref.segmentId} already has the desired definition`);
  } else {
    latest = (await api.updateSegment(ref.applicationId, ref.segmentId, writeRequest(desired.definition))) ?? live;
  }
  await convergeTags(api, latest.Arn ?? live.Arn, desired.tags, previouslyDeclaredKeys);
  return { ref, segment: latest };
}

/**
 * Converges the managed tags of the segment `arn`. The live tags are read with
 * ListTagsForResource: GetSegment's `tags` is not documented as current (tags on segment writes
 * have been ignored since 2023-05-22), so it is not trusted. Nothing is read when no key is
 * managed (none declared now or before).
 */
async function convergeTags(
  api: SegmentApi,
  arn: string | undefined,
  desired: Record<string, string>,
  previouslyDeclaredKeys: readonly string[],
): Promise<void> {
  if (Object.keys(desired).length === 0 && previouslyDeclaredKeys.length === 0) {
    return;
  }
  if (!arn) {
    throw new Error('Pinpoint returned no Arn for the segment, so its tags cannot be converged');
  }
  const live = (await api.listTags(arn)) ?? {};
  await applyTagChanges(api, arn, planTagChanges(desired, live, previouslyDeclaredKeys));
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
