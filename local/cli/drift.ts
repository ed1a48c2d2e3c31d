/**
 * `pinpoint-segment drift --stack NAME [--app cdk.out] [--json] [--repair]`: each declared segment
 * of a deployed stack against the live one. `--repair` writes the declaration to each MODIFIED
 * segment through the handler's own Update path (lambda/segment-handler.ts), then reads it again.
 */
import type { SegmentResponse } from '@aws-sdk/client-pinpoint';
import type { CloudFormationCustomResourceUpdateEvent } from 'aws-lambda';
import { errorSummary } from '../../lambda/errors';
import { DesiredSegment, parseDesiredSegment } from '../../lambda/properties';
import { handleSegmentEvent } from '../../lambda/segment-handler';
import { stringifyScalars } from '../rehearse-intrinsics';
import { ParsedArgs, UsageError } from './args';
import { Aws, ClientOptions, mapConcurrently, PINPOINT_RATE, progressReporter } from './aws';
import { DeclaredSegment, declaredSegments } from './declared';
import { Difference, differences, show } from './drift-compare';

export const DRIFT_USAGE = `Usage: pinpoint-segment drift --stack NAME [--app cdk.out] [--json] [--repair]

Compares every segment the stack declares (in the cloud assembly) with the live segment in
Pinpoint, using the handler's own comparison, and prints one line per segment:
  IN_SYNC       the live definition and the declared tags are as declared
  MODIFIED      with each differing field path, declared and live value side by side
  DELETED       the stack has the segment, Pinpoint no longer does
  NOT_DEPLOYED  in the assembly, not (successfully) in the stack
then a summary. Tags are compared over the declared keys only; the construct's ownership tag and
tags nobody declared are ignored.

CloudFormation calls the handler only when a segment's properties change, so a change made in the
console stays until then. --repair writes the declaration to each MODIFIED segment now, through the
handler's own Update path (UpdateSegment only if the definition differs; declared tags only).

Options:
  --stack NAME      the stack name (or the assembly's artifact id)
  --app DIR         the cloud assembly (default: cdk.out); run \`cdk synth\` first
  --json            machine-readable output on standard output
  --repair          re-converge MODIFIED segments, then check them again
  --region REGION   AWS region (default: the SDK's region chain)
  --profile NAME    AWS profile (default: the SDK's credential chain)
  --rate N          Pinpoint requests per second (default: ${PINPOINT_RATE}, the service's default quota)
  -h, --help        this text

Exit codes: 0 everything in sync (after --repair: everything repaired), 1 drift found,
2 usage or runtime error.
`;

export type DriftStatus = 'IN_SYNC' | 'MODIFIED' | 'DELETED' | 'NOT_DEPLOYED' | 'ERROR';

export interface SegmentDrift {
  readonly logicalId: string;
  readonly path: string;
  readonly status: DriftStatus;
  readonly applicationId?: string;
  readonly segmentId?: string;
  readonly differences?: Difference[];
  /** For ERROR: why the segment could not be compared. */
  readonly error?: string;
  /** With --repair, for a MODIFIED segment: whether it is now in sync. */
  readonly repaired?: boolean;
}

export interface DriftReport {
  readonly stack: string;
  readonly segments: SegmentDrift[];
  readonly summary: Record<DriftStatus, number>;
  readonly exitCode: number;
}

export interface DriftOptions extends ClientOptions {
  readonly stack: string;
  readonly app: string;
  readonly json: boolean;
  readonly repair: boolean;
}

export function driftOptions(args: ParsedArgs): DriftOptions {
  const stack = args.string('stack');
  if (stack === undefined || stack === '') throw new UsageError('--stack is required');
  return { ...args.clientOptions(), stack, app: args.string('app') ?? 'cdk.out', json: args.flag('json'), repair: args.flag('repair') };
}

/** The declaration as the handler reads it from an event: scalars as strings, numbers coerced back. */
function desiredOf(declared: DeclaredSegment): DesiredSegment {
  return parseDesiredSegment(stringifyScalars(declared.properties));
}

async function compareOne(aws: Aws, declared: DeclaredSegment): Promise<SegmentDrift> {
  const base = { logicalId: declared.logicalId, path: declared.path, applicationId: declared.ref?.applicationId, segmentId: declared.ref?.segmentId };
  if (!declared.ref) return { ...base, status: 'NOT_DEPLOYED' };
  if (declared.error !== undefined) return { ...base, status: 'ERROR', error: declared.error };
  let desired: DesiredSegment;
  try {
    desired = desiredOf(declared);
  } catch (error) {
    return { ...base, status: 'ERROR', error: errorSummary(error) };
  }
  const live: SegmentResponse | undefined = await aws.getSegment(declared.ref.applicationId, declared.ref.segmentId);
  if (!live) return { ...base, status: 'DELETED' };
  const tags = live.Arn ? await aws.listTags(live.Arn) : live.tags;
  if (tags === undefined) return { ...base, status: 'DELETED' };
  const found = [...identityDifferences(desired, declared), ...differences(desired, live, tags)];
  return found.length === 0 ? { ...base, status: 'IN_SYNC' } : { ...base, status: 'MODIFIED', differences: found };
}

/** A declared application or segment id other than the deployed one: the next deploy replaces it. */
function identityDifferences(desired: DesiredSegment, declared: DeclaredSegment): Difference[] {
  const ref = declared.ref!;
  const found: Difference[] = [];
  if (desired.applicationId !== ref.applicationId) found.push({ path: 'ApplicationId', declared: desired.applicationId, live: ref.applicationId });
  if (desired.segmentId !== undefined && desired.segmentId !== ref.segmentId) found.push({ path: 'SegmentId', declared: desired.segmentId, live: ref.segmentId });
  return found;
}

/** The handler's Update, in place: same properties old and new, so only declared tag keys move. */
async function repairOne(aws: Aws, declared: DeclaredSegment, stackName: string): Promise<void> {
  const properties = stringifyScalars({ ServiceToken: 'pinpoint-segment-drift-repair', ...declared.properties }) as
    CloudFormationCustomResourceUpdateEvent['ResourceProperties'];
  const event: CloudFormationCustomResourceUpdateEvent = {
    RequestType: 'Update',
    ServiceToken: properties.ServiceToken,
    ResponseURL: 'https://localhost/not-used-by-repair',
    StackId: `arn:aws:cloudformation:::stack/${stackName}/drift-repair`,
    RequestId: `drift-repair-${Date.now()}`,
    LogicalResourceId: declared.logicalId,
    PhysicalResourceId: declared.physicalId!,
    ResourceType: 'Custom::PinpointSegment',
    ResourceProperties: properties,
    OldResourceProperties: properties,
  };
  const result = await handleSegmentEvent(event, { client: aws.pinpoint, signal: aws.eventSignal(), retryPolicy: aws.retryPolicy });
  if (result.physicalResourceId !== declared.physicalId) {
    throw new Error(`the segment vanished during the repair; the handler made ${result.physicalResourceId}, which the stack does not know: deploy the stack`);
  }
}

function summarize(segments: SegmentDrift[]): Record<DriftStatus, number> {
  const summary: Record<DriftStatus, number> = { IN_SYNC: 0, MODIFIED: 0, DELETED: 0, NOT_DEPLOYED: 0, ERROR: 0 };
  for (const s of segments) summary[s.status]++;
  return summary;
}

export async function drift(options: DriftOptions, aws: Aws): Promise<DriftReport> {
  const declared = await declaredSegments(aws, options.app, options.stack);
  const progress = progressReporter('drift: segments checked', declared.length);
  let segments = await mapConcurrently(declared, PINPOINT_RATE, (d) => compareOne(aws, d), progress);
  if (options.repair) {
    const modified = segments.map((s, i) => ({ s, i })).filter(({ s }) => s.status === 'MODIFIED');
    const repairProgress = progressReporter('drift: segments repaired', modified.length);
    const repaired = await mapConcurrently(modified, PINPOINT_RATE, async ({ s, i }): Promise<SegmentDrift> => {
      try {
        await repairOne(aws, declared[i], options.stack);
        const after = await compareOne(aws, declared[i]);
        return { ...s, repaired: after.status === 'IN_SYNC' };
      } catch (error) {
        return { ...s, repaired: false, error: errorSummary(error) };
      }
    }, repairProgress);
    segments = [...segments];
    modified.forEach(({ i }, k) => (segments[i] = repaired[k]));
  }
  const summary = summarize(segments);
  const unresolved = segments.filter((s) => s.status !== 'IN_SYNC' && !s.repaired);
  const exitCode = summary.ERROR > 0 || segments.some((s) => s.repaired === false && s.error) ? 2 : unresolved.length > 0 ? 1 : 0;
  return { stack: options.stack, segments, summary, exitCode };
}

/** The text report: one line per segment, then the summary. */
export function formatReport(report: DriftReport): string {
  const width = Math.max(...report.segments.map((s) => s.status.length), 'NOT_DEPLOYED'.length);
  const lines = report.segments.map((s) => {
    const id = s.segmentId ? ` (${s.segmentId})` : '';
    let detail = '';
    if (s.differences) detail = `: ${s.differences.map((d) => `${d.path} declared ${show(d.declared)} live ${show(d.live)}`).join('; ')}`;
    if (s.status === 'ERROR') detail = `: ${s.error}`;
    if (s.repaired !== undefined) detail += s.repaired ? ' [repaired]' : ` [not repaired${s.error ? `: ${s.error}` : ''}]`;
    return `${s.status.padEnd(width)}  ${s.path}${id}${detail}`;
  });
  const counts = (Object.entries(report.summary) as Array<[DriftStatus, number]>)
    .filter(([status, n]) => n > 0 || status !== 'ERROR')
    .map(([status, n]) => `${n} ${status}`);
  const repaired = report.segments.filter((s) => s.repaired).length;
  const total = report.segments.length;
  lines.push(`${report.stack}: ${total} segment${total === 1 ? '' : 's'}: ${counts.join(', ')}${repaired > 0 ? `; ${repaired} repaired` : ''}`);
  return `${lines.join('\n')}\n`;
}

export async function runDrift(options: DriftOptions, aws: Aws = new Aws(options)): Promise<number> {
  const report = await drift(options, aws);
  // In JSON, an absent side of a difference is null rather than a missing key.
  const json = () => JSON.stringify(report, (key, value: unknown) => (value === undefined && (key === 'declared' || key === 'live') ? null : value), 2);
  process.stdout.write(options.json ? `${json()}\n` : formatReport(report));
  return report.exitCode;
}
