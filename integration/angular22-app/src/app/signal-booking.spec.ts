import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CallbackSlot } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { SignalBooking } from './signal-booking';

const SLOTS: CallbackSlot[] = [
  { utcTime: '2030-01-07T09:00:00.000Z', capacity: 2 },
  { utcTime: '2030-01-07T10:00:00.000Z', capacity: 1 },
];

describe('SignalBooking: the signal API with provideCallbackTesting() (Angular 22)', () => {
  let fixture: ComponentFixture<SignalBooking>;
  let controller: CallbackTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [SignalBooking],
      providers: [provideCallbackTesting()],
    });
    controller = TestBed.inject(CallbackTestingController);
    fixture = TestBed.createComponent(SignalBooking);
    // One change-detection pass runs the resources' effects, which send their queries.
    fixture.detectChanges();
  });

  afterEach(() => controller.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string | undefined =>
    element().querySelector(selector)?.textContent?.trim();
  const slotTexts = (): string[] =>
    [...element().querySelectorAll('#slots li')].map((li) => li.textContent?.trim() ?? '');
  const clickSlot = (index: number): void =>
    element().querySelectorAll<HTMLButtonElement>('#slots button')[index]!.click();

  it('availabilityResource() sends the query and shows the slots it answers', async () => {
    controller
      .expectAvailability({ startDate: '2030-01-07T00:00:00.000Z', numberOfDays: 1 })
      .respond([SLOTS[1]!, SLOTS[0]!]);
    await fixture.whenStable();
    expect(slotTexts()).toEqual([
      '2030-01-07T09:00:00.000Z (2 free)',
      '2030-01-07T10:00:00.000Z (1 free)',
    ]);
    expect(text('#slots-error')).toBeUndefined();
  });

  it('availabilityResource() cancels the query in flight when the input changes', async () => {
    const first = controller.expectAvailability({ numberOfDays: 1 });
    fixture.componentRef.setInput('days', 3);
    fixture.detectChanges();
    expect(first.cancelled).toBeTrue();
    controller.expectAvailability({ numberOfDays: 3 }).respond(SLOTS);
    await fixture.whenStable();
    expect(slotTexts().length).toBe(2);
  });

  it('availabilityResource() holds a refusal as a CallbackError in error()', async () => {
    controller.expectAvailability().fail('SERVER_ERROR');
    await fixture.whenStable();
    expect(text('#slots-error')).toBe('Slots failed: SERVER_ERROR');
    expect(element().querySelector('#slots')).toBeNull();
  });

  it('injectCallbackBooking() books once for two clicks; callbackStatusResource() then reads it', async () => {
    controller.expectAvailability().respond(SLOTS);
    await fixture.whenStable();
    expect(text('#booking-status')).toBe('idle');

    clickSlot(1);
    clickSlot(0); // while sending: no second booking, whatever slot it names
    await fixture.whenStable();
    expect(text('#booking-status')).toBe('sending');
    // expectSchedule() throws when two bookings are open.
    controller
      .expectSchedule({ phonenumber: '+15550102030', desiredTime: SLOTS[1]!.utcTime })
      .succeed({ id: 'cb-signal' });
    // Not whenStable(): the status resource now loads, and a loading resource keeps the app
    // unstable until its call is answered.
    fixture.detectChanges();
    expect(text('#booking-status')).toBe('booked');
    expect(text('#booked')).toBe('Booked cb-signal');
    expect(text('#state')).toBeUndefined();

    controller.expectRetrieve('cb-signal').respond({ state: 'SCHEDULED' });
    await fixture.whenStable();
    expect(text('#state')).toBe('State SCHEDULED');
  });

  it('injectCallbackBooking() shows a refused booking in error() and reads no state', async () => {
    controller.expectAvailability().respond(SLOTS);
    await fixture.whenStable();
    clickSlot(0);
    controller.expectSchedule().fail('RATE_LIMITED');
    await fixture.whenStable();
    expect(text('#booking-status')).toBe('failed');
    expect(text('#booking-error')).toBe('Booking failed: RATE_LIMITED');
    expect(text('#booked')).toBeUndefined();
    expect(text('#state')).toBeUndefined();
  });
});
