import { chooseApiVersion, parseApiVersion } from './api-version-choice';
import { demoEnvironment, pickCallbackConfig, type DemoConfigFile } from './demo-config';

const FILE: DemoConfigFile = {
  v1: { dataURL: 'http://127.0.0.1:8787/genesys/1/service/callback/customer-care' },
  v3: {
    dataURL: 'http://127.0.0.1:8787/engagement/v3/callbacks',
    serviceName: 'customer-care',
    apikey: 'demo-api-key',
    ajaxTimeout: 5000,
  },
};

describe('demo config', () => {
  it('takes the API version from ?api=, then the remembered choice, then v1', () => {
    expect(chooseApiVersion('?api=v3', 'v1')).toBe('v3');
    expect(chooseApiVersion('?api=V3', null)).toBe('v3');
    expect(chooseApiVersion('?api=v2', 'v3')).toBe('v3');
    expect(chooseApiVersion('', 'v3')).toBe('v3');
    expect(chooseApiVersion('', 'nonsense')).toBe('v1');
    expect(parseApiVersion(' v1 ')).toBe('v1');
    expect(parseApiVersion(undefined)).toBeNull();
  });

  it('picks the section of the chosen version, marked with its version', () => {
    expect(pickCallbackConfig(FILE, 'v3')).toEqual({ ...FILE.v3, apiVersion: 'v3' });
    expect(pickCallbackConfig(FILE, 'v1')).toEqual({ ...FILE.v1, apiVersion: 'v1' });
  });

  it('refuses a file without the chosen section, naming it', () => {
    expect(() => pickCallbackConfig({ v1: FILE.v1 }, 'v3')).toThrowError(
      'callback-config.json has no "v3" section.',
    );
    expect(() => pickCallbackConfig(null, 'v1')).toThrowError(/no "v1" section/);
  });

  it('finds the emulator from the file, or from the v1 dataURL', () => {
    expect(demoEnvironment(FILE, 'v3')).toEqual({
      emulatorUrl: 'http://127.0.0.1:8787',
      v1DataUrl: FILE.v1.dataURL,
      ajaxTimeout: 5000,
    });
    expect(demoEnvironment({ ...FILE, emulator: 'http://localhost:9000/' }, 'v1')).toEqual({
      emulatorUrl: 'http://localhost:9000',
      v1DataUrl: FILE.v1.dataURL,
      ajaxTimeout: 3000,
    });
  });
});
