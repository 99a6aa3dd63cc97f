import { defineConfig } from 'vitest/config';

// Vite 6 and Vitest 3 run on Node.js 18 (Debian 12's) as well as 20+.
// Built into web/dist/, served by `octroi serve --web web/dist` (no Node at run time).
// `npm run dev` proxies /api to a local `octroi serve --port 8080`.
export default defineConfig({
  base: '/',
  esbuild: {
    jsx: 'automatic',
    jsxImportSource: 'preact',
  },
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8080' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});
