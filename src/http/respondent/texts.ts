import type { Scale } from '../../domain/respond/answers.js';
import type { RespondentLocale } from '../../domain/respond/draft.js';

/** Every text of the respondent pages, in German and English. Item texts come from the questionnaire. */
/** What the survey asks of one respondent: providers to rate, customer pages (sampled), the self-assessment. */
export interface IntroAsks {
  providers: number;
  customers: number;
  isSelfAssessed: boolean;
}

export interface Texts {
  languageName: string;
  languageNav: string;
  skipLink: string;
  privacyLink: string;
  stepOf: (step: number, total: number) => string;
  providerOf: (index: number, total: number) => string;
  customerOf: (index: number, total: number) => string;
  introTitle: string;
  /** The survey's purpose for this respondent, by what it asks of them (see introSteps). */
  introLead: (wave: string, asks: IntroAsks) => string;
  /** What the survey asks of this respondent: providers to rate, customers of the own unit to rate, and the self-assessment. */
  introSteps: (asks: IntroAsks) => string[];
  start: string;
  next: string;
  back: string;
  save: string;
  saved: string;
  providerTitle: (name: string) => string;
  addedNote: string;
  remove: (name: string) => string;
  noContact: (name: string) => string;
  noContactHint: string;
  importanceLegend: string;
  overallLegend: string;
  commentsLegend: string;
  commentsHint: (k: number, max: number) => string;
  npsHint: string;
  /** Point labels; soft hyphens (U+00AD) let long words break inside the narrow options on phones. */
  scaleLabels: Record<Scale, string[]>;
  cannotJudge: string;
  customerTitle: (name: string) => string;
  customerLead: string;
  customerNoContact: (name: string) => string;
  selfTitle: string;
  selfLead: string;
  addTitle: string;
  addLead: string;
  addLabel: string;
  addChoose: string;
  addButton: string;
  addNone: string;
  addedList: string;
  reviewTitle: string;
  reviewLead: string;
  reviewAnswered: (answered: number, total: number) => string;
  reviewNoContact: string;
  reviewOpen: string;
  reviewChange: string;
  reviewSkipped: string;
  reviewSelf: string;
  submit: string;
  submitWarning: string;
  errorTitle: string;
  errorUnanswered: (name: string) => string;
  errorUnansweredAdded: (name: string) => string;
  errorNotAnOption: string;
  errorTooLong: (max: number) => string;
  errorChooseUnit: string;
  errorTooManyUnits: (max: number) => string;
  thanksTitle: string;
  thanksText: string[];
  closedTitle: string;
  closedText: string;
  noSessionTitle: string;
  noSessionText: string[];
  expiredFormTitle: string;
  expiredFormText: string;
  failedTitle: string;
  failedText: string;
  privacyTitle: string;
  privacy: (k: number, commentK: number) => string[];
  unknownUnit: string;
}

const de: Texts = {
  languageName: 'Deutsch',
  languageNav: 'Sprache',
  skipLink: 'Zum Inhalt springen',
  privacyLink: 'Datenschutzhinweis',
  stepOf: (step, total) => `Schritt ${step} von ${total}`,
  providerOf: (index, total) => `Anbieter ${index} von ${total}`,
  customerOf: (index, total) => `Kunde ${index} von ${total}`,
  introTitle: 'Wie gut arbeiten wir intern zusammen?',
  introLead: (wave, { providers, customers }) =>
    providers > 0
      ? `Umfrage „${wave}“: Ihre Sicht auf die Einheiten, deren Leistungen Sie nutzen.`
      : customers > 0
        ? `Umfrage „${wave}“: Ihre Sicht auf die Zusammenarbeit mit den Einheiten, für die Ihre Einheit Leistungen erbringt.`
        : `Umfrage „${wave}“: Ihre Einschätzung, wie die Kunden Ihre Einheit sehen.`,
  introSteps: ({ providers, customers, isSelfAssessed }) => [
    providers === 0
      ? 'Ihre Einheit nutzt in dieser Umfrage keine Leistungen anderer Einheiten.'
      : providers === 1
        ? 'Sie bewerten die Einheit, von der Ihre Einheit Leistungen bezieht, auf einer eigenen Seite.'
        : `Sie bewerten auf je einer Seite die ${providers} Einheiten, von denen Ihre Einheit Leistungen bezieht.`,
    ...(customers === 0
      ? []
      : [
          customers === 1
            ? `Ihre Einheit erbringt ${providers === 0 ? '' : 'auch '}Leistungen für eine andere Einheit: Sie sagen, wie die Zusammenarbeit mit ihr läuft.`
            : `Ihre Einheit erbringt ${providers === 0 ? '' : 'auch '}Leistungen für andere: Auf ${customers} Seiten sagen Sie, wie die Zusammenarbeit mit ihnen läuft.`,
        ]),
    ...(isSelfAssessed ? ['Zum Schluss schätzen Sie ein, wie die Kunden Ihre Einheit bewerten werden.'] : []),
    'Hatten Sie mit einer Einheit keinen Kontakt, kreuzen Sie „kein Kontakt“ an. Eine Einheit, mit der Sie gearbeitet haben, die aber fehlt, können Sie ergänzen.',
    'Alle Fragen sind freiwillig. Ihre Antworten werden gespeichert; Sie können jederzeit unterbrechen und später über den Link aus Ihrer Einladung weitermachen.',
    'Pro Einheit brauchen Sie etwa zwei Minuten.',
  ],
  start: 'Beginnen',
  next: 'Weiter',
  back: 'Zurück',
  save: 'Speichern und später weitermachen',
  saved: 'Ihre Antworten sind gespeichert. Sie können diese Seite schließen und später über den Link aus Ihrer Einladung weitermachen.',
  providerTitle: (name) => `Wie erleben Sie ${name}?`,
  addedNote: 'Diese Einheit haben Sie selbst ergänzt.',
  remove: (name) => `${name} wieder entfernen`,
  noContact: (name) => `Ich hatte keinen Kontakt mit ${name}`,
  noContactHint: 'Dann wird diese Einheit übersprungen; Antworten auf dieser Seite werden nicht gespeichert.',
  importanceLegend: 'Wichtigkeit',
  overallLegend: 'Gesamturteil',
  commentsLegend: 'Kommentare (freiwillig)',
  commentsHint: (k, max) =>
    `Höchstens ${max.toLocaleString('de-DE')} Zeichen. Bitte nennen Sie keine Namen. Kommentare werden der Einheit erst gezeigt, wenn mindestens ${k} Personen kommentiert haben.`,
  npsHint: '0 = äußerst unwahrscheinlich, 10 = äußerst wahrscheinlich',
  scaleLabels: {
    agreement: ['stimme gar nicht zu', 'stimme eher nicht zu', 'teils, teils', 'stimme eher zu', 'stimme voll zu'],
    importance: ['un\u00adwichtig', 'weniger wichtig', 'mittel', 'wichtig', 'sehr wichtig'],
    satisfaction: ['sehr un\u00adzu\u00adfrieden', 'un\u00adzu\u00adfrieden', 'teils, teils', 'zu\u00adfrieden', 'sehr zu\u00adfrieden'],
    recommendation: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    'self-rating': ['sehr schlecht', 'schlecht', 'mittel', 'gut', 'sehr gut'],
  },
  cannotJudge: 'kann ich nicht beurteilen',
  customerTitle: (name) => `Wie arbeitet ${name} mit Ihrer Einheit zusammen?`,
  customerLead: 'Ihre Einheit erbringt auch selbst Leistungen. Wie erleben Sie diese internen Kunden?',
  customerNoContact: (name) => `Meine Einheit hatte keinen Kontakt mit ${name}`,
  selfTitle: 'Wie sehen Ihre internen Kunden Ihre Einheit?',
  selfLead: 'Ihre Einschätzung wird neben die Bewertung Ihrer Kunden gestellt (Selbst- und Fremdbild). Diese Seite ist freiwillig.',
  addTitle: 'Haben Sie mit einer weiteren Einheit gearbeitet?',
  addLead: 'Fehlt eine Einheit, deren Leistungen Sie genutzt haben, können Sie sie hier ergänzen und ebenfalls bewerten.',
  addLabel: 'Einheit',
  addChoose: 'Einheit auswählen',
  addButton: 'Ergänzen und bewerten',
  addNone: 'Nein, weiter',
  addedList: 'Von Ihnen ergänzt',
  reviewTitle: 'Antworten prüfen',
  reviewLead: 'Prüfen Sie Ihre Antworten. Über „Ändern“ kommen Sie zur jeweiligen Seite.',
  reviewAnswered: (answered, total) => `${answered} von ${total} Fragen beantwortet`,
  reviewNoContact: 'kein Kontakt',
  reviewOpen: 'noch nicht beantwortet',
  reviewChange: 'Ändern',
  reviewSkipped: 'keine Angaben',
  reviewSelf: 'Ihre Einheit (Selbsteinschätzung)',
  submit: 'Antworten absenden',
  submitWarning: 'Nach dem Absenden können Sie Ihre Antworten nicht mehr ändern.',
  errorTitle: 'Bitte prüfen Sie Ihre Angaben',
  errorUnanswered: (name) => `Beantworten Sie mindestens eine Frage zu ${name} oder kreuzen Sie „kein Kontakt“ an.`,
  errorUnansweredAdded: (name) => `Beantworten Sie mindestens eine Frage zu ${name} oder entfernen Sie die Einheit wieder.`,
  errorNotAnOption: 'Wählen Sie eine der angebotenen Antworten.',
  errorTooLong: (max) => `Schreiben Sie höchstens ${max.toLocaleString('de-DE')} Zeichen.`,
  errorChooseUnit: 'Wählen Sie eine Einheit aus der Liste.',
  errorTooManyUnits: (max) => `Sie können höchstens ${max} Einheiten ergänzen.`,
  thanksTitle: 'Vielen Dank!',
  thanksText: ['Ihre Antworten sind gespeichert.', 'Dieser Link nimmt keine weiteren Antworten an. Sie können die Seite jetzt schließen.'],
  closedTitle: 'Die Umfrage ist beendet',
  closedText: 'Antworten können nicht mehr abgegeben werden.',
  noSessionTitle: 'Keine offene Umfrage in diesem Browser',
  noSessionText: [
    'Öffnen Sie den Link aus Ihrer Einladung erneut, um weiterzumachen.',
    'Haben Sie bereits abgesendet, sind Ihre Antworten gespeichert.',
  ],
  expiredFormTitle: 'Diese Seite ist abgelaufen',
  expiredFormText: 'Laden Sie die Seite neu und versuchen Sie es noch einmal. Ihre bisher gespeicherten Antworten bleiben erhalten.',
  failedTitle: 'Das hat nicht geklappt',
  failedText: 'Bitte versuchen Sie es in einem Moment noch einmal. Ihre gespeicherten Antworten bleiben erhalten.',
  privacyTitle: 'Datenschutzhinweis',
  privacy: (k, commentK) => [
    `Ihre Antworten sind anonym. Ergebnisse werden nur für Gruppen von mindestens ${k} Personen gezeigt, Kommentare erst ab ${commentK} Personen. Kleinere Gruppen werden zusammengefasst oder nicht gezeigt.`,
    'Gespeichert wird: Ihre Antworten und Kommentare, die bewertete Einheit, Ihre Einheit (als Kundengruppe, oder als Anbieter, wenn Sie Ihre Kunden oder Ihre eigene Einheit bewerten), die Umfrage mit der Fassung ihrer Fragen und der Tag des Absendens.',
    'Nicht gespeichert wird mit Ihren Antworten: Ihr Name, Ihre E-Mail-Adresse, die Uhrzeit, Ihre IP-Adresse oder Ihr Browser.',
    'Ihre Einladung wird getrennt davon aufbewahrt und hält nur fest, ob Sie abgesendet haben, damit Erinnerungen nur an andere gehen. Nichts Gespeichertes verbindet sie mit Ihren Antworten. Etwa eine Minute lang nach dem Absenden könnten die internen Aufzeichnungen der Datenbank über diesen Moment beides noch zusammenführen. Bis der Tag vorbei ist (nach UTC), können sie danach noch verraten, in welcher Minute Ihre Antworten eintrafen – zusammen mit denen aller, die in derselben Minute abgesendet haben. Dann wird auch das gelöscht. Damit Sie weitermachen können, merkt sich die Umfrage außerdem den Tag Ihrer Besuche, höchstens 30 Tage lang.',
    'Bis zum Absenden liegen Ihre Antworten als Entwurf bei Ihrer Einladung, damit Sie später weitermachen können. Beim Absenden wird der Entwurf gelöscht.',
    'Zwei Cookies sind nötig: eines hält Sie in dieser Umfrage angemeldet, eines schützt die Formulare. Es gibt kein Tracking.',
  ],
  unknownUnit: 'eine nicht mehr vorhandene Einheit',
};

const en: Texts = {
  languageName: 'English',
  languageNav: 'Language',
  skipLink: 'Skip to content',
  privacyLink: 'Privacy notice',
  stepOf: (step, total) => `Step ${step} of ${total}`,
  providerOf: (index, total) => `Provider ${index} of ${total}`,
  customerOf: (index, total) => `Customer ${index} of ${total}`,
  introTitle: 'How well do we work together?',
  introLead: (wave, { providers, customers }) =>
    providers > 0
      ? `Survey “${wave}”: your view of the units whose services you use.`
      : customers > 0
        ? `Survey “${wave}”: your view of working with the units your unit serves.`
        : `Survey “${wave}”: how, in your view, your unit’s customers see it.`,
  introSteps: ({ providers, customers, isSelfAssessed }) => [
    providers === 0
      ? 'Your unit uses no other unit’s services in this survey.'
      : providers === 1
        ? 'You rate the unit your unit depends on, on a page of its own.'
        : `You rate the ${providers} units your unit depends on, one page each.`,
    ...(customers === 0
      ? []
      : [
          customers === 1
            ? `Your unit ${providers === 0 ? '' : 'also '}serves another unit: you say how working with it goes.`
            : `Your unit ${providers === 0 ? '' : 'also '}serves others: on ${customers} pages you say how working with them goes.`,
        ]),
    ...(isSelfAssessed ? ['Last, you predict how your unit’s customers will rate it.'] : []),
    'If you had no contact with a unit, tick “no contact”. If a unit you worked with is missing, you can add it.',
    'Every question is optional. Your answers are saved as you go: you can stop at any time and continue later with the link from your invitation.',
    'Each unit takes about two minutes.',
  ],
  start: 'Start',
  next: 'Next',
  back: 'Back',
  save: 'Save and continue later',
  saved: 'Your answers are saved. You can close this page and continue later with the link from your invitation.',
  providerTitle: (name) => `How do you experience ${name}?`,
  addedNote: 'You added this unit yourself.',
  remove: (name) => `Remove ${name}`,
  noContact: (name) => `I had no contact with ${name}`,
  noContactHint: 'The unit is then skipped; answers on this page are not stored.',
  importanceLegend: 'Importance',
  overallLegend: 'Overall',
  commentsLegend: 'Comments (optional)',
  commentsHint: (k, max) =>
    `At most ${max.toLocaleString('en-GB')} characters. Please name no one. Comments are shown to the unit only once at least ${k} people have commented.`,
  npsHint: '0 = not at all likely, 10 = extremely likely',
  scaleLabels: {
    agreement: ['strongly disagree', 'disagree', 'neither', 'agree', 'strongly agree'],
    importance: [
      'not im\u00adpor\u00adtant',
      'slightly im\u00adpor\u00adtant',
      'mod\u00ader\u00adate\u00adly im\u00adpor\u00adtant',
      'im\u00adpor\u00adtant',
      'very im\u00adpor\u00adtant',
    ],
    satisfaction: [
      'very dis\u00adsat\u00adis\u00adfied',
      'dis\u00adsat\u00adis\u00adfied',
      'neither',
      'sat\u00adis\u00adfied',
      'very sat\u00adis\u00adfied',
    ],
    recommendation: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
    'self-rating': ['very poor', 'poor', 'fair', 'good', 'very good'],
  },
  cannotJudge: 'can’t judge',
  customerTitle: (name) => `How does ${name} work with your unit?`,
  customerLead: 'Your unit serves others too. How do you experience these internal customers?',
  customerNoContact: (name) => `My unit had no contact with ${name}`,
  selfTitle: 'How do your internal customers see your unit?',
  selfLead: 'Your estimate is shown beside your customers’ ratings (self-image and external image). This page is optional.',
  addTitle: 'Did you work with another unit?',
  addLead: 'If a unit whose services you used is missing, you can add it here and rate it too.',
  addLabel: 'Unit',
  addChoose: 'Choose a unit',
  addButton: 'Add and rate',
  addNone: 'No, continue',
  addedList: 'Added by you',
  reviewTitle: 'Check your answers',
  reviewLead: 'Check your answers. “Change” takes you to the page.',
  reviewAnswered: (answered, total) => `${answered} of ${total} questions answered`,
  reviewNoContact: 'no contact',
  reviewOpen: 'not answered yet',
  reviewChange: 'Change',
  reviewSkipped: 'nothing given',
  reviewSelf: 'Your unit (self-assessment)',
  submit: 'Submit answers',
  submitWarning: 'Once submitted, your answers cannot be changed.',
  errorTitle: 'There is a problem',
  errorUnanswered: (name) => `Answer at least one question about ${name}, or tick “no contact”.`,
  errorUnansweredAdded: (name) => `Answer at least one question about ${name}, or remove the unit.`,
  errorNotAnOption: 'Choose one of the answers offered.',
  errorTooLong: (max) => `Write at most ${max.toLocaleString('en-GB')} characters.`,
  errorChooseUnit: 'Choose a unit from the list.',
  errorTooManyUnits: (max) => `You can add at most ${max} units.`,
  thanksTitle: 'Thank you!',
  thanksText: ['Your answers are stored.', 'This link accepts no further answers. You can close this page now.'],
  closedTitle: 'The survey has closed',
  closedText: 'Answers can no longer be given.',
  noSessionTitle: 'No open survey in this browser',
  noSessionText: ['Open the link from your invitation again to continue.', 'If you have already submitted, your answers are stored.'],
  expiredFormTitle: 'This page has expired',
  expiredFormText: 'Reload the page and try again. The answers you saved so far are kept.',
  failedTitle: 'That did not work',
  failedText: 'Please try again in a moment. The answers you saved are kept.',
  privacyTitle: 'Privacy notice',
  privacy: (k, commentK) => [
    `Your answers are anonymous. Results are shown only for groups of at least ${k} people, comments only from ${commentK} people on. Smaller groups are combined with others or not shown.`,
    'What is stored: your answers and comments, the unit you rated, your unit (as the customer group, or as the provider when you rate your customers or your own unit), the survey with the version of its questions, and the day you submitted.',
    'What is not stored with your answers: your name, your email address, the time of day, your IP address or your browser.',
    'Your invitation is kept apart and records only whether you have submitted, so that reminders go to others only. Nothing stored links it to your answers. For about a minute after you submit, the database’s internal records of that moment could still bring the two together. Until the day is over (by UTC), they may then still tell in which minute your answers arrived, together with those of everyone who submitted in that minute. Then that is cleared too. So that you can continue, the survey also keeps the day of your visits, for 30 days at most.',
    'Until you submit, your answers are kept as a draft with your invitation so that you can continue later. The draft is deleted when you submit.',
    'Two cookies are needed: one keeps you in this survey, one protects the forms. There is no tracking.',
  ],
  unknownUnit: 'a unit that no longer exists',
};

export const texts: Record<RespondentLocale, Texts> = { de, en };

/** Fills `{name}` placeholders of questionnaire texts. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
