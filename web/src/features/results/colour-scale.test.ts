import { describe, expect, it } from 'vitest';
import { contrastRatio, heatBinIndex, heatBins, heatColour, relativeLuminance, SCALE_MAX, SCALE_MIDPOINT, SCALE_MIN } from './colour-scale';

describe('heatBins', () => {
  it('cover the scale from 1 to 5 without gaps', () => {
    expect(heatBins[0]?.lower).toBe(SCALE_MIN);
    expect(heatBins.at(-1)?.upper).toBe(SCALE_MAX);
    heatBins.slice(1).forEach((bin, index) => expect(bin.lower).toBe(heatBins[index]?.upper));
  });

  it('diverge at the middle of the scale: as many steps below 3 as above', () => {
    const below = heatBins.filter((bin) => bin.upper <= SCALE_MIDPOINT);
    const above = heatBins.filter((bin) => bin.lower >= SCALE_MIDPOINT);
    expect(below.length).toBe(above.length);
    expect(below.length + above.length).toBe(heatBins.length);
  });

  // Lightness survives every kind of colour blindness: the ends are dark, the middle light,
  // so the order of the steps can be read without telling hues apart.
  it('get lighter towards the middle on both sides', () => {
    const luminances = heatBins.map((bin) => relativeLuminance(bin.background));
    const half = heatBins.length / 2;
    for (let index = 1; index < half; index++) expect(luminances[index]).toBeGreaterThan(luminances[index - 1] as number);
    for (let index = half + 1; index < heatBins.length; index++) expect(luminances[index]).toBeLessThan(luminances[index - 1] as number);
  });

  it.each(heatBins.map((bin) => [bin.background, bin.text]))(
    'print the mean on %s in %s with at least 4.5:1 contrast',
    (background, text) => {
      expect(contrastRatio(background, text)).toBeGreaterThanOrEqual(4.5);
    },
  );
});

describe('heatBinIndex', () => {
  it.each([
    [1, 0],
    [1.49, 0],
    [1.5, 1],
    [2.99, 3],
    [3, 4],
    [3.5, 5],
    [4.49, 6],
    [4.5, 7],
    [5, 7],
    [0, 0],
    [7, 7],
  ])('puts %f into step %i', (mean, index) => {
    expect(heatBinIndex(mean)).toBe(index);
  });

  it('gives low means orange and high means blue', () => {
    expect(heatColour(2.2).background).toBe('#fdb863');
    expect(heatColour(4.7).background).toBe('#2166ac');
  });
});

describe('contrastRatio', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %f:1', (first, second, ratio) => {
    expect(contrastRatio(first, second)).toBeCloseTo(ratio, 2);
  });
});
