// A stand-in for the Genesys Widgets Callback form, written from how that form behaves on
// the bus (no Genesys code): it disables itself on Confirm, its command's `fail`
// only hides the spinner, and only the `scheduleError` event's data (read as a jqXHR:
// `status`, `responseJSON`) opens the error dialog whose "Okay" gives the form back; a
// `scheduled` event shows the confirmation and gives it back too. Its calendar works alike
// with `availability`, `availableSlots` and `availabilityError`.
import type { CxBusHost, CxBusPlugin } from '../public-api';

// The GES codes the form words itself; other answers show the
// server's GMS message, or a generic text.
const GES_TEXTS: Readonly<Record<number, string>> = {
  501: 'Invalid parameters.',
  7030: 'Please enter a valid phone number.',
  7040: 'Please configure a valid service name.',
  7041: 'Too many requests at this time.',
  7042: 'The office is closed.',
};
const UNKNOWN_ERROR = 'Something went wrong.';

/** What the person fills in. */
export interface FakeFormInput {
  readonly phonenumber?: string;
  readonly email?: string;
  readonly subject?: string;
  readonly desiredtime?: string;
}

/** The fake form, rendered into a host element of the test page. */
export class FakeGenesysCallbackForm {
  readonly element = document.createElement('form');
  private readonly bus: CxBusPlugin;
  private readonly phone = this.add('input', 'cx-phone');
  private readonly email = this.add('input', 'cx-email');
  private readonly notes = this.add('textarea', 'cx-notes');
  private readonly time = this.add('input', 'cx-desired-time');
  private readonly confirm = this.add('button', 'cx-confirm');
  private readonly cancel = this.add('button', 'cx-cancel');
  private readonly pickDay = this.add('button', 'cx-pick-day');
  private readonly spinner = this.add('div', 'cx-spinner');
  private readonly dialog = this.add('div', 'cx-error-dialog');
  private readonly dialogText = document.createElement('p');
  private readonly okay = document.createElement('button');
  private readonly confirmation = this.add('div', 'cx-confirmation');
  private readonly slots = this.add('ul', 'cx-slots');

  constructor(host: CxBusHost) {
    this.bus = host.registerPlugin('Callback') as CxBusPlugin;
    this.confirm.type = this.cancel.type = this.pickDay.type = this.okay.type = 'button';
    this.dialog.append(this.dialogText, this.okay);
    this.dialog.hidden = this.spinner.hidden = this.confirmation.hidden = true;
    this.confirm.addEventListener('click', () => this.onConfirm());
    this.pickDay.addEventListener('click', () => this.onPickDay());
    this.okay.addEventListener('click', () => this.onOkay());
    this.bus.subscribe('CallbackService.scheduleError', (e) => this.showError(e.data));
    this.bus.subscribe('CallbackService.availabilityError', (e) => this.showError(e.data));
    this.bus.subscribe('CallbackService.scheduled', (e) => this.showBooked(e.data));
    this.bus.subscribe('CallbackService.availableSlots', (e) => this.showSlots(e.data));
  }

  /** Types into the fields. */
  fill(input: FakeFormInput): void {
    this.phone.value = input.phonenumber ?? '';
    this.email.value = input.email ?? '';
    this.notes.value = input.subject ?? '';
    this.time.value = input.desiredtime ?? '';
  }

  /** Clicks Confirm. */
  clickConfirm(): void {
    this.confirm.click();
  }

  /** Asks the calendar for the slots of a day (`YYYY-MM-DD…`, as typed). */
  pickDate(day: string): void {
    this.time.value = day;
    this.pickDay.click();
  }

  /** Clicks "Okay" in the error dialog. */
  clickOkay(): void {
    this.okay.click();
  }

  /** Whether a person can use the form: not disabled, buttons clickable, no dialog, no spinner. */
  isUsable(): boolean {
    return (
      !this.element.classList.contains('cx-disableForm') &&
      this.confirm.style.pointerEvents !== 'none' &&
      this.cancel.style.pointerEvents !== 'none' &&
      this.dialog.hidden &&
      this.spinner.hidden
    );
  }

  /** What the screen shows now. */
  view(): { disabled: boolean; spinner: boolean; error?: string; phoneInvalid: boolean } {
    return {
      disabled: this.element.classList.contains('cx-disableForm'),
      spinner: !this.spinner.hidden,
      ...(this.dialog.hidden ? {} : { error: this.dialogText.textContent ?? '' }),
      phoneInvalid: this.phone.getAttribute('aria-invalid') === 'true',
    };
  }

  /** The confirmation text, when a callback was booked. */
  confirmationText(): string | undefined {
    return this.confirmation.hidden ? undefined : (this.confirmation.textContent ?? '');
  }

  /** The slot times the calendar lists. */
  slotTimes(): string[] {
    return [...this.slots.children].map((item) => item.textContent ?? '');
  }

  private add<K extends keyof HTMLElementTagNameMap>(tag: K, name: string) {
    const child = document.createElement(tag);
    child.className = name;
    this.element.append(child);
    return child;
  }

  private onConfirm(): void {
    this.disable();
    const data: Record<string, string> = { phonenumber: this.phone.value };
    if (this.email.value) data['email'] = this.email.value;
    if (this.notes.value) data['subject'] = this.notes.value;
    if (this.time.value) data['desiredtime'] = this.time.value;
    // As the Genesys form: the command's failure only stops the spinner.
    this.bus
      .command('CallbackService.schedule', data)
      .fail(() => (this.spinner.hidden = true))
      .done(() => (this.spinner.hidden = true));
  }

  private onPickDay(): void {
    this.disable();
    this.bus
      .command('CallbackService.availability', { startDate: this.time.value, numberOfDays: '1' })
      .always(() => (this.spinner.hidden = true));
  }

  private disable(): void {
    this.element.classList.add('cx-disableForm');
    this.confirm.style.pointerEvents = this.cancel.style.pointerEvents = 'none';
    this.spinner.hidden = false;
  }

  private enable(): void {
    this.element.classList.remove('cx-disableForm');
    this.confirm.style.pointerEvents = this.cancel.style.pointerEvents = '';
  }

  // Reads the event data as the Genesys form reads a jqXHR; text only, never HTML.
  private showError(xhr: unknown): void {
    const { status, responseJSON } = (xhr ?? {}) as { status?: unknown; responseJSON?: unknown };
    const body = (responseJSON ?? {}) as { message?: unknown; status?: { code?: unknown } };
    const code = body.status?.code;
    let text = UNKNOWN_ERROR;
    if ((status === 400 || status === 429) && typeof code === 'number')
      text = GES_TEXTS[code] ?? UNKNOWN_ERROR;
    else if ((status === 400 || status === 429) && typeof body.message === 'string')
      text = body.message;
    this.phone.setAttribute('aria-invalid', String(code === 7030));
    this.dialogText.textContent = text;
    this.dialog.hidden = false;
  }

  private onOkay(): void {
    this.dialog.hidden = true;
    this.enable();
  }

  private showBooked(body: unknown): void {
    const record = (body ?? {}) as { _id?: unknown; data?: { id?: unknown } };
    this.confirmation.textContent = `Booked: ${String(record._id ?? record.data?.id)}`;
    this.confirmation.hidden = false;
    this.enable();
  }

  private showSlots(data: unknown): void {
    const record = (data ?? {}) as Record<string, unknown> & { slots?: Record<string, unknown> };
    const map = record.slots ?? record;
    this.slots.replaceChildren(
      ...Object.keys(map).map((time) =>
        Object.assign(document.createElement('li'), { textContent: time }),
      ),
    );
    this.enable();
  }
}
