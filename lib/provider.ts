import * as path from 'path';
import { ArnFormat, Duration, Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct, IConstruct } from 'constructs';

/**
 * How long CloudFormation waits for a response before it fails the resource, so that a lost
 * response cannot hang a stack for the default hour. It is longer than the function's timeout,
 * because the handler answers FAILED on its own before the function times out.
 */
export const SERVICE_TIMEOUT = Duration.minutes(5);

/** The function's timeout. Pinpoint calls are retried with backoff within it. */
const FUNCTION_TIMEOUT = Duration.minutes(2);

/**
 * The construct id of the singleton, under the stack. Renaming it would replace the function in
 * every user's stack.
 */
const SINGLETON_ID = 'PinpointSegmentProvider';

/**
 * The one custom-resource function of a stack, shared by every `PinpointSegment` in it.
 *
 * Not for direct use: `PinpointSegment` finds or creates it with `Stack.of(this)`.
 */
export class PinpointSegmentProvider extends Construct {
  /**
   * The provider of the stack that `scope` belongs to, created on first use.
   */
  public static getOrCreate(scope: IConstruct): PinpointSegmentProvider {
    const stack = Stack.of(scope);
    const existing = stack.node.tryFindChild(SINGLETON_ID);
    if (existing) {
      return existing as PinpointSegmentProvider;
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

  private readonly policy = new iam.PolicyDocument();
  private readonly segmentActions = new iam.PolicyStatement({
    sid: 'ManageSegments',
    actions: [
      'mobiletargeting:GetSegment',
      'mobiletargeting:UpdateSegment',
      'mobiletargeting:DeleteSegment',
      'mobiletargeting:GetSegmentVersion',
      'mobiletargeting:TagResource',
      'mobiletargeting:UntagResource',
      // Live tags are read with ListTagsForResource (GetSegment's tags are not trusted), and the
      // ownership tag of a candidate segment is confirmed with it.
      'mobiletargeting:ListTagsForResource',
    ],
  });
  private readonly createActions = new iam.PolicyStatement({
    sid: 'CreateSegments',
    // CreateSegment is authorized against the application; creating with tags also needs
    // TagResource on the new segment, which segmentActions grants. GetSegments lists the
    // application's segments after an ambiguous CreateSegment failure, to find a segment that call
    // made instead of creating a twin.
    actions: ['mobiletargeting:CreateSegment', 'mobiletargeting:GetSegments'],
  });
  private readonly grantedResources = new Set<string>();
  /** `Fn::GetAtt [Handler, Arn]`, for segments in this stack (see `_serviceTokenFor`). */
  private readonly localServiceToken: string;

  private constructor(scope: Construct, id: string) {
    super(scope, id);

    const logGroup = new logs.LogGroup(this, 'LogGroup', {
      retention: logs.RetentionDays.ONE_MONTH,
    });

    const role = new iam.Role(this, 'Role', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'Lets the cdk-pinpoint-segment handler converge the Pinpoint segments of this stack',
      // Logging only: CreateLogStream and PutLogEvents (plus CreateLogGroup, unused because the log
      // group above already exists). Every Pinpoint permission is in the inline policy below.
      managedPolicies: [
        iam.ManagedPolicy.fromAwsManagedPolicyName('service-role/AWSLambdaBasicExecutionRole'),
      ],
      // Inline, not a separate AWS::IAM::Policy: one resource fewer per stack, and the function
      // cannot start before its permissions exist.
      inlinePolicies: { PinpointSegments: this.policy },
    });

    this.handler = new lambda.Function(this, 'Handler', {
      description: 'Converges Amazon Pinpoint segments declared with cdk-pinpoint-segment',
      runtime: lambda.Runtime.NODEJS_24_X,
      architecture: lambda.Architecture.ARM_64,
      handler: 'index.handler',
      code: lambda.Code.fromAsset(path.join(__dirname, '..', 'assets', 'handler')),
      timeout: FUNCTION_TIMEOUT,
      memorySize: 256,
      role,
      logGroup,
      // CloudFormation invokes the function asynchronously; a Lambda retry of a crashed invocation
      // could answer the same event twice. The handler answers every event itself instead.
      retryAttempts: 0,
    });
    this.serviceToken = this.handler.functionArn;
    this.localServiceToken = (this.handler.node.defaultChild as lambda.CfnFunction).attrArn;
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
   * Lets the handler manage one segment: the exact segment ARN when adopting a known id, or every
   * segment of the application when the id is only known at deploy time.
   */
  public grantSegment(applicationId: string, segmentId?: string): void {
    const stack = Stack.of(this);
    const segmentArn = stack.formatArn({
      service: 'mobiletargeting',
      resource: 'apps',
      resourceName: `${applicationId}/segments/${segmentId ?? '*'}`,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    this.addResource(this.segmentActions, segmentArn);
    if (segmentId === undefined) {
      const appArn = stack.formatArn({
        service: 'mobiletargeting',
        resource: 'apps',
        resourceName: applicationId,
        arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
      });
      this.addResource(this.createActions, appArn);
    }
  }

  private addResource(statement: iam.PolicyStatement, arn: string): void {
    const key = `${statement.sid}|${arn}`;
    if (this.grantedResources.has(key)) {
      return;
    }
    if (!statement.hasResource) {
      // A statement joins the document with its first resource: an empty Resource list is invalid.
      this.policy.addStatements(statement);
    }
    statement.addResources(arn);
    this.grantedResources.add(key);
  }
}
