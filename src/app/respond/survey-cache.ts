import type { Unit } from '../../domain/org/unit.js';
import type { SurveyFrame } from '../../domain/respond/survey-frame.js';
import type { AppContext } from '../ports.js';
import type { InvitationAccess } from './ports.js';

/**
 * What every respondent page and submission needs besides the invitation: the wave's frozen
 * questionnaire and relationships (immutable once the wave is open, so kept for good) and the
 * unit names (kept briefly: units may be renamed or added while a wave runs).
 */
export interface SurveyCache {
  frameFor(access: InvitationAccess): Promise<SurveyFrame>;
  units(): Promise<ReadonlyMap<string, Unit>>;
  findUnit(id: string): Promise<Unit | undefined>;
}

interface WaveEntry {
  questionnaireVersionId: SurveyFrame['questionnaireVersionId'];
  content: SurveyFrame['content'];
  providersByCustomer: Map<string, string[]>;
  customersByProvider: Map<string, string[]>;
}

const MAX_WAVES = 32;
const collator = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

export function createSurveyCache(context: AppContext, options: { unitTtlMs?: number } = {}): SurveyCache {
  const unitTtl = options.unitTtlMs ?? 30_000;
  const waves = new Map<string, Promise<WaveEntry>>();
  let units: { loadedAt: number; byId: Promise<Map<string, Unit>> } | undefined;
  // Frames per wave and unit, valid as long as the unit names they were sorted by.
  const frames = new Map<string, { byId: Map<string, Unit>; frame: SurveyFrame }>();

  const loadWave = (waveId: string): Promise<WaveEntry> => {
    const cached = waves.get(waveId);
    if (cached) return cached;
    const loading = context.stores.responding.loadWaveSurvey(waveId).then((survey) => {
      if (!survey) throw new Error(`wave ${waveId} has no questionnaire`);
      const providersByCustomer = new Map<string, string[]>();
      const customersByProvider = new Map<string, string[]>();
      for (const { providerUnitId, customerUnitId } of survey.relationships) {
        providersByCustomer.set(customerUnitId, [...(providersByCustomer.get(customerUnitId) ?? []), providerUnitId]);
        customersByProvider.set(providerUnitId, [...(customersByProvider.get(providerUnitId) ?? []), customerUnitId]);
      }
      return { questionnaireVersionId: survey.questionnaireVersionId, content: survey.content, providersByCustomer, customersByProvider };
    });
    loading.catch(() => waves.delete(waveId));
    if (waves.size >= MAX_WAVES) waves.delete(waves.keys().next().value as string);
    waves.set(waveId, loading);
    return loading;
  };

  const loadUnits = (): Promise<Map<string, Unit>> => {
    if (!units || Date.now() - units.loadedAt > unitTtl) {
      const byId = context.stores.units.listAll().then((list) => new Map(list.map((unit) => [unit.id, unit])));
      byId.catch(() => (units = undefined));
      units = { loadedAt: Date.now(), byId };
    }
    return units.byId;
  };

  return {
    async frameFor(access) {
      const [wave, byId] = await Promise.all([loadWave(access.wave.id), loadUnits()]);
      const key = `${access.wave.id}:${access.unitId}`;
      const known = frames.get(key);
      if (known && known.byId === byId) return known.frame;
      const byName = (a: string, b: string) => collator.compare(byId.get(a)?.name ?? a, byId.get(b)?.name ?? b);
      const frame: SurveyFrame = {
        waveId: access.wave.id,
        questionnaireVersionId: wave.questionnaireVersionId,
        content: wave.content,
        ownUnitId: access.unitId,
        providerUnitIds: (wave.providersByCustomer.get(access.unitId) ?? []).filter((id) => id !== access.unitId).sort(byName),
        customerUnitIds: (wave.customersByProvider.get(access.unitId) ?? []).filter((id) => id !== access.unitId).sort(byName),
      };
      if (frames.size >= 10_000) frames.clear();
      frames.set(key, { byId, frame });
      return frame;
    },
    units: loadUnits,
    async findUnit(id) {
      return (await loadUnits()).get(id) ?? (await context.stores.units.findById(id));
    },
  };
}
