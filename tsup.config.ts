import { defineConfig } from 'tsup';

export const MODULES = ['core', 'customer', 'segmentation', 'value', 'funnel', 'complaints', 'quality', 'sample'] as const;

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(MODULES.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
    // The report command: never imported by the library entry points.
    'cli/main': 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  clean: true,
  target: 'es2022',
  outDir: 'dist',
});
