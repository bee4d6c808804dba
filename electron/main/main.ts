/** Entry point of the main process (bundled to dist/main/main.cjs). See lifecycle.ts. */
import { startApp } from './lifecycle';

startApp();
