"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.PinpointSegmentProvider = exports.SERVICE_TIMEOUT = void 0;
const path = __importStar(require("path"));
const aws_cdk_lib_1 = require("aws-cdk-lib");
const iam = __importStar(require("aws-cdk-lib/aws-iam"));
const lambda = __importStar(require("aws-cdk-lib/aws-lambda"));
const logs = __importStar(require("aws-cdk-lib/aws-logs"));
const constructs_1 = require("constructs");
/**
 * How long CloudFormation waits for a response before it fails the resource, so that a lost
 * response cannot hang a stack for the default hour. It is longer than the function's timeout,
 * because the handler answers FAILED on its own before the function times out.
 */
exports.SERVICE_TIMEOUT = aws_cdk_lib_1.Duration.minutes(5);
/** The function's timeout. Pinpoint calls are retried with backoff within it. */
const FUNCTION_TIMEOUT = aws_cdk_lib_1.Duration.minutes(2);
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
class PinpointSegmentProvider extends constructs_1.Construct {
    /**
     * The provider of the stack that `scope` belongs to, created on first use.
     */
    static getOrCreate(scope) {
        const stack = aws_cdk_lib_1.Stack.of(scope);
        const existing = stack.node.tryFindChild(SINGLETON_ID);
        if (existing) {
            return existing;
        }
        return new PinpointSegmentProvider(stack, SINGLETON_ID);
    }
    /**
     * The function ARN to use as `ServiceToken`.
     */
    serviceToken;
    /**
     * The function that answers CloudFormation.
     */
    handler;
    policy = new iam.PolicyDocument();
    segmentActions = new iam.PolicyStatement({
        sid: 'ManageSegments',
        actions: [
            'mobiletargeting:GetSegment',
            'mobiletargeting:UpdateSegment',
            'mobiletargeting:DeleteSegment',
            'mobiletargeting:GetSegmentVersion',
            'mobiletargeting:TagResource',
            'mobiletargeting:UntagResource',
        ],
    });
    createActions = new iam.PolicyStatement({
        sid: 'CreateSegments',
        // CreateSegment is authorized against the application; creating with tags also needs
        // TagResource on the new segment, which segmentActions grants. GetSegments lists the
        // application's segments after an ambiguous CreateSegment failure, to find a segment that call
        // made instead of creating a twin.
        actions: ['mobiletargeting:CreateSegment', 'mobiletargeting:GetSegments'],
    });
    grantedResources = new Set();
    constructor(scope, id) {
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
    }
    /**
     * Lets the handler manage one segment: the exact segment ARN when adopting a known id, or every
     * segment of the application when the id is only known at deploy time.
     */
    grantSegment(applicationId, segmentId) {
        const stack = aws_cdk_lib_1.Stack.of(this);
        const segmentArn = stack.formatArn({
            service: 'mobiletargeting',
            resource: 'apps',
            resourceName: `${applicationId}/segments/${segmentId ?? '*'}`,
            arnFormat: aws_cdk_lib_1.ArnFormat.SLASH_RESOURCE_NAME,
        });
        this.addResource(this.segmentActions, segmentArn);
        if (segmentId === undefined) {
            const appArn = stack.formatArn({
                service: 'mobiletargeting',
                resource: 'apps',
                resourceName: applicationId,
                arnFormat: aws_cdk_lib_1.ArnFormat.SLASH_RESOURCE_NAME,
            });
            this.addResource(this.createActions, appArn);
        }
    }
    addResource(statement, arn) {
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
exports.PinpointSegmentProvider = PinpointSegmentProvider;
//# sourceMappingURL=data:application/json;base64,eyJ2ZXJzaW9uIjozLCJmaWxlIjoicHJvdmlkZXIuanMiLCJzb3VyY2VSb290IjoiIiwic291cmNlcyI6WyJwcm92aWRlci50cyJdLCJuYW1lcyI6W10sIm1hcHBpbmdzIjoiOzs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQSwyQ0FBNkI7QUFDN0IsNkNBQXlEO0FBQ3pELHlEQUEyQztBQUMzQywrREFBaUQ7QUFDakQsMkRBQTZDO0FBQzdDLDJDQUFtRDtBQUVuRDs7OztHQUlHO0FBQ1UsUUFBQSxlQUFlLEdBQUcsc0JBQVEsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFFbkQsaUZBQWlGO0FBQ2pGLE1BQU0sZ0JBQWdCLEdBQUcsc0JBQVEsQ0FBQyxPQUFPLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFFN0M7OztHQUdHO0FBQ0gsTUFBTSxZQUFZLEdBQUcseUJBQXlCLENBQUM7QUFFL0M7Ozs7R0FJRztBQUNILE1BQWEsdUJBQXdCLFNBQVEsc0JBQVM7SUFDcEQ7O09BRUc7SUFDSSxNQUFNLENBQUMsV0FBVyxDQUFDLEtBQWlCO1FBQ3pDLE1BQU0sS0FBSyxHQUFHLG1CQUFLLENBQUMsRUFBRSxDQUFDLEtBQUssQ0FBQyxDQUFDO1FBQzlCLE1BQU0sUUFBUSxHQUFHLEtBQUssQ0FBQyxJQUFJLENBQUMsWUFBWSxDQUFDLFlBQVksQ0FBQyxDQUFDO1FBQ3ZELElBQUksUUFBUSxFQUFFLENBQUM7WUFDYixPQUFPLFFBQW1DLENBQUM7UUFDN0MsQ0FBQztRQUNELE9BQU8sSUFBSSx1QkFBdUIsQ0FBQyxLQUFLLEVBQUUsWUFBWSxDQUFDLENBQUM7SUFDMUQsQ0FBQztJQUVEOztPQUVHO0lBQ2EsWUFBWSxDQUFTO0lBRXJDOztPQUVHO0lBQ2EsT0FBTyxDQUFrQjtJQUV4QixNQUFNLEdBQUcsSUFBSSxHQUFHLENBQUMsY0FBYyxFQUFFLENBQUM7SUFDbEMsY0FBYyxHQUFHLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztRQUN4RCxHQUFHLEVBQUUsZ0JBQWdCO1FBQ3JCLE9BQU8sRUFBRTtZQUNQLDRCQUE0QjtZQUM1QiwrQkFBK0I7WUFDL0IsK0JBQStCO1lBQy9CLG1DQUFtQztZQUNuQyw2QkFBNkI7WUFDN0IsK0JBQStCO1NBQ2hDO0tBQ0YsQ0FBQyxDQUFDO0lBQ2MsYUFBYSxHQUFHLElBQUksR0FBRyxDQUFDLGVBQWUsQ0FBQztRQUN2RCxHQUFHLEVBQUUsZ0JBQWdCO1FBQ3JCLHFGQUFxRjtRQUNyRixxRkFBcUY7UUFDckYsK0ZBQStGO1FBQy9GLG1DQUFtQztRQUNuQyxPQUFPLEVBQUUsQ0FBQywrQkFBK0IsRUFBRSw2QkFBNkIsQ0FBQztLQUMxRSxDQUFDLENBQUM7SUFDYyxnQkFBZ0IsR0FBRyxJQUFJLEdBQUcsRUFBVSxDQUFDO0lBRXRELFlBQW9CLEtBQWdCLEVBQUUsRUFBVTtRQUM5QyxLQUFLLENBQUMsS0FBSyxFQUFFLEVBQUUsQ0FBQyxDQUFDO1FBRWpCLE1BQU0sUUFBUSxHQUFHLElBQUksSUFBSSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsVUFBVSxFQUFFO1lBQ25ELFNBQVMsRUFBRSxJQUFJLENBQUMsYUFBYSxDQUFDLFNBQVM7U0FDeEMsQ0FBQyxDQUFDO1FBRUgsTUFBTSxJQUFJLEdBQUcsSUFBSSxHQUFHLENBQUMsSUFBSSxDQUFDLElBQUksRUFBRSxNQUFNLEVBQUU7WUFDdEMsU0FBUyxFQUFFLElBQUksR0FBRyxDQUFDLGdCQUFnQixDQUFDLHNCQUFzQixDQUFDO1lBQzNELFdBQVcsRUFBRSxvRkFBb0Y7WUFDakcsOEZBQThGO1lBQzlGLHdGQUF3RjtZQUN4RixlQUFlLEVBQUU7Z0JBQ2YsR0FBRyxDQUFDLGFBQWEsQ0FBQyx3QkFBd0IsQ0FBQywwQ0FBMEMsQ0FBQzthQUN2RjtZQUNELDBGQUEwRjtZQUMxRiw2Q0FBNkM7WUFDN0MsY0FBYyxFQUFFLEVBQUUsZ0JBQWdCLEVBQUUsSUFBSSxDQUFDLE1BQU0sRUFBRTtTQUNsRCxDQUFDLENBQUM7UUFFSCxJQUFJLENBQUMsT0FBTyxHQUFHLElBQUksTUFBTSxDQUFDLFFBQVEsQ0FBQyxJQUFJLEVBQUUsU0FBUyxFQUFFO1lBQ2xELFdBQVcsRUFBRSx1RUFBdUU7WUFDcEYsT0FBTyxFQUFFLE1BQU0sQ0FBQyxPQUFPLENBQUMsV0FBVztZQUNuQyxZQUFZLEVBQUUsTUFBTSxDQUFDLFlBQVksQ0FBQyxNQUFNO1lBQ3hDLE9BQU8sRUFBRSxlQUFlO1lBQ3hCLElBQUksRUFBRSxNQUFNLENBQUMsSUFBSSxDQUFDLFNBQVMsQ0FBQyxJQUFJLENBQUMsSUFBSSxDQUFDLFNBQVMsRUFBRSxJQUFJLEVBQUUsUUFBUSxFQUFFLFNBQVMsQ0FBQyxDQUFDO1lBQzVFLE9BQU8sRUFBRSxnQkFBZ0I7WUFDekIsVUFBVSxFQUFFLEdBQUc7WUFDZixJQUFJO1lBQ0osUUFBUTtZQUNSLDZGQUE2RjtZQUM3RixxRkFBcUY7WUFDckYsYUFBYSxFQUFFLENBQUM7U0FDakIsQ0FBQyxDQUFDO1FBQ0gsSUFBSSxDQUFDLFlBQVksR0FBRyxJQUFJLENBQUMsT0FBTyxDQUFDLFdBQVcsQ0FBQztJQUMvQyxDQUFDO0lBRUQ7OztPQUdHO0lBQ0ksWUFBWSxDQUFDLGFBQXFCLEVBQUUsU0FBa0I7UUFDM0QsTUFBTSxLQUFLLEdBQUcsbUJBQUssQ0FBQyxFQUFFLENBQUMsSUFBSSxDQUFDLENBQUM7UUFDN0IsTUFBTSxVQUFVLEdBQUcsS0FBSyxDQUFDLFNBQVMsQ0FBQztZQUNqQyxPQUFPLEVBQUUsaUJBQWlCO1lBQzFCLFFBQVEsRUFBRSxNQUFNO1lBQ2hCLFlBQVksRUFBRSxHQUFHLGFBQWEsYUFBYSxTQUFTLElBQUksR0FBRyxFQUFFO1lBQzdELFNBQVMsRUFBRSx1QkFBUyxDQUFDLG1CQUFtQjtTQUN6QyxDQUFDLENBQUM7UUFDSCxJQUFJLENBQUMsV0FBVyxDQUFDLElBQUksQ0FBQyxjQUFjLEVBQUUsVUFBVSxDQUFDLENBQUM7UUFDbEQsSUFBSSxTQUFTLEtBQUssU0FBUyxFQUFFLENBQUM7WUFDNUIsTUFBTSxNQUFNLEdBQUcsS0FBSyxDQUFDLFNBQVMsQ0FBQztnQkFDN0IsT0FBTyxFQUFFLGlCQUFpQjtnQkFDMUIsUUFBUSxFQUFFLE1BQU07Z0JBQ2hCLFlBQVksRUFBRSxhQUFhO2dCQUMzQixTQUFTLEVBQUUsdUJBQVMsQ0FBQyxtQkFBbUI7YUFDekMsQ0FBQyxDQUFDO1lBQ0gsSUFBSSxDQUFDLFdBQVcsQ0FBQyxJQUFJLENBQUMsYUFBYSxFQUFFLE1BQU0sQ0FBQyxDQUFDO1FBQy9DLENBQUM7SUFDSCxDQUFDO0lBRU8sV0FBVyxDQUFDLFNBQThCLEVBQUUsR0FBVztRQUM3RCxNQUFNLEdBQUcsR0FBRyxHQUFHLFNBQVMsQ0FBQyxHQUFHLElBQUksR0FBRyxFQUFFLENBQUM7UUFDdEMsSUFBSSxJQUFJLENBQUMsZ0JBQWdCLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxFQUFFLENBQUM7WUFDbkMsT0FBTztRQUNULENBQUM7UUFDRCxJQUFJLENBQUMsU0FBUyxDQUFDLFdBQVcsRUFBRSxDQUFDO1lBQzNCLDZGQUE2RjtZQUM3RixJQUFJLENBQUMsTUFBTSxDQUFDLGFBQWEsQ0FBQyxTQUFTLENBQUMsQ0FBQztRQUN2QyxDQUFDO1FBQ0QsU0FBUyxDQUFDLFlBQVksQ0FBQyxHQUFHLENBQUMsQ0FBQztRQUM1QixJQUFJLENBQUMsZ0JBQWdCLENBQUMsR0FBRyxDQUFDLEdBQUcsQ0FBQyxDQUFDO0lBQ2pDLENBQUM7Q0FDRjtBQXRIRCwwREFzSEMiLCJzb3VyY2VzQ29udGVudCI6WyJpbXBvcnQgKiBhcyBwYXRoIGZyb20gJ3BhdGgnO1xuaW1wb3J0IHsgQXJuRm9ybWF0LCBEdXJhdGlvbiwgU3RhY2sgfSBmcm9tICdhd3MtY2RrLWxpYic7XG5pbXBvcnQgKiBhcyBpYW0gZnJvbSAnYXdzLWNkay1saWIvYXdzLWlhbSc7XG5pbXBvcnQgKiBhcyBsYW1iZGEgZnJvbSAnYXdzLWNkay1saWIvYXdzLWxhbWJkYSc7XG5pbXBvcnQgKiBhcyBsb2dzIGZyb20gJ2F3cy1jZGstbGliL2F3cy1sb2dzJztcbmltcG9ydCB7IENvbnN0cnVjdCwgSUNvbnN0cnVjdCB9IGZyb20gJ2NvbnN0cnVjdHMnO1xuXG4vKipcbiAqIEhvdyBsb25nIENsb3VkRm9ybWF0aW9uIHdhaXRzIGZvciBhIHJlc3BvbnNlIGJlZm9yZSBpdCBmYWlscyB0aGUgcmVzb3VyY2UsIHNvIHRoYXQgYSBsb3N0XG4gKiByZXNwb25zZSBjYW5ub3QgaGFuZyBhIHN0YWNrIGZvciB0aGUgZGVmYXVsdCBob3VyLiBJdCBpcyBsb25nZXIgdGhhbiB0aGUgZnVuY3Rpb24ncyB0aW1lb3V0LFxuICogYmVjYXVzZSB0aGUgaGFuZGxlciBhbnN3ZXJzIEZBSUxFRCBvbiBpdHMgb3duIGJlZm9yZSB0aGUgZnVuY3Rpb24gdGltZXMgb3V0LlxuICovXG5leHBvcnQgY29uc3QgU0VSVklDRV9USU1FT1VUID0gRHVyYXRpb24ubWludXRlcyg1KTtcblxuLyoqIFRoZSBmdW5jdGlvbidzIHRpbWVvdXQuIFBpbnBvaW50IGNhbGxzIGFyZSByZXRyaWVkIHdpdGggYmFja29mZiB3aXRoaW4gaXQuICovXG5jb25zdCBGVU5DVElPTl9USU1FT1VUID0gRHVyYXRpb24ubWludXRlcygyKTtcblxuLyoqXG4gKiBUaGUgY29uc3RydWN0IGlkIG9mIHRoZSBzaW5nbGV0b24sIHVuZGVyIHRoZSBzdGFjay4gUmVuYW1pbmcgaXQgd291bGQgcmVwbGFjZSB0aGUgZnVuY3Rpb24gaW5cbiAqIGV2ZXJ5IHVzZXIncyBzdGFjay5cbiAqL1xuY29uc3QgU0lOR0xFVE9OX0lEID0gJ1BpbnBvaW50U2VnbWVudFByb3ZpZGVyJztcblxuLyoqXG4gKiBUaGUgb25lIGN1c3RvbS1yZXNvdXJjZSBmdW5jdGlvbiBvZiBhIHN0YWNrLCBzaGFyZWQgYnkgZXZlcnkgYFBpbnBvaW50U2VnbWVudGAgaW4gaXQuXG4gKlxuICogTm90IGZvciBkaXJlY3QgdXNlOiBgUGlucG9pbnRTZWdtZW50YCBmaW5kcyBvciBjcmVhdGVzIGl0IHdpdGggYFN0YWNrLm9mKHRoaXMpYC5cbiAqL1xuZXhwb3J0IGNsYXNzIFBpbnBvaW50U2VnbWVudFByb3ZpZGVyIGV4dGVuZHMgQ29uc3RydWN0IHtcbiAgLyoqXG4gICAqIFRoZSBwcm92aWRlciBvZiB0aGUgc3RhY2sgdGhhdCBgc2NvcGVgIGJlbG9uZ3MgdG8sIGNyZWF0ZWQgb24gZmlyc3QgdXNlLlxuICAgKi9cbiAgcHVibGljIHN0YXRpYyBnZXRPckNyZWF0ZShzY29wZTogSUNvbnN0cnVjdCk6IFBpbnBvaW50U2VnbWVudFByb3ZpZGVyIHtcbiAgICBjb25zdCBzdGFjayA9IFN0YWNrLm9mKHNjb3BlKTtcbiAgICBjb25zdCBleGlzdGluZyA9IHN0YWNrLm5vZGUudHJ5RmluZENoaWxkKFNJTkdMRVRPTl9JRCk7XG4gICAgaWYgKGV4aXN0aW5nKSB7XG4gICAgICByZXR1cm4gZXhpc3RpbmcgYXMgUGlucG9pbnRTZWdtZW50UHJvdmlkZXI7XG4gICAgfVxuICAgIHJldHVybiBuZXcgUGlucG9pbnRTZWdtZW50UHJvdmlkZXIoc3RhY2ssIFNJTkdMRVRPTl9JRCk7XG4gIH1cblxuICAvKipcbiAgICogVGhlIGZ1bmN0aW9uIEFSTiB0byB1c2UgYXMgYFNlcnZpY2VUb2tlbmAuXG4gICAqL1xuICBwdWJsaWMgcmVhZG9ubHkgc2VydmljZVRva2VuOiBzdHJpbmc7XG5cbiAgLyoqXG4gICAqIFRoZSBmdW5jdGlvbiB0aGF0IGFuc3dlcnMgQ2xvdWRGb3JtYXRpb24uXG4gICAqL1xuICBwdWJsaWMgcmVhZG9ubHkgaGFuZGxlcjogbGFtYmRhLkZ1bmN0aW9uO1xuXG4gIHByaXZhdGUgcmVhZG9ubHkgcG9saWN5ID0gbmV3IGlhbS5Qb2xpY3lEb2N1bWVudCgpO1xuICBwcml2YXRlIHJlYWRvbmx5IHNlZ21lbnRBY3Rpb25zID0gbmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgIHNpZDogJ01hbmFnZVNlZ21lbnRzJyxcbiAgICBhY3Rpb25zOiBbXG4gICAgICAnbW9iaWxldGFyZ2V0aW5nOkdldFNlZ21lbnQnLFxuICAgICAgJ21vYmlsZXRhcmdldGluZzpVcGRhdGVTZWdtZW50JyxcbiAgICAgICdtb2JpbGV0YXJnZXRpbmc6RGVsZXRlU2VnbWVudCcsXG4gICAgICAnbW9iaWxldGFyZ2V0aW5nOkdldFNlZ21lbnRWZXJzaW9uJyxcbiAgICAgICdtb2JpbGV0YXJnZXRpbmc6VGFnUmVzb3VyY2UnLFxuICAgICAgJ21vYmlsZXRhcmdldGluZzpVbnRhZ1Jlc291cmNlJyxcbiAgICBdLFxuICB9KTtcbiAgcHJpdmF0ZSByZWFkb25seSBjcmVhdGVBY3Rpb25zID0gbmV3IGlhbS5Qb2xpY3lTdGF0ZW1lbnQoe1xuICAgIHNpZDogJ0NyZWF0ZVNlZ21lbnRzJyxcbiAgICAvLyBDcmVhdGVTZWdtZW50IGlzIGF1dGhvcml6ZWQgYWdhaW5zdCB0aGUgYXBwbGljYXRpb247IGNyZWF0aW5nIHdpdGggdGFncyBhbHNvIG5lZWRzXG4gICAgLy8gVGFnUmVzb3VyY2Ugb24gdGhlIG5ldyBzZWdtZW50LCB3aGljaCBzZWdtZW50QWN0aW9ucyBncmFudHMuIEdldFNlZ21lbnRzIGxpc3RzIHRoZVxuICAgIC8vIGFwcGxpY2F0aW9uJ3Mgc2VnbWVudHMgYWZ0ZXIgYW4gYW1iaWd1b3VzIENyZWF0ZVNlZ21lbnQgZmFpbHVyZSwgdG8gZmluZCBhIHNlZ21lbnQgdGhhdCBjYWxsXG4gICAgLy8gbWFkZSBpbnN0ZWFkIG9mIGNyZWF0aW5nIGEgdHdpbi5cbiAgICBhY3Rpb25zOiBbJ21vYmlsZXRhcmdldGluZzpDcmVhdGVTZWdtZW50JywgJ21vYmlsZXRhcmdldGluZzpHZXRTZWdtZW50cyddLFxuICB9KTtcbiAgcHJpdmF0ZSByZWFkb25seSBncmFudGVkUmVzb3VyY2VzID0gbmV3IFNldDxzdHJpbmc+KCk7XG5cbiAgcHJpdmF0ZSBjb25zdHJ1Y3RvcihzY29wZTogQ29uc3RydWN0LCBpZDogc3RyaW5nKSB7XG4gICAgc3VwZXIoc2NvcGUsIGlkKTtcblxuICAgIGNvbnN0IGxvZ0dyb3VwID0gbmV3IGxvZ3MuTG9nR3JvdXAodGhpcywgJ0xvZ0dyb3VwJywge1xuICAgICAgcmV0ZW50aW9uOiBsb2dzLlJldGVudGlvbkRheXMuT05FX01PTlRILFxuICAgIH0pO1xuXG4gICAgY29uc3Qgcm9sZSA9IG5ldyBpYW0uUm9sZSh0aGlzLCAnUm9sZScsIHtcbiAgICAgIGFzc3VtZWRCeTogbmV3IGlhbS5TZXJ2aWNlUHJpbmNpcGFsKCdsYW1iZGEuYW1hem9uYXdzLmNvbScpLFxuICAgICAgZGVzY3JpcHRpb246ICdMZXRzIHRoZSBjZGstcGlucG9pbnQtc2VnbWVudCBoYW5kbGVyIGNvbnZlcmdlIHRoZSBQaW5wb2ludCBzZWdtZW50cyBvZiB0aGlzIHN0YWNrJyxcbiAgICAgIC8vIExvZ2dpbmcgb25seTogQ3JlYXRlTG9nU3RyZWFtIGFuZCBQdXRMb2dFdmVudHMgKHBsdXMgQ3JlYXRlTG9nR3JvdXAsIHVudXNlZCBiZWNhdXNlIHRoZSBsb2dcbiAgICAgIC8vIGdyb3VwIGFib3ZlIGFscmVhZHkgZXhpc3RzKS4gRXZlcnkgUGlucG9pbnQgcGVybWlzc2lvbiBpcyBpbiB0aGUgaW5saW5lIHBvbGljeSBiZWxvdy5cbiAgICAgIG1hbmFnZWRQb2xpY2llczogW1xuICAgICAgICBpYW0uTWFuYWdlZFBvbGljeS5mcm9tQXdzTWFuYWdlZFBvbGljeU5hbWUoJ3NlcnZpY2Utcm9sZS9BV1NMYW1iZGFCYXNpY0V4ZWN1dGlvblJvbGUnKSxcbiAgICAgIF0sXG4gICAgICAvLyBJbmxpbmUsIG5vdCBhIHNlcGFyYXRlIEFXUzo6SUFNOjpQb2xpY3k6IG9uZSByZXNvdXJjZSBmZXdlciBwZXIgc3RhY2ssIGFuZCB0aGUgZnVuY3Rpb25cbiAgICAgIC8vIGNhbm5vdCBzdGFydCBiZWZvcmUgaXRzIHBlcm1pc3Npb25zIGV4aXN0LlxuICAgICAgaW5saW5lUG9saWNpZXM6IHsgUGlucG9pbnRTZWdtZW50czogdGhpcy5wb2xpY3kgfSxcbiAgICB9KTtcblxuICAgIHRoaXMuaGFuZGxlciA9IG5ldyBsYW1iZGEuRnVuY3Rpb24odGhpcywgJ0hhbmRsZXInLCB7XG4gICAgICBkZXNjcmlwdGlvbjogJ0NvbnZlcmdlcyBBbWF6b24gUGlucG9pbnQgc2VnbWVudHMgZGVjbGFyZWQgd2l0aCBjZGstcGlucG9pbnQtc2VnbWVudCcsXG4gICAgICBydW50aW1lOiBsYW1iZGEuUnVudGltZS5OT0RFSlNfMjRfWCxcbiAgICAgIGFyY2hpdGVjdHVyZTogbGFtYmRhLkFyY2hpdGVjdHVyZS5BUk1fNjQsXG4gICAgICBoYW5kbGVyOiAnaW5kZXguaGFuZGxlcicsXG4gICAgICBjb2RlOiBsYW1iZGEuQ29kZS5mcm9tQXNzZXQocGF0aC5qb2luKF9fZGlybmFtZSwgJy4uJywgJ2Fzc2V0cycsICdoYW5kbGVyJykpLFxuICAgICAgdGltZW91dDogRlVOQ1RJT05fVElNRU9VVCxcbiAgICAgIG1lbW9yeVNpemU6IDI1NixcbiAgICAgIHJvbGUsXG4gICAgICBsb2dHcm91cCxcbiAgICAgIC8vIENsb3VkRm9ybWF0aW9uIGludm9rZXMgdGhlIGZ1bmN0aW9uIGFzeW5jaHJvbm91c2x5OyBhIExhbWJkYSByZXRyeSBvZiBhIGNyYXNoZWQgaW52b2NhdGlvblxuICAgICAgLy8gY291bGQgYW5zd2VyIHRoZSBzYW1lIGV2ZW50IHR3aWNlLiBUaGUgaGFuZGxlciBhbnN3ZXJzIGV2ZXJ5IGV2ZW50IGl0c2VsZiBpbnN0ZWFkLlxuICAgICAgcmV0cnlBdHRlbXB0czogMCxcbiAgICB9KTtcbiAgICB0aGlzLnNlcnZpY2VUb2tlbiA9IHRoaXMuaGFuZGxlci5mdW5jdGlvbkFybjtcbiAgfVxuXG4gIC8qKlxuICAgKiBMZXRzIHRoZSBoYW5kbGVyIG1hbmFnZSBvbmUgc2VnbWVudDogdGhlIGV4YWN0IHNlZ21lbnQgQVJOIHdoZW4gYWRvcHRpbmcgYSBrbm93biBpZCwgb3IgZXZlcnlcbiAgICogc2VnbWVudCBvZiB0aGUgYXBwbGljYXRpb24gd2hlbiB0aGUgaWQgaXMgb25seSBrbm93biBhdCBkZXBsb3kgdGltZS5cbiAgICovXG4gIHB1YmxpYyBncmFudFNlZ21lbnQoYXBwbGljYXRpb25JZDogc3RyaW5nLCBzZWdtZW50SWQ/OiBzdHJpbmcpOiB2b2lkIHtcbiAgICBjb25zdCBzdGFjayA9IFN0YWNrLm9mKHRoaXMpO1xuICAgIGNvbnN0IHNlZ21lbnRBcm4gPSBzdGFjay5mb3JtYXRBcm4oe1xuICAgICAgc2VydmljZTogJ21vYmlsZXRhcmdldGluZycsXG4gICAgICByZXNvdXJjZTogJ2FwcHMnLFxuICAgICAgcmVzb3VyY2VOYW1lOiBgJHthcHBsaWNhdGlvbklkfS9zZWdtZW50cy8ke3NlZ21lbnRJZCA/PyAnKid9YCxcbiAgICAgIGFybkZvcm1hdDogQXJuRm9ybWF0LlNMQVNIX1JFU09VUkNFX05BTUUsXG4gICAgfSk7XG4gICAgdGhpcy5hZGRSZXNvdXJjZSh0aGlzLnNlZ21lbnRBY3Rpb25zLCBzZWdtZW50QXJuKTtcbiAgICBpZiAoc2VnbWVudElkID09PSB1bmRlZmluZWQpIHtcbiAgICAgIGNvbnN0IGFwcEFybiA9IHN0YWNrLmZvcm1hdEFybih7XG4gICAgICAgIHNlcnZpY2U6ICdtb2JpbGV0YXJnZXRpbmcnLFxuICAgICAgICByZXNvdXJjZTogJ2FwcHMnLFxuICAgICAgICByZXNvdXJjZU5hbWU6IGFwcGxpY2F0aW9uSWQsXG4gICAgICAgIGFybkZvcm1hdDogQXJuRm9ybWF0LlNMQVNIX1JFU09VUkNFX05BTUUsXG4gICAgICB9KTtcbiAgICAgIHRoaXMuYWRkUmVzb3VyY2UodGhpcy5jcmVhdGVBY3Rpb25zLCBhcHBBcm4pO1xuICAgIH1cbiAgfVxuXG4gIHByaXZhdGUgYWRkUmVzb3VyY2Uoc3RhdGVtZW50OiBpYW0uUG9saWN5U3RhdGVtZW50LCBhcm46IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IGtleSA9IGAke3N0YXRlbWVudC5zaWR9fCR7YXJufWA7XG4gICAgaWYgKHRoaXMuZ3JhbnRlZFJlc291cmNlcy5oYXMoa2V5KSkge1xuICAgICAgcmV0dXJuO1xuICAgIH1cbiAgICBpZiAoIXN0YXRlbWVudC5oYXNSZXNvdXJjZSkge1xuICAgICAgLy8gQSBzdGF0ZW1lbnQgam9pbnMgdGhlIGRvY3VtZW50IHdpdGggaXRzIGZpcnN0IHJlc291cmNlOiBhbiBlbXB0eSBSZXNvdXJjZSBsaXN0IGlzIGludmFsaWQuXG4gICAgICB0aGlzLnBvbGljeS5hZGRTdGF0ZW1lbnRzKHN0YXRlbWVudCk7XG4gICAgfVxuICAgIHN0YXRlbWVudC5hZGRSZXNvdXJjZXMoYXJuKTtcbiAgICB0aGlzLmdyYW50ZWRSZXNvdXJjZXMuYWRkKGtleSk7XG4gIH1cbn1cbiJdfQ==