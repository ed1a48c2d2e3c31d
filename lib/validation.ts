// Synth-time validation of PinpointSegmentProps, composed the way cdk-nag composes a pack: the
// strict shape check (validation-shape.ts) first, then the value rules (validation-rules.ts),
// each a small named function. The construct runs it through validation-app.ts. Every problem is reported at once (as aws-solutions-constructs
// does), each as `<construct path>: <prop path>: <problem>`, in camelCase prop terms. Values that
// are unresolved tokens are skipped: they are only known at deploy time.
import type { PinpointSegmentProps } from './pinpoint-segment-props';
import { describeValue, Problem } from './validation-format';
import { DIMENSION_RULES, dimensionsOf, SEGMENT_RULES, tagsFitLimits } from './validation-rules';
import { checkShape, SEGMENT_PROPS } from './validation-shape';

/**
 * Every problem with the props, each as `<path>: <problem>`; empty when they are valid. Accepts
 * anything, as a JavaScript caller may pass anything.
 *
 * @internal
 */
export function validateSegmentProps(props: PinpointSegmentProps): string[] {
  return findProblems(props).map(({ path, message }) => `${path}: ${message}`);
}

/**
 * Every problem with the tags a segment ends up with, those added with `Tags.of(scope)` included,
 * each as `tags.<key>: <problem>`; empty when they are valid. The same rule as the `tags` prop.
 *
 * @internal
 */
export function validateSegmentTags(tags: { [key: string]: string }): string[] {
  return tagsFitLimits({ tags } as unknown as PinpointSegmentProps).map(({ path, message }) => `${path}: ${message}`);
}

/**
 * Throws one error listing every problem with the props, one line each, every line starting
 * with the construct path (`Growth/Gold: dimensions.location.country.values[0]: ...`), so that a
 * stack of many segments shows which one is wrong.
 *
 * @param props what the caller passed
 * @param constructPath the segment's `node.path`; omitted, lines start with the prop path
 * @internal
 */
export function assertValidSegmentProps(props: PinpointSegmentProps, constructPath?: string): void {
  const problems = validateSegmentProps(props);
  if (problems.length === 0) return;
  throw new Error(formatProblems(problems, constructPath));
}

/**
 * One line per problem, each prefixed with the construct path when there is one.
 *
 * @internal
 */
export function formatProblems(problems: readonly string[], constructPath?: string): string {
  const prefix = constructPath ? `${constructPath}: ` : '';
  return problems.map((problem) => `${prefix}${problem}`).join('\n');
}

/**
 * Every problem with the props, as path and message. This file stays free of constructs, so that
 * the CLI can run the same validation over plain values (local/cli bundles it with a small shim
 * of aws-cdk-lib); checks that need the construct tree are in validation-app.ts.
 *
 * @internal
 */
export function findProblems(props: unknown): Problem[] {
  if (typeof props !== 'object' || props === null || Array.isArray(props)) {
    return [{ path: 'props', message: `expected an object with applicationId and name, got ${describeValue(props)}` }];
  }
  const typed = props as PinpointSegmentProps;
  // Loops appending to one list (this runs once per segment): shape problems, then the segment
  // rules, then the dimension rules for each dimensions object, in that order.
  const problems = checkShape(props, SEGMENT_PROPS, '');
  for (const rule of SEGMENT_RULES) appendAll(problems, rule(typed));
  for (const { dims, path } of dimensionsOf(typed)) {
    for (const rule of DIMENSION_RULES) appendAll(problems, rule(dims, path));
  }
  return problems;
}

function appendAll(to: Problem[], from: readonly Problem[]): void {
  for (const problem of from) to.push(problem);
}
