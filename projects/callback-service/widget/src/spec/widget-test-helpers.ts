// Shared helpers for the widget specs (kept out of the package: tsconfig.lib.json excludes test helpers).
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { type EnvironmentProviders, type Provider } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { CallbackConfig, CallbackSlot } from 'ngx-genesys-callback';
import { CallbackTestingController, provideCallbackTesting } from 'ngx-genesys-callback/testing';
import { CallbackWidgetHarness } from 'ngx-genesys-callback/widget/testing';
import { CallbackWidget, provideCallbackWidget, type CallbackWidgetOptions } from '../public-api';

/** The rendered widget, its harness and the testing controller of its CallbackService. */
export interface WidgetSetup {
  fixture: ComponentFixture<CallbackWidget>;
  widget: CallbackWidgetHarness;
  controller: CallbackTestingController;
}

/**
 * Renders `<cb-callback-widget>` with a testing CallbackService (its config overridden by
 * `config`) and returns its harness.
 */
export async function setUpWidget(
  options: CallbackWidgetOptions = {},
  providers: (Provider | EnvironmentProviders)[] = [],
  config: Partial<CallbackConfig> = {},
): Promise<WidgetSetup> {
  TestBed.configureTestingModule({
    providers: [provideCallbackTesting(config), provideCallbackWidget(options), ...providers],
  });
  const fixture = TestBed.createComponent(CallbackWidget);
  const widget = await TestbedHarnessEnvironment.harnessForFixture(fixture, CallbackWidgetHarness);
  return { fixture, widget, controller: TestBed.inject(CallbackTestingController) };
}

/** Local midnight `offset` days from today, as the widget's day strip computes it. */
export function localDay(offset: number): Date {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
}

/** A slot at `hours:minutes` local time, `offset` days from today. */
export function slotAt(offset: number, hours: number, minutes = 0, capacity = 2): CallbackSlot {
  const day = localDay(offset);
  day.setHours(hours, minutes);
  return { utcTime: day.toISOString(), capacity };
}

/** How the widget labels a slot time (locale en-US in the tests). */
export function timeLabel(slot: CallbackSlot, locale = 'en-US'): string {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
    new Date(slot.utcTime),
  );
}

/** How the widget says a chosen time: weekday, date and time (locale en-US in the tests). */
export function longDateTime(utcTime: string): string {
  return new Intl.DateTimeFormat('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(new Date(utcTime));
}

/**
 * The time the widget specs run at: a Wednesday, 09:00 local time, far from midnight and from
 * daylight-saving changes, so "today", the day strip and slots later today never depend on the
 * real clock (a run across midnight or late in the evening used to fail).
 */
export const SPEC_NOW = new Date(2030, 4, 15, 9, 0, 0);

/**
 * Fakes the clock for every spec of the calling `describe`: `Date` says `now` and moves only
 * with `jasmine.clock().tick()`, as do `setTimeout` and `setInterval` (virtual time).
 */
export function useSpecClock(now: Date = SPEC_NOW): void {
  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(now);
  });
  afterEach(() => jasmine.clock().uninstall());
}

/**
 * Runs `work` on the real timers, for code that waits on timers of its own (axe-core), then
 * fakes the clock again from the virtual time it had. Karma's Jasmine (4.x) has no auto-tick.
 */
export async function withRealTimers<T>(work: () => Promise<T>): Promise<T> {
  const now = new Date();
  jasmine.clock().uninstall();
  try {
    return await work();
  } finally {
    jasmine.clock().install();
    jasmine.clock().mockDate(now);
  }
}
