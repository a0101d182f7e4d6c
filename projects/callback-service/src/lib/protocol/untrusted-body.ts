import { CallbackError } from '../errors/callback-error';

/** Longest server text we keep; a misbehaving server must not fill logs or the screen. */
const MAX_SERVER_TEXT = 500;

/** Returns whether an untrusted value is a non-array object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a property of an untrusted value without touching its prototype chain. */
export function readProperty(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

/**
 * Reads a non-empty string (or a number, as text) of an untrusted value, unaltered: ids,
 * states and times are passed on exactly as the server sent them.
 */
export function readText(value: unknown, key: string): string | undefined {
  const entry = readProperty(value, key);
  if (typeof entry === 'number' && Number.isFinite(entry)) return String(entry);
  return typeof entry === 'string' && entry !== '' ? entry : undefined;
}

/**
 * Reads a human-readable server text (an error message) like {@link readText}, cut to a sane
 * length: it ends up in error messages, logs and on the screen.
 */
export function readMessage(value: unknown, key: string): string | undefined {
  const text = readText(value, key);
  return text !== undefined && text.length > MAX_SERVER_TEXT
    ? `${text.slice(0, MAX_SERVER_TEXT)}…`
    : text;
}

/** Reads a finite number (or a numeric string) of an untrusted value. */
export function readNumber(value: unknown, key: string): number | undefined {
  const entry = readProperty(value, key);
  const number = typeof entry === 'string' && entry.trim() !== '' ? Number(entry) : entry;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/**
 * Builds the `BAD_RESPONSE` error of a 2xx body that is not the expected shape. Pass the
 * shape as `ngDevMode && '…'`: production bundles name only the operation.
 */
export function badResponse(operation: string, expected: string | false | null): CallbackError {
  return new CallbackError({
    code: 'BAD_RESPONSE',
    message: ngDevMode
      ? `The callback server answered ${operation} with a body that is not ${expected || 'the expected shape'}.`
      : `${operation}: unexpected body.`,
  });
}
