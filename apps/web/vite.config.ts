import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const api = process.env.VOXLY_API_URL ?? 'http://127.0.0.1:3001';

/** In development the API is proxied, so the session cookie stays same-origin on :3000. */
const proxied = ['/trpc', '/auth', '/sandbox', '/webhook', '/health', '/ready'];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 3000,
    strictPort: true,
    proxy: {
      ...Object.fromEntries(proxied.map((path) => [path, { target: api, changeOrigin: false }])),
      '/llm-websocket': { target: api, ws: true },
    },
  },
  preview: { port: 3000, strictPort: true },
  build: { outDir: 'dist', sourcemap: true },
});
