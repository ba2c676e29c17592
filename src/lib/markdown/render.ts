// Turns a notice's syntax tree into the HTML readers get. It renders only what the allow-list names:
// it runs the guard on the very tree it renders and refuses to render anything the guard reports, and
// every node type it meets must have a renderer here, or rendering stops.

import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes as MdastNodes } from 'mdast';
import { toHast, type Handlers, type State } from 'mdast-util-to-hast';
import { ContentError } from '../errors.ts';
import { localizeHref } from '../routes.ts';
import { readLink } from '../urls.ts';
import { ALLOWED_COMPONENTS, ANCHOR, getAttributeValue, guardTree, LANGUAGE_TAG, type GuardOptions, type HeadingAnchor } from './guard.ts';
import { getLangCode } from './outline.ts';
import type { MdxNode } from './parse.ts';
import { labelTableCells } from './table-labels.ts';

export type RenderOptions = GuardOptions;

/**
 * Links to pages of this site are rendered with a NUL character in front of the path, which the HTML
 * serializer writes as "&#x0;". No notice can produce that sequence itself: the text reader refuses
 * control characters, and the parser turns "&#x0;" written in a text into U+FFFD. So each page can
 * put its reader's language into exactly these links with one string replacement (localizeNoticeHtml),
 * and one rendering serves every language a text is shown in.
 */
const SITE_LINK_MARK = '\u0000';
const MARKED_SITE_LINK = /(href|src)="&#x0;(\/[^"]*)"/g;

/** Puts the reader's language into the links to other notices of a rendered text. */
export function localizeNoticeHtml(html: string, locale: string, notices: ReadonlySet<string>): string {
  return html.replace(MARKED_SITE_LINK, (_, attribute: string, path: string) =>
    `${attribute}="${attribute === 'href' ? localizeHref(path, locale, notices) : path}"`,
  );
}

/** Renders a notice body; throws a ContentError when the tree holds anything the allow-list refuses. */
export function renderNoticeHtml(tree: MdxNode, options: RenderOptions): string {
  const { problems, anchors } = guardTree(tree, options);
  if (problems.length) throw new ContentError(problems);
  const ids = new Map<MdxNode, string>(anchors.map((anchor: HeadingAnchor) => [anchor.node, anchor.id]));
  const hast = toHast(tree as MdastNodes, {
    handlers: createHandlers(ids),
    allowDangerousHtml: false,
    passThrough: [],
    unknownHandler(_state, node) {
      throw new Error(`Paragraf has no renderer for "${node.type}" nodes; the guard should have refused it.`);
    },
  });
  if (hast.type === 'root' || hast.type === 'element') labelTableCells(hast);
  return toHtml(hast, { allowDangerousHtml: false });
}

function createHandlers(ids: ReadonlyMap<MdxNode, string>): Handlers {
  const href = (url: string): string => {
    const target = readLink(url);
    if (target.kind === 'refused') throw new Error(`refused address "${url}" reached the renderer`);
    return target.kind === 'site' ? `${SITE_LINK_MARK}${target.href}` : target.href;
  };
  const element = (state: State, node: MdxNode, tagName: string, properties: Properties, children: ElementContent[]): Element => {
    const result: Element = { type: 'element', tagName, properties, children };
    state.patch(node as MdastNodes, result);
    return result;
  };
  const definitionUrl = (state: State, identifier: string) => state.definitionById.get(identifier.toUpperCase());
  // An empty element that only carries the id links point to; the guard has checked the id's form.
  const anchor = (state: State, node: MdxNode): Element => {
    const id = getAttributeValue(node as Parameters<typeof getAttributeValue>[0], 'id');
    if (id === undefined || !ANCHOR.test(id)) throw new Error('an <Anchor> without a valid id reached the renderer');
    return element(state, node, 'span', { id }, []);
  };
  return {
    heading(state, node) {
      return element(state, node, `h${node.depth}`, { id: ids.get(node) }, state.all(node));
    },
    link(state, node) {
      return element(state, node, 'a', withTitle({ href: href(node.url) }, node.title), state.all(node));
    },
    linkReference(state, node) {
      const definition = definitionUrl(state, node.identifier);
      if (!definition) return state.all(node);
      return element(state, node, 'a', withTitle({ href: href(definition.url) }, definition.title), state.all(node));
    },
    image(state, node) {
      return element(state, node, 'img', withTitle({ src: href(node.url), alt: node.alt ?? '' }, node.title), []);
    },
    imageReference(state, node) {
      const definition = definitionUrl(state, node.identifier);
      if (!definition) return [];
      return element(state, node, 'img', withTitle({ src: href(definition.url), alt: node.alt ?? '' }, definition.title), []);
    },
    // Footnotes are off in the parser; a definition never renders by itself.
    definition() {
      return undefined;
    },
    mdxJsxFlowElement(state, node) {
      if (!Object.hasOwn(ALLOWED_COMPONENTS, node.name ?? '')) throw new Error(`<${node.name}> reached the renderer`);
      switch (node.name) {
        case 'Anchor':
          return anchor(state, node);
        case 'Callout': {
          const type = node.attributes.find((a: { type: string; name?: string }) => a.type === 'mdxJsxAttribute' && a.name === 'type')?.value;
          const kind = type === 'important' ? 'important' : 'note';
          return element(state, node, 'aside', { className: ['callout', `callout-${kind}`], role: 'note' }, state.all(node));
        }
        // The page frames the first layer with its own heading; here it is its list.
        case 'KeyPoints':
          return state.all(node);
        case 'Lang':
          return element(state, node, 'div', { lang: getCheckedLang(node) }, state.all(node));
        default:
          throw new Error(`<${node.name}> reached the renderer`);
      }
    },
    mdxJsxTextElement(state, node) {
      if (!Object.hasOwn(ALLOWED_COMPONENTS, node.name ?? '')) throw new Error(`<${node.name}> reached the renderer`);
      if (node.name === 'Anchor') return anchor(state, node);
      if (node.name === 'Lang') return element(state, node, 'span', { lang: getCheckedLang(node) }, state.all(node));
      throw new Error(`<${node.name}> reached the renderer`);
    },
  } as Handlers;
}

/** The language of a <Lang>, tested again here because it becomes an attribute of the page. */
function getCheckedLang(node: MdxNode): string {
  const code = getLangCode(node);
  if (code === undefined || LANGUAGE_TAG.test(code, '<Lang>')) throw new Error(`a <Lang> without a valid code reached the renderer`);
  return code;
}

function withTitle(properties: Properties, title: string | null | undefined): Properties {
  return title ? { ...properties, title } : properties;
}
