import { describe, expect, it } from 'vitest';
import { getAbsoluteUrl, localizeHref } from '../../src/lib/routes.ts';

const notices = new Set(['privacy-notice', 'cookie-notice']);

describe('links in notice texts', () => {
  it('keeps a link to another notice in the reader’s language', () => {
    expect(localizeHref('/cookie-notice/', 'sv', notices)).toBe('/sv/cookie-notice/');
    expect(localizeHref('/privacy-notice/#your-rights', 'fr', notices)).toBe('/fr/privacy-notice/#your-rights');
    expect(localizeHref('/privacy-notice/2023-03-01/', 'en', notices)).toBe('/en/privacy-notice/2023-03-01/');
  });

  it('leaves anchors, e-mail, external links and other site paths alone', () => {
    expect(localizeHref('#your-rights', 'sv', notices)).toBe('#your-rights');
    expect(localizeHref('mailto:privacy@kvarnby.example', 'sv', notices)).toBe('mailto:privacy@kvarnby.example');
    expect(localizeHref('https://www.imy.se/', 'sv', notices)).toBe('https://www.imy.se/');
    expect(localizeHref('//cdn.example/x', 'sv', notices)).toBe('//cdn.example/x');
    expect(localizeHref('/about/', 'sv', notices)).toBe('/about/');
  });

  it('builds absolute URLs on the published site', () => {
    expect(getAbsoluteUrl('https://legal.example', '/sv/')).toBe('https://legal.example/sv/');
    expect(getAbsoluteUrl('https://legal.example/', '/sv/')).toBe('https://legal.example/sv/');
  });
});
