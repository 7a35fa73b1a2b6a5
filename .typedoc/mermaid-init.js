/* global document, window, console, MutationObserver, mermaid */
// Browser side of the TypeDoc Mermaid plugin (./mermaid.mjs), copied to `<out>/assets/` and
// loaded at the end of every page. On a page with ```mermaid blocks (TypeDoc emits them as
// `pre > code.mermaid`) it loads the Mermaid bundle, replaces each block with a
// `div.mermaid-diagram` holding the rendered SVG, and renders again when TypeDoc's theme
// setting (light / dark / OS) changes. When done it sets `<html data-mermaid="done">` (or
// "error", after logging the failure to the console); `.ci/docs-check.mjs` waits for that.
(function () {
  'use strict';
  const root = document.documentElement;
  const script = document.currentScript;
  const diagrams = Array.from(document.querySelectorAll('pre > code.mermaid'), (code) => {
    const target = document.createElement('div');
    target.className = 'mermaid-diagram';
    target.style.overflowX = 'auto';
    target.style.textAlign = 'center';
    target.style.margin = '1em 0';
    target.style.cursor = 'zoom-in';
    target.title = 'Click to switch between fitting the page and full size';
    target.addEventListener('click', () => {
      target.dataset.zoom = target.dataset.zoom === 'full' ? 'fit' : 'full';
      fitOrFull(target);
    });
    return { source: code.textContent, pre: code.parentElement, target };
  });
  if (diagrams.length === 0 || !script) return;

  // Mermaid sizes an SVG to fit its column (width 100%, max-width its natural width). A wide
  // diagram then has tiny text, so a click shows it at its natural size, scrolling sideways.
  function fitOrFull(target) {
    const svg = target.querySelector('svg');
    if (!svg) return;
    const full = target.dataset.zoom === 'full';
    const natural = `${svg.viewBox.baseVal.width}px`;
    svg.style.width = full ? natural : '';
    svg.style.maxWidth = full ? 'none' : natural;
    target.style.cursor = full ? 'zoom-out' : 'zoom-in';
  }
  root.dataset.mermaid = 'loading';

  const loaded = new Promise((resolve, reject) => {
    const bundle = document.createElement('script');
    bundle.src = script.dataset.mermaidSrc;
    bundle.onload = resolve;
    bundle.onerror = () => reject(new Error(`could not load ${bundle.src}`));
    document.head.append(bundle);
  });
  // TypeDoc keeps the body hidden until its app starts; Mermaid needs it visible to measure text.
  const visible = new Promise((resolve) => {
    if (document.body.style.display !== 'none') return resolve();
    const observer = new MutationObserver(() => {
      if (document.body.style.display === 'none') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document.body, { attributes: true, attributeFilter: ['style'] });
  });

  const darkOs = window.matchMedia('(prefers-color-scheme: dark)');
  const mermaidTheme = () => {
    const theme = root.dataset.theme;
    return theme === 'dark' || (theme !== 'light' && darkOs.matches) ? 'dark' : 'default';
  };
  let rendered = '';
  let generation = 0;
  const renderAll = async () => {
    const theme = mermaidTheme();
    if (theme === rendered) return;
    rendered = theme;
    const run = ++generation;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme });
    for (const [index, diagram] of diagrams.entries()) {
      const { svg } = await mermaid.render(`mermaid-${run}-${index}`, diagram.source);
      if (run !== generation) return;
      diagram.target.innerHTML = svg;
      fitOrFull(diagram.target);
      if (diagram.pre) diagram.pre.replaceWith(diagram.target);
      diagram.pre = null;
    }
    root.dataset.mermaid = 'done';
  };
  const fail = (error) => {
    root.dataset.mermaid = 'error';
    console.error('mermaid: a diagram could not be rendered:', error);
  };

  Promise.all([loaded, visible])
    .then(renderAll)
    .then(() => {
      const rerender = () => renderAll().catch(fail);
      new MutationObserver(rerender).observe(root, { attributes: true, attributeFilter: ['data-theme'] });
      darkOs.addEventListener('change', rerender);
    })
    .catch(fail);
})();
