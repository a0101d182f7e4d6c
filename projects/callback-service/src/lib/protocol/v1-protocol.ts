import { HttpParams } from '@angular/common/http';
import type { ResolvedCallbackConfig } from '../config/callback-config';
import { CallbackError } from '../errors/callback-error';
import { definedOnly } from '../internal/defined-only';
import type { AvailabilityResult } from '../models/availability';
import type { CallbackStatus } from '../models/callback-status';
import type { OpenForResult } from '../models/open-for';
import type { ScheduleResult } from '../models/schedule';
import { mergeUserData } from '../validation/user-data';
import type { ValidatedAvailabilityQuery } from '../validation/validate-availability-query';
import type { ValidatedReschedule } from '../validation/validate-reschedule';
import type { ValidatedScheduleRequest } from '../validation/validate-schedule-request';
import type { CallbackProtocol, ProtocolCall, ServerErrorDetails } from './callback-protocol';
import { readProposedSlots, slotsFromCapacityMap } from './slot-parsing';
import { STRICT_URL_CODEC } from './strict-url-codec';
import { unsupportedOperation } from './unsupported-operation';
import { badResponse, readMessage, readNumber, readProperty, readText } from './untrusted-body';
import { toScheduleResult, wireRequestFactory, type WireRequestFactory } from './wire-requests';

/**
 * Callback API v1, Genesys Mobile Services (GMS). `dataURL` is the service URL
 * `…/genesys/1/service/callback/{service}`.
 *
 * - schedule: `POST {dataURL}`, form-urlencoded `_customer_number`, `_desired_time`,
 *   `_call_direction`, `firstname`, `lastname`, `email`, `subject` and the merged user data
 *   as top-level fields (GMS treats keys without `_` as attached data);
 * - availability: `GET {dataURL}/availability?start&number-of-days&end&max-time-slots`,
 *   answered with a `{ "<ISO time>": capacity }` map;
 * - cancel: `DELETE {dataURL}/{id}`; retrieve: `GET …/genesys/1/service/callback?_id={id}`;
 * - reschedule: `PUT {dataURL}/{id}`, JSON `{ "_new_desired_time": "<UTC ISO>" }`;
 * - no open-for query: `openFor()` is `UNSUPPORTED`;
 * - header `apikey`; errors `{ message, exception }`, maybe with an `availability` map.
 *
 * A per-call `serviceName` has no meaning here: the service is part of `dataURL`.
 */
export class V1Protocol implements CallbackProtocol {
  private readonly wire: WireRequestFactory;

  constructor(private readonly config: ResolvedCallbackConfig) {
    this.wire = wireRequestFactory('apikey', config.apikey);
  }

  schedule(request: ValidatedScheduleRequest): ProtocolCall<ScheduleResult> {
    // The configured call direction is a default that attached data may override per call,
    // as the original let a command's `calldirection` do. Then user data, and the booking's
    // own fields last: the validators already refuse user data keys that would replace
    // them, and this order keeps that true by construction. HttpParams writes numbers and
    // booleans as text.
    const fields = {
      ...definedOnly({ _call_direction: this.config.callDirection }),
      ...mergeUserData(this.config.userData, request.userData),
      ...definedOnly({
        _customer_number: request.phonenumber,
        _desired_time: request.desiredTime,
        firstname: request.firstname,
        lastname: request.lastname,
        email: request.email,
        subject: request.subject,
      }),
    };
    const body = new HttpParams({ fromObject: fields, encoder: STRICT_URL_CODEC });
    return {
      request: this.wire('POST', this.config.dataURL, { body }),
      parse: (response) =>
        toScheduleResult(
          readText(response, '_id'),
          response,
          request,
          ngDevMode && 'a GMS callback record with an `_id`',
        ),
    };
  }

  availability(query: ValidatedAvailabilityQuery): ProtocolCall<AvailabilityResult> {
    // Parameter order as the Widgets client sends it: start, number-of-days, end, max-time-slots.
    const params = new HttpParams({
      encoder: STRICT_URL_CODEC,
      fromObject: definedOnly({
        start: query.startDate,
        'number-of-days': query.numberOfDays,
        end: query.endDate,
        'max-time-slots': query.maxTimeSlots,
      }) as Record<string, string | number>,
    });
    return {
      request: this.wire('GET', `${this.config.dataURL}/availability`, { params }),
      parse: (response) => {
        const slots = slotsFromCapacityMap(response);
        if (slots === null)
          throw badResponse('availability', ngDevMode && 'a map of ISO times to capacities');
        return { slots, raw: response };
      },
    };
  }

  cancel(id: string): ProtocolCall<void> {
    return {
      request: this.wire('DELETE', `${this.config.dataURL}/${encodeURIComponent(id)}`),
      parse: () => undefined,
    };
  }

  retrieve(id: string): ProtocolCall<CallbackStatus> {
    // GMS queries by id across services: the service URL without its last segment.
    const collectionUrl = this.config.dataURL.replace(/\/[^/]*$/, '');
    const params = new HttpParams({ encoder: STRICT_URL_CODEC, fromObject: { _id: id } });
    return {
      request: this.wire('GET', collectionUrl, { params }),
      parse: (response) => {
        const records: unknown[] = Array.isArray(response) ? response : [response];
        const record = records.find((item) => readText(item, '_id') === id);
        if (record === undefined) {
          // GMS answers an unknown id with an empty list; v3 answers 404. One code path for
          // callers: both are reported as a 404.
          throw new CallbackError({
            code: 'HTTP_ERROR',
            status: 404,
            message: ngDevMode
              ? `The callback server has no callback with id ${JSON.stringify(id)}.`
              : 'retrieve: HTTP 404.',
          });
        }
        return {
          id,
          raw: response,
          ...definedOnly({
            state: readText(record, '_callback_state'),
            reason: readText(record, '_callback_reason'),
            desiredTime: readText(record, '_desired_time'),
            phoneNumber: readText(record, '_customer_number'),
          }),
        };
      },
    };
  }

  reschedule(move: ValidatedReschedule): ProtocolCall<ScheduleResult> {
    return {
      request: this.wire('PUT', `${this.config.dataURL}/${encodeURIComponent(move.id)}`, {
        body: { _new_desired_time: move.desiredTime },
      }),
      // GMS' answer to an update is not documented (a record, `{}` or nothing): any 2xx
      // means moved, and the result names the callback and the time as sent, as schedule() does.
      parse: (response) => ({
        id: readText(response, '_id') ?? move.id,
        desiredTime: move.desiredTime,
        raw: response,
      }),
    };
  }

  openFor(): ProtocolCall<OpenForResult> {
    throw unsupportedOperation('openFor', 'v1');
  }

  readErrorBody(body: unknown): ServerErrorDetails {
    return definedOnly({
      serverCode: readNumber(body, 'code'),
      serverMessage: readMessage(body, 'message') ?? readMessage(body, 'error'),
      proposedSlots: readProposedSlots(readProperty(body, 'availability')),
    });
  }
}
