/**
 * Turns anything thrown into the text of a FAILED reason.
 */

/** Error names that add nothing in front of the message. */
const ANONYMOUS_NAMES = new Set(['Error', 'InvalidPropertyError']);

/**
 * `ExceptionName: message` for a service exception (`BadRequestException: ...`), the bare message
 * for our own errors, and something readable for non-Error throws.
 */
export function errorSummary(error: unknown): string {
  if (typeof error === 'object' && error !== null && ('message' in error || 'Message' in error || error instanceof Error)) {
    const e = error as { name?: unknown; message?: unknown; Message?: unknown; code?: unknown };
    const message = [e.message, e.Message].find((m): m is string => typeof m === 'string' && m !== '');
    const name = typeof e.name === 'string' && !ANONYMOUS_NAMES.has(e.name) ? e.name : '';
    const code = typeof e.code === 'string' ? e.code : '';
    if (message === undefined) {
      return name || code || 'unknown error';
    }
    if (name && !message.startsWith(name)) {
      return `${name}: ${message}`;
    }
    if (!name && code && !message.includes(code)) {
      return `${code}: ${message}`;
    }
    return message;
  }
  if (typeof error === 'string') {
    return error;
  }
  try {
    return `unexpected error: ${JSON.stringify(error) ?? String(error)}`;
  } catch {
    return `unexpected error: ${String(error)}`;
  }
}
