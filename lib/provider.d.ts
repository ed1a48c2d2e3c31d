import { Duration } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { Construct, IConstruct } from 'constructs';
/**
 * How long CloudFormation waits for a response before it fails the resource, so that a lost
 * response cannot hang a stack for the default hour. It is longer than the function's timeout,
 * because the handler answers FAILED on its own before the function times out.
 */
export declare const SERVICE_TIMEOUT: Duration;
/**
 * The one custom-resource function of a stack, shared by every `PinpointSegment` in it.
 *
 * Not for direct use: `PinpointSegment` finds or creates it with `Stack.of(this)`.
 */
export declare class PinpointSegmentProvider extends Construct {
    /**
     * The provider of the stack that `scope` belongs to, created on first use.
     */
    static getOrCreate(scope: IConstruct): PinpointSegmentProvider;
    /**
     * The function ARN to use as `ServiceToken`.
     */
    readonly serviceToken: string;
    /**
     * The function that answers CloudFormation.
     */
    readonly handler: lambda.Function;
    private readonly policy;
    private readonly segmentActions;
    private readonly createActions;
    private readonly grantedResources;
    private constructor();
    /**
     * Lets the handler manage one segment: the exact segment ARN when adopting a known id, or every
     * segment of the application when the id is only known at deploy time.
     */
    grantSegment(applicationId: string, segmentId?: string): void;
    private addResource;
}
