import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or styles: the CSP forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    // The passphrase-strength dictionaries (zxcvbn-ts, ~1.2 MB) are one chunk loaded on first use
    // in the create wizard or Settings, never at start-up; every other chunk stays far below this.
    chunkSizeWarningLimit: 1300,
  },
});
