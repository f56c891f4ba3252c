import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Loading } from '../../../shared/ui/status';
import { useResource } from '../../../shared/use-resource';
import { dimensionLabel, formatMean, formatSigned } from '../../results/format';
import { fetchActionEffect, type Action, type ActionEffect, type GroupFigure } from '../api';
import { comparisonKey, effectPrecondition, effectSentenceKey, isEffectPending } from '../action-model';
import type { ActionNames } from '../use-action-names';

interface ActionEffectSectionProps {
  action: Action;
  names: ActionNames;
}

/** "Did it help?": the effect between the source wave and the next closed one, or a calm notice why there is none yet. */
export function ActionEffectSection({ action, names }: ActionEffectSectionProps) {
  const { t } = useTranslation();
  const precondition = effectPrecondition(action);
  const effect = useResource(
    (signal) => (precondition === null ? fetchActionEffect(action.id, signal) : Promise.resolve(null)),
    [action.id, precondition],
  );
  if (precondition === 'no-dimension') return <p className="notice">{t('actions.effect.noDimension')}</p>;
  if (precondition === 'no-source-wave') return <p className="notice">{t('actions.effect.noSourceWave')}</p>;
  if (effect.error !== undefined) {
    if (!isEffectPending(effect.error)) return <ErrorSummary error={effect.error} isFocused={false} />;
    const wave = action.sourceWaveId === null ? null : names.waveName(action.sourceWaveId);
    return <p className="notice">{wave === null ? t('actions.effect.pendingUnknownWave') : t('actions.effect.pending', { wave })}</p>;
  }
  if (!effect.data) return <Loading />;
  return <EffectFigures action={action} effect={effect.data} names={names} />;
}

function EffectFigures({ action, effect, names }: { action: Action; effect: ActionEffect; names: ActionNames }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const dimension = dimensionLabel(t, effect.dimension);
  const interval = effect.effect.confidenceInterval;
  const target = t('actions.effect.target', {
    provider: names.unitName(action.providerUnitId) ?? t('actions.unknown'),
    customer:
      action.customerGroupId === null ? t('actions.effect.allCustomers') : (names.unitName(action.customerGroupId) ?? t('actions.unknown')),
  });
  const rows: { key: string; label: string; before: GroupFigure; after: GroupFigure; change: number | null }[] = [
    { key: 'target', label: target, ...effect.target, change: effect.effect.targetChange },
    { key: 'comparison', label: t('actions.effect.comparison'), ...effect.comparison, change: effect.effect.comparisonChange },
  ];
  const figure = (value: GroupFigure) => (
    <>
      {formatMean(value.mean, language)}
      <span className="actions-effect__n">{t('actions.effect.answers', { n: value.n })}</span>
    </>
  );
  return (
    <div className="actions-effect">
      <p>{t('actions.effect.intro', { dimension, from: effect.fromWave.name, to: effect.toWave.name })}</p>
      <div className="table-wrap">
        <table className="table actions-effect__table">
          <caption className="table__caption">{t('actions.effect.caption', { dimension })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('actions.effect.group')}</th>
              <th scope="col" className="table__number">
                {t('actions.effect.before', { wave: effect.fromWave.name })}
              </th>
              <th scope="col" className="table__number">
                {t('actions.effect.after', { wave: effect.toWave.name })}
              </th>
              <th scope="col" className="table__number">
                {t('actions.effect.change')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td className="table__number">{figure(row.before)}</td>
                <td className="table__number">{figure(row.after)}</td>
                <td className="table__number">{formatSigned(row.change, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        {interval === null
          ? t('actions.effect.differenceLineNoInterval', { difference: formatSigned(effect.effect.difference, language) })
          : t('actions.effect.differenceLine', {
              difference: formatSigned(effect.effect.difference, language),
              lower: formatSigned(interval.lower, language),
              upper: formatSigned(interval.upper, language),
            })}
      </p>
      <p className={`notice actions-effect__verdict actions-effect__verdict--${effect.effect.label}`}>
        {t(`actions.effect.sentences.${effectSentenceKey(effect)}`, { dimension })}
      </p>
      <p className="muted">{t(`actions.effect.comparisonExplained.${comparisonKey(effect)}`)}</p>
    </div>
  );
}
