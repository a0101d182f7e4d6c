import { HttpParams } from '@angular/common/http';
import type { ResolvedCallbackConfig } from '../config/callback-config';
import { CallbackError } from '../errors/callback-error';
import { definedOnly } from '../internal/defined-only';
import type { AvailabilityResult } from '../models/availability';
import type { CallbackStatus } from '../models/callback-status';
import type { OpenForResult } from '../models/open-for';
import type { ScheduleResult } from '../models/schedule';
import { NO_SERVICE_NAME_MESSAGE } from '../validation/request-errors';
import { mergeUserData } from '../validation/user-data';
import type { ValidatedAvailabilityQuery } from '../validation/validate-availability-query';
import type { ValidatedOpenForQuery } from '../validation/validate-open-for-query';
import type { ValidatedScheduleRequest } from '../validation/validate-schedule-request';
import type { CallbackProtocol, ProtocolCall, ServerErrorDetails } from './callback-protocol';
import { readProposedSlots, slotsFromV3List } from './slot-parsing';
import { STRICT_URL_CODEC } from './strict-url-codec';
import { unsupportedOperation } from './unsupported-operation';
import { badResponse, readMessage, readNumber, readProperty, readText } from './untrusted-body';
import { toScheduleResult, wireRequestFactory, type WireRequestFactory } from './wire-requests';

/**
 * Callback API v3, the Engagement API of Genesys Engage cloud (GES behind an API gateway).
 * `dataURL` is the base ending in `/engagement/v3/callbacks`.
 *
 * - schedule: `POST {dataURL}/create`, JSON `{ serviceName, phoneNumber, desiredTime?,
 *   userData, captchaToken? }`. The config `userData` is merged too (the Widgets client
 *   dropped it in v3: a bug we do not copy);
 * - availability: `GET {dataURL}/availability/{serviceName}?start&numberOfDays&end&maxTimeSlots&timezone`;
 * - cancel / retrieve: `POST {dataURL}/cancel` / `…/retrieve` with `{ id }`;
 * - openFor: `GET {dataURL}/open-for/{serviceName}?start&timezone` → `data.openFor` seconds;
 * - no reschedule endpoint: `reschedule()` is `UNSUPPORTED`;
 * - header `x-api-key`; envelope `{ status: { code, message, corrId }, data }`.
 */
export class V3Protocol implements CallbackProtocol {
  private readonly wire: WireRequestFactory;

  constructor(private readonly config: ResolvedCallbackConfig) {
    this.wire = wireRequestFactory('x-api-key', config.apikey);
  }

  schedule(request: ValidatedScheduleRequest): ProtocolCall<ScheduleResult> {
    const namedFields = definedOnly({
      firstname: request.firstname,
      lastname: request.lastname,
      email: request.email,
      subject: request.subject,
    });
    const body = {
      serviceName: this.serviceName(request.serviceName),
      phoneNumber: request.phonenumber,
      ...definedOnly({ desiredTime: request.desiredTime }),
      // A plain object for JSON.stringify; every layer was sanitised, so no key is __proto__.
      userData: {
        ...mergeUserData(
          this.config.userData,
          request.userData,
          namedFields as Record<string, string>,
        ),
      },
      ...definedOnly({ captchaToken: request.captchaToken }),
    };
    return {
      request: this.wire('POST', `${this.config.dataURL}/create`, { body }),
      parse: (response) =>
        toScheduleResult(
          readText(readProperty(response, 'data'), 'id'),
          response,
          request,
          ngDevMode && 'a GES envelope with `data.id`',
        ),
    };
  }

  availability(query: ValidatedAvailabilityQuery): ProtocolCall<AvailabilityResult> {
    const service = this.serviceName(query.serviceName);
    const params = new HttpParams({
      encoder: STRICT_URL_CODEC,
      fromObject: definedOnly({
        start: query.startDate,
        numberOfDays: query.numberOfDays,
        end: query.endDate,
        maxTimeSlots: query.maxTimeSlots,
        timezone: this.config.timezone,
      }) as Record<string, string | number>,
    });
    return {
      request: this.wire(
        'GET',
        `${this.config.dataURL}/availability/${encodeURIComponent(service)}`,
        { params },
      ),
      parse: (response) => {
        const data = readProperty(response, 'data');
        const slots = slotsFromV3List(readProperty(data, 'slots'));
        if (slots === null)
          throw badResponse('availability', ngDevMode && 'a GES envelope with `data.slots`');
        return {
          slots,
          raw: response,
          ...definedOnly({
            timezone: readText(data, 'timezone'),
            durationMin: readNumber(data, 'durationMin'),
          }),
        };
      },
    };
  }

  cancel(id: string): ProtocolCall<void> {
    return {
      request: this.wire('POST', `${this.config.dataURL}/cancel`, { body: { id } }),
      parse: () => undefined,
    };
  }

  retrieve(id: string): ProtocolCall<CallbackStatus> {
    return {
      request: this.wire('POST', `${this.config.dataURL}/retrieve`, { body: { id } }),
      parse: (response) => {
        const data = readProperty(response, 'data');
        const foundId = readText(data, 'id');
        if (foundId === undefined)
          throw badResponse('retrieve', ngDevMode && 'a GES envelope with `data.id`');
        return {
          id: foundId,
          raw: response,
          ...definedOnly({
            state: readText(data, 'callbackState'),
            reason: readText(data, 'callbackReason'),
            desiredTime: readText(data, 'desiredTime'),
            phoneNumber: readText(data, 'phoneNumber'),
            positionInQueue: readNumber(data, 'positionInQueue'),
            estimatedWaitTime: readNumber(data, 'estimatedWaitTime'),
          }),
        };
      },
    };
  }

  reschedule(): ProtocolCall<ScheduleResult> {
    throw unsupportedOperation('reschedule', 'v3');
  }

  openFor(query: ValidatedOpenForQuery): ProtocolCall<OpenForResult> {
    const service = this.serviceName(query.serviceName);
    const params = new HttpParams({
      encoder: STRICT_URL_CODEC,
      fromObject: definedOnly({ start: query.start, timezone: this.config.timezone }),
    });
    return {
      request: this.wire('GET', `${this.config.dataURL}/open-for/${encodeURIComponent(service)}`, {
        params,
      }),
      parse: (response) => {
        const seconds = readNumber(readProperty(response, 'data'), 'openFor');
        if (seconds === undefined || seconds < 0)
          throw badResponse('openFor', ngDevMode && 'a GES envelope with `data.openFor` seconds');
        return { openForSeconds: seconds, raw: response };
      },
    };
  }

  readErrorBody(body: unknown): ServerErrorDetails {
    const status = readProperty(body, 'status');
    return definedOnly({
      serverCode: readNumber(status, 'code'),
      serverMessage: readMessage(status, 'message'),
      correlationId: readText(status, 'corrId'),
      proposedSlots: readProposedSlots(readProperty(readProperty(body, 'data'), 'slots')),
    });
  }

  private serviceName(perCall: string | undefined): string {
    const service = perCall ?? this.config.serviceName;
    if (service === undefined) {
      throw new CallbackError({
        code: 'INVALID_CONFIG',
        field: 'serviceName',
        message: ngDevMode
          ? `${NO_SERVICE_NAME_MESSAGE} Set \`serviceName\` in provideCallback() or pass it with the call.`
          : NO_SERVICE_NAME_MESSAGE,
      });
    }
    return service;
  }
}
