import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * Builds the web app in src/web into dist/web, which `roundtwo serve` serves. Everything the app
 * needs ships in the build (no CDN, no web fonts), so it works offline.
 */
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    // Relative to root: /work/main/dist/web.
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: true,
  },
});
