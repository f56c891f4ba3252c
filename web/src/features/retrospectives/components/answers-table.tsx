import { useTranslation } from 'react-i18next';
import { RELATIONSHIP_SIDES, type RelationshipSide } from '../../relationships/relationship-access';
import type { Answer, AnswerRow } from '../retrospective-view';

interface AnswersTableProps {
  rows: AnswerRow[];
  /** Column headings, e.g. "Provider: IT/Service Desk". */
  headings: Record<RelationshipSide, string>;
  /** "Name, date" of each side's author; null while the side has not written. */
  authors: Record<RelationshipSide, string | null>;
}

/** The template's questions as rows, provider and customer answers side by side. */
export function AnswersTable({ rows, headings, authors }: AnswersTableProps) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table retro-answers">
        <caption className="visually-hidden">{t('retrospectives.answersCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retrospectives.question')}</th>
            {RELATIONSHIP_SIDES.map((side) => (
              <th scope="col" key={side}>
                <span className="retro-answers__side">{headings[side]}</span>
                <span className="retro-answers__author">{authors[side] ?? t('retrospectives.notWritten')}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.section}>
              <th scope="row">
                <span className="retro-answers__question">{row.title}</span>
                <span className="retro-answers__prompt">{row.prompt}</span>
              </th>
              {RELATIONSHIP_SIDES.map((side) => (
                <td key={side}>
                  <AnswerText answer={row.answers[side]} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AnswerText({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  if (answer.kind === 'not-written') return <span className="muted">{t('retrospectives.notWritten')}</span>;
  if (answer.kind === 'empty') return <span className="muted">{t('retrospectives.leftEmpty')}</span>;
  return <p className="retro-answers__text">{answer.text}</p>;
}
