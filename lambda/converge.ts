/**
 * Bringing one segment to its declared state (DESIGN.md, "The handler"): create a new segment,
 * adopt an existing one, or converge one in place, each with its tags, and undo a half-done Create.
 * The event flow that chooses between them is in segment-handler.ts.
 */
import type { SegmentResponse, WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { definitionMatches, SegmentDefinition } from './compare';
import { errorSummary } from './errors';
import { log } from './log';
import { formatPhysicalId, isAdopted, SegmentRef } from './physical-id';
import { SegmentApi } from './pinpoint';
import { DesiredSegment, SegmentProperties } from './properties';
import { restoreVersion } from './restore';
import { applyTagChanges, planTagChanges } from './tags';

/** What a create needs to know about the event: whose segment it makes, and whether to look first. */
export interface CreateContext {
  /** The ownership tag value for this event's request. */
  readonly owner: string;
  /** The event may be a second delivery: look for the first delivery's segment before creating. */
  readonly mayBeRedelivery: boolean;
}

/** A segment the event ended on, and the latest response Pinpoint gave for it. */
export interface Converged {
  readonly ref: SegmentRef;
  readonly segment: SegmentResponse | undefined;
}

/** Create flow: a new segment, or adoption of `desired.segmentId`. */
export function createOrAdopt(api: SegmentApi, desired: DesiredSegment, context: CreateContext): Promise<Converged> {
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
export async function convergeInPlace(
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
export function identityMatches(ref: SegmentRef, desired: SegmentProperties): boolean {
  if (ref.applicationId !== desired.applicationId) {
    return false;
  }
  // A segmentId pinned to the id the construct created is the same segment, not an adoption.
  return desired.segmentId === undefined ? !isAdopted(ref) : desired.segmentId === ref.segmentId;
}
