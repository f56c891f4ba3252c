import { api } from '../../shared/api-client';
import type { VersionStatus } from '../questionnaires/api';
import { WAVE_STATUSES, type WaveStatus } from '@contract/vocabulary';

export { WAVE_STATUSES, type WaveStatus };

export interface WaveScope {
  providerUnitIds: string[] | null;
  customerUnitIds: string[] | null;
}

export interface Wave {
  id: string;
  name: string;
  status: WaveStatus;
  questionnaireVersionId: string;
  questionnaire: { id: string; name: string; versionNumber: number; versionStatus: VersionStatus };
  scope: WaveScope;
  opensAt: string | null;
  closesAt: string | null;
  createdAt: string;
  invited: number;
}

export interface WaveDetail extends Wave {
  inScope: { relationships: number; customerUnits: number; people: number };
  outbox: { pending: number; sent: number; failed: number };
  isAcceptingResponses: boolean;
  isOpeningOverdue: boolean;
}

export interface WaveInput {
  name: string;
  questionnaireVersionId: string;
  scope: WaveScope;
  opensAt?: string | null;
  closesAt?: string | null;
}

export interface ResponseRates {
  waveId: string;
  status: WaveStatus;
  threshold: number;
  units: { unitId: string; unitPath: string; invited: number; submitted: number }[];
  otherUnits: { unitCount: number; invited: number; submitted: number } | null;
  hiddenUnitCount: number;
  total: { invited: number; submitted: number };
}

/** Every wave, newest first. */
export async function fetchWaves(signal?: AbortSignal): Promise<Wave[]> {
  return (await api.get<{ waves: Wave[] }>('/api/waves', signal)).waves;
}

/** One wave with what it covers and its mail counts. */
export function fetchWave(id: string, signal?: AbortSignal): Promise<WaveDetail> {
  return api.get<WaveDetail>(`/api/waves/${encodeURIComponent(id)}`, signal);
}

/** A new draft wave. */
export function createWave(input: WaveInput): Promise<WaveDetail> {
  return api.post<WaveDetail>('/api/waves', input);
}

/** Changes what the wave's state allows. */
export function updateWave(id: string, changes: Partial<WaveInput>): Promise<WaveDetail> {
  return api.patch<WaveDetail>(`/api/waves/${encodeURIComponent(id)}`, changes);
}

/** Opens, closes or archives a wave. */
export function changeWaveStatus(id: string, action: 'open' | 'close' | 'archive'): Promise<WaveDetail> {
  return api.post<WaveDetail>(`/api/waves/${encodeURIComponent(id)}/${action}`);
}

/** One reminder to everyone who has not answered; answers how many. */
export function sendReminders(id: string): Promise<{ reminded: number }> {
  return api.post<{ reminded: number }>(`/api/waves/${encodeURIComponent(id)}/reminders`);
}

/** Response rates per unit, for groups of at least k. */
export function fetchResponseRates(id: string, signal?: AbortSignal): Promise<ResponseRates> {
  return api.get<ResponseRates>(`/api/waves/${encodeURIComponent(id)}/response-rates`, signal);
}
