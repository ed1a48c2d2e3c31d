/**
 * What the handler benchmarks share: the bundled handler run against the emulator with
 * CloudFormation's semantics comes from test/support/cfn-harness.ts; this adds the properties of
 * many segments from one synth, and the environment for handlers in child processes.
 */
import * as os from 'os';
import * as path from 'path';
import { App, CfnElement, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { PinpointSegment, PinpointSegmentProps } from '../lib';
import { HANDLER_FILE, REGION, SegmentResourceProps } from '../test/support/cfn-harness';

export { HANDLER_DIR, HANDLER_FILE, ROOT } from '../test/support/cfn-harness';
export type { Harness, SegmentResourceProps } from '../test/support/cfn-harness';

/** The bundled handler, what `npm run build` produces. */
export const BUNDLE_FILE = HANDLER_FILE;

/** Options for `startHarness` that every benchmark uses: no wait for late duplicate PUTs. */
export const HARNESS_OPTIONS = { settleMs: 0 } as const;

/**
 * The environment of a handler in a child process: the emulator, fake credentials, nothing real
 * (the harness does the same for the handler inside this process).
 */
export function childEnvironment(emulatorUrl: string): Record<string, string> {
  const nowhere = path.join(os.tmpdir(), `pinpoint-bench-${process.pid}`, 'does-not-exist');
  return {
    PATH: process.env.PATH ?? '',
    AWS_ENDPOINT_URL_PINPOINT: emulatorUrl,
    AWS_REGION: REGION,
    AWS_DEFAULT_REGION: REGION,
    AWS_ACCESS_KEY_ID: 'AKIABENCH00000000000',
    AWS_SECRET_ACCESS_KEY: 'bench-fake-secret-access-key-not-valid-anywhere',
    AWS_CONFIG_FILE: path.join(nowhere, 'config'),
    AWS_SHARED_CREDENTIALS_FILE: path.join(nowhere, 'credentials'),
    AWS_EC2_METADATA_DISABLED: 'true',
  };
}

/**
 * The `Custom::PinpointSegment` properties the construct synthesizes for each of `segments`, from
 * one synth, without ServiceToken (the harness stringifies scalars when it sends them, as
 * CloudFormation does). Each `applicationId` must be literal. For one segment, the harness's
 * `propsFromConstruct` does the same.
 */
export function segmentPropertiesOf(segments: readonly PinpointSegmentProps[]): SegmentResourceProps[] {
  const stack = new Stack(new App(), 'BenchEvents');
  const constructs = segments.map((props, i) => new PinpointSegment(stack, `Segment${i + 1}`, props));
  const template = Template.fromStack(stack).toJSON() as { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };
  return constructs.map((segment) => {
    const resource = template.Resources[stack.getLogicalId(segment.node.defaultChild as CfnElement)];
    if (resource?.Type !== 'Custom::PinpointSegment') throw new Error(`no segment resource for ${segment.node.path}`);
    const properties = { ...resource.Properties };
    delete properties.ServiceToken;
    return properties;
  });
}
