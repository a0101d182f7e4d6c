import { ChangeDetectionStrategy, Component, ViewEncapsulation } from '@angular/core';

/** The class of the dialog's backdrop (internal). */
export const CALLBACK_DIALOG_BACKDROP = 'cb-callback-dialog-backdrop';

/**
 * The backdrop's styles (internal). The CDK puts the backdrop in its overlay container, outside
 * any component, so these are global (no encapsulation); the dialog content renders this empty
 * element, which adds them to the page once, with the first dialog. Darker in the dark theme, where the default
 * scrim hardly sets the dialog apart from a dark page. `--cb-color-backdrop` (on `body` or
 * an ancestor of the overlay container) sets it in both.
 */
@Component({
  selector: 'cb-callback-dialog-backdrop-styles',
  template: '',
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .cb-callback-dialog-backdrop {
      background: var(--cb-color-backdrop, rgb(0 0 0 / 32%));
    }
    @media (prefers-color-scheme: dark) {
      .cb-callback-dialog-backdrop {
        background: var(--cb-color-backdrop, rgb(0 0 0 / 65%));
      }
    }
    .cb-theme-light .cb-callback-dialog-backdrop,
    .cb-callback-dialog-backdrop.cb-theme-light {
      background: var(--cb-color-backdrop, rgb(0 0 0 / 32%));
    }
    .cb-theme-dark .cb-callback-dialog-backdrop,
    .cb-callback-dialog-backdrop.cb-theme-dark {
      background: var(--cb-color-backdrop, rgb(0 0 0 / 65%));
    }
  `,
})
export class CallbackDialogBackdropStyles {}
