// Shared set-up for the security specs (kept out of the package: tsconfig.lib.json excludes fixtures).
import { HttpTestingController } from '@angular/common/http/testing';
import type { CallbackConfig } from '../public-api';

export const API_KEY = 'sk-live-7f3a9c21';
export const V1_URL = 'https://gms.example.com/genesys/1/service/callback/care';
export const V3_URL = 'https://api.example.com/engagement/v3/callbacks';
export const V1_CONFIG: CallbackConfig = { dataURL: V1_URL, apikey: API_KEY };
export const V3_CONFIG: CallbackConfig = {
  dataURL: V3_URL,
  apiVersion: 'v3',
  serviceName: 'care',
  apikey: API_KEY,
};

export function prototypeIsClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe['polluted'] === undefined && probe['isAdmin'] === undefined;
}

/** After each security spec: nothing left on the HTTP mock (if one was made), Object.prototype clean. */
export function verifyAfterSpec(http: HttpTestingController | undefined): void {
  if (http) http.verify();
  expect(prototypeIsClean()).withContext('Object.prototype after the spec').toBeTrue();
}
