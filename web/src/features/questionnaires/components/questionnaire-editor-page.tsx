import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api-client';
import { Card } from '../../../shared/ui/card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { PageHeader } from '../../../shared/ui/page-header';
import { LoadState } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { fetchVersion, saveDraft, startDraft, type QuestionnaireContent, type QuestionnaireItem } from '../api';
import { groupByBlock } from '../content-edit';
import { AddItemForm } from './add-item-form';
import { BlocksFieldset } from './blocks-fieldset';
import { ItemList } from './item-list';
import { VersionBadge } from './version-badge';
import '../questionnaires.css';

/** One questionnaire version: a draft is edited here (items in both languages, order, blocks); a frozen one is shown read-only. */
export function QuestionnaireEditorPage() {
  const { t } = useTranslation();
  const { id = '', versionId = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useResource((signal) => fetchVersion(id, versionId, signal), [id, versionId]);
  const [content, setContent] = useState<QuestionnaireContent | null>(null);
  const [isDirty, setIsDirty] = useState(false);
  const [error, setError] = useState<unknown>(undefined);
  const [message, setMessage] = useState('');
  const [isBusy, setIsBusy] = useState(false);

  const version = loaded.data?.version.id === versionId ? loaded.data.version : undefined;
  useEffect(() => {
    setContent(version ? structuredClone(version.content) : null);
    setIsDirty(false);
    setError(undefined);
  }, [version]);

  const invalidFields = useMemo(() => fieldsOf(error), [error]);
  if (!loaded.data || !version || !content) {
    return (
      <>
        <PageHeader title={t('questionnaires.title')} />
        <LoadState isLoading={loaded.isLoading} error={loaded.error} />
      </>
    );
  }
  const { questionnaire } = loaded.data;
  const isDraft = version.status === 'draft';
  const latest = questionnaire.versions.at(-1);
  const groups = groupByBlock(content.items);

  const change = (next: QuestionnaireContent) => {
    setContent(next);
    setIsDirty(true);
    setMessage('');
  };
  const setItems = (items: QuestionnaireItem[]) => change({ ...content, items });

  async function handleSave() {
    if (!content) return;
    setIsBusy(true);
    setError(undefined);
    try {
      const saved = await saveDraft(questionnaire.id, content);
      setContent(structuredClone(saved.content));
      setIsDirty(false);
      setMessage(t('questionnaires.saved'));
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  async function handleStartDraft() {
    setIsBusy(true);
    setError(undefined);
    try {
      const draft = await startDraft(questionnaire.id);
      await navigate(`/questionnaires/${questionnaire.id}/versions/${draft.id}`);
    } catch (reason) {
      setError(reason);
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <>
      <PageHeader
        title={t('questionnaires.editorTitle', { name: questionnaire.name })}
        above={<Link to="/questionnaires">{t('questionnaires.back')}</Link>}
        description={
          <>
            {t('questionnaires.version', { number: version.number })} <VersionBadge status={version.status} />
          </>
        }
      />
      <nav aria-label={t('questionnaires.versions')} className="version-nav">
        <span className="version-nav__label">{t('questionnaires.versions')}:</span>
        <ul className="version-nav__list">
          {questionnaire.versions.map((entry) => (
            <li key={entry.id}>
              <Link
                to={`/questionnaires/${questionnaire.id}/versions/${entry.id}`}
                aria-current={entry.id === version.id ? 'page' : undefined}
              >
                {t('questionnaires.version', { number: entry.number })} ({t(`questionnaires.statuses.${entry.status}`)})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {isDraft ? (
        <p className="notice">{t('questionnaires.draftNote')}</p>
      ) : (
        <div className="notice notice--frozen">
          <p>{t('questionnaires.frozenNote', { number: version.number })}</p>
          {latest?.id === version.id ? (
            <button type="button" className="button" disabled={isBusy} onClick={() => void handleStartDraft()}>
              {t('questionnaires.startDraft')}
            </button>
          ) : (
            latest?.status === 'draft' && (
              <Link to={`/questionnaires/${questionnaire.id}/versions/${latest.id}`}>
                {t('questionnaires.newerDraft', { number: latest.number })}
              </Link>
            )
          )}
        </div>
      )}
      <ErrorSummary error={error} />
      {isDraft && <p className="muted">{t('questionnaires.placeholders')}</p>}
      <Card title={t('questionnaires.perception')}>
        <ItemList
          entries={groups.perception}
          items={content.items}
          isEditable={isDraft}
          invalidFields={invalidFields}
          onChange={setItems}
        />
      </Card>
      <Card title={t('questionnaires.reverse')}>
        <ItemList entries={groups.reverse} items={content.items} isEditable={isDraft} invalidFields={invalidFields} onChange={setItems} />
      </Card>
      <div className={isDraft ? 'columns' : undefined}>
        <Card title={t('questionnaires.blocks')}>
          <BlocksFieldset blocks={content.blocks} isEditable={isDraft} onChange={(blocks) => change({ ...content, blocks })} />
        </Card>
        {isDraft && (
          <Card title={t('questionnaires.addTitle')}>
            <AddItemForm items={content.items} onAdd={setItems} />
          </Card>
        )}
      </div>
      {isDraft && (
        <div className="editor-bar">
          <button type="button" className="button button--primary" disabled={isBusy || !isDirty} onClick={() => void handleSave()}>
            {isBusy ? t('questionnaires.saving') : t('questionnaires.save')}
          </button>
          <span role="status" className="editor-bar__status">
            {isDirty ? t('questionnaires.unsaved') : message}
          </span>
        </div>
      )}
    </>
  );
}

/** The item fields a problem names ("items.3.text.de"), to mark those inputs invalid. */
function fieldsOf(error: unknown): Set<string> {
  if (!(error instanceof ApiError)) return new Set();
  return new Set((error.problem.errors ?? []).flatMap((problem) => (problem.field ? [problem.field.replace(/^body\./, '')] : [])));
}
