/*
 * Public API surface of ngx-genesys-callback/widget.
 */

// Options
export {
  CALLBACK_WIDGET_DEFAULTS,
  CALLBACK_WIDGET_OPTIONS,
  provideCallbackWidget,
  resolveCallbackWidgetOptions,
  type CallbackWidgetOptions,
  type ResolvedCallbackWidgetOptions,
} from './lib/options/callback-widget-options';

// Texts
export {
  CALLBACK_WIDGET_STRINGS,
  CALLBACK_WIDGET_STRINGS_EN,
  type CallbackWidgetStrings,
} from './lib/strings/callback-widget-strings';
export { CALLBACK_WIDGET_STRINGS_FR } from './lib/strings/callback-widget-strings-fr';

// Inline widget and its draft
export { CallbackWidget } from './lib/widget/callback-widget';
export {
  CallbackWidgetDraft,
  type CallbackFormPrefill,
  type CallbackTimeMode,
} from './lib/state/callback-widget-draft';

// Dialog
export {
  CallbackDialog,
  type CallbackDialogForm,
  type CallbackDialogOpenOptions,
} from './lib/dialog/callback-dialog';
export { CallbackDialogRef, type CallbackDialogOutcome } from './lib/dialog/callback-dialog-ref';
