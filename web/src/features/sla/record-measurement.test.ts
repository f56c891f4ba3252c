import { afterEach, describe, expect, it, vi } from 'vitest';
import { recordMeasurementWithOutcome } from './record-measurement';

const stored = {
  id: 'm1',
  objectiveId: 'o1',
  at: '2026-05-01',
  value: 3,
  source: 'form',
  recordedBy: 'a1',
  recordedAt: '2026-04-30T12:00:00.000Z',
};

describe('recordMeasurementWithOutcome', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    [201, true],
    [200, false],
  ])('posts the measurement from the form; status %i means new: %s', async (status, isNew) => {
    const fetchMock = vi.fn(() => Promise.resolve(new Response(JSON.stringify(stored), { status })));
    vi.stubGlobal('fetch', fetchMock);
    const outcome = await recordMeasurementWithOutcome('o1', { at: '2026-05-01', value: 3 });
    expect(outcome).toEqual({ measurement: stored, isNew });
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/sla/objectives/o1/measurements',
      expect.objectContaining({ method: 'POST', body: '{"at":"2026-05-01","value":3,"source":"form"}' }),
    );
  });
});
