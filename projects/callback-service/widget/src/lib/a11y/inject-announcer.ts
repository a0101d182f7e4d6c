import { LiveAnnouncer } from '@angular/cdk/a11y';
import { _CdkPrivateStyleLoader, _VisuallyHiddenLoader } from '@angular/cdk/private';
import { inject } from '@angular/core';

/**
 * The CDK `LiveAnnouncer`, with the `.cdk-visually-hidden` styles its live element needs
 * (internal; call it in an injection context). The CDK does not load those styles with the
 * announcer, so without them the announcements show as text at the bottom of the page; this
 * loads them once per application, as the CDK's own `AriaDescriber` does.
 */
export function injectAnnouncer(): LiveAnnouncer {
  inject(_CdkPrivateStyleLoader).load(_VisuallyHiddenLoader);
  return inject(LiveAnnouncer);
}
