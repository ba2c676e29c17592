// `npm run notice -- announce <notice> <date> [--locale L]`: prints the announcement of a new version, ready to send.

import { buildAnnouncement } from '../../lib/announcement.ts';
import { getComparisons } from '../../lib/comparisons.ts';
import { loadTranslations } from '../../lib/i18n.ts';
import { defineCommand } from '../command.ts';
import { requireNoticeSlug, requireRealDate } from '../steps/check-arguments.ts';
import { findNotice, findVersion, loadSiteForCommand, requireLocale } from '../steps/load-site.ts';

export const noticeAnnounce = defineCommand({
  name: 'announce',
  summary: 'Print the announcement of a new version for e-mail or an in-app message, per language',
  args: ['<notice>', '<date>'],
  options: {
    locale: { type: 'string', value: '<locale>', description: 'Only this language (default: every language of the site)' },
  },
  writes: false,
  description: [
    'Prints, for each language, a subject, the announcement as plain text and as HTML: what changes (the\n' +
      'version\'s "changes" and a summary of its redline), from when, where to read the new text and the redline,\n' +
      'and whom to ask (site.yaml "contact"). Send it well before the date: the EDPB transparency guidelines\n' +
      '(WP260 ¶29) ask that material changes reach readers through a channel of their own.',
  ],
  examples: ['npm run notice -- announce ccpa-supplement 2027-01-01', 'npm run notice -- announce privacy-notice 2025-05-15 --locale sv'],
  run(context) {
    const [slug, date] = context.args;
    requireNoticeSlug(slug);
    requireRealDate('<date>', date);
    const site = loadSiteForCommand(context);
    const locales = context.options.locale ? [context.options.locale] : site.locales;
    for (const locale of locales) requireLocale(site, locale, context.display);
    const notice = findNotice(site, slug, context.display);
    const version = findVersion(site, notice, date, context.display);
    if (version.date <= site.now) {
      context.warn(`Note: the version of ${date} is already in effect (today is ${site.now}); announce changes before they take effect.`);
    }
    const translations = loadTranslations(context.settings().localesDir, site.locales, site.sourceLocale);
    const comparisons = getComparisons(site);
    locales.forEach((locale, index) => {
      const announcement = buildAnnouncement(site, notice, version, locale, translations.forLocale(locale), comparisons);
      if (index > 0) context.print();
      context.print(`===== ${locale}: subject =====`);
      context.print(announcement.subject);
      context.print(`===== ${locale}: plain text =====`);
      context.print(announcement.text.replace(/\n$/, ''));
      context.print(`===== ${locale}: HTML =====`);
      context.print(announcement.html.replace(/\n$/, ''));
    });
  },
});
