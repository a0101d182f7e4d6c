import { HttpHeaders, HttpParams } from '@angular/common/http';
import type { ResolvedCallbackConfig } from '../config/callback-config';
import { CallbackError } from '../errors/callback-error';
import { definedOnly } from '../internal/defined-only';
import type { AvailabilityResult } from '../models/availability';
import type { CallbackStatus } from '../models/callback-status';
import type { ScheduleResult } from '../models/schedule';
import { mergeUserData } from '../validation/user-data';
import type { ValidatedAvailabilityQuery } from '../validation/validate-availability-query';
import type { ValidatedScheduleRequest } from '../validation/validate-schedule-request';
import {
  withApiKey,
  type CallbackProtocol,
  type ProtocolCall,
  type ServerErrorDetails,
  type WireRequest,
} from './callback-protocol';
import { readProposedSlots, slotsFromCapacityMap } from './slot-parsing';
import { STRICT_URL_CODEC } from './strict-url-codec';
import { badResponse, isRecord, readNumber, readProperty, readText } from './untrusted-body';

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
 * - header `apikey`; errors `{ message, exception }`, maybe with an `availability` map.
 */
export class V1Protocol implements CallbackProtocol {
  private readonly headers: HttpHeaders;

  constructor(private readonly config: ResolvedCallbackConfig) {
    this.headers = withApiKey(
      new HttpHeaders({ Accept: 'application/json' }),
      'apikey',
      config.apikey,
    );
  }

  schedule(request: ValidatedScheduleRequest): ProtocolCall<ScheduleResult> {
    // User data first, named fields last: attached data can add GMS options such as
    // _urs_virtual_queue, but can never replace the number or the time being booked.
    const fields: Record<string, string> = Object.create(null);
    for (const [key, value] of Object.entries(
      mergeUserData(this.config.userData, request.userData),
    )) {
      fields[key] = String(value);
    }
    Object.assign(
      fields,
      definedOnly({
        _customer_number: request.phoneNumber,
        _desired_time: request.desiredTime,
        _call_direction: this.config.callDirection,
        firstname: request.firstname,
        lastname: request.lastname,
        email: request.email,
        subject: request.subject,
      }),
    );
    return {
      request: this.wire('POST', this.config.dataURL, {
        body: new HttpParams({ fromObject: fields, encoder: STRICT_URL_CODEC }),
      }),
      parse: (body) => {
        const id = readText(body, '_id');
        if (id === undefined) throw badResponse('schedule', 'a GMS callback record with an `_id`');
        return { id, raw: body, ...definedOnly({ desiredTime: request.desiredTime }) };
      },
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
      }),
    });
    return {
      request: this.wire('GET', `${this.config.dataURL}/availability`, { params }),
      parse: (body) => {
        const slots = slotsFromCapacityMap(body);
        if (slots === null) throw badResponse('availability', 'a map of ISO times to capacities');
        return { slots, raw: body };
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
      parse: (body) => {
        const records: unknown[] = Array.isArray(body) ? body : [body];
        const record =
          records.find((item) => readText(item, '_id') === id) ?? records.find(isRecord);
        if (record === undefined || readText(record, '_id') === undefined) {
          if (Array.isArray(body) && body.length === 0) {
            throw new CallbackError({
              code: 'HTTP_ERROR',
              status: 404,
              message: `The callback server knows no callback with id ${JSON.stringify(id)}.`,
            });
          }
          throw badResponse('retrieve', 'a GMS callback record with an `_id`');
        }
        return {
          id: readText(record, '_id') ?? id,
          raw: body,
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

  readErrorBody(body: unknown): ServerErrorDetails {
    return definedOnly({
      serverCode: readNumber(body, 'code'),
      serverMessage: readText(body, 'message') ?? readText(body, 'error'),
      proposedSlots: readProposedSlots(readProperty(body, 'availability')),
    });
  }

  private wire(
    method: WireRequest['method'],
    url: string,
    extra: Partial<WireRequest> = {},
  ): WireRequest {
    return { method, url, headers: this.headers, ...extra };
  }
}
