import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The vocabulary the server speaks (src/contract), compiled into the front end as `@contract/…`. */
export const contractAlias = { '@contract': fileURLToPath(new URL('./src/contract', import.meta.url)) };

/** Build and dev server for the React front end in web/ (served by the API server from dist/web). */
export default defineConfig({
  root: 'web',
  base: '/',
  plugins: [react()],
  resolve: { alias: contractAlias },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // Keep the CSP strict: no inlined data: modules or assets.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
    },
  },
});
