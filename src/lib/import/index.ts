// Converts notices written elsewhere (HTML, Markdown, plain text) into safe Paragraf MDX bodies.

export { importHtml } from './html.ts';
export { parseLastUpdated } from './last-updated.ts';
export { importMarkdown } from './markdown.ts';
export { importPlainText } from './plain-text.ts';
export { slugifyAnchor, type FidelityReport, type ImportedNotice, type ImportOptions, type SourceUnit } from './to-mdx.ts';
