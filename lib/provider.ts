import * as path from 'path';
import { ArnFormat, CfnResource, Duration, Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct, IConstruct } from 'constructs';
import { acknowledgeProviderFindings } from './provider-compliance';
import { SegmentGrants } from './provider-grants';

/**
 * How long CloudFormation waits for a response before it fails the resource, so that a lost
 * response cannot hang a stack for the default hour. It is longer than the function's timeout,
 * because the handler answers FAILED on its own before the function times out.
 */
export const SERVICE_TIMEOUT = Duration.minutes(5);

/** The function's timeout. Pinpoint calls are retried with backoff within it. */
const FUNCTION_TIMEOUT = Duration.minutes(2);

/**
 * The construct id of the default provider, under the stack. Renaming it would replace the function
 * in every user's stack.
 */
const SINGLETON_ID = 'PinpointSegmentProvider';

/**
 * Properties of a `PinpointSegmentProvider`. Each one has the name and type of the same setting on
 * aws-cdk-lib's `lambda.Function`, and is passed to the function as it is.
 */
export interface PinpointSegmentProviderProps {
  /**
   * Run the function in this VPC. Its subnets need a route to Pinpoint (a NAT gateway, or an
   * interface endpoint for `pinpoint` with private DNS) and to CloudFormation's response URL in
   * Amazon S3 (a NAT gateway or an S3 gateway endpoint).
   *
   * The role then also gets the network-interface permissions that Lambda needs, inline.
   *
   * @default - the function does not run in a VPC
   */
  readonly vpc?: ec2.IVpc;

  /**
   * Where to place the network interfaces within the VPC. Only with `vpc`.
   *
   * @default - the VPC's private subnets
   */
  readonly vpcSubnets?: ec2.SubnetSelection;

  /**
   * The security groups of the function's network interfaces. Only with `vpc`.
   *
   * @default - one new security group that allows all outbound traffic and no inbound traffic
   */
  readonly securityGroups?: ec2.ISecurityGroup[];

  /**
   * The log group the function writes to, for example one encrypted with your own KMS key. The
   * role's logs permission is scoped to it. This log group is yours: the provider never changes
   * its retention or removal policy.
   *
   * @default - a new log group with a retention of one month, retained when it leaves the stack
   *   (so that the record of a stack's last deletes outlives the stack)
   */
  readonly logGroup?: logs.ILogGroup;

  /**
   * The function's reserved concurrency. One invocation handles one segment event, and a stack
   * operation sends at most as many events at once as CloudFormation runs in parallel.
   *
   * @default - no reserved concurrency (the account's unreserved pool)
   */
  readonly reservedConcurrentExecutions?: number;

  /**
   * AWS X-Ray tracing of the function. With `Tracing.ACTIVE`, the role gets the X-Ray write
   * permissions, which X-Ray only grants on `*`.
   *
   * @default Tracing.DISABLED
   */
  readonly tracing?: lambda.Tracing;

  /**
   * A dead-letter queue for invocations that fail without answering CloudFormation (a crash or a
   * timeout of the function itself). CloudFormation invokes the function asynchronously, and the
   * function is never retried. If the queue is encrypted with a KMS key, the role may use that key
   * to send.
   *
   * @default - no dead-letter queue: a lost invocation still ends in a FAILED resource after the
   *   custom resource's `ServiceTimeout`
   */
  readonly deadLetterQueue?: sqs.IQueue;
}

/**
 * The custom-resource function that `PinpointSegment`s call, with its role and its log group.
 *
 * By default each stack gets one, shared by every segment in it that names no `provider`. Create
 * your own to configure the function (VPC, log group, concurrency, tracing, dead-letter queue) and
 * pass it to the segments it serves; a stack may have several.
 *
 * Permissions: the role itself carries only the logs permission (inline, scoped to the log group)
 * and, with `vpc`, the network-interface permissions. The Pinpoint permissions live in customer
 * managed policies attached to the role, one per group of applications, that every segment
 * resource depends on. See the README, "Permissions through a stack's life", for why they are
 * shaped that way.
 *
 * @example
 * declare const vpc: ec2.IVpc;
 * declare const key: kms.IKey;
 * const provider = new PinpointSegmentProvider(this, 'SegmentProvider', {
 *   vpc,
 *   logGroup: new logs.LogGroup(this, 'SegmentLogs', {
 *     encryptionKey: key,
 *     retention: logs.RetentionDays.ONE_YEAR,
 *   }),
 *   reservedConcurrentExecutions: 5,
 *   tracing: lambda.Tracing.ACTIVE,
 *   deadLetterQueue: new sqs.Queue(this, 'SegmentDlq', { encryption: sqs.QueueEncryption.KMS_MANAGED, enforceSSL: true }),
 * });
 */
export class PinpointSegmentProvider extends Construct {
  /**
   * The default provider of the stack that `scope` belongs to, created on first use with the
   * construct id `PinpointSegmentProvider` directly under the stack.
   *
   * @param scope any construct in the stack
   */
  public static getOrCreate(scope: IConstruct): PinpointSegmentProvider {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(SINGLETON_ID);
    if (existing instanceof PinpointSegmentProvider) {
      return existing;
    }
    if (existing) {
      throw new Error(`${existing.node.path}: the construct id ${SINGLETON_ID} is reserved for the default PinpointSegmentProvider`);
    }
    return new PinpointSegmentProvider(stack, SINGLETON_ID);
  }

  /**
   * The function ARN to use as `ServiceToken`.
   */
  public readonly serviceToken: string;

  /**
   * The function that answers CloudFormation.
   */
  public readonly handler: lambda.Function;

  /**
   * The function's execution role.
   */
  public readonly role: iam.IRole;

  /**
   * The log group the function writes to.
   */
  public readonly logGroup: logs.ILogGroup;

  private readonly grants: SegmentGrants;
  /** `Fn::GetAtt [Handler, Arn]`, for segments in this stack (see `_serviceTokenFor`). */
  private readonly localServiceToken: string;

  /**
   * Creates a provider. Segments use it when it is passed to them as `provider`.
   *
   * @param scope the construct the provider belongs to
   * @param id the construct id of the provider
   * @param props the function's settings
   */
  constructor(scope: Construct, id: string, props: PinpointSegmentProviderProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);
    if (props.vpc === undefined && (props.vpcSubnets !== undefined || props.securityGroups !== undefined)) {
      throw new Error(`${this.node.path}: vpcSubnets and securityGroups need vpc`);
    }

    this.logGroup = props.logGroup ?? new logs.LogGroup(this, 'LogGroup', {
      retention: logs.RetentionDays.ONE_MONTH,
      // Deliberately aws-cdk-lib's default, RETAIN, spelled out: the log group holds the record of
      // the handler's last calls, including the deletes of a stack deletion, and its retention
      // bounds how long it lingers.
    });

    const runtimePolicy = new iam.PolicyDocument();
    runtimePolicy.addStatements(new iam.PolicyStatement({
      sid: 'WriteLogs',
      // CreateLogStream and PutLogEvents on this one log group (and its streams: a log group's ARN
      // as CloudFormation returns it ends in `:*`). No CreateLogGroup: the log group exists first.
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [this.logGroup.logGroupArn],
    }));
    if (props.vpc) {
      runtimePolicy.addStatements(...networkInterfaceStatements(stack));
    }

    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Lets the cdk-pinpoint-segment handler converge the Pinpoint segments of this stack',
      // Inline, so that the function cannot start before it can log, and so that this permission
      // lives and dies with the role. No AWS managed policy: AWSLambdaBasicExecutionRole would
      // allow writing to every log group of the account.
      inlinePolicies: { PinpointSegmentProviderRuntime: runtimePolicy },
    });
    this.role = role;

    this.handler = new lambda.Function(this, 'Handler', {
      description: 'Converges Amazon Pinpoint segments declared with cdk-pinpoint-segment',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, '..', 'assets', 'handler')),
      timeout: FUNCTION_TIMEOUT,
      memorySize: 256,
      role,
      logGroup: this.logGroup,
      vpc: props.vpc,
      vpcSubnets: props.vpcSubnets,
      securityGroups: props.securityGroups,
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
      tracing: props.tracing,
      deadLetterQueue: props.deadLetterQueue,
      // CloudFormation invokes the function asynchronously; a Lambda retry of a crashed invocation
      // could answer the same event twice. The handler answers every event itself instead.
      retryAttempts: 0,
    });
    if (props.deadLetterQueue?.encryptionMasterKey) {
      // lambda.Function grants sqs:SendMessage only; a KMS-encrypted queue also needs the key.
      props.deadLetterQueue.encryptionMasterKey.grant(role, 'kms:GenerateDataKey', 'kms:Decrypt');
    }
    this.serviceToken = this.handler.functionArn;
    this.localServiceToken = (this.handler.node.defaultChild as lambda.CfnFunction).attrArn;
    this.grants = new SegmentGrants(this, 'Grants', role);

    this.node.addValidation({
      validate: () => {
        acknowledgeProviderFindings({
          role,
          handler: this.handler,
          grants: this.grants,
          hasDeadLetterQueue: props.deadLetterQueue !== undefined,
          tracingActive: props.tracing === lambda.Tracing.ACTIVE,
        });
        return [];
      },
    });
  }

  /**
   * The `ServiceToken` for a segment in `scope`. In the provider's own stack that is the function's
   * `Fn::GetAtt Arn` itself: what `serviceToken` resolves to there, without the cross-environment
   * `Lazy` around it, which every segment's properties would otherwise evaluate again at synth.
   *
   * @internal
   */
  public _serviceTokenFor(scope: IConstruct): string {
    return Stack.of(scope) === Stack.of(this) ? this.localServiceToken : this.serviceToken;
  }

  /**
   * Lets the handler manage a segment of `applicationId` for the custom resource `resource`, and
   * makes that resource depend on the policy that grants it (see SegmentGrants).
   *
   * @internal
   */
  public _bindSegment(resource: CfnResource, applicationId: string, adopted: boolean): void {
    if (Stack.of(resource) !== Stack.of(this)) {
      throw new Error(`${resource.node.scope!.node.path}: provider must be in the same stack as the segment (it is in ${Stack.of(this).node.path})`);
    }
    this.grants.bind(resource, applicationId, !adopted);
  }
}

/**
 * The permissions Lambda uses, through the function's role, to manage the function's network
 * interfaces in a VPC: the same actions as the AWS managed AWSLambdaVPCAccessExecutionRole, inline
 * instead, and scoped where EC2 allows it. DescribeNetworkInterfaces and DescribeSubnets support no
 * resource-level permissions, so Lambda documents them on `*`; the others are limited to this
 * account and Region, the form Lambda's documentation gives for DeleteNetworkInterface.
 */
function networkInterfaceStatements(stack: Stack): iam.PolicyStatement[] {
  return [
    new iam.PolicyStatement({
      sid: 'DescribeNetworkInterfaces',
      actions: ['ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets'],
      resources: ['*'],
    }),
    new iam.PolicyStatement({
      sid: 'ManageNetworkInterfaces',
      actions: [
        'ec2:CreateNetworkInterface',
        'ec2:DeleteNetworkInterface',
        'ec2:AssignPrivateIpAddresses',
        'ec2:UnassignPrivateIpAddresses',
      ],
      resources: [stack.formatArn({ service: 'ec2', resource: '*', resourceName: '*', arnFormat: ArnFormat.SLASH_RESOURCE_NAME })],
    }),
  ];
}
