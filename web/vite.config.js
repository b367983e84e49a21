import { defineConfig } from 'vite';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';

const BACKEND = process.env.SIGAP_BACKEND ?? 'http://localhost:8081';

// The same policy as the server's, so `vite preview` proves the app runs under it.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/** Emits sw.js with the built app shell listed and a cache name that changes with the build. */
function serviceWorker() {
  return {
    name: 'sigap-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const icons = readdirSync(new URL('./public/icons/', import.meta.url)).map((f) => `/icons/${f}`);
      const built = Object.keys(bundle).map((f) => `/${f}`);
      const shell = [
        '/',
        '/index.html',
        '/manifest.webmanifest',
        ...icons,
        ...built.filter((f) => f !== '/index.html'),
      ].sort();
      const hash = createHash('sha256');
      for (const file of Object.values(bundle)) hash.update(file.type === 'chunk' ? file.code : file.source);
      hash.update(shell.join('\n'));
      const version = hash.digest('hex').slice(0, 12);
      const source = readFileSync(new URL('./src/sw.js', import.meta.url), 'utf8')
        .replace('__SIGAP_VERSION__', version)
        .replace('__SIGAP_SHELL__', JSON.stringify(shell));
      this.emitFile({ type: 'asset', fileName: 'sw.js', source });
    },
  };
}

export default defineConfig({
  plugins: [serviceWorker()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
  },
  server: {
    proxy: {
      '/api': { target: BACKEND, ws: true, changeOrigin: true },
      '/q': { target: BACKEND, changeOrigin: true },
    },
  },
  preview: {
    headers: { 'Content-Security-Policy': CSP },
    proxy: {
      '/api': { target: BACKEND, ws: true, changeOrigin: true },
      '/q': { target: BACKEND, changeOrigin: true },
    },
  },
});
