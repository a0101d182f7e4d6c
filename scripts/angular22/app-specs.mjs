// The Angular 22 app's specs: Booking with provideCallbackTesting(), the app over HttpClient,
// and the widget (with CallbackWidgetHarness when the tarball's ./widget/testing exports it).
import { PACKAGE } from './config.mjs';

/** The spec files, path → content, for the inspected tarball `s`. */
export function appSpecs(s) {
  const files = {
    'src/app/booking.spec.ts': `import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { CallbackService, type ScheduleResult } from '${PACKAGE}';
import { CallbackTestingController, provideCallbackTesting } from '${PACKAGE}/testing';
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
`,
    'src/app/app.spec.ts': `import { provideHttpClientTesting, HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { App } from './app';
import { appConfig, DATA_URL } from './app.config';

describe('App with provideHttpClient() + provideCallback() (Angular 22)', () => {
  it('books over HttpClient with the app config', async () => {
    TestBed.configureTestingModule({
      imports: [App],
      providers: [...appConfig.providers, provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h1')?.textContent).toContain('Angular 22');

    element.querySelector<HTMLButtonElement>('#book')!.click();
    const request = TestBed.inject(HttpTestingController).expectOne(
      (req) => req.method === 'POST' && req.url === DATA_URL,
    );
    request.flush({ _id: 'cb-http' });
    await fixture.whenStable();
    expect(element.querySelector('#booked')?.textContent?.trim()).toBe('Booked cb-http');
  });
});
`,
  };
  if (s.widget) files['src/app/widget.spec.ts'] = widgetSpec(s.harness);
  return files;
}

function widgetSpec(harness) {
  return `${harness ? "import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';\n" : ''}import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CallbackTestingController, provideCallbackTesting } from '${PACKAGE}/testing';
${harness ? `import { CallbackWidgetHarness } from '${PACKAGE}/widget/testing';\n` : ''}import { CallbackWidget } from '${PACKAGE}/widget';

@Component({
  selector: 'app-widget-host',
  imports: [CallbackWidget],
  template: '<cb-callback-widget (booked)="booked.set($event.id)" />',
})
class WidgetHost {
  readonly booked = signal<string | null>(null);
}

describe('<cb-callback-widget> from ${PACKAGE}/widget (Angular 22)', () => {
  let controller: CallbackTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
    controller = TestBed.inject(CallbackTestingController);
  });

  it('renders the callback form', async () => {
    const fixture = TestBed.createComponent(WidgetHost);
    await fixture.whenStable();
    const widget = (fixture.nativeElement as HTMLElement).querySelector('cb-callback-widget');
    expect(widget).not.toBeNull();
    expect(widget!.querySelector('input[name="phonenumber"]')).not.toBeNull();
    controller.verify();
  });
${
  harness
    ? `
  it('books "as soon as possible" through CallbackWidgetHarness', async () => {
    const fixture = TestBed.createComponent(WidgetHost);
    const widget = await TestbedHarnessEnvironment.harnessForFixture(fixture, CallbackWidgetHarness);
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.chooseAsSoonAsPossible();
    await widget.submit();
    controller.expectSchedule().succeed({ id: 'cb-w22' });
    expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-w22');
    expect(fixture.componentInstance.booked()).toBe('cb-w22');
    controller.verify();
  });
`
    : ''
}});
`;
}
