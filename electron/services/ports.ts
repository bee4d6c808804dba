/**
 * What the application core needs from its host (Electron, the CLI or the e2e test host).
 * Services never import 'electron': everything host-specific arrives through these ports.
 */
export interface AppIdentity {
  name: string;
  version: string;
  platform: string;
}

export interface Ports {
  app: AppIdentity;
  /**
   * Path of the better-sqlite3-multiple-ciphers binary built for this runtime. Electron needs
   * its own build (a different ABI from Node's); undefined means "the module's default".
   */
  sqliteNativeBinding?: string;
}
