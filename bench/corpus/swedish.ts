// Swedish vocabulary and sentence patterns for benchmark notices; nouns are compounds, as Swedish legal text is.

import { DURATIONS, at, capitalise, type ChangeSummary, type Duration, type Language } from './language.ts';

/** Compound first parts, with the linking -s where Swedish puts one; "" gives the bare head noun. */
const PREFIXES = [
  '', 'person', 'data', 'integritets', 'säkerhets', 'lagrings', 'behandlings', 'betalnings', 'kund', 'bank',
  'kontakt', 'leverantörs', 'användar', 'tillsyns', 'konsument', 'samtyckes', 'marknadsförings', 'support',
  'konto', 'inloggnings', 'transaktions', 'faktura', 'avtals', 'hushålls', 'prenumerations', 'enhets',
  'lösenords', 'incident', 'gallrings', 'överförings', 'identitets', 'skatte', 'bokförings', 'ansöknings',
  'personal', 'besöks', 'kommunikations', 'rapport', 'riskbedömnings', 'plats',
];

interface Noun {
  /** Indefinite singular: "uppgift". */
  base: string;
  /** Definite singular: "uppgiften". */
  definite: string;
  /** Common (en) or neuter (ett) gender. */
  neuter: boolean;
}

const HEADS: Noun[] = [
  ['uppgift', 'uppgiften', false], ['avtal', 'avtalet', true], ['tid', 'tiden', false], ['skydd', 'skyddet', true],
  ['åtgärd', 'åtgärden', false], ['policy', 'policyn', false], ['ombud', 'ombudet', true],
  ['register', 'registret', true], ['logg', 'loggen', false], ['rutin', 'rutinen', false],
  ['begäran', 'begäran', false], ['underlag', 'underlaget', true], ['inställning', 'inställningen', false],
  ['historik', 'historiken', false], ['handling', 'handlingen', false], ['meddelande', 'meddelandet', true],
  ['nummer', 'numret', true], ['adress', 'adressen', false], ['rapport', 'rapporten', false],
  ['kopia', 'kopian', false], ['intyg', 'intyget', true], ['ärende', 'ärendet', true], ['system', 'systemet', true],
  ['process', 'processen', false], ['fil', 'filen', false], ['kategori', 'kategorin', false],
  ['formulär', 'formuläret', true], ['villkor', 'villkoret', true], ['beslut', 'beslutet', true],
  ['uppdrag', 'uppdraget', true], ['profil', 'profilen', false], ['kod', 'koden', false], ['spärr', 'spärren', false],
  ['mottagare', 'mottagaren', false], ['ansvar', 'ansvaret', true], ['material', 'materialet', true],
  ['underrättelse', 'underrättelsen', false], ['bedömning', 'bedömningen', false],
  ['förteckning', 'förteckningen', false], ['nyckel', 'nyckeln', false],
].map(([base, definite, neuter]) => ({ base, definite, neuter }) as Noun);

/** Verbs as [present, infinitive]; particle verbs keep their particle. */
const VERBS = [
  ['behandlar', 'behandla'], ['samlar in', 'samla in'], ['lagrar', 'lagra'], ['delar', 'dela'],
  ['raderar', 'radera'], ['granskar', 'granska'], ['uppdaterar', 'uppdatera'], ['krypterar', 'kryptera'],
  ['anonymiserar', 'anonymisera'], ['lämnar ut', 'lämna ut'], ['överför', 'överföra'], ['sparar', 'spara'],
  ['kontrollerar', 'kontrollera'], ['begränsar', 'begränsa'], ['analyserar', 'analysera'],
  ['registrerar', 'registrera'], ['skyddar', 'skydda'], ['rättar', 'rätta'], ['exporterar', 'exportera'],
  ['arkiverar', 'arkivera'], ['dokumenterar', 'dokumentera'], ['övervakar', 'övervaka'], ['bedömer', 'bedöma'],
  ['sammanställer', 'sammanställa'], ['pseudonymiserar', 'pseudonymisera'], ['loggar', 'logga'],
  ['meddelar', 'meddela'], ['begär', 'begära'], ['tar emot', 'ta emot'], ['använder', 'använda'],
  ['hanterar', 'hantera'], ['spärrar', 'spärra'], ['flaggar', 'flagga'], ['validerar', 'validera'],
  ['jämför', 'jämföra'], ['sammanfattar', 'sammanfatta'], ['reviderar', 'revidera'],
  ['säkerhetskopierar', 'säkerhetskopiera'], ['signerar', 'signera'], ['bekräftar', 'bekräfta'],
  ['publicerar', 'publicera'], ['korrigerar', 'korrigera'], ['inspekterar', 'inspektera'],
  ['stänger av', 'stänga av'], ['återanvänder', 'återanvända'], ['gallrar', 'gallra'], ['förvarar', 'förvara'],
  ['verifierar', 'verifiera'], ['tar bort', 'ta bort'],
];

/** Adjectives as [common, neuter, definite or plural]. */
const ADJECTIVES = [
  ['relevant', 'relevant', 'relevanta'], ['nödvändig', 'nödvändigt', 'nödvändiga'], ['korrekt', 'korrekt', 'korrekta'],
  ['krypterad', 'krypterat', 'krypterade'], ['anonymiserad', 'anonymiserat', 'anonymiserade'],
  ['känslig', 'känsligt', 'känsliga'], ['begränsad', 'begränsat', 'begränsade'],
  ['automatiserad', 'automatiserat', 'automatiserade'], ['säker', 'säkert', 'säkra'],
  ['lämplig', 'lämpligt', 'lämpliga'], ['fullständig', 'fullständigt', 'fullständiga'],
  ['aktuell', 'aktuellt', 'aktuella'], ['personlig', 'personligt', 'personliga'],
  ['ekonomisk', 'ekonomiskt', 'ekonomiska'], ['teknisk', 'tekniskt', 'tekniska'],
  ['avtalsenlig', 'avtalsenligt', 'avtalsenliga'], ['sammanställd', 'sammanställt', 'sammanställda'],
  ['pseudonymiserad', 'pseudonymiserat', 'pseudonymiserade'], ['frivillig', 'frivilligt', 'frivilliga'],
  ['obligatorisk', 'obligatoriskt', 'obligatoriska'], ['separat', 'separat', 'separata'],
  ['specifik', 'specifikt', 'specifika'], ['rimlig', 'rimligt', 'rimliga'], ['laglig', 'lagligt', 'lagliga'],
  ['öppen', 'öppet', 'öppna'], ['konfidentiell', 'konfidentiellt', 'konfidentiella'],
  ['tillfällig', 'tillfälligt', 'tillfälliga'], ['permanent', 'permanent', 'permanenta'],
  ['verifierad', 'verifierat', 'verifierade'], ['inaktuell', 'inaktuellt', 'inaktuella'],
  ['felaktig', 'felaktigt', 'felaktiga'], ['kompletterande', 'kompletterande', 'kompletterande'],
  ['väsentlig', 'väsentligt', 'väsentliga'], ['berättigad', 'berättigat', 'berättigade'],
  ['uttrycklig', 'uttryckligt', 'uttryckliga'], ['skriftlig', 'skriftligt', 'skriftliga'],
  ['elektronisk', 'elektroniskt', 'elektroniska'], ['intern', 'internt', 'interna'], ['extern', 'externt', 'externa'],
  ['statistisk', 'statistiskt', 'statistiska'], ['historisk', 'historiskt', 'historiska'],
  ['regional', 'regionalt', 'regionala'], ['nationell', 'nationellt', 'nationella'],
  ['europeisk', 'europeiskt', 'europeiska'], ['minimal', 'minimalt', 'minimala'],
  ['proportionerlig', 'proportionerligt', 'proportionerliga'], ['tidigare', 'tidigare', 'tidigare'],
  ['gemensam', 'gemensamt', 'gemensamma'],
];

const ADVERBIALS = [
  'utan onödigt dröjsmål', 'inom rimlig tid', 'när lagen tillåter det', 'för vår räkning', 'inom EES',
  'minst en gång om året', 'så länge det behövs', 'på din begäran', 'i enlighet med den här policyn',
  'enligt ett skriftligt avtal', 'med lämpliga skyddsåtgärder', 'i krypterad form', 'endast enligt våra instruktioner',
  'utan kostnad för dig', 'i ett strukturerat format', 'så snart som möjligt', 'i enlighet med dataskyddsförordningen',
  'under en begränsad tid', 'utanför Europeiska unionen', 'efter att ditt konto har avslutats', 'i sammanställd form',
  'innan ändringen börjar gälla', 'via e-post eller i appen', 'enligt svensk lag', 'med jämna mellanrum',
  'med ditt förhandsgodkännande', 'av säkerhetsskäl', 'där det är tekniskt möjligt', 'i en säker miljö',
  'för bokföringsändamål',
];

const SUBJECTS = [
  'vi', 'våra personuppgiftsbiträden', 'vår supportpersonal', 'våra säkerhetsingenjörer', 'våra samarbetspartner',
  'våra dotterbolag', 'behöriga medarbetare', 'externa revisorer', 'våra jurister', 'betaltjänstleverantörer',
  'bolagen i vår koncern', 'våra driftleverantörer', 'våra utvecklare', 'oberoende experter', 'behöriga myndigheter',
];

const MODALS = ['får', 'måste', 'kan', 'kommer att', 'bör'];

/** Purposes without their leading "för att". */
const PURPOSES = [
  'tillhandahålla tjänsten', 'skydda ditt konto', 'uppfylla våra rättsliga förpliktelser', 'förhindra bedrägerier',
  'svara på dina frågor', 'förbättra våra produkter', 'skicka uppdateringar till dig', 'genomföra dina betalningar',
  'kontrollera din identitet', 'följa bokföringslagen', 'försvara rättsliga anspråk', 'mäta hur appen används',
  'rätta fel', 'anpassa din upplevelse', 'hantera din prenumeration', 'upptäcka missbruk', 'hantera ditt klagomål',
  'föra korrekta register', 'skydda våra system', 'respektera dina val', 'driva vår verksamhet',
  'utbilda vår personal', 'testa nya funktioner', 'beräkna avgifter', 'rapportera till myndigheterna',
];

const CONDITIONS = [
  'Om du avslutar ditt konto', 'När du kontaktar vår kundtjänst', 'Om du har lämnat ditt samtycke',
  'Om du kopplar ett bankkonto', 'När du använder appen', 'Om lagen kräver det',
  'När du bjuder in en hushållsmedlem', 'Om du invänder mot behandlingen',
  'När vi stöder oss på ett berättigat intresse', 'När du tecknar ett betalabonnemang',
  'Om en säkerhetsincident inträffar', 'När du uppdaterar din profil', 'Om du bor utanför EES',
  'Innan vi gör en väsentlig ändring', 'När du återkallar ditt samtycke', 'Om vi säljer en del av verksamheten',
  'När du loggar in från en ny enhet', 'Om ditt konto har varit inaktivt i två år',
  'När ett personuppgiftsbiträde agerar för vår räkning', 'När du begär en kopia av dina uppgifter',
];

const LEGAL_BASES = ['Avtal', 'Samtycke', 'Berättigat intresse', 'Rättslig förpliktelse', 'Grundläggande intressen', 'Allmänt intresse'];

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const UNITS: Record<Duration['unit'], [string, string]> = {
  day: ['dag', 'dagar'],
  month: ['månad', 'månader'],
  year: ['år', 'år'],
};

/** A compound noun: the prefix from one part of the slot, the head from another. */
function noun(slot: number): Noun {
  const prefix = at(PREFIXES, slot);
  const head = at(HEADS, Math.floor(slot / PREFIXES.length));
  return { base: prefix + head.base, definite: prefix + head.definite, neuter: head.neuter };
}

function adjective(slot: number, form: 'common' | 'neuter' | 'definite'): string {
  const forms = at(ADJECTIVES, slot);
  return forms[form === 'common' ? 0 : form === 'neuter' ? 1 : 2];
}

function duration({ amount, unit }: Duration): string {
  return `${amount} ${UNITS[unit][amount === 1 ? 0 : 1]}`;
}

function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * Swedish puts a word straight after the finite verb and before a particle: "stänger vi av", "stänger bara av",
 * "kommer våra jurister att". `verb` is the finite form, possibly with a particle or "att".
 */
function afterFiniteVerb(verb: string, word: string): string {
  const space = verb.indexOf(' ');
  return space < 0 ? `${verb} ${word}` : `${verb.slice(0, space)} ${word}${verb.slice(space)}`;
}

function sentence(pattern: number, s: readonly number[]): string {
  const n = (i: number) => noun(s[i]);
  const present = (i: number) => at(VERBS, s[i])[0];
  const infinitive = (i: number) => at(VERBS, s[i])[1];
  const adv = (i: number) => at(ADVERBIALS, s[i]);
  const purpose = (i: number) => `för att ${at(PURPOSES, s[i])}`;
  const subject = (i: number) => at(SUBJECTS, s[i]);
  const your = (x: Noun) => `${x.neuter ? 'ditt' : 'din'} ${x.base}`;
  const it = (x: Noun) => (x.neuter ? 'det' : 'den');
  switch (pattern) {
    case 0: {
      const x = n(4);
      return `${capitalise(subject(0))} ${at(MODALS, s[1])} ${infinitive(2)} ${it(x)} ${adjective(s[3], 'definite')} ${x.definite} ${adv(5)}.`;
    }
    case 1:
      return `${at(CONDITIONS, s[0])} ${afterFiniteVerb(present(1), 'vi')} ${your(n(2))} ${purpose(3)} och ${adv(4)}.`;
    case 2: {
      const x = n(0);
      const y = n(3);
      return `Vi sparar ${x.definite} i ${duration(at(DURATIONS, s[1]))} och ${present(2)} ${it(x)} sedan, om inte ${y.definite} fortfarande är ${adjective(s[4], y.neuter ? 'neuter' : 'common')}.`;
    }
    case 3: {
      const x = n(2);
      return `Du kan be oss att ${infinitive(0)} ${x.neuter ? 'ett' : 'en'} ${adjective(s[1], x.neuter ? 'neuter' : 'common')} ${x.base} ${adv(3)}, och vi bekräftar det via e-post.`;
    }
    case 4:
      return `${capitalise(subject(0))} ${afterFiniteVerb(present(1), 'bara')} ${n(2).definite} när det behövs ${purpose(3)}.`;
    case 5:
      return `${capitalise(n(0).definite)} och ${n(1).definite} är ${adjective(s[2], 'definite')}, och vi ${present(3)} dem ${adv(4)}.`;
    case 6:
      return `${at(CONDITIONS, s[0])} ${afterFiniteVerb(at(MODALS, s[2]), subject(1))} ${infinitive(3)} ${n(4).definite} och tillhörande ${n(5).base}.`;
    case 7:
      return `Det här avsnittet gäller varje ${n(0).base} som ${subject(1)} ${present(2)} ${adv(3)}.`;
    case 8: {
      const x = n(1);
      return `Vi använder ${x.neuter ? 'ett' : 'en'} ${adjective(s[0], x.neuter ? 'neuter' : 'common')} ${x.base} ${purpose(2)}, och vi ${present(3)} ${it(x)} ${adv(4)}.`;
    }
    case 9:
      return `När det är möjligt ${afterFiniteVerb(present(0), 'vi')} ${n(1).definite} ${adv(2)} så att du behåller kontrollen över ${your(n(3))}.`;
    case 10: {
      const x = n(0);
      return `Observera att ${x.neuter ? 'ett' : 'en'} ${x.base} kan innehålla ${adjective(s[1], 'definite')} uppgifter om ${your(n(2))} och ${your(n(3))}.`;
    }
    default: {
      const x = n(1);
      return `${capitalise(subject(0))} granskar ${x.definite} ${adv(2)} och ${present(3)} ${it(x)} om ${it(x)} är ${adjective(s[4], x.neuter ? 'neuter' : 'common')}.`;
    }
  }
}

export const swedish: Language = {
  code: 'sv',
  sentence,
  term: (slot) => `**${capitalise(noun(slot).base)}:**`,
  tableHeader: () => ['Ändamål', 'Personuppgifter', 'Rättslig grund', 'Lagringstid'],
  tableRow: (s) => [
    capitalise(at(PURPOSES, s[0])),
    capitalise(noun(s[1]).base),
    at(LEGAL_BASES, s[2]),
    capitalise(duration(at(DURATIONS, s[3]))),
  ],
  noticeLink: (title, href, variant) =>
    at(
      [
        `Läs mer i dokumentet [${title}](${href}).`,
        `Mer information finns i [${title}](${href}).`,
        `Se även [${title}](${href}), som gäller parallellt med den här policyn.`,
      ],
      variant,
    ),
  sectionLink: (title, href, variant) =>
    at([`Se avsnittet [${title}](${href}) för mer information.`, `Det förklaras under [${title}](${href}).`], variant),
  emailSentence: (address, variant) =>
    at(
      [
        `Frågor om det här avsnittet kan skickas till [${address}](mailto:${address}).`,
        `Du kan när som helst skriva till oss på [${address}](mailto:${address}).`,
      ],
      variant,
    ),
  intro: (organisation, product, date, variant) =>
    `${at(
      [
        `Den här policyn förklarar hur ${organisation} behandlar personuppgifter i samband med ${product}.`,
        `Det här dokumentet beskriver de regler som gäller när du använder ${product}, en tjänst från ${organisation}.`,
      ],
      variant,
    )} Den här versionen gäller från och med den ${formatDate(date)}.`,
  summary: (organisation, product, variant) =>
    at(
      [
        `Hur ${organisation} hanterar dina personuppgifter när du använder ${product}, och vilka rättigheter du har.`,
        `De regler som gäller för ${product}, vad ${organisation} gör med dina uppgifter och hur du kontaktar oss.`,
      ],
      variant,
    ),
  changes: ({ edited, added, removed, moved }: ChangeSummary) =>
    `Vi har ändrat formuleringar i ${edited} ${edited === 1 ? 'stycke' : 'stycken'}, lagt till ett stycke i avsnittet ”${added}”, ` +
    `tagit bort ett stycke ur ”${removed}” och flyttat avsnittet ”${moved}”.`,
  inlineTitle: (title) => title,
};
