import { Ajv, type AnySchemaObject, type FormatDefinition, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchema, FastifySchemaCompiler } from 'fastify';
import { hasVisibleCharacter, isAcceptableName, NAME_TEXT, TEXT_HYGIENE, textProblem, VISIBLE_TEXT } from './text-hygiene.ts';

/**
 * How every request is validated (SECURITY.md, library default 10). Fastify's own Ajv coerces
 * `null`, `true` and `[7]` into numbers and silently drops unknown fields; here:
 * - bodies are never coerced, and every object in a body schema is closed unless it says
 *   otherwise, so an unknown field is refused with its name;
 * - query strings and path parameters keep coercion (they are text), but a number must be
 *   finite and every numeric schema there must declare its bounds (checked when routes are built);
 * - every string anywhere passes the text-hygiene rule (lib/text-hygiene.ts).
 * A route added later gets all of this without anyone remembering.
 */

type JsonSchema = Record<string, unknown>;

export const FINITE = 'x-finite';

function newAjv(options: Options): Ajv {
  const ajv = new Ajv({ useDefaults: true, allErrors: false, addUsedSchema: false, strictNumbers: true, ...options });
  addFormats.default(ajv);
  // RFC 3339 allows a leap second (23:59:60Z), which Date reads as Invalid Date: every date-time a
  // request carries must also be an instant the routes can store.
  const rfc3339 = addFormats.default.get('date-time') as FormatDefinition<string> & { validate: (text: string) => boolean };
  ajv.addFormat('date-time', { ...rfc3339, validate: (text: string) => rfc3339.validate(text) && Number.isFinite(Date.parse(text)) });
  ajv.addKeyword({
    keyword: TEXT_HYGIENE, type: 'string', schemaType: 'boolean', errors: false,
    validate: (_enabled: boolean, text: string) => textProblem(text) === null,
  });
  // A blank optional field (a draft's title, no pen name) means "none"; invisible characters never do.
  ajv.addKeyword({
    keyword: VISIBLE_TEXT, type: 'string', schemaType: 'boolean', errors: false,
    validate: (_enabled: boolean, text: string, parent?: AnySchemaObject) =>
      hasVisibleCharacter(text) || (text.trim() === '' && !(Number(parent?.minLength) > 0)),
  });
  // Names: blank is left to VISIBLE_TEXT and minLength (an optional pen name may be blank).
  ajv.addKeyword({
    keyword: NAME_TEXT, type: 'string', schemaType: 'boolean', errors: false,
    validate: (_enabled: boolean, text: string) => text.trim() === '' || isAcceptableName(text),
  });
  // Not typed 'number': Ajv skips number keywords (maximum too) for a coerced Infinity.
  ajv.addKeyword({
    keyword: FINITE, schemaType: 'boolean', errors: false,
    validate: (_enabled: boolean, value: unknown) => typeof value !== 'number' || Number.isFinite(value),
  });
  return ajv;
}

const isObject = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const typesOf = (schema: JsonSchema): unknown[] =>
  Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];

/** Keywords whose value is a subschema, a list of them, or a map of them. */
const ONE = ['additionalProperties', 'items', 'not', 'contains', 'propertyNames', 'if', 'then', 'else'];
const LIST = ['anyOf', 'oneOf', 'allOf', 'prefixItems'];
const MAP = ['properties', 'patternProperties', '$defs', 'definitions'];

/** A copy of a route's schema with the house rules added (the route's own object is left alone). */
function withRules(schema: JsonSchema, part: 'body' | 'text', where: string): JsonSchema {
  const copy: JsonSchema = { ...schema };
  for (const key of ONE) if (isObject(schema[key])) copy[key] = withRules(schema[key], part, where);
  for (const key of LIST) {
    const list = schema[key];
    if (Array.isArray(list)) copy[key] = list.map((item) => (isObject(item) ? withRules(item, part, where) : item));
  }
  for (const key of MAP) {
    const map = schema[key];
    if (isObject(map)) {
      copy[key] = Object.fromEntries(Object.entries(map).map(([name, item]) =>
        [name, isObject(item) ? withRules(item, part, where) : item]));
    }
  }
  const types = typesOf(schema);
  if (part === 'body' && (types.includes('object') || isObject(schema.properties)) && schema.additionalProperties === undefined) {
    copy.additionalProperties = false;
  }
  if (types.includes('string')) copy[TEXT_HYGIENE] = true;
  if (types.includes('number') || types.includes('integer')) {
    copy[FINITE] = true;
    const bounded = (low: string, high: string) => schema[low] !== undefined || schema[high] !== undefined;
    if (part === 'text' && !(bounded('minimum', 'exclusiveMinimum') && bounded('maximum', 'exclusiveMaximum'))) {
      throw new Error(`${where}: a number in a query string or path needs a minimum and a maximum`);
    }
  }
  return copy;
}

let instances: { bodies: Ajv; texts: Ajv } | undefined;
/** Compiled validators by part and schema text: shared by every app in the process (tests build many). */
const compiled = new Map<string, ValidateFunction>();

/** The validator compiler for every route: install with `app.setValidatorCompiler`. */
export const requestValidatorCompiler: FastifySchemaCompiler<FastifySchema> = ({ schema, method, url, httpPart }) => {
  instances ??= {
    bodies: newAjv({ coerceTypes: false, removeAdditional: false }),
    texts: newAjv({ coerceTypes: 'array', removeAdditional: true }),
  };
  const part = httpPart === 'body' ? 'body' : 'text';
  const key = `${part} ${JSON.stringify(schema)}`;
  let validate = compiled.get(key);
  if (!validate) {
    const ajv = part === 'body' ? instances.bodies : instances.texts;
    validate = ajv.compile(withRules(schema as JsonSchema, part, `${method} ${url} ${httpPart ?? ''}`));
    compiled.set(key, validate);
  }
  return validate;
};
