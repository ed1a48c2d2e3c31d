import { CfnResource, Stack, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { CREATE_SEGMENTS_SID, MANAGE_SEGMENTS_SID, SegmentGrants } from './provider-grants';

/**
 * cdk-nag findings that the provider keeps on purpose, acknowledged on the resource that raises
 * them, each naming the one finding (for a rule that reports several, the rule and the finding) with
 * the reason why.
 *
 * Written as construct metadata only, so the library takes no dependency on cdk-nag:
 * - aws-cdk-lib's acknowledgement (`Validations.acknowledge`, metadata `aws:cdk:acknowledged-rules`)
 *   with the pack's namespace, `Pack::Rule[finding]`. cdk-nag 3 reports the finding, and
 *   aws-cdk-lib's validation moves it to `suppressedViolations` with its reason: an audit trail in
 *   cdk.out/validation-report.json. cdk-nag 3 does not read `cdk_nag` template metadata.
 * - cdk-nag 2's template metadata, `cdk_nag: { rules_to_suppress: [{ id, reason, applies_to }] }`,
 *   for pipelines that still run cdk-nag 2 as an aspect.
 */

/** The packs whose IAMNoInlinePolicy rule flags every inline policy. */
const INLINE_POLICY_PACKS = ['HIPAA.Security', 'NIST.800.53.R5', 'PCI.DSS.321'];

const REASONS = {
  segmentsWildcard: 'Pinpoint assigns the ids of created segments at deploy time, and a replaced or removed '
    + 'segment must stay reachable until CloudFormation\'s cleanup deletes or restores it, so each application '
    + 'is granted its segments/* with the named segment actions only; the wildcard never spans applications.',
  roleInline: 'The role\'s only inline policy holds the logs permission scoped to this function\'s log group '
    + '(plus, in a VPC, the network-interface permissions Lambda needs); it is inline so that it cannot be '
    + 'attached to any other principal and is created and deleted with the role. The Pinpoint permissions are '
    + 'customer managed policies.',
  logStreams: 'PutLogEvents and CreateLogStream act on the log streams of the function\'s own log group, whose '
    + 'names Lambda chooses at run time; the wildcard covers the streams of that one log group only.',
  describeEni: 'Lambda manages the network interfaces of a function in a VPC with the execution role, and '
    + 'ec2:DescribeNetworkInterfaces and ec2:DescribeSubnets support no resource-level permissions, so AWS '
    + 'documents them on "*"; they only read.',
  manageEni: 'Lambda creates and deletes the function\'s network interfaces with the execution role, and their ids '
    + 'are only known then; the actions are limited to this account and Region, the form the Lambda '
    + 'documentation gives for DeleteNetworkInterface.',
  defaultPolicyInline: 'aws-cdk-lib\'s lambda.Function writes the permissions it derives from the provider\'s '
    + 'tracing and deadLetterQueue settings (X-Ray, sqs:SendMessage on the queue) into this inline policy of the role.',
  xray: 'X-Ray accepts PutTraceSegments and PutTelemetryRecords only on "*", as the X-Ray documentation states; '
    + 'they write trace data and read nothing.',
  lambdaDlq: 'The function is never retried (retryAttempts 0), and the custom resource sets ServiceTimeout, so '
    + 'CloudFormation fails a resource whose invocation was lost within minutes and shows it in the stack '
    + 'events: no event is lost silently. Pass deadLetterQueue to the provider to keep failed invocations.',
  lambdaAsyncFailure: 'CloudFormation is the only caller, and the ServiceTimeout of every segment resource turns a '
    + 'failed or lost asynchronous invocation into a FAILED resource in the stack events within minutes; an '
    + 'on-failure destination would only duplicate that record. This configuration exists to set retryAttempts 0.',
  lambdaTracing: 'Each invocation makes a handful of Pinpoint calls, and the handler logs every call with its '
    + 'request id; pass tracing to the provider to trace with X-Ray as well.',
};

interface Acknowledgement {
  readonly id: string;
  readonly reason: string;
  readonly findings: string[];
}

/** Collects acknowledgements per resource, then writes both metadata forms once. */
class Ledger {
  private readonly byResource = new Map<CfnResource, Map<string, Acknowledgement>>();

  public add(resource: CfnResource, pack: string, rule: string, reason: string, finding?: string): void {
    const entries = this.byResource.get(resource) ?? new Map<string, Acknowledgement>();
    this.byResource.set(resource, entries);
    const id = `${pack}-${rule}`;
    const entry = entries.get(id) ?? { id, reason, findings: [] };
    entries.set(id, entry);
    if (finding !== undefined && !entry.findings.includes(finding)) entry.findings.push(finding);
    Validations.of(resource).acknowledge({
      id: `${pack}::${id}${finding === undefined ? '' : `[${finding}]`}`,
      reason,
    });
  }

  public writeTemplateMetadata(): void {
    for (const [resource, entries] of this.byResource) {
      const rules = [...entries.values()].map((e) => (e.findings.length > 0
        ? { id: e.id, reason: e.reason, applies_to: e.findings }
        : { id: e.id, reason: e.reason }));
      const existing = resource.getMetadata('cdk_nag') as { rules_to_suppress?: unknown[] } | undefined;
      resource.addMetadata('cdk_nag', { rules_to_suppress: [...(existing?.rules_to_suppress ?? []), ...rules] });
    }
  }
}

/** What the acknowledgements look at: the provider's parts and settings. */
export interface ProviderParts {
  readonly role: iam.IRole;
  readonly handler: lambda.Function;
  readonly grants: SegmentGrants;
  readonly hasDeadLetterQueue: boolean;
  readonly tracingActive: boolean;
}

const done = new WeakSet<SegmentGrants>();

/**
 * Acknowledges the provider's deliberate findings. Called from a validation hook, so that it sees
 * the final templates (every segment declared, logical ids settled); it runs once per provider.
 */
export function acknowledgeProviderFindings(parts: ProviderParts): void {
  if (done.has(parts.grants)) return;
  done.add(parts.grants);
  const ledger = new Ledger();
  const stack = Stack.of(parts.grants);

  // The Pinpoint grants: the segments/* wildcard of each application.
  for (const policy of parts.grants.policies) {
    const document: unknown = stack.resolve(policy.policyDocument);
    for (const [finding, sid] of wildcardFindings(document)) {
      if (sid === MANAGE_SEGMENTS_SID || sid === CREATE_SEGMENTS_SID) {
        ledger.add(policy, 'AwsSolutions', 'IAM5', REASONS.segmentsWildcard, finding);
      }
    }
  }

  // The role: one inline policy (logs, and network interfaces in a VPC).
  const role = parts.role.node.defaultChild as iam.CfnRole;
  for (const pack of INLINE_POLICY_PACKS) ledger.add(role, pack, 'IAMNoInlinePolicy', REASONS.roleInline);
  const inline = (stack.resolve(role.policies) ?? []) as Array<{ policyDocument: unknown }>;
  for (const policy of inline) {
    const document: unknown = stack.resolve(policy.policyDocument);
    const statements = ((document as { Statement?: Array<{ Sid?: string; Resource?: unknown }> }).Statement ?? []);
    if (statements.some((st) => st.Sid === 'DescribeNetworkInterfaces' && asArray(st.Resource).includes('*'))) {
      ledger.add(role, 'Serverless', 'LambdaStarPermissions', REASONS.describeEni);
    }
    for (const [finding, sid] of wildcardFindings(document)) {
      const reason = sid === 'WriteLogs' ? REASONS.logStreams
        : sid === 'DescribeNetworkInterfaces' ? REASONS.describeEni
          : sid === 'ManageNetworkInterfaces' ? REASONS.manageEni : undefined;
      if (reason) ledger.add(role, 'AwsSolutions', 'IAM5', reason, finding);
    }
  }

  // The role's default policy, which lambda.Function fills for tracing and the dead-letter queue.
  const defaultPolicy = parts.role.node.tryFindChild('DefaultPolicy')?.node.defaultChild;
  if (defaultPolicy instanceof iam.CfnPolicy) {
    for (const pack of INLINE_POLICY_PACKS) ledger.add(defaultPolicy, pack, 'IAMNoInlinePolicy', REASONS.defaultPolicyInline);
    for (const [finding, , actions] of wildcardFindings(stack.resolve(defaultPolicy.policyDocument))) {
      if (finding === 'Resource::*' && actions.length > 0 && actions.every((a) => a.startsWith('xray:'))) {
        ledger.add(defaultPolicy, 'AwsSolutions', 'IAM5', REASONS.xray, finding);
      }
    }
  }

  // The function: what the Serverless pack asks of any function, which CloudFormation already covers.
  const fn = parts.handler.node.defaultChild as lambda.CfnFunction;
  if (!parts.hasDeadLetterQueue) ledger.add(fn, 'Serverless', 'LambdaDLQ', REASONS.lambdaDlq);
  // aws-cdk-lib writes retryAttempts 0 into an AWS::Lambda::EventInvokeConfig, which this rule checks.
  const invokeConfig = parts.handler.node.tryFindChild('EventInvokeConfig')?.node.defaultChild;
  if (invokeConfig instanceof lambda.CfnEventInvokeConfig) {
    ledger.add(invokeConfig, 'Serverless', 'LambdaAsyncFailureDestination', REASONS.lambdaAsyncFailure);
  }
  if (!parts.tracingActive) ledger.add(fn, 'Serverless', 'LambdaTracing', REASONS.lambdaTracing);

  ledger.writeTemplateMetadata();
}

/**
 * cdk-nag's IAM5 findings of a resolved policy document (`Resource::<flattened ARN>` for every
 * resource with a `*`, `Action::<action>` for every wildcard action), each with its statement's Sid
 * and actions. The flattening mirrors cdk-nag's: `{Ref: X}` is `<X>`, `Fn::GetAtt` is `<X.Attr>`,
 * `Fn::Join` joins.
 */
export function wildcardFindings(document: unknown): Array<[string, string | undefined, string[]]> {
  const out: Array<[string, string | undefined, string[]]> = [];
  const statements = (document as { Statement?: unknown[] } | undefined)?.Statement ?? [];
  for (const raw of statements) {
    const statement = raw as { Sid?: string; Effect?: string; Action?: unknown; Resource?: unknown };
    if (statement.Effect !== 'Allow') continue;
    const actions = asArray(statement.Action).map(String);
    for (const action of actions) {
      if (action.includes('*')) out.push([`Action::${action}`, statement.Sid, actions]);
    }
    for (const resource of asArray(statement.Resource)) {
      const flat = flatten(resource);
      if (flat.includes('*')) out.push([`Resource::${flat}`, statement.Sid, actions]);
    }
  }
  return out;
}

const asArray = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

function flatten(node: unknown): string {
  if (node === undefined) return '';
  if (typeof node === 'string') return node.replace(/\${/g, '<').replace(/}/g, '>');
  const n = node as Record<string, unknown>;
  if (n['Fn::Join']) {
    const [delimiter, items] = n['Fn::Join'] as [string, unknown[]];
    return items.map(flatten).join(delimiter);
  }
  if (n['Fn::Sub']) return flatten(n['Fn::Sub']);
  if (n['Fn::GetAtt']) {
    const [resource, attribute] = n['Fn::GetAtt'] as [unknown, unknown];
    return `<${flatten(resource)}.${flatten(attribute)}>`;
  }
  if (n['Fn::ImportValue']) return flatten(n['Fn::ImportValue']);
  if (n.Ref) return `<${flatten(n.Ref)}>`;
  return JSON.stringify(node);
}
