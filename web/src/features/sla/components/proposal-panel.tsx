import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../shared/ui/confirm-button';
import type { RelationshipSide } from '../../relationships/relationship-access';
import { decideProposal, type SlaObjective, type SlaVersion } from '../api';
import { formatCalendarDate, formatMoment } from '../../../shared/dates';
import { otherSide } from '../../relationships/relationship-access';
import { proposalActions } from '../proposal-actions';
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
      <h3 className="sla-subheading">{t('sla.objective.proposal')}</h3>
      <p className="sla-sentence">{describeTerms(t, proposal, i18n.language)}</p>
      <p>
        {t('sla.objective.proposalBy', {
          name: nameOf(proposal.proposedBy.accountId),
          forSide: t(`sla.forSide.${proposal.proposedBy.side}`),
          date: formatMoment(proposal.proposedBy.at, i18n.language),
          validFrom: formatCalendarDate(proposal.validFrom, i18n.language),
        })}
      </p>
      {actions.length === 0 ? (
        <p className="muted">{t('sla.objective.waiting', { sideSubject: t(`sla.sideSubject.${otherSide(proposal.proposedBy.side)}`) })}</p>
      ) : (
        <div className="button-row">
          {actions.map((action) => {
            const verb = t(`sla.objective.${action.decision}`);
            const label = showSide ? t('sla.objective.asSide', { action: verb, side: t(`sla.sides.${action.side}`) }) : verb;
            // The question also names the button; it starts with the visible label, so the name contains what is seen.
            const question = showSide
              ? t('sla.objective.asSideQuestion', { label, name: proposal.name })
              : t(`sla.objective.${action.decision}Question`, { name: proposal.name, forSide: t(`sla.forSide.${action.side}`) });
            return (
              <ConfirmButton
                key={action.decision}
                tone={action.decision === 'agree' ? 'primary' : action.decision === 'decline' ? 'danger' : 'neutral'}
                label={label}
                question={question}
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
