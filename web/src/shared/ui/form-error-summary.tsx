import { useEffect, useRef } from 'react';

/** One problem in the summary, linked to its control. */
export interface SummaryItem {
  controlId: string;
  text: string;
}

interface FormErrorSummaryProps {
  title: string;
  items: readonly SummaryItem[];
  /** Changes with every failed submission, so focus moves to the summary each time. */
  attempt: number;
}

/** The problems of a failed submission, each a link to its field; takes focus when it appears. */
export function FormErrorSummary({ title, items, attempt }: FormErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [attempt]);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <p className="error-summary__title">{title}</p>
      <ul className="error-summary__list">
        {items.map((item) => (
          <li key={`${item.controlId}|${item.text}`}>
            <a
              href={`#${item.controlId}`}
              onClick={(event) => {
                // Focus the control itself; following the hash alone would only scroll.
                const control = document.getElementById(item.controlId);
                if (control) {
                  event.preventDefault();
                  control.focus();
                }
              }}
            >
              {item.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
