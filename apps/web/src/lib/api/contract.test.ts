import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The web declares no API shape by hand: it names the generated types (schema.d.ts) through
 * $lib/types. A hand-written copy compiles against whatever it claims, so when the API changes the
 * page breaks at run time instead of at `check`. This test finds copies by their property names.
 */

const SRC = new URL('../../', import.meta.url).pathname;
const SCHEMA = join(SRC, 'lib/api/schema.d.ts');
const TYPES = join(SRC, 'lib/types.ts');

/** Shapes smaller than this say too little to call them copies. */
const MIN_PROPERTIES = 3;
/** A shape naming this share of an API shape's properties is a copy of it. */
const COVERAGE = 0.8;

/**
 * Shapes of the web's own that share property names with an API shape, and why they are not copies
 * (file, the shape's sorted property names).
 */
const NOT_COPIES: { file: string; properties: string; why: string }[] = [
  {
    file: 'lib/contest-form-values.ts',
    properties: 'description,max,min,name,weight',
    why: 'a criterion row as typed into the form (text), not the API\'s numbers',
  },
  {
    file: 'lib/server/screening.ts',
    properties: 'category,q,status,threshold',
    why: 'the filter form as typed: \'\' for any status and the threshold in percent, not the API\'s 0–1',
  },
];

interface Shape { file: string; line: number; name: string; properties: string[] }

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) && path !== SCHEMA && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The TypeScript of a file: a .svelte file's <script> blocks, at their own lines. */
function typescriptOf(path: string): string {
  const text = readFileSync(path, 'utf8');
  if (!path.endsWith('.svelte')) return text;
  // Blank everything outside <script> but keep the line breaks, so lines stay true.
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const start = (match.index ?? 0) + (match[1]?.length ?? 0);
    out += text.slice(last, start).replace(/[^\n]/g, ' ') + (match[2] ?? '');
    last = start + (match[2]?.length ?? 0);
  }
  return out + text.slice(last).replace(/[^\n]/g, ' ');
}

const propertyNames = (members: ts.NodeArray<ts.TypeElement>) =>
  members.filter(ts.isPropertySignature).map((m) => m.name.getText()).map((n) => n.replace(/^['"]|['"]$/g, ''));

/** Every interface and object type literal in a file, with its own and same-file inherited properties. */
function shapesOf(path: string, text: string): Shape[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const shapes: Shape[] = [];
  const file = relative(SRC, path);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const inherited = (node: ts.InterfaceDeclaration, seen = new Set<string>()): string[] =>
    (node.heritageClauses ?? []).flatMap((clause) => clause.types).flatMap((type) => {
      const parent = interfaces.get(type.expression.getText());
      if (!parent || seen.has(parent.name.text)) return [];
      seen.add(parent.name.text);
      return [...propertyNames(parent.members), ...inherited(parent, seen)];
    });
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const collect = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) {
      shapes.push({ file, line: lineOf(node), name: node.name.text, properties: [...new Set([...propertyNames(node.members), ...inherited(node)])] });
    } else if (ts.isTypeLiteralNode(node)) {
      shapes.push({ file, line: lineOf(node), name: 'an object type', properties: propertyNames(node.members) });
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  return shapes;
}

/** Every object shape the API answers or takes, named by where it sits in schema.d.ts. */
function apiShapes(): { name: string; properties: Set<string> }[] {
  const source = ts.createSourceFile(SCHEMA, readFileSync(SCHEMA, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { name: string; properties: Set<string> }[] = [];
  const visit = (node: ts.Node, path: string[]) => {
    let here = path;
    if ((ts.isPropertySignature(node) || ts.isInterfaceDeclaration(node)) && node.name) here = [...path, node.name.getText()];
    if (ts.isTypeLiteralNode(node)) {
      const properties = propertyNames(node.members);
      // Plumbing of openapi-typescript (parameters, responses, content), not API data.
      const plumbing = properties.some((p) => ['parameters', 'responses', 'content', 'headers', 'requestBody', 'query', 'path'].includes(p));
      if (!plumbing && properties.length >= MIN_PROPERTIES) found.push({ name: here.join('.'), properties: new Set(properties) });
    }
    ts.forEachChild(node, (child) => visit(child, here));
  };
  visit(source, []);
  return found;
}

/** Hand-written copies of API shapes in the given files: "file:line name → the API shape". */
export function handWrittenShapes(files: string[]): string[] {
  const api = apiShapes();
  const findings: string[] = [];
  for (const path of files) {
    for (const shape of shapesOf(path, typescriptOf(path))) {
      if (shape.properties.length < MIN_PROPERTIES) continue;
      const key = [...shape.properties].sort().join(',');
      if (NOT_COPIES.some((n) => n.file === shape.file && n.properties === key)) continue;
      // Of the API shapes it covers, name the closest (most shared over all named).
      let copied: { name: string; score: number } | undefined;
      for (const a of api) {
        const shared = shape.properties.filter((p) => a.properties.has(p)).length;
        if (shared < MIN_PROPERTIES || shared < COVERAGE * a.properties.size) continue;
        const score = shared / (shape.properties.length + a.properties.size - shared);
        if (!copied || score > copied.score) copied = { name: a.name, score };
      }
      if (copied) findings.push(`${shape.file}:${shape.line} ${shape.name} {${key}} copies the API's ${copied.name}: alias it from $lib/types instead`);
    }
  }
  return findings;
}

/** Interfaces and object types in $lib/types, which may only alias the generated types. */
export function shapesDeclaredIn(path: string): string[] {
  return shapesOf(path, readFileSync(path, 'utf8')).map((s) => `${relative(SRC, path)}:${s.line} ${s.name}`);
}

describe('the web declares no API shape by hand', () => {
  it('no interface or object type in the web copies a shape the API answers or takes', () => {
    expect(handWrittenShapes(sourceFiles(SRC))).toEqual([]);
  });

  it('$lib/types only names generated types', () => {
    expect(shapesDeclaredIn(TYPES)).toEqual([]);
  });
});
