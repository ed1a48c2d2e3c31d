/**
 * A tiny leveled logger. The level comes from `LOG_LEVEL` (DEBUG, INFO, WARN, ERROR; default INFO)
 * and is read on every call, so tests and the rehearsal can change it without reloading.
 *
 * Segment definitions are logged only at DEBUG: a user who considers them sensitive keeps the
 * default level and they never reach CloudWatch.
 */

type Level = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

const SEVERITY: Record<Level, number> = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40 };

function threshold(): number {
  const configured = (process.env.LOG_LEVEL ?? 'INFO').toUpperCase() as Level;
  return SEVERITY[configured] ?? SEVERITY.INFO;
}

function emit(level: Level, message: string, fields?: Record<string, unknown>): void {
  if (SEVERITY[level] < threshold()) {
    return;
  }
  const line = fields ? `${level} ${message} ${safeJson(fields)}` : `${level} ${message}`;
  if (level === 'ERROR') {
    console.error(line);
  } else if (level === 'WARN') {
    console.warn(line);
  } else {
    console.log(line);
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

export const log = {
  isDebugEnabled: (): boolean => SEVERITY.DEBUG >= threshold(),
  debug: (message: string, fields?: Record<string, unknown>): void => emit('DEBUG', message, fields),
  info: (message: string, fields?: Record<string, unknown>): void => emit('INFO', message, fields),
  warn: (message: string, fields?: Record<string, unknown>): void => emit('WARN', message, fields),
  error: (message: string, fields?: Record<string, unknown>): void => emit('ERROR', message, fields),
};
