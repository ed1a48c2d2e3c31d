/**
 * The declared side of `drift`: the `Custom::PinpointSegment` resources of one stack of a cloud
 * assembly, with their properties (API shape, docs/internals.md) resolved against the deployed
 * stack: `Ref` to a resource is its physical id, `Fn::GetAtt` of another segment comes from that
 * segment's physical id (lambda/physical-id.ts), pseudo parameters and template parameters from
 * CloudFormation (DescribeStacks, read only when a property needs them).
 */
import * as fs from 'fs';
import * as path from 'path';
import { DescribeStacksCommand, StackResourceSummary } from '@aws-sdk/client-cloudformation';
import { parsePhysicalId, SegmentRef } from '../../lambda/physical-id';
import { AssemblyStack, CloudAssembly, loadAssembly, SEGMENT_TYPE } from '../rehearse-assembly';
import { evaluateCondition, IntrinsicContext, resolveValue } from '../rehearse-intrinsics';
import type { Aws } from './aws';
import { UsageError } from './args';

type Json = Record<string, unknown>;

/** One declared segment and what the stack says about it. */
export interface DeclaredSegment {
  readonly logicalId: string;
  /** The construct path (`Stack/Gold`), or the logical id when the template has no metadata. */
  readonly path: string;
  /** The segment the stack manages; absent when it is not deployed. */
  readonly ref?: SegmentRef;
  readonly physicalId?: string;
  /** The resolved properties, scalars as the template has them; absent when not deployed. */
  readonly properties?: Json;
  /** Why the properties could not be resolved. */
  readonly error?: string;
}

/** The stack `name` of the assembly, by stack name, artifact id or display path. */
export function findStack(assembly: CloudAssembly, name: string): AssemblyStack {
  const found = assembly.stacks.filter((s) => s.stackName === name || s.artifactId === name);
  if (found.length === 1) return found[0];
  const names = assembly.stacks.map((s) => s.stackName).join(', ') || 'none';
  if (found.length > 1) throw new UsageError(`stack ${name} is ambiguous in the cloud assembly ${assembly.dir}`);
  throw new UsageError(`stack ${name} is not in the cloud assembly ${assembly.dir} (stacks: ${names})`);
}

/** Pseudo parameters and template parameters need DescribeStacks; nothing else does. */
function needsStackDescription(stack: AssemblyStack, values: unknown[]): boolean {
  const parameters = new Set(Object.keys(stack.template.Parameters ?? {}));
  const visit = (value: unknown): boolean => {
    if (Array.isArray(value)) return value.some(visit);
    if (typeof value !== 'object' || value === null) return false;
    for (const [key, child] of Object.entries(value)) {
      if (key === 'Fn::If' || key === 'Condition') return true;
      if (key === 'Ref' && typeof child === 'string' && (parameters.has(child) || child === 'AWS::AccountId' || child === 'AWS::StackId')) return true;
      if (key === 'Fn::Sub') {
        for (const match of JSON.stringify(child).matchAll(/\$\{([^}!]+)\}/g)) {
          const name = match[1].trim();
          if (parameters.has(name) || name === 'AWS::AccountId' || name === 'AWS::StackId') return true;
        }
      }
      if (visit(child)) return true;
    }
    return false;
  };
  return values.some(visit);
}

function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export async function declaredSegments(aws: Aws, appDir: string, stackName: string): Promise<DeclaredSegment[]> {
  const stack = findStack(loadAssembly(appDir), stackName);
  const resources = stack.template.Resources ?? {};
  const live = new Map<string, StackResourceSummary>();
  for (const summary of await aws.listStackResources(stack.stackName)) {
    if (summary.LogicalResourceId) live.set(summary.LogicalResourceId, summary);
  }
  const region = await aws.pinpoint.config.region();
  let stackId: string | undefined;
  const parameters = new Map<string, string>();
  if (needsStackDescription(stack, stack.segments.map((id) => resources[id]?.Properties))) {
    const output = await aws.call((abortSignal) =>
      aws.cloudFormation.send(new DescribeStacksCommand({ StackName: stack.stackName }), { abortSignal }),
    );
    const description = output.Stacks?.[0];
    stackId = description?.StackId;
    for (const p of description?.Parameters ?? []) {
      if (p.ParameterKey) parameters.set(p.ParameterKey, p.ResolvedValue ?? p.ParameterValue ?? '');
    }
  }
  const account = stackId?.split(':')[4];

  const deployedRef = (logicalId: string): SegmentRef | undefined => parsePhysicalId(live.get(logicalId)?.PhysicalResourceId)?.current;
  const context: IntrinsicContext = {
    region,
    mappings: stack.template.Mappings ?? {},
    ref(name) {
      switch (name) {
        case 'AWS::Region': return region;
        case 'AWS::Partition': return partitionOf(region);
        case 'AWS::URLSuffix': return region.startsWith('cn-') ? 'amazonaws.com.cn' : 'amazonaws.com';
        case 'AWS::StackName': return stack.stackName;
        case 'AWS::AccountId': if (account) return account; break;
        case 'AWS::StackId': if (stackId) return stackId; break;
        default:
          if (parameters.has(name)) return parameters.get(name);
          if (name in resources) {
            const physical = live.get(name)?.PhysicalResourceId;
            if (physical) return physical;
            throw new Error(`${name} is not deployed in stack ${stack.stackName}`);
          }
      }
      throw new Error(`cannot resolve Ref ${name}`);
    },
    getAtt(logicalId, attribute) {
      const ref = resources[logicalId]?.Type === SEGMENT_TYPE ? deployedRef(logicalId) : undefined;
      if (ref && attribute === 'SegmentId') return ref.segmentId;
      if (ref && attribute === 'ApplicationId') return ref.applicationId;
      if (ref && attribute === 'Arn' && account) {
        return `arn:${partitionOf(region)}:mobiletargeting:${region}:${account}:apps/${ref.applicationId}/segments/${ref.segmentId}`;
      }
      throw new Error(`cannot resolve Fn::GetAtt ${logicalId}.${attribute} from outside CloudFormation`);
    },
    importValue(exportName) {
      throw new Error(`Fn::ImportValue ${exportName} is not supported by drift`);
    },
    condition(name) {
      return evaluateCondition(stack.template.Conditions?.[name], context, `Conditions.${name}`);
    },
  };

  const paths = constructPaths(stack);
  return stack.segments.map((logicalId): DeclaredSegment => {
    const resource = resources[logicalId];
    const cdkPath: unknown = resource.Metadata?.['aws:cdk:path'] ?? paths.get(logicalId);
    const path = typeof cdkPath === 'string' ? cdkPath.replace(/^\//, '').replace(/\/Resource$/, '') : logicalId;
    const summary = live.get(logicalId);
    const physicalId = summary?.PhysicalResourceId;
    const ref = parsePhysicalId(physicalId)?.current;
    if (!summary || !physicalId || !ref || /^(CREATE_FAILED|DELETE_COMPLETE|CREATE_IN_PROGRESS)$/.test(summary.ResourceStatus ?? '')) {
      return { logicalId, path };
    }
    try {
      const declared: Json = { ...resource.Properties };
      const applicationId = declared.ApplicationId;
      for (const key of ['ServiceToken', 'ServiceTimeout', 'ApplicationId']) delete declared[key];
      const properties = resolveValue(declared, context, '') as Json;
      return { logicalId, path, ref, physicalId, properties: { ApplicationId: resolveApplicationId(applicationId, context, ref), ...properties } };
    } catch (error) {
      return { logicalId, path, ref, physicalId, error: (error as Error).message };
    }
  });
}

/**
 * Logical id → construct path, from the assembly manifest's `aws:cdk:logicalId` metadata (written
 * whether or not the template carries `aws:cdk:path`).
 */
function constructPaths(stack: AssemblyStack): Map<string, string> {
  const paths = new Map<string, string>();
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(stack.assemblyDir, 'manifest.json'), 'utf8')) as {
      artifacts?: Record<string, { metadata?: Record<string, Array<{ type?: string; data?: unknown }>> }>;
    };
    for (const [constructPath, entries] of Object.entries(manifest.artifacts?.[stack.artifactId]?.metadata ?? {})) {
      for (const entry of entries) {
        if (entry.type === 'aws:cdk:logicalId' && typeof entry.data === 'string') paths.set(entry.data, constructPath);
      }
    }
  } catch {
    // Without paths, segments are named by logical id.
  }
  return paths;
}

/**
 * The declared application id; when it cannot be resolved from outside CloudFormation (a `Ref`
 * to a parameter no one can read, say), the one in the stack's physical id, which names the
 * segment the stack manages.
 */
function resolveApplicationId(value: unknown, context: IntrinsicContext, ref: SegmentRef): unknown {
  try {
    return resolveValue(value, context, 'ApplicationId');
  } catch {
    return ref.applicationId;
  }
}
