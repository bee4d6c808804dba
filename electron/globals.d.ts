/** Set by the bundler (scripts/build.mjs) and by vitest.config.ts from package.json. */
declare const __APP_VERSION__: string;
