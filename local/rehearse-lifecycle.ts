/**
 * A stack's life as CloudFormation plays it for its custom resources: create (with the rollback of
 * a failed create), update (new resources created, changed ones updated, then the cleanup of
 * replaced and removed ones, or the rollback of a failed update), and delete, each honouring the
 * resources' deletion and update-replace policies.
 */
import { isDeepStrictEqual } from 'util';
import { AssemblyStack, Json, unmodelledResources } from './rehearse-assembly';
import { fakeStackId, generatedPhysicalId, stackAccount, stackRegion } from './rehearse-environment';
import { ResolveError } from './rehearse-intrinsics';
import { errorMessage, EventPlayer, EventSpec } from './rehearse-player';
import type { DeployLog } from './rehearse-report';
import type { LiveResource, StackInFlight, TemplateResolver } from './rehearse-resolver';
import type { PolicyTracker } from './rehearse-iam';
import type { Seeder } from './rehearse-seed';
import { DeleteCause, tearDown } from './rehearse-teardown';
import { isFailure, NotRehearsed, Phase, RehearsalEvent, RequestType } from './rehearse-types';

export type StackStatus = 'new' | 'live' | 'rolled-back' | 'rollback-failed' | 'deleted' | 'delete-failed';

/** One stack in flight: its template as deployed, and its custom resources' live state. */
export class StackRun implements StackInFlight {
  readonly stackId: string;
  readonly live = new Map<string, LiveResource>();
  status: StackStatus = 'new';

  constructor(public current: AssemblyStack) {
    this.stackId = fakeStackId(current.stackName, stackRegion(current), stackAccount(current));
  }

  get name(): string {
    return this.current.stackName;
  }
}

type Touched =
  | { kind: 'created'; id: string; physicalId: string; props: Json; failed: boolean }
  | { kind: 'updated'; id: string; before: LiveResource; after?: LiveResource; sent: Json };

export class StackLifecycle {
  /** Resources of types the rehearsal does not play: reported, never a failure. */
  readonly notRehearsed: NotRehearsed[] = [];

  constructor(
    private readonly player: EventPlayer,
    private readonly resolver: TemplateResolver,
    private readonly seeder: Seeder,
    private readonly iam: PolicyTracker,
    private readonly log: DeployLog,
    /** How the update-to assembly is named in headings. */
    private readonly updateToLabel?: string,
  ) {}

  /** Creates every segment in dependency order; a failure rolls the stack back. */
  async create(run: StackRun, model: AssemblyStack, phase: Phase): Promise<void> {
    const unmodelled = unmodelledResources(model);
    if (model.segments.length > 0 || unmodelled.length > 0) {
      this.log.heading(run.name, phase === 'create' ? 'create' : 'create (new in the updated assembly)');
    }
    this.reportNotRehearsed(run, unmodelled);
    if (model.segments.length === 0) return this.settle(run, model);
    const created: string[] = [];
    const unplayable = new Set<string>();
    for (const logicalId of model.segments) {
      if (!this.included(run, model, logicalId)) continue;
      const blocker = [...(model.dependsOn.get(logicalId) ?? [])].find((d) => unplayable.has(d));
      if (blocker) {
        this.player.skip(run, logicalId, 'Create', phase, `depends on ${blocker}, which was not created`);
        unplayable.add(logicalId);
        continue;
      }
      const props = this.properties(run, model, logicalId, 'Create', phase);
      if (!props) {
        unplayable.add(logicalId);
        continue;
      }
      this.seeder.before(`${run.name}/${logicalId}`, props);
      this.iam.create(run, model, logicalId);
      const event = await this.player.play(run, model, logicalId, 'Create', phase, { props });
      if (event.status === 'SUCCESS') {
        run.live.set(logicalId, { physicalId: event.physicalResourceId!, props, data: event.data ?? {} });
        created.push(logicalId);
        continue;
      }
      if (event.status === 'ERROR') {
        unplayable.add(logicalId);
        continue;
      }
      await this.rollbackCreate(run, model, logicalId, event, props, created);
      return;
    }
    run.status = 'live';
    this.publishExports(run, model);
  }

  /**
   * Updates every segment to `model`: a forced no-op Update (`update`), or a move to another
   * assembly (`update-to`), where unchanged resources get no event, new ones are created and
   * removed ones deleted, and a failure rolls the stack back.
   */
  async update(run: StackRun, model: AssemblyStack, phase: 'update' | 'update-to'): Promise<void> {
    const previous = run.current;
    if (model.segments.length === 0 && run.live.size === 0) return this.settle(run, model);
    this.log.heading(run.name, phase === 'update' ? 'update (same properties)' : `update to ${this.updateToLabel}`);
    const touched: Touched[] = [];
    const unplayable = new Set<string>();
    for (const logicalId of model.segments) {
      if (!this.included(run, model, logicalId)) continue;
      const live = run.live.get(logicalId);
      const type: RequestType = live ? 'Update' : 'Create';
      const blocker = [...(model.dependsOn.get(logicalId) ?? [])].find((d) => unplayable.has(d));
      if (blocker) {
        this.player.skip(run, logicalId, type, phase, `depends on ${blocker}, which could not be played`);
        unplayable.add(logicalId);
        continue;
      }
      const props = this.properties(run, model, logicalId, type, phase);
      if (!props) {
        unplayable.add(logicalId);
        continue;
      }
      if (phase === 'update-to' && live && isDeepStrictEqual(props, live.props)) {
        this.log.row('UPDATE', 'SKIPPED', `${run.name}/${logicalId}`, this.log.paint('dim', '(no change: CloudFormation sends no event)'));
        continue;
      }
      if (!live || props.SegmentId !== live.props.SegmentId || props.ApplicationId !== live.props.ApplicationId) {
        this.seeder.before(`${run.name}/${logicalId}`, props);
      }
      const spec: EventSpec = live ? { props, oldProps: live.props, physicalId: live.physicalId, previousData: live.data } : { props };
      this.iam.update(run, previous, model, logicalId);
      const event = await this.player.play(run, model, logicalId, type, phase, spec);
      if (event.status === 'ERROR') {
        unplayable.add(logicalId);
        continue;
      }
      const ok = event.status === 'SUCCESS';
      if (!live) {
        const physicalId = event.physicalResourceId ?? generatedPhysicalId(run.name, logicalId);
        touched.push({ kind: 'created', id: logicalId, physicalId, props, failed: !ok });
        if (ok) run.live.set(logicalId, { physicalId, props, data: event.data ?? {} });
      } else {
        const after = ok ? { physicalId: event.physicalResourceId!, props, data: event.data ?? {} } : undefined;
        touched.push({ kind: 'updated', id: logicalId, before: live, after, sent: props });
        if (after) run.live.set(logicalId, after);
      }
      if (!ok) return this.rollbackUpdate(run, previous, model, touched);
    }
    run.current = model;
    await this.cleanup(run, previous, model, touched);
    this.publishExports(run, model);
  }

  /** DELETE: every resource, dependents first; a failed Delete keeps what it depends on. */
  async delete(run: StackRun): Promise<void> {
    const model = run.current;
    if (run.live.size === 0) {
      run.status = 'deleted';
      return;
    }
    this.log.heading(run.name, 'delete');
    const result = await tearDown(run, {
      phase: 'delete',
      order: model,
      segments: [...run.live].map(([logicalId, live]) => ({ logicalId, live, cause: 'delete' as const, model })),
      others: this.others(run, model),
      policies: this.iam.holders(run, model),
      failureBlocks: true,
    }, this.player, this.iam);
    for (const id of result.removed) run.live.delete(id);
    run.status = result.failed.length > 0 ? 'delete-failed' : 'deleted';
  }

  /**
   * CREATE_FAILED: CloudFormation rolls the stack back, deleting what it created in reverse
   * dependency order, the failed resource under the physical id it answered with.
   */
  private async rollbackCreate(run: StackRun, model: AssemblyStack, failedId: string, failed: RehearsalEvent, props: Json, created: string[]): Promise<void> {
    this.log.heading(run.name, 'rollback');
    run.status = 'rolled-back';
    const physicalId = failed.physicalResourceId ?? generatedPhysicalId(run.name, failedId);
    await tearDown(run, {
      phase: 'rollback',
      order: model,
      segments: [
        { logicalId: failedId, live: { physicalId, props, data: {} }, cause: 'create-rollback', model },
        ...created.map((logicalId) => ({ logicalId, live: run.live.get(logicalId)!, cause: 'create-rollback' as const, model })),
      ],
      others: this.others(run, model),
      policies: this.iam.holders(run, model),
      failureBlocks: false,
    }, this.player, this.iam);
    for (const id of created) run.live.delete(id);
    if (this.player.events.some((e) => e.stack === run.name && e.phase === 'rollback' && isFailure(e))) run.status = 'rollback-failed';
  }

  /**
   * UPDATE_COMPLETE_CLEANUP_IN_PROGRESS: every update is done, so the new template's policies are
   * in force; old instances of replaced segments and removed resources are deleted in reverse
   * dependency order of the OLD template, and a removed policy applies until it is deleted.
   */
  private async cleanup(run: StackRun, previous: AssemblyStack, model: AssemblyStack, touched: Touched[]): Promise<void> {
    const replaced = touched.filter((t): t is Extract<Touched, { kind: 'updated' }> =>
      t.kind === 'updated' && t.after !== undefined && t.after.physicalId !== t.before.physicalId);
    const removed = previous.segments.filter((id) => run.live.has(id) && !this.resolver.existsIn(run, model, id));
    if (replaced.length + removed.length === 0) return;
    this.log.heading(run.name, 'cleanup');
    const current = new Set(this.present(run, model));
    await tearDown(run, {
      phase: 'cleanup',
      order: previous,
      segments: [
        ...replaced.map((t) => ({ logicalId: t.id, live: t.before, cause: 'replace' as const, model, policyModel: previous })),
        ...removed.map((logicalId) => ({ logicalId, live: run.live.get(logicalId)!, cause: 'delete' as const, model: previous })),
      ],
      others: this.others(run, previous).filter((id) => !current.has(id)),
      policies: [...this.iam.holders(run, model), ...this.iam.holders(run, previous).filter((h) => !current.has(h.resourceId))],
      failureBlocks: false,
    }, this.player, this.iam);
    for (const id of removed) run.live.delete(id);
  }

  /**
   * UPDATE_ROLLBACK: every resource touched goes back to its previous properties (an Update with
   * old and new swapped), in the original order; then the cleanup deletes what the failed update
   * created, newest first.
   */
  private async rollbackUpdate(run: StackRun, previous: AssemblyStack, model: AssemblyStack, touched: Touched[]): Promise<void> {
    this.log.heading(run.name, 'rollback');
    const deletions: Array<{ id: string; live: LiveResource; cause: DeleteCause }> = [];
    for (const t of touched) {
      if (t.kind === 'created') {
        deletions.unshift({ id: t.id, live: { physicalId: t.physicalId, props: t.props, data: {} }, cause: 'create-rollback' });
        run.live.delete(t.id);
        continue;
      }
      const current = t.after ?? t.before;
      this.iam.update(run, model, previous, t.id);
      const event = await this.player.play(run, previous, t.id, 'Update', 'rollback', {
        props: t.before.props, oldProps: t.sent, physicalId: current.physicalId, previousData: current.data,
      });
      if (event.status !== 'SUCCESS') {
        run.status = 'rollback-failed';
        continue;
      }
      const restored = { physicalId: event.physicalResourceId!, props: t.before.props, data: event.data ?? {} };
      run.live.set(t.id, restored);
      if (t.after && t.after.physicalId !== restored.physicalId) deletions.unshift({ id: t.id, live: { ...t.after, props: t.sent }, cause: 'replace' });
    }
    if (deletions.length > 0) {
      // UPDATE_ROLLBACK_COMPLETE_CLEANUP_IN_PROGRESS: the old template's policies are back; what
      // only the failed template had is deleted in reverse dependency order of that template.
      this.log.heading(run.name, 'rollback cleanup');
      const restored = new Set(this.present(run, previous));
      await tearDown(run, {
        phase: 'cleanup',
        order: model,
        segments: deletions.map((d) => ({ logicalId: d.id, live: d.live, cause: d.cause, model, policyModel: previous })),
        others: this.others(run, model).filter((id) => !restored.has(id)),
        policies: [...this.iam.holders(run, previous), ...this.iam.holders(run, model).filter((h) => !restored.has(h.resourceId))],
        failureBlocks: false,
      }, this.player, this.iam);
    }
    if (run.status !== 'rollback-failed') run.status = 'live';
  }

  /** The resources of a template that are part of the stack (their Condition holds). */
  private present(run: StackRun, model: AssemblyStack): string[] {
    return model.order.filter((id) => this.resolver.existsIn(run, model, id));
  }

  /** The resources other than segments: their deletion only matters for the policies they hold. */
  private others(run: StackRun, model: AssemblyStack): string[] {
    return this.present(run, model).filter((id) => !model.segments.includes(id));
  }

  private properties(run: StackRun, model: AssemblyStack, logicalId: string, requestType: RequestType, phase: Phase): Json | undefined {
    try {
      return this.resolver.properties(run, model, logicalId);
    } catch (error) {
      const reason = error instanceof ResolveError ? `cannot resolve ${error.path}: ${error.detail}` : `cannot resolve the properties: ${errorMessage(error)}`;
      this.player.error(run, logicalId, requestType, phase, reason);
      return undefined;
    }
  }

  /** False (with a line saying so) for a resource whose Condition is false. */
  private included(run: StackRun, model: AssemblyStack, logicalId: string): boolean {
    if (this.resolver.existsIn(run, model, logicalId)) return true;
    const condition = model.template.Resources![logicalId].Condition;
    this.log.row('', 'SKIPPED', `${run.name}/${logicalId}`, this.log.paint('dim', `(condition ${condition} is false: not in the stack)`));
    return false;
  }

  private reportNotRehearsed(run: StackRun, resources: Array<{ logicalId: string; type: string }>): void {
    for (const { logicalId, type } of resources) {
      if (this.notRehearsed.some((r) => r.stack === run.name && r.logicalId === logicalId)) continue;
      this.notRehearsed.push({ stack: run.name, logicalId, type });
      this.log.row('', 'NOT REHEARSED', `${run.name}/${logicalId}`, this.log.paint('dim', `(${type}: no offline model; CloudFormation deploys it)`));
    }
  }

  /** A stack without segments: nothing to play, but its exports count for the stacks after it. */
  private settle(run: StackRun, model: AssemblyStack): void {
    run.current = model;
    run.status = 'live';
    this.publishExports(run, model);
  }

  private publishExports(run: StackRun, model: AssemblyStack): void {
    const unknown = this.resolver.publishExports(run, model);
    if (unknown.length > 0) this.log.note(`${run.name}: exports whose value is unknown offline: ${unknown.join(', ')}`);
  }
}
