// English vocabulary and sentence patterns for benchmark notices.

import { DURATIONS, at, capitalise, lowerFirst, type ChangeSummary, type Duration, type Language } from './language.ts';

const NOUNS = [
  'account', 'account number', 'address', 'analytics report', 'anonymised dataset', 'app store listing',
  'audit log', 'authentication code', 'backup', 'bank connection', 'billing record', 'browser setting',
  'budget', 'card number', 'category', 'complaint', 'confirmation e-mail', 'consent record', 'contact detail',
  'contract', 'cookie', 'crash report', 'customer file', 'data breach', 'data category', 'data export',
  'processing agreement', 'access request', 'date of birth', 'delivery address', 'device identifier',
  'e-mail address', 'employee record', 'encryption key', 'error log', 'feature setting', 'financial record',
  'fraud signal', 'household member', 'identity document', 'invoice', 'IP address', 'language preference',
  'legal claim', 'location signal', 'login history', 'marketing message', 'message history', 'notification',
  'online identifier', 'order history', 'password', 'payment method', 'payment record', 'phone number',
  'postal address', 'preference', 'processing activity', 'processor', 'profile', 'purchase', 'receipt',
  'recipient', 'recording', 'reference number', 'refund', 'reminder', 'report', 'request', 'retention period',
  'risk assessment', 'safeguard', 'search history', 'security incident', 'service provider', 'session token',
  'settlement', 'signature', 'subscription', 'supervisory authority', 'support ticket', 'survey answer',
  'tax record', 'transaction', 'transfer mechanism', 'usage statistic', 'user name', 'verification step',
  'voice message', 'warranty claim', 'website visit', 'withdrawal of consent', 'sub-processor',
  'contractual clause', 'pseudonymised identifier', 'feedback form',
];

const VERBS = [
  'process', 'collect', 'store', 'share', 'delete', 'review', 'update', 'encrypt', 'anonymise', 'disclose',
  'transfer', 'retain', 'verify', 'restrict', 'analyse', 'record', 'limit', 'protect', 'correct', 'export',
  'archive', 'document', 'monitor', 'assess', 'combine', 'pseudonymise', 'log', 'notify', 'request',
  'receive', 'use', 'access', 'keep', 'check', 'handle', 'erase', 'block', 'flag', 'validate', 'compare',
  'summarise', 'audit', 'back up', 'sign', 'confirm', 'publish', 'rectify', 'inspect', 'suspend', 'reuse',
];

const ADJECTIVES = [
  'relevant', 'necessary', 'accurate', 'encrypted', 'anonymised', 'sensitive', 'limited', 'automated',
  'secure', 'appropriate', 'complete', 'current', 'personal', 'financial', 'technical', 'contractual',
  'aggregated', 'pseudonymised', 'optional', 'mandatory', 'separate', 'specific', 'reasonable', 'lawful',
  'transparent', 'confidential', 'temporary', 'permanent', 'verified', 'outdated', 'incorrect', 'additional',
  'essential', 'legitimate', 'explicit', 'written', 'electronic', 'standard', 'internal', 'external',
  'statistical', 'historical', 'regional', 'national', 'European', 'minimal', 'proportionate', 'previous',
];

const ADVERBIALS = [
  'without undue delay', 'within a reasonable time', 'where the law allows it', 'on our behalf',
  'in the European Economic Area', 'at least once a year', 'for as long as necessary', 'on your request',
  'in line with this notice', 'under a written agreement', 'with appropriate safeguards', 'in encrypted form',
  'only on our instructions', 'free of charge', 'in a structured format', 'as soon as possible',
  'in accordance with the GDPR', 'for a limited period', 'outside the European Union',
  'after your account is closed', 'in aggregated form', 'before it takes effect', 'by e-mail or in the app',
  'under Swedish law', 'on a regular basis', 'with your prior consent', 'for security reasons',
  'where technically feasible', 'in a secure environment', 'for accounting purposes',
];

/** Plural subjects (or "we"), so every verb can stay in its base form. */
const SUBJECTS = [
  'we', 'our processors', 'our support staff', 'our security engineers', 'our partners', 'our subsidiaries',
  'authorised employees', 'external auditors', 'our lawyers', 'payment service providers',
  'the companies in our group', 'our hosting providers', 'our engineers', 'independent experts',
  'the competent authorities',
];

const MODALS = ['may', 'must', 'can', 'will', 'should'];

/** Purposes without their leading "to", so a table cell can reuse them. */
const PURPOSES = [
  'provide the service', 'keep your account secure', 'meet our legal obligations', 'prevent fraud',
  'answer your questions', 'improve our products', 'send you updates', 'process your payments',
  'verify your identity', 'comply with bookkeeping rules', 'defend legal claims', 'measure how the app is used',
  'fix errors', 'personalise your experience', 'manage your subscription', 'detect misuse',
  'handle your complaint', 'keep accurate records', 'protect our systems', 'honour your choices',
  'run our business', 'train our staff', 'test new features', 'calculate fees', 'report to the authorities',
];

const CONDITIONS = [
  'If you close your account', 'When you contact our support team', 'Where you have given your consent',
  'If you connect a bank account', 'When you use the app', 'If the law requires it',
  'When you invite a household member', 'If you object to this processing',
  'Where we rely on legitimate interests', 'When you subscribe to a paid plan', 'If a security incident occurs',
  'When you update your profile', 'If you live outside the EEA', 'Before we make a material change',
  'When you withdraw your consent', 'If we sell part of our business', 'When you sign in from a new device',
  'If your account has been inactive for two years', 'Where a processor acts on our behalf',
  'When you ask for a copy of your data',
];

const LEGAL_BASES = ['Contract', 'Consent', 'Legitimate interests', 'Legal obligation', 'Vital interests', 'Public interest'];

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

function a(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? 'an' : 'a'} ${phrase}`;
}

function duration({ amount, unit }: Duration): string {
  return `${amount} ${unit}${amount === 1 ? '' : 's'}`;
}

function subject(slot: number): string {
  return at(SUBJECTS, slot);
}

function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

function sentence(pattern: number, s: readonly number[]): string {
  const noun = (i: number) => at(NOUNS, s[i]);
  const verb = (i: number) => at(VERBS, s[i]);
  const adj = (i: number) => at(ADJECTIVES, s[i]);
  const adv = (i: number) => at(ADVERBIALS, s[i]);
  const purpose = (i: number) => `to ${at(PURPOSES, s[i])}`;
  switch (pattern) {
    case 0:
      return `${capitalise(subject(s[0]))} ${at(MODALS, s[1])} ${verb(2)} the ${adj(3)} ${noun(4)} ${adv(5)}.`;
    case 1:
      return `${at(CONDITIONS, s[0])}, we ${verb(1)} your ${noun(2)} ${purpose(3)} and ${adv(4)}.`;
    case 2:
      return `We keep the ${noun(0)} for ${duration(at(DURATIONS, s[1]))} and then ${verb(2)} it, unless the ${noun(3)} is still ${adj(4)}.`;
    case 3:
      return `You can ask us to ${verb(0)} any ${adj(1)} ${noun(2)} ${adv(3)}, and we will confirm it by e-mail.`;
    case 4:
      return `${capitalise(subject(s[0]))} only ${verb(1)} the ${noun(2)} when this is necessary ${purpose(3)}.`;
    case 5:
      return `The ${noun(0)} and the ${noun(1)} are ${adj(2)}, and we ${verb(3)} them ${adv(4)}.`;
    case 6:
      return `${at(CONDITIONS, s[0])}, ${subject(s[1])} ${at(MODALS, s[2])} ${verb(3)} the ${noun(4)} and the related ${noun(5)}.`;
    case 7:
      return `This section applies to each ${noun(0)} that ${subject(s[1])} ${verb(2)} ${adv(3)}.`;
    case 8:
      return `We use ${a(`${adj(0)} ${noun(1)}`)} ${purpose(2)}, and we ${verb(3)} it ${adv(4)}.`;
    case 9:
      return `Where possible, we ${verb(0)} the ${noun(1)} ${adv(2)} so that you keep control of your ${noun(3)}.`;
    case 10:
      return `Please note that ${a(noun(0))} may contain ${adj(1)} information about your ${noun(2)} and your ${noun(3)}.`;
    default:
      return `${capitalise(subject(s[0]))} review the ${noun(1)} ${adv(2)} and ${verb(3)} it if it is ${adj(4)}.`;
  }
}

export const english: Language = {
  code: 'en',
  sentence,
  term: (slot) => `**${capitalise(at(NOUNS, slot))}:**`,
  tableHeader: () => ['Purpose', 'Personal data', 'Legal basis', 'Retention'],
  tableRow: (s) => [
    capitalise(at(PURPOSES, s[0])),
    capitalise(at(NOUNS, s[1])),
    at(LEGAL_BASES, s[2]),
    capitalise(duration(at(DURATIONS, s[3]))),
  ],
  noticeLink: (title, href, variant) =>
    at(
      [
        `Read more in our [${title}](${href}).`,
        `The [${title}](${href}) explains this in more detail.`,
        `See also our [${title}](${href}), which applies alongside this notice.`,
      ],
      variant,
    ),
  sectionLink: (title, href, variant) =>
    at([`See [${title}](${href}) for details.`, `This is explained under [${title}](${href}).`], variant),
  emailSentence: (address, variant) =>
    at(
      [
        `Questions about this section can be sent to [${address}](mailto:${address}).`,
        `You can write to us at [${address}](mailto:${address}) at any time.`,
      ],
      variant,
    ),
  intro: (organisation, product, date, variant) =>
    `${at(
      [
        `This notice explains how ${organisation} processes personal data in connection with ${product}.`,
        `This document describes the rules that apply when you use ${product}, a service of ${organisation}.`,
      ],
      variant,
    )} This version applies from ${formatDate(date)}.`,
  summary: (organisation, product, variant) =>
    at(
      [
        `How ${organisation} handles your personal data when you use ${product}, and what rights you have.`,
        `The rules that apply to ${product}, what ${organisation} does with your data and how to contact us.`,
      ],
      variant,
    ),
  changes: ({ edited, added, removed, moved }: ChangeSummary) =>
    `We revised the wording of ${edited} ${edited === 1 ? 'paragraph' : 'paragraphs'}, added a paragraph to “${added}”, ` +
    `removed a paragraph from “${removed}” and moved the section “${moved}”.`,
  inlineTitle: lowerFirst,
};
