import type { CallbackSlot } from 'ngx-genesys-callback';

/** One day of the day strip (internal). */
export interface SlotDay {
  /** Epoch milliseconds of the day's local midnight. */
  readonly time: number;
  /** Short label, e.g. "Tue 7" (en-GB) or "7 Tue" (en-US): the order is the locale's. */
  readonly label: string;
  /**
   * Full date, e.g. "Tuesday, January 7": the button's description (`title`), so that screen
   * readers and a tooltip give the month, while the name stays the visible label.
   */
  readonly fullLabel: string;
}

/** One time slot as the picker shows it (internal). */
export interface SlotView {
  readonly slot: CallbackSlot;
  /** The slot's time in the customer's zone and locale, e.g. "2:30 PM" or "14:30". */
  readonly label: string;
  /** Full (capacity 0): shown disabled. */
  readonly disabled: boolean;
}

/** Local midnight of `date`'s day. */
export function startOfLocalDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/**
 * `count` local days from `today`. Days are stepped with `setDate` rather than 24 h so that a
 * daylight-saving change never skips or repeats a day.
 */
export function localDays(today: Date, count: number, locale: string): SlotDay[] {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric' });
  const full = dayFormatter(locale);
  const start = startOfLocalDay(today);
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    return { time: day.getTime(), label: format.format(day), fullLabel: full.format(day) };
  });
}

/** Formats slot times; 12 or 24 h follows the locale, the zone is the customer's. */
export function timeFormatter(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' });
}

/** Formats a booked or proposed time with its day, e.g. "Tuesday, January 7 at 2:30 PM". */
export function dateTimeFormatter(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** Formats a day on its own, e.g. "Tuesday, January 7" (announcements). */
export function dayFormatter(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', month: 'long', day: 'numeric' });
}

/**
 * The slots to show: full ones hidden or disabled, as the option says. `full` holds the
 * instants (epoch ms) the server refused since the day was read: they count as full too.
 */
export function toSlotViews(
  slots: readonly CallbackSlot[],
  format: Intl.DateTimeFormat,
  hideUnavailable: boolean,
  full: readonly number[] = [],
): SlotView[] {
  return slots
    .map((slot) => (full.includes(Date.parse(slot.utcTime)) ? { ...slot, capacity: 0 } : slot))
    .filter((slot) => !hideUnavailable || slot.capacity > 0)
    .map((slot) => ({
      slot,
      label: format.format(new Date(slot.utcTime)),
      disabled: slot.capacity <= 0,
    }));
}

/**
 * The times the server proposed, labelled compactly: the time alone on `shownDay` (epoch ms
 * of its local midnight; `null` for today), else a short day and the time, e.g.
 * "Sat 28, 9:00 AM" (en-GB) or "28 Sat, 9:00 AM" (en-US).
 */
export function toProposalViews(
  proposals: readonly CallbackSlot[],
  shownDay: number | null,
  locale: string,
): SlotView[] {
  const day = shownDay ?? startOfLocalDay(new Date()).getTime();
  const time = timeFormatter(locale);
  const dayTime = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return proposals.map((slot) => {
    const date = new Date(slot.utcTime);
    const sameDay = startOfLocalDay(date).getTime() === day;
    return { slot, label: (sameDay ? time : dayTime).format(date), disabled: false };
  });
}
