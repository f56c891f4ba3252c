/**
 * The heatmap's colour scale: a diverging orange–blue scale (ColorBrewer PuOr and RdBu
 * halves), which stays distinguishable with red–green and blue–yellow colour blindness.
 * Orange is below the middle of the 1–5 scale, blue above it. Colour never carries the
 * figure alone: every cell prints its mean.
 */

/** One step of the scale: means from `lower` up to (not including) `upper`. */
export interface HeatBin {
  lower: number;
  upper: number;
  background: string;
  /** Text colour with at least 4.5:1 contrast on the background. */
  text: string;
}

const DARK_TEXT = '#1f2328';
const LIGHT_TEXT = '#ffffff';
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
export const SCALE_MIDPOINT = 3;

const backgrounds = ['#b35806', '#e08214', '#fdb863', '#fee0b6', '#d1e5f0', '#92c5de', '#4393c3', '#2166ac'];
const binWidth = (SCALE_MAX - SCALE_MIN) / backgrounds.length;

/** The eight steps of the scale, lowest first, each with the more legible text colour. */
export const heatBins: readonly HeatBin[] = backgrounds.map((background, index) => ({
  lower: SCALE_MIN + index * binWidth,
  upper: SCALE_MIN + (index + 1) * binWidth,
  background,
  text: contrastRatio(background, DARK_TEXT) >= contrastRatio(background, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT,
}));

/** The step a mean falls into; means outside 1–5 fall into the end steps. */
export function heatBinIndex(mean: number): number {
  const index = Math.floor((mean - SCALE_MIN) / binWidth);
  return Math.min(heatBins.length - 1, Math.max(0, index));
}

/** Background and text colour of a cell with this mean. */
export function heatColour(mean: number): HeatBin {
  return heatBins[heatBinIndex(mean)] as HeatBin;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, 1 … 21. */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

/** WCAG 2 relative luminance of a `#rrggbb` colour, 0 (black) … 1 (white). */
export function relativeLuminance(colour: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(colour.slice(start, start + 2), 16) / 255);
  const [red, green, blue] = channels.map((value) => (value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}
