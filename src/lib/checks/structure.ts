// The shape of one text as readers get it: one H1 per page (the title), and tables whose rows have as
// many cells as the header, since a short row shifts nothing visibly and a long one loses its last cells.

import type { Site } from '../content.ts';
import type { Problem } from '../errors.ts';
import { formatOrdinal } from './suggest.ts';

export function checkStructure(site: Site): Problem[] {
  const problems: Problem[] = [];
  for (const notice of site.notices) {
    for (const version of notice.versions) {
      for (const locale of Object.keys(version.texts).sort()) {
        const text = version.texts[locale];
        const { headings, tables } = text.compiled.outline;
        for (const heading of headings) {
          if (heading.depth !== 1) continue;
          problems.push({
            file: text.file,
            line: heading.line,
            column: heading.column,
            severity: 'error',
            message: `"# ${heading.text}" is a level-1 heading, but the page already shows the title as its one level-1 heading`,
            fix: 'make it a section with "## …", or, if it is the title, put it in "title:" in the frontmatter and remove the line',
          });
        }
        tables.forEach((table, t) => {
          const header = table.cells[0];
          table.cells.forEach((cells, r) => {
            if (r === 0 || cells === header) return;
            problems.push({
              file: text.file,
              line: table.rowLines[r] ?? table.line,
              column: 1,
              severity: 'error',
              message:
                cells < header
                  ? `row ${r + 1} of the ${formatOrdinal(t + 1)} table has ${cells} of the header's ${header} cells, so its values may stand in the wrong columns`
                  : `row ${r + 1} of the ${formatOrdinal(t + 1)} table has ${cells} cells but the header ${header}: readers never see the last ${cells - header === 1 ? 'one' : cells - header}`,
              fix: cells < header
                ? 'give the row one cell per column, in the header’s order; write an empty cell as "|  |"'
                : 'add a column to the header, or merge the extra cells into the row’s others',
            });
          });
        });
      }
    }
  }
  return problems;
}
