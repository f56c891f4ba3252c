import { useTranslation } from 'react-i18next';
import type { Signature, SlaVersion } from '../api';
import { formatCalendarDate, formatMoment } from '../../../shared/dates';
import { describeTerms } from '../terms';

interface VersionHistoryProps {
  versions: SlaVersion[];
  nameOf: (accountId: string) => string;
}

/** Every version of an objective: its terms, status, who proposed it and who agreed or closed it when. */
export function VersionHistory({ versions, nameOf }: VersionHistoryProps) {
  const { t, i18n } = useTranslation();
  const sign = (signature: Signature | null) =>
    signature
      ? t('sla.objective.signature', {
          name: nameOf(signature.accountId),
          forSide: t(`sla.forSide.${signature.side}`),
          date: formatMoment(signature.at, i18n.language),
        })
      : '–';
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="table__caption">{t('sla.objective.historyCaption', { name: sorted[0]?.name ?? '' })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sla.objective.versionColumn')}</th>
            <th scope="col">{t('sla.objective.termsColumn')}</th>
            <th scope="col">{t('sla.objective.statusColumn')}</th>
            <th scope="col">{t('sla.objective.proposedColumn')}</th>
            <th scope="col">{t('sla.objective.decidedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((version) => (
            <tr key={version.id}>
              <th scope="row">{version.version}</th>
              <td>
                {describeTerms(t, version, i18n.language)}
                <br />
                <span className="muted">
                  {t('sla.objective.validFrom')} {formatCalendarDate(version.validFrom, i18n.language)}
                </span>
              </td>
              <td>{t(`sla.versionStatus.${version.status}`)}</td>
              <td>{sign(version.proposedBy)}</td>
              <td>{sign(version.agreedBy ?? version.closedBy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
