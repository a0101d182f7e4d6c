import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, type EmulatorConfig } from './service-definition.js';
import { validateConfig } from './validate-config.js';

/** Path of the config that ships with the emulator (`config/default-services.json`). */
export const DEFAULT_CONFIG_PATH = fileURLToPath(
  new URL('../../config/default-services.json', import.meta.url),
);

/**
 * Reads, parses and validates a config file. Unreadable files and bad JSON become a
 * `ConfigError` naming the file, like validation problems do.
 *
 * ```ts
 * const config = loadConfigFile('projects/callback-emulator/config/default-services.json');
 * ```
 */
export function loadConfigFile(path: string = DEFAULT_CONFIG_PATH): EmulatorConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, [`cannot be read: ${(error as Error).message}`]);
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(path, [`is not valid JSON: ${(error as Error).message}`]);
  }
  return validateConfig(document, path);
}

/**
 * Resolves the `config` option of `startEmulator`: a validated config as is, a file path
 * loaded from disk, a plain document validated in place, or the shipped default.
 */
export function resolveConfigOption(
  option: EmulatorConfig | string | object | undefined,
): EmulatorConfig {
  if (option === undefined) return loadConfigFile();
  if (typeof option === 'string') return loadConfigFile(option);
  if ('services' in option && option.services instanceof Map) return option as EmulatorConfig;
  return validateConfig(option, 'object');
}
