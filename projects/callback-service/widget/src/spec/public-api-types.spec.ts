// Type tests of the public API of ngx-genesys-callback/widget and /widget/testing: each `it`
// holds compile-time assertions (see type-test-helpers.ts), so a change to a public type that
// breaks what apps rely on fails `ng test` when it compiles; `@ts-expect-error` lines fail if
// what they forbid becomes allowed.
import type { HarnessPredicate } from '@angular/cdk/testing';
import type { EnvironmentProviders, InjectionToken, OutputRef } from '@angular/core';
import type { ScheduleResult } from 'ngx-genesys-callback';
import {
  CallbackConfirmationHarness,
  CallbackFormFieldHarness,
  CallbackWidgetHarness,
  type CallbackBookingDetails,
  type CallbackWidgetState,
  type CallbackWidgetValues,
} from 'ngx-genesys-callback/widget/testing';
import type { Observable } from 'rxjs';
import {
  CALLBACK_WIDGET_STRINGS,
  CallbackDialog,
  CallbackDialogRef,
  CallbackWidget,
  provideCallbackWidget,
  resolveCallbackWidgetOptions,
  type CallbackDialogOpenOptions,
  type CallbackDialogOutcome,
  type CallbackWidgetOptions,
  type CallbackWidgetStrings,
  type ResolvedCallbackWidgetOptions,
} from '../public-api';
import { expectTypeOf } from './type-test-helpers';

describe('public types of ngx-genesys-callback/widget', () => {
  it('CallbackDialog.open() returns its ref at once, not a Promise', () => {
    expectTypeOf<ReturnType<CallbackDialog['open']>>().toEqualTypeOf<CallbackDialogRef>();
    expectTypeOf<Parameters<CallbackDialog['open']>>().toEqualTypeOf<
      [options?: CallbackDialogOpenOptions]
    >();
    expectTypeOf<CallbackDialogRef['closed']>().toEqualTypeOf<Observable<CallbackDialogOutcome>>();
    // @ts-expect-error the unreleased alias outcome$ is gone: use closed
    expectTypeOf<CallbackDialogRef['outcome$']>();
  });

  it('CallbackDialogOutcome narrows on status: only "booked" carries the result', () => {
    const outcome = {} as CallbackDialogOutcome;
    if (outcome.status === 'booked') expectTypeOf(outcome.result).toEqualTypeOf<ScheduleResult>();
    if (outcome.status === 'cancelled') expectTypeOf(outcome.id).toEqualTypeOf<string>();
    expectTypeOf<CallbackDialogOutcome['status']>().toEqualTypeOf<
      'booked' | 'cancelled' | 'closed'
    >();
    // @ts-expect-error a closed dialog has no result
    expectTypeOf<Extract<CallbackDialogOutcome, { status: 'closed' }>['result']>();
  });

  it('the widget outputs carry a ScheduleResult and a callback id', () => {
    expectTypeOf<CallbackWidget['booked']>().toMatchTypeOf<OutputRef<ScheduleResult>>();
    expectTypeOf<CallbackWidget['cancelled']>().toMatchTypeOf<OutputRef<string>>();
  });

  it('options are all optional to give, all set once resolved, and provided as environment providers', () => {
    expectTypeOf<Record<string, never>>().toMatchTypeOf<CallbackWidgetOptions>();
    expectTypeOf<
      ReturnType<typeof resolveCallbackWidgetOptions>
    >().toEqualTypeOf<ResolvedCallbackWidgetOptions>();
    expectTypeOf<ResolvedCallbackWidgetOptions['numberOfDays']>().toEqualTypeOf<number>();
    expectTypeOf<ReturnType<typeof provideCallbackWidget>>().toEqualTypeOf<EnvironmentProviders>();
    expectTypeOf(CALLBACK_WIDGET_STRINGS).toEqualTypeOf<InjectionToken<CallbackWidgetStrings>>();
    // @ts-expect-error the unreleased alias hideUnavailableSlots is gone
    expectTypeOf<{ hideUnavailableSlots: true }>().toMatchTypeOf<CallbackWidgetOptions>();
    // @ts-expect-error numberOfDays is a number, not a numeric string
    expectTypeOf<{ numberOfDays: '5' }>().toMatchTypeOf<CallbackWidgetOptions>();
  });
});

describe('public types of ngx-genesys-callback/widget/testing', () => {
  it('with() keeps the type of a subclass', () => {
    class BrandedWidgetHarness extends CallbackWidgetHarness {}
    expectTypeOf(BrandedWidgetHarness.with({ state: 'booked' })).toEqualTypeOf<
      HarnessPredicate<BrandedWidgetHarness>
    >();
    expectTypeOf(CallbackFormFieldHarness.with({ name: 'subject' })).toEqualTypeOf<
      HarnessPredicate<CallbackFormFieldHarness>
    >();
  });

  it('the widget harness hands out its parts and typed reads', () => {
    type Widget = CallbackWidgetHarness;
    expectTypeOf<ReturnType<Widget['getConfirmation']>>().toEqualTypeOf<
      Promise<CallbackConfirmationHarness>
    >();
    expectTypeOf<ReturnType<Widget['getState']>>().toEqualTypeOf<Promise<CallbackWidgetState>>();
    expectTypeOf<CallbackWidgetValues>().toEqualTypeOf<
      Readonly<Record<'firstname' | 'lastname' | 'phonenumber' | 'subject', string>>
    >();
    expectTypeOf<
      Awaited<ReturnType<CallbackConfirmationHarness['getBooking']>>
    >().toEqualTypeOf<CallbackBookingDetails>();
    // @ts-expect-error the form has no email field
    expectTypeOf<Parameters<Widget['getField']>>().toMatchTypeOf<['email']>();
    // @ts-expect-error no such state
    expectTypeOf(CallbackWidgetHarness.with({ state: 'sent' }));
  });
});
