import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Relationship } from '../../src/domain/org/relationship.js';
import { createSurveyWave, type SurveyWave } from '../respond/fixture.js';
import { buildAccount, buildRelationship } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';
import { monthlyTerms } from '../sla/sla-support.js';

describe('retrospectives API', () => {
  let server: TestServer;
  let admin: ApiClient;
  let providerLead: ApiClient;
  let customerLead: ApiClient;
  let otherLead: ApiClient;
  let executive: ApiClient;
  let wave: SurveyWave;
  let relationship: Relationship;

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    wave = await createSurveyWave(server.context, server.runtime.handle.db, { providerNames: ['HR'], status: 'closed' });
    relationship = await buildRelationship(server.context, { providerUnitId: wave.providers[0]!.id, customerUnitId: wave.customerUnit.id });
    const signInAs = async (unitId?: string) => {
      const account = await buildAccount(server.context, { role: 'lead', ...(unitId ? { unitId } : {}) });
      return server.signIn(account.email, account.password);
    };
    providerLead = await signInAs(relationship.providerUnitId);
    customerLead = await signInAs(relationship.customerUnitId);
    otherLead = await signInAs();
    const executiveAccount = await buildAccount(server.context, { role: 'executive' });
    executive = await server.signIn(executiveAccount.email, executiveAccount.password);
  });
  afterAll(() => server.cleanup());

  const put = (client: ApiClient, url: string, body: unknown) => client.request('PUT', url, { body });

  it('is written by both sides, linked to actions and SLAs, then completed and kept as it was', async () => {
    const started = await customerLead.post('/api/retrospectives', { relationshipId: relationship.id, waveId: wave.waveId });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'draft', provider: null, customer: null });
    const url = `/api/retrospectives/${started.body.id}`;
    expectProblem(await providerLead.post('/api/retrospectives', { relationshipId: relationship.id, waveId: wave.waveId }), 409);

    const written = await put(providerLead, `${url}/notes`, { notes: { whatWorks: 'Quick answers', whatToChange: 'Fewer forms' } });
    expect(written.body.provider.notes).toEqual({ whatWorks: 'Quick answers', whatToChange: 'Fewer forms', whatWeAgree: '' });
    expect(written.body.customer).toBeNull();
    expectProblem(await put(providerLead, `${url}/notes`, { side: 'customer', notes: { whatWorks: 'Pretending' } }), 403);
    expectProblem(await put(providerLead, `${url}/notes`, { notes: {} }), 422, 'notes');
    expectProblem(await providerLead.post(`${url}/complete`), 409);

    await put(customerLead, `${url}/notes`, { notes: { whatWeAgree: 'A form in two steps by June' } });
    const action = await providerLead.post('/api/actions', {
      title: 'Two-step form',
      ownerAccountId: (await server.context.stores.accounts.listAll()).find((account) => account.unitId === relationship.providerUnitId)!
        .id,
      dueDate: '2099-06-30',
      providerUnitId: relationship.providerUnitId,
      customerGroupId: relationship.customerUnitId,
      dimension: 'reliability',
      sourceWaveId: wave.waveId,
    });
    const objective = await providerLead.post(`/api/sla/relationships/${relationship.id}/objectives`, { terms: monthlyTerms() });
    const linked = await put(customerLead, `${url}/links`, { actionIds: [action.body.id], slaObjectiveIds: [objective.body.objectiveId] });
    expect(linked.body).toMatchObject({ actionIds: [action.body.id], slaObjectiveIds: [objective.body.objectiveId] });
    expectProblem(await put(customerLead, `${url}/links`, { actionIds: ['no-such-action'], slaObjectiveIds: [] }), 422, 'actionIds');

    const completed = await customerLead.post(`${url}/complete`);
    expect(completed.body).toMatchObject({ status: 'completed', completedAt: expect.any(String) });
    expectProblem(await put(providerLead, `${url}/notes`, { notes: { whatWorks: 'Changed my mind' } }), 409);
    expect((await admin.get(`/api/retrospectives?relationshipId=${relationship.id}`)).body.retrospectives).toHaveLength(1);
    expect((await providerLead.get(`/api/retrospectives?unitId=${relationship.providerUnitId}`)).body.retrospectives).toHaveLength(1);
  });

  it('is for the two sides only, and looks back on closed waves', async () => {
    expectProblem(await otherLead.post('/api/retrospectives', { relationshipId: relationship.id, waveId: wave.waveId }), 403);
    expectProblem(await otherLead.get(`/api/retrospectives?relationshipId=${relationship.id}`), 403);
    expectProblem(await otherLead.get('/api/retrospectives'), 403);
    const open = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'open' });
    expectProblem(await admin.post('/api/retrospectives', { relationshipId: relationship.id, waveId: open.waveId, side: 'provider' }), 409);
    expectProblem(await admin.post('/api/retrospectives', { relationshipId: relationship.id, waveId: wave.waveId }), 422, 'side');
    expect((await admin.get('/api/retrospectives/template')).body.whatWorks.title.en).toBe('What works');
  });

  describe('deleting a draft', () => {
    const closedWave = async () => (await createSurveyWave(server.context, server.runtime.handle.db, { status: 'closed' })).waveId;
    const providerOwnerId = async () =>
      (await server.context.stores.accounts.listAll()).find((account) => account.unitId === relationship.providerUnitId)!.id;

    it('removes a draft started by mistake with its notes and links, keeps the linked action and objective', async () => {
      const waveId = await closedWave();
      const started = await customerLead.post('/api/retrospectives', { relationshipId: relationship.id, waveId });
      const url = `/api/retrospectives/${started.body.id}`;
      await put(customerLead, `${url}/notes`, { notes: { whatWorks: 'Wrong wave, sorry' } });
      const action = await providerLead.post('/api/actions', {
        title: 'Kept after the retrospective is gone',
        ownerAccountId: await providerOwnerId(),
        dueDate: '2099-06-30',
        providerUnitId: relationship.providerUnitId,
      });
      const objective = await providerLead.post(`/api/sla/relationships/${relationship.id}/objectives`, { terms: monthlyTerms() });
      await put(customerLead, `${url}/links`, { actionIds: [action.body.id], slaObjectiveIds: [objective.body.objectiveId] });

      expectProblem(await otherLead.delete(url), 403);
      expectProblem(await executive.delete(url), 403);
      expectProblem(await providerLead.delete(url, { withoutCsrfToken: true }), 403, 'x-csrf-token');
      expect((await providerLead.get(url)).status).toBe(200);

      const deleted = await providerLead.delete(url);
      expect(deleted.status).toBe(204);
      expect(deleted.raw.payload).toBe('');
      expectProblem(await customerLead.get(url), 404);
      expectProblem(await providerLead.delete(url), 404);
      const listed = (await admin.get(`/api/retrospectives?relationshipId=${relationship.id}`)).body.retrospectives as { id: string }[];
      expect(listed.map((each) => each.id)).not.toContain(started.body.id);
      expect((await providerLead.get(`/api/actions/${action.body.id}`)).status).toBe(200);
      expect((await providerLead.get(`/api/sla/objectives/${objective.body.objectiveId}`)).status).toBe(200);

      // The relationship and wave are free again for the right retrospective.
      expect((await customerLead.post('/api/retrospectives', { relationshipId: relationship.id, waveId })).status).toBe(201);
    });

    it('lets an admin delete a draft, without naming a side', async () => {
      const started = await admin.post('/api/retrospectives', {
        relationshipId: relationship.id,
        waveId: await closedWave(),
        side: 'provider',
      });
      expect((await admin.delete(`/api/retrospectives/${started.body.id}`)).status).toBe(204);
      expectProblem(await admin.get(`/api/retrospectives/${started.body.id}`), 404);
    });

    it('keeps a completed retrospective (409) and answers 404 for an unknown one', async () => {
      const started = await providerLead.post('/api/retrospectives', { relationshipId: relationship.id, waveId: await closedWave() });
      const url = `/api/retrospectives/${started.body.id}`;
      await put(providerLead, `${url}/notes`, { notes: { whatWorks: 'Short queues' } });
      await put(customerLead, `${url}/notes`, { notes: { whatToChange: 'Faster answers' } });
      expect((await customerLead.post(`${url}/complete`)).status).toBe(200);

      expectProblem(await providerLead.delete(url), 409);
      expectProblem(await admin.delete(url), 409);
      expectProblem(await otherLead.delete(url), 403);
      expect((await customerLead.get(url)).body).toMatchObject({ status: 'completed', provider: { notes: { whatWorks: 'Short queues' } } });
      expectProblem(await admin.delete('/api/retrospectives/no-such-retrospective'), 404);
    });
  });
});
