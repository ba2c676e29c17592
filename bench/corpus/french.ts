// French vocabulary and sentence patterns for benchmark notices, with the elisions French requires (l’, d’, qu’, n’, s’).

import { DURATIONS, at, capitalise, lowerFirst, type ChangeSummary, type Duration, type Language } from './language.ts';

interface Noun {
  word: string;
  feminine: boolean;
}

const NOUNS: Noun[] = (
  [
    ['compte', 'm'], ['numéro de compte', 'm'], ['adresse', 'f'], ['rapport d’analyse', 'm'],
    ['jeu de données', 'm'], ['boutique d’applications', 'f'], ['journal d’audit', 'm'],
    ['code d’authentification', 'm'], ['sauvegarde', 'f'], ['connexion bancaire', 'f'],
    ['relevé de facturation', 'm'], ['paramètre du navigateur', 'm'], ['budget', 'm'], ['numéro de carte', 'm'],
    ['catégorie', 'f'], ['réclamation', 'f'], ['e-mail de confirmation', 'm'], ['preuve du consentement', 'f'],
    ['coordonnée', 'f'], ['contrat', 'm'], ['cookie', 'm'], ['rapport de plantage', 'm'], ['dossier client', 'm'],
    ['violation de données', 'f'], ['catégorie de données', 'f'], ['export de données', 'm'],
    ['accord de traitement', 'm'], ['demande d’accès', 'f'], ['date de naissance', 'f'],
    ['adresse de livraison', 'f'], ['identifiant de l’appareil', 'm'], ['adresse électronique', 'f'],
    ['dossier du salarié', 'm'], ['clé de chiffrement', 'f'], ['journal d’erreurs', 'm'], ['réglage', 'm'],
    ['pièce comptable', 'f'], ['signal de fraude', 'm'], ['membre du foyer', 'm'], ['pièce d’identité', 'f'],
    ['facture', 'f'], ['adresse IP', 'f'], ['préférence linguistique', 'f'], ['action en justice', 'f'],
    ['donnée de localisation', 'f'], ['historique de connexion', 'm'], ['message commercial', 'm'],
    ['historique des messages', 'm'], ['notification', 'f'], ['identifiant en ligne', 'm'],
    ['historique des commandes', 'm'], ['mot de passe', 'm'], ['moyen de paiement', 'm'],
    ['justificatif de paiement', 'm'], ['numéro de téléphone', 'm'], ['adresse postale', 'f'], ['préférence', 'f'],
    ['activité de traitement', 'f'], ['sous-traitant', 'm'], ['profil', 'm'], ['achat', 'm'], ['reçu', 'm'],
    ['destinataire', 'm'], ['enregistrement', 'm'], ['numéro de référence', 'm'], ['remboursement', 'm'],
    ['rappel', 'm'], ['rapport', 'm'], ['demande', 'f'], ['durée de conservation', 'f'], ['analyse d’impact', 'f'],
    ['garantie', 'f'], ['historique de recherche', 'm'], ['incident de sécurité', 'm'], ['prestataire', 'm'],
    ['jeton de session', 'm'], ['règlement', 'm'], ['signature', 'f'], ['abonnement', 'm'],
    ['autorité de contrôle', 'f'], ['ticket d’assistance', 'm'], ['réponse à l’enquête', 'f'], ['dossier fiscal', 'm'],
    ['transaction', 'f'], ['mécanisme de transfert', 'm'], ['statistique d’utilisation', 'f'],
    ['nom d’utilisateur', 'm'], ['étape de vérification', 'f'], ['message vocal', 'm'], ['demande de garantie', 'f'],
    ['visite du site', 'f'], ['retrait du consentement', 'm'], ['clause contractuelle', 'f'],
    ['identifiant pseudonymisé', 'm'], ['formulaire de commentaires', 'm'],
  ] as const
).map(([word, gender]) => ({ word, feminine: gender === 'f' }));

/** Verbs as [infinitive, first person plural]. */
const VERBS = [
  ['traiter', 'traitons'], ['collecter', 'collectons'], ['conserver', 'conservons'], ['partager', 'partageons'],
  ['supprimer', 'supprimons'], ['examiner', 'examinons'], ['mettre à jour', 'mettons à jour'],
  ['chiffrer', 'chiffrons'], ['anonymiser', 'anonymisons'], ['communiquer', 'communiquons'],
  ['transférer', 'transférons'], ['garder', 'gardons'], ['vérifier', 'vérifions'], ['limiter', 'limitons'],
  ['analyser', 'analysons'], ['enregistrer', 'enregistrons'], ['protéger', 'protégeons'], ['rectifier', 'rectifions'],
  ['exporter', 'exportons'], ['archiver', 'archivons'], ['documenter', 'documentons'], ['surveiller', 'surveillons'],
  ['évaluer', 'évaluons'], ['combiner', 'combinons'], ['pseudonymiser', 'pseudonymisons'],
  ['journaliser', 'journalisons'], ['signaler', 'signalons'], ['demander', 'demandons'], ['recevoir', 'recevons'],
  ['utiliser', 'utilisons'], ['consulter', 'consultons'], ['contrôler', 'contrôlons'], ['gérer', 'gérons'],
  ['effacer', 'effaçons'], ['bloquer', 'bloquons'], ['valider', 'validons'], ['comparer', 'comparons'],
  ['résumer', 'résumons'], ['auditer', 'auditons'], ['sauvegarder', 'sauvegardons'], ['signer', 'signons'],
  ['confirmer', 'confirmons'], ['publier', 'publions'], ['corriger', 'corrigeons'], ['inspecter', 'inspectons'],
  ['suspendre', 'suspendons'], ['réutiliser', 'réutilisons'], ['restreindre', 'restreignons'],
];

/** Adjectives as [masculine, feminine]; they follow the noun. */
const ADJECTIVES = [
  ['pertinent', 'pertinente'], ['nécessaire', 'nécessaire'], ['exact', 'exacte'], ['chiffré', 'chiffrée'],
  ['anonymisé', 'anonymisée'], ['sensible', 'sensible'], ['limité', 'limitée'], ['automatisé', 'automatisée'],
  ['sécurisé', 'sécurisée'], ['approprié', 'appropriée'], ['complet', 'complète'], ['actuel', 'actuelle'],
  ['personnel', 'personnelle'], ['financier', 'financière'], ['technique', 'technique'],
  ['contractuel', 'contractuelle'], ['agrégé', 'agrégée'], ['pseudonymisé', 'pseudonymisée'],
  ['facultatif', 'facultative'], ['obligatoire', 'obligatoire'], ['distinct', 'distincte'],
  ['spécifique', 'spécifique'], ['raisonnable', 'raisonnable'], ['licite', 'licite'],
  ['transparent', 'transparente'], ['confidentiel', 'confidentielle'], ['temporaire', 'temporaire'],
  ['permanent', 'permanente'], ['vérifié', 'vérifiée'], ['obsolète', 'obsolète'], ['inexact', 'inexacte'],
  ['supplémentaire', 'supplémentaire'], ['essentiel', 'essentielle'], ['légitime', 'légitime'],
  ['explicite', 'explicite'], ['écrit', 'écrite'], ['électronique', 'électronique'], ['standard', 'standard'],
  ['interne', 'interne'], ['externe', 'externe'], ['statistique', 'statistique'], ['historique', 'historique'],
  ['régional', 'régionale'], ['national', 'nationale'], ['européen', 'européenne'], ['minimal', 'minimale'],
  ['proportionné', 'proportionnée'], ['antérieur', 'antérieure'],
];

const ADVERBIALS = [
  'dans les meilleurs délais', 'dans un délai raisonnable', 'lorsque la loi le permet', 'pour notre compte',
  'dans l’Espace économique européen', 'au moins une fois par an', 'aussi longtemps que nécessaire',
  'à votre demande', 'conformément à la présente politique', 'en vertu d’un accord écrit',
  'avec des garanties appropriées', 'sous forme chiffrée', 'uniquement sur nos instructions', 'gratuitement',
  'dans un format structuré', 'dès que possible', 'conformément au RGPD', 'pendant une durée limitée',
  'en dehors de l’Union européenne', 'après la clôture de votre compte', 'sous forme agrégée',
  'avant son entrée en vigueur', 'par e-mail ou dans l’application', 'en vertu du droit suédois',
  'de manière régulière', 'avec votre accord préalable', 'pour des raisons de sécurité',
  'lorsque c’est techniquement possible', 'dans un environnement sécurisé', 'à des fins comptables',
];

/** Plural subjects; "nous" takes the first person plural, the others a modal in the third person plural. */
const SUBJECTS = [
  'nous', 'nos sous-traitants', 'nos agents d’assistance', 'nos spécialistes de la sécurité', 'nos partenaires',
  'nos filiales', 'les salariés habilités', 'les auditeurs externes', 'nos avocats', 'les prestataires de paiement',
  'les sociétés de notre groupe', 'nos hébergeurs', 'nos ingénieurs', 'des experts indépendants',
  'les autorités compétentes',
];

/** Modals as [third person plural, first person plural]. */
const MODALS = [
  ['peuvent', 'pouvons'], ['doivent', 'devons'], ['pourront', 'pourrons'], ['devront', 'devrons'],
  ['sont autorisés à', 'sommes autorisés à'],
];

/** Purposes as infinitive phrases; "afin de" is added, with elision, where they are used. */
const PURPOSES = [
  'fournir le service', 'sécuriser votre compte', 'respecter nos obligations légales', 'prévenir la fraude',
  'répondre à vos questions', 'améliorer nos produits', 'vous envoyer des mises à jour', 'traiter vos paiements',
  'vérifier votre identité', 'respecter les règles comptables', 'défendre nos droits en justice',
  'mesurer l’utilisation de l’application', 'corriger les erreurs', 'personnaliser votre expérience',
  'gérer votre abonnement', 'détecter les abus', 'traiter votre réclamation', 'tenir des registres exacts',
  'protéger nos systèmes', 'respecter vos choix', 'exercer notre activité', 'former notre personnel',
  'tester de nouvelles fonctionnalités', 'calculer les frais', 'rendre compte aux autorités',
];

const CONDITIONS = [
  'Si vous fermez votre compte', 'Lorsque vous contactez notre assistance', 'Lorsque vous avez donné votre consentement',
  'Si vous connectez un compte bancaire', 'Lorsque vous utilisez l’application', 'Si la loi l’exige',
  'Lorsque vous invitez un membre de votre foyer', 'Si vous vous opposez à ce traitement',
  'Lorsque nous nous fondons sur un intérêt légitime', 'Lorsque vous souscrivez un abonnement payant',
  'Si un incident de sécurité survient', 'Lorsque vous mettez à jour votre profil', 'Si vous résidez en dehors de l’EEE',
  'Avant toute modification importante', 'Lorsque vous retirez votre consentement',
  'Si nous cédons une partie de notre activité', 'Lorsque vous vous connectez depuis un nouvel appareil',
  'Si votre compte est inactif depuis deux ans', 'Lorsqu’un sous-traitant agit pour notre compte',
  'Lorsque vous demandez une copie de vos données',
];

const LEGAL_BASES = ['Contrat', 'Consentement', 'Intérêt légitime', 'Obligation légale', 'Intérêts vitaux', 'Intérêt public'];

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const UNITS: Record<Duration['unit'], [string, string]> = {
  day: ['jour', 'jours'],
  month: ['mois', 'mois'],
  year: ['an', 'ans'],
};

/** French drops the vowel of le, la, de, que, ne before a vowel or a mute h. */
function startsWithVowel(word: string): boolean {
  return /^[aeiouyàâäéèêëîïôöùûüœæh]/i.test(word);
}

function elide(particle: string, next: string): string {
  return startsWithVowel(next) ? `${particle.slice(0, -1)}’${next}` : `${particle} ${next}`;
}

function the(noun: Noun): string {
  return startsWithVowel(noun.word) ? `l’${noun.word}` : `${noun.feminine ? 'la' : 'le'} ${noun.word}`;
}

function aOrAn(noun: Noun): string {
  return `${noun.feminine ? 'une' : 'un'} ${noun.word}`;
}

/** The object pronoun before a verb: le, la, or l’ before a vowel. */
function itBefore(noun: Noun, verb: string): string {
  return startsWithVowel(verb) ? `l’${verb}` : `${noun.feminine ? 'la' : 'le'} ${verb}`;
}

function adjective(slot: number, noun: Noun): string {
  return at(ADJECTIVES, slot)[noun.feminine ? 1 : 0];
}

function plural(word: string): string {
  if (/[sxz]$/.test(word)) return word;
  if (word.endsWith('al')) return `${word.slice(0, -2)}aux`;
  return `${word}s`;
}

function duration({ amount, unit }: Duration): string {
  return `${amount} ${UNITS[unit][amount === 1 ? 0 : 1]}`;
}

function purpose(slot: number): string {
  return `afin ${elide('de', at(PURPOSES, slot))}`;
}

/** "nous pouvons" or "nos partenaires peuvent". */
function subjectWithModal(subjectSlot: number, modalSlot: number): string {
  const subject = at(SUBJECTS, subjectSlot);
  const [plural3, plural1] = at(MODALS, modalSlot);
  return `${subject} ${subject === 'nous' ? plural1 : plural3}`;
}

function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${day === 1 ? '1er' : day} ${MONTHS[month - 1]} ${year}`;
}

function sentence(pattern: number, s: readonly number[]): string {
  const n = (i: number) => at(NOUNS, s[i]);
  const infinitive = (i: number) => at(VERBS, s[i])[0];
  const weVerb = (i: number) => at(VERBS, s[i])[1];
  const adv = (i: number) => at(ADVERBIALS, s[i]);
  const your = (noun: Noun) => `votre ${noun.word}`;
  switch (pattern) {
    case 0: {
      const x = n(4);
      return `${capitalise(subjectWithModal(s[0], s[1]))} ${infinitive(2)} ${the(x)} ${adjective(s[3], x)} ${adv(5)}.`;
    }
    case 1:
      return `${at(CONDITIONS, s[0])}, nous ${weVerb(1)} ${your(n(2))} ${purpose(s[3])} et ${adv(4)}.`;
    case 2: {
      const x = n(0);
      const y = n(3);
      return `Nous conservons ${the(x)} pendant ${duration(at(DURATIONS, s[1]))}, puis nous ${itBefore(x, weVerb(2))}, sauf si ${the(y)} est encore ${adjective(s[4], y)}.`;
    }
    case 3: {
      const x = n(2);
      return `Vous pouvez nous demander ${elide('de', infinitive(0))} ${x.feminine ? 'toute' : 'tout'} ${x.word} ${adjective(s[1], x)} ${adv(3)}, et nous vous le confirmerons par e-mail.`;
    }
    case 4: {
      const subject = at(SUBJECTS, s[0]);
      const x = n(2);
      const clause =
        subject === 'nous'
          ? `Nous ${elide('ne', weVerb(1))}`
          : `${capitalise(subject)} ne ${at(MODALS, s[5])[0]} ${infinitive(1)}`;
      return `${clause} ${the(x)} que lorsque c’est nécessaire ${purpose(s[3])}.`;
    }
    case 5: {
      const x = n(0);
      const y = n(1);
      const [masculine, feminine] = at(ADJECTIVES, s[2]);
      const agreed = plural(x.feminine && y.feminine ? feminine : masculine);
      return `${capitalise(the(x))} et ${the(y)} sont ${agreed}, et nous les ${weVerb(3)} ${adv(4)}.`;
    }
    case 6: {
      const y = n(5);
      return `${at(CONDITIONS, s[0])}, ${subjectWithModal(s[1], s[2])} ${infinitive(3)} ${the(n(4))} et ${the(y)} ${y.feminine ? 'associée' : 'associé'}.`;
    }
    case 7:
      return `Cette section s’applique à chaque ${n(0).word} ${elide('que', subjectWithModal(s[1], s[4]))} ${infinitive(2)} ${adv(3)}.`;
    case 8: {
      const x = n(1);
      return `Nous utilisons ${aOrAn(x)} ${adjective(s[0], x)} ${purpose(s[2])}, et nous ${itBefore(x, weVerb(3))} ${adv(4)}.`;
    }
    case 9:
      return `Dans la mesure du possible, nous ${weVerb(0)} ${the(n(1))} ${adv(2)} afin que vous gardiez le contrôle ${elide('de', your(n(3)))}.`;
    case 10: {
      const [, feminine] = at(ADJECTIVES, s[1]);
      return `Veuillez noter ${elide('que', aOrAn(n(0)))} peut contenir des informations ${plural(feminine)} sur ${your(n(2))} et ${your(n(3))}.`;
    }
    default: {
      const x = n(1);
      const condition = x.feminine ? 'si elle' : 's’il';
      return `${capitalise(subjectWithModal(s[0], s[5]))} examiner ${the(x)} ${adv(2)}, puis ${itBefore(x, infinitive(3))} ${condition} est ${adjective(s[4], x)}.`;
    }
  }
}

export const french: Language = {
  code: 'fr',
  sentence,
  term: (slot) => `**${capitalise(at(NOUNS, slot).word)}**\u00a0:`,
  tableHeader: () => ['Finalité', 'Données personnelles', 'Base légale', 'Durée de conservation'],
  tableRow: (s) => [
    capitalise(at(PURPOSES, s[0])),
    capitalise(at(NOUNS, s[1]).word),
    at(LEGAL_BASES, s[2]),
    capitalise(duration(at(DURATIONS, s[3]))),
  ],
  noticeLink: (title, href, variant) =>
    at(
      [
        `Pour en savoir plus, consultez notre [${title}](${href}).`,
        `Notre [${title}](${href}) l’explique plus en détail.`,
        `Voir aussi notre [${title}](${href}), qui s’applique en complément de la présente politique.`,
      ],
      variant,
    ),
  sectionLink: (title, href, variant) =>
    at([`Voir la section [${title}](${href}) pour plus de détails.`, `Cela est expliqué à la section [${title}](${href}).`], variant),
  emailSentence: (address, variant) =>
    at(
      [
        `Vous pouvez adresser vos questions sur cette section à [${address}](mailto:${address}).`,
        `Vous pouvez nous écrire à tout moment à [${address}](mailto:${address}).`,
      ],
      variant,
    ),
  intro: (organisation, product, date, variant) =>
    `${at(
      [
        `La présente politique explique comment ${organisation} traite les données personnelles dans le cadre ${elide('de', product)}.`,
        `Ce document décrit les règles qui s’appliquent lorsque vous utilisez ${product}, un service ${elide('de', organisation)}.`,
      ],
      variant,
    )} Cette version s’applique à compter du ${formatDate(date)}.`,
  summary: (organisation, product, variant) =>
    at(
      [
        `Comment ${organisation} traite vos données personnelles lorsque vous utilisez ${product}, et quels sont vos droits.`,
        `Les règles applicables à ${product}, l’usage que fait ${organisation} de vos données et comment nous contacter.`,
      ],
      variant,
    ),
  changes: ({ edited, added, removed, moved }: ChangeSummary) =>
    `Nous avons reformulé ${edited} ${edited === 1 ? 'paragraphe' : 'paragraphes'}, ajouté un paragraphe à la section «\u00a0${added}\u00a0», ` +
    `supprimé un paragraphe de la section «\u00a0${removed}\u00a0» et déplacé la section «\u00a0${moved}\u00a0».`,
  inlineTitle: lowerFirst,
};
