import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { App } from './app';

describe('App without @angular/cdk, tested with provideCallbackTesting()', () => {
  let fixture: ComponentFixture<App>;
  let controller: CallbackTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({ imports: [App], providers: [provideCallbackTesting()] });
    controller = TestBed.inject(CallbackTestingController);
    fixture = TestBed.createComponent(App);
    await fixture.whenStable();
  });

  afterEach(() => controller.verify());

  const element = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const text = (selector: string): string | undefined =>
    element().querySelector(selector)?.textContent?.trim();

  function bookWith(phone: string): void {
    const input = element().querySelector<HTMLInputElement>('#phone')!;
    input.value = phone;
    input.dispatchEvent(new Event('input'));
    element().querySelector<HTMLButtonElement>('#book')!.click();
  }

  it('sends the typed number and shows the booked id', async () => {
    bookWith('+44 20 7946 0000');
    await fixture.whenStable();
    expect(text('#status')).toBe('sending');
    controller.expectSchedule({ phonenumber: '+442079460000' }).succeed({ id: 'cb-no-cdk' });
    await fixture.whenStable();
    expect(text('#status')).toBe('booked');
    expect(text('#booked')).toBe('Booked cb-no-cdk');
  });

  it('shows the code of a refused booking', async () => {
    bookWith('+1 555 010 2030');
    controller.expectSchedule().fail('SERVER_ERROR');
    await fixture.whenStable();
    expect(text('#status')).toBe('failed');
    expect(text('#error')).toBe('Failed: SERVER_ERROR');
  });

  it('refuses a number that is no phone number before sending anything', async () => {
    bookWith('call me');
    await fixture.whenStable();
    controller.expectNoSchedule();
    expect(text('#error')).toBe('Failed: INVALID_REQUEST');
  });
});
