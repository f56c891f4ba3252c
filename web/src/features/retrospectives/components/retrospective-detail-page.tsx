import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Card } from '../../../shared/ui/card';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { DeleteCard } from '../../../shared/ui/delete-card';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SelectField } from '../../../shared/ui/field';
import { PageHeader } from '../../../shared/ui/page-header';
import { ProblemNotice } from '../../../shared/ui/status';
import { formatMoment } from '../../../shared/dates';
import { useResource } from '../../../shared/use-resource';
import { fetchResultWaves } from '../../results/api';
import { useAccountNames } from '../../accounts/use-account-names';
import { fetchRelationships, type RelationshipView } from '../../relationships/api';
import { RELATIONSHIP_SIDES, type RelationshipSide, type Viewer } from '../../relationships/relationship-access';
import { relationshipLabel } from '../../relationships/relationship-label';
import { useSession } from '../../session/session-context';
import {
  completeRetrospective,
  deleteRetrospective,
  fetchRetrospective,
  fetchTemplate,
  writeLinks,
  writeNotes,
  type Retrospective,
  type RetrospectiveTemplate,
} from '../api';
import { actionListUnitId, decidePermissions, defaultAdminSide } from '../retrospective-access';
import { groupAnswers } from '../retrospective-view';
import { AnswersTable } from './answers-table';
import { LinksCard } from './links-card';
import { NotesForm } from './notes-form';
import { RetrospectiveStatusBadge } from './retrospective-status-badge';
import '../retrospectives.css';

/** One retrospective: both sides' answers side by side, your side's notes, links to actions and SLAs, completion. */
export function RetrospectiveDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { account } = useSession();
  const retrospective = useResource((signal) => fetchRetrospective(id, signal), [id]);
  const relationships = useResource((signal) => fetchRelationships(signal), []);
  const template = useResource((signal) => fetchTemplate(signal), []);
  const waves = useResource((signal) => fetchResultWaves(signal), []);

  const data = retrospective.data?.id === id ? retrospective.data : undefined;
  const relationship = relationships.data?.find((each) => each.id === data?.relationshipId);
  if (!data || !template.data || !relationship || !account) {
    const error = retrospective.error ?? relationships.error ?? template.error;
    const isLoading = retrospective.isLoading || relationships.isLoading || template.isLoading;
    return (
      <>
        <PageHeader title={t('retrospectives.title')} above={<Link to="/retrospectives">{t('retrospectives.back')}</Link>} />
        <ProblemNotice
          isLoading={isLoading}
          error={error}
          notFound={t('retrospectives.notFound')}
          notAllowed={t('retrospectives.notAllowed')}
        />
      </>
    );
  }
  const waveName = waves.data?.find((wave) => wave.id === data.waveId)?.name ?? data.waveId;
  return (
    <RetrospectiveDetail
      key={data.id}
      retrospective={data}
      relationship={relationship}
      template={template.data}
      waveName={waveName}
      viewer={{ role: account.role, unitId: account.unitId }}
      onChange={retrospective.reload}
    />
  );
}

interface RetrospectiveDetailProps {
  retrospective: Retrospective;
  relationship: RelationshipView;
  template: RetrospectiveTemplate;
  waveName: string;
  viewer: Viewer;
  onChange: () => void;
}

function RetrospectiveDetail({ retrospective, relationship, template, waveName, viewer, onChange }: RetrospectiveDetailProps) {
  const { t, i18n } = useTranslation();
  const { accountName } = useAccountNames();
  const navigate = useNavigate();
  const [adminSide, setAdminSide] = useState<RelationshipSide>(() => defaultAdminSide(retrospective));
  const [message, setMessage] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const permissions = decidePermissions({ viewer, relationship, retrospective, adminSide });
  const rows = groupAnswers(template, retrospective, i18n.language);
  // An admin names the side; a lead's side follows from their unit.
  const sideInput = viewer.role === 'admin' ? { side: adminSide } : {};

  const authorOf = (side: RelationshipSide): string | null => {
    const part = retrospective[side];
    if (part === null) return null;
    const name = accountName(part.authorAccountId) ?? t('retrospectives.unknownAuthor');
    return t('retrospectives.wroteBy', { name, date: formatMoment(part.writtenAt, i18n.language) });
  };

  async function run(action: () => Promise<unknown>, done: string) {
    setError(undefined);
    setMessage('');
    await action();
    setMessage(done);
    onChange();
  }

  async function remove() {
    setError(undefined);
    setMessage('');
    try {
      await deleteRetrospective(retrospective.id);
    } catch (reason: unknown) {
      setError(reason);
      return;
    }
    await navigate('/retrospectives');
  }

  return (
    <>
      <PageHeader
        title={relationshipLabel(relationship)}
        above={<Link to="/retrospectives">{t('retrospectives.back')}</Link>}
        description={
          <>
            {t('retrospectives.waveLine', { wave: waveName })} <RetrospectiveStatusBadge status={retrospective.status} />{' '}
            {retrospective.completedAt ? (
              <span>{t('retrospectives.completedOn', { date: formatMoment(retrospective.completedAt, i18n.language) })}</span>
            ) : (
              <span className="muted">{t('retrospectives.startedOn', { date: formatMoment(retrospective.createdAt, i18n.language) })}</span>
            )}
          </>
        }
      />
      <div className="stack">
        {viewer.role === 'executive' && <p className="notice">{t('retrospectives.readOnly')}</p>}
        <ErrorSummary error={error} />
        <p role="status" className={message ? 'notice notice--success' : 'visually-hidden'}>
          {message}
        </p>
        <Card title={t('retrospectives.answers')}>
          <AnswersTable
            rows={rows}
            headings={{
              provider: t('retrospectives.providerColumn', { unit: relationship.providerPath }),
              customer: t('retrospectives.customerColumn', { unit: relationship.customerPath }),
            }}
            authors={{ provider: authorOf('provider'), customer: authorOf('customer') }}
          />
        </Card>
        {viewer.role === 'admin' && (permissions.canEditNotes || permissions.canEditLinks) && (
          <SelectField
            className="retro-side"
            label={t('retrospectives.actAs')}
            hint={t('retrospectives.sideHint')}
            value={adminSide}
            onChange={(event) => setAdminSide(event.target.value as RelationshipSide)}
          >
            {RELATIONSHIP_SIDES.map((side) => (
              <option key={side} value={side}>
                {t(`retrospectives.sides.${side}`)}
              </option>
            ))}
          </SelectField>
        )}
        {permissions.canEditNotes && permissions.side && (
          <Card title={t('retrospectives.yourNotes', { side: t(`retrospectives.sides.${permissions.side}`) })}>
            <NotesForm
              key={permissions.side}
              legend={t('retrospectives.yourAnswers')}
              questions={rows}
              initial={retrospective[permissions.side]?.notes ?? null}
              onSave={(notes) => run(() => writeNotes(retrospective.id, { ...sideInput, notes }), t('retrospectives.notesSaved'))}
            />
          </Card>
        )}
        <LinksCard
          retrospective={retrospective}
          relationship={relationship}
          actionUnitId={actionListUnitId(viewer, relationship)}
          canEdit={permissions.canEditLinks}
          onSave={(links) => run(() => writeLinks(retrospective.id, { ...sideInput, ...links }), t('retrospectives.linksSaved'))}
        />
        <Card title={t('retrospectives.completeTitle')}>
          <p className={permissions.canComplete ? 'retro-complete-note' : 'muted retro-complete-note'}>
            {permissions.completeBlock === null
              ? t('retrospectives.completeReady')
              : t(`retrospectives.completeBlocks.${permissions.completeBlock}`)}
          </p>
          {permissions.side !== null && retrospective.status === 'draft' && (
            <div>
              <ConfirmButton
                tone="primary"
                label={t('retrospectives.complete')}
                question={t('retrospectives.completeQuestion')}
                confirmLabel={t('retrospectives.completeYes')}
                disabled={!permissions.canComplete}
                onConfirm={() =>
                  run(() => completeRetrospective(retrospective.id, sideInput), t('retrospectives.completed')).catch((reason: unknown) =>
                    setError(reason),
                  )
                }
              />
            </div>
          )}
        </Card>
        {permissions.canDelete && (
          <DeleteCard
            title={t('retrospectives.deleteTitle')}
            hint={t('retrospectives.deleteHint')}
            question={t('retrospectives.deleteQuestion')}
            onDelete={remove}
          />
        )}
      </div>
    </>
  );
}
