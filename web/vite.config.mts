import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The explorer is built into web/dist and served by the API server at `/` (src/server/explorer.ts).
// JSX uses the automatic runtime of Vite's own transformer; no plugin needed.
const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/',
  publicDir: false,
  build: {
    outDir: process.env.EXPLORER_OUT_DIR ?? resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1000,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
