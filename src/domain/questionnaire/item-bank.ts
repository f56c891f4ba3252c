/**
 * The built-in item bank, written after SERVQUAL (Parasuraman, Zeithaml & Berry 1988) and
 * its internal adaptations (INTSERVQUAL): perception items on a 1–5 agreement scale with
 * "can't judge", grouped by the quality factors of internal service. Every text exists in
 * German and English; `{provider}` and `{customer}` are replaced by unit names.
 */
export interface BilingualText {
  de: string;
  en: string;
}

import { DIMENSIONS, REVERSE_DIMENSIONS, type Dimension, type ReverseDimension } from '../../contract/vocabulary.js';

export { DIMENSIONS, REVERSE_DIMENSIONS, type Dimension, type ReverseDimension };

export const dimensionLabels: Record<Dimension | ReverseDimension, BilingualText> = {
  reliability: { de: 'Zuverlässigkeit', en: 'Reliability' },
  reachability: { de: 'Erreichbarkeit', en: 'Reachability' },
  responsiveness: { de: 'Schnelligkeit', en: 'Responsiveness' },
  courtesy: { de: 'Höflichkeit', en: 'Courtesy' },
  helpfulness: { de: 'Hilfsbereitschaft', en: 'Helpfulness' },
  communication: { de: 'Kommunikation', en: 'Communication' },
  transparency: { de: 'Transparenz', en: 'Transparency' },
  competence: { de: 'Kompetenz', en: 'Competence' },
  'clear-requests': { de: 'Klare Anforderungen', en: 'Clear requests' },
  'timely-input': { de: 'Rechtzeitige Zuarbeit', en: 'Timely input' },
  'realistic-expectations': { de: 'Realistische Erwartungen', en: 'Realistic expectations' },
  respect: { de: 'Respekt', en: 'Respect' },
};

export interface BankItem {
  key: string;
  dimension: Dimension;
  text: BilingualText;
}

export interface ReverseBankItem {
  key: string;
  dimension: ReverseDimension;
  text: BilingualText;
}

/** Perception items: the customer's view of a provider, 1 (disagree) … 5 (agree). */
export const perceptionItems: BankItem[] = [
  {
    key: 'rel-1',
    dimension: 'reliability',
    text: { de: '{provider} hält zugesagte Termine ein.', en: '{provider} keeps the deadlines it commits to.' },
  },
  {
    key: 'rel-2',
    dimension: 'reliability',
    text: { de: 'Die Ergebnisse von {provider} sind beim ersten Mal richtig.', en: 'What {provider} delivers is right the first time.' },
  },
  {
    key: 'rel-3',
    dimension: 'reliability',
    text: { de: 'Auf Zusagen von {provider} kann ich mich verlassen.', en: 'I can rely on what {provider} promises.' },
  },
  {
    key: 'rea-1',
    dimension: 'reachability',
    text: { de: 'Ich erreiche bei {provider} jemanden, wenn ich ihn brauche.', en: 'I reach someone at {provider} when I need to.' },
  },
  {
    key: 'rea-2',
    dimension: 'reachability',
    text: { de: 'Ich weiß, an wen ich mich bei {provider} wenden kann.', en: 'I know whom to contact at {provider}.' },
  },
  {
    key: 'spd-1',
    dimension: 'responsiveness',
    text: { de: '{provider} reagiert schnell auf meine Anfragen.', en: '{provider} responds quickly to my requests.' },
  },
  {
    key: 'spd-2',
    dimension: 'responsiveness',
    text: { de: 'Dringende Anliegen bearbeitet {provider} zügig.', en: '{provider} handles urgent matters promptly.' },
  },
  {
    key: 'cou-1',
    dimension: 'courtesy',
    text: { de: 'Die Mitarbeitenden von {provider} sind freundlich.', en: 'The people at {provider} are friendly.' },
  },
  { key: 'cou-2', dimension: 'courtesy', text: { de: '{provider} begegnet mir auf Augenhöhe.', en: '{provider} treats me as an equal.' } },
  {
    key: 'hlp-1',
    dimension: 'helpfulness',
    text: {
      de: '{provider} ist bereit, mir auch über das Übliche hinaus zu helfen.',
      en: '{provider} is willing to help me beyond the usual.',
    },
  },
  {
    key: 'hlp-2',
    dimension: 'helpfulness',
    text: {
      de: '{provider} sucht mit mir nach Lösungen statt nach Zuständigkeiten.',
      en: '{provider} looks for solutions with me rather than for who is responsible.',
    },
  },
  {
    key: 'com-1',
    dimension: 'communication',
    text: { de: '{provider} drückt sich klar und verständlich aus.', en: '{provider} communicates clearly and understandably.' },
  },
  {
    key: 'com-2',
    dimension: 'communication',
    text: { de: '{provider} hört zu und versteht, was ich brauche.', en: '{provider} listens and understands what I need.' },
  },
  {
    key: 'com-3',
    dimension: 'communication',
    text: { de: 'Absprachen mit {provider} sind eindeutig.', en: 'Agreements with {provider} are unambiguous.' },
  },
  {
    key: 'trn-1',
    dimension: 'transparency',
    text: {
      de: '{provider} informiert mich von sich aus über den Stand meiner Anliegen.',
      en: '{provider} keeps me informed about my requests without being asked.',
    },
  },
  {
    key: 'trn-2',
    dimension: 'transparency',
    text: {
      de: '{provider} kündigt Änderungen und Verzögerungen rechtzeitig an.',
      en: '{provider} announces changes and delays in good time.',
    },
  },
  {
    key: 'cmp-1',
    dimension: 'competence',
    text: { de: '{provider} hat das nötige Fachwissen.', en: '{provider} has the expertise needed.' },
  },
  {
    key: 'cmp-2',
    dimension: 'competence',
    text: { de: '{provider} versteht die Anforderungen meines Bereichs.', en: '{provider} understands the needs of my area.' },
  },
];

/** Reverse block: a provider rates how a customer works with it. */
export const reverseItems: ReverseBankItem[] = [
  {
    key: 'rev-clr-1',
    dimension: 'clear-requests',
    text: { de: 'Anfragen von {customer} sind klar und vollständig.', en: 'Requests from {customer} are clear and complete.' },
  },
  {
    key: 'rev-tim-1',
    dimension: 'timely-input',
    text: { de: '{customer} liefert benötigte Informationen rechtzeitig.', en: '{customer} provides the information we need in time.' },
  },
  {
    key: 'rev-exp-1',
    dimension: 'realistic-expectations',
    text: {
      de: 'Die Erwartungen von {customer} an Fristen und Umfang sind realistisch.',
      en: 'Expectations of {customer} about deadlines and scope are realistic.',
    },
  },
  {
    key: 'rev-res-1',
    dimension: 'respect',
    text: { de: '{customer} geht respektvoll mit uns um.', en: '{customer} treats us with respect.' },
  },
];

export const importanceQuestion: BilingualText = {
  de: 'Wie wichtig ist Ihnen {dimension} bei {provider}?',
  en: 'How important is {dimension} at {provider} to you?',
};

export const selfAssessmentQuestion: BilingualText = {
  de: 'Was glauben Sie: Wie bewerten Ihre internen Kunden die {dimension} Ihrer Einheit?',
  en: 'What do you think: how do your internal customers rate the {dimension} of your unit?',
};

export const overallSatisfactionQuestion: BilingualText = {
  de: 'Wie zufrieden sind Sie insgesamt mit {provider}?',
  en: 'Overall, how satisfied are you with {provider}?',
};

export const npsQuestion: BilingualText = {
  de: 'Wie wahrscheinlich ist es, dass Sie {provider} einer Kollegin oder einem Kollegen empfehlen?',
  en: 'How likely are you to recommend {provider} to a colleague?',
};

export const commentQuestions: Record<'keep' | 'start' | 'stop', BilingualText> = {
  keep: { de: 'Was soll {provider} beibehalten?', en: 'What should {provider} keep doing?' },
  start: { de: 'Was soll {provider} künftig tun?', en: 'What should {provider} start doing?' },
  stop: { de: 'Was soll {provider} lassen?', en: 'What should {provider} stop doing?' },
};
