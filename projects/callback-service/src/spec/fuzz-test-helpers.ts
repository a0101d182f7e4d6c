// The checks of the fuzz specs: what a well-formed request and a proper outcome are (kept out
// of the package: tsconfig.lib.json excludes test helpers).
import { HttpParams } from '@angular/common/http';
import type { TestRequest } from '@angular/common/http/testing';
import { CallbackError, type CallbackConfig, type CallbackErrorCode } from '../public-api';
import type { FuzzAnswer, FuzzCall } from './fuzz-fixtures';
import { V1_URL, V3_URL, type Recording } from './harness-test-helpers';
import { containsText, HOSTILE_KEY } from './hostile-fixtures';

/** The `ajaxTimeout` of the fuzzed configs: the virtual clock is moved by it after each call. */
export const AJAX_TIMEOUT = 1000;
const ERROR_CODES: ReadonlySet<CallbackErrorCode> = new Set<CallbackErrorCode>([
  'NO_DATA',
  'INVALID_REQUEST',
  'INVALID_CONFIG',
  'TIMEOUT',
  'NETWORK',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'RATE_LIMITED',
  'SERVER_ERROR',
  'HTTP_ERROR',
  'BAD_RESPONSE',
]);
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TIME_PARAMS: ReadonlySet<string> = new Set(['start', 'end']);
// Latin-1 without control characters: what a browser can send in a header.
const HEADER_VALUE = /^[\u0020-\u007e\u00a0-\u00ff]*$/;

/** One API version under fuzz: its config and what its requests must look like. */
export interface Protocol {
  readonly name: string;
  readonly config: CallbackConfig;
  readonly keyHeader: 'apikey' | 'x-api-key';
  readonly otherKeyHeader: 'apikey' | 'x-api-key';
  /** A well-formed answer to the request, for the fuzz to spoil (or not). */
  readonly goodBody: (req: TestRequest) => unknown;
}

/** v1 and v3, both with an API key to keep off the wire and out of every outcome. */
export const PROTOCOLS: readonly Protocol[] = [
  {
    name: 'v1',
    config: { dataURL: V1_URL, apikey: HOSTILE_KEY, ajaxTimeout: AJAX_TIMEOUT },
    keyHeader: 'apikey',
    otherKeyHeader: 'x-api-key',
    goodBody: (req) =>
      req.request.method === 'POST'
        ? { _id: 'cb-1' }
        : req.request.url.endsWith('/availability')
          ? { '2030-01-01T09:00:00.000Z': 2 }
          : req.request.method === 'GET'
            ? [{ _id: req.request.params.get('_id') }]
            : null,
  },
  {
    name: 'v3',
    config: {
      dataURL: V3_URL,
      apiVersion: 'v3',
      serviceName: 'care',
      apikey: HOSTILE_KEY,
      ajaxTimeout: AJAX_TIMEOUT,
    },
    keyHeader: 'x-api-key',
    otherKeyHeader: 'apikey',
    goodBody: (req) =>
      req.request.url.includes('/availability/')
        ? {
            status: { code: 0 },
            data: { slots: [{ utcTime: '2030-01-01T09:00:00.000Z', capacity: 1 }] },
          }
        : {
            status: { code: 0 },
            data: { id: (req.request.body as { id?: string } | null)?.id ?? 'v3-1' },
          },
  },
];

/** Whether every UTF-16 surrogate of `text` is half of a pair. */
function isWellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Every string of a JSON body, found with a loop. */
function stringsOf(value: unknown): string[] {
  const found: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') found.push(item);
    else if (item !== null && typeof item === 'object') {
      for (const [key, entry] of Object.entries(item)) stack.push(key, entry);
    }
  }
  return found;
}

/** Whether the caller's own argument holds the key (a hostile object that cannot be read: no). */
function callerMentionsKey(argument: unknown): boolean {
  try {
    return containsText(argument, HOSTILE_KEY);
  } catch {
    return false;
  }
}

/** The problems of one request on the wire; an empty list when it is well-formed. */
export function wireProblems(req: TestRequest, protocol: Protocol, call: FuzzCall): string[] {
  const problems: string[] = [];
  // The key may go where the caller put it (an id, a name), never anywhere else.
  const keyAllowed = callerMentionsKey(call.argument);
  const { method, urlWithParams, headers, body } = req.request;
  const dataURL = protocol.config.dataURL;
  if (!['GET', 'POST', 'DELETE'].includes(method)) problems.push(`method ${method}`);
  const v1Collection = dataURL.replace(/\/[^/]*$/, '');
  if (!urlWithParams.startsWith(`${dataURL}`) && !urlWithParams.startsWith(`${v1Collection}?`)) {
    problems.push(`URL outside dataURL: ${urlWithParams}`);
  }
  // A URL the browser would rewrite (dot segments, stray characters) is not what we meant.
  if (new URL(urlWithParams).href !== urlWithParams)
    problems.push(`URL not canonical: ${urlWithParams}`);
  if (!keyAllowed && urlWithParams.includes(HOSTILE_KEY)) problems.push('key in the URL');
  for (const [name, value] of new URL(urlWithParams).searchParams) {
    if (!isWellFormed(value)) problems.push('lone surrogate in the query');
    if (TIME_PARAMS.has(name) && !UTC_INSTANT.test(value)) {
      problems.push(`instant not UTC with 4-digit year: ${value}`);
    }
  }
  for (const name of ['number-of-days', 'max-time-slots', 'numberOfDays', 'maxTimeSlots']) {
    const value = req.request.params.get(name);
    if (value !== null && !/^\d{1,5}$/.test(value)) problems.push(`${name}=${value}`);
  }
  if (headers.get(protocol.keyHeader) !== HOSTILE_KEY) problems.push('key header missing');
  if (headers.has(protocol.otherKeyHeader)) problems.push('key under the other protocol’s header');
  if (headers.get('Accept') !== 'application/json') problems.push('Accept');
  for (const name of headers.keys()) {
    for (const value of headers.getAll(name) ?? []) {
      if (!HEADER_VALUE.test(value)) problems.push(`header ${name} cannot be sent`);
    }
  }
  if (body instanceof HttpParams) {
    const text = req.request.serializeBody() as string;
    if (!keyAllowed && text.includes(HOSTILE_KEY)) problems.push('key in the form body');
    for (const value of body.keys().flatMap((key) => body.getAll(key) ?? [])) {
      if (!isWellFormed(value)) problems.push('lone surrogate in the form body');
    }
    const time = body.get('_desired_time');
    if (time !== null && !UTC_INSTANT.test(time)) problems.push(`_desired_time ${time}`);
  } else if (body !== null) {
    const strings = stringsOf(body);
    if (!keyAllowed && strings.some((text) => text.includes(HOSTILE_KEY)))
      problems.push('key in the JSON body');
    if (!strings.every(isWellFormed)) problems.push('lone surrogate in the JSON body');
    const time = (body as { desiredTime?: unknown }).desiredTime;
    if (time !== undefined && !(typeof time === 'string' && UTC_INSTANT.test(time))) {
      problems.push(`desiredTime ${String(time)}`);
    }
  }
  return problems;
}

/** The problems of a settled call; an empty list when it settled with a result or a coded error. */
export function outcomeProblems(outcome: Recording<unknown>, call: FuzzCall): string[] {
  const label = `${call.method}()`;
  if (outcome.error === undefined) {
    return outcome.completed ? [] : [`${label} never settled`];
  }
  const error = outcome.error;
  if (!(error instanceof CallbackError)) return [`${label} failed with ${String(error)}`];
  const problems: string[] = [];
  if (!ERROR_CODES.has(error.code)) problems.push(`${label} code ${error.code}`);
  if (error.code === 'INVALID_REQUEST' && typeof error.field !== 'string') {
    problems.push(`${label} INVALID_REQUEST without a field`);
  }
  if (containsText(error, HOSTILE_KEY)) problems.push(`${label} error carries the key`);
  return problems;
}

/** Gives the fake server's answer to one request. */
export function respond(req: TestRequest, answer: FuzzAnswer): void {
  if (answer.kind === 'network') req.error(new ProgressEvent('error'));
  else if (answer.kind === 'flush') {
    req.flush(answer.body as never, {
      status: answer.status,
      statusText: 'Hostile',
      headers: answer.headers,
    });
  }
}
