/**
 * Synth scale: the same N segments declared three ways, each synthesized in a fresh App into a
 * temporary outdir, in this process, under the same conditions (the default App settings, so the
 * built-in CloudFormation validation plugin of aws-cdk-lib runs for all three alike).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App, ArnFormat, AssetStaging, Stack } from 'aws-cdk-lib';
import { CfnApp, CfnSegment } from 'aws-cdk-lib/aws-pinpoint';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId, PhysicalResourceIdReference } from 'aws-cdk-lib/custom-resources';
import { PinpointSegment } from '../lib';
import { apiDefinition, cfnSegmentProps, constructProps, TAGS } from './definition';
import { collectGarbage, elapsedMs, median, rotate } from './stats';

export const APPROACHES = ['construct', 'cfnsegment', 'awscustomresource'] as const;
export type Approach = (typeof APPROACHES)[number];

export const STACK_NAME = 'Bench';

/** aws-cdk-lib's context key for its pre-flight resource-count check (0 turns it off). */
export const STACK_RESOURCE_LIMIT_CONTEXT = '@aws-cdk/core:stackResourceLimit';

/** CloudFormation's quota of resources per stack. */
export const CLOUDFORMATION_MAX_RESOURCES = 500;

/** One synth: its wall time and what it produced. */
export interface SynthSample {
  readonly ms: number;
  /**
   * CPU time (user + system) this process spent in the synth, all its threads (GC helpers included).
   * Less sensitive than wall time to other processes competing for the CPUs.
   */
  readonly cpu_ms: number;
  readonly template_bytes: number;
  /** Every entry of the template's Resources, the CfnApp included (AWS::CDK::Metadata excluded). */
  readonly resources: number;
  /** Statements of AWS::IAM::Policy documents and of roles' inline Policies. */
  readonly iam_statements: number;
  readonly resource_types: Record<string, number>;
  /** Findings in validation-report.json (each violating construct counts once); 0 without validation. */
  readonly validation_findings: number;
}

export interface SynthRow {
  readonly approach: Approach;
  readonly segments: number;
  readonly median_ms: number;
  readonly median_cpu_ms: number;
  readonly template_bytes: number;
  readonly resources: number;
  readonly iam_statements: number;
  readonly resource_types: Record<string, number>;
  readonly validation_findings: number;
  readonly runs_ms: number[];
  readonly runs_cpu_ms: number[];
}

/** Declares `count` segments of the shared definition in `stack`, the way `approach` does it. */
export function declareSegments(approach: Approach, stack: Stack, applicationId: string, count: number): void {
  for (let i = 1; i <= count; i++) {
    const id = `Segment${i}`;
    switch (approach) {
      case 'construct':
        new PinpointSegment(stack, id, constructProps(applicationId, i));
        break;
      case 'cfnsegment':
        new CfnSegment(stack, id, cfnSegmentProps(applicationId, i));
        break;
      case 'awscustomresource':
        declareAwsCustomResource(stack, id, applicationId, i);
        break;
    }
  }
}

/**
 * `AwsCustomResource` as its documentation recommends: `installLatestAwsSdk: false`, and a policy
 * from `fromSdkCalls`, as narrow as it allows. Its one `resources` list serves all three calls, so
 * it names the application (for CreateSegment) and the application's segments (the segment id is
 * not known at synth).
 */
function declareAwsCustomResource(stack: Stack, id: string, applicationId: string, index: number): void {
  const request = { ...apiDefinition(index) };
  const appArn = stack.formatArn({
    service: 'mobiletargeting',
    resource: 'apps',
    resourceName: applicationId,
    arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
  });
  new AwsCustomResource(stack, id, {
    onCreate: {
      service: 'Pinpoint',
      action: 'createSegment',
      parameters: { ApplicationId: applicationId, WriteSegmentRequest: { ...request, tags: { ...TAGS } } },
      physicalResourceId: PhysicalResourceId.fromResponse('SegmentResponse.Id'),
    },
    onUpdate: {
      service: 'Pinpoint',
      action: 'updateSegment',
      parameters: { ApplicationId: applicationId, SegmentId: new PhysicalResourceIdReference(), WriteSegmentRequest: request },
      physicalResourceId: PhysicalResourceId.fromResponse('SegmentResponse.Id'),
    },
    onDelete: {
      service: 'Pinpoint',
      action: 'deleteSegment',
      parameters: { ApplicationId: applicationId, SegmentId: new PhysicalResourceIdReference() },
    },
    policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: [appArn, `${appArn}/segments/*`] }),
    installLatestAwsSdk: false,
  });
}

export interface SynthOptions {
  /**
   * aws-cdk-lib's built-in CloudFormation validation plugin (on by default in a `new App()`).
   * @default true
   */
  readonly validation?: boolean;
}

/**
 * Builds App, Stack, CfnApp and `count` segments, synthesizes, and measures the result. What the
 * validation plugin prints goes nowhere (for every approach alike); its findings are counted from
 * the report it writes.
 */
export function synthOnce(approach: Approach, count: number, options: SynthOptions = {}): SynthSample {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'pinpoint-bench-synth-'));
  try {
    // A `cdk synth` is a fresh process: no asset fingerprint may come from an earlier run.
    AssetStaging.clearAssetHashCache();
    collectGarbage();
    const { ms, cpuMs, templateFile } = withoutStderr(() => {
      const cpuStart = process.cpuUsage();
      const start = process.hrtime.bigint();
      const file = buildAndSynth(approach, count, outdir, options);
      const wall = elapsedMs(start);
      const cpu = process.cpuUsage(cpuStart);
      return { ms: wall, cpuMs: (cpu.user + cpu.system) / 1000, templateFile: file };
    });
    return { ms, cpu_ms: cpuMs, ...measureTemplate(fs.readFileSync(templateFile)), validation_findings: validationFindings(outdir) };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * The timed part of one synth (what `synthOnce` measures and bench/profile.ts profiles): a fresh
 * App, Stack, CfnApp and `count` segments, synthesized into `outdir`. Returns the template's path.
 */
export function buildAndSynth(approach: Approach, count: number, outdir: string, options: SynthOptions = {}): string {
  const app = new App({
    outdir,
    builtinCloudFormationValidation: options.validation ?? true,
    // CDK's pre-flight check of CloudFormation's 500-resource quota would stop the largest sizes
    // (496 segments plus the CfnApp and the construct's shared resources; AwsCustomResource's two
    // resources per segment); lifted so that every approach synthesizes at every size, and the
    // report says which templates exceed the quota.
    context: { [STACK_RESOURCE_LIMIT_CONTEXT]: 0 },
  });
  const stack = new Stack(app, STACK_NAME);
  const project = new CfnApp(stack, 'Project', { name: 'bench' });
  declareSegments(approach, stack, project.ref, count);
  const assembly = app.synth();
  return path.join(outdir, assembly.getStackByName(STACK_NAME).templateFile);
}

/** Runs `fn` with console.error and process.stderr discarded (the validation report's printout). */
export function withoutStderr<T>(fn: () => T): T {
  const consoleError = console.error;
  // `write` normally comes from the stream's prototype: restore exactly what was there (own property or none).
  const ownWrite = Object.getOwnPropertyDescriptor(process.stderr, 'write');
  console.error = () => undefined;
  process.stderr.write = () => true;
  try {
    return fn();
  } finally {
    console.error = consoleError;
    if (ownWrite) Object.defineProperty(process.stderr, 'write', ownWrite);
    else Reflect.deleteProperty(process.stderr, 'write');
  }
}

function validationFindings(outdir: string): number {
  const file = path.join(outdir, 'validation-report.json');
  if (!fs.existsSync(file)) return 0;
  const report = JSON.parse(fs.readFileSync(file, 'utf8')) as ValidationReport;
  let findings = 0;
  for (const plugin of report.pluginReports ?? []) {
    for (const violation of plugin.violations ?? []) findings += (violation.violatingConstructs ?? []).length;
  }
  return findings;
}

/** What `validationFindings` reads of validation-report.json. */
interface ValidationReport {
  readonly pluginReports?: ReadonlyArray<{
    readonly violations?: ReadonlyArray<{ readonly violatingConstructs?: readonly unknown[] }>;
  }>;
}

/** What `measureTemplate` reads of a synthesized template. */
interface SynthesizedTemplate {
  readonly Resources?: Record<string, SynthesizedResource>;
}

interface SynthesizedResource {
  readonly Type: string;
  readonly Properties?: {
    readonly PolicyDocument?: PolicyDocument;
    readonly Policies?: ReadonlyArray<{ readonly PolicyDocument?: PolicyDocument }>;
  };
}

interface PolicyDocument {
  readonly Statement?: unknown;
}

export function measureTemplate(bytes: Buffer): Omit<SynthSample, 'ms' | 'cpu_ms' | 'validation_findings'> {
  const template = JSON.parse(bytes.toString('utf8')) as SynthesizedTemplate;
  const resources = Object.values(template.Resources ?? {}).filter((r) => r.Type !== 'AWS::CDK::Metadata');
  const resourceTypes: Record<string, number> = {};
  let statements = 0;
  for (const resource of resources) {
    resourceTypes[resource.Type] = (resourceTypes[resource.Type] ?? 0) + 1;
    const props = resource.Properties ?? {};
    if (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') {
      statements += statementCount(props.PolicyDocument);
    }
    if (resource.Type === 'AWS::IAM::Role') {
      for (const inline of props.Policies ?? []) statements += statementCount(inline.PolicyDocument);
    }
  }
  return { template_bytes: bytes.length, resources: resources.length, iam_statements: statements, resource_types: resourceTypes };
}

function statementCount(document: PolicyDocument | undefined): number {
  const statement = document?.Statement;
  if (statement === undefined) return 0;
  return Array.isArray(statement) ? statement.length : 1;
}

export interface SynthBenchOptions {
  readonly sizes: readonly number[];
  /** Measured rounds; each runs every approach at every size. */
  readonly rounds: number;
  /** Unmeasured rounds first (module loading, JIT). @default 1 */
  readonly warmupRounds?: number;
  /** @default true */
  readonly validation?: boolean;
  /** Which approaches to run (for quick comparisons; the bench runs all three). @default APPROACHES */
  readonly approaches?: readonly Approach[];
  readonly onProgress?: (message: string) => void;
}

/**
 * Runs every (approach, size) `rounds` times. Within a round the approaches take turns at each size,
 * in an order rotated from round to round, so machine noise hits all three alike.
 */
export function runSynthBench(options: SynthBenchOptions): SynthRow[] {
  const samples = new Map<string, SynthSample[]>();
  const key = (approach: Approach, size: number) => `${approach}@${size}`;
  const warmupRounds = options.warmupRounds ?? 1;
  for (let r = -warmupRounds; r < options.rounds; r++) {
    for (const size of options.sizes) {
      for (const approach of rotate(options.approaches ?? APPROACHES, r)) {
        const sample = synthOnce(approach, size, { validation: options.validation });
        if (r < 0) continue;
        const list = samples.get(key(approach, size)) ?? [];
        list.push(sample);
        samples.set(key(approach, size), list);
      }
    }
    const label = options.validation === false ? 'synth (validation off)' : 'synth';
    options.onProgress?.(r < 0 ? `${label}: warm-up round done` : `${label}: round ${r + 1}/${options.rounds} done`);
  }
  const rows: SynthRow[] = [];
  for (const size of options.sizes) {
    for (const approach of options.approaches ?? APPROACHES) {
      const list = samples.get(key(approach, size))!;
      const first = list[0];
      for (const s of list) {
        if (s.template_bytes !== first.template_bytes || s.resources !== first.resources) {
          throw new Error(`${approach} at ${size} segments synthesized different templates from run to run`);
        }
      }
      rows.push({
        approach,
        segments: size,
        median_ms: median(list.map((s) => s.ms)),
        median_cpu_ms: median(list.map((s) => s.cpu_ms)),
        template_bytes: first.template_bytes,
        resources: first.resources,
        iam_statements: first.iam_statements,
        resource_types: first.resource_types,
        validation_findings: first.validation_findings,
        runs_ms: list.map((s) => s.ms),
        runs_cpu_ms: list.map((s) => s.cpu_ms),
      });
    }
  }
  return rows;
}
