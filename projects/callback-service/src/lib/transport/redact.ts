import { CallbackError } from '../errors/callback-error';

// Shorter "keys" would blank out ordinary words; no real gateway key is that short.
const MIN_REDACTED_LENGTH = 4;
const MASK = '[redacted]';

/**
 * Removes the API key from an error's texts, in case a server or gateway echoes it back
 * ("invalid apikey 1234…"): the key must never reach an event, a log or the screen.
 */
export function redactApiKey(error: CallbackError, apikey: string | undefined): CallbackError {
  if (apikey === undefined || apikey.length < MIN_REDACTED_LENGTH) return error;
  const leaks = error.message.includes(apikey) || (error.serverMessage?.includes(apikey) ?? false);
  if (!leaks) return error;
  const scrub = (text: string) => text.split(apikey).join(MASK);
  return new CallbackError({
    ...error,
    code: error.code,
    retryable: error.retryable,
    message: scrub(error.message),
    ...(error.serverMessage === undefined ? {} : { serverMessage: scrub(error.serverMessage) }),
    // The cause holds the server's raw body, which may hold the key too: it is dropped.
    cause: undefined,
  });
}
