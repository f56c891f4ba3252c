import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type ProblemError } from '../api-client';

interface ErrorSummaryProps {
  error: unknown;
  /** Move focus to the summary when it appears (after a form submission). */
  isFocused?: boolean;
}

/** Shows an API problem (detail and its errors list) or any other error in an alert box. */
export function ErrorSummary({ error, isFocused = true }: ErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error !== undefined && error !== null && isFocused) ref.current?.focus();
  }, [error, isFocused]);
  if (error === undefined || error === null) return null;

  const problem = error instanceof ApiError ? error.problem : undefined;
  const message = problem ? (problem.detail ?? problem.title) : t('errors.unexpected');
  // A single field error often repeats the detail word for word: list only what adds something.
  const items = (problem?.errors ?? []).map((item) => describeProblemError(item, t('errors.line'))).filter((text) => text !== message);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="error-summary__title">{message}</p>
      {items.length > 0 && (
        <ul className="error-summary__list">
          {items.map((text, index) => (
            <li key={index}>{text}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Formats one problem error as "line N: column: problem" or "field: problem". */
export function describeProblemError(item: ProblemError, lineWord: string): string {
  const parts: string[] = [];
  if (item.line !== undefined) parts.push(`${lineWord} ${item.line}`);
  if (item.column) parts.push(item.column);
  else if (item.field) parts.push(item.field);
  parts.push(item.problem);
  return parts.join(': ');
}
