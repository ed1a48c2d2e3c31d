/**
 * Mass deploy: many concurrent Creates through the bundled handler against an emulator throttled
 * like Pinpoint's segment write quota (25 requests per second, burst 25).
 */
import { constructProps } from './definition';
import { Harness, SegmentResourceProps, segmentPropertiesOf } from './lambda';
import { elapsedMs } from './stats';

/**
 * The throttle's route. '*' is one bucket shared by every operation: the strictest reading of the
 * quota. A Create of a new segment makes one call, CreateSegment, so here it equals throttling the
 * write routes (Create/Update/DeleteSegment) alone.
 */
export const THROTTLE_ROUTE = '*';

export interface MassDeployOptions {
  readonly segments: number;
  /** Requests per second. */
  readonly rate: number;
  readonly burst: number;
}

export interface MassDeployRun {
  readonly wall_s: number;
  /** Events answered SUCCESS. */
  readonly succeeded: number;
  /** Segments the emulator holds afterwards. */
  readonly segments_created: number;
  /** Requests the emulator received, and how many of them it throttled (429). */
  readonly requests: number;
  readonly throttled: number;
}

const APPLICATION_ID = 'a0b1c2d3e4f5061728394a5b6c7d8e9f';

/** The Create properties of `count` segments, synthesized once by the construct. */
export function massDeployProperties(count: number): SegmentResourceProps[] {
  return segmentPropertiesOf(Array.from({ length: count }, (_, i) => constructProps(APPLICATION_ID, i + 1)));
}

/**
 * Sends every Create at once (as CloudFormation does for independent resources) and waits until
 * each has answered. The token bucket starts full.
 */
export async function runMassDeploy(
  harness: Harness,
  properties: readonly SegmentResourceProps[],
  options: Pick<MassDeployOptions, 'rate' | 'burst'>,
): Promise<MassDeployRun> {
  const emulator = harness.emu;
  emulator.reset();
  emulator.faults.set(THROTTLE_ROUTE, { throttle: { rate: options.rate, burst: options.burst } });
  const start = process.hrtime.bigint();
  const results = await Promise.all(properties.map((props, i) => harness.create(props, { logicalId: `Segment${i + 1}` })));
  const wallMs = elapsedMs(start);
  emulator.faults.clear();
  return {
    wall_s: wallMs / 1000,
    succeeded: results.filter((r) => r.parsedResponses.length === 1 && r.response.Status === 'SUCCESS').length,
    segments_created: emulator.state.listSegments(APPLICATION_ID).length,
    requests: emulator.calls.length,
    throttled: emulator.calls.filter((c) => c.fault === 'throttled').length,
  };
}
