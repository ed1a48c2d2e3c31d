/**
 * The fault matrix's runner: every case runs the real bundled handler against the emulator
 * (test/support/cfn-harness.ts) and is held to three things:
 *
 * 1. exactly one response reached the response URL, before the simulated deadline, and the handler
 *    returned normally (it never throws: a throw makes Lambda retry, which is a second answer);
 * 2. its status and reason are right, and a FAILED reason carries Pinpoint's message or a clear cause;
 * 3. the emulator's state shows nothing lost: every segment the stack did not declare is exactly as
 *    it was (definition, version, tags), every adopted segment still exists, and no segment appeared
 *    that the stack does not know about (a leak).
 *
 * (1) and (2) are checked by `answer()`, which every case must call; (3) by the runner after the case.
 */
import type { SegmentDimensions, SegmentResponse } from '@aws-sdk/client-pinpoint';
import type { Harness, InvocationResult, ParsedResponse } from '../support/cfn-harness';
import type { ResponseProxy } from '../support/response-proxy';

export const APP = 'f1e2d3c4b5a697881726354453627180';
export const OTHER_APP = '0a9b8c7d6e5f40312233445566778899';

/** API-shape dimensions for segments made "in the console". */
export const CONSOLE_DIMENSIONS: SegmentDimensions = { Demographic: { Platform: { DimensionType: 'INCLUSIVE', Values: ['ios'] } } };

export interface Expectation {
  readonly status: 'SUCCESS' | 'FAILED';
  /** The whole reason, or a pattern it must match. Omitted for SUCCESS: then there must be none. */
  readonly reason?: string | RegExp;
  /** The physical id answered, or a pattern. */
  readonly physicalId?: string | RegExp;
}

/** When each invocation was sent (just before the event left). */
const sentAt = new WeakMap<InvocationResult, number>();

/** What the summary counts. */
export interface CaseRecord {
  readonly name: string;
  readonly faultClass: string;
  /** Faults that really fired, by kind: emulator calls answered with a fault, failed response PUTs. */
  faultsFired: Record<string, number>;
  /** What the case does to the handler besides (or instead of) emulator faults. */
  readonly eventFault: boolean;
  answered: boolean;
  passed: boolean;
  lost: string[];
  leaked: string[];
  /** A leak the case documents as current behaviour (see README.md, "Failure behaviour"). */
  expectedLeaks: number;
  ms: number;
}

interface SnapshotEntry {
  segment: SegmentResponse;
  versions: number;
  tags: Record<string, string> | undefined;
}
type Snapshot = Map<string, SnapshotEntry>;

export const keyOf = (applicationId: string, segmentId: string) => `${applicationId}/${segmentId}`;

export function definitionOf(segment: SegmentResponse | undefined) {
  return segment && { Name: segment.Name, Dimensions: segment.Dimensions, SegmentGroups: segment.SegmentGroups };
}

/** Segment ids named by a physical id (both parts of a `|prev=` id). */
export function segmentKeysOf(physicalId: string): string[] {
  return physicalId
    .split('|prev=')
    .map((part) => part.split(':'))
    .filter((parts) => parts.length === 2 || (parts.length === 4 && parts[2] === 'adopted'))
    .map((parts) => keyOf(parts[0], parts[1]));
}

export class CaseContext {
  /** Segments the stack declares in this case: they may be created, changed or deleted. */
  readonly declared = new Set<string>();
  /** Segments that must exist at the end (adopted ones). */
  readonly mustExist = new Set<string>();
  /** Segments the stack knows about at the end (named by an answered physical id). */
  readonly tracked = new Set<string>();
  readonly invocations: InvocationResult[] = [];
  answers = 0;
  private before?: Snapshot;
  private readonly firstCall: number;
  private readonly firstPut: number;

  constructor(
    readonly h: Harness,
    readonly proxy: ResponseProxy,
    readonly record: CaseRecord,
    readonly apps: readonly string[] = [APP, OTHER_APP],
  ) {
    this.firstCall = h.emu.calls.length;
    this.firstPut = proxy.attempts.length;
  }

  get emu() {
    return this.h.emu;
  }

  /** A segment made outside the stack, in the console: it must come through every case untouched. */
  seedBystander(applicationId = APP, name = 'Made in the console'): SegmentResponse {
    return this.emu.seedSegment(applicationId, { Name: name, Dimensions: CONSOLE_DIMENSIONS, tags: { owner: 'marketing' } });
  }

  /** A console-made segment the stack adopts: declared, and it must still exist at the end. */
  seedAdopted(id: string, applicationId = APP): SegmentResponse {
    const seeded = this.emu.seedSegment(applicationId, { Id: id, Name: 'Lapsed (console)', Dimensions: CONSOLE_DIMENSIONS, tags: { owner: 'marketing' } });
    this.declare(applicationId, id);
    this.mustExist.add(keyOf(applicationId, id));
    return seeded;
  }

  declare(applicationId: string, segmentId: string): void {
    this.declared.add(keyOf(applicationId, segmentId));
  }

  /** Remembers the segments a physical id names as known to the stack (and declared). */
  track(physicalId: string): void {
    for (const key of segmentKeysOf(physicalId)) {
      this.tracked.add(key);
      this.declared.add(key);
    }
  }

  /** Runs a fault-free setup event; it must succeed. Returns its response. */
  async setup(run: () => Promise<InvocationResult>): Promise<ParsedResponse> {
    const result = await run();
    const response = result.response;
    if (response.Status !== 'SUCCESS') throw new Error(`setup failed: ${response.Reason}\n${result.logs.join('\n')}`);
    this.track(response.PhysicalResourceId);
    return response;
  }

  /** Records the state the case must not lose. Call after setup, before the faults. */
  snapshot(): void {
    this.before = takeSnapshot(this.h, this.apps);
  }

  /** Sends an event under fault, timed. */
  async send(run: () => Promise<InvocationResult>): Promise<InvocationResult> {
    if (!this.before) this.snapshot();
    const t0 = Date.now();
    const result = await run();
    sentAt.set(result, t0);
    this.invocations.push(result);
    return result;
  }

  /**
   * Assertions (1) and (2): exactly one response, delivered before the deadline, by a handler that
   * returned normally; then its status, reason and physical id.
   */
  answer(result: InvocationResult, expected: Expectation): ParsedResponse {
    const t0 = sentAt.get(result);
    if (t0 === undefined) throw new Error('answer() takes an invocation made with send()');
    const logs = `\nlogs:\n${result.logs.join('\n')}`;
    expect({ responses: result.parsedResponses.length, returned: result.returned, threw: result.error }).toEqual({
      responses: 1,
      returned: true,
      threw: undefined,
    });
    expect(result.rejectedPuts).toEqual([]);
    const response = result.parsedResponses[0];
    const deliveredAfterMs = response.raw.at - t0;
    if (!(deliveredAfterMs < result.deadlineMs && result.elapsedMs < result.deadlineMs)) {
      throw new Error(`answered after ${deliveredAfterMs} ms, returned after ${result.elapsedMs} ms; the deadline was ${result.deadlineMs} ms${logs}`);
    }
    if (response.Status !== expected.status) {
      throw new Error(`expected ${expected.status}, got ${response.Status}: ${response.Reason}${logs}`);
    }
    if (expected.reason === undefined) {
      expect(response.Reason).toBeUndefined();
    } else if (typeof expected.reason === 'string') {
      expect(response.Reason).toBe(expected.reason);
    } else {
      expect(response.Reason).toMatch(expected.reason);
    }
    if (expected.status === 'FAILED') {
      // A clear cause: never empty, never a bare "Error" or stack trace.
      expect(response.Reason!.length).toBeGreaterThan(10);
      expect(response.Reason).not.toMatch(/^\s*(Error|undefined|\[object Object\])\s*$|\n\s+at /);
    }
    if (expected.physicalId !== undefined) {
      if (typeof expected.physicalId === 'string') expect(response.PhysicalResourceId).toBe(expected.physicalId);
      else expect(response.PhysicalResourceId).toMatch(expected.physicalId);
    }
    // Only ids the handler issued (a successful Create or Update) name segments the stack knows;
    // a Delete's physical id is input, and may well be foreign.
    if (response.Status === 'SUCCESS' && result.event.RequestType !== 'Delete') this.track(response.PhysicalResourceId);
    this.answers += 1;
    this.record.answered = true;
    return response;
  }

  /** Faults that fired during the case, by kind: emulator faults and failed response PUTs. */
  faultsFired(): Record<string, number> {
    const fired: Record<string, number> = {};
    for (const call of this.emu.calls.slice(this.firstCall)) {
      if (call.fault !== undefined) fired[call.fault] = (fired[call.fault] ?? 0) + 1;
    }
    for (const attempt of this.proxy.attempts.slice(this.firstPut)) {
      if ('failed' in attempt.outcome) fired['response PUT'] = (fired['response PUT'] ?? 0) + 1;
    }
    return fired;
  }

  /**
   * Assertion (3), measured: fills `record.lost` and `record.leaked`. Runs even when the case
   * failed earlier, so that the summary reports a loss whatever assertion caught it first.
   */
  assessState(expectedLeaks = 0): void {
    const before = this.before ?? new Map<string, SnapshotEntry>();
    const after = takeSnapshot(this.h, this.apps);
    const lost: string[] = [];
    for (const [key, was] of before) {
      const now = after.get(key);
      if (this.mustExist.has(key) && !now) lost.push(`${key}: adopted segment deleted`);
      if (this.declared.has(key)) continue;
      if (!now) lost.push(`${key}: deleted, but the stack never declared it`);
      else if (JSON.stringify(now) !== JSON.stringify(was)) lost.push(`${key}: changed, but the stack never declared it`);
    }
    for (const key of this.mustExist) {
      if (!after.has(key) && !lost.some((l) => l.startsWith(key))) lost.push(`${key}: adopted segment does not exist`);
    }
    this.record.lost = lost;
    this.record.leaked = [...after.keys()].filter((key) => !before.has(key) && !this.tracked.has(key));
    this.record.expectedLeaks = expectedLeaks;
  }

  /** Assertion (3): nothing lost, and no leak but the documented ones. */
  expectNothingLost(): void {
    expect(this.record.lost).toEqual([]);
    expect(this.record.leaked).toHaveLength(this.record.expectedLeaks);
  }
}

function takeSnapshot(h: Harness, apps: readonly string[]): Snapshot {
  const snapshot: Snapshot = new Map();
  for (const app of apps) {
    for (const segment of h.emu.state.listSegments(app)) {
      const id = segment.Id!;
      snapshot.set(keyOf(app, id), {
        segment,
        versions: h.emu.state.versions(app, id).length,
        tags: h.emu.state.tags(h.emu.state.arnOf(app, id)),
      });
    }
  }
  return snapshot;
}

export function summarize(records: readonly CaseRecord[]): string {
  const lost = records.filter((r) => r.lost.length > 0);
  const leaked = records.filter((r) => r.leaked.length > r.expectedLeaks);
  const fired: Record<string, number> = {};
  for (const r of records) for (const [kind, n] of Object.entries(r.faultsFired)) fired[kind] = (fired[kind] ?? 0) + n;
  const total = Object.values(fired).reduce((a, b) => a + b, 0);
  const passed = records.filter((r) => r.passed);
  const faulted = records.filter((r) => r.eventFault || Object.keys(r.faultsFired).length > 0);
  const lines = [
    'fault matrix summary',
    `  cases:            ${records.length}, ${passed.length} passed, in ${new Set(records.map((r) => r.faultClass)).size} fault classes`,
    `  faults fired:     ${total} (${Object.entries(fired).map(([k, n]) => `${n} ${k}`).join(', ')})`,
    `                    plus ${records.filter((r) => r.eventFault).length} cases with a faulty event or state (malformed, foreign id, removed by hand, rollback)`,
    `  faults survived:  ${faulted.filter((r) => r.passed).length} of ${faulted.length} faulted cases answered exactly once, rightly, with nothing lost`,
    `  something lost:   ${lost.length === 0 ? 'none' : lost.map((r) => `${r.name}: ${r.lost.join('; ')}`).join(' | ')}`,
    `  unexpected leaks: ${leaked.length === 0 ? 'none' : leaked.map((r) => `${r.name}: ${r.leaked.join(', ')}`).join(' | ')}`,
    `  documented leaks: ${records.filter((r) => r.expectedLeaks > 0).map((r) => r.name).join(' | ') || 'none'}`,
  ];
  const failed = records.filter((r) => !r.passed);
  if (failed.length > 0) lines.push(`  FAILED cases:     ${failed.map((r) => r.name).join(' | ')}`);
  return lines.join('\n');
}
