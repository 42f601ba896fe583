import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The staff web app, built to static files that the api serves at `/` (same origin, no CORS).
// @vitejs/plugin-react does not install beside this toolchain (peer conflict), so JSX goes
// through Vite's own Oxc transform with React's automatic runtime; no Fast Refresh is needed.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, target: 'es2022' },
  // `npm run web:dev`: the app on :5173 against an api on :3000.
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  logLevel: 'warn',
});
