import type { HttpParameterCodec } from '@angular/common/http';

/**
 * Percent-encodes keys and values completely. Angular's default codec leaves `:`, `@`, `$`,
 * `,`, `;`, `=`, `?` and `/` as they are; the Widgets client (jQuery.param / URI.js) encoded
 * them, and strict servers and proxies expect that.
 */
export class StrictUrlCodec implements HttpParameterCodec {
  encodeKey(key: string): string {
    return encodeURIComponent(key);
  }
  encodeValue(value: string): string {
    return encodeURIComponent(value);
  }
  decodeKey(key: string): string {
    return decodeURIComponent(key);
  }
  decodeValue(value: string): string {
    return decodeURIComponent(value);
  }
}

/** The shared codec instance (stateless). */
export const STRICT_URL_CODEC = new StrictUrlCodec();
