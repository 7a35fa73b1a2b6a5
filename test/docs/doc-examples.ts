/**
 * Extracts the runnable examples of the library — every fenced ```ts block in a TSDoc
 * `@example` under src/, in docs/guide/*.md and in README.md — and turns each `// =>` comment
 * into an assertion, so documentation cannot rot.
 *
 * An example is a self-contained module that imports from 'logistics-customer' or
 * 'logistics-customer/<module>'. A `// =>` comment after an expression statement (on the same
 * line or the next lines, continued on further `//` lines until the text parses) is evaluated as
 * a JavaScript expression and compared with `toEqual` to the statement's value.
 *
 * A fragment that is not meant to run on its own is fenced as ```ts no-run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface DocExample {
  /** Where it comes from: `src/core/money/add.ts:42 (add)`. */
  readonly where: string;
  /** The example's code as written. */
  readonly code: string;
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (path.endsWith('.ts')) out.push(path);
  }
  return out;
}

function fencedBlocks(textBlock: string): string[] {
  const blocks: string[] = [];
  const re = /```(?:ts|typescript)\n([\s\S]*?)```/g;
  for (let m = re.exec(textBlock); m !== null; m = re.exec(textBlock)) blocks.push(m[1] ?? '');
  return blocks;
}

/** Every example of the repository rooted at `root`. */
export function collectExamples(root: string): DocExample[] {
  const examples: DocExample[] = [];
  const sources = walk(join(root, 'src'), []).filter((f) => !f.includes(`${join('src', 'cli')}`));
  for (const file of sources) {
    const source = readFileSync(file, 'utf8');
    const commentRe = /\/\*\*([\s\S]*?)\*\//g;
    for (let m = commentRe.exec(source); m !== null; m = commentRe.exec(source)) {
      const body = (m[1] ?? '').replace(/^[ \t]*\* ?/gm, '');
      const exampleAt = body.indexOf('@example');
      // Internal helpers are not part of the package's API: their examples may import relatively.
      if (exampleAt < 0 || body.includes('@internal')) continue;
      const line = source.slice(0, m.index).split('\n').length;
      const after = source.slice(m.index + m[0].length, m.index + m[0].length + 200);
      const name = /(?:function|const|class|interface|type)\s+([A-Za-z0-9_$]+)/.exec(after)?.[1] ?? '?';
      for (const code of fencedBlocks(body.slice(exampleAt))) {
        examples.push({ where: `${relative(root, file)}:${line} (${name})`, code });
      }
    }
  }
  const docs = [join(root, 'README.md')];
  const guide = join(root, 'docs', 'guide');
  try {
    for (const f of readdirSync(guide)) if (f.endsWith('.md')) docs.push(join(guide, f));
  } catch {
    // no guide yet
  }
  for (const file of docs) {
    const source = readFileSync(file, 'utf8');
    fencedBlocks(source).forEach((code, i) => {
      examples.push({ where: `${relative(root, file)} block ${i + 1}`, code });
    });
  }
  return examples;
}

function isExpression(text: string): boolean {
  try {
    new Function(`return (${text}\n);`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rewrites an example into a module: imports point at the sources, and every expression
 * statement followed by `// =>` becomes `__docCheck(actual, expected, line)`.
 * Returns the code and the number of assertions.
 */
export function instrument(code: string, root: string): { readonly code: string; readonly assertions: number } {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const statements = file.statements;
  let assertions = 0;
  statements.forEach((statement, i) => {
    const next = statements[i + 1];
    const gapEnd = next === undefined ? code.length : next.getStart(file);
    const gap = code.slice(statement.end, gapEnd);
    const lines = gap.split('\n').map((l) => l.trim());
    const arrowAt = lines.findIndex((l) => /^\/\/\s*=>/.test(l));
    if (arrowAt < 0) return;
    let expected = (lines[arrowAt] ?? '').replace(/^\/\/\s*=>\s?/, '');
    for (let j = arrowAt + 1; !isExpression(expected) && j < lines.length; j++) {
      const line = lines[j] ?? '';
      if (!line.startsWith('//')) break;
      expected += `\n${line.replace(/^\/\/ ?/, '')}`;
    }
    const line = file.getLineAndCharacterOfPosition(statement.getStart(file)).line + 1;
    if (!ts.isExpressionStatement(statement)) {
      throw new Error(`line ${line}: a \`// =>\` comment must follow an expression statement`);
    }
    if (!isExpression(expected)) throw new Error(`line ${line}: the text after \`// =>\` is not an expression: ${expected}`);
    const actual = statement.expression.getText(file);
    edits.push({
      start: statement.getStart(file),
      end: statement.end,
      text: `globalThis.__docCheck((${actual}), (${expected}\n), ${line});`,
    });
    assertions++;
  });
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  out = out.replace(/from\s+['"]logistics-customer(?:\/([a-z-]+))?['"]/g, (_m, sub: string | undefined) => {
    const target = sub === undefined ? join(root, 'src', 'index.ts') : join(root, 'src', sub, 'index.ts');
    return `from ${JSON.stringify(target)}`;
  });
  return { code: `${out}\nexport {};\n`, assertions };
}
