/**
 * The offline rehearsal: reads a cloud assembly (`cdk.out`) and plays every Pinpoint segment's
 * lifecycle (Create, a no-op Update, Delete) through the REAL bundled handler against the embedded
 * Pinpoint emulator, with CloudFormation's semantics: properties as strings, dependency order,
 * a presigned ResponseURL that must get exactly one PUT, rollback after a failed Create, deletion
 * policies. No AWS account and no network are involved.
 *
 *   node assets/cli/rehearse.js cdk.out        (the `pinpoint-segment-rehearse` bin)
 *
 * `rehearse(options)` is the same thing as a function, for tests.
 */
import { createHash, randomBytes, randomUUID } from 'crypto';
import * as os from 'os';
import * as path from 'path';
import { isDeepStrictEqual } from 'util';
import { Emulator, FaultRoute, FaultSpec, startEmulator } from './emulator';
import {
  AssemblyStack,
  CloudAssembly,
  functionCodePath,
  Json,
  loadAssembly,
  serviceTokenFunction,
  TemplateResource,
} from './rehearse-assembly';
import { evaluateCondition, IntrinsicContext, ResolveError, resolveValue, stringifyScalars } from './rehearse-intrinsics';
import { invoke, LambdaFunction, loadHandler, LogCapture, ResponseBucket } from './rehearse-lambda';

export { loadAssembly } from './rehearse-assembly';
export { resolveValue, stringifyScalars, ResolveError } from './rehearse-intrinsics';

/** The fake account and region everything is rehearsed in. */
export const REHEARSAL_ACCOUNT = '123456789012';
export const REHEARSAL_REGION = 'us-east-1';

export interface RehearseOptions {
  /** The cloud assembly directory (`cdk.out`). */
  readonly assemblyDir: string;
  /**
   * After the no-op update, play an Update from this assembly's properties to another assembly's,
   * matched by stack name and logical id (new resources are created, removed ones deleted).
   * @default - none
   */
  readonly updateTo?: string;
  /** Play a no-op Update (same properties as OldResourceProperties) after the Create. @default true */
  readonly update?: boolean;
  /** Play the Delete of every segment at the end. @default true */
  readonly delete?: boolean;
  /** Seed the emulator with a pre-existing "console" segment for every adopted `SegmentId`. @default true */
  readonly seed?: boolean;
  /** Only these stacks, by name; `*` is a wildcard. @default - every stack */
  readonly stacks?: string[];
  /** Template parameter values, keyed `Name` or `StackName:Name`. @default - each parameter's Default */
  readonly parameters?: Record<string, string>;
  /** Values for `Fn::ImportValue`, by export name. @default - an import fails the resource */
  readonly imports?: Record<string, string>;
  /** Overrides the function's Timeout (the context deadline), in seconds. @default - the function's Timeout */
  readonly timeoutSeconds?: number;
  /** How long past the deadline to wait for a response. @default 2000 */
  readonly graceMs?: number;
  /** How long to keep listening for a duplicate response after the first one. @default 100 */
  readonly settleMs?: number;
  /** `LOG_LEVEL` for the handler. @default - the function's own environment */
  readonly logLevel?: string;
  /** Which events show the handler's log lines under them. @default 'failures' */
  readonly handlerLogs?: 'all' | 'failures' | 'none';
  /** Faults the emulator injects, per operation or '*'. @default - none */
  readonly faults?: Partial<Record<FaultRoute, FaultSpec>>;
  /** UpdateSegment of a missing segment id creates it (true) or answers 404 (false). @default true */
  readonly updateCreatesMissing?: boolean;
  /** Called once the emulator runs, before the first event. @default - nothing */
  readonly onEmulator?: (emulator: Emulator) => void | Promise<void>;
  /** Where the deploy log goes, a chunk of text at a time. @default - stdout */
  readonly write?: (text: string) => void;
  /** ANSI colors. @default - when stdout is a TTY and NO_COLOR is not set */
  readonly color?: boolean;
}

export type RequestType = 'Create' | 'Update' | 'Delete';

/** Where in the lifecycle an event was played. */
export type Phase = 'create' | 'update' | 'update-to' | 'rollback' | 'cleanup' | 'delete';

/**
 * SUCCESS and FAILED are the handler's answers. NO RESPONSE, DUPLICATE RESPONSES and INVALID
 * RESPONSE are what CloudFormation would make of a broken answer. ERROR means the rehearsal could
 * not send the event (an intrinsic it cannot resolve, a function it cannot load); SKIPPED means
 * CloudFormation would not send it (a deletion policy, a failed dependency).
 */
export type EventStatus = 'SUCCESS' | 'FAILED' | 'NO RESPONSE' | 'DUPLICATE RESPONSES' | 'INVALID RESPONSE' | 'ERROR' | 'SKIPPED';

export interface RehearsalEvent {
  readonly stack: string;
  readonly logicalId: string;
  /** `<stack>/<logicalId>`. */
  readonly resource: string;
  readonly requestType: RequestType;
  readonly phase: Phase;
  status: EventStatus;
  /** FAILED: the response's Reason (Pinpoint's message); otherwise what went wrong, or why it was skipped. */
  reason?: string;
  readonly requestId?: string;
  /** From the response. */
  physicalResourceId?: string;
  /** The response's Data. */
  data?: Record<string, unknown>;
  applicationId?: string;
  segmentId?: string;
  /** The segment's version after the event (from Data, or the emulator). */
  version?: number;
  /** The segment's version before the event, for Update and Delete. */
  previousVersion?: number;
  /** For an Update that moved the resource to another segment (a replacement): the one before. */
  replacedSegmentId?: string;
  /** After a Delete: whether the segment is still in the emulator. */
  segmentExists?: boolean;
  /** After a Delete of an adopted segment: the live definition equals this pre-adoption version's. */
  restoredVersion?: number;
  /** Pinpoint operations made during the event, e.g. `UpdateSegment` or `UpdateSegment 429`. */
  calls: string[];
  /** What the handler wrote to the console while the event ran (its CloudWatch log stream). */
  readonly logs: string[];
  /** The handler wrote the ResponseURL's presigned query string somewhere it could be seen. */
  leaked: boolean;
  /** How many responses were PUT to this event's ResponseURL. */
  responses: number;
  durationMs?: number;
  /** The handler responded but then threw, or did not return before its deadline (not a CloudFormation failure). */
  handlerProblem?: string;
  /** The CloudFormation event as sent to the handler. */
  readonly event?: Json;
  /** The deploy-log line, without colors. */
  line: string;
}

export interface RehearsedSegment {
  readonly applicationId: string;
  readonly segmentId: string;
  readonly name?: string;
  readonly version?: number;
  readonly tags: Record<string, string>;
}

export interface RehearsalResult {
  readonly events: RehearsalEvent[];
  /** 0 when every event played got exactly one valid SUCCESS response and nothing leaked. */
  readonly exitCode: number;
  /** The deploy log, without colors. */
  readonly output: string;
  /** What the emulator held at the end. */
  readonly segments: RehearsedSegment[];
  /** Every Pinpoint call, by operation. */
  readonly callCounts: Record<string, number>;
}

const FAILURES: ReadonlySet<EventStatus> = new Set(['FAILED', 'NO RESPONSE', 'DUPLICATE RESPONSES', 'INVALID RESPONSE', 'ERROR']);

export function isFailure(event: Pick<RehearsalEvent, 'status' | 'leaked'>): boolean {
  return FAILURES.has(event.status) || event.leaked;
}

/** CloudFormation's limits on a custom resource response. */
const MAX_RESPONSE_BYTES = 4096;
const MAX_PHYSICAL_ID_BYTES = 1024;

// ---------------------------------------------------------------------------------------------
// Output

const ANSI = {
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
};

type Paint = (style: keyof typeof ANSI, text: string) => string;

function statusStyle(status: EventStatus): keyof typeof ANSI {
  if (status === 'SUCCESS') return 'green';
  if (status === 'SKIPPED') return 'yellow';
  return 'red';
}

// ---------------------------------------------------------------------------------------------
// The environment a handler runs in

/**
 * Variables the rehearsal sets for the whole run (undefined: removed): the emulator's endpoint,
 * fake credentials, and nothing of the machine's own AWS configuration. The wire-test harness
 * uses the same.
 */
export function rehearsalEnvironment(emulatorUrl: string, logLevel: string | undefined): Record<string, string | undefined> {
  const nowhere = path.join(os.tmpdir(), `pinpoint-segment-rehearsal-${randomBytes(6).toString('hex')}`, 'does-not-exist');
  return {
    AWS_ENDPOINT_URL_PINPOINT: emulatorUrl,
    AWS_REGION: REHEARSAL_REGION,
    AWS_DEFAULT_REGION: REHEARSAL_REGION,
    AWS_ACCESS_KEY_ID: 'AKIAREHEARSAL0000000',
    AWS_SECRET_ACCESS_KEY: 'rehearsal-fake-secret-access-key-not-valid-anywhere',
    // No real config, credentials or profile may take part.
    AWS_CONFIG_FILE: path.join(nowhere, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(nowhere, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_PROFILE: undefined,
    AWS_DEFAULT_PROFILE: undefined,
    AWS_SESSION_TOKEN: undefined,
    AWS_SECURITY_TOKEN: undefined,
    AWS_ENDPOINT_URL: undefined,
    AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: undefined,
    AWS_USE_FIPS_ENDPOINT: undefined,
    AWS_USE_DUALSTACK_ENDPOINT: undefined,
    AWS_SDK_LOAD_CONFIG: undefined,
    AWS_ROLE_ARN: undefined,
    AWS_WEB_IDENTITY_TOKEN_FILE: undefined,
    AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: undefined,
    AWS_CONTAINER_CREDENTIALS_FULL_URI: undefined,
    AWS_CONTAINER_AUTHORIZATION_TOKEN: undefined,
    AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE: undefined,
    ...(logLevel !== undefined ? { LOG_LEVEL: logLevel } : {}),
  };
}

/** Sets variables and remembers what to put back. */
class Environment {
  private readonly saved = new Map<string, string | undefined>();

  set(vars: Record<string, string | undefined>): void {
    for (const [key, value] of Object.entries(vars)) {
      if (!this.saved.has(key)) this.saved.set(key, process.env[key]);
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }

  restore(): void {
    for (const [key, value] of this.saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    this.saved.clear();
  }
}

// ---------------------------------------------------------------------------------------------
// Stacks in flight

interface LiveResource {
  readonly physicalId: string;
  /** As sent in the last successful Create/Update (resolved, scalars as strings). */
  readonly props: Json;
  readonly data: Json;
}

class StackRun {
  readonly stackId: string;
  readonly live = new Map<string, LiveResource>();
  status: 'new' | 'live' | 'rolled-back' | 'rollback-failed' | 'deleted' | 'delete-failed' = 'new';

  constructor(public current: AssemblyStack) {
    this.stackId = `arn:aws:cloudformation:${REHEARSAL_REGION}:${REHEARSAL_ACCOUNT}:stack/${current.stackName}/${randomUUID()}`;
  }

  get name(): string {
    return this.current.stackName;
  }
}

function hex32(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 32);
}

/** A deterministic fake Pinpoint application id for an `AWS::Pinpoint::App` of a stack. */
export function fakeApplicationId(stackName: string, logicalId: string): string {
  return hex32(`pinpoint-app/${stackName}/${logicalId}`);
}

function fakeFunctionName(stack: AssemblyStack, logicalId: string): string {
  const explicit = stack.template.Resources?.[logicalId]?.Properties?.FunctionName;
  if (typeof explicit === 'string') return explicit;
  const suffix = hex32(`fn/${stack.stackName}/${logicalId}`).slice(0, 12).toUpperCase();
  const prefix = `${stack.stackName}-${logicalId}`.slice(0, 64 - suffix.length - 1);
  return `${prefix}-${suffix}`;
}

function functionArn(name: string): string {
  return `arn:aws:lambda:${REHEARSAL_REGION}:${REHEARSAL_ACCOUNT}:function:${name}`;
}

/** `<applicationId>:<segmentId>[:adopted:<n>][|prev=...]` (docs/internals.md), or undefined. */
function parsePhysicalId(physicalId: string | undefined): { applicationId: string; segmentId: string; adoptedVersion?: number } | undefined {
  if (!physicalId || physicalId.startsWith('create-failed:')) return undefined;
  const current = physicalId.split('|')[0];
  const parts = current.split(':');
  if (parts.length === 2 && parts.every((p) => p !== '')) return { applicationId: parts[0], segmentId: parts[1] };
  if (parts.length === 4 && parts[2] === 'adopted' && /^\d+$/.test(parts[3])) {
    return { applicationId: parts[0], segmentId: parts[1], adoptedVersion: Number(parts[3]) };
  }
  return undefined;
}

function toVersion(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

function wildcard(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ---------------------------------------------------------------------------------------------
// The rehearsal

class Rehearsal {
  readonly events: RehearsalEvent[] = [];
  private readonly lines: string[] = [];
  private readonly bucket = new ResponseBucket();
  private readonly capture = new LogCapture();
  private readonly env = new Environment();
  private readonly functions = new Map<string, Promise<LambdaFunction>>();
  private readonly conditionCache = new Map<string, boolean>();
  private readonly applications = new Map<string, string>();
  private readonly notes: string[] = [];
  private emu!: Emulator;
  private resourceWidth = 30;
  private globalLeak = false;
  private readonly paint: Paint;
  private readonly write: (text: string) => void;

  constructor(private readonly options: RehearseOptions) {
    const color = options.color ?? (process.stdout.isTTY === true && !process.env.NO_COLOR && !options.write);
    this.paint = color ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}` : (_style, text) => text;
    const stdoutWrite = process.stdout.write.bind(process.stdout);
    this.write = options.write ?? ((text) => {
      stdoutWrite(text);
    });
  }

  async run(): Promise<RehearsalResult> {
    const options = this.options;
    const assembly = loadAssembly(options.assemblyDir);
    const target = options.updateTo !== undefined ? loadAssembly(options.updateTo) : undefined;
    const selected = (a: CloudAssembly) => a.stacks.filter((s) =>
      options.stacks === undefined || options.stacks.length === 0 || options.stacks.some((p) => wildcard(p).test(s.stackName)));
    const stacks = selected(assembly).filter((s) => s.segments.length > 0);
    const targetStacks = target ? selected(target).filter((s) => s.segments.length > 0) : [];
    this.resourceWidth = Math.max(20, ...[...stacks, ...targetStacks].flatMap((s) => s.segments.map((id) => s.stackName.length + 1 + id.length)));

    this.emu = await startEmulator({
      port: 0,
      region: REHEARSAL_REGION,
      account: REHEARSAL_ACCOUNT,
      updateCreatesMissing: options.updateCreatesMissing ?? true,
    });
    try {
      for (const [route, spec] of Object.entries(options.faults ?? {})) {
        if (spec) this.emu.faults.set(route as FaultRoute, spec);
      }
      await this.bucket.start();
      if (options.onEmulator) await options.onEmulator(this.emu);
      this.env.set(rehearsalEnvironment(this.emu.url, options.logLevel));
      this.capture.install();

      const segmentCount = stacks.reduce((n, s) => n + s.segments.length, 0);
      this.say(this.paint('bold', `Rehearsing ${path.relative(process.cwd(), assembly.dir) || '.'}: ` +
        `${stacks.length} stack${stacks.length === 1 ? '' : 's'}, ${segmentCount} segment${segmentCount === 1 ? '' : 's'}`));
      this.say(this.paint('dim', `Pinpoint emulator ${this.emu.url} (account ${REHEARSAL_ACCOUNT}, ${REHEARSAL_REGION}); ` +
        'CloudFormation responses to a local presigned URL; no AWS account, no network'));
      if (stacks.length === 0) {
        this.say(this.paint('yellow', `No ${'Custom::PinpointSegment'} resources in ${assembly.dir}: nothing to rehearse.`));
      }

      const runs = stacks.map((s) => new StackRun(s));
      for (const run of runs) await this.createStack(run, run.current, 'create');
      if (options.update !== false) {
        for (const run of runs.filter((r) => r.status === 'live')) await this.updateStack(run, run.current, 'update');
      }
      if (target) {
        for (const run of runs) {
          const next = targetStacks.find((s) => s.stackName === run.name);
          if (!next) {
            this.note(`${run.name} is not in ${options.updateTo} (or has no segments there); left as it is`);
          } else if (run.status === 'live') {
            await this.updateStack(run, next, 'update-to');
          }
        }
        for (const next of targetStacks.filter((s) => !stacks.some((t) => t.stackName === s.stackName))) {
          const run = new StackRun(next);
          runs.push(run);
          await this.createStack(run, next, 'update-to');
        }
      }
      if (options.delete !== false) {
        for (const run of [...runs].reverse().filter((r) => r.status === 'live')) await this.deleteStack(run);
      }
      // A response that arrived after its event was judged still counts.
      this.recheckLateResponses();
      this.scanOrphanLogs();
      return this.summarize();
    } finally {
      this.capture.uninstall();
      this.env.restore();
      await this.bucket.stop();
      await this.emu.stop();
    }
  }

  // -------------------------------------------------------------------------------------------
  // Lifecycles

  private async createStack(run: StackRun, model: AssemblyStack, phase: Phase): Promise<void> {
    this.heading(run, phase === 'create' ? 'create' : 'create (new in the updated assembly)');
    const created: string[] = [];
    const unplayable = new Set<string>();
    for (const logicalId of model.segments) {
      if (!this.exists(run, model, logicalId)) continue;
      const blocker = [...(model.dependsOn.get(logicalId) ?? [])].find((d) => unplayable.has(d));
      if (blocker) {
        this.skip(run, logicalId, 'Create', phase, `depends on ${blocker}, which was not created`);
        unplayable.add(logicalId);
        continue;
      }
      const props = this.resolveProperties(run, model, logicalId, 'Create', phase);
      if (!props) {
        unplayable.add(logicalId);
        continue;
      }
      this.seedAdopted(run, logicalId, props);
      const event = await this.play(run, model, logicalId, 'Create', phase, { props });
      if (event.status === 'SUCCESS') {
        run.live.set(logicalId, { physicalId: event.physicalResourceId!, props, data: event.data ?? {} });
        created.push(logicalId);
        continue;
      }
      if (event.status === 'ERROR') {
        unplayable.add(logicalId);
        continue;
      }
      // CREATE_FAILED: CloudFormation rolls the stack back, deleting what it created, newest first,
      // starting with the failed resource under the physical id it answered with.
      this.heading(run, 'rollback');
      run.status = 'rolled-back';
      const failedId = event.physicalResourceId ?? this.generatedPhysicalId(run, logicalId);
      await this.deleteResource(run, model, logicalId, failedId, props, 'rollback', 'create-rollback');
      for (const id of [...created].reverse()) {
        const live = run.live.get(id)!;
        await this.deleteResource(run, model, id, live.physicalId, live.props, 'rollback', 'create-rollback');
        run.live.delete(id);
      }
      if (this.events.some((e) => e.stack === run.name && e.phase === 'rollback' && isFailure(e))) run.status = 'rollback-failed';
      return;
    }
    run.status = 'live';
  }

  /**
   * Updates every segment to `model`: a forced no-op Update (`update`), or a move to another
   * assembly (`update-to`), where unchanged resources get no event, new ones are created and
   * removed ones deleted, and a failure rolls the stack back.
   */
  private async updateStack(run: StackRun, model: AssemblyStack, phase: 'update' | 'update-to'): Promise<void> {
    const previous = run.current;
    this.heading(run, phase === 'update' ? 'update (same properties)' : `update to ${this.options.updateTo}`);
    type Touched =
      | { kind: 'created'; id: string; physicalId: string; props: Json; failed: boolean }
      | { kind: 'updated'; id: string; before: LiveResource; after?: LiveResource; sent: Json };
    const touched: Touched[] = [];
    const unplayable = new Set<string>();
    let failed = false;
    for (const logicalId of model.segments) {
      if (!this.exists(run, model, logicalId)) continue;
      const blocker = [...(model.dependsOn.get(logicalId) ?? [])].find((d) => unplayable.has(d));
      const live = run.live.get(logicalId);
      const type: RequestType = live ? 'Update' : 'Create';
      if (blocker) {
        this.skip(run, logicalId, type, phase, `depends on ${blocker}, which could not be played`);
        unplayable.add(logicalId);
        continue;
      }
      const props = this.resolveProperties(run, model, logicalId, type, phase);
      if (!props) {
        unplayable.add(logicalId);
        continue;
      }
      if (!live) {
        this.seedAdopted(run, logicalId, props);
        const event = await this.play(run, model, logicalId, 'Create', phase, { props });
        if (event.status === 'ERROR') {
          unplayable.add(logicalId);
          continue;
        }
        const ok = event.status === 'SUCCESS';
        const physicalId = event.physicalResourceId ?? this.generatedPhysicalId(run, logicalId);
        touched.push({ kind: 'created', id: logicalId, physicalId, props, failed: !ok });
        if (ok) run.live.set(logicalId, { physicalId, props, data: event.data ?? {} });
        if (!ok) {
          failed = true;
          break;
        }
        continue;
      }
      if (phase === 'update-to' && isDeepStrictEqual(props, live.props)) {
        this.line(this.columns('UPDATE', 'SKIPPED', `${run.name}/${logicalId}`, this.paint('dim', '(no change: CloudFormation sends no event)')));
        continue;
      }
      if (props.SegmentId !== undefined && props.SegmentId !== live.props.SegmentId) this.seedAdopted(run, logicalId, props);
      const event = await this.play(run, model, logicalId, 'Update', phase, {
        props,
        oldProps: live.props,
        physicalId: live.physicalId,
        previousData: live.data,
      });
      if (event.status === 'ERROR') {
        unplayable.add(logicalId);
        continue;
      }
      if (event.status === 'SUCCESS') {
        const after = { physicalId: event.physicalResourceId!, props, data: event.data ?? {} };
        touched.push({ kind: 'updated', id: logicalId, before: live, after, sent: props });
        run.live.set(logicalId, after);
        continue;
      }
      touched.push({ kind: 'updated', id: logicalId, before: live, sent: props });
      failed = true;
      break;
    }

    if (!failed) {
      run.current = model;
      const replaced = touched.filter((t): t is Extract<Touched, { kind: 'updated' }> =>
        t.kind === 'updated' && t.after !== undefined && t.after.physicalId !== t.before.physicalId);
      const removed = [...previous.segments].reverse().filter((id) => run.live.has(id) && !this.existsIn(run, model, id));
      if (replaced.length + removed.length > 0) this.heading(run, 'cleanup');
      for (const t of [...replaced].reverse()) {
        await this.deleteResource(run, model, t.id, t.before.physicalId, t.before.props, 'cleanup', 'replace', previous);
      }
      for (const id of removed) {
        const live = run.live.get(id)!;
        await this.deleteResource(run, previous, id, live.physicalId, live.props, 'cleanup', 'delete');
        run.live.delete(id);
      }
      return;
    }

    // UPDATE_ROLLBACK: every resource touched goes back to its previous properties (an Update with
    // old and new swapped), in the original order; then the cleanup deletes what the failed update
    // created, newest first.
    this.heading(run, 'rollback');
    const deletions: Array<{ id: string; physicalId: string; props: Json; policy: 'create-rollback' | 'replace' }> = [];
    for (const t of touched) {
      if (t.kind === 'created') {
        deletions.unshift({ id: t.id, physicalId: t.physicalId, props: t.props, policy: 'create-rollback' });
        run.live.delete(t.id);
        continue;
      }
      const current = t.after ?? t.before;
      const event = await this.play(run, previous, t.id, 'Update', 'rollback', {
        props: t.before.props,
        oldProps: t.sent,
        physicalId: current.physicalId,
        previousData: current.data,
      });
      if (event.status === 'SUCCESS') {
        const restored = { physicalId: event.physicalResourceId!, props: t.before.props, data: event.data ?? {} };
        run.live.set(t.id, restored);
        if (t.after && t.after.physicalId !== restored.physicalId) {
          deletions.unshift({ id: t.id, physicalId: t.after.physicalId, props: t.sent, policy: 'replace' });
        }
      } else {
        run.status = 'rollback-failed';
      }
    }
    if (deletions.length > 0) this.heading(run, 'rollback cleanup');
    for (const d of deletions) await this.deleteResource(run, model, d.id, d.physicalId, d.props, 'cleanup', d.policy, previous);
    if (run.status !== 'rollback-failed') run.status = 'live';
  }

  private async deleteStack(run: StackRun): Promise<void> {
    const model = run.current;
    this.heading(run, 'delete');
    // A resource whose Delete failed keeps what it depends on in place, as CloudFormation does.
    const keep = new Map<string, string>();
    let failed = false;
    for (const logicalId of [...model.segments].reverse()) {
      const live = run.live.get(logicalId);
      if (!live) continue;
      const keptFor = keep.get(logicalId);
      if (keptFor) {
        this.skip(run, logicalId, 'Delete', 'delete', `${keptFor} depends on it and failed to delete`);
        failed = true;
        continue;
      }
      const event = await this.deleteResource(run, model, logicalId, live.physicalId, live.props, 'delete', 'delete');
      if (event && isFailure(event) && event.status !== 'SUCCESS') {
        failed = true;
        for (const dep of model.dependsOn.get(logicalId) ?? []) if (!keep.has(dep)) keep.set(dep, logicalId);
        continue;
      }
      run.live.delete(logicalId);
    }
    run.status = failed ? 'delete-failed' : 'deleted';
  }

  /**
   * Sends a Delete unless the resource's policy keeps it: `delete` (stack deletion or removal from
   * the template) honors DeletionPolicy Retain and RetainExceptOnCreate; `create-rollback` honors
   * only Retain; `replace` (the old physical id after a replacement) honors UpdateReplacePolicy.
   */
  private async deleteResource(
    run: StackRun,
    model: AssemblyStack,
    logicalId: string,
    physicalId: string,
    props: Json,
    phase: Phase,
    why: 'delete' | 'create-rollback' | 'replace',
    policyModel: AssemblyStack = model,
  ): Promise<RehearsalEvent | undefined> {
    const resource = policyModel.template.Resources?.[logicalId] ?? model.template.Resources?.[logicalId];
    const retained = retainReason(resource, why);
    if (retained) {
      this.skip(run, logicalId, 'Delete', phase, `(${retained})`, physicalId);
      return undefined;
    }
    return this.play(run, model, logicalId, 'Delete', phase, { props, physicalId });
  }

  // -------------------------------------------------------------------------------------------
  // One event

  private async play(
    run: StackRun,
    model: AssemblyStack,
    logicalId: string,
    requestType: RequestType,
    phase: Phase,
    spec: { props: Json; oldProps?: Json; physicalId?: string; previousData?: Json },
  ): Promise<RehearsalEvent> {
    const resource = `${run.name}/${logicalId}`;
    let fn: LambdaFunction;
    try {
      fn = await this.lambdaFor(run, model, logicalId);
    } catch (error) {
      return this.record({
        stack: run.name, logicalId, resource, requestType, phase, status: 'ERROR',
        reason: `cannot run the handler: ${errorMessage(error)}`, calls: [], logs: [], leaked: false, responses: 0, line: '',
      });
    }

    const requestId = randomUUID();
    const { url } = this.bucket.issue(run.stackId, logicalId, requestId);
    const cfnEvent: Json = {
      RequestType: requestType,
      ServiceToken: spec.props.ServiceToken,
      ResponseURL: url,
      StackId: run.stackId,
      RequestId: requestId,
      LogicalResourceId: logicalId,
      ResourceType: model.template.Resources?.[logicalId]?.Type ?? 'Custom::PinpointSegment',
      ResourceProperties: structuredClone(spec.props),
    };
    if (requestType !== 'Create') cfnEvent.PhysicalResourceId = spec.physicalId;
    if (requestType === 'Update') cfnEvent.OldResourceProperties = structuredClone(spec.oldProps);

    const before = this.segmentOf(spec.physicalId, spec.previousData);
    const previousVersion = before ? this.emu.state.getSegment(before.applicationId, before.segmentId)?.Version : undefined;
    const callsBefore = this.emu.calls.length;
    const logs: string[] = [];

    this.env.set({
      ...fn.environment,
      AWS_LAMBDA_FUNCTION_NAME: fn.functionName,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.functionName}`,
      ...(this.options.logLevel !== undefined ? { LOG_LEVEL: this.options.logLevel } : {}),
    });
    this.capture.attribute(logs);
    let invocation;
    try {
      invocation = await invoke(fn, { ...(cfnEvent as { RequestId: string }) }, this.bucket, {
        timeoutSeconds: this.options.timeoutSeconds,
        graceMs: this.options.graceMs ?? 2000,
        settleMs: this.options.settleMs ?? 100,
      });
    } finally {
      this.capture.attribute(undefined);
    }

    const responses = this.bucket.responses(requestId);
    const event: RehearsalEvent = {
      stack: run.name, logicalId, resource, requestType, phase, status: 'SUCCESS', requestId,
      calls: this.emu.calls.slice(callsBefore).map((c) =>
        (c.status === undefined ? `${c.operation} ${c.fault ?? 'no answer'}` : c.status >= 300 ? `${c.operation} ${c.status}` : c.operation)),
      logs, leaked: false, responses: responses.length, durationMs: invocation.durationMs, event: cfnEvent, line: '',
      previousVersion,
    };
    this.judge(event, cfnEvent, responses.map((r) => r.body), invocation, fn);
    if (responses.length > 0 && invocation.timedOut) event.handlerProblem = 'the function responded but did not return before its timeout';
    else if (responses.length > 0 && invocation.error) event.handlerProblem = `the function responded, then failed: ${invocation.error}`;

    // Leak check: the presigned query string must appear in no log line and no response.
    const secrets = this.bucket.signatures();
    const seen = [...logs, ...responses.map((r) => r.body)];
    if (seen.some((text) => secrets.some((s) => text.includes(s)))) {
      event.leaked = true;
      event.reason = [event.reason, 'the handler wrote the ResponseURL\'s presigned query string (a credential) to its logs or response']
        .filter(Boolean).join('; ');
    }

    // Where the segment stands now.
    const after = this.segmentOf(event.physicalResourceId ?? spec.physicalId, event.data) ?? before;
    if (after && before && requestType === 'Update' && (after.segmentId !== before.segmentId || after.applicationId !== before.applicationId)) {
      event.replacedSegmentId = before.segmentId;
      event.previousVersion = undefined;
    }
    if (after) {
      event.applicationId = after.applicationId;
      event.segmentId = after.segmentId;
      const live = this.emu.state.getSegment(after.applicationId, after.segmentId);
      event.segmentExists = live !== undefined;
      event.version = toVersion(event.data?.Version) ?? live?.Version;
      if (requestType === 'Delete') {
        event.version = live?.Version;
        const adopted = parsePhysicalId(spec.physicalId)?.adoptedVersion;
        const history = this.emu.state.versions(after.applicationId, after.segmentId);
        const original = history.find((v) => v.Version === adopted);
        const definition = (v: Json | undefined) => v && { Name: v.Name, Dimensions: v.Dimensions, SegmentGroups: v.SegmentGroups };
        if (live && original && live.Version !== original.Version && isDeepStrictEqual(definition(live), definition(original))) {
          event.restoredVersion = adopted;
        }
      }
    }
    return this.record(event);
  }

  /** Decides what CloudFormation would make of the responses to one event. */
  private judge(event: RehearsalEvent, sent: Json, bodies: string[], invocation: { returned: boolean; error?: string; timedOut: boolean }, fn: LambdaFunction): void {
    if (bodies.length === 0) {
      event.status = 'NO RESPONSE';
      const rejected = this.bucket.rejected.filter((r) => r.requestId === event.requestId).map((r) => `${r.status} ${r.reason}`);
      event.reason = [
        invocation.timedOut
          ? `the handler neither returned nor responded within its ${this.options.timeoutSeconds ?? fn.timeoutSeconds} s timeout`
          : invocation.error ? `the handler failed without responding: ${invocation.error}` : 'the handler returned without responding',
        ...(rejected.length > 0 ? [`the response bucket refused ${rejected.length} PUT(s): ${[...new Set(rejected)].join('; ')}`] : []),
        'CloudFormation would wait until ServiceTimeout and fail the resource',
      ].join('; ');
      return;
    }
    const first = bodies[0];
    const problems: string[] = [];
    let body: Json | undefined;
    try {
      const parsed = JSON.parse(first);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) problems.push('the response is not a JSON object');
      else body = parsed;
    } catch {
      problems.push('the response is not valid JSON');
    }
    const size = Buffer.byteLength(first);
    if (size > MAX_RESPONSE_BYTES) problems.push(`the response is ${size} bytes; CloudFormation accepts at most ${MAX_RESPONSE_BYTES}`);
    if (body) {
      if (body.Status !== 'SUCCESS' && body.Status !== 'FAILED') problems.push(`Status is ${JSON.stringify(body.Status)}, not SUCCESS or FAILED`);
      for (const key of ['StackId', 'RequestId', 'LogicalResourceId'] as const) {
        if (body[key] !== sent[key]) problems.push(`${key} is ${JSON.stringify(body[key])}, not the event's ${JSON.stringify(sent[key])}`);
      }
      const pid = body.PhysicalResourceId;
      if (typeof pid !== 'string' || pid === '') problems.push('PhysicalResourceId is missing');
      else if (Buffer.byteLength(pid) > MAX_PHYSICAL_ID_BYTES) problems.push(`PhysicalResourceId is ${Buffer.byteLength(pid)} bytes; the limit is ${MAX_PHYSICAL_ID_BYTES}`);
      else event.physicalResourceId = pid;
      if (body.Data !== undefined && (typeof body.Data !== 'object' || body.Data === null || Array.isArray(body.Data))) problems.push('Data is not an object');
      else if (body.Data) event.data = body.Data;
    }
    if (problems.length > 0) {
      event.status = 'INVALID RESPONSE';
      event.reason = [...problems, ...(body?.Status === 'FAILED' && body.Reason ? [`Reason: ${body.Reason}`] : [])].join('; ');
      return;
    }
    event.status = body!.Status;
    if (body!.Status === 'FAILED') event.reason = typeof body!.Reason === 'string' && body!.Reason !== '' ? body!.Reason : '(no Reason given)';
    if (bodies.length > 1) {
      const statuses = bodies.map((b) => {
        try {
          return JSON.parse(b).Status ?? '?';
        } catch {
          return 'invalid';
        }
      });
      event.status = 'DUPLICATE RESPONSES';
      event.reason = `${bodies.length} responses to one event (${statuses.join(', ')}); CloudFormation expects exactly one` +
        (event.reason ? `; first Reason: ${event.reason}` : '');
    }
  }

  private recheckLateResponses(): void {
    for (const event of this.events) {
      if (!event.requestId) continue;
      const count = this.bucket.responses(event.requestId).length;
      if (count === event.responses) continue;
      const late = count - event.responses;
      event.responses = count;
      if (event.status === 'NO RESPONSE') {
        event.reason = `${event.reason}; ${late} response(s) arrived after the deadline`;
      } else {
        event.status = 'DUPLICATE RESPONSES';
        event.reason = `${count} responses to one event (${late} after the event was judged); CloudFormation expects exactly one`;
      }
      this.say(this.paint('red', `late: ${event.resource} ${event.requestType} received ${late} more response(s); now ${event.status}`));
    }
  }

  private scanOrphanLogs(): void {
    const secrets = this.bucket.signatures();
    if (this.capture.orphans.some((line) => secrets.some((s) => line.includes(s)))) {
      this.globalLeak = true;
      this.say(this.paint('red', 'LEAK: the ResponseURL\'s presigned query string was written to the console outside any event'));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Resolution

  private resolveProperties(run: StackRun, model: AssemblyStack, logicalId: string, requestType: RequestType, phase: Phase): Json | undefined {
    const resource = model.template.Resources![logicalId];
    try {
      const resolved = resolveValue(resource.Properties ?? {}, this.intrinsics(run, model), 'Properties');
      return stringifyScalars(resolved) as Json;
    } catch (error) {
      const reason = error instanceof ResolveError
        ? `cannot resolve ${error.path}: ${error.detail}`
        : `cannot resolve the properties: ${errorMessage(error)}`;
      this.record({
        stack: run.name, logicalId, resource: `${run.name}/${logicalId}`, requestType, phase, status: 'ERROR', reason,
        calls: [], logs: [], leaked: false, responses: 0, line: '',
      });
      return undefined;
    }
  }

  private intrinsics(run: StackRun, model: AssemblyStack): IntrinsicContext {
    const template = model.template;
    const resources = template.Resources ?? {};
    const pseudo: Record<string, unknown> = {
      'AWS::Partition': 'aws',
      'AWS::Region': REHEARSAL_REGION,
      'AWS::AccountId': REHEARSAL_ACCOUNT,
      'AWS::URLSuffix': 'amazonaws.com',
      'AWS::StackName': run.name,
      'AWS::StackId': run.stackId,
      'AWS::NotificationARNs': [],
    };
    const ctx: IntrinsicContext = {
      region: REHEARSAL_REGION,
      mappings: template.Mappings ?? {},
      ref: (name) => {
        if (name in pseudo) return pseudo[name];
        if (name.startsWith('AWS::')) throw new Error(`Ref to ${name} is not supported`);
        if (template.Parameters && name in template.Parameters) return this.parameter(run, model, name);
        const resource = resources[name];
        if (!resource) throw new Error(`Ref to ${name}: no such parameter or resource in the template`);
        this.assertExists(run, model, name);
        switch (resource.Type) {
          case 'AWS::Pinpoint::App':
            return this.applicationId(run, name);
          case 'AWS::Lambda::Function':
            return fakeFunctionName(model, name);
          case 'Custom::PinpointSegment':
            return this.liveResource(run, name, 'Ref').physicalId;
          default:
            throw new Error(`Ref to ${name} (${resource.Type}) is not supported offline`);
        }
      },
      getAtt: (logicalId, attribute) => {
        const resource = resources[logicalId];
        if (!resource) throw new Error(`Fn::GetAtt ${logicalId}.${attribute}: no such resource in the template`);
        this.assertExists(run, model, logicalId);
        switch (resource.Type) {
          case 'AWS::Pinpoint::App': {
            const id = this.applicationId(run, logicalId);
            if (attribute === 'Arn') return `arn:aws:mobiletargeting:${REHEARSAL_REGION}:${REHEARSAL_ACCOUNT}:apps/${id}`;
            if (attribute === 'ApplicationId' || attribute === 'Id') return id;
            throw new Error(`Fn::GetAtt ${logicalId}.${attribute}: AWS::Pinpoint::App has Arn, Id and ApplicationId`);
          }
          case 'AWS::Lambda::Function':
            if (attribute === 'Arn') return functionArn(fakeFunctionName(model, logicalId));
            throw new Error(`Fn::GetAtt ${logicalId}.${attribute}: only Arn is supported for a function`);
          case 'Custom::PinpointSegment': {
            const live = this.liveResource(run, logicalId, `Fn::GetAtt ${logicalId}.${attribute}`);
            if (!(attribute in live.data)) {
              throw new Error(`Fn::GetAtt ${logicalId}.${attribute}: the response Data has no ${attribute} (it has ${Object.keys(live.data).join(', ') || 'nothing'})`);
            }
            return live.data[attribute];
          }
          default:
            throw new Error(`Fn::GetAtt ${logicalId}.${attribute} (${resource.Type}) is not supported offline`);
        }
      },
      importValue: (name) => {
        const value = this.options.imports?.[name];
        if (value === undefined) throw new Error(`Fn::ImportValue ${JSON.stringify(name)} cannot be resolved offline (pass --import ${name}=<value>)`);
        return value;
      },
      condition: (name) => this.condition(run, model, name, ctx),
    };
    return ctx;
  }

  private parameter(run: StackRun, model: AssemblyStack, name: string): unknown {
    const declaration = model.template.Parameters![name];
    const given = this.options.parameters?.[`${run.name}:${name}`] ?? this.options.parameters?.[name];
    const type = String(declaration.Type ?? 'String');
    if (given === undefined && type.startsWith('AWS::SSM::Parameter::Value')) {
      throw new Error(`parameter ${name} is read from SSM (${type}); pass --parameter ${name}=<value>`);
    }
    const value = given ?? declaration.Default;
    if (value === undefined) throw new Error(`parameter ${name} has no Default; pass --parameter ${name}=<value>`);
    if (type.startsWith('List<') || type === 'CommaDelimitedList') return String(value).split(',').map((s) => s.trim());
    return value;
  }

  private condition(run: StackRun, model: AssemblyStack, name: string, ctx: IntrinsicContext): boolean {
    const key = `${run.stackId}|${model.templateFile}|${name}`;
    const cached = this.conditionCache.get(key);
    if (cached !== undefined) return cached;
    const expression = model.template.Conditions?.[name];
    if (expression === undefined) throw new Error(`no condition named ${name}`);
    this.conditionCache.set(key, false); // breaks cycles
    const value = evaluateCondition(expression, ctx, `Conditions.${name}`);
    this.conditionCache.set(key, value);
    return value;
  }

  /** A resource with a false Condition is not part of the stack. */
  private existsIn(run: StackRun, model: AssemblyStack, logicalId: string): boolean {
    const resource = model.template.Resources?.[logicalId];
    if (!resource) return false;
    if (resource.Condition === undefined) return true;
    try {
      return this.condition(run, model, resource.Condition, this.intrinsics(run, model));
    } catch {
      return true; // resolving the properties will report it
    }
  }

  private exists(run: StackRun, model: AssemblyStack, logicalId: string): boolean {
    const exists = this.existsIn(run, model, logicalId);
    if (!exists) {
      const condition = model.template.Resources![logicalId].Condition;
      this.line(this.columns('', 'SKIPPED', `${run.name}/${logicalId}`, this.paint('dim', `(condition ${condition} is false: not in the stack)`)));
    }
    return exists;
  }

  private assertExists(run: StackRun, model: AssemblyStack, logicalId: string): void {
    if (!this.existsIn(run, model, logicalId)) {
      throw new Error(`${logicalId} is not in the stack (its condition ${model.template.Resources![logicalId].Condition} is false)`);
    }
  }

  private liveResource(run: StackRun, logicalId: string, what: string): LiveResource {
    const live = run.live.get(logicalId);
    if (!live) throw new Error(`${what}: ${logicalId} has not been created`);
    return live;
  }

  private applicationId(run: StackRun, logicalId: string): string {
    const id = fakeApplicationId(run.name, logicalId);
    this.applications.set(id, `${run.name}/${logicalId}`);
    return id;
  }

  /** CloudFormation's own id for a resource that never answered: `<stack>-<logicalId>-<random>`. */
  private generatedPhysicalId(run: StackRun, logicalId: string): string {
    return `${run.name}-${logicalId}-${randomBytes(6).toString('hex').toUpperCase()}`;
  }

  // -------------------------------------------------------------------------------------------
  // Functions

  private lambdaFor(run: StackRun, model: AssemblyStack, segmentLogicalId: string): Promise<LambdaFunction> {
    const declaration = serviceTokenFunction(model, segmentLogicalId);
    const key = `${run.stackId}|${model.templateFile}|${declaration.logicalId}`;
    let loading = this.functions.get(key);
    if (!loading) {
      loading = (async () => {
        const props = declaration.resource.Properties ?? {};
        const folder = functionCodePath(model, declaration);
        const variables = resolveValue(props.Environment?.Variables ?? {}, this.intrinsics(run, model), `${declaration.logicalId}.Properties.Environment.Variables`);
        const environment = stringifyScalars(variables) as Record<string, string>;
        for (const key of Object.keys(environment)) if (key.startsWith('AWS_')) delete environment[key]; // reserved by Lambda
        const functionName = fakeFunctionName(model, declaration.logicalId);
        // The module may read its environment as it loads.
        this.env.set({ ...environment, AWS_LAMBDA_FUNCTION_NAME: functionName });
        const { handler } = await loadHandler(folder, typeof props.Handler === 'string' ? props.Handler : 'index.handler');
        const timeout = toVersion(props.Timeout) ?? 3;
        return {
          logicalId: declaration.logicalId,
          functionName,
          arn: functionArn(functionName),
          timeoutSeconds: timeout,
          memoryMb: toVersion(props.MemorySize) ?? 128,
          handler,
          environment,
        };
      })();
      this.functions.set(key, loading);
    }
    return loading;
  }

  // -------------------------------------------------------------------------------------------
  // Emulator seeding

  /**
   * An adopted segment exists before the stack does: seed a small "console" segment with that id,
   * so that the adoption, and the version it had before, are real.
   */
  private seedAdopted(run: StackRun, logicalId: string, props: Json): void {
    if (this.options.seed === false) return;
    const segmentId = props.SegmentId;
    const applicationId = props.ApplicationId;
    if (typeof segmentId !== 'string' || typeof applicationId !== 'string') return;
    if (this.emu.state.getSegment(applicationId, segmentId)) return;
    try {
      const seeded = this.emu.seedSegment(applicationId, {
        Id: segmentId,
        Name: 'Made in the console',
        Dimensions: { Demographic: { Channel: { DimensionType: 'INCLUSIVE', Values: ['EMAIL'] } } },
      });
      this.line(this.columns('SEED', '', `${run.name}/${logicalId}`,
        this.paint('dim', `console segment ${seeded.Id} v${seeded.Version} in application ${applicationId}`)));
    } catch (error) {
      this.note(`could not seed segment ${segmentId} for ${run.name}/${logicalId}: ${errorMessage(error)}`);
    }
  }

  private segmentOf(physicalId: string | undefined, data: Json | undefined): { applicationId: string; segmentId: string } | undefined {
    if (data && typeof data.ApplicationId === 'string' && typeof data.SegmentId === 'string') {
      return { applicationId: data.ApplicationId, segmentId: data.SegmentId };
    }
    const parsed = parsePhysicalId(physicalId);
    return parsed && { applicationId: parsed.applicationId, segmentId: parsed.segmentId };
  }

  // -------------------------------------------------------------------------------------------
  // Output

  private skip(run: StackRun, logicalId: string, requestType: RequestType, phase: Phase, reason: string, physicalId?: string): void {
    this.record({
      stack: run.name, logicalId, resource: `${run.name}/${logicalId}`, requestType, phase, status: 'SKIPPED', reason,
      physicalResourceId: physicalId, calls: [], logs: [], leaked: false, responses: 0, line: '',
    });
  }

  private record(event: RehearsalEvent): RehearsalEvent {
    const details: string[] = [];
    if (event.segmentId && (event.status === 'SUCCESS' || event.requestType === 'Delete')) {
      details.push(this.describeSegment(event));
    } else if (event.requestType === 'Delete' && event.status === 'SUCCESS' && event.event?.PhysicalResourceId) {
      details.push(`physical id ${event.event.PhysicalResourceId} (no segment behind it)`);
    }
    if (event.reason && event.status !== 'SUCCESS') details.push(event.status === 'SKIPPED' ? event.reason : `— ${event.reason}`);
    else if (event.leaked && event.reason) details.push(`— ${event.reason}`);
    if (event.handlerProblem) details.push(this.paint('yellow', `(${event.handlerProblem})`));
    if (event.calls.length > 0) details.push(this.paint('dim', `[${event.calls.join(', ')}]`));
    if (event.durationMs !== undefined) details.push(this.paint('dim', `${event.durationMs} ms`));
    const tag = event.phase === 'rollback' || event.phase === 'cleanup' ? this.paint('dim', `(${event.phase}) `) : '';
    const leak = event.leaked ? ` ${this.paint('red', 'LEAKED RESPONSE URL')}` : '';
    event.line = this.line(this.columns(event.requestType.toUpperCase(), event.status, event.resource, `${tag}${details.join('  ')}${leak}`));
    const show = this.options.handlerLogs ?? 'failures';
    if (event.logs.length > 0 && (show === 'all' || (show === 'failures' && isFailure(event)))) {
      const secrets = this.bucket.signatures();
      const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('<redacted>'), text);
      const shown = show === 'all' ? event.logs : event.logs.slice(-30);
      if (shown.length < event.logs.length) this.say(this.paint('dim', `      │ ... ${event.logs.length - shown.length} earlier line(s)`));
      for (const entry of shown) {
        for (const text of redact(entry).split('\n')) this.say(this.paint('dim', `      │ ${text}`));
      }
    }
    this.events.push(event);
    return event;
  }

  private describeSegment(event: RehearsalEvent): string {
    const id = `segment ${event.segmentId}`;
    if (event.requestType === 'Delete') {
      if (event.status !== 'SUCCESS') return id;
      if (!event.segmentExists) return `${id} deleted`;
      return `${id} kept at v${event.version}${event.restoredVersion !== undefined ? ` (definition of v${event.restoredVersion} restored)` : ''}`;
    }
    const version = event.version !== undefined ? ` v${event.version}` : '';
    if (event.requestType === 'Create') {
      const adopted = parsePhysicalId(event.physicalResourceId)?.adoptedVersion;
      return `${id}${version}${adopted !== undefined ? ` (adopted at v${adopted})` : ''}`;
    }
    if (event.replacedSegmentId !== undefined) return `${id}${version} (replaces segment ${event.replacedSegmentId})`;
    if (event.previousVersion === undefined || event.version === undefined) return `${id}${version}`;
    return `${id}${version} ${event.version === event.previousVersion ? '(unchanged)' : `(was v${event.previousVersion})`}`;
  }

  private columns(requestType: string, status: string, resource: string, details: string): string {
    const head = [requestType, status].filter(Boolean).join(' ');
    const painted = status === '' ? this.paint('cyan', head) : head.replace(status, this.paint(statusStyle(status as EventStatus), status));
    return `  ${painted}${' '.repeat(Math.max(1, 16 - head.length))}${resource.padEnd(this.resourceWidth)}  ${details}`.trimEnd();
  }

  private heading(run: StackRun, what: string): void {
    this.say(`${this.paint('bold', run.name)} ${this.paint('dim', '—')} ${what}`);
  }

  private note(text: string): void {
    this.notes.push(text);
    this.say(this.paint('yellow', `note: ${text}`));
  }

  /** Prints one line and returns it without colors. */
  private line(text: string): string {
    this.say(text);
    return stripAnsi(text);
  }

  private say(text: string): void {
    this.lines.push(stripAnsi(text));
    this.capture.passthrough(() => this.write(`${text}\n`));
  }

  private summarize(): RehearsalResult {
    const played = this.events.filter((e) => e.status !== 'SKIPPED' && e.status !== 'ERROR');
    const failed = this.events.filter(isFailure);
    const skipped = this.events.filter((e) => e.status === 'SKIPPED');
    const callCounts: Record<string, number> = {};
    for (const call of this.emu.calls) callCounts[call.operation] = (callCounts[call.operation] ?? 0) + 1;
    const segments: RehearsedSegment[] = [];
    const apps = new Set<string>(this.applications.keys());
    for (const e of this.events) if (e.applicationId) apps.add(e.applicationId);
    for (const app of apps) {
      for (const s of this.emu.state.listSegments(app)) {
        segments.push({ applicationId: app, segmentId: s.Id!, name: s.Name, version: s.Version, tags: { ...(s.tags ?? {}) } });
      }
    }

    this.say('');
    this.say(this.paint('bold', 'Summary'));
    const errors = this.events.filter((e) => e.status === 'ERROR').length;
    this.say(`  ${played.length} event${played.length === 1 ? '' : 's'} played, ` +
      `${this.paint(failed.length > 0 ? 'red' : 'green', `${failed.length} failed`)}` +
      `${errors > 0 ? ` (${errors} could not be played)` : ''}, ${skipped.length} skipped`);
    const totalCalls = this.emu.calls.length;
    const throttled = this.emu.calls.filter((c) => c.status === 429).length;
    this.say(`  Pinpoint calls: ${totalCalls}${totalCalls > 0 ? ` (${Object.entries(callCounts).map(([op, n]) => `${op} ${n}`).join(', ')})` : ''}` +
      `${throttled > 0 ? `, ${throttled} throttled` : ''}`);
    if (segments.length === 0) {
      this.say('  Emulator segments at the end: none');
    } else {
      this.say('  Emulator segments at the end:');
      for (const s of segments) {
        const owner = this.applications.get(s.applicationId);
        const tags = Object.entries(s.tags).map(([k, v]) => `${k}=${v}`).join(',');
        this.say(`    ${s.segmentId}  v${s.version}  ${JSON.stringify(s.name ?? '')}` +
          `${tags ? `  tags ${tags}` : ''}  ${this.paint('dim', `(application ${s.applicationId}${owner ? `, ${owner}` : ''})`)}`);
      }
    }
    const exitCode = failed.length > 0 || this.globalLeak ? 1 : 0;
    for (const e of failed) this.say(this.paint('red', `  ✗ ${e.requestType.toUpperCase()} ${e.status} ${e.resource}${e.reason ? `: ${e.reason}` : ''}`));
    this.say(exitCode === 0 ? this.paint('green', 'Rehearsal passed.') : this.paint('red', 'Rehearsal FAILED.'));
    return { events: this.events, exitCode, output: this.lines.join('\n') + '\n', segments, callCounts };
  }
}

function retainReason(resource: TemplateResource | undefined, why: 'delete' | 'create-rollback' | 'replace'): string | undefined {
  if (!resource) return undefined;
  if (why === 'replace') return resource.UpdateReplacePolicy === 'Retain' ? 'UpdateReplacePolicy Retain' : undefined;
  const policy = resource.DeletionPolicy;
  if (policy === 'Retain') return 'DeletionPolicy Retain';
  if (policy === 'RetainExceptOnCreate' && why === 'delete') return 'DeletionPolicy RetainExceptOnCreate';
  return undefined;
}

// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}

/**
 * Plays every segment's lifecycle in a cloud assembly against the emulator, through the real
 * bundled handler. Never exits the process; the CLI does, with `exitCode`.
 */
export async function rehearse(options: RehearseOptions): Promise<RehearsalResult> {
  return new Rehearsal(options).run();
}

// ---------------------------------------------------------------------------------------------
// CLI

export const USAGE = `Usage: pinpoint-segment-rehearse [options] [cdk.out]

Plays every Custom::PinpointSegment in a cloud assembly (default: cdk.out) through the real
bundled handler against an embedded Pinpoint emulator: Create, a no-op Update, then Delete, with
CloudFormation's semantics. No AWS account, no network. Exits 1 if any event failed.

Options:
  --update-to <dir>          also play an Update to another assembly's properties
  --no-update                skip the no-op Update
  --no-delete                skip the Delete (leave the segments in place)
  --no-seed                  do not pre-create adopted segments; the handler meets a missing id
  --strict-missing           the emulator answers 404 to UpdateSegment of a missing id
                             (default: the PUT creates it)
  --stack <name>             only this stack (repeatable; * is a wildcard)
  --parameter [Stack:]Name=Value   a template parameter (default: its Default)
  --import Name=Value        a value for Fn::ImportValue
  --timeout <seconds>        the handler's deadline (default: the function's Timeout)
  --log-level <level>        LOG_LEVEL for the handler (DEBUG, INFO, WARN, ERROR)
  --logs                     show the handler's log lines under every event
  --no-logs                  never show them (default: only under failed events)
  --throttle <rate>[/<burst>]   the emulator throttles every operation
  --faults <json>            emulator faults by operation, e.g. '{"UpdateSegment":{"error":{"status":500,"times":2}}}'
  --color, --no-color        ANSI colors (default: when stdout is a terminal)
  -h, --help                 this text
`;

export class UsageError extends Error {}

/** Parses the command line (without `node` and the script). */
export function parseArgs(argv: readonly string[]): RehearseOptions | 'help' {
  const options: {
    -readonly [K in keyof RehearseOptions]?: RehearseOptions[K];
  } = {};
  const stacks: string[] = [];
  const parameters: Record<string, string> = {};
  const imports: Record<string, string> = {};
  const faults: Partial<Record<FaultRoute, FaultSpec>> = {};
  const positional: string[] = [];
  const args = [...argv];
  const value = (flag: string, inline: string | undefined): string => {
    const v = inline ?? args.shift();
    if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  const pair = (flag: string, text: string): [string, string] => {
    const eq = text.indexOf('=');
    if (eq <= 0) throw new UsageError(`${flag} takes Name=Value, got ${JSON.stringify(text)}`);
    return [text.slice(0, eq), text.slice(eq + 1)];
  };
  while (args.length > 0) {
    const arg = args.shift()!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    switch (flag) {
      case '-h':
      case '--help':
        return 'help';
      case '--update-to':
        options.updateTo = value(flag, inline);
        break;
      case '--no-update':
        options.update = false;
        break;
      case '--no-delete':
        options.delete = false;
        break;
      case '--no-seed':
        options.seed = false;
        break;
      case '--strict-missing':
        options.updateCreatesMissing = false;
        break;
      case '--stack':
        stacks.push(value(flag, inline));
        break;
      case '--parameter': {
        const [k, v] = pair(flag, value(flag, inline));
        parameters[k] = v;
        break;
      }
      case '--import': {
        const [k, v] = pair(flag, value(flag, inline));
        imports[k] = v;
        break;
      }
      case '--timeout': {
        const seconds = Number(value(flag, inline));
        if (!(seconds > 0)) throw new UsageError('--timeout needs a positive number of seconds');
        options.timeoutSeconds = seconds;
        break;
      }
      case '--log-level':
        options.logLevel = value(flag, inline).toUpperCase();
        break;
      case '--logs':
        options.handlerLogs = 'all';
        break;
      case '--no-logs':
        options.handlerLogs = 'none';
        break;
      case '--throttle': {
        const [rate, burst] = value(flag, inline).split('/').map(Number);
        if (!(rate > 0)) throw new UsageError('--throttle needs <rate>[/<burst>] with a positive rate');
        faults['*'] = { ...faults['*'], throttle: { rate, burst: burst > 0 ? burst : Math.max(1, Math.ceil(rate)) } };
        break;
      }
      case '--faults': {
        let parsed: unknown;
        try {
          parsed = JSON.parse(value(flag, inline));
        } catch (error) {
          throw new UsageError(`--faults is not valid JSON: ${errorMessage(error)}`);
        }
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new UsageError('--faults must be a JSON object');
        Object.assign(faults, parsed);
        break;
      }
      case '--color':
        options.color = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        positional.push(arg);
    }
  }
  if (positional.length > 1) throw new UsageError(`expected one assembly directory, got ${positional.join(' ')}`);
  return {
    ...options,
    assemblyDir: positional[0] ?? 'cdk.out',
    ...(stacks.length > 0 ? { stacks } : {}),
    ...(Object.keys(parameters).length > 0 ? { parameters } : {}),
    ...(Object.keys(imports).length > 0 ? { imports } : {}),
    ...(Object.keys(faults).length > 0 ? { faults } : {}),
  };
}

/** Runs the CLI; resolves to the process exit code (2 for a usage or assembly error). */
export async function main(argv: readonly string[]): Promise<number> {
  let options: RehearseOptions | 'help';
  try {
    options = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`pinpoint-segment-rehearse: ${errorMessage(error)}\n\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    const result = await rehearse(options);
    return result.exitCode;
  } catch (error) {
    process.stderr.write(`pinpoint-segment-rehearse: ${errorMessage(error)}\n`);
    return 2;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    // Exit once stdout has drained: a handler left hanging must not keep the process alive.
    (code) => {
      process.stdout.write('', () => process.exit(code));
    },
    (error) => {
      process.stderr.write(`pinpoint-segment-rehearse: ${error?.stack ?? error}\n`);
      process.exit(2);
    },
  );
}
