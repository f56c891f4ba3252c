import { useId, type ReactNode } from 'react';

interface CardProps {
  title?: string;
  /** Heading level inside the page; cards sit under the h1 by default. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A bordered section with an optional heading. */
export function Card({ title, headingLevel = 2, actions, className, children }: CardProps) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`card ${className ?? ''}`} aria-labelledby={title ? id : undefined}>
      {(title || actions) && (
        <div className="card__header">
          {title && (
            <Heading id={id} className="card__title">
              {title}
            </Heading>
          )}
          {actions && <div className="card__actions">{actions}</div>}
        </div>
      )}
      <div className="card__body">{children}</div>
    </section>
  );
}
