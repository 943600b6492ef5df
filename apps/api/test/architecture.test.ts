import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The API's layers (ARCHITECTURE.md), checked on resolved paths: a route folder imports no other
 * route folder; no module outside routes/ and plugins/ imports them or takes the Fastify
 * request. eslint.config.js says the same while one edits; this fails the suite naming the file.
 */

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
/** What a domain module never takes: the request, the reply or the server itself. */
const HTTP_TYPES = ['FastifyRequest', 'FastifyReply', 'FastifyInstance'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return d.name.endsWith('.ts') ? [relative(SRC, path).split(sep).join('/')] : [];
  });
}

const SPECIFIERS = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;
const FASTIFY_NAMES = /import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]fastify['"]/g;

/** Where a file sits: a route folder, the HTTP layer (routes/, plugins/), the app's root, or a domain module. */
function layerOf(path: string): { kind: 'route'; folder: string } | { kind: 'http' | 'root' | 'domain' } {
  const parts = path.split('/');
  if (parts[0] === 'routes' && parts.length > 2) return { kind: 'route', folder: parts[1] ?? '' };
  if (parts[0] === 'routes' || parts[0] === 'plugins') return { kind: 'http' };
  return parts.length === 1 ? { kind: 'root' } : { kind: 'domain' };
}

/** Every import that breaks the layers, as "file → import (why)". */
function layerViolations(files: ReadonlyMap<string, string>): string[] {
  const found: string[] = [];
  for (const [path, text] of files) {
    const layer = layerOf(path);
    for (const match of text.matchAll(SPECIFIERS)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (!specifier.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(path), specifier));
      const targetLayer = layerOf(target);
      if (layer.kind === 'route' && targetLayer.kind === 'route' && targetLayer.folder !== layer.folder) {
        found.push(`${path} → ${specifier} (a route folder imports another route folder)`);
      }
      if (layer.kind === 'domain' && (targetLayer.kind === 'route' || targetLayer.kind === 'http')) {
        found.push(`${path} → ${specifier} (a domain module imports routes/ or plugins/)`);
      }
    }
    if (layer.kind !== 'domain') continue;
    for (const match of text.matchAll(FASTIFY_NAMES)) {
      const names = (match[1] ?? '').split(',').map((n) => n.replace(/^\s*type\s+/, '').trim());
      for (const name of names.filter((n) => HTTP_TYPES.includes(n))) {
        found.push(`${path} → fastify ${name} (a domain module takes the request; pass plain values)`);
      }
    }
  }
  return found;
}

describe('the API keeps its layers', () => {
  it('no route folder imports another, and no domain module imports a route, a plugin or the request', () => {
    const files = new Map(sourceFiles(SRC).map((path) => [path, readFileSync(join(SRC, path), 'utf8')]));
    expect(files.size).toBeGreaterThan(100);
    expect(layerViolations(files)).toEqual([]);
  });

  it('names each kind of violation it is there to catch', () => {
    const planted = new Map([
      ['routes/entries/index.ts', "import { tierLookup } from '../public/view.ts';\nimport { x } from './schemas.ts';\nimport { y } from '../../entries/view.ts';"],
      ['awards/proposal.ts', "import { roundResults } from '../routes/results/index.ts';"],
      ['entries/access.ts', "import type { FastifyRequest } from 'fastify';\nimport { requireUser } from '../plugins/auth.ts';"],
      ['publishing/documents/photos.ts', "const m = await import('../../routes/public/view.ts');"],
      ['app.ts', "import { routes } from './routes/index.ts';"],
      ['routes/index.ts', "import { entryRoutes } from './entries/index.ts';"],
    ]);
    expect(layerViolations(planted)).toEqual([
      'routes/entries/index.ts → ../public/view.ts (a route folder imports another route folder)',
      'awards/proposal.ts → ../routes/results/index.ts (a domain module imports routes/ or plugins/)',
      'entries/access.ts → ../plugins/auth.ts (a domain module imports routes/ or plugins/)',
      'entries/access.ts → fastify FastifyRequest (a domain module takes the request; pass plain values)',
      'publishing/documents/photos.ts → ../../routes/public/view.ts (a domain module imports routes/ or plugins/)',
    ]);
  });
});

describe('ARCHITECTURE.md', () => {
  it('names only files that exist, so a reviewer who follows it lands on the rule', () => {
    const root = fileURLToPath(new URL('../../../', import.meta.url));
    const text = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
    const table = text.slice(text.indexOf('## One rule, one file'));
    const named = [...table.matchAll(/`([\w./[\]-]+\.(?:ts|svelte))`/g)].map((m) => m[1] ?? '');
    expect(named.length).toBeGreaterThan(30);
    const missing = named.filter((path) => {
      const full = /^(apps|packages)\//.test(path) ? join(root, path) : join(SRC, path);
      try {
        readFileSync(full);
        return false;
      } catch {
        return true;
      }
    });
    expect(missing).toEqual([]);
  });
});
