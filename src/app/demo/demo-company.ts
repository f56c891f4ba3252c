import type { Locale } from '../../domain/org/person.js';

/**
 * The demo company "Muster AG": units in three levels, German and English names, and the
 * services and relationships that make its service map. Plain data; `seedDemoCompany`
 * stores it.
 */
export interface DemoUnit {
  key: string;
  name: string;
  parentKey: string | null;
  headcount: number;
}

export const DEMO_DOMAIN = 'muster-ag.example';

export const demoUnits: DemoUnit[] = [
  { key: 'company', name: 'Muster AG', parentKey: null, headcount: 4 },
  { key: 'it', name: 'IT', parentKey: 'company', headcount: 3 },
  { key: 'service-desk', name: 'Service Desk', parentKey: 'it', headcount: 18 },
  { key: 'infrastructure', name: 'Infrastruktur', parentKey: 'it', headcount: 16 },
  { key: 'development', name: 'Software Development', parentKey: 'it', headcount: 30 },
  { key: 'finance', name: 'Finanzen', parentKey: 'company', headcount: 3 },
  { key: 'controlling', name: 'Controlling', parentKey: 'finance', headcount: 14 },
  { key: 'accounting', name: 'Buchhaltung', parentKey: 'finance', headcount: 20 },
  { key: 'hr', name: 'Personal & Recht', parentKey: 'company', headcount: 22 },
  { key: 'sales', name: 'Sales', parentKey: 'company', headcount: 4 },
  { key: 'key-accounts', name: 'Key Account Management', parentKey: 'sales', headcount: 34 },
  { key: 'inside-sales', name: 'Innendienst', parentKey: 'sales', headcount: 40 },
  { key: 'product', name: 'Produktmanagement', parentKey: 'company', headcount: 24 },
  { key: 'procurement', name: 'Einkauf & Logistik', parentKey: 'company', headcount: 68 },
];

export const demoServices: { providerKey: string; name: string; description: string }[] = [
  { providerKey: 'service-desk', name: 'IT-Support', description: 'Tickets, Hotline, Arbeitsplatz-Hilfe' },
  { providerKey: 'service-desk', name: 'Laptop provisioning', description: 'New and replacement devices' },
  { providerKey: 'infrastructure', name: 'Netzwerk & VPN', description: 'Connectivity for offices and remote work' },
  { providerKey: 'infrastructure', name: 'Server hosting', description: 'Hosting of internal applications' },
  { providerKey: 'development', name: 'Interne Anwendungen', description: 'CRM, ERP extensions, reporting tools' },
  { providerKey: 'controlling', name: 'Monatsreporting', description: 'Monthly figures per department' },
  { providerKey: 'controlling', name: 'Budget planning', description: 'Annual and rolling budgets' },
  { providerKey: 'accounting', name: 'Rechnungsprüfung', description: 'Invoice checks and payment runs' },
  { providerKey: 'accounting', name: 'Travel expenses', description: 'Reimbursement of business travel' },
  { providerKey: 'hr', name: 'Recruiting', description: 'Job postings and hiring process' },
  { providerKey: 'hr', name: 'Entgeltabrechnung', description: 'Payroll' },
  { providerKey: 'hr', name: 'Vertragsprüfung', description: 'Contract review by legal' },
  { providerKey: 'product', name: 'Produktinformationen', description: 'Specifications, pricing, release notes' },
  { providerKey: 'product', name: 'Roadmap', description: 'Product plans and priorities' },
  { providerKey: 'inside-sales', name: 'Sales figures', description: 'Order intake and forecast' },
  { providerKey: 'key-accounts', name: 'Kundenfeedback', description: 'Feedback from key customers' },
  { providerKey: 'procurement', name: 'Bestellwesen', description: 'Purchasing of goods and services' },
  { providerKey: 'procurement', name: 'Warehouse & shipping', description: 'Stock and deliveries' },
];

/** provider → customers, through the named services of the provider. */
export const demoRelationships: { providerKey: string; customerKeys: string[]; services: string[] }[] = [
  {
    providerKey: 'service-desk',
    customerKeys: ['controlling', 'accounting', 'hr', 'key-accounts', 'inside-sales', 'product', 'procurement', 'development'],
    services: ['IT-Support', 'Laptop provisioning'],
  },
  {
    providerKey: 'infrastructure',
    customerKeys: ['development', 'service-desk', 'inside-sales', 'procurement'],
    services: ['Netzwerk & VPN', 'Server hosting'],
  },
  {
    providerKey: 'development',
    customerKeys: ['inside-sales', 'key-accounts', 'controlling', 'procurement'],
    services: ['Interne Anwendungen'],
  },
  {
    providerKey: 'controlling',
    customerKeys: ['company', 'sales', 'product', 'procurement', 'it', 'hr'],
    services: ['Monatsreporting', 'Budget planning'],
  },
  {
    providerKey: 'accounting',
    customerKeys: ['procurement', 'key-accounts', 'hr', 'controlling'],
    services: ['Rechnungsprüfung', 'Travel expenses'],
  },
  {
    providerKey: 'hr',
    customerKeys: ['development', 'inside-sales', 'key-accounts', 'procurement', 'service-desk'],
    services: ['Recruiting', 'Entgeltabrechnung'],
  },
  { providerKey: 'hr', customerKeys: ['procurement', 'key-accounts'], services: ['Vertragsprüfung'] },
  { providerKey: 'product', customerKeys: ['key-accounts', 'inside-sales', 'development'], services: ['Produktinformationen', 'Roadmap'] },
  { providerKey: 'inside-sales', customerKeys: ['controlling', 'product', 'procurement'], services: ['Sales figures'] },
  { providerKey: 'key-accounts', customerKeys: ['product', 'development'], services: ['Kundenfeedback'] },
  {
    providerKey: 'procurement',
    customerKeys: ['service-desk', 'infrastructure', 'inside-sales'],
    services: ['Bestellwesen', 'Warehouse & shipping'],
  },
];

const germanFirstNames = [
  'Anna',
  'Lukas',
  'Marie',
  'Jonas',
  'Sophie',
  'Felix',
  'Lea',
  'Paul',
  'Hannah',
  'Maximilian',
  'Lena',
  'Tim',
  'Jana',
  'Jürgen',
  'Katrin',
  'Stefan',
  'Sabine',
  'Thomas',
  'Ute',
  'Björn',
  'Sören',
  'Käthe',
  'Günther',
  'Özlem',
];
const germanLastNames = [
  'Müller',
  'Schmidt',
  'Schneider',
  'Fischer',
  'Weber',
  'Meyer',
  'Wagner',
  'Becker',
  'Schulz',
  'Hoffmann',
  'Koch',
  'Richter',
  'Klein',
  'Wolf',
  'Schröder',
  'Neumann',
  'Schwarz',
  'Zimmermann',
  'Braun',
  'Krüger',
  'Hofmann',
  'Hartmann',
  'Lange',
  'Weiß',
];
const englishFirstNames = ['Olivia', 'James', 'Emily', 'Oliver', 'Grace', 'Henry', 'Chloe', 'Samuel', 'Amelia', 'Daniel', 'Isla', 'Jack'];
const englishLastNames = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
];

export interface DemoPerson {
  email: string;
  name: string;
  unitKey: string;
  locale: Locale;
  isLead: boolean;
}

/** About 300 people, the first of each unit its lead; deterministic, so a second run is identical. */
export function generateDemoPeople(): DemoPerson[] {
  const people: DemoPerson[] = [];
  const usedEmails = new Set<string>();
  let counter = 0;
  for (const unit of demoUnits) {
    for (let index = 0; index < unit.headcount; index += 1) {
      counter += 1;
      const isEnglish = counter % 4 === 0;
      const firstNames = isEnglish ? englishFirstNames : germanFirstNames;
      const lastNames = isEnglish ? englishLastNames : germanLastNames;
      const first = firstNames[(counter * 7) % firstNames.length] as string;
      const last = lastNames[(counter * 11 + Math.floor(counter / lastNames.length)) % lastNames.length] as string;
      const base = `${asciiFold(first)}.${asciiFold(last)}`.toLowerCase();
      let email = `${base}@${DEMO_DOMAIN}`;
      for (let suffix = 2; usedEmails.has(email); suffix += 1) email = `${base}${suffix}@${DEMO_DOMAIN}`;
      usedEmails.add(email);
      people.push({ email, name: `${first} ${last}`, unitKey: unit.key, locale: isEnglish ? 'en' : 'de', isLead: index === 0 });
    }
  }
  return people;
}

function asciiFold(text: string): string {
  return text
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/Ä/g, 'Ae')
    .replace(/Ö/g, 'Oe')
    .replace(/Ü/g, 'Ue')
    .replace(/ø/g, 'o');
}
