// `node scripts/generate-schemas.ts`: writes schemas/*.schema.json from the zod schemas, for editors' IDEs.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { frontmatterSchema, siteSchema } from '../src/lib/schemas.ts';

export const schemasDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

/** Every generated file by name, as the text it should contain. */
export function getJsonSchemaFiles(): Record<string, string> {
  return {
    'frontmatter.schema.json': render(frontmatterSchema, {
      title: 'Paragraf notice frontmatter',
      description: 'The YAML between the --- lines at the top of content/notices/<notice>/<YYYY-MM-DD>/<locale>.mdx.',
    }),
    'site.schema.json': render(siteSchema, {
      title: 'Paragraf site configuration',
      description: 'content/site.yaml: organisation, address, locales, sidebar.',
    }),
  };
}

function render(schema: z.ZodType, about: { title: string; description: string }): string {
  // Draft 7 is the newest draft every common YAML language server understands fully.
  const { $schema, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ $schema, ...about, ...json }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  fs.mkdirSync(schemasDir, { recursive: true });
  for (const [name, text] of Object.entries(getJsonSchemaFiles())) {
    fs.writeFileSync(path.join(schemasDir, name), text);
    console.log(`Wrote schemas/${name}`);
  }
}
