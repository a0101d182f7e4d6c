import { TestBed } from '@angular/core/testing';
import { CallbackService } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { EventLog } from './event-log';

describe('EventLog', () => {
  it('records every event of events$, newest first, from ready on', async () => {
    TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
    const log = TestBed.inject(EventLog);
    const callbacks = TestBed.inject(CallbackService);
    const controller = TestBed.inject(CallbackTestingController);

    callbacks.availability({ numberOfDays: 1 }).subscribe();
    controller.expectAvailability().respond([
      { utcTime: '2030-01-01T09:00:00.000Z', capacity: 0 },
      { utcTime: '2030-01-01T09:15:00.000Z', capacity: 2 },
    ]);
    callbacks.schedule({ phonenumber: '+15550102030' }).subscribe({ error: () => undefined });
    controller.expectSchedule().fail({ code: 'SERVER_ERROR', status: 500, message: 'Down.' });
    callbacks.schedule({ phonenumber: '+15550102031', desiredTime: '2030-01-01T09:15:00Z' });
    controller.expectSchedule().succeed({ id: 'cb-7', desiredTime: '2030-01-01T09:15:00.000Z' });

    expect(log.entries().map((entry) => [entry.type, entry.summary, entry.isError])).toEqual([
      ['scheduled', 'Booked cb-7, at 2030-01-01T09:15:00.000Z', false],
      ['scheduleError', 'SERVER_ERROR (HTTP 500): Down.', true],
      ['availableSlots', '2 slots, 1 free', false],
      ['ready', 'API v1 ready', false],
    ]);
    log.clear();
    expect(log.entries()).toEqual([]);
  });
});
