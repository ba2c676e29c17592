import { describe, expect, it } from 'vitest';
import type { NoticeText } from '../../src/lib/content.ts';
import { buildRedline, type RedlineNode, type RedlineSegment } from '../../src/lib/redline.ts';
import { compileMarkdown } from '../helpers/compile.ts';

const text = (body: string) => ({ compiled: compileMarkdown(body) }) as unknown as NoticeText;

function redline(before: string, after: string) {
  return buildRedline(text(before), text(after), {
    locale: 'en',
    resolveLink: (href, kind, side) => (kind === 'site' ? `/en${href}` : kind === 'fragment' ? `/${side}/${href}` : href),
  });
}

/** Segments as `=text`, `+text`, `-text`, with formatting written as Markdown-like marks. */
function show(segments: RedlineSegment[]): string {
  const sign = { equal: '=', insert: '+', delete: '-' } as const;
  return segments
    .map((segment) =>
      sign[segment.change] +
      segment.runs
        .map((run) =>
          run.marks.reduceRight(
            (inner, mark) => (mark.type === 'strong' ? `**${inner}**` : mark.type === 'link' ? `[${inner}](${mark.href})` : `_${inner}_`),
            run.text,
          ),
        )
        .join(''),
    )
    .join('|');
}

function find<K extends RedlineNode['kind']>(nodes: RedlineNode[], kind: K): Extract<RedlineNode, { kind: K }>[] {
  const found: RedlineNode[] = [];
  const walk = (list: RedlineNode[]) => {
    for (const node of list) {
      if (node.kind === kind) found.push(node);
      if (node.kind === 'unchanged') walk(node.nodes);
      if (node.kind === 'list') for (const item of node.items) walk(item.lists);
    }
  };
  walk(nodes);
  return found as Extract<RedlineNode, { kind: K }>[];
}

describe('redline document', () => {
  it('keeps bold lead-ins and links inside added and removed words, each link from the version it was written in', () => {
    const view = redline(
      '## Rights {#rights}\n\n- **Access:** get a copy, see [cookies](/cookies/).\n',
      '## Rights {#rights}\n\n- **Access:** get a full copy, see [your rights](#rights).\n',
    );
    const [list] = find(view.sections[0].nodes, 'list');
    expect(show(list.items[0].content)).toBe(
      '=**Access:** get a |+full |=copy, see |-[cookies](/en/cookies/)|+[your rights](/after/#rights)|=.',
    );
  });

  it('keeps a nested list nested, with the added item where it stands', () => {
    const view = redline('- Data\n  - Name\n  - E-mail\n- Rights\n', '- Data\n  - Name\n  - Phone\n  - E-mail\n- Rights\n');
    const [outer] = find(view.sections[0].nodes, 'list');
    expect(outer.items.map((item) => [item.change, show(item.content)])).toEqual([
      ['equal', '=Data'],
      ['equal', '=Rights'],
    ]);
    const nested = outer.items[0].lists[0];
    expect(nested.items.map((item) => [item.change, show(item.content)])).toEqual([
      ['equal', '=Name'],
      ['insert', '+Phone'],
      ['equal', '=E-mail'],
    ]);
  });

  it('numbers ordered items as they were numbered, removed ones included', () => {
    const view = redline('1. One\n2. Two\n3. Three\n', '1. One\n2. Three\n');
    const [list] = find(view.sections[0].nodes, 'list');
    expect(list.ordered).toBe(true);
    expect(list.items.map((item) => [item.change, item.number])).toEqual([
      ['equal', 1],
      ['delete', 2],
      // "Three" reads the same; it is numbered as the new version numbers it.
      ['equal', 2],
    ]);
  });

  it('shows a table with its header, a changed header cell and a changed body cell marked, and the column names on each cell', () => {
    const view = redline(
      '| Data | Kept |\n|---|---|\n| Account | 2 years |\n| Logs | 1 year |\n',
      '| Data | Kept for |\n|---|---|\n| Account | 1 year |\n| Logs | 1 year |\n| Support | 3 years |\n',
    );
    const [table] = find(view.sections[0].nodes, 'table');
    expect(table.head.map((row) => [row.change, row.cells.map((cell) => [cell.changed, show(cell.content)])])).toEqual([
      ['modify', [[false, '=Data'], [true, '=Kept|+ for']]],
    ]);
    expect(table.body.map((row) => [row.change, row.cells.map((cell) => `${cell.label}: ${show(cell.content)}`)])).toEqual([
      ['modify', ['Data: =Account', 'Kept for: -2 years|+1 year']],
      ['equal', ['Data: =Logs', 'Kept for: =1 year']],
      ['insert', ['Data: +Support', 'Kept for: +3 years']],
    ]);
  });

  it('shows an added section’s heading once, as the section’s own heading', () => {
    const view = redline('## A {#a}\n\nText.\n', '## A {#a}\n\nText.\n\n## B {#b}\n\nNew text.\n');
    const added = view.sections.find((section) => section.id === 'b');
    expect(added?.status).toBe('added');
    expect(show(added!.heading!.content)).toBe('+B');
    expect(find(added!.nodes, 'heading')).toEqual([]);
    expect(added!.nodes.map((node) => node.kind === 'block' && show(node.content))).toEqual(['+New text.']);
    expect(view.sections[0]).toMatchObject({ id: 'a', status: 'unchanged', anchor: 'changes-a' });
  });

  it('keeps a change under its H3, folding the unchanged passages and subsections around it', () => {
    const view = redline(
      '## Data {#data}\n\nIntro.\n\n### Account {#account}\n\nName.\n\n### Logs {#logs}\n\nLogs are kept for a year.\n\nMore.\n',
      '## Data {#data}\n\nIntro.\n\n### Account {#account}\n\nName.\n\n### Logs {#logs}\n\nLogs are kept for a month.\n\nMore.\n',
    );
    const nodes = view.sections[0].nodes;
    expect(nodes.map((node) => (node.kind === 'unchanged' ? `unchanged ${node.count}` : node.kind === 'heading' ? `h${node.depth}` : show((node as { content: RedlineSegment[] }).content)))).toEqual([
      'unchanged 3',
      'h3',
      '=Logs are kept for a |-year|+month|=.',
      'unchanged 1',
    ]);
    expect(view.sections[0].changes).toBe(1);
  });

  it('marks a block moved within the notice as moved, without counting its words as added', () => {
    const view = redline('## A {#a}\n\nFirst.\n\nSecond.\n\n## B {#b}\n\nThird.\n', '## A {#a}\n\nSecond.\n\n## B {#b}\n\nThird.\n\nFirst.\n');
    const moved = view.sections.flatMap((section) => section.nodes).filter((node) => node.kind === 'block' && node.change === 'move');
    expect(moved).toHaveLength(1);
    expect(view.diff.stats.wordsAdded).toBe(0);
  });
});
