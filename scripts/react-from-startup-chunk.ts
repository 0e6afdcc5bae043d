import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

/** The module the app's own imports of React resolve to in a production build. */
export const REACT_EXPORTS_ID = '\0react-exports';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * React is published as CommonJS. Every chunk that imports it wraps it in the
 * bundler's interop helpers, and helpers that several chunks use become a file
 * of their own, one more request on every page. In a build, the app's modules
 * import React from one ES module that re-exports React's names instead; it
 * travels in the start-up chunk, so the wrapping happens there, once, and the
 * helpers with it. Packages keep importing React itself.
 */
export function reactFromStartupChunk(): Plugin {
  return {
    name: 'react-from-startup-chunk',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'react' || !importer || importer === REACT_EXPORTS_ID) return;
      if (importer.includes('node_modules')) return;
      return REACT_EXPORTS_ID;
    },
    load(id) {
      if (id !== REACT_EXPORTS_ID) return;
      // Every name React exports, read from the installed version, so a hook
      // the app starts using needs no change here.
      const react = createRequire(import.meta.url)('react') as Record<string, unknown>;
      const names = Object.keys(react).filter((name) => IDENTIFIER.test(name) && name !== 'default');
      return `export { ${names.join(', ')} } from 'react';`;
    },
  };
}
