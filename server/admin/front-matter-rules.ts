import * as z from 'zod/mini';
import { frontMatterSchema } from '../content/front-matter.ts';

// The rules of each front-matter field, read from the schema the import checks
// articles with, so the web editor cannot drift from it: a new limit there is
// a new limit here.

export type FieldRule = {
  required: boolean;
  type?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  items?: FieldRule;
  /** The fields of an object, such as the cover's. */
  fields?: Record<string, FieldRule>;
};

type JsonSchema = Omit<FieldRule, 'required' | 'items' | 'fields'> & {
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

function ruleOf(schema: JsonSchema, required: boolean): FieldRule {
  const { items, properties, required: requiredNames = [], ...rule } = schema;
  return {
    ...rule,
    required,
    ...(items && { items: ruleOf(items, true) }),
    ...(properties && { fields: rulesOf(properties, requiredNames) }),
  };
}

function rulesOf(properties: Record<string, JsonSchema>, required: string[]): Record<string, FieldRule> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => [name, ruleOf(schema, required.includes(name))]),
  );
}

/**
 * Every field, in the schema's order. "Required" is what an editor must
 * write: a field with a default may be left out.
 */
export function frontMatterRules(): Record<string, FieldRule> {
  // Input, not output: defaults then make a field optional, as they do for an editor.
  const schema = z.toJSONSchema(frontMatterSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rulesOf(schema.properties ?? {}, schema.required ?? []);
}
