import { CallbackError, resolveCallbackConfig, type CallbackConfig } from '../../public-api';

const DATA_URL = 'https://gms.example.com/genesys/1/service/callback/care';
const API_KEY = 'sk-live-7f3a9c21';

/** Runs `fn` and returns what it threw (fails the spec when nothing was thrown). */
function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  fail('expected a CallbackError to be thrown, but nothing was thrown');
  return undefined;
}

/** Resolves a config that TypeScript would refuse: the library must check at run time. */
function resolveUntyped(raw: Record<string, unknown>) {
  return resolveCallbackConfig(raw as unknown as CallbackConfig);
}

/** Expects an INVALID_CONFIG error on `field` whose message contains every fragment. */
function expectConfigError(error: unknown, field: string, ...fragments: string[]): void {
  expect(error).toBeInstanceOf(CallbackError);
  if (!(error instanceof CallbackError)) return;
  expect(error).toEqual(jasmine.objectContaining({ code: 'INVALID_CONFIG', field }));
  const message = error.message;
  for (const fragment of [field, ...fragments]) expect(message).toContain(fragment);
}

describe('resolveCallbackConfig', () => {
  describe('defaults and normalisation', () => {
    it('fills in the Widgets defaults when only dataURL is given', () => {
      const resolved = resolveCallbackConfig({ dataURL: DATA_URL });

      expect(resolved).toEqual({
        dataURL: DATA_URL,
        apiVersion: 'v1',
        ajaxTimeout: 3000,
        userData: {},
        countryCodes: true,
        immediateCallback: true,
        scheduledCallback: true,
      });
    });

    it('reads apiVersion case-insensitively', () => {
      expect(
        resolveCallbackConfig({
          dataURL: 'https://api.example.com/engagement/v3/callbacks',
          apiVersion: 'V3',
        }).apiVersion,
      ).toBe('v3');
      expect(resolveCallbackConfig({ dataURL: DATA_URL, apiVersion: 'V1' }).apiVersion).toBe('v1');
    });

    it('removes the trailing slash of dataURL', () => {
      expect(resolveCallbackConfig({ dataURL: `${DATA_URL}/` }).dataURL).toBe(DATA_URL);
    });

    it('keeps the given options instead of the defaults', () => {
      const resolved = resolveCallbackConfig({
        dataURL: DATA_URL,
        ajaxTimeout: 120000,
        countryCodes: false,
        immediateCallback: false,
        scheduledCallback: false,
        callDirection: 'USERTERMINATED',
        timezone: 'Europe/Paris',
        userData: { portal: 'self-service', vip: true, tier: 2 },
      });

      expect(resolved).toEqual({
        dataURL: DATA_URL,
        apiVersion: 'v1',
        ajaxTimeout: 120000,
        countryCodes: false,
        immediateCallback: false,
        scheduledCallback: false,
        callDirection: 'USERTERMINATED',
        timezone: 'Europe/Paris',
        userData: { portal: 'self-service', vip: true, tier: 2 },
      });
    });

    it('accepts a Widgets callback config object with keys it does not know', () => {
      const widgetsCallbackConfig = {
        dataURL: DATA_URL,
        apikey: API_KEY,
        userData: { portal: 'legacy' },
        form: { wrapper: '<table></table>', inputs: [] },
        ewt: { display: true, threshold: 300 },
        callDirection: 'USERTERMINATED',
      };

      const resolved = resolveCallbackConfig(widgetsCallbackConfig);

      expect(resolved).toEqual({
        dataURL: DATA_URL,
        apiVersion: 'v1',
        apikey: API_KEY,
        ajaxTimeout: 3000,
        userData: { portal: 'legacy' },
        callDirection: 'USERTERMINATED',
        countryCodes: true,
        immediateCallback: true,
        scheduledCallback: true,
      });
    });

    it('resolves userData into a frozen object with a null prototype', () => {
      const resolved = resolveCallbackConfig({ dataURL: DATA_URL, userData: { portal: 'web' } });

      expect(Object.getPrototypeOf(resolved.userData)).toBeNull();
      expect(Object.isFrozen(resolved.userData)).toBeTrue();
      expect({ ...resolved.userData }).toEqual({ portal: 'web' });
    });

    it('resolves a default userData that is also frozen with a null prototype', () => {
      const resolved = resolveCallbackConfig({ dataURL: DATA_URL });

      expect(Object.getPrototypeOf(resolved.userData)).toBeNull();
      expect(Object.isFrozen(resolved.userData)).toBeTrue();
      expect(Object.keys(resolved.userData)).toEqual([]);
    });

    it('does not keep a reference to the caller’s userData object', () => {
      const userData: Record<string, string> = { portal: 'web' };
      const resolved = resolveCallbackConfig({ dataURL: DATA_URL, userData });

      userData['portal'] = 'changed';
      userData['added'] = 'later';

      expect({ ...resolved.userData }).toEqual({ portal: 'web' });
    });
  });

  describe('dataURL', () => {
    it('is required', () => {
      expectConfigError(
        thrownBy(() => resolveUntyped({})),
        'dataURL',
        'undefined',
      );
    });

    it('must be absolute', () => {
      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: '/genesys/1/service/callback/care' })),
        'dataURL',
        '/genesys/1/service/callback/care',
      );
    });

    it('must be http: or https: (ftp: refused)', () => {
      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: 'ftp://gms.example.com/callback' })),
        'dataURL',
        'ftp://gms.example.com/callback',
      );
    });

    it('must be http: or https: (javascript: refused)', () => {
      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: 'javascript:alert(1)' })),
        'dataURL',
        'javascript:alert(1)',
      );
    });

    it('must not carry a query, and the message masks it (gateways take keys as ?apikey=)', () => {
      const error = thrownBy(() =>
        resolveCallbackConfig({ dataURL: `${DATA_URL}?apikey=k-123456` }),
      );
      expectConfigError(error, 'dataURL', `${DATA_URL}?…`);
      expect((error as Error).message).not.toContain('k-123456');
    });

    it('must not carry a fragment', () => {
      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: `${DATA_URL}#care` })),
        'dataURL',
        `${DATA_URL}#…`,
      );
    });

    it('must not carry credentials', () => {
      const withCredentials = 'https://user:secret@gms.example.com/genesys/1/service/callback/care';

      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: withCredentials })),
        'dataURL',
      );
    });

    it('must not end in an empty query or fragment marker (paths would be appended after it)', () => {
      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: `${DATA_URL}?` })),
        'dataURL',
      );
      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: `${DATA_URL}#` })),
        'dataURL',
      );
    });
  });

  describe('apiVersion', () => {
    it('refuses an unknown version and names it', () => {
      expectConfigError(
        thrownBy(() => resolveUntyped({ dataURL: DATA_URL, apiVersion: 'v2' })),
        'apiVersion',
        'v2',
      );
    });
  });

  describe('ajaxTimeout', () => {
    const badTimeouts: { value: unknown; shown: string }[] = [
      { value: 0, shown: '0' },
      { value: -5, shown: '-5' },
      { value: 1.5, shown: '1.5' },
      { value: '3000', shown: '"3000"' },
      { value: 120001, shown: '120001' },
    ];
    for (const { value, shown } of badTimeouts) {
      it(`refuses ${JSON.stringify(value)} and names the value`, () => {
        expectConfigError(
          thrownBy(() => resolveUntyped({ dataURL: DATA_URL, ajaxTimeout: value })),
          'ajaxTimeout',
          shown,
        );
      });
    }

    it('accepts the upper bound 120000 and the lower bound 1', () => {
      expect(resolveCallbackConfig({ dataURL: DATA_URL, ajaxTimeout: 120000 }).ajaxTimeout).toBe(
        120000,
      );
      expect(resolveCallbackConfig({ dataURL: DATA_URL, ajaxTimeout: 1 }).ajaxTimeout).toBe(1);
    });
  });

  describe('apikey', () => {
    it('is refused with a plain http: dataURL on a host that is not loopback, without echoing the key', () => {
      const error = thrownBy(() =>
        resolveCallbackConfig({
          dataURL: 'http://gms.example.com/genesys/1/service/callback/care',
          apikey: API_KEY,
        }),
      );

      expectConfigError(error, 'apikey', 'http://gms.example.com');
      expect((error as Error).message).not.toContain(API_KEY);
      expect(JSON.stringify(error)).not.toContain(API_KEY);
      expect(String((error as Error).stack)).not.toContain(API_KEY);
    });

    for (const loopback of [
      'http://localhost:8080/genesys/1/service/callback/care',
      'http://127.0.0.1:8080/genesys/1/service/callback/care',
      'http://[::1]:8080/genesys/1/service/callback/care',
    ]) {
      it(`is accepted with plain http: on loopback (${loopback})`, () => {
        const resolved = resolveCallbackConfig({ dataURL: loopback, apikey: API_KEY });

        expect(resolved.apikey).toBe(API_KEY);
        expect(resolved.dataURL).toBe(loopback);
      });
    }

    it('is accepted with https:', () => {
      expect(resolveCallbackConfig({ dataURL: DATA_URL, apikey: API_KEY }).apikey).toBe(API_KEY);
    });

    it('is absent from the resolved config when not given', () => {
      expect('apikey' in resolveCallbackConfig({ dataURL: DATA_URL })).toBeFalse();
    });
  });

  describe('timezone', () => {
    it('refuses a name that is not an IANA time zone', () => {
      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: DATA_URL, timezone: 'Mars/Olympus' })),
        'timezone',
        'Mars/Olympus',
      );
    });
  });

  describe('userData', () => {
    it('refuses a key that is not an identifier', () => {
      expectConfigError(
        thrownBy(() => resolveCallbackConfig({ dataURL: DATA_URL, userData: { 'a-b': 'x' } })),
        'userData',
        'a-b',
      );
    });

    it('refuses an object value', () => {
      expectConfigError(
        thrownBy(() => resolveUntyped({ dataURL: DATA_URL, userData: { nested: { deep: 1 } } })),
        'userData',
        'nested',
      );
    });

    it('refuses a __proto__ key made by JSON.parse and leaves Object.prototype clean', () => {
      const userData: unknown = JSON.parse('{"__proto__": {"polluted": true}}');

      expectConfigError(
        thrownBy(() => resolveUntyped({ dataURL: DATA_URL, userData })),
        'userData',
        '__proto__',
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('refuses a constructor key and leaves Object.prototype clean', () => {
      const userData: unknown = JSON.parse('{"constructor": {"prototype": {"polluted": true}}}');

      expectConfigError(
        thrownBy(() => resolveUntyped({ dataURL: DATA_URL, userData })),
        'userData',
        'constructor',
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });
  });
});
