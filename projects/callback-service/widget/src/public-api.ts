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
export { pluralize, type PluralForms } from './lib/strings/plural';

// Translations: each is its own module, so an app bundles only those it imports.
export { CALLBACK_WIDGET_STRINGS_AR } from './lib/strings/locales/ar';
export { CALLBACK_WIDGET_STRINGS_DA } from './lib/strings/locales/da';
export { CALLBACK_WIDGET_STRINGS_DE } from './lib/strings/locales/de';
export { CALLBACK_WIDGET_STRINGS_ES } from './lib/strings/locales/es';
export { CALLBACK_WIDGET_STRINGS_FI } from './lib/strings/locales/fi';
export { CALLBACK_WIDGET_STRINGS_FR } from './lib/strings/locales/fr';
export { CALLBACK_WIDGET_STRINGS_HE } from './lib/strings/locales/he';
export { CALLBACK_WIDGET_STRINGS_IT } from './lib/strings/locales/it';
export { CALLBACK_WIDGET_STRINGS_JA } from './lib/strings/locales/ja';
export { CALLBACK_WIDGET_STRINGS_KO } from './lib/strings/locales/ko';
export { CALLBACK_WIDGET_STRINGS_NL } from './lib/strings/locales/nl';
export { CALLBACK_WIDGET_STRINGS_NO } from './lib/strings/locales/no';
export { CALLBACK_WIDGET_STRINGS_PL } from './lib/strings/locales/pl';
export { CALLBACK_WIDGET_STRINGS_PT_BR } from './lib/strings/locales/pt-br';
export { CALLBACK_WIDGET_STRINGS_SV } from './lib/strings/locales/sv';
export { CALLBACK_WIDGET_STRINGS_TH } from './lib/strings/locales/th';
export { CALLBACK_WIDGET_STRINGS_TR } from './lib/strings/locales/tr';
export { CALLBACK_WIDGET_STRINGS_ZH_CN } from './lib/strings/locales/zh-cn';
export { CALLBACK_WIDGET_STRINGS_ZH_TW } from './lib/strings/locales/zh-tw';

// Locale: the translations an environment offers, and how LOCALE_ID picks one
export {
  CALLBACK_WIDGET_LOCALES,
  provideCallbackWidgetLocales,
} from './lib/locale/provide-callback-widget-locales';
export { matchCallbackWidgetLocale } from './lib/locale/match-locale';

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
