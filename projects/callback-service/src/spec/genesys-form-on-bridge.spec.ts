// A form that behaves as the Genesys Widgets Callback form does, on the bus
// answered by withCxBus(), goes through every refusal before sending in both API versions
// and is usable again each time; then it books.
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ErrorHandler } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  CallbackConfigSource,
  CallbackService,
  CXBUS_GLOBALS,
  CxBusGlobals,
  CxBusHost,
  provideCallback,
  withCxBus,
} from '../public-api';
import { FakeGenesysCallbackForm, FakeFormInput } from './fake-genesys-form-fixtures';
import { V1_URL, V3_URL } from './harness-test-helpers';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Waits (a few macrotasks at most) until the form shows the outcome of its command. */
async function settled(form: FakeGenesysCallbackForm): Promise<void> {
  const shown = () =>
    !form.view().spinner &&
    (form.view().error !== undefined ||
      form.confirmationText() !== undefined ||
      form.slotTimes().length > 0);
  for (let i = 0; i < 20 && !shown(); i++) await tick();
}

function mountForm(config: CallbackConfigSource): {
  form: FakeGenesysCallbackForm;
  http: HttpTestingController;
} {
  const globals: CxBusGlobals = {};
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideCallback(config, withCxBus()),
      { provide: CXBUS_GLOBALS, useValue: globals },
      { provide: ErrorHandler, useValue: { handleError: () => undefined } },
    ],
  });
  TestBed.inject(CallbackService);
  const form = new FakeGenesysCallbackForm(globals._genesys?.widgets?.bus as CxBusHost);
  document.body.append(form.element);
  return { form, http: TestBed.inject(HttpTestingController) };
}

interface Refusal {
  readonly name: string;
  readonly input: FakeFormInput;
  /** The dialog text in v1 (the GMS message) and v3 (the form's text for the GES code). */
  readonly v1: string | jasmine.AsymmetricMatcher<string>;
  readonly v3: string;
}

const BAD_TIME = '_desired_time must be an ISO-8601 UTC time such as 2030-01-07T09:00:00.000Z';
const REFUSALS: readonly Refusal[] = [
  {
    name: 'an empty phone number',
    input: { phonenumber: '' },
    v1: 'Mandatory parameter _customer_number is missing.',
    v3: 'Please enter a valid phone number.',
  },
  {
    name: 'a phone number with letters',
    input: { phonenumber: '555-CALL-NOW' },
    v1: 'Customer Number "555-CALL-NOW" is invalid: expected an optional + and 3 to 15 digits.',
    v3: 'Please enter a valid phone number.',
  },
  {
    name: 'too few digits',
    input: { phonenumber: '12' },
    v1: 'Customer Number "12" is invalid: expected an optional + and 3 to 15 digits.',
    v3: 'Please enter a valid phone number.',
  },
  {
    name: 'a desired time that is no time',
    input: { phonenumber: '5550102030', desiredtime: 'tomorrow 9am' },
    v1: `${BAD_TIME}, got "tomorrow 9am".`,
    v3: 'Invalid parameters.',
  },
  {
    name: 'notes longer than 100 characters',
    input: { phonenumber: '5550102030', subject: 'n'.repeat(101) },
    v1: jasmine.stringContaining('`subject`'),
    v3: 'Invalid parameters.',
  },
  {
    name: 'an e-mail address that is none',
    input: { phonenumber: '5550102030', email: 'ada at example' },
    v1: jasmine.stringContaining('`email`'),
    v3: 'Invalid parameters.',
  },
];

const VERSIONS = [
  { version: 'v1' as const, config: { dataURL: V1_URL } },
  {
    version: 'v3' as const,
    config: { dataURL: V3_URL, apiVersion: 'v3' as const, apikey: 'k-123456', serviceName: 'care' },
  },
];

for (const { version, config } of VERSIONS) {
  describe(`A Genesys-like Callback form on withCxBus(), ${version}`, () => {
    let form: FakeGenesysCallbackForm;
    let http: HttpTestingController;
    beforeEach(() => ({ form, http } = mountForm(config)));
    afterEach(() => {
      form.element.remove();
      http.verify();
    });

    it('goes through every refusal showing the server-style message, usable again each time, then books', async () => {
      for (const refusal of REFUSALS) {
        form.fill(refusal.input);
        form.clickConfirm();
        expect(form.isUsable()).withContext(`${refusal.name}: disabled on Confirm`).toBeFalse();
        await settled(form);
        expect(form.view())
          .withContext(refusal.name)
          .toEqual({
            disabled: true,
            spinner: false,
            error: refusal[version],
            phoneInvalid: version === 'v3' && refusal.v3 === 'Please enter a valid phone number.',
          });
        form.clickOkay();
        expect(form.isUsable()).withContext(`${refusal.name}: usable after Okay`).toBeTrue();
      }

      form.fill({ phonenumber: '555 010 2030' });
      form.clickConfirm();
      const request = http.expectOne(version === 'v1' ? V1_URL : `${V3_URL}/create`);
      request.flush(
        version === 'v1' ? { _id: 'cb-1' } : { status: { code: 0 }, data: { id: 'cb-1' } },
      );
      await settled(form);
      expect(form.confirmationText()).toBe('Booked: cb-1');
      expect(form.isUsable()).toBeTrue();
    });

    it('gets its calendar back after a day that is no date, then lists the slots of a real one', async () => {
      form.pickDate('next Monday');
      await settled(form);
      expect(form.view().error).toEqual(
        version === 'v1' ? jasmine.stringContaining('`startDate`') : 'Invalid parameters.',
      );
      form.clickOkay();
      expect(form.isUsable()).toBeTrue();

      form.pickDate('2030-01-07');
      const path = version === 'v1' ? `${V1_URL}/availability` : `${V3_URL}/availability/care`;
      const slot = '2030-01-07T09:00:00.000Z';
      http
        .expectOne((r) => r.url === path)
        .flush(
          version === 'v1'
            ? { [slot]: 2 }
            : { status: { code: 0 }, data: { slots: [{ utcTime: slot, capacity: 2 }] } },
        );
      await settled(form);
      expect(form.slotTimes()).toEqual([slot]);
      expect(form.isUsable()).toBeTrue();
    });
  });
}

describe('A Genesys-like Callback form on withCxBus(), set-up failures', () => {
  afterEach(() => document.querySelectorAll('form').forEach((form) => form.remove()));

  it('v3 without a service name: the dialog asks for one and the form is usable again', async () => {
    const { form, http } = mountForm({ dataURL: V3_URL, apiVersion: 'v3' });
    form.fill({ phonenumber: '5550102030' });
    form.clickConfirm();
    await settled(form);
    expect(form.view().error).toBe('Please configure a valid service name.');
    form.clickOkay();
    expect(form.isUsable()).toBeTrue();
    http.verify();
  });

  it('a config that failed to load: the dialog shows why and the form is usable again', async () => {
    const { form, http } = mountForm(() => Promise.reject(new Error('config server down')));
    form.fill({ phonenumber: '5550102030' });
    form.clickConfirm();
    await settled(form);
    expect(form.view().error).toBe(
      'provideCallback(): the config factory failed: config server down',
    );
    form.clickOkay();
    expect(form.isUsable()).toBeTrue();
    http.verify();
  });
});
