import type { QuestionnaireContent } from '../questionnaire/questionnaire.js';

/**
 * What one invitation may rate in its wave: the providers its unit depends on, and, when its
 * unit is itself a provider in the wave, the customers it serves. Lists are in display order.
 */
export interface SurveyFrame {
  waveId: string;
  questionnaireVersionId: string;
  content: QuestionnaireContent;
  /** The respondent's unit: the customer group of every perception rating. */
  ownUnitId: string;
  providerUnitIds: readonly string[];
  customerUnitIds: readonly string[];
}

/** Whether the respondent's unit serves anyone in the wave, and so rates its customers and itself. */
export function isProviderInWave(frame: SurveyFrame): boolean {
  return frame.customerUnitIds.length > 0;
}

/** Whether the questionnaire asks providers to rate their customers: the reverse block, with items. */
export function hasReverseBlock(content: QuestionnaireContent): boolean {
  return content.blocks.reverse && content.items.some((item) => item.block === 'reverse');
}

/** Whether the questionnaire asks providers anything (their customers, or their own predicted rating): then providers are invited too. */
export function asksProviders(content: QuestionnaireContent): boolean {
  return hasReverseBlock(content) || content.blocks.selfAssessment;
}

export function asksReverse(frame: SurveyFrame): boolean {
  return isProviderInWave(frame) && hasReverseBlock(frame.content);
}

export function asksSelfAssessment(frame: SurveyFrame): boolean {
  return frame.content.blocks.selfAssessment && isProviderInWave(frame);
}
