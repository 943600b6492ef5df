import { describe, expect, it } from 'vitest';
import { hoistTitledSchemas, inlineComponentSchemas } from './openapi-components.ts';

const person = { title: 'Person', type: 'object', properties: { name: { type: 'string' }, title: { type: 'string' } }, required: ['name'] };
const document = {
  openapi: '3.0.3',
  paths: {
    '/people': { get: { responses: { 200: { content: { 'application/json': { schema: { type: 'array', items: person } } } } } } },
    '/people/{id}': {
      get: { responses: { 200: { content: { 'application/json': { schema: { ...person, nullable: true } } } } } },
    },
  },
  components: { schemas: { ErrorResponse: { type: 'object' } } },
};

describe('named shapes in the OpenAPI document', () => {
  it('moves each titled schema to components once, keeping "or null" at the place of use', () => {
    const hoisted = hoistTitledSchemas(document);
    expect(hoisted.components.schemas).toEqual({ ErrorResponse: { type: 'object' }, Person: person });
    expect(hoisted.paths['/people'].get.responses[200].content['application/json'].schema)
      .toEqual({ type: 'array', items: { $ref: '#/components/schemas/Person' } });
    expect(hoisted.paths['/people/{id}'].get.responses[200].content['application/json'].schema)
      .toEqual({ nullable: true, allOf: [{ $ref: '#/components/schemas/Person' }] });
    expect(inlineComponentSchemas(hoisted).paths).toEqual(document.paths);
  });

  it('refuses two different shapes under one title', () => {
    const other = { ...person, properties: { age: { type: 'integer' } } };
    const clash = { paths: { '/a': { get: { x: person } }, '/b': { get: { x: other } } } };
    expect(() => hoistTitledSchemas(clash)).toThrow(/two different schemas are titled "Person"/);
  });
});
