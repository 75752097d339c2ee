import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Builds the dashboard into web/dist, which the Tally server serves at `/`.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: true,
  },
  logLevel: 'warn',
});
