/**
 * Putting back a recorded version of a segment's definition: the undo of an adopting Create, and
 * `restoreOnDelete`. Writes only if the live definition differs (no churn).
 */
import type { SegmentResponse, WriteSegmentRequest } from '@aws-sdk/client-pinpoint';
import { definitionMatches, pruneEmpty } from './compare';
import { log } from './log';
import { isNotFound, SegmentApi } from './pinpoint';

/**
 * Re-applies an earlier version of a segment's definition. `'missing'` if the version or the
 * segment no longer exists.
 */
export async function restoreVersion(
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
