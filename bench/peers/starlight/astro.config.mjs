// The Starlight site `npm run bench -- --peer starlight` builds: Starlight's defaults, its built-in Pagefind search
// included, with the corpus's three languages. bench/run.ts copies this file into a temporary site folder next to
// the converted corpus, so nothing generated lands in the repository and two benchmark runs never share a folder.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  // The corpus's own address (its site.yaml): with it Starlight also writes its sitemap, as a published site would.
  site: 'https://legal.solvik.example',
  integrations: [
    starlight({
      title: 'Solvik Systems AB',
      // English is the corpus's source language, so a text missing in Swedish or French falls back to it, as in
      // Paragraf. Every language keeps its own prefix (/en/, /sv/, /fr/), like Paragraf's URLs.
      defaultLocale: 'en',
      locales: {
        sv: { label: 'Svenska', lang: 'sv' },
        fr: { label: 'Français', lang: 'fr' },
        en: { label: 'English', lang: 'en' },
      },
    }),
  ],
});
