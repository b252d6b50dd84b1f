import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The production build lands in dist/web, which the API serves: files under /static/, every
// page path gets index.html. In development (`npx vite --config apps/web/vite.config.ts`) the dev
// server answers the pages with hot reload and passes /api to the running API.
export default defineConfig(({ command }) => ({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: command === 'build' ? '/static/' : '/',
  plugins: [react()],
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: { '/api': { target: process.env.TESSERA_API_URL ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
}));
