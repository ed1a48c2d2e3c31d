/**
 * The custom-resource Lambda: the CloudFormation protocol (cfn-response.ts) wrapped around the
 * segment lifecycle (segment-handler.ts). CloudFormation invokes `handler` directly; tests and the
 * offline rehearsal can build their own with {@link createHandler}.
 */
import { PinpointClient } from '@aws-sdk/client-pinpoint';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { customResourceHandler, ResponseSender } from './cfn-response';
import { createRequestMemory } from './redelivery';
import type { RetryPolicy } from './retry';
import { handleSegmentEvent } from './segment-handler';

export type { ResponseSender } from './cfn-response';
export type { RetryPolicy } from './retry';

export interface HandlerOptions {
  /**
   * Delivers the response body to the ResponseURL.
   * @default a PUT over HTTPS (or HTTP), retried
   */
  readonly sendResponse?: ResponseSender;
  /** @default full-jitter backoff from 100 ms up to 2 s */
  readonly retryPolicy?: RetryPolicy;
  /** Time kept back from the Lambda's remaining time to send the response. @default 15000 */
  readonly deadlineReserveMs?: number;
  /**
   * Makes the client for one event.
   * @default `new PinpointClient({ maxAttempts: 1 })`: region from AWS_REGION, endpoint from
   * AWS_ENDPOINT_URL_PINPOINT when set
   */
  readonly createClient?: () => PinpointClient;
  /**
   * How long one attempt of one Pinpoint call may take before it is abandoned and retried.
   * @default 20000
   */
  readonly attemptTimeoutMs?: number;
}

export type CustomResourceLambda = (event: CloudFormationCustomResourceEvent, context?: Context) => Promise<void>;

export function createHandler(options: HandlerOptions = {}): CustomResourceLambda {
  // One attempt per SDK call: retries live in retry.ts only (see there why).
  const createClient = options.createClient ?? (() => new PinpointClient({ maxAttempts: 1 }));
  // Per handler instance, so per container for the deployed handler: a second delivery of an
  // event to the same container is a redelivery signal (lambda/redelivery.ts).
  const requestMemory = createRequestMemory();
  return customResourceHandler(
    async (event, work) => {
      const client = createClient();
      try {
        return await handleSegmentEvent(event, {
          client,
          signal: work.signal,
          undoSignal: work.undoSignal,
          retryPolicy: options.retryPolicy,
          onTransientError: work.noteTransientError,
          deadlineAt: work.deadlineAt,
          attemptTimeoutMs: options.attemptTimeoutMs,
          requestMemory,
        });
      } finally {
        client.destroy();
      }
    },
    { sendResponse: options.sendResponse, deadlineReserveMs: options.deadlineReserveMs },
  );
}

export const handler: CustomResourceLambda = createHandler();
