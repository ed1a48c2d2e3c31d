/**
 * What a promise rejects with, typed for the assertions that follow (`promise.catch((e) => e)` is
 * `any`). Each helper throws, failing the test, when the promise resolves instead, or when it
 * rejects with something of another kind than the helper returns.
 */
import { PinpointServiceException } from '@aws-sdk/client-pinpoint';

/** The reason `promise` rejects with. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, but the promise resolved (with ${typeof value})`);
    },
    (reason: unknown) => reason,
  );
}

/** The Error `promise` rejects with. */
export async function errorOf(promise: Promise<unknown>): Promise<Error> {
  const reason = await rejectionOf(promise);
  if (!(reason instanceof Error)) throw new Error(`expected an Error, got ${String(reason)}`);
  return reason;
}

/** The SDK's service exception (a modelled one, or the generic one for an unmodelled type) `promise` rejects with. */
export async function serviceErrorOf(promise: Promise<unknown>): Promise<PinpointServiceException> {
  const reason = await rejectionOf(promise);
  if (!(reason instanceof PinpointServiceException)) throw new Error(`expected a PinpointServiceException, got ${String(reason)}`);
  return reason;
}
