/**
 * Names the API's shapes in the OpenAPI document. Route schemas stay inline (so the TypeBox types
 * and the response serializers are exactly what the handlers use); every schema given a `title`
 * is moved to `components.schemas[title]` and referred to by `$ref`, so the web's generated types
 * (`pnpm contract`) get one named type per shape instead of anonymous copies.
 */

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON schema node (not, say, a `properties` map that has a property named "title"). */
const isTitledSchema = (node: JsonObject): node is JsonObject & { title: string } =>
  typeof node.title === 'string'
  && ('type' in node || 'anyOf' in node || 'oneOf' in node || 'allOf' in node || 'enum' in node || 'const' in node);

const stable = (value: Json): string => JSON.stringify(value, (_key, v: Json) =>
  isObject(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v);

/** A copy of the document with every titled schema in `components.schemas`; two different shapes with one title are refused. */
export function hoistTitledSchemas<T extends object>(document: T): T {
  const doc = document as JsonObject;
  const components = isObject(doc.components) ? doc.components : {};
  const schemas: JsonObject = { ...(isObject(components.schemas) ? components.schemas : {}) };
  const seen = new Map<string, string>();

  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    const copy = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
    if (!isTitledSchema(node)) return copy;
    const name = node.title;
    // OpenAPI 3.0 spells "X or null" as X with `nullable`: the null belongs to the use, not to X.
    const { title: _title, nullable, ...shape } = copy;
    const key = stable(shape);
    const earlier = seen.get(name);
    if (earlier !== undefined && earlier !== key) {
      throw new Error(`OpenAPI: two different schemas are titled "${name}"; give one of them another title`);
    }
    seen.set(name, key);
    schemas[name] = { ...shape, title: name };
    const ref = { $ref: `#/components/schemas/${name}` };
    return nullable === true ? { nullable: true, allOf: [ref] } : ref;
  };

  const paths = walk(doc.paths);
  return { ...doc, paths, components: { ...components, schemas } } as T;
}

/** The inverse of `hoistTitledSchemas` for the paths: every component reference replaced by its schema (for tools that read schemas inline). */
export function inlineComponentSchemas<T extends object>(document: T): T {
  const doc = document as JsonObject;
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  const PREFIX = '#/components/schemas/';
  const resolve = (ref: Json): Json => {
    const name = typeof ref === 'string' && ref.startsWith(PREFIX) ? ref.slice(PREFIX.length) : undefined;
    if (name === undefined || !(name in schemas)) throw new Error(`OpenAPI: unknown reference ${String(ref)}`);
    return walk(schemas[name]);
  };
  const walk = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(walk);
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string' && node.$ref.startsWith(PREFIX)) return resolve(node.$ref);
    const only = Array.isArray(node.allOf) && node.allOf.length === 1 && isObject(node.allOf[0]) ? node.allOf[0] : undefined;
    if (node.nullable === true && Object.keys(node).length === 2 && typeof only?.$ref === 'string') {
      return { ...(resolve(only.$ref) as JsonObject), nullable: true };
    }
    return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, walk(value)]));
  };
  return { ...doc, paths: walk(doc.paths) } as T;
}
