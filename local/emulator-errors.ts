/**
 * Pinpoint's error vocabulary. The service answers errors with `{"Message", "RequestID"}` and names
 * the exception in the `x-amzn-ErrorType` header; the SDK's restJson1 parser reads the header
 * first, so the header alone decides which exception class the caller gets.
 */

/**
 * The error type sent for each status when none is chosen: the Pinpoint model's exceptions, plus
 * 503, which the model does not declare but the front door can answer.
 */
export const ERROR_TYPE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'BadRequestException',
  403: 'ForbiddenException',
  404: 'NotFoundException',
  405: 'MethodNotAllowedException',
  409: 'ConflictException',
  413: 'PayloadTooLargeException',
  429: 'TooManyRequestsException',
  500: 'InternalServerErrorException',
  503: 'ServiceUnavailableException',
};

/** An error the emulator answers with instead of a result. */
export class PinpointApiError extends Error {
  constructor(
    /** HTTP status code. */
    readonly status: number,
    /** Sent as `x-amzn-ErrorType`; becomes the SDK exception's `name`. */
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

export function badRequest(message: string): PinpointApiError {
  return new PinpointApiError(400, 'BadRequestException', message);
}

export function notFound(message: string): PinpointApiError {
  return new PinpointApiError(404, 'NotFoundException', message);
}

export function methodNotAllowed(message: string): PinpointApiError {
  return new PinpointApiError(405, 'MethodNotAllowedException', message);
}

export function payloadTooLarge(message: string): PinpointApiError {
  return new PinpointApiError(413, 'PayloadTooLargeException', message);
}

export function tooManyRequests(message: string): PinpointApiError {
  return new PinpointApiError(429, 'TooManyRequestsException', message);
}
