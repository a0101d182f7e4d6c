import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { CallbackService, type ScheduleResult } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { Booking } from './booking';

describe('Booking with provideCallbackTesting() (Angular 22)', () => {
  let fixture: ComponentFixture<Booking>;
  let controller: CallbackTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [Booking], providers: [provideCallbackTesting()] });
    controller = TestBed.inject(CallbackTestingController);
    fixture = TestBed.createComponent(Booking);
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  const text = (selector: string): string | undefined =>
    (fixture.nativeElement as HTMLElement).querySelector(selector)?.textContent?.trim();

  it('books a callback and answers it through CallbackTestingController', async () => {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('#book')!.click();
    controller
      .expectSchedule({ phonenumber: '+15550102030', firstname: 'Ada' })
      .succeed({ id: 'cb-22' });
    await fixture.whenStable();
    expect(text('#booked')).toBe('Booked cb-22');
  });

  it('shows a booking the server refused', async () => {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('#book')!.click();
    controller.expectSchedule().fail('SERVER_ERROR');
    await fixture.whenStable();
    expect(text('#error')).toBe('Failed: SERVER_ERROR');
  });

  it('emits scheduled$ from CallbackService', () => {
    const seen: ScheduleResult[] = [];
    const callbacks = TestBed.inject(CallbackService);
    const subscription = callbacks.scheduled$.subscribe((result) => seen.push(result));
    callbacks.schedule({ phonenumber: '+44 20 7946 0000' }).subscribe();
    controller.expectSchedule({ phonenumber: '+442079460000' }).succeed({ id: 'cb-ev' });
    subscription.unsubscribe();
    expect(seen.map((result) => result.id)).toEqual(['cb-ev']);
  });
});
