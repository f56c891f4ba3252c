import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAllObjectives } from './all-objectives';

describe('fetchAllObjectives', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks each provider unit once and lists each objective once', async () => {
    const answers: Record<string, { objectiveId: string }[]> = {
      '/api/sla/units/u1/objectives': [{ objectiveId: 'o1' }, { objectiveId: 'o2' }],
      '/api/sla/units/u2/objectives': [{ objectiveId: 'o2' }, { objectiveId: 'o3' }],
    };
    const fetchMock = vi.fn((path: string) =>
      Promise.resolve(new Response(JSON.stringify({ objectives: answers[path] }), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const objectives = await fetchAllObjectives([{ providerUnitId: 'u1' }, { providerUnitId: 'u2' }, { providerUnitId: 'u1' }]);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(objectives.map((objective) => objective.objectiveId)).toEqual(['o1', 'o2', 'o3']);
  });
});
