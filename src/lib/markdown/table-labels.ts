// Labels each cell of a rendered table with its column's header, so a narrow screen can show a table
// as one card per row ("Retention: 5 years") without hiding a column, and gives the table's parts
// their roles explicitly, which some browsers drop once CSS changes how a table is displayed.

import type { Element, ElementContent, Root } from 'hast';

const ROLES: Readonly<Record<string, string>> = {
  table: 'table',
  thead: 'rowgroup',
  tbody: 'rowgroup',
  tr: 'row',
  th: 'columnheader',
  td: 'cell',
};

/** Adds `data-label` to every body cell and a role to every part of every table in the tree. */
export function labelTableCells(tree: Root | Element): void {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'table') labelTable(child);
    else labelTableCells(child);
  }
}

function labelTable(table: Element): void {
  const rows = [...walkElements(table)].filter((element) => element.tagName === 'tr');
  const headerRow = rows.find((row) => row.children.some((cell) => cell.type === 'element' && cell.tagName === 'th'));
  const labels = headerRow ? cellsOf(headerRow).map(getText) : [];
  for (const element of walkElements(table)) {
    if (Object.hasOwn(ROLES, element.tagName)) element.properties.role = ROLES[element.tagName];
  }
  for (const row of rows) {
    if (row === headerRow) continue;
    cellsOf(row).forEach((cell, index) => {
      const label = labels[index];
      if (cell.tagName !== 'td' || !label) return;
      cell.properties.dataLabel = label;
      // The label and the content are the two columns of a stacked row, so mixed content stays one piece.
      if (cell.children.length > 1) cell.children = [{ type: 'element', tagName: 'span', properties: {}, children: cell.children }];
    });
  }
}

function* walkElements(element: Element): Generator<Element> {
  yield element;
  for (const child of element.children) if (child.type === 'element') yield* walkElements(child);
}

function cellsOf(row: Element): Element[] {
  return row.children.filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'));
}

function getText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(getText).join('');
  return '';
}
