import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { CallbackWidget } from 'ngx-genesys-callback/widget';
import { CallbackWidgetHarness } from 'ngx-genesys-callback/widget/testing';

@Component({
  selector: 'app-widget-host',
  imports: [CallbackWidget],
  template: '<cb-callback-widget (booked)="booked.set($event.id)" />',
})
class WidgetHost {
  readonly booked = signal<string | null>(null);
}

describe('<cb-callback-widget> from ngx-genesys-callback/widget (Angular 22)', () => {
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

  it('books "as soon as possible" through CallbackWidgetHarness', async () => {
    const fixture = TestBed.createComponent(WidgetHost);
    const widget = await TestbedHarnessEnvironment.harnessForFixture(
      fixture,
      CallbackWidgetHarness,
    );
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.chooseAsSoonAsPossible();
    await widget.submit();
    controller.expectSchedule().succeed({ id: 'cb-w22' });
    expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-w22');
    expect(fixture.componentInstance.booked()).toBe('cb-w22');
    controller.verify();
  });
});
