// The Starlight peer's plumbing that needs no install: when to install, counting its pages, checking its links.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../bench/site-measures.ts';
import { checkDocsLinks, countStarlightPages, peerInstallState, STARLIGHT_PEER_DIR } from '../../bench/starlight-peer.ts';
import { writeFile } from '../helpers/fixtures.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paragraf-starlight-peer-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the committed peer', () => {
  it('pins exact versions of Starlight and Astro, and has a lockfile', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(STARLIGHT_PEER_DIR, 'package.json'), 'utf8'));
    expect(pkg.dependencies['@astrojs/starlight']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(pkg.dependencies.astro).toMatch(/^\d+\.\d+\.\d+$/);
    const lock = JSON.parse(fs.readFileSync(path.join(STARLIGHT_PEER_DIR, 'package-lock.json'), 'utf8'));
    expect(lock.packages['node_modules/@astrojs/starlight'].version).toBe(pkg.dependencies['@astrojs/starlight']);
    expect(lock.packages['node_modules/astro'].version).toBe(pkg.dependencies.astro);
  });

  it('is not part of the project’s own install', () => {
    const root = JSON.parse(fs.readFileSync(path.join(STARLIGHT_PEER_DIR, '..', '..', '..', 'package.json'), 'utf8'));
    expect(root.workspaces).toBeUndefined();
    expect(JSON.stringify(root)).not.toContain('starlight');
  });
});

describe('peerInstallState()', () => {
  it('is missing without node_modules, and stale with one that no install of this lockfile finished', () => {
    const peer = path.join(dir, 'peer');
    writeFile(peer, 'package.json', '{"dependencies":{}}');
    writeFile(peer, 'package-lock.json', '{"lockfileVersion":3}');
    expect(peerInstallState(peer)).toBe('missing');
    fs.mkdirSync(path.join(peer, 'node_modules'));
    expect(peerInstallState(peer)).toBe('stale');
  });
});

describe('a built Starlight site', () => {
  const site = path.join(dir, 'site');
  const page = (content: string, ids: string[] = []) =>
    `<html><body><nav><a href="/en/elsewhere/">Sidebar</a></nav><main>${ids.map((id) => `<h2 id="${id}">H</h2>`).join('')}` +
    `<div class="sl-markdown-content">${content}</div><footer><a href="/gone/">Footer</a></footer></main></body></html>`;
  writeFile(site, '404.html', '<html></html>');
  writeFile(
    site,
    'en/notice-1/2024-01-01/index.html',
    page(
      '<div class="sl-heading-wrapper"><h2 id="scope">Scope</h2><a class="sl-anchor-link" href="#scope">§</a></div>' +
        '<p><a href="/en/notice-2/2025-01-01/#rights">ok</a> <a href="/en/notice-2/2025-01-01/#missing">no heading</a> ' +
        '<a href="/en/notice-9/2025-01-01/">no page</a> <a href="#scope">own</a> <a href="mailto:dpo@solvik.example">mail</a> ' +
        '<a href="https://help.solvik.example/">external</a> <a href="/_astro/file.css">file</a></p>',
    ),
  );
  writeFile(site, 'en/notice-2/2025-01-01/index.html', page('<p>No links.</p>', ['rights']));
  writeFile(site, 'pagefind/pagefind.js', '');
  const files = listFiles(site);

  it('counts HTML files, and the docs pages among them', () => {
    expect(countStarlightPages(files)).toEqual({ html: 3, docs: 2 });
  });

  it('checks the links of the text, not Starlight’s own navigation, heading links, e-mail or other sites', () => {
    const check = checkDocsLinks(site, files);
    expect(check.checked).toBe(4);
    expect(check.brokenCount).toBe(2);
    expect(check.broken).toEqual(['/en/notice-1/2024-01-01/ → /en/notice-2/2025-01-01/#missing', '/en/notice-1/2024-01-01/ → /en/notice-9/2025-01-01/']);
  });
});
