/**
 * Tag convergence. Pinpoint has ignored `tags` on update operations since 2023-05-22 without an
 * error, so tags are converged through TagResource and UntagResource.
 */
import { log } from './log';
import { isOwnershipKey } from './ownership';
import type { SegmentApi } from './pinpoint';

export interface TagChanges {
  /** Desired tags missing from the segment or with a different value. */
  readonly tagsToSet: Record<string, string>;
  /** Keys the stack manages, present on the segment, no longer desired. */
  readonly keysToRemove: string[];
}

/**
 * Keys never tagged or untagged by convergence: AWS's own (`aws:`), and the construct's ownership
 * tag, which only CreateSegment writes and nothing ever removes or changes.
 */
function isReserved(key: string): boolean {
  return key.toLowerCase().startsWith('aws:') || isOwnershipKey(key);
}

/**
 * The calls that make `live` carry `desired`. Only managed keys (desired now, or declared by the
 * previous properties) are ever removed, so tags someone else put on an adopted segment stay. The
 * ownership tag is neither set, changed nor removed, even if a set of properties names it.
 */
export function planTagChanges(
  desired: Record<string, string>,
  live: Record<string, string>,
  previouslyDeclaredKeys: readonly string[] = [],
): TagChanges {
  const tagsToSet: Record<string, string> = {};
  for (const [key, value] of Object.entries(desired)) {
    if (!isReserved(key) && live[key] !== value) {
      tagsToSet[key] = value;
    }
  }
  const managed = new Set([...Object.keys(desired), ...previouslyDeclaredKeys]);
  const keysToRemove = [...managed].filter(
    (key) => !isReserved(key) && !(key in desired) && Object.prototype.hasOwnProperty.call(live, key),
  );
  return { tagsToSet, keysToRemove };
}

export function hasTagChanges(changes: TagChanges): boolean {
  return Object.keys(changes.tagsToSet).length > 0 || changes.keysToRemove.length > 0;
}

/**
 * Applies `changes` to the segment `arn`. No call at all when nothing changes.
 */
export async function applyTagChanges(api: SegmentApi, arn: string | undefined, changes: TagChanges): Promise<void> {
  if (!hasTagChanges(changes)) {
    return;
  }
  if (!arn) {
    throw new Error('Pinpoint returned no Arn for the segment, so its tags cannot be converged');
  }
  if (changes.keysToRemove.length > 0) {
    log.info('removing tags', { keys: changes.keysToRemove });
    await api.untagResource(arn, changes.keysToRemove);
  }
  if (Object.keys(changes.tagsToSet).length > 0) {
    log.info('setting tags', { keys: Object.keys(changes.tagsToSet) });
    await api.tagResource(arn, changes.tagsToSet);
  }
}
