import type { IncomingMessage } from 'node:http';
import { ApiError } from './api-error.js';

/** Default request body limit (64 KiB): far above any real booking, far below harm. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
const MAX_FORM_FIELDS = 1000;
const MAX_BRACKET_DEPTH = 5;
// Keys that would reach Object.prototype through a careless merge are dropped on input.
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** A decoded request body: JSON object or form fields (brackets decoded to nested objects). */
export type BodyFields = Record<string, unknown>;

/** Whether an error means the client went away (aborted upload, reset connection). */
export function isClientAbort(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ECONNRESET' || code === 'ECONNABORTED' || code === 'EPIPE';
}

function clientAborted(): Error {
  return Object.assign(new Error('the client aborted the request'), { code: 'ECONNRESET' });
}

/**
 * Reads a request body up to `maxBytes`. A larger body (announced or streamed) rejects with
 * `body-too-large`; the rest of the upload is drained so the 413 still reaches the client.
 * A request the client aborted (before or while it is read) rejects with `ECONNRESET`.
 */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    if (req.readableEnded) {
      resolve(Buffer.alloc(0));
      return;
    }
    if (req.destroyed) {
      reject(clientAborted());
      return;
    }
    const tooLarge = (): ApiError =>
      new ApiError('body-too-large', `The request body exceeds the limit of ${maxBytes} bytes.`);
    const announced = Number(req.headers['content-length']);
    if (Number.isFinite(announced) && announced > maxBytes) {
      req.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > maxBytes) {
        settled = true;
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!settled) resolve(Buffer.concat(chunks, size));
      settled = true;
    });
    req.on('error', (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    // Destroyed without 'end' or 'error' (e.g. while a latency fault held the request).
    req.on('close', () => {
      if (!settled) reject(clientAborted());
      settled = true;
    });
  });
}

/**
 * Decodes a body as JSON or as `application/x-www-form-urlencoded`, by Content-Type, or by
 * its first character when the type is missing or unusual (`text/plain` beacons). JSON must
 * be an object. Throws `malformed-body` with the reason.
 */
export function parseBody(raw: Buffer, contentType: string | undefined): BodyFields {
  const text = raw.toString('utf8');
  if (text.trim() === '') return {};
  const type = (contentType ?? '').toLowerCase();
  const startsLikeObject = text.trimStart().startsWith('{');
  const looksJson =
    type.includes('json') || (startsLikeObject && !type.includes('x-www-form-urlencoded'));
  return looksJson ? parseJsonObject(text) : decodeForm(text);
}

/** Parses JSON that must be an object; `__proto__` keys are dropped. */
export function parseJsonObject(text: string): BodyFields {
  let value: unknown;
  try {
    value = JSON.parse(text, (key, item: unknown) => (key === '__proto__' ? undefined : item));
  } catch (error) {
    throw new ApiError(
      'malformed-body',
      `The request body is not valid JSON: ${(error as Error).message}.`,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError('malformed-body', 'The request body must be a JSON object.');
  }
  return value as BodyFields;
}

/**
 * Decodes a form body the way jQuery.param encodes it: `+` is a space, and bracketed keys
 * nest, so `userData[firstname]=Bob` becomes `{ userData: { firstname: 'Bob' } }` and
 * `tags[]=a&tags[]=b` becomes `{ tags: ['a', 'b'] }`. For a repeated plain key the first
 * value wins, as with a servlet's `getParameter`.
 *
 * ```ts
 * decodeForm('phoneNumber=%2B15551234&userData%5Bsubject%5D=hi');
 * // { phoneNumber: '+15551234', userData: { subject: 'hi' } }
 * ```
 */
export function decodeForm(text: string): BodyFields {
  const result: BodyFields = Object.create(null) as BodyFields;
  const pairs = text.split('&').filter((pair) => pair !== '');
  if (pairs.length > MAX_FORM_FIELDS) {
    throw new ApiError('malformed-body', `The form has more than ${MAX_FORM_FIELDS} fields.`);
  }
  for (const pair of pairs) {
    const separator = pair.indexOf('=');
    const key = decodeComponent(separator < 0 ? pair : pair.slice(0, separator));
    const value = separator < 0 ? '' : decodeComponent(pair.slice(separator + 1));
    const path = splitKey(key);
    if (path === null || path.some((segment) => FORBIDDEN_KEYS.has(segment))) continue;
    assign(result, path, value);
  }
  return result;
}

function decodeComponent(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new ApiError('malformed-body', 'The form body has a malformed percent-encoding.');
  }
}

// "a[b][]" → ["a", "b", ""]; a key whose brackets do not pair up is kept whole.
function splitKey(key: string): string[] | null {
  if (key === '') return null;
  const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
  if (match === null) return [key];
  const segments = [match[1] ?? key];
  for (const bracket of (match[2] ?? '').matchAll(/\[([^[\]]*)\]/g))
    segments.push(bracket[1] ?? '');
  if (segments.length > MAX_BRACKET_DEPTH + 1) {
    throw new ApiError('malformed-body', `Form key nests deeper than ${MAX_BRACKET_DEPTH} levels.`);
  }
  return segments;
}

function assign(target: BodyFields, path: string[], value: string): void {
  let container: BodyFields | unknown[] = target;
  path.forEach((segment, index) => {
    const last = index === path.length - 1;
    const nextIsPush = path[index + 1] === '';
    if (Array.isArray(container)) {
      if (last) container.push(value);
      else {
        const child: BodyFields | unknown[] = nextIsPush ? [] : (Object.create(null) as BodyFields);
        container.push(child);
        container = child;
      }
      return;
    }
    const record: BodyFields = container;
    const existing = record[segment];
    if (last) {
      if (existing === undefined) record[segment] = value;
      return;
    }
    const fits = nextIsPush
      ? Array.isArray(existing)
      : isContainer(existing) && !Array.isArray(existing);
    if (!fits) record[segment] = nextIsPush ? [] : (Object.create(null) as BodyFields);
    container = record[segment] as BodyFields | unknown[];
  });
}

function isContainer(value: unknown): value is BodyFields {
  return typeof value === 'object' && value !== null;
}
