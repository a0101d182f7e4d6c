import { CallbackError } from 'ngx-genesys-callback';
import { longDateTime, setUpWidget, slotAt, timeLabel, useSpecClock } from './widget-test-helpers';

const shortDayTime = (utcTime: string) =>
  new Intl.DateTimeFormat('en-US', {
    weekday: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(utcTime));

describe('CallbackWidget: errors next to what they concern', () => {
  useSpecClock();

  async function submitted(options = {}) {
    const setup = await setUpWidget(options);
    await setup.widget.fill({ firstname: 'Ada' });
    await setup.widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await setup.widget.fill({ subject: 'Invoice 42' });
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
    await widget.fill({ phonenumber: '+33 6 12 34 56 79' });
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
    // Another day than the one shown (today): a short day and the time.
    expect(await widget.getProposedSlotLabels()).toEqual(
      proposals.map((s) => shortDayTime(s.utcTime)),
    );
    await (await widget.getProposedSlots())[1]!.select();
    expect(await widget.getFieldError('time')).toBeNull();
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(proposals[1]!.utcTime)}`,
    );
    // The picker now shows the proposal's day.
    controller.expectAvailability().respond(proposals);

    await widget.submit();
    controller.expectSchedule({ desiredTime: proposals[1]!.utcTime }).succeed({ id: 'cb-9' });
    expect((await (await widget.getConfirmation()).getBooking()).id).toBe('cb-9');
  });

  it('shows a slot refused with RATE_LIMITED full and drops it; proposals of its day show the time', async () => {
    const { widget, controller, fixture } = await setUpWidget();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.choosePickDateTime();
    controller.expectAvailability().respond([]);
    await (await widget.getSlotPicker()).chooseDay(1);
    const [nine, ten, eleven] = [slotAt(1, 9), slotAt(1, 10), slotAt(1, 11)];
    controller.expectAvailability().respond([nine, ten, eleven]);
    await (await widget.getSlotPicker()).chooseSlot(timeLabel(ten));
    await widget.submit();
    const proposals = [eleven, slotAt(2, 9)];
    controller
      .expectSchedule({ desiredTime: ten.utcTime })
      .fail({ code: 'RATE_LIMITED', status: 429, message: 'Full', proposedSlots: proposals });

    expect(await (await widget.getSlotPicker()).getSlotLabels({ disabled: true })).toEqual([
      timeLabel(ten),
    ]);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBeNull();
    const root = fixture.nativeElement as HTMLElement;
    expect(root.querySelector('cb-slot-picker [aria-selected="true"]')).toBeNull();
    expect(await widget.getProposedSlotLabels()).toEqual([
      timeLabel(eleven),
      shortDayTime(proposals[1]!.utcTime),
    ]);
    // The full slot cannot be chosen again, by click or keyboard.
    await (await widget.getSlotPicker()).chooseSlot(timeLabel(ten));
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBeNull();
    const [eleventh] = await widget.getProposedSlots({ text: timeLabel(eleven) });
    await eleventh!.select();
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(eleven.utcTime)}`,
    );
    expect(await (await widget.getSlotPicker()).getSlotLabels({ disabled: true })).toEqual([
      timeLabel(ten),
    ]);
    await widget.submit();
    controller.expectSchedule({ desiredTime: eleven.utcTime }).succeed();
    expect(await widget.getState()).toBe('booked');
    controller.verify();
  });

  it('keeps the slot of a plain rate limit (no proposals, no refusal of the time)', async () => {
    const { widget, controller } = await setUpWidget();
    await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
    await widget.choosePickDateTime();
    const late = slotAt(0, 23);
    controller.expectAvailability().respond([late]);
    await (await widget.getSlotPicker()).chooseSlot(0);
    await widget.submit();
    controller.expectSchedule().fail({ code: 'RATE_LIMITED', status: 429, message: 'Slow down' });
    expect(await widget.getGeneralError()).not.toBeNull();
    expect(await (await widget.getSlotPicker()).getSlotLabels({ disabled: true })).toEqual([]);
    expect(await (await widget.getSlotPicker()).getSelectedTime()).toBe(
      `Selected: ${longDateTime(late.utcTime)}`,
    );
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
    expect((await widget.getValues()).firstname).toBe('Ada');
    expect((await widget.getValues()).phonenumber).toBe('+33 6 12 34 56 78');
    expect((await widget.getValues()).subject).toBe('Invoice 42');
    expect(await widget.isSubmitDisabled()).toBeFalse();

    await widget.submit();
    controller.expectSchedule({ firstname: 'Ada', subject: 'Invoice 42' }).succeed();
    expect(await widget.getState()).toBe('booked');
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
  it('puts a v1 refusal that names _customer_number on the phone field', async () => {
    const { widget, call } = await submitted();
    call.fail({
      code: 'BAD_REQUEST',
      status: 400,
      message: 'Bad request',
      serverMessage: 'Mandatory parameter _customer_number is missing or invalid',
    });
    expect(await widget.getFieldError('phonenumber')).toBe('Enter a valid phone number.');
    expect(await widget.getGeneralError()).toBeNull();
  });

  it('puts "selected time slot is not available" without proposals on the time', async () => {
    const { widget, call } = await submitted();
    call.fail({
      code: 'BAD_REQUEST',
      status: 400,
      message: 'Bad request',
      serverMessage: 'The selected time slot is not available',
    });
    expect(await widget.getFieldError('time')).toBe(
      'That time is no longer available. Please choose another time.',
    );
  });

  describe('focus and aria-describedby', () => {
    const root = (fixture: { nativeElement: unknown }) => fixture.nativeElement as HTMLElement;

    it('focuses the slot list, described by the error, when no time is chosen', async () => {
      const { widget, controller, fixture } = await setUpWidget();
      await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
      await widget.choosePickDateTime();
      controller.expectAvailability().respond([slotAt(0, 23)]);
      await widget.submit();
      const error = root(fixture).querySelector('.cb-error[data-field="time"]')!;
      const list = root(fixture).querySelector<HTMLElement>('cb-slot-picker [role="listbox"]')!;
      expect(document.activeElement).toBe(list);
      expect(list.getAttribute('aria-describedby')).toBe(error.id);
      expect(root(fixture).querySelector('.cb-days')?.getAttribute('aria-describedby')).toBe(
        error.id,
      );
    });

    it('focuses the pressed day when the day has no slot list', async () => {
      const { widget, controller, fixture } = await setUpWidget();
      await widget.fill({ phonenumber: '+33 6 12 34 56 78' });
      await widget.choosePickDateTime();
      controller.expectAvailability().respond([]);
      await widget.submit();
      expect(document.activeElement).toBe(
        root(fixture).querySelector('.cb-day[aria-pressed="true"]'),
      );
    });

    it('focuses the proposed times, described by the error', async () => {
      const { widget, call, fixture } = await submitted();
      call.fail({ code: 'RATE_LIMITED', message: 'busy', proposedSlots: [slotAt(1, 9)] });
      expect((await widget.getProposedSlots()).length).toBe(1);
      const error = root(fixture).querySelector('.cb-error[data-field="time"]')!;
      const list = root(fixture).querySelector<HTMLElement>('.cb-proposals [role="listbox"]')!;
      expect(document.activeElement).toBe(list);
      expect(list.getAttribute('aria-describedby')).toBe(error.id);
    });

    it('focuses the chosen "when" radio for a time error with "as soon as possible"', async () => {
      const { widget, call, fixture } = await submitted();
      call.fail({ code: 'BAD_REQUEST', status: 400, serverCode: 7042, message: 'Office closed' });
      expect(await widget.getFieldError('time')).not.toBeNull();
      const error = root(fixture).querySelector('.cb-error[data-field="time"]')!;
      expect(document.activeElement).toBe(root(fixture).querySelector('input.cb-asap'));
      expect(root(fixture).querySelector('.cb-when')?.getAttribute('aria-describedby')).toBe(
        error.id,
      );
    });

    it('shows a time error as a form error when there is no time control', async () => {
      const { widget, call } = await submitted({ scheduledCallback: false });
      call.fail({ code: 'BAD_REQUEST', status: 400, serverCode: 7042, message: 'Office closed' });
      expect(await widget.getFieldError('time')).toBeNull();
      expect(await widget.getGeneralError()).toContain('We are closed at that time.');
    });

    it('ties a general error to the submit button and focuses it', async () => {
      const { widget, call, fixture } = await submitted();
      call.fail('SERVER_ERROR');
      expect(await widget.getGeneralError()).not.toBeNull();
      const button = root(fixture).querySelector<HTMLButtonElement>('button.cb-submit')!;
      const error = root(fixture).querySelector('.cb-general-error')!;
      expect(button.getAttribute('aria-describedby')).toBe(error.id);
      expect(document.activeElement).toBe(button);
    });
  });

  it('logs set-up mistakes for the developer, and only those', async () => {
    const logged = spyOn(console, 'error');
    const { widget, call, controller } = await submitted();
    call.fail({ code: 'UNAUTHORIZED', status: 401, message: 'Invalid API key' });
    expect(await widget.getGeneralError()).toContain('Something went wrong');
    expect(logged).toHaveBeenCalledWith(
      jasmine.stringMatching(/CallbackWidget/),
      jasmine.objectContaining({ code: 'UNAUTHORIZED' }),
    );
    logged.calls.reset();
    await widget.submit();
    controller.expectSchedule().fail('SERVER_ERROR');
    expect(await widget.getGeneralError()).not.toBeNull();
    expect(logged).not.toHaveBeenCalled();
  });
});
