import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { knowledgeBaseSchema } from './schema';

describe('kb JSON schema', () => {
  const file = path.resolve(process.cwd(), 'schemas/knowledge-base.schema.json');

  it('schemas/knowledge-base.schema.json equals the schema in schema.ts (regenerate it with writeSchemaFile)', () => {
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(file, 'utf8')), JSON.parse(JSON.stringify(knowledgeBaseSchema)));
  });

  it('is a valid draft-07 schema that ajv compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true, allowUnionTypes: true });
    assert.ok(ajv.validateSchema(knowledgeBaseSchema), JSON.stringify(ajv.errors));
    assert.doesNotThrow(() => ajv.compile(knowledgeBaseSchema));
  });

  it('describes every property (descriptions show in completion)', () => {
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== 'object') return;
      const props = (node as { properties?: Record<string, { description?: string; $ref?: string }> }).properties;
      for (const [k, v] of Object.entries(props ?? {})) if (!v.description && !v.$ref) missing.push(`${where}.${k}`);
      for (const [k, v] of Object.entries(node)) walk(v, `${where}.${k}`);
    };
    walk(knowledgeBaseSchema, '#');
    assert.deepStrictEqual(missing, []);
  });
});
