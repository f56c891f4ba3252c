import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import { decideProposal, type RelationshipSide, type SlaObjective, type SlaVersion } from '../api';
import { formatDate, formatDateTime } from '../dates';
import { otherSide, proposalActions } from '../proposal-actions';
import { describeTerms } from '../terms';

interface ProposalPanelProps {
  proposal: SlaVersion;
  sides: readonly RelationshipSide[];
  nameOf: (accountId: string) => string;
  onDecided: (objective: SlaObjective, message: string) => void;
  onError: (reason: unknown) => void;
}

/** A pending proposal with the buttons the viewer's side may press. */
export function ProposalPanel({ proposal, sides, nameOf, onDecided, onError }: ProposalPanelProps) {
  const { t, i18n } = useTranslation();
  const actions = proposalActions(proposal, sides);
  const showSide = sides.length > 1;
  const messages = { agree: t('sla.objective.agreed'), decline: t('sla.objective.declined'), withdraw: t('sla.objective.withdrawn') };
  return (
    <div className="sla-proposal">
      <h4>{t('sla.objective.proposal')}</h4>
      <p className="sla-sentence">{describeTerms(t, proposal, i18n.language)}</p>
      <p>
        {t('sla.objective.proposalBy', {
          name: nameOf(proposal.proposedBy.accountId),
          forSide: t(`sla.forSide.${proposal.proposedBy.side}`),
          date: formatDateTime(proposal.proposedBy.at, i18n.language),
          validFrom: formatDate(proposal.validFrom, i18n.language),
        })}
      </p>
      {actions.length === 0 ? (
        <p className="muted">{t('sla.objective.waiting', { sideSubject: t(`sla.sideSubject.${otherSide(proposal.proposedBy.side)}`) })}</p>
      ) : (
        <div className="button-row">
          {actions.map((action) => {
            const label = t(`sla.objective.${action.decision}`);
            const values = { name: proposal.name, forSide: t(`sla.forSide.${action.side}`) };
            return (
              <ConfirmButton
                key={action.decision}
                tone={action.decision === 'agree' ? 'primary' : action.decision === 'decline' ? 'danger' : 'neutral'}
                label={showSide ? t('sla.objective.asSide', { action: label, side: t(`sla.sides.${action.side}`) }) : label}
                question={t(`sla.objective.${action.decision}Question`, values)}
                confirmLabel={t('sla.objective.confirmYes')}
                onConfirm={async () => {
                  try {
                    const objective = await decideProposal({
                      objectiveId: proposal.objectiveId,
                      versionId: proposal.id,
                      decision: action.decision,
                      side: action.side,
                    });
                    onDecided(objective, messages[action.decision]);
                  } catch (reason) {
                    onError(reason);
                  }
                }}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}
