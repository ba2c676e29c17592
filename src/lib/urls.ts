// The one reader of an address written by an editor: in a notice's links and images, and in the
// sidebar. It reads the address the way a browser will, so that what passes here cannot turn into
// something else in the reader's browser.

export type LinkTarget =
  /** `#section` on the same page. */
  | { kind: 'fragment'; href: string; anchor: string }
  /** A page of this site: a single `/` followed by a path. */
  | { kind: 'site'; href: string; path: string; anchor?: string }
  /** An http: or https: address elsewhere. */
  | { kind: 'web'; href: string; url: URL; secure: boolean }
  | { kind: 'email'; href: string }
  | { kind: 'phone'; href: string }
  | { kind: 'refused'; href: string; reason: RefusedReason; scheme?: string };

export type RefusedReason =
  /** javascript:, data:, vbscript: — addresses that run code or smuggle content. */
  | 'script'
  /** Any other scheme: file:, ftp:, chrome:, … */
  | 'scheme'
  /** `//host/…` or `/\host`: another site, whatever the page's own scheme. */
  | 'protocol-relative'
  /** `page/` or `../x`: it would lead somewhere different from each page. */
  | 'relative'
  | 'empty'
  /** An http(s) address that does not parse. */
  | 'malformed'
  /** A site path with "." or ".." segments, which lead out of where the path seems to point. */
  | 'dot-segment';

const SCRIPT_SCHEMES = new Set(['javascript', 'data', 'vbscript']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Reads an address as a browser would: it drops leading and trailing control characters and spaces,
 * and tabs and line breaks anywhere ("java\tscript:" is javascript:), and takes "\" for "/".
 */
export function readLink(written: string): LinkTarget {
  // eslint-disable-next-line no-control-regex
  const href = written.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
  if (href === '') return { kind: 'refused', href, reason: 'empty' };
  if (href.startsWith('#')) return { kind: 'fragment', href, anchor: href.slice(1) };
  if (/^[/\\][/\\]/.test(href)) return { kind: 'refused', href, reason: 'protocol-relative' };
  if (href.startsWith('/')) {
    const hash = href.indexOf('#');
    const path = hash === -1 ? href : href.slice(0, hash);
    // A backslash anywhere in a site path is a slash to the browser; refuse the ambiguity.
    if (path.includes('\\')) return { kind: 'refused', href, reason: 'malformed' };
    if (/(^|\/)(\.|%2e){1,2}(\/|$|\?)/i.test(path)) return { kind: 'refused', href, reason: 'dot-segment' };
    return hash === -1 ? { kind: 'site', href, path } : { kind: 'site', href, path, anchor: href.slice(hash + 1) };
  }
  const scheme = SCHEME.exec(href)?.[1].toLowerCase();
  if (!scheme) return { kind: 'refused', href, reason: 'relative' };
  if (SCRIPT_SCHEMES.has(scheme)) return { kind: 'refused', href, reason: 'script', scheme };
  if (scheme === 'https' || scheme === 'http') {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      return { kind: 'refused', href, reason: 'malformed', scheme };
    }
    if (!url.hostname || href.includes('\\')) return { kind: 'refused', href, reason: 'malformed', scheme };
    return { kind: 'web', href, url, secure: scheme === 'https' };
  }
  if (scheme === 'mailto') return { kind: 'email', href };
  if (scheme === 'tel') return { kind: 'phone', href };
  return { kind: 'refused', href, reason: 'scheme', scheme };
}

/** Why an address was refused, in words an editor can act on. */
export function describeRefusedLink(target: Extract<LinkTarget, { kind: 'refused' }>, written: string): { message: string; fix: string } {
  const shown = shorten(written);
  switch (target.reason) {
    case 'script':
      return {
        message: `the address "${shown}" is not allowed: ${target.scheme}: addresses can run code in the reader’s browser`,
        fix: 'link to an https:// page or a page of this site instead, or remove the link',
      };
    case 'scheme':
      return {
        message: `the address "${shown}" uses "${target.scheme}:", which the site does not allow`,
        fix: 'link only to https:// pages, mailto: and tel: addresses, or pages of this site (starting with /)',
      };
    case 'protocol-relative':
      return {
        message: `the address "${shown}" leads to another site but does not say https:`,
        fix: `write the full address, e.g. https:${target.href.replace(/^[/\\]+/, '//')}`,
      };
    case 'relative':
      return {
        message: `the address "${shown}" is relative, so it would lead somewhere different from each page`,
        fix: 'start links to this site with /, e.g. /cookie-notice/, and links elsewhere with https://',
      };
    case 'empty':
      return { message: 'the link has no address', fix: 'put the address between the parentheses, e.g. [cookie notice](/cookie-notice/)' };
    case 'dot-segment':
      return {
        message: `the address "${shown}" holds "." or ".." steps, which lead somewhere else than the path says`,
        fix: 'write the path as it is on the site, from the first /, without ./ or ../',
      };
    case 'malformed':
      return {
        message: `the address "${shown}" cannot be read as a web address`,
        fix: 'check it for typos and backslashes, e.g. https://example.com/page',
      };
  }
}

export function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
