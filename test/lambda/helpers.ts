/**
 * Shared fixtures for the handler tests: partial CloudFormation events, a fake Lambda context and
 * a response sender that captures what would have been PUT to the ResponseURL.
 */
import type { SegmentResponse } from '@aws-sdk/client-pinpoint';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import type { ResponseSender } from '../../lambda/cfn-response';

export const APP = 'f1e2d3c4b5a697881726354453627180';
export const OTHER_APP = '0a9b8c7d6e5f40312233445566778899';
export const SEG = '5e9a1c2b3d4f4a6b8c7d9e0f1a2b3c4d';
export const NEW_SEG = 'aa11bb22cc33dd44ee55ff6677889900';
export const REQUEST_ID = 'req-0f3c2a';
export const STACK_ID = 'arn:aws:cloudformation:us-east-1:123456789012:stack/Demo/6b5c3e10-0000-4000-8000-000000000000';
/** The presigned part that must never be logged. */
export const URL_SECRET = 'X-Amz-Signature=deadbeefSECRETcafe';
export const RESPONSE_URL = `https://cloudformation-custom-resource-response-useast1.s3.amazonaws.com/arn%3Aaws/Demo/Gold?X-Amz-Algorithm=AWS4-HMAC-SHA256&${URL_SECRET}`;
/** Fast retries for tests. */
export const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 2 };

export function segmentArn(applicationId: string, segmentId: string): string {
  return `arn:aws:mobiletargeting:us-east-1:123456789012:apps/${applicationId}/segments/${segmentId}`;
}

export interface CapturedResponse {
  readonly url: string;
  readonly raw: string;
  readonly body: {
    Status: 'SUCCESS' | 'FAILED';
    Reason?: string;
    PhysicalResourceId: string;
    StackId: string;
    RequestId: string;
    LogicalResourceId: string;
    NoEcho: boolean;
    Data?: Record<string, unknown>;
  };
}

/** A sender that records every response instead of PUTting it. */
export function captureResponses(): { send: ResponseSender; responses: CapturedResponse[]; only: () => CapturedResponse['body'] } {
  const responses: CapturedResponse[] = [];
  const send: ResponseSender = (url, raw) => {
    responses.push({ url, raw, body: JSON.parse(raw) as CapturedResponse['body'] });
    return Promise.resolve();
  };
  return {
    send,
    responses,
    only: () => {
      expect(responses).toHaveLength(1);
      return responses[0].body;
    },
  };
}

export function fakeContext(remainingMs = 60_000): Context {
  const start = Date.now();
  return {
    getRemainingTimeInMillis: () => remainingMs - (Date.now() - start),
    functionName: 'PinpointSegmentProvider',
    awsRequestId: 'lambda-request',
  } as unknown as Context;
}

const envelope = {
  ServiceToken: 'arn:aws:lambda:us-east-1:123456789012:function:PinpointSegmentProvider',
  ResponseURL: RESPONSE_URL,
  StackId: STACK_ID,
  RequestId: REQUEST_ID,
  LogicalResourceId: 'GoldResource',
  ResourceType: 'Custom::PinpointSegment',
};

export function createEvent(properties: Record<string, unknown>): CloudFormationCustomResourceEvent {
  return { ...envelope, RequestType: 'Create', ResourceProperties: { ServiceToken: envelope.ServiceToken, ...properties } };
}

export function updateEvent(
  physicalResourceId: string,
  properties: Record<string, unknown>,
  oldProperties: Record<string, unknown>,
): CloudFormationCustomResourceEvent {
  return {
    ...envelope,
    RequestType: 'Update',
    PhysicalResourceId: physicalResourceId,
    ResourceProperties: { ServiceToken: envelope.ServiceToken, ...properties },
    OldResourceProperties: { ServiceToken: envelope.ServiceToken, ...oldProperties },
  };
}

export function deleteEvent(physicalResourceId: string, properties: Record<string, unknown>): CloudFormationCustomResourceEvent {
  return {
    ...envelope,
    RequestType: 'Delete',
    PhysicalResourceId: physicalResourceId,
    ResourceProperties: { ServiceToken: envelope.ServiceToken, ...properties },
  };
}

/** A GetSegment/UpdateSegment-style response, with the response-only fields Pinpoint adds. */
export function segmentResponse(fields: Partial<SegmentResponse> & { Id: string }): SegmentResponse {
  const applicationId = fields.ApplicationId ?? APP;
  return {
    ApplicationId: applicationId,
    Arn: segmentArn(applicationId, fields.Id),
    CreationDate: '2024-01-02T03:04:05.000Z',
    LastModifiedDate: '2024-02-03T04:05:06.000Z',
    SegmentType: 'DIMENSIONAL',
    Version: 1,
    ...fields,
  };
}

/** Keeps handler logs out of the test output, while letting a test read them. */
export function silenceConsole() {
  return {
    log: jest.spyOn(console, 'log').mockImplementation(() => undefined),
    info: jest.spyOn(console, 'info').mockImplementation(() => undefined),
    warn: jest.spyOn(console, 'warn').mockImplementation(() => undefined),
    error: jest.spyOn(console, 'error').mockImplementation(() => undefined),
    debug: jest.spyOn(console, 'debug').mockImplementation(() => undefined),
  };
}

/** Everything written through console.* so far, as one string. */
export function allConsoleText(spies: ReturnType<typeof silenceConsole>): string {
  return Object.values(spies)
    .flatMap((spy): unknown[] => spy.mock.calls.flat())
    .map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg)))
    .join('\n');
}
