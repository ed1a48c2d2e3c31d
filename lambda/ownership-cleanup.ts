/**
 * The ownership tag's part in the lifecycle (DESIGN.md, "Ownership tag"): the owner and redelivery
 * signal a create needs for create recovery, and the clean-ups that find what a failed request made
 * by its ownership tag: the Delete after a failed Create, and the rollback of a failed replacing
 * Update. Each touches only segments carrying this resource's tag.
 */
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { InvalidPropertyError } from './coerce';
import { definitionMatches, SegmentDefinition } from './compare';
import type { Converged, CreateContext } from './converge';
import { identityMatches } from './converge';
import { errorSummary } from './errors';
import { log } from './log';
import { ownerTagValue, resourceOwnerPrefix } from './ownership';
import { createFailedRequestId, isAdopted, ParsedPhysicalId, SegmentRef } from './physical-id';
import { OwnedSegment, SegmentApi } from './pinpoint';
import { DesiredSegment, parseDesiredSegment, parseSegmentProperties, SegmentProperties } from './properties';
import { mayBeRedelivery, RequestMemory } from './redelivery';
import { isTransientError } from './retry';

/** How long after the segment a rollback returns to may a failed replacement's late segment be made. */
const LATE_SEGMENT_WINDOW_MS = 60 * 60 * 1000;

/** Whose segment a create for `event` makes, and whether it must look for a first delivery's segment. */
export function createContextOf(event: CloudFormationCustomResourceEvent, requestMemory: RequestMemory | undefined): CreateContext {
  return {
    owner: ownerTagValue({ stackId: event.StackId, logicalResourceId: event.LogicalResourceId, requestId: event.RequestId }),
    mayBeRedelivery: mayBeRedelivery(requestMemory?.remember(event.RequestId) ?? false, event.ResponseURL),
  };
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
export async function removeLateReplacement(
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

/**
 * The Delete after a failed Create: deletes exactly the segments that carry the failed request's
 * ownership tag (a CreateSegment that completed after the handler gave up), and nothing else. An
 * adopting Create writes no ownership, so there is nothing to look for.
 */
export async function deleteAfterFailedCreate(
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
