/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: true },
  preview: { port: 5173, strictPort: true },
  build: {
    manifest: true,
    // why: bootstrap-italia's CSS is large but is not JavaScript; the JS budget is checked by scripts/check-bundle-size.mjs
    chunkSizeWarningLimit: 700,
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // why: the 5 s default fails slow-but-right tests when the machine is loaded (see src/testing/setup.ts)
    testTimeout: 20000,
    // why: design-react-kit's exports map only has the non-standard `module`/`main` conditions, which Vitest does not match
    server: { deps: { inline: ['design-react-kit'] } },
    alias: { 'design-react-kit': fileURLToPath(new URL('./node_modules/design-react-kit/dist/index.js', import.meta.url)) },
  },
});
