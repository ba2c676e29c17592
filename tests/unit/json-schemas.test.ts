// The JSON Schemas editors' IDEs use must say what the zod schemas say.

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getJsonSchemaFiles, schemasDir } from '../../scripts/generate-schemas.ts';

describe('schemas/*.schema.json', () => {
  it('equal what scripts/generate-schemas.ts generates from the zod schemas (run it after changing src/lib/schemas.ts)', () => {
    for (const [name, text] of Object.entries(getJsonSchemaFiles())) {
      expect(fs.readFileSync(path.join(schemasDir, name), 'utf8'), name).toBe(text);
    }
  });

  it('describe notice frontmatter with title and summary required and no other fields allowed', () => {
    const schema = JSON.parse(getJsonSchemaFiles()['frontmatter.schema.json']);
    expect(schema.required).toEqual(['title', 'summary']);
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'summary', 'changes', 'material']));
  });
});
