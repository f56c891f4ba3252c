import { api, toQuery } from '../../shared/api-client';
import { QUADRANTS, TREND_LABELS, type Quadrant, type TrendLabel } from '@contract/vocabulary';

/** A wave whose results may be shown: closed or archived. */
export interface ResultWave {
  id: string;
  name: string;
  status: string;
  opensAt: string | null;
  closesAt: string | null;
}

export interface Interval {
  lower: number;
  upper: number;
}

/** One cell's figures: n, mean with 95 % confidence interval, distribution and top-2-box. */
export interface CellSummary {
  n: number;
  mean: number | null;
  standardDeviation: number | null;
  confidenceInterval: Interval | null;
  distribution: { value: number; count: number; share: number }[] | null;
  /** Share of the two highest points, 0 … 1. */
  topTwoBox: number | null;
}

export { TREND_LABELS, type TrendLabel };

export interface TrendPoint {
  waveId: string;
  n: number;
  mean: number | null;
  confidenceInterval: Interval | null;
}

export interface TrendStep {
  fromWaveId: string;
  toWaveId: string;
  difference: number | null;
  pValue: number | null;
  effectSize: number | null;
  label: TrendLabel;
}

export interface DimensionResult {
  dimension: string;
  /** null: hidden for anonymity (fewer than k answered). */
  performance: CellSummary | null;
  importance: CellSummary | null;
  /** This dimension over the closed waves up to this one, oldest first. */
  trend: { points: TrendPoint[]; steps: TrendStep[] };
}

export { QUADRANTS, type Quadrant };

/** The importance–performance grid after Martilla & James. */
export interface ImportancePerformanceGrid {
  crosshairs: { performance: number; importance: number };
  points: { dimension: string; performance: number; importance: number; quadrant: Quadrant }[];
}

export interface NetPromoterScore {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  shares: { promoters: number; passives: number; detractors: number } | null;
  /** −100 … 100. */
  score: number | null;
}

export type CommentTopic = 'keep' | 'start' | 'stop';
export type SelfAssessmentReading = 'blind-spot' | 'hidden-strength' | 'in-line';

export interface RatedDimension {
  dimension: string;
  n: number;
  mean: number | null;
}

export interface RatingSide {
  dimensions: RatedDimension[];
  mean: number | null;
}

export interface ProviderReport {
  wave: ResultWave;
  provider: { id: string; name: string };
  thresholds: { k: number; kComments: number };
  dimensions: DimensionResult[];
  overall: CellSummary | null;
  nps: NetPromoterScore | null;
  /** 0–100, importance-weighted. */
  satisfactionIndex: number | null;
  grid: ImportancePerformanceGrid | null;
  comments: { topic: string; text: string; group: string | null }[];
  mirror: {
    self: {
      dimension: string;
      self: RatedDimension;
      customers: RatedDimension;
      gap: number | null;
      reading: SelfAssessmentReading | null;
    }[];
    customers: {
      customerUnitId: string;
      customerName: string;
      view: { providerRatesCustomer: RatingSide; customerRatesProvider: RatingSide; difference: number | null };
    }[];
  };
}

/** A heatmap cell: mean and n, hidden for anonymity, or no answers. */
export type HeatmapCell = { mean: number; n: number } | { hidden: true } | null;

export interface HeatmapRow {
  providerUnitId: string;
  providerName: string;
  /** A customer unit, or several units shown together (isMerged). */
  group: { labelUnitId: string | null; name: string; isMerged: boolean; unitCount: number };
  cells: Record<string, HeatmapCell>;
}

export interface Heatmap {
  wave: { id: string; name: string };
  dimensions: string[];
  /** The smallest group a figure describes. */
  k: number;
  /** Rows in all (after the provider filter); `rows` holds one page of them, from `offset`. */
  total: number;
  offset: number;
  rows: HeatmapRow[];
}

/** A released mean and its n; null when hidden for anonymity or not asked. */
export type ProviderScore = { mean: number; n: number } | null;

/** Per provider over all its customers: the released overall satisfaction and dimension means. */
export interface ProviderScores {
  wave: { id: string; name: string };
  dimensions: string[];
  k: number;
  providers: { providerUnitId: string; providerName: string; overall: ProviderScore; dimensions: Record<string, ProviderScore> }[];
}

export interface WeakPoint {
  providerId: string;
  providerName: string;
  customerGroupId: string | null;
  /** null: all of the provider's customers. */
  customerGroupName: string | null;
  dimension: string;
  performance: number;
  reference: number;
  gap: number;
  weight: number;
  score: number;
}

export interface WeakPoints {
  wave: { id: string; name: string };
  target: number;
  benchmarks: Record<string, number>;
  belowTarget: WeakPoint[];
  belowBenchmark: WeakPoint[];
}

const wavePath = (waveId: string) => `/api/results/waves/${encodeURIComponent(waveId)}`;

/** Closed and archived waves, newest first. */
export function fetchResultWaves(signal?: AbortSignal): Promise<ResultWave[]> {
  return api.get<ResultWave[]>('/api/results/waves', signal);
}

/** A provider's report in a wave (`latest` for the newest closed one). */
export function fetchProviderReport(waveId: string, unitId: string, signal?: AbortSignal): Promise<ProviderReport> {
  return api.get<ProviderReport>(`${wavePath(waveId)}/providers/${encodeURIComponent(unitId)}`, signal);
}

/** Rows per heatmap page. */
export const HEATMAP_PAGE_SIZE = 200;
/** The most rows the API answers in one page (one customer unit's rows fit: one per provider). */
export const MAX_HEATMAP_PAGE_SIZE = 2000;

/** One page of provider × customer group × dimension, optionally of one provider or customer unit; leads get the rows that concern their unit. */
export function fetchHeatmap(
  waveId: string,
  options: { providerUnitId?: string; customerUnitId?: string; offset?: number; limit?: number } = {},
  signal?: AbortSignal,
): Promise<Heatmap> {
  const query = toQuery({
    provider: options.providerUnitId,
    customer: options.customerUnitId,
    offset: options.offset,
    limit: options.limit ?? HEATMAP_PAGE_SIZE,
  });
  return api.get<Heatmap>(`${wavePath(waveId)}/heatmap${query}`, signal);
}

/** Each provider's released overall satisfaction and dimension means; leads get their own unit. */
export function fetchProviderScores(waveId: string, signal?: AbortSignal): Promise<ProviderScores> {
  return api.get<ProviderScores>(`${wavePath(waveId)}/providers`, signal);
}

/** The weak points below the target and below the company benchmark, worst first. */
export function fetchWeakPoints(waveId: string, options: { limit?: number } = {}, signal?: AbortSignal): Promise<WeakPoints> {
  return api.get<WeakPoints>(`${wavePath(waveId)}/weak-points${toQuery({ limit: options.limit })}`, signal);
}
