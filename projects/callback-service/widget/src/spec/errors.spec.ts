import { CallbackError } from 'ngx-genesys-callback';
import { setUpWidget, slotAt } from './widget-spec-helpers.spec';

const longDateTime = (utcTime: string) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(utcTime));

describe('CallbackWidget: errors next to what they concern', () => {
  async function submitted(options = {}) {
    const setup = await setUpWidget(options);
    await setup.widget.setFirstName('Ada');
    await setup.widget.setPhoneNumber('+33 6 12 34 56 78');
    await setup.widget.setNotes('Invoice 42');
    await setup.widget.submit();
    return { ...setup, call: setup.controller.expectSchedule() };
  }

  it('puts GES 7030 on the phone field, tied with aria-describedby and focused', async () => {
    const { widget, call, fixture } = await submitted();
    call.fail({ code: 'BAD_REQUEST', status: 400, serverCode: 7030, message: 'Invalid phone' });

    expect(await widget.getFieldError('phonenumber')).toBe('Enter a valid phone number.');
    expect(await widget.getGeneralError()).toBeNull();
    const root = fixture.nativeElement as HTMLElement;
    const input = root.querySelector<HTMLInputElement>('input[name="phonenumber"]')!;
    const error = root.querySelector('.cb-error[data-field="phonenumber"]')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(error.id);
    expect(document.activeElement).toBe(input);

    // Editing the number clears its error.
    await widget.setPhoneNumber('+33 6 12 34 56 79');
    expect(await widget.getFieldError('phonenumber')).toBeNull();
  });

  it('says the office is closed (GES 7042) next to the time', async () => {
    const { widget, call } = await submitted();
    call.fail({ code: 'BAD_REQUEST', status: 400, serverCode: 7042, message: 'Office closed' });
    expect(await widget.getFieldError('time')).toBe(
      'We are closed at that time. Please choose another time.',
    );
  });

  it('offers the proposed slots of RATE_LIMITED as clickable slots, and books one', async () => {
    const { widget, call, controller } = await submitted();
    const proposals = [slotAt(1, 14), slotAt(1, 15)];
    call.fail({ code: 'RATE_LIMITED', status: 429, message: 'Too many', proposedSlots: proposals });

    expect(await widget.getFieldError('time')).toContain('choose one of these times');
    expect(await widget.getProposedSlots()).toEqual(proposals.map((s) => longDateTime(s.utcTime)));
    await widget.chooseProposedSlot(1);
    expect(await widget.getFieldError('time')).toBeNull();
    expect(await widget.getSelectedTime()).toBe(`Selected: ${longDateTime(proposals[1]!.utcTime)}`);
    // The picker now shows the proposal's day.
    controller.expectAvailability().respond(proposals);

    await widget.submit();
    controller.expectSchedule({ desiredTime: proposals[1]!.utcTime }).succeed({ id: 'cb-9' });
    expect((await widget.getConfirmation()).id).toBe('cb-9');
  });

  it('warns on TIMEOUT that the booking may exist', async () => {
    const { widget, call } = await submitted();
    call.fail('TIMEOUT');
    expect(await widget.getGeneralError()).toBe(
      'We could not confirm your callback. It may have been booked: please check before trying again.',
    );
  });

  it('keeps the draft after a failure, so the customer can try again', async () => {
    const { widget, call, controller } = await submitted();
    call.fail('NETWORK');
    expect(await widget.getGeneralError()).toContain('could not reach');
    expect(await widget.getFirstName()).toBe('Ada');
    expect(await widget.getPhoneNumber()).toBe('+33 6 12 34 56 78');
    expect(await widget.getNotes()).toBe('Invoice 42');
    expect(await widget.isSubmitDisabled()).toBeFalse();

    await widget.submit();
    controller.expectSchedule({ firstname: 'Ada', subject: 'Invoice 42' }).succeed();
    expect(await widget.isConfirmationShown()).toBeTrue();
  });

  it('shows the server text of a refusal as text, never as HTML, with the support reference', async () => {
    const { widget, call, fixture } = await submitted();
    call.fail(
      new CallbackError({
        code: 'BAD_REQUEST',
        status: 400,
        message: 'Bad request',
        serverMessage: '<img src=x onerror="window.hacked=1">Nope',
        correlationId: 'corr-123',
      }),
    );
    const text = await widget.getGeneralError();
    expect(text).toContain('Something went wrong. Please try again.');
    expect(text).toContain('<img src=x onerror="window.hacked=1">Nope');
    expect(text).toContain('Reference for support: corr-123');
    expect((fixture.nativeElement as HTMLElement).querySelector('img')).toBeNull();
  });
});
