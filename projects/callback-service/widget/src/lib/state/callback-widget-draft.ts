import { computed, Injectable, signal } from '@angular/core';
import type { CallbackSlot } from 'ngx-genesys-callback';
import { startOfLocalDay } from '../slots/slot-days';

/** How the customer wants to be called: at once, or at a chosen time. */
export type CallbackTimeMode = 'asap' | 'scheduled';

/** Values that pre-fill the callback form, as `Callback.open({ form })` of Genesys Widgets. */
export interface CallbackFormPrefill {
  /** First name. */
  firstname?: string;
  /** Last name. */
  lastname?: string;
  /** Phone number; one starting with `+` also picks the country. */
  phonenumber?: string;
  /** The "Notes" field. */
  subject?: string;
  /** `'now'` selects "as soon as possible"; a `Date` or ISO-8601 string selects that time. */
  desiredTime?: 'now' | Date | string;
}

/**
 * The callback form as the customer left it. One per environment injector (the application's,
 * or a route's with `provideCallbackWidget()`), so it survives a failed submit and closing and
 * reopening the dialog; it is cleared once a callback is booked.
 */
@Injectable({ providedIn: 'root' })
export class CallbackWidgetDraft {
  /** First name as typed. */
  readonly firstname = signal('');
  /** Last name as typed. */
  readonly lastname = signal('');
  /** Phone number as typed (national, or international with `+`). */
  readonly phonenumber = signal('');
  /** ISO 3166 country of the dial-code picker; `null` until the customer or a prefill picks one. */
  readonly country = signal<string | null>(null);
  /** The "Notes" field as typed (`subject` on the wire, as in `ScheduleRequest`). */
  readonly subject = signal('');
  /** "As soon as possible" or "pick date & time"; `null` until chosen. */
  readonly mode = signal<CallbackTimeMode | null>(null);
  /** The day shown in the slot picker, as the epoch milliseconds of its local midnight. */
  readonly day = signal<number | null>(null);
  /** The chosen time slot. */
  readonly slot = signal<CallbackSlot | null>(null);

  /** Whether the customer typed or chose anything (closing then asks for confirmation). */
  readonly dirty = computed(
    () =>
      this.firstname() !== '' ||
      this.lastname() !== '' ||
      this.phonenumber() !== '' ||
      this.subject() !== '' ||
      this.slot() !== null,
  );

  /**
   * Applies pre-filled values; fields that `form` does not name keep their draft value. A
   * number starting with `+` carries its own country, so the picked country is forgotten.
   * A desired time that is not a date, is past, or falls after the last of `numberOfDays`
   * days (when given) is ignored, with a warning in development.
   */
  patch(form: CallbackFormPrefill, numberOfDays?: number): void {
    if (form.firstname !== undefined) this.firstname.set(form.firstname);
    if (form.lastname !== undefined) this.lastname.set(form.lastname);
    if (form.phonenumber !== undefined) {
      this.phonenumber.set(form.phonenumber);
      if (form.phonenumber.trim().startsWith('+')) this.country.set(null);
    }
    if (form.subject !== undefined) this.subject.set(form.subject);
    if (form.desiredTime === 'now') {
      this.mode.set('asap');
      this.slot.set(null);
    } else if (form.desiredTime !== undefined) {
      const time = new Date(form.desiredTime);
      if (!isBookable(time, numberOfDays)) {
        if (ngDevMode) {
          console.warn(
            `CallbackDialog: ignored desiredTime ${String(form.desiredTime)}: not a date, past, or after the ${numberOfDays ?? '–'} days the widget shows.`,
          );
        }
        return;
      }
      this.mode.set('scheduled');
      this.day.set(startOfLocalDay(time).getTime());
      this.slot.set({ utcTime: time.toISOString(), capacity: 1 });
    }
  }

  /** Empties the form. */
  reset(): void {
    this.firstname.set('');
    this.lastname.set('');
    this.phonenumber.set('');
    this.country.set(null);
    this.subject.set('');
    this.mode.set(null);
    this.day.set(null);
    this.slot.set(null);
  }
}

/**
 * Forgets a day or a slot that a kept draft holds but the day strip no longer shows (the draft
 * outlived the day it was typed on), so the picker starts on a day it shows (internal).
 */
export function fitDraftToDays(draft: CallbackWidgetDraft, numberOfDays: number): void {
  const day = draft.day();
  if (day !== null && !isBookable(new Date(day), numberOfDays, true)) draft.day.set(null);
  const slot = draft.slot();
  if (slot && !isBookable(new Date(slot.utcTime), numberOfDays)) draft.slot.set(null);
}

/**
 * Whether `time` is in the days the strip shows: from now (from today's midnight for a whole
 * `day`) to the end of the last of `numberOfDays` days, when given.
 */
function isBookable(time: Date, numberOfDays: number | undefined, day = false): boolean {
  const now = new Date();
  const from = day ? startOfLocalDay(now).getTime() : now.getTime();
  if (Number.isNaN(time.getTime()) || time.getTime() < from) return false;
  if (numberOfDays === undefined) return true;
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + numberOfDays);
  return time.getTime() < end.getTime();
}
