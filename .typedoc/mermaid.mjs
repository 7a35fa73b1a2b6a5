// TypeDoc plugin: render ```mermaid blocks (guide pages, comments) as diagrams in the HTML docs.
//
// TypeDoc leaves a ```mermaid block unhighlighted (`ignoredHighlightLanguages`) and emits it as
// `<pre><code class="mermaid">…</code><button>Copy</button></pre>`. This plugin
// - copies Mermaid's self-contained browser bundle and `mermaid-init.js` into `<out>/assets/`
//   when rendering ends (no CDN: the docs work offline), and
// - adds `mermaid-init.js` to the end of every page's body. That script loads the 3.5 MB
//   bundle only on pages that have a diagram, replaces each block with the rendered SVG and
//   follows TypeDoc's light/dark theme setting.
// Registered with the `plugin` option in tsconfig.json's `typedocOptions`.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { URL, fileURLToPath } from 'node:url';
import { JSX, RendererEvent } from 'typedoc';

const require = createRequire(import.meta.url);
const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js');
const initScript = fileURLToPath(new URL('./mermaid-init.js', import.meta.url));

/**
 * TypeDoc's plugin entry point.
 *
 * @param {import('typedoc').Application} app - the TypeDoc application.
 * @returns {void}
 */
export function load(app) {
  app.renderer.hooks.on('body.end', (context) =>
    JSX.createElement('script', {
      src: context.relativeURL('assets/mermaid-init.js', true),
      'data-mermaid-src': context.relativeURL('assets/mermaid.min.js', true),
    }),
  );

  app.renderer.on(RendererEvent.END, (event) => {
    const assets = join(event.outputDirectory, 'assets');
    mkdirSync(assets, { recursive: true });
    copyFileSync(mermaidBundle, join(assets, 'mermaid.min.js'));
    copyFileSync(initScript, join(assets, 'mermaid-init.js'));
  });
}
