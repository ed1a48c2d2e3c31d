/**
 * Deleting a set of resources the way CloudFormation does: in reverse dependency order, a resource
 * only once nothing that depends on it is left. Independent deletions run in parallel in
 * CloudFormation; the rehearsal plays them one at a time in the order that is worst for the
 * handler: every resource other than a segment (a policy, say) goes as early as its dependents
 * allow, so a policy that a segment does not depend on is already gone when that segment's Delete
 * runs. Segments go newest first.
 */
import type { AssemblyStack, TemplateResource } from './rehearse-assembly';
import type { PolicyHolder, PolicyTracker } from './rehearse-iam';
import type { EventPlayer } from './rehearse-player';
import type { LiveResource, StackInFlight } from './rehearse-resolver';
import type { Phase, RehearsalEvent } from './rehearse-types';

/** Why a Delete is sent: each honours a different policy. */
export type DeleteCause = 'delete' | 'create-rollback' | 'replace';

/**
 * `delete` (stack deletion or removal from the template) honours DeletionPolicy Retain and
 * RetainExceptOnCreate; `create-rollback` honours only Retain; `replace` (the old physical id after
 * a replacement) honours UpdateReplacePolicy.
 */
export function retainReason(resource: TemplateResource | undefined, cause: DeleteCause): string | undefined {
  if (!resource) return undefined;
  if (cause === 'replace') return resource.UpdateReplacePolicy === 'Retain' ? 'UpdateReplacePolicy Retain' : undefined;
  if (resource.DeletionPolicy === 'Retain') return 'DeletionPolicy Retain';
  if (resource.DeletionPolicy === 'RetainExceptOnCreate' && cause === 'delete') return 'DeletionPolicy RetainExceptOnCreate';
  return undefined;
}

/** A segment to delete. */
export interface SegmentDeletion {
  readonly logicalId: string;
  readonly live: LiveResource;
  readonly cause: DeleteCause;
  /** The template whose function receives the Delete. */
  readonly model: AssemblyStack;
  /** The template whose DeletionPolicy / UpdateReplacePolicy applies. @default model */
  readonly policyModel?: AssemblyStack;
}

export interface Teardown {
  readonly phase: Phase;
  /** The template whose dependencies order the deletions. */
  readonly order: AssemblyStack;
  readonly segments: readonly SegmentDeletion[];
  /** Other resources deleted in the same pass (their deletion only matters for the policies they hold). */
  readonly others: readonly string[];
  /** The policies that exist when the pass starts. */
  readonly policies: readonly PolicyHolder[];
  /**
   * A failed Delete keeps what its resource depends on (stack deletion). Otherwise CloudFormation
   * gives up on the resource and carries on (cleanup, rollback).
   */
  readonly failureBlocks: boolean;
}

export interface TeardownResult {
  /** Segments whose Delete failed or was never sent because a dependent failed. */
  readonly failed: readonly string[];
  /** Segments gone from the stack (deleted, or kept by their policy). */
  readonly removed: readonly string[];
}

export async function tearDown(stack: StackInFlight, plan: Teardown, player: EventPlayer, iam: PolicyTracker): Promise<TeardownResult> {
  const segments = new Map(plan.segments.map((s) => [s.logicalId, s]));
  const pending = new Set<string>([...segments.keys(), ...plan.others]);
  const stuck = new Map<string, string>(); // failed segment → itself; kept because of it
  let policies = [...plan.policies];
  const failed: string[] = [];
  const removed: string[] = [];
  const dependsOn = (id: string) => plan.order.dependsOn.get(id) ?? new Set<string>();
  const position = (id: string) => plan.order.order.indexOf(id);
  const blockers = (id: string) => [...pending, ...stuck.keys()].filter((other) => other !== id && dependsOn(other).has(id));

  for (;;) {
    const ready = [...pending].filter((id) => blockers(id).length === 0);
    if (ready.length === 0) break;
    const other = ready.find((id) => !segments.has(id));
    if (other !== undefined) {
      pending.delete(other);
      policies = policies.filter((p) => p.resourceId !== other);
      continue;
    }
    const next = ready.sort((a, b) => position(b) - position(a))[0];
    pending.delete(next);
    const item = segments.get(next)!;
    const event = await deleteSegment(stack, plan.phase, item, policies, player, iam);
    const failedNow = event !== undefined && event.status !== 'SUCCESS' && event.status !== 'SKIPPED';
    if (failedNow) failed.push(next);
    if (failedNow && plan.failureBlocks) stuck.set(next, next);
    else removed.push(next);
  }
  for (const id of pending) {
    if (!segments.has(id)) continue;
    const blocker = blockers(id).find((b) => stuck.has(b)) ?? blockers(id)[0];
    player.skip(stack, id, 'Delete', plan.phase, `${blocker} depends on it and failed to delete`, segments.get(id)!.live.physicalId);
    failed.push(id);
  }
  iam.clear();
  return { failed, removed };
}

async function deleteSegment(
  stack: StackInFlight, phase: Phase, item: SegmentDeletion, policies: readonly PolicyHolder[], player: EventPlayer, iam: PolicyTracker,
): Promise<RehearsalEvent | undefined> {
  const policyModel = item.policyModel ?? item.model;
  const retained = retainReason(policyModel.template.Resources?.[item.logicalId] ?? item.model.template.Resources?.[item.logicalId], item.cause);
  if (retained) {
    player.skip(stack, item.logicalId, 'Delete', phase, `(${retained})`, item.live.physicalId);
    return undefined;
  }
  iam.existing(stack, item.model, item.logicalId, policies);
  return player.play(stack, item.model, item.logicalId, 'Delete', phase, { props: item.live.props, physicalId: item.live.physicalId });
}
