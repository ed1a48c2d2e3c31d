/**
 * The deploy log: one line per event (or per event CloudFormation would not send), the handler's
 * log lines under failures, and a summary whose counts are the counts of the lines printed.
 */
import type { RecordedCall } from './emulator';
import { parsePhysicalId } from '../lambda/physical-id';
import { OWNERSHIP_TAG_KEY } from '../lib/ownership';
import { EventStatus, isFailure, NotRehearsed, RehearsalEvent, RehearsedSegment } from './rehearse-types';

const ANSI = {
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
};

export type Style = keyof typeof ANSI;

const ANSI_PATTERN = /\u001b\[[0-9;]*m/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}

function statusStyle(status: string): Style {
  if (status === 'SUCCESS') return 'green';
  if (status === 'SKIPPED' || status === 'NOT REHEARSED') return 'yellow';
  return 'red';
}

export interface ReporterOptions {
  readonly color: boolean;
  /** Where text goes, a chunk at a time. */
  readonly write: (text: string) => void;
  readonly handlerLogs: 'all' | 'failures' | 'none';
  /** Secrets to redact from the handler's log lines before they are shown. */
  readonly secrets: () => string[];
  /** Runs a write with the console behaving normally (the handler's console is captured). */
  readonly passthrough: (fn: () => void) => void;
}

export interface SummaryInput {
  readonly events: readonly RehearsalEvent[];
  readonly calls: readonly RecordedCall[];
  readonly segments: readonly RehearsedSegment[];
  /** Application id → the `<stack>/<logicalId>` that made it. */
  readonly applications: ReadonlyMap<string, string>;
  readonly notRehearsed: readonly NotRehearsed[];
  /** A leak outside any event. */
  readonly globalLeak: boolean;
}

export class DeployLog {
  /** Every line printed, without colors. */
  readonly lines: string[] = [];
  /** Lines printed per status (`SKIPPED` counts the lines of events CloudFormation would not send). */
  private readonly printed = new Map<string, number>();
  resourceWidth = 30;

  constructor(private readonly options: ReporterOptions) {}

  paint(style: Style, text: string): string {
    return this.options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text;
  }

  say(text: string): void {
    this.lines.push(stripAnsi(text));
    this.options.passthrough(() => this.options.write(`${text}\n`));
  }

  heading(stackName: string, what: string): void {
    this.say(`${this.paint('bold', stackName)} ${this.paint('dim', '—')} ${what}`);
  }

  note(text: string): void {
    this.say(this.paint('yellow', `note: ${text}`));
  }

  /** A line that is not an event: `SEED`, a condition, a resource not rehearsed. Counted by status. */
  row(label: string, status: string, resource: string, details: string): string {
    if (status !== '') this.printed.set(status, (this.printed.get(status) ?? 0) + 1);
    const line = this.columns(label, status, resource, details);
    this.say(line);
    return stripAnsi(line);
  }

  /** Prints an event's line (and the handler's logs under it when asked), and sets `event.line`. */
  event(event: RehearsalEvent): RehearsalEvent {
    const details: string[] = [];
    if (event.segmentId && (event.status === 'SUCCESS' || event.requestType === 'Delete')) {
      details.push(describeSegment(event));
    } else if (event.requestType === 'Delete' && event.status === 'SUCCESS' && event.event?.PhysicalResourceId) {
      details.push(`physical id ${event.event.PhysicalResourceId} (no segment behind it)`);
    }
    if (event.changedPaths !== undefined && event.status !== 'SKIPPED') {
      details.push(event.changedPaths.length === 0 ? 'no property changed' : `changed: ${event.changedPaths.join(', ')}`);
    }
    if (event.reason && event.status !== 'SUCCESS') details.push(event.status === 'SKIPPED' ? event.reason : `— ${event.reason}`);
    else if (event.leaked && event.reason) details.push(`— ${event.reason}`);
    if (event.accessDenied && event.accessDenied.length > 0) details.push(this.paint('red', `(access denied: ${event.accessDenied.join('; ')})`));
    if (event.handlerProblem) details.push(this.paint('yellow', `(${event.handlerProblem})`));
    if (event.calls.length > 0) details.push(this.paint('dim', `[${event.calls.join(', ')}]`));
    if (event.durationMs !== undefined) details.push(this.paint('dim', `${event.durationMs} ms`));
    const tag = event.phase === 'rollback' || event.phase === 'cleanup' ? this.paint('dim', `(${event.phase}) `) : '';
    const leak = event.leaked ? ` ${this.paint('red', 'LEAKED RESPONSE URL')}` : '';
    event.line = this.row(event.requestType.toUpperCase(), event.status, event.resource, `${tag}${details.join('  ')}${leak}`);
    this.handlerLines(event);
    return event;
  }

  /** The counts the summary prints: each is the number of lines printed with that status. */
  counts(): { played: number; failed: number; errors: number; skipped: number; notRehearsed: number } {
    const n = (status: string) => this.printed.get(status) ?? 0;
    const failedStatuses: EventStatus[] = ['FAILED', 'NO RESPONSE', 'DUPLICATE RESPONSES', 'INVALID RESPONSE', 'ERROR'];
    const played = ['SUCCESS', ...failedStatuses].reduce((sum, s) => sum + n(s), 0) - n('ERROR');
    return { played, failed: failedStatuses.reduce((sum, s) => sum + n(s), 0), errors: n('ERROR'), skipped: n('SKIPPED'), notRehearsed: n('NOT REHEARSED') };
  }

  summary(input: SummaryInput): number {
    const counts = this.counts();
    // A SUCCESS whose handler leaked the URL is a failure too, though its line says SUCCESS.
    const failed = input.events.filter(isFailure);
    const leakedSuccesses = failed.filter((e) => !['FAILED', 'NO RESPONSE', 'DUPLICATE RESPONSES', 'INVALID RESPONSE', 'ERROR'].includes(e.status)).length;
    const failedCount = counts.failed + leakedSuccesses;
    this.say('');
    this.say(this.paint('bold', 'Summary'));
    this.say(`  ${counts.played} event${counts.played === 1 ? '' : 's'} played, ` +
      `${this.paint(failedCount > 0 ? 'red' : 'green', `${failedCount} failed`)}` +
      `${counts.errors > 0 ? ` (${counts.errors} could not be played)` : ''}, ${counts.skipped} skipped` +
      `${counts.notRehearsed > 0 ? `, ${counts.notRehearsed} not rehearsed (${[...new Set(input.notRehearsed.map((r) => r.type))].join(', ')})` : ''}`);
    const byOperation = new Map<string, number>();
    for (const call of input.calls) byOperation.set(call.operation, (byOperation.get(call.operation) ?? 0) + 1);
    const throttled = input.calls.filter((c) => c.status === 429).length;
    const denied = input.calls.filter((c) => c.errorType === 'AccessDeniedException').length;
    this.say(`  Pinpoint calls: ${input.calls.length}` +
      `${input.calls.length > 0 ? ` (${[...byOperation].map(([op, n]) => `${op} ${n}`).join(', ')})` : ''}` +
      `${throttled > 0 ? `, ${throttled} throttled` : ''}${denied > 0 ? `, ${denied} denied by IAM` : ''}`);
    if (input.segments.length === 0) {
      this.say('  Emulator segments at the end: none');
    } else {
      this.say('  Emulator segments at the end:');
      for (const s of input.segments) {
        const owner = input.applications.get(s.applicationId);
        // The reserved ownership tag is the handler's bookkeeping, not the user's declaration (DESIGN.md).
        const tags = Object.entries(s.tags).filter(([k]) => k !== OWNERSHIP_TAG_KEY).map(([k, v]) => `${k}=${v}`).join(',');
        this.say(`    ${s.segmentId}  v${s.version}  ${JSON.stringify(s.name ?? '')}` +
          `${tags ? `  tags ${tags}` : ''}  ${this.paint('dim', `(application ${s.applicationId}${owner ? `, ${owner}` : ''})`)}`);
      }
    }
    const exitCode = failed.length > 0 || input.globalLeak ? 1 : 0;
    for (const e of failed) this.say(this.paint('red', `  ✗ ${e.requestType.toUpperCase()} ${e.status} ${e.resource}${e.reason ? `: ${e.reason}` : ''}`));
    this.say(exitCode === 0 ? this.paint('green', 'Rehearsal passed.') : this.paint('red', 'Rehearsal FAILED.'));
    return exitCode;
  }

  private columns(label: string, status: string, resource: string, details: string): string {
    const head = [label, status].filter(Boolean).join(' ');
    const painted = status === '' ? this.paint('cyan', head) : head.replace(status, this.paint(statusStyle(status), status));
    return `  ${painted}${' '.repeat(Math.max(1, 16 - head.length))}${resource.padEnd(this.resourceWidth)}  ${details}`.trimEnd();
  }

  private handlerLines(event: RehearsalEvent): void {
    const show = this.options.handlerLogs;
    if (event.logs.length === 0 || !(show === 'all' || (show === 'failures' && isFailure(event)))) return;
    const secrets = this.options.secrets();
    const redact = (text: string) => secrets.reduce((t, s) => t.split(s).join('<redacted>'), text);
    const shown = show === 'all' ? event.logs : event.logs.slice(-30);
    if (shown.length < event.logs.length) this.say(this.paint('dim', `      │ ... ${event.logs.length - shown.length} earlier line(s)`));
    for (const entry of shown) {
      for (const text of redact(entry).split('\n')) this.say(this.paint('dim', `      │ ${text}`));
    }
  }
}

function describeSegment(event: RehearsalEvent): string {
  const id = `segment ${event.segmentId}`;
  if (event.requestType === 'Delete') {
    if (event.status !== 'SUCCESS') return id;
    if (!event.segmentExists) return `${id} deleted`;
    return `${id} kept at v${event.version}${event.restoredVersion !== undefined ? ` (definition of v${event.restoredVersion} restored)` : ''}`;
  }
  const version = event.version !== undefined ? ` v${event.version}` : '';
  if (event.requestType === 'Create') {
    const adopted = parsePhysicalId(event.physicalResourceId)?.current.adoptedVersion;
    return `${id}${version}${adopted !== undefined ? ` (adopted at v${adopted})` : ''}`;
  }
  if (event.replacedSegmentId !== undefined) return `${id}${version} (replaces segment ${event.replacedSegmentId})`;
  if (event.previousVersion === undefined || event.version === undefined) return `${id}${version}`;
  return `${id}${version} ${event.version === event.previousVersion ? '(unchanged)' : `(was v${event.previousVersion})`}`;
}
