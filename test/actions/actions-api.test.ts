import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Unit } from '../../src/domain/org/unit.js';
import { createSurveyWave, type SurveyWave } from '../respond/fixture.js';
import { buildAccount, buildRelationship, buildUnit } from '../support/factories.js';
import { createTestServer, expectProblem, type ApiClient, type TestServer } from '../support/server.js';

const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

describe('actions API', () => {
  let server: TestServer;
  let admin: ApiClient;
  let providerLead: ApiClient;
  let providerLeadId: string;
  let otherLead: ApiClient;
  let executive: ApiClient;
  let provider: Unit;
  let customer: Unit;
  let closedWave: SurveyWave;

  beforeAll(async () => {
    server = await createTestServer();
    admin = await server.signInAsAdmin();
    provider = await buildUnit(server.context, { name: 'Facilities' });
    customer = await buildUnit(server.context, { name: 'Sales' });
    const lead = await buildAccount(server.context, { role: 'lead', unitId: provider.id });
    providerLeadId = lead.id;
    providerLead = await server.signIn(lead.email, lead.password);
    const other = await buildAccount(server.context, { role: 'lead' });
    otherLead = await server.signIn(other.email, other.password);
    const boss = await buildAccount(server.context, { role: 'executive' });
    executive = await server.signIn(boss.email, boss.password);
    closedWave = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'closed' });
  });
  afterAll(() => server.cleanup());

  const create = (client: ApiClient, overrides: Record<string, unknown> = {}) =>
    client.post('/api/actions', {
      title: 'Answer tickets within a day',
      ownerAccountId: providerLeadId,
      dueDate: inDays(30),
      providerUnitId: provider.id,
      customerGroupId: customer.id,
      dimension: 'responsiveness',
      ...overrides,
    });

  it('goes open → in progress → done, may be reopened, and refuses moves the lifecycle does not allow', async () => {
    const created = await create(providerLead, { description: 'A rota for the ticket queue' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'open', isOverdue: false, sourceWaveId: null, customerGroupId: customer.id });
    const url = `/api/actions/${created.body.id}`;
    expect((await providerLead.post(`${url}/status`, { status: 'in-progress' })).body.status).toBe('in-progress');
    const done = await providerLead.post(`${url}/status`, { status: 'done' });
    expect(done.body).toMatchObject({ status: 'done', closedAt: expect.any(String) });
    expectProblem(await providerLead.post(`${url}/status`, { status: 'in-progress' }), 409);
    expectProblem(await providerLead.patch(url, { title: 'Renamed' }), 409);
    expect((await providerLead.post(`${url}/comments`, { text: 'Held for a month now.' })).status).toBe(201);
    const reopened = await providerLead.post(`${url}/status`, { status: 'open' });
    expect(reopened.body).toMatchObject({ status: 'open', closedAt: null });
    expect((await providerLead.patch(url, { title: 'Answer tickets within four hours' })).body.title).toBe(
      'Answer tickets within four hours',
    );
    expect((await providerLead.post(`${url}/status`, { status: 'dropped' })).body.status).toBe('dropped');
    const stored = await executive.get(url);
    expect(stored.body.comments).toEqual([{ authorAccountId: providerLeadId, at: expect.any(String), text: 'Held for a month now.' }]);
    expectProblem(await providerLead.post(`${url}/status`, { status: 'finished' }), 422, 'status');
  });

  it('flags overdue actions in the unit and company lists until they are done', async () => {
    const created = await create(providerLead, { title: 'Overdue one' });
    await server.runtime.handle.db.updateTable('actions').set({ due_date: '2020-01-31' }).where('id', '=', created.body.id).execute();
    const unitList = await providerLead.get(`/api/actions?unitId=${provider.id}`);
    const overdue = unitList.body.actions.find((action: { id: string }) => action.id === created.body.id);
    expect(overdue.isOverdue).toBe(true);
    expect(unitList.body.overdue).toBe(1);
    const onlyOverdue = await executive.get('/api/actions?overdue=true');
    expect(onlyOverdue.body.actions.map((action: { id: string }) => action.id)).toEqual([created.body.id]);
    const customerList = await admin.get(`/api/actions?unitId=${customer.id}`);
    expect(customerList.body.actions.map((action: { id: string }) => action.id)).toContain(created.body.id);

    await providerLead.post(`/api/actions/${created.body.id}/status`, { status: 'done' });
    expect((await executive.get('/api/actions?overdue=true')).body).toEqual({ actions: [], overdue: 0 });
    // A new due date in the past is refused; an old one that has passed is what "overdue" is for.
    expectProblem(await create(providerLead, { dueDate: '2020-01-01' }), 422, 'dueDate');
  });

  it('takes up a weak point of a closed wave, which needs its dimension', async () => {
    const fromWeakPoint = await create(providerLead, { sourceWaveId: closedWave.waveId, dimension: 'reliability' });
    expect(fromWeakPoint.status).toBe(201);
    expect(fromWeakPoint.body).toMatchObject({ sourceWaveId: closedWave.waveId, dimension: 'reliability', providerUnitId: provider.id });
    expectProblem(await create(providerLead, { sourceWaveId: closedWave.waveId, dimension: null }), 422, 'dimension');
    const open = await createSurveyWave(server.context, server.runtime.handle.db, { status: 'open' });
    expectProblem(await create(providerLead, { sourceWaveId: open.waveId }), 409);
    expectProblem(await create(providerLead, { sourceWaveId: 'no-such-wave' }), 404);
    expectProblem(await create(providerLead, { dimension: 'speed' }), 422, 'dimension');
    expectProblem(await create(providerLead, { ownerAccountId: 'nobody' }), 422, 'ownerAccountId');
    expectProblem(await create(providerLead, { title: '' }), 422, 'title');
  });

  it('lets a lead act for their own unit only; executives read everything and change nothing', async () => {
    const created = await create(providerLead, { title: 'Guarded' });
    const url = `/api/actions/${created.body.id}`;
    expectProblem(await create(otherLead), 403);
    expectProblem(await otherLead.post(`${url}/status`, { status: 'done' }), 403);
    expectProblem(await otherLead.post(`${url}/comments`, { text: 'Not mine' }), 403);
    expectProblem(await otherLead.patch(url, { title: 'Not mine' }), 403);
    expectProblem(await otherLead.get(url), 403);
    expectProblem(await otherLead.get(`/api/actions?unitId=${provider.id}`), 403);
    expectProblem(await otherLead.get('/api/actions'), 403);
    expect((await executive.get('/api/actions')).status).toBe(200);
    expectProblem(await executive.post(`${url}/status`, { status: 'done' }), 403);
    expectProblem(await create(executive), 403);
    expectProblem(await admin.get('/api/actions/no-such-action'), 404);
    expect((await admin.post(`${url}/status`, { status: 'in-progress' })).status).toBe(200);
  });

  describe('deleting an action created by mistake', () => {
    it('deletes a fresh action for a lead of its units or an admin, never for its owner or others', async () => {
      const owner = await buildAccount(server.context, { role: 'executive' });
      const ownerClient = await server.signIn(owner.email, owner.password);
      const customerLeadAccount = await buildAccount(server.context, { role: 'lead', unitId: customer.id });
      const customerLead = await server.signIn(customerLeadAccount.email, customerLeadAccount.password);
      const created = await create(providerLead, { title: 'Created twice', ownerAccountId: owner.id });
      const url = `/api/actions/${created.body.id}`;

      expectProblem(await ownerClient.delete(url), 403);
      expectProblem(await otherLead.delete(url), 403);
      expectProblem(await executive.delete(url), 403);
      expectProblem(await customerLead.delete(url, { withoutCsrfToken: true }), 403, 'x-csrf-token');
      expect((await ownerClient.get(url)).status).toBe(200);

      const deleted = await customerLead.delete(url);
      expect(deleted.status).toBe(204);
      expect(deleted.raw.payload).toBe('');
      expectProblem(await admin.get(url), 404);
      expectProblem(await admin.delete(url), 404);
      const listed = (await admin.get(`/api/actions?unitId=${provider.id}`)).body.actions as { id: string }[];
      expect(listed.map((action) => action.id)).not.toContain(created.body.id);
      const audit = (await server.context.stores.audit.list(1000)).filter(
        (event) => event.action === 'action.delete' && event.subject === created.body.id,
      );
      expect(audit).toEqual([expect.objectContaining({ details: expect.objectContaining({ title: 'Created twice' }) })]);

      for (const client of [admin, providerLead]) {
        const again = await create(providerLead, { title: 'Created by mistake' });
        expect((await client.delete(`/api/actions/${again.body.id}`)).status).toBe(204);
      }
    });

    it('keeps an action with history (409): moved, commented, or linked by a retrospective', async () => {
      const moved = await create(providerLead, { title: 'Was in progress' });
      await providerLead.post(`/api/actions/${moved.body.id}/status`, { status: 'in-progress' });
      await providerLead.post(`/api/actions/${moved.body.id}/status`, { status: 'open' });
      const commented = await create(providerLead, { title: 'Discussed' });
      await providerLead.post(`/api/actions/${commented.body.id}/comments`, { text: 'Agreed with Sales.' });
      const dropped = await create(providerLead, { title: 'Dropped' });
      await providerLead.post(`/api/actions/${dropped.body.id}/status`, { status: 'dropped' });
      for (const [action, reason] of [
        [moved, /history of status changes/],
        [commented, /comments/],
        [dropped, /history of status changes/],
      ] as const) {
        const refused = await admin.delete(`/api/actions/${action.body.id}`);
        expectProblem(refused, 409);
        expect(refused.body.detail).toMatch(reason);
        expect((await admin.get(`/api/actions/${action.body.id}`)).status).toBe(200);
        // The statement itself keeps it too, should a change or comment come in after the checks.
        expect(await server.context.stores.actions.deleteIfWithoutHistory(action.body.id)).toBe(false);
      }

      const relationship = await buildRelationship(server.context, { providerUnitId: provider.id, customerUnitId: customer.id });
      const linked = await create(providerLead, { title: 'Agreed in the retrospective' });
      const retrospective = await providerLead.post('/api/retrospectives', { relationshipId: relationship.id, waveId: closedWave.waveId });
      expect(retrospective.status).toBe(201);
      const links = { actionIds: [linked.body.id], slaObjectiveIds: [] };
      const linkUrl = `/api/retrospectives/${retrospective.body.id}/links`;
      expect((await providerLead.request('PUT', linkUrl, { body: links })).status).toBe(200);
      const refused = await providerLead.delete(`/api/actions/${linked.body.id}`);
      expectProblem(refused, 409);
      expect(refused.body.detail).toMatch(/retrospective links it/);
      expect((await providerLead.request('PUT', linkUrl, { body: { actionIds: [], slaObjectiveIds: [] } })).status).toBe(200);
      expect((await providerLead.delete(`/api/actions/${linked.body.id}`)).status).toBe(204);
    });
  });
});
