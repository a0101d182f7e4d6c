import { HttpBackend, HttpClient, HttpXhrBackend } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { map, switchMap, type Observable } from 'rxjs';
import type { ResolvedCallbackConfig } from '../config/callback-config';
import { CallbackConfigLoader } from '../config/callback-config-loader';
import type { AvailabilityResult } from '../models/availability';
import type { CallbackStatus } from '../models/callback-status';
import type { OpenForResult } from '../models/open-for';
import type { ScheduleResult } from '../models/schedule';
import type { CallbackProtocol, ProtocolCall } from '../protocol/callback-protocol';
import { V1Protocol } from '../protocol/v1-protocol';
import { V3Protocol } from '../protocol/v3-protocol';
import type { CallbackOperation } from './callback-operation';
import { FETCH_REDIRECT_MODE } from './redirects';
import { sendCall } from './send-call';
import type { ValidatedAvailabilityQuery } from '../validation/validate-availability-query';
import type { ValidatedOpenForQuery } from '../validation/validate-open-for-query';
import type { ValidatedReschedule } from '../validation/validate-reschedule';
import type { ValidatedScheduleRequest } from '../validation/validate-schedule-request';
import type { CallbackBackend } from './callback-backend';

interface Runtime {
  readonly config: ResolvedCallbackConfig;
  readonly protocol: CallbackProtocol;
}

/**
 * The real backend: the configured API version's protocol over `HttpClient`, one attempt per
 * subscription with `ajaxTimeout` applied. Calls made before an asynchronous config arrives
 * wait for it.
 */
@Injectable()
export class HttpCallbackBackend implements CallbackBackend {
  private readonly http = inject(HttpClient);
  // XHR cannot be told not to follow redirects (and Angular warns when asked to): the
  // answer's origin is checked instead. Every other backend (fetch) gets the option.
  private readonly redirect =
    inject(HttpBackend, { optional: true }) instanceof HttpXhrBackend
      ? undefined
      : FETCH_REDIRECT_MODE;
  private runtime?: Runtime;
  private readonly runtime$: Observable<Runtime> = inject(CallbackConfigLoader).config$.pipe(
    // The one place that branches on the API version.
    map(
      (config) =>
        (this.runtime ??= {
          config,
          protocol: config.apiVersion === 'v3' ? new V3Protocol(config) : new V1Protocol(config),
        }),
    ),
  );

  schedule(request: ValidatedScheduleRequest): Observable<ScheduleResult> {
    return this.send('schedule', (protocol) => protocol.schedule(request));
  }

  availability(query: ValidatedAvailabilityQuery): Observable<AvailabilityResult> {
    return this.send('availability', (protocol) => protocol.availability(query));
  }

  cancel(id: string): Observable<void> {
    return this.send('cancel', (protocol) => protocol.cancel(id));
  }

  retrieve(id: string): Observable<CallbackStatus> {
    return this.send('retrieve', (protocol) => protocol.retrieve(id));
  }

  reschedule(move: ValidatedReschedule): Observable<ScheduleResult> {
    return this.send('reschedule', (protocol) => protocol.reschedule(move));
  }

  openFor(query: ValidatedOpenForQuery): Observable<OpenForResult> {
    return this.send('openFor', (protocol) => protocol.openFor(query));
  }

  private send<T>(
    operation: CallbackOperation,
    callOf: (protocol: CallbackProtocol) => ProtocolCall<T>,
  ): Observable<T> {
    return this.runtime$.pipe(
      switchMap(({ config, protocol }) =>
        sendCall(this.http, callOf(protocol), {
          operation,
          timeoutMs: config.ajaxTimeout,
          readErrorBody: (body) => protocol.readErrorBody(body),
          apikey: config.apikey,
          redirect: this.redirect,
        }),
      ),
    );
  }
}
