import type { ResolvedCallbackConfig } from '../config/callback-config';
import type { CallbackProtocol } from './callback-protocol';
import { V1Protocol } from './v1-protocol';
import { V3Protocol } from './v3-protocol';

/** Picks the protocol of the configured API version: the one place that branches on it. */
export function createProtocol(config: ResolvedCallbackConfig): CallbackProtocol {
  return config.apiVersion === 'v3' ? new V3Protocol(config) : new V1Protocol(config);
}
