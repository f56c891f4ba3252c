import { PassThrough } from 'node:stream';
import jsQRModule from 'jsqr';
import { describe, expect, it } from 'vitest';
import type { WaveLink } from '../../src/app/waves/export-wave-links.js';
import { writeLinkCards } from '../../src/app/waves/wave-link-cards.js';

// The printable link cards: what a phone reads from a card's QR code is the card's link.

// jsqr is CommonJS: its exports are the function, with itself as `default` (its types say only the latter).
const jsQR = jsQRModule.default;
async function cardsPdf(links: WaveLink[]): Promise<string> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeLinkCards(links, 'Winter 2026', output, { compress: false });
  return Buffer.concat(chunks).toString('latin1');
}

/** The squares of the page's QR codes (`x y w h re` of equal sides), as a black-on-white image. */
function qrImage(pdf: string): { data: Uint8ClampedArray; width: number; height: number } {
  const squares = [...pdf.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re/g)]
    .map((match) => match.slice(1, 5).map(Number) as [number, number, number, number])
    .filter(([, , width, height]) => width === height && width < 10);
  const size = squares[0]?.[2] ?? 1;
  const xs = squares.map(([x]) => x);
  const ys = squares.map(([, y]) => y);
  const [left, top] = [Math.min(...xs), Math.min(...ys)];
  const columns = Math.round((Math.max(...xs) - left) / size) + 1;
  const rows = Math.round((Math.max(...ys) - top) / size) + 1;
  // Four pixels a module, and a quiet zone of four modules around.
  const scale = 4;
  const width = (columns + 8) * scale;
  const height = (rows + 8) * scale;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  for (const [x, y] of squares) {
    const column = Math.round((x - left) / size) + 4;
    const row = Math.round((y - top) / size) + 4;
    for (let dy = 0; dy < scale; dy += 1)
      for (let dx = 0; dx < scale; dx += 1) {
        const offset = ((row * scale + dy) * width + column * scale + dx) * 4;
        data.fill(0, offset, offset + 3);
      }
  }
  return { data, width, height };
}

const link = (index: number, locale = 'en'): WaveLink => ({
  email: `person${index}@example.test`,
  name: `Person ${index}`,
  unit: 'Muster AG/Sales',
  link: `https://survey.example.com/r/${'Ab9_-'.repeat(8)}xyz${index}`.slice(0, 72),
  locale,
});

describe('link cards', () => {
  it('draw a QR code that reads as the card’s link', async () => {
    const card = link(1, 'de');
    const { data, width, height } = qrImage(await cardsPdf([card]));
    expect(jsQR(data, width, height)?.data).toBe(card.link);
  });

  it('put eight cards on a page', async () => {
    const pdf = await cardsPdf(Array.from({ length: 17 }, (_, index) => link(index)));
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(3);
  });
});
