import { api } from '../../shared/api-client';
import type { ResponseRates, Wave, WaveDetail, WaveScope } from '@contract/survey-bodies';
import { WAVE_STATUSES, type WaveStatus } from '@contract/vocabulary';

export { WAVE_STATUSES, type WaveStatus };
export type { ResponseRates, Wave, WaveDetail, WaveScope };

export interface WaveInput {
  name: string;
  questionnaireVersionId: string;
  scope: WaveScope;
  opensAt?: string | null;
  closesAt?: string | null;
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
