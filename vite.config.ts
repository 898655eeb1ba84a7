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
    // In kB. The language model's file is ~3.8 MB and cannot be split; it loads only when the
    // coach is first used. Every other file stays far below this.
    chunkSizeWarningLimit: 4_000,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate files keep each under the size
        // warning and let the browser keep them cached across app updates.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/,
            },
            { name: 'schemas', test: /node_modules[\\/](zod|luxon)[\\/]/ },
            // The coach's language model (~3.8 MB) is loaded only when the coach is first used
            // (src/web/coach/load-coach.ts), in its own file apart from the coach's rules.
            { name: 'language-model', test: /node_modules[\\/]wink-/ },
          ],
        },
      },
    },
  },
});
