/**
 * The Vite configuration shared by the Custom UI apps in static/<app>. Used by
 * scripts/build-static.mjs; `configFile: false` keeps Vite from looking for per-app files.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';

const STATIC_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = path.resolve(STATIC_DIR, '..');

/** The Custom UI apps, each a folder in static/ with index.html and src/main.tsx. */
export const APPS = Object.freeze(['issue-panel', 'project-settings', 'gadget']);

/** Where an app's built resource goes; manifest.yml points its resource at this folder. */
export function appBuildDir(app) {
  return path.join(STATIC_DIR, app, 'build');
}

/**
 * Atlaskit resolves its feature flags through the Statsig-based feature-gate client (about
 * 35 KB gzip). Nothing initialises that client in a Forge iframe, so every gate already
 * answers its default; this stub gives the same answers without shipping the client.
 */
const FEATURE_GATES_STUB = path.join(STATIC_DIR, 'common/src/feature-gates-stub.ts');

/** The Vite inline config that builds one app into static/<app>/build. */
export function createAppConfig(app) {
  return {
    configFile: false,
    root: path.join(STATIC_DIR, app),
    // Forge serves a resource from a sub-path, so asset URLs must be relative.
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    resolve: {
      alias: [
        { find: /^@shared\//, replacement: `${path.join(ROOT_DIR, 'src/shared')}/` },
        {
          find: /^@atlaskit\/feature-gate-js-client(\/feature-gates)?$/,
          replacement: FEATURE_GATES_STUB,
        },
      ],
    },
    build: {
      outDir: appBuildDir(app),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      // Forge's iframe runs current Chromium, Firefox and Safari, which all support modulepreload.
      modulePreload: { polyfill: false },
      // The build script measures sizes itself (raw and gzip) and enforces the budget.
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1024,
    },
  };
}
