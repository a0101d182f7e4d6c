/*
 * Public API surface of ngx-genesys-callback/widget/testing: CDK component harnesses for the
 * callback widget, in the Angular Material style (needs @angular/cdk).
 */

export {
  CallbackWidgetHarness,
  type CallbackWidgetField,
  type CallbackWidgetHarnessFilters,
  type CallbackWidgetState,
  type CallbackWidgetValues,
} from './callback-widget-harness';
export {
  CallbackFormFieldHarness,
  type CallbackFormFieldHarnessFilters,
  type CallbackFormFieldName,
} from './callback-form-field-harness';
export { CallbackPhoneFieldHarness } from './callback-phone-field-harness';
export {
  CallbackSlotPickerHarness,
  type CallbackSlotPickerHarnessFilters,
} from './callback-slot-picker-harness';
export {
  CallbackSlotOptionHarness,
  type CallbackSlotOptionHarnessFilters,
} from './callback-slot-option-harness';
export {
  CallbackConfirmationHarness,
  type CallbackBookingDetails,
  type CallbackConfirmationHarnessFilters,
} from './callback-confirmation-harness';
