// The suite's browser runs in UTC with locale en-US (playwright.config.ts), so the widget's
// labels can be computed here from UTC times.

/** `YYYY-MM-DD` of the UTC day `days` from today. */
export function utcDay(days: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days))
    .toISOString()
    .slice(0, 10);
}

/** The UTC instant `HH:mm` of the day `days` from today, as the library sends it. */
export function utcTime(days: number, hhmm: string): string {
  return `${utcDay(days)}T${hhmm}:00.000Z`;
}

/** How the widget labels a slot: `10:00 AM`. */
export function slotLabel(iso: string): string {
  return new Intl.DateTimeFormat('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(iso));
}

/** How the widget shows a booked or proposed time: `Saturday, November 28 at 10:00 AM`. */
export function dateTimeLabel(iso: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(iso));
}
