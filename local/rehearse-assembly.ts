/**
 * Reads a cloud assembly (`cdk.out`): its stacks, their templates, the file assets their functions
 * are deployed from, and the order CloudFormation would create their resources in.
 */
import * as fs from 'fs';
import * as path from 'path';
import { isObject, type Json, referencedIds } from './rehearse-intrinsics';

export const SEGMENT_TYPE = 'Custom::PinpointSegment';

export type { Json };

export interface TemplateResource {
  readonly Type: string;
  readonly Properties?: Json;
  readonly DependsOn?: string | string[];
  readonly DeletionPolicy?: string;
  readonly UpdateReplacePolicy?: string;
  readonly Condition?: string;
  readonly Metadata?: Json;
}

export interface TemplateParameter {
  readonly Type?: string;
  readonly Default?: unknown;
  readonly [field: string]: unknown;
}

export interface Template {
  readonly Parameters?: Record<string, TemplateParameter>;
  readonly Conditions?: Record<string, unknown>;
  readonly Mappings?: Json;
  readonly Resources?: Record<string, TemplateResource>;
  readonly Outputs?: Json;
}

/** One `aws:cloudformation:stack` artifact. */
export interface AssemblyStack {
  readonly artifactId: string;
  /** The CloudFormation stack name. */
  readonly stackName: string;
  /** The directory of the (possibly nested) assembly the artifact belongs to. */
  readonly assemblyDir: string;
  readonly templateFile: string;
  readonly template: Template;
  /** `aws://account/region` as the manifest declares it. */
  readonly environment?: string;
  /** S3 object key (`<hash>.zip`) → the asset's folder or file in the assembly. */
  readonly fileAssets: ReadonlyMap<string, string>;
  /** Every resource, dependencies first (Ref, Fn::GetAtt, Fn::Sub and DependsOn). */
  readonly order: readonly string[];
  /** Logical id → the logical ids it depends on, directly or not. */
  readonly dependsOn: ReadonlyMap<string, ReadonlySet<string>>;
  /** The `Custom::PinpointSegment` resources, in creation order. */
  readonly segments: readonly string[];
}

export interface CloudAssembly {
  readonly dir: string;
  /** Dependencies first. */
  readonly stacks: readonly AssemblyStack[];
}

/** What the rehearsal reads of a cloud assembly's `manifest.json`. */
interface AssemblyManifest {
  readonly artifacts?: Record<string, ManifestArtifact>;
}

interface ManifestArtifact {
  readonly type: string;
  /** `aws://account/region`. */
  readonly environment?: string;
  readonly dependencies?: string[];
  readonly properties?: {
    /** Of a nested assembly (`cdk:cloud-assembly`). */
    readonly directoryName?: string;
    /** Of a stack; checked to be a string before use. */
    readonly templateFile?: unknown;
    readonly stackName?: string;
    /** Of an asset manifest (`cdk:asset-manifest`); checked to be a string before use. */
    readonly file?: unknown;
  };
}

/** What the rehearsal reads of an asset manifest (`<stack>.assets.json`); values checked before use. */
interface AssetManifest {
  readonly files?: Record<string, {
    readonly source?: { readonly path?: unknown };
    readonly destinations?: Record<string, { readonly objectKey?: unknown }>;
  }>;
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read ${what} ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} ${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Reads `<dir>/manifest.json`, following nested assemblies (stages). */
export function loadAssembly(dir: string): CloudAssembly {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'manifest.json'))) {
    throw new Error(`${dir} is not a cloud assembly: ${path.join(dir, 'manifest.json')} is missing (run \`cdk synth\` first)`);
  }
  const stacks: RawStack[] = [];
  collect(root, stacks, new Set());
  return { dir: root, stacks: orderStacks(stacks) };
}

interface RawStack extends AssemblyStack {
  readonly stackDependencies: readonly string[];
}

function collect(dir: string, into: RawStack[], seen: Set<string>): void {
  if (seen.has(dir)) return;
  seen.add(dir);
  const manifest = readJson(path.join(dir, 'manifest.json'), 'assembly manifest') as AssemblyManifest;
  const artifacts = manifest.artifacts ?? {};
  for (const [id, artifact] of Object.entries(artifacts)) {
    if (artifact.type === 'cdk:cloud-assembly' && artifact.properties?.directoryName) {
      collect(path.join(dir, artifact.properties.directoryName), into, seen);
      continue;
    }
    if (artifact.type !== 'aws:cloudformation:stack') continue;
    const properties = artifact.properties ?? {};
    if (typeof properties.templateFile !== 'string') throw new Error(`stack artifact ${id} has no templateFile`);
    const templateFile = path.join(dir, properties.templateFile);
    const template = readJson(templateFile, `template of ${id}`) as Template;
    const dependencies = artifact.dependencies ?? [];
    const assetManifests: string[] = [];
    for (const dep of dependencies) {
      const file = artifacts[dep]?.type === 'cdk:asset-manifest' ? artifacts[dep].properties?.file : undefined;
      if (typeof file === 'string') assetManifests.push(path.join(dir, file));
    }
    const byName = path.join(dir, `${id}.assets.json`);
    if (assetManifests.length === 0 && fs.existsSync(byName)) assetManifests.push(byName);
    const graph = dependencyGraph(template, id);
    const stack: RawStack = {
      artifactId: id,
      stackName: properties.stackName ?? id,
      assemblyDir: dir,
      templateFile,
      template,
      environment: artifact.environment,
      fileAssets: readFileAssets(dir, assetManifests),
      order: graph.order,
      dependsOn: graph.closure,
      segments: graph.order.filter((logicalId) => template.Resources?.[logicalId]?.Type === SEGMENT_TYPE),
      stackDependencies: dependencies.filter((dep) => artifacts[dep]?.type === 'aws:cloudformation:stack'),
    };
    into.push(stack);
  }
}

function readFileAssets(dir: string, manifests: string[]): Map<string, string> {
  const assets = new Map<string, string>();
  for (const file of manifests) {
    const manifest = readJson(file, 'asset manifest') as AssetManifest;
    for (const asset of Object.values(manifest.files ?? {})) {
      const sourcePath = asset.source?.path;
      if (typeof sourcePath !== 'string') continue;
      const folder = path.resolve(dir, sourcePath);
      for (const destination of Object.values(asset.destinations ?? {})) {
        if (typeof destination.objectKey === 'string') assets.set(destination.objectKey, folder);
      }
    }
  }
  return assets;
}

function orderStacks(stacks: RawStack[]): AssemblyStack[] {
  const byId = new Map(stacks.map((s) => [s.artifactId, s]));
  const ordered: AssemblyStack[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (stack: RawStack) => {
    if (state.get(stack.artifactId) === 'done') return;
    if (state.get(stack.artifactId) === 'visiting') throw new Error(`stacks depend on each other in a cycle through ${stack.artifactId}`);
    state.set(stack.artifactId, 'visiting');
    for (const dep of stack.stackDependencies) {
      const other = byId.get(dep);
      if (other) visit(other);
    }
    state.set(stack.artifactId, 'done');
    ordered.push(stack);
  };
  stacks.forEach(visit);
  return ordered;
}

/**
 * The creation order of a template's resources: a topological sort over Ref, Fn::GetAtt, Fn::Sub
 * and DependsOn, stable with respect to the template's own order.
 */
export function dependencyGraph(template: Template, what: string): {
  order: string[];
  closure: Map<string, Set<string>>;
} {
  const resources = template.Resources ?? {};
  const direct = new Map<string, string[]>();
  for (const [logicalId, resource] of Object.entries(resources)) {
    const deps = referencedIds(resource.Properties ?? {});
    const dependsOn = resource.DependsOn === undefined ? [] : ([] as string[]).concat(resource.DependsOn);
    dependsOn.forEach((d) => deps.add(d));
    direct.set(logicalId, [...deps].filter((d) => d in resources && d !== logicalId));
  }
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (logicalId: string, trail: string[]) => {
    if (state.get(logicalId) === 'done') return;
    if (state.get(logicalId) === 'visiting') {
      throw new Error(`${what}: resources depend on each other in a cycle: ${[...trail, logicalId].join(' -> ')}`);
    }
    state.set(logicalId, 'visiting');
    for (const dep of direct.get(logicalId) ?? []) visit(dep, [...trail, logicalId]);
    state.set(logicalId, 'done');
    order.push(logicalId);
  };
  for (const logicalId of Object.keys(resources)) visit(logicalId, []);
  const closure = new Map<string, Set<string>>();
  for (const logicalId of order) {
    const all = new Set<string>();
    for (const dep of direct.get(logicalId) ?? []) {
      all.add(dep);
      closure.get(dep)?.forEach((d) => all.add(d));
    }
    closure.set(logicalId, all);
  }
  return { order, closure };
}

/** The function a segment's ServiceToken points at, as the template declares it. */
export interface FunctionDeclaration {
  readonly logicalId: string;
  readonly resource: TemplateResource;
}

/** The logical id of the `AWS::Lambda::Function` behind `ServiceToken: { Fn::GetAtt: [fn, Arn] }`. */
export function serviceTokenFunction(stack: AssemblyStack, segmentLogicalId: string): FunctionDeclaration {
  const resources = stack.template.Resources ?? {};
  const token = resources[segmentLogicalId]?.Properties?.ServiceToken;
  let target: string | undefined;
  const getAtt = isObject(token) ? token['Fn::GetAtt'] : undefined;
  if (Array.isArray(getAtt) && getAtt[1] === 'Arn' && typeof getAtt[0] === 'string') target = getAtt[0];
  else if (typeof getAtt === 'string' && getAtt.endsWith('.Arn')) target = getAtt.slice(0, -'.Arn'.length);
  if (target === undefined) {
    throw new Error(`ServiceToken must be { "Fn::GetAtt": [<function>, "Arn"] } of a function in the stack, got ${JSON.stringify(token)}`);
  }
  const resource = resources[target];
  if (resource?.Type !== 'AWS::Lambda::Function') {
    throw new Error(`ServiceToken points at ${target}, which is ${resource ? `a ${resource.Type}` : 'not in the template'}, not an AWS::Lambda::Function`);
  }
  return { logicalId: target, resource };
}

/** Where a function's code is in the assembly: the S3 key's file asset, or the asset path metadata. */
export function functionCodePath(stack: AssemblyStack, fn: FunctionDeclaration): string {
  const declared = fn.resource.Properties?.Code;
  const code = isObject(declared) ? declared : {};
  if (code.ZipFile !== undefined) throw new Error(`${fn.logicalId} has inline code (Code.ZipFile), which the rehearsal does not run`);
  if (code.ImageUri !== undefined) throw new Error(`${fn.logicalId} is a container image function, which the rehearsal does not run`);
  const key = typeof code.S3Key === 'string' ? code.S3Key : undefined;
  const fromAsset = key !== undefined ? stack.fileAssets.get(key) : undefined;
  if (fromAsset && fs.existsSync(fromAsset)) return fromAsset;
  const metadataPath = fn.resource.Metadata?.['aws:asset:path'];
  if (typeof metadataPath === 'string') {
    const candidate = path.resolve(stack.assemblyDir, metadataPath);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(
    `cannot find the code of ${fn.logicalId} in the assembly` +
      (key ? ` (no file asset has the object key ${key})` : ' (Code.S3Key is not a plain string)'),
  );
}

/** Resource types the rehearsal models offline (plays, or gives fake ids to); others are "not rehearsed". */
export const MODELLED_TYPES: ReadonlySet<string> = new Set([
  SEGMENT_TYPE,
  'AWS::Pinpoint::App',
  'AWS::Lambda::Function',
  'AWS::Lambda::EventInvokeConfig',
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::Logs::LogGroup',
  'AWS::CDK::Metadata',
  'Custom::CrossRegionExportReader',
  'Custom::CrossRegionExportWriter',
]);

/** The stack's resources of types the rehearsal does not play, in creation order. */
export function unmodelledResources(stack: AssemblyStack): Array<{ logicalId: string; type: string }> {
  return stack.order
    .map((logicalId) => ({ logicalId, type: stack.template.Resources![logicalId].Type }))
    .filter((r) => !MODELLED_TYPES.has(r.type));
}
