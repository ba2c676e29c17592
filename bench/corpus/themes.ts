// Titles that must agree across languages: section headings with their anchors, notice topics, sidebar groups.

/** A text in each benchmark language. */
export type Texts = Record<'en' | 'sv' | 'fr', string>;

export interface Theme extends Texts {
  /** The heading's anchor, the same in every language. */
  id: string;
}

const theme = (id: string, en: string, sv: string, fr: string): Theme => ({ id, en, sv, fr });

/** H2 sections; a notice uses each at most once, so anchors stay unique. */
export const SECTION_THEMES: readonly Theme[] = [
  theme('who-we-are', 'Who we are', 'Vilka vi är', 'Qui nous sommes'),
  theme('scope', 'Scope of this notice', 'Vad policyn omfattar', 'Champ d’application'),
  theme('data-we-collect', 'What personal data we collect', 'Vilka personuppgifter vi samlar in', 'Les données que nous collectons'),
  theme('purposes', 'Why we use your data', 'Varför vi använder dina uppgifter', 'Pourquoi nous utilisons vos données'),
  theme('legal-bases', 'Our legal bases', 'Rättslig grund för behandlingen', 'Nos bases légales'),
  theme('sources', 'Where your data comes from', 'Varifrån uppgifterna kommer', 'L’origine de vos données'),
  theme('recipients', 'Who we share your data with', 'Vilka vi delar uppgifterna med', 'Les destinataires de vos données'),
  theme('international-transfers', 'International transfers', 'Överföringar till tredjeland', 'Transferts internationaux'),
  theme('retention', 'How long we keep your data', 'Hur länge vi sparar uppgifterna', 'Durée de conservation'),
  theme('your-rights', 'Your rights', 'Dina rättigheter', 'Vos droits'),
  theme('automated-decisions', 'Automated decisions', 'Automatiserade beslut', 'Décisions automatisées'),
  theme('security', 'How we protect your data', 'Hur vi skyddar dina uppgifter', 'Comment nous protégeons vos données'),
  theme('children', 'Children', 'Barn', 'Enfants'),
  theme('cookies', 'Cookies and similar technologies', 'Cookies och liknande tekniker', 'Cookies et technologies similaires'),
  theme('marketing', 'Marketing', 'Marknadsföring', 'Prospection commerciale'),
  theme('complaints', 'Complaints', 'Klagomål', 'Réclamations'),
  theme('changes', 'Changes to this notice', 'Ändringar i policyn', 'Modifications de la présente politique'),
  theme('contact', 'Contact us', 'Kontakta oss', 'Nous contacter'),
  theme('payments', 'Payments and billing', 'Betalningar och fakturering', 'Paiements et facturation'),
  theme('your-account', 'Your account', 'Ditt konto', 'Votre compte'),
  theme('obligations', 'Your obligations', 'Dina skyldigheter', 'Vos obligations'),
  theme('liability', 'Liability', 'Ansvar', 'Responsabilité'),
  theme('termination', 'Termination', 'Uppsägning', 'Résiliation'),
  theme('governing-law', 'Governing law and disputes', 'Tillämplig lag och tvister', 'Droit applicable et litiges'),
  theme('processors', 'Our processors', 'Våra personuppgiftsbiträden', 'Nos sous-traitants'),
  theme('incidents', 'Security incidents', 'Säkerhetsincidenter', 'Incidents de sécurité'),
  theme('profiling', 'Profiling', 'Profilering', 'Profilage'),
  theme('sensitive-data', 'Sensitive data', 'Känsliga personuppgifter', 'Données sensibles'),
  theme('research', 'Research and statistics', 'Forskning och statistik', 'Recherche et statistiques'),
  theme('definitions', 'Definitions', 'Definitioner', 'Définitions'),
];

/** H3 subsections; their anchors never clash with the H2 ones. */
export const SUBSECTION_THEMES: readonly Theme[] = [
  theme('account-data', 'Account data', 'Kontouppgifter', 'Données du compte'),
  theme('contact-details', 'Contact details', 'Kontaktuppgifter', 'Coordonnées'),
  theme('payment-data', 'Payment data', 'Betalningsuppgifter', 'Données de paiement'),
  theme('device-data', 'Device and usage data', 'Enhets- och användningsdata', 'Données de l’appareil et d’utilisation'),
  theme('support-messages', 'Support messages', 'Supportärenden', 'Messages d’assistance'),
  theme('location-data', 'Location data', 'Platsuppgifter', 'Données de localisation'),
  theme('right-of-access', 'Right of access', 'Rätt till tillgång', 'Droit d’accès'),
  theme('right-to-rectification', 'Right to rectification', 'Rätt till rättelse', 'Droit de rectification'),
  theme('right-to-erasure', 'Right to erasure', 'Rätt till radering', 'Droit à l’effacement'),
  theme('right-to-object', 'Right to object', 'Rätt att invända', 'Droit d’opposition'),
  theme('data-portability', 'Data portability', 'Dataportabilitet', 'Portabilité des données'),
  theme('withdrawing-consent', 'Withdrawing consent', 'Återkalla samtycke', 'Retrait du consentement'),
  theme('data-protection-officer', 'Our data protection officer', 'Vårt dataskyddsombud', 'Notre délégué à la protection des données'),
  theme('group-companies', 'Companies in our group', 'Bolag i vår koncern', 'Sociétés de notre groupe'),
  theme('authorities', 'Authorities', 'Myndigheter', 'Autorités'),
  theme('advisers', 'Advisers and auditors', 'Rådgivare och revisorer', 'Conseillers et auditeurs'),
  theme('safeguards', 'Safeguards', 'Skyddsåtgärder', 'Garanties'),
  theme('adequacy-decisions', 'Adequacy decisions', 'Beslut om adekvat skyddsnivå', 'Décisions d’adéquation'),
  theme('encryption', 'Encryption', 'Kryptering', 'Chiffrement'),
  theme('access-control', 'Access control', 'Behörighetsstyrning', 'Contrôle d’accès'),
  theme('backups', 'Backups', 'Säkerhetskopior', 'Sauvegardes'),
  theme('deletion', 'Deletion', 'Radering', 'Suppression'),
  theme('newsletters', 'Newsletters', 'Nyhetsbrev', 'Lettres d’information'),
  theme('personalised-offers', 'Personalised offers', 'Anpassade erbjudanden', 'Offres personnalisées'),
  theme('essential-cookies', 'Essential cookies', 'Nödvändiga cookies', 'Cookies essentiels'),
  theme('analytics-cookies', 'Analytics cookies', 'Analyscookies', 'Cookies de mesure d’audience'),
  theme('refunds', 'Refunds', 'Återbetalningar', 'Remboursements'),
  theme('invoices', 'Invoices', 'Fakturor', 'Factures'),
  theme('notice-period', 'Notice period', 'Uppsägningstid', 'Délai de préavis'),
  theme('disputes', 'Disputes', 'Tvister', 'Litiges'),
  theme('supervisory-authority', 'Supervisory authority', 'Tillsynsmyndighet', 'Autorité de contrôle'),
  theme('response-times', 'Response times', 'Svarstider', 'Délais de réponse'),
  theme('identity-checks', 'Identity checks', 'Identitetskontroll', 'Vérification d’identité'),
  theme('household-sharing', 'Household sharing', 'Delning i hushållet', 'Partage au sein du foyer'),
  theme('ai-features', 'AI features', 'AI-funktioner', 'Fonctionnalités d’IA'),
  theme('research-partners', 'Research partners', 'Forskningspartner', 'Partenaires de recherche'),
];

export type Category = 'privacy' | 'cookies' | 'terms' | 'regional';

export interface Topic extends Texts {
  category: Category;
}

const topic = (category: Category, en: string, sv: string, fr: string): Topic => ({ category, en, sv, fr });

/** What a notice is about; the first is the privacy notice the footer links to. */
export const TOPICS: readonly Topic[] = [
  topic('privacy', 'Privacy notice', 'Integritetspolicy', 'Politique de confidentialité'),
  topic('cookies', 'Cookie notice', 'Cookiepolicy', 'Politique relative aux cookies'),
  topic('terms', 'Terms of use', 'Användarvillkor', 'Conditions d’utilisation'),
  topic('regional', 'Privacy supplement for California', 'Tillägg för Kalifornien', 'Supplément pour la Californie'),
  topic('privacy', 'Employee privacy notice', 'Integritetspolicy för anställda', 'Politique de confidentialité des salariés'),
  topic('terms', 'Terms of sale', 'Försäljningsvillkor', 'Conditions générales de vente'),
  topic('cookies', 'Analytics notice', 'Information om webbanalys', 'Notice relative à la mesure d’audience'),
  topic('privacy', 'Candidate privacy notice', 'Integritetspolicy för arbetssökande', 'Politique de confidentialité des candidats'),
  topic('terms', 'Acceptable use policy', 'Policy för godtagbar användning', 'Politique d’utilisation acceptable'),
  topic('regional', 'Privacy supplement for the United Kingdom', 'Tillägg för Storbritannien', 'Supplément pour le Royaume-Uni'),
  topic('privacy', 'Supplier privacy notice', 'Integritetspolicy för leverantörer', 'Politique de confidentialité des fournisseurs'),
  topic('terms', 'Data processing agreement', 'Personuppgiftsbiträdesavtal', 'Accord de traitement des données'),
  topic('cookies', 'Mobile tracking notice', 'Information om spårning i mobilappar', 'Notice relative au suivi dans les applications'),
  topic('privacy', 'Newsletter privacy notice', 'Integritetspolicy för nyhetsbrev', 'Politique de confidentialité de la lettre d’information'),
  topic('terms', 'Subscription terms', 'Prenumerationsvillkor', 'Conditions d’abonnement'),
  topic('regional', 'Privacy supplement for Switzerland', 'Tillägg för Schweiz', 'Supplément pour la Suisse'),
  topic('privacy', 'Video surveillance notice', 'Information om kameraövervakning', 'Notice relative à la vidéosurveillance'),
  topic('regional', 'Whistleblowing notice', 'Information om visselblåsning', 'Notice relative aux lanceurs d’alerte'),
];

/** Product names are proper nouns, the same in every language. */
export const PRODUCTS: readonly string[] = [
  'Kvarnby Budget', 'Ekorre', 'Solvik Cloud', 'Fyrtorn', 'Atlas Kassa', 'Nordljus', 'Orbit', 'Ängsö',
  'Ugglan', 'Isberg', 'Solvik Mail', 'Kvarnby Pay', 'Lövkoja', 'Havsörn',
];

export const GROUP_LABELS: Record<Category, Texts> = {
  privacy: { en: 'Privacy', sv: 'Integritet', fr: 'Confidentialité' },
  cookies: { en: 'Cookies and tracking', sv: 'Cookies och spårning', fr: 'Cookies et traceurs' },
  terms: { en: 'Terms', sv: 'Villkor', fr: 'Conditions' },
  regional: { en: 'Regional supplements', sv: 'Regionala tillägg', fr: 'Suppléments régionaux' },
};
