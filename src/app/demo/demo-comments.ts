import type { Locale } from '../../domain/org/person.js';
import type { CommentTopic, Comments } from '../../domain/respond/answers.js';

/**
 * The keep/start/stop comments of the demo's respondents, in German and English. The units
 * of the story get comments that follow it (Service Desk: slow replies, then praise;
 * Controlling: opaque reports, then clear ones; Einkauf: easy to reach, then hard to reach);
 * every other unit gets a few general ones.
 */
export interface DemoComment {
  topic: CommentTopic;
  /** Whether it praises (`good`) or complains (`bad`); chosen by how the respondent rated. */
  tone: 'good' | 'bad';
  /** The wave indexes it fits (0–2 the past waves, 3 the open one). */
  waves: readonly number[];
  de: string;
  en: string;
}

const ALL_WAVES = [0, 1, 2, 3] as const;

export const storyComments: Readonly<Record<string, readonly DemoComment[]>> = {
  'service-desk': [
    {
      topic: 'stop',
      tone: 'bad',
      waves: [0, 1],
      de: 'Tickets tagelang ohne Antwort liegen lassen.',
      en: 'Leaving tickets without a reply for days.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [0, 1],
      de: 'Jedes Ticket mit einer realistischen Bearbeitungszeit bestätigen.',
      en: 'Confirm every ticket with a realistic time to resolution.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [0],
      de: 'Eine Hotline, die auch nachmittags erreichbar ist.',
      en: 'A hotline that also answers in the afternoon.',
    },
    {
      topic: 'stop',
      tone: 'bad',
      waves: [0],
      de: 'Tickets schließen, ohne zu fragen, ob das Problem gelöst ist.',
      en: 'Closing tickets without asking whether the problem is solved.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [1, 2, 3],
      de: 'Bei Störungen, die viele betreffen, noch schneller reagieren.',
      en: 'React even faster to outages that affect many people.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [2, 3],
      de: 'Passwörter per Self-Service zurücksetzen lassen.',
      en: 'Self-service password resets.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [0],
      de: 'Freundlich am Telefon, wenn man durchkommt.',
      en: 'Friendly on the phone, once you get through.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [1],
      de: 'Die Antworten kommen inzwischen deutlich schneller.',
      en: 'Replies come much faster than they used to.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [2, 3],
      de: 'Schnelle Antworten, meist noch am selben Tag – weiter so!',
      en: 'Quick replies, usually the same day – keep it up!',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [2, 3],
      de: 'Die tägliche offene Sprechstunde ist super.',
      en: 'The daily drop-in hour is great.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [1, 2, 3],
      de: 'Statusmeldungen zum Ticket, ohne dass man nachfragen muss.',
      en: 'Ticket status updates without having to chase them.',
    },
  ],
  controlling: [
    {
      topic: 'start',
      tone: 'bad',
      waves: [0, 1],
      de: 'Die Abweichungen im Monatsbericht erläutern.',
      en: 'Explain the variances in the monthly report.',
    },
    {
      topic: 'stop',
      tone: 'bad',
      waves: [0],
      de: 'Zahlen ohne Quelle und Stichtag verschicken.',
      en: 'Sending figures without a source or cut-off date.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [0, 1],
      de: 'Die Annahmen hinter dem Budget offenlegen.',
      en: 'Share the assumptions behind the budget.',
    },
    {
      topic: 'stop',
      tone: 'bad',
      waves: [0],
      de: 'Reports, die außerhalb des Controllings niemand nachvollziehen kann.',
      en: 'Reports that nobody outside Controlling can follow.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [1, 2, 3],
      de: 'Die Monatszahlen ein paar Tage früher liefern.',
      en: 'Deliver the monthly figures a few days earlier.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [0, 1, 2, 3],
      de: 'Kompetente Antworten, wenn man konkret nachfragt.',
      en: 'Competent answers when you ask something specific.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [1, 2, 3],
      de: 'Die neue Kommentarspalte im Monatsreporting hilft sehr.',
      en: 'The new comment column in the monthly report helps a lot.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [2, 3],
      de: 'Transparente Monatsberichte mit kurzen Erläuterungen.',
      en: 'Transparent monthly reports with short explanations.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [2, 3],
      de: 'Die Budget-Sprechstunde vor der Planungsrunde.',
      en: 'The budget Q&A session before the planning round.',
    },
  ],
  procurement: [
    {
      topic: 'keep',
      tone: 'good',
      waves: [0, 1],
      de: 'Man erreicht immer jemanden, der sich auskennt.',
      en: 'There is always someone to talk to who knows the answer.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [0, 1, 2, 3],
      de: 'Bestellungen laufen schnell und unkompliziert.',
      en: 'Orders go through quickly and without fuss.',
    },
    {
      topic: 'keep',
      tone: 'good',
      waves: [2, 3],
      de: 'Die Lieferungen selbst sind zuverlässig.',
      en: 'The deliveries themselves are reliable.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [0, 1, 2, 3],
      de: 'Eine Vertretung, wenn die Ansprechpartner im Urlaub sind.',
      en: 'A stand-in when the contact person is on leave.',
    },
    {
      topic: 'stop',
      tone: 'bad',
      waves: [1, 2, 3],
      de: 'Anrufe ins Leere laufen lassen.',
      en: 'Letting calls ring out.',
    },
    {
      topic: 'stop',
      tone: 'bad',
      waves: [2, 3],
      de: 'Anfragen wochenlang unbeantwortet lassen.',
      en: 'Leaving requests unanswered for weeks.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [2, 3],
      de: 'Ein Funktionspostfach, das auch gelesen wird.',
      en: 'A shared mailbox that someone actually reads.',
    },
    {
      topic: 'start',
      tone: 'bad',
      waves: [2, 3],
      de: 'Feste Telefonzeiten, auf die man sich verlassen kann.',
      en: 'Fixed phone hours you can rely on.',
    },
  ],
};

export const generalComments: readonly DemoComment[] = [
  { topic: 'keep', tone: 'good', waves: ALL_WAVES, de: 'Kompetente Ansprechpartner.', en: 'Competent contacts.' },
  { topic: 'keep', tone: 'good', waves: ALL_WAVES, de: 'Gute Zusammenarbeit, danke!', en: 'Good cooperation, thank you!' },
  {
    topic: 'keep',
    tone: 'good',
    waves: ALL_WAVES,
    de: 'Unkomplizierte Hilfe auch bei Sonderfällen.',
    en: 'Easy-going help, even with unusual cases.',
  },
  {
    topic: 'start',
    tone: 'bad',
    waves: ALL_WAVES,
    de: 'Früher über Änderungen informieren, die uns betreffen.',
    en: 'Tell us earlier about changes that affect us.',
  },
  {
    topic: 'start',
    tone: 'bad',
    waves: ALL_WAVES,
    de: 'Einen festen Ansprechpartner für unsere Abteilung benennen.',
    en: 'Name one contact person for our department.',
  },
  { topic: 'stop', tone: 'bad', waves: ALL_WAVES, de: 'Zu viele Abstimmungsschleifen.', en: 'Too many rounds of approval.' },
  {
    topic: 'stop',
    tone: 'bad',
    waves: ALL_WAVES,
    de: 'Formulare, die man nur mit Nachfragen ausfüllen kann.',
    en: 'Forms you cannot fill in without asking.',
  },
];

/** How likely a perception rating carries comments: the units of the story are talked about more. */
export function commentChance(providerKey: string): number {
  return providerKey in storyComments ? 0.3 : 0.07;
}

/**
 * One respondent's comments about one provider: one topic, sometimes two, in the
 * respondent's language. `rating` (1–5, or null when unknown) is how the respondent rated
 * the provider's story dimension (or the provider overall): low ratings complain, high ones
 * praise, the middle may do either.
 */
export function pickDemoComments(options: {
  providerKey: string;
  waveIndex: number;
  locale: Locale;
  rating: number | null;
  random: () => number;
}): Comments {
  const { providerKey, waveIndex, rating, random } = options;
  const tone = rating === null || (rating >= 3 && rating < 3.5) ? (random() < 0.5 ? 'good' : 'bad') : rating < 3 ? 'bad' : 'good';
  const pool = (storyComments[providerKey] ?? generalComments).filter((comment) => comment.waves.includes(waveIndex));
  const fitting = pool.filter((comment) => comment.tone === tone);
  const candidates = fitting.length > 0 ? fitting : pool;
  const comments: Comments = {};
  const count = random() < 0.3 ? 2 : 1;
  for (let attempt = 0; attempt < 4 && Object.keys(comments).length < count; attempt += 1) {
    const comment = candidates[Math.floor(random() * candidates.length)];
    if (comment && comments[comment.topic] === undefined) comments[comment.topic] = comment[options.locale];
  }
  return comments;
}
