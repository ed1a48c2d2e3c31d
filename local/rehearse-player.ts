/**
 * Plays one CloudFormation event: builds it as CloudFormation would, invokes the function behind
 * the ServiceToken, collects the Pinpoint calls it made and the responses it PUT, checks that the
 * presigned ResponseURL leaked nowhere, and records where the segment stands afterwards.
 */
import { randomUUID } from 'crypto';
import { isDeepStrictEqual } from 'util';
import { parsePhysicalId } from '../lambda/physical-id';
import type { SegmentResponse } from '@aws-sdk/client-pinpoint';
import type { Emulator } from './emulator';
import { AssemblyStack, functionCodePath, Json, serviceTokenFunction } from './rehearse-assembly';
import { fakeFunctionName, functionArn, ProcessEnvironment, stackAccount, stackRegion } from './rehearse-environment';
import { stringifyScalars } from './rehearse-intrinsics';
import { changedPaths, judgeResponses } from './rehearse-judge';
import { handlerModule, invoke, LambdaHandler, loadHandler, LogCapture, ResponseBucket } from './rehearse-lambda';
import type { ChildFunction, ChildRuntime, HandlerRuntime } from './rehearse-runtime';
import type { DeployLog } from './rehearse-report';
import type { StackInFlight, TemplateResolver } from './rehearse-resolver';
import type { Phase, RehearsalEvent, RequestType, SentEvent } from './rehearse-types';

/** What an event carries besides its type. */
export interface EventSpec {
  /** ResourceProperties (resolved, scalars as strings). */
  readonly props: Json;
  /** Update only. */
  readonly oldProps?: Json;
  /** Update and Delete. */
  readonly physicalId?: string;
  /** The Data of the last successful answer, to find the segment. */
  readonly previousData?: Json;
}

export interface PlayerOptions {
  /** Which Node.js runs the handler. */
  readonly runtime: HandlerRuntime;
  /** The execution environments, when the handler runs in child processes. */
  readonly children?: ChildRuntime;
  /** The variables every invocation starts from (the emulator's endpoint, fake credentials). */
  readonly baseEnvironment: Record<string, string | undefined>;
  readonly timeoutSeconds?: number;
  readonly graceMs: number;
  readonly settleMs: number;
  readonly logLevel?: string;
}

function toNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value !== '' ? Number(value) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class EventPlayer {
  readonly events: RehearsalEvent[] = [];
  /** The presigned query string appeared on the console outside any event. */
  globalLeak = false;
  private readonly functions = new Map<string, Promise<RunnableFunction>>();

  constructor(
    private readonly emu: Emulator,
    private readonly bucket: ResponseBucket,
    private readonly capture: LogCapture,
    private readonly env: ProcessEnvironment,
    private readonly resolver: TemplateResolver,
    private readonly log: DeployLog,
    private readonly options: PlayerOptions,
  ) {}

  /** Sends one event to the function and records what came of it. */
  async play(stack: StackInFlight, model: AssemblyStack, logicalId: string, requestType: RequestType, phase: Phase, spec: EventSpec): Promise<RehearsalEvent> {
    const resource = `${stack.name}/${logicalId}`;
    let fn: RunnableFunction;
    try {
      fn = await this.lambdaFor(stack, model, logicalId);
    } catch (error) {
      return this.error(stack, logicalId, requestType, phase, `cannot run the handler: ${errorMessage(error)}`);
    }

    const requestId = randomUUID();
    const { url } = this.bucket.issue(stack.stackId, logicalId, requestId);
    const cfnEvent: SentEvent = {
      RequestType: requestType,
      ServiceToken: spec.props.ServiceToken,
      ResponseURL: url,
      StackId: stack.stackId,
      RequestId: requestId,
      LogicalResourceId: logicalId,
      ResourceType: model.template.Resources?.[logicalId]?.Type ?? 'Custom::PinpointSegment',
      ResourceProperties: structuredClone(spec.props),
    };
    if (requestType !== 'Create') cfnEvent.PhysicalResourceId = spec.physicalId;
    if (requestType === 'Update') cfnEvent.OldResourceProperties = structuredClone(spec.oldProps);

    const before = segmentOf(spec.physicalId, spec.previousData);
    const previousVersion = before ? this.emu.state.getSegment(before.applicationId, before.segmentId)?.Version : undefined;
    const callsBefore = this.emu.calls.length;
    const logs: string[] = [];

    const lambdaVariables = {
      ...fn.environment,
      ...regionVariables(model),
      AWS_LAMBDA_FUNCTION_NAME: fn.functionName,
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(fn.memoryMb),
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${fn.functionName}`,
      ...(this.options.logLevel !== undefined ? { LOG_LEVEL: this.options.logLevel } : {}),
    };
    const sent = { ...(cfnEvent as { RequestId: string }) };
    let invocation;
    const children = this.options.children;
    if (children !== undefined) {
      invocation = await children.invoke(fn, sent, this.bucket, this.childEnvironment(fn, lambdaVariables), logs, this.options);
    } else {
      this.env.set(lambdaVariables);
      this.capture.attribute(logs);
      try {
        invocation = await invoke(fn, sent, this.bucket, this.options);
      } finally {
        this.capture.attribute(undefined);
      }
    }

    const responses = this.bucket.responses(requestId);
    const calls = this.emu.calls.slice(callsBefore);
    const verdict = judgeResponses({
      sent: cfnEvent,
      bodies: responses.map((r) => r.body),
      invocation,
      timeoutSeconds: this.options.timeoutSeconds ?? fn.timeoutSeconds,
      refusedPuts: this.bucket.rejected.filter((r) => r.requestId === requestId).map((r) => `${r.status} ${r.reason}`),
    });
    const denied = calls.filter((c) => c.errorType === 'AccessDeniedException');
    const event: RehearsalEvent = {
      stack: stack.name, logicalId, resource, requestType, phase, requestId,
      ...verdict,
      calls: calls.map((c) =>
        (c.status === undefined ? `${c.operation} ${c.fault ?? 'no answer'}` : c.status >= 300 ? `${c.operation} ${c.status}` : c.operation)),
      ...(denied.length > 0 ? { accessDenied: [...new Set(denied.map((c) => `${c.operation} ${c.params.SegmentId ?? c.params.ApplicationId ?? ''}`.trim()))] } : {}),
      ...(requestType === 'Update' ? { changedPaths: changedPaths(spec.oldProps, spec.props) } : {}),
      logs, leaked: false, responses: responses.length, durationMs: invocation.durationMs, event: cfnEvent, line: '',
      previousVersion,
    };
    if (responses.length > 0 && invocation.timedOut) event.handlerProblem = 'the function responded but did not return before its timeout';
    else if (responses.length > 0 && invocation.error) event.handlerProblem = `the function responded, then failed: ${invocation.error}`;

    // Leak check: the presigned query string must appear in no log line and no response.
    const secrets = this.bucket.signatures();
    if ([...logs, ...responses.map((r) => r.body)].some((text) => secrets.some((s) => text.includes(s)))) {
      event.leaked = true;
      event.reason = [event.reason, 'the handler wrote the ResponseURL\'s presigned query string (a credential) to its logs or response']
        .filter(Boolean).join('; ');
    }
    this.locateSegment(event, requestType, spec, before);
    return this.record(event);
  }

  /** An event CloudFormation would not send (a deletion policy, a failed dependency). */
  skip(stack: StackInFlight, logicalId: string, requestType: RequestType, phase: Phase, reason: string, physicalId?: string): RehearsalEvent {
    return this.record({
      stack: stack.name, logicalId, resource: `${stack.name}/${logicalId}`, requestType, phase, status: 'SKIPPED', reason,
      physicalResourceId: physicalId, calls: [], logs: [], leaked: false, responses: 0, line: '',
    });
  }

  /** An event the rehearsal could not send. */
  error(stack: StackInFlight, logicalId: string, requestType: RequestType, phase: Phase, reason: string): RehearsalEvent {
    return this.record({
      stack: stack.name, logicalId, resource: `${stack.name}/${logicalId}`, requestType, phase, status: 'ERROR', reason,
      calls: [], logs: [], leaked: false, responses: 0, line: '',
    });
  }

  /** A response that arrived after its event was judged still counts. */
  recheckLateResponses(): void {
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
      this.log.say(this.log.paint('red', `late: ${event.resource} ${event.requestType} received ${late} more response(s); now ${event.status}`));
    }
  }

  scanOrphanLogs(): void {
    const secrets = this.bucket.signatures();
    if ([...this.capture.orphans, ...(this.options.children?.orphans ?? [])].some((line) => secrets.some((s) => line.includes(s)))) {
      this.globalLeak = true;
      this.log.say(this.log.paint('red', 'LEAK: the ResponseURL\'s presigned query string was written to the console outside any event'));
    }
  }

  private record(event: RehearsalEvent): RehearsalEvent {
    this.log.event(event);
    this.events.push(event);
    return event;
  }

  private locateSegment(event: RehearsalEvent, requestType: RequestType, spec: EventSpec, before: SegmentLocation | undefined): void {
    const after = segmentOf(event.physicalResourceId ?? spec.physicalId, event.data) ?? before;
    if (after && before && requestType === 'Update' && (after.segmentId !== before.segmentId || after.applicationId !== before.applicationId)) {
      event.replacedSegmentId = before.segmentId;
      event.previousVersion = undefined;
    }
    if (!after) return;
    event.applicationId = after.applicationId;
    event.segmentId = after.segmentId;
    const live = this.emu.state.getSegment(after.applicationId, after.segmentId);
    event.segmentExists = live !== undefined;
    event.version = toNumber(event.data?.Version) ?? live?.Version;
    if (requestType !== 'Delete') return;
    event.version = live?.Version;
    const adopted = parsePhysicalId(spec.physicalId)?.current.adoptedVersion;
    const original = this.emu.state.versions(after.applicationId, after.segmentId).find((v) => v.Version === adopted);
    const definition = (v: SegmentResponse | undefined) => v && { Name: v.Name, Dimensions: v.Dimensions, SegmentGroups: v.SegmentGroups };
    if (live && original && live.Version !== original.Version && isDeepStrictEqual(definition(live), definition(original))) {
      event.restoredVersion = adopted;
    }
  }

  /** A Lambda execution environment's variables: nothing of this process's own environment but PATH. */
  private childEnvironment(fn: RunnableFunction, variables: Record<string, string>): Record<string, string> {
    const base = Object.fromEntries(Object.entries(this.options.baseEnvironment).filter((e): e is [string, string] => e[1] !== undefined));
    return {
      PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
      TZ: ':UTC',
      LANG: 'en_US.UTF-8',
      LAMBDA_TASK_ROOT: fn.folder,
      AWS_EXECUTION_ENV: `AWS_Lambda_nodejs${this.options.runtime.version.replace(/^v(\d+).*/, '$1')}.x`,
      ...base,
      ...variables,
    };
  }

  private lambdaFor(stack: StackInFlight, model: AssemblyStack, segmentLogicalId: string): Promise<RunnableFunction> {
    const declaration = serviceTokenFunction(model, segmentLogicalId);
    const key = `${stack.stackId}|${model.templateFile}|${declaration.logicalId}`;
    let loading = this.functions.get(key);
    if (!loading) {
      loading = (async () => {
        const props = declaration.resource.Properties ?? {};
        const folder = functionCodePath(model, declaration);
        const declared = (props.Environment as Json | undefined)?.Variables;
        const variables = this.resolver.resolve(stack, model, declared ?? {}, `${declaration.logicalId}.Properties.Environment.Variables`);
        const environment = stringifyScalars(variables) as Record<string, string>;
        for (const name of Object.keys(environment)) if (name.startsWith('AWS_')) delete environment[name]; // reserved by Lambda
        const functionName = fakeFunctionName(model, declaration.logicalId);
        const handlerSetting = typeof props.Handler === 'string' ? props.Handler : 'index.handler';
        let handler: LambdaHandler = () => undefined;
        if (this.options.children !== undefined) {
          handlerModule(folder, handlerSetting); // fails here, like loading would, when the module is missing
        } else {
          // The module may read its environment as it loads.
          this.env.set({ ...environment, ...regionVariables(model), AWS_LAMBDA_FUNCTION_NAME: functionName });
          handler = (await loadHandler(folder, handlerSetting)).handler;
        }
        return {
          folder,
          handlerSetting,
          logicalId: declaration.logicalId,
          functionName,
          arn: functionArn(functionName, stackRegion(model), stackAccount(model)),
          timeoutSeconds: toNumber(props.Timeout) ?? 3,
          memoryMb: toNumber(props.MemorySize) ?? 128,
          handler,
          environment,
        };
      })();
      this.functions.set(key, loading);
    }
    return loading;
  }
}

/** Lambda sets the function's region; the SDK client the handler builds signs for it. */
function regionVariables(model: AssemblyStack): { AWS_REGION: string; AWS_DEFAULT_REGION: string } {
  const region = stackRegion(model);
  return { AWS_REGION: region, AWS_DEFAULT_REGION: region };
}

/** A function and where its code is. */
type RunnableFunction = ChildFunction;

interface SegmentLocation {
  readonly applicationId: string;
  readonly segmentId: string;
}

function segmentOf(physicalId: string | undefined, data: Json | undefined): SegmentLocation | undefined {
  if (data && typeof data.ApplicationId === 'string' && typeof data.SegmentId === 'string') {
    return { applicationId: data.ApplicationId, segmentId: data.SegmentId };
  }
  const parsed = parsePhysicalId(physicalId)?.current;
  return parsed && { applicationId: parsed.applicationId, segmentId: parsed.segmentId };
}
