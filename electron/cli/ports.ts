import { productName } from '../../shared/product';
import type { Ports } from '../services';

/** The CLI runs the core under plain Node, with the SQLite build npm installed. */
export function cliPorts(): Ports {
  return { app: { name: productName, version: __APP_VERSION__, platform: process.platform } };
}
