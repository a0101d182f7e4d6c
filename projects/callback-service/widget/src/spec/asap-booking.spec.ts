import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CallbackService, type ScheduleResult } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { CallbackWidgetHarness } from 'ngx-genesys-callback/widget/testing';
import { CallbackWidget } from '../public-api';
import { setUpWidget, useSpecClock } from './widget-test-helpers';

@Component({
  selector: 'cb-two-widgets',
  imports: [CallbackWidget],
  template: `
    <cb-callback-widget class="first" (booked)="booked.push('first ' + $event.id)" />
    <cb-callback-widget class="second" (booked)="booked.push('second ' + $event.id)" />
  `,
})
class TwoWidgets {
  readonly booked: string[] = [];
}

describe('CallbackWidget: booking "as soon as possible"', () => {
  useSpecClock();

  it('books with the number in E.164 and shows the confirmation with id, number and time', async () => {
    const { widget, controller, fixture } = await setUpWidget();
    const booked: ScheduleResult[] = [];
    fixture.componentRef.instance.booked.subscribe((r) => booked.push(r));

    await widget.fill({ firstname: 'Ada' });
    await widget.fill({ lastname: 'Lovelace' });
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.fill({ subject: 'About my invoice' });
    await widget.chooseAsSoonAsPossible();
    await widget.submit();

    const call = controller.expectSchedule();
    expect(call.request).toEqual({
      phonenumber: '+33612345678',
      firstname: 'Ada',
      lastname: 'Lovelace',
      subject: 'About my invoice',
      userData: {},
    });
    call.succeed({ id: 'cb-42' });

    expect(await widget.getState()).toBe('booked');
    expect(await (await widget.getConfirmation()).getBooking()).toEqual({
      id: 'cb-42',
      phone: '+33 6 12 34 56 78',
      time: 'As soon as possible',
    });
    expect(booked.map((r) => r.id)).toEqual(['cb-42']);
    controller.verify();
  });

  it('sends a national number in the country picked, and checks it before sending', async () => {
    const { widget, controller } = await setUpWidget();
    expect(await (await widget.getPhoneField()).getCountry()).toBe('US');
    await widget.fill({ phonenumber: '12' });
    await widget.submit();
    expect(await widget.getFieldError('phonenumber')).toBe('Enter a valid phone number.');
    controller.expectNoSchedule();

    await (await widget.getPhoneField()).setCountry('FR');
    await widget.fill({ phonenumber: '06 12 34 56 78' });
    expect(await widget.getFieldError('phonenumber')).toBeNull();
    await widget.submit();
    controller.expectSchedule({ phonenumber: '+33612345678' }).succeed();
    expect(await widget.getState()).toBe('booked');
  });

  it('asks for a phone number first', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.submit();
    expect(await widget.getFieldError('phonenumber')).toBe('Enter your phone number.');
    controller.expectNoSchedule();
  });

  it('works with the plain check when the country picker is off', async () => {
    const { widget, controller } = await setUpWidget({ countryCodes: false });
    expect(await (await widget.getPhoneField()).getCountry()).toBeNull();
    await widget.fill({ phonenumber: '555 010 2030' });
    await widget.submit();
    controller.expectSchedule({ phonenumber: '5550102030' }).succeed({ id: 'cb-7' });
    expect((await (await widget.getConfirmation()).getBooking()).phone).toBe('555 010 2030');
  });

  it('double-click books once: the second click is ignored while the first is in flight', async () => {
    const { widget, controller, fixture } = await setUpWidget();
    const schedule = spyOn(TestBed.inject(CallbackService), 'schedule').and.callThrough();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    const button = (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>(
      'button.cb-submit',
    );
    // Two clicks before any change detection, as a fast double click.
    button?.click();
    button?.click();
    expect(await widget.isSubmitDisabled()).toBeTrue();
    expect(schedule).toHaveBeenCalledTimes(1);
    expect(controller.matchSchedule().length).toBe(1);
  });
  it('reports a booking from the widget that sent it, though every widget of the environment shows it', async () => {
    TestBed.configureTestingModule({ providers: [provideCallbackTesting()] });
    const fixture = TestBed.createComponent(TwoWidgets);
    const loader = TestbedHarnessEnvironment.loader(fixture);
    const second = await loader.getHarness(CallbackWidgetHarness.with({ selector: '.second' }));
    await second.fill({ phonenumber: '+33 6 12 34 56 78' });
    await second.submit();
    TestBed.inject(CallbackTestingController).expectSchedule().succeed({ id: 'cb-2' });
    expect(
      (await loader.getAllHarnesses(CallbackWidgetHarness.with({ state: 'booked' }))).length,
    ).toBe(2);
    expect(fixture.componentInstance.booked).toEqual(['second cb-2']);
  });
});
