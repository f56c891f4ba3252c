import type { Kysely } from 'kysely';
import type { Invitation, StoredVersion, StoredWave, WaveStores } from '../../app/waves/ports.js';
import { isLocale } from '../../domain/org/person.js';
import type { QuestionnaireContent } from '../../domain/questionnaire/questionnaire.js';
import { WAVE_STATUSES, type WaveScope, type WaveStatus } from '../../domain/wave/wave.js';
import type { DialectName } from '../connect.js';
import { lockWave } from '../dialect.js';
import type { Database, InvitationTable, QuestionnaireVersionTable, WaveTable } from '../schema.js';
import { chunk } from './chunk.js';

/** Questionnaires, waves and invitations. Content and scope are JSON text on both databases. */
export function createWaveRepository(db: Kysely<Database>, dialect: DialectName): WaveStores {
  const selectInvitations = (waveId: string) =>
    db
      .selectFrom('invitations')
      .select(['id', 'wave_id', 'person_id', 'unit_id', 'locale', 'is_submitted'])
      .where('wave_id', '=', waveId)
      .orderBy('id');
  return {
    async listQuestionnaires() {
      const rows = await db.selectFrom('questionnaires').selectAll().orderBy('created_at').orderBy('id').execute();
      return rows.map((row) => ({ id: row.id, name: row.name, createdAt: row.created_at }));
    },
    async findQuestionnaire(id) {
      const row = await db.selectFrom('questionnaires').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { id: row.id, name: row.name, createdAt: row.created_at } : undefined;
    },
    async insertQuestionnaire(questionnaire) {
      await db
        .insertInto('questionnaires')
        .values({ id: questionnaire.id, name: questionnaire.name, created_at: questionnaire.createdAt })
        .execute();
    },
    async listVersions(questionnaireId) {
      let query = db.selectFrom('questionnaire_versions').selectAll();
      if (questionnaireId !== undefined) query = query.where('questionnaire_id', '=', questionnaireId);
      return (await query.orderBy('questionnaire_id').orderBy('number').execute()).map(toVersion);
    },
    async findVersion(id) {
      const row = await db.selectFrom('questionnaire_versions').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toVersion(row) : undefined;
    },
    async insertVersion(version) {
      await db
        .insertInto('questionnaire_versions')
        .values({
          id: version.id,
          questionnaire_id: version.questionnaireId,
          number: version.number,
          status: version.status,
          content: JSON.stringify(version.content),
          created_at: version.createdAt,
        })
        .execute();
    },
    async updateDraftContent(version) {
      const result = await db
        .updateTable('questionnaire_versions')
        .set({ content: JSON.stringify(version.content) })
        .where('id', '=', version.id)
        .where('status', '=', 'draft')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async freezeVersion(id) {
      await db.updateTable('questionnaire_versions').set({ status: 'frozen' }).where('id', '=', id).execute();
    },

    async listWaves() {
      return (await db.selectFrom('waves').selectAll().orderBy('created_at', 'desc').orderBy('id').execute()).map(toWave);
    },
    async findWave(id) {
      const row = await db.selectFrom('waves').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toWave(row) : undefined;
    },
    async insertWave(wave) {
      await db
        .insertInto('waves')
        .values({ ...toWaveRow(wave), id: wave.id, created_at: wave.createdAt })
        .execute();
    },
    async updateWave(wave, expectedStatus) {
      // Waits for submissions being committed to this wave, and holds off new ones (see lockWave).
      await lockWave(db, dialect, wave.id, 'exclusive');
      const result = await db
        .updateTable('waves')
        .set(toWaveRow(wave))
        .where('id', '=', wave.id)
        .where('status', '=', expectedStatus)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async insertWaveRelationships(waveId, pairs) {
      for (const rows of chunk(pairs)) {
        await db
          .insertInto('wave_relationships')
          .values(rows.map((pair) => ({ wave_id: waveId, provider_unit_id: pair.providerUnitId, customer_unit_id: pair.customerUnitId })))
          .execute();
      }
    },
    async listWaveRelationships(waveId) {
      const rows = await db
        .selectFrom('wave_relationships')
        .select(['provider_unit_id', 'customer_unit_id'])
        .where('wave_id', '=', waveId)
        .orderBy('customer_unit_id')
        .orderBy('provider_unit_id')
        .execute();
      return rows.map((row) => ({ providerUnitId: row.provider_unit_id, customerUnitId: row.customer_unit_id }));
    },

    async insertInvitations(invitations) {
      for (const rows of chunk(invitations)) {
        await db
          .insertInto('invitations')
          .values(
            rows.map((invitation) => ({
              id: invitation.id,
              wave_id: invitation.waveId,
              person_id: invitation.personId,
              unit_id: invitation.unitId,
              locale: invitation.locale,
              is_submitted: invitation.isSubmitted ? 1 : 0,
            })),
          )
          .execute();
      }
    },
    async insertTokens(tokens) {
      for (const rows of chunk(tokens)) {
        await db
          .insertInto('invitation_tokens')
          .values(rows.map((token) => ({ token_hash: token.tokenHash, invitation_id: token.invitationId, expires_at: token.expiresAt })))
          .execute();
      }
    },
    async extendTokens(waveId, expiresAt) {
      await db
        .updateTable('invitation_tokens')
        .set({ expires_at: expiresAt })
        .where('expires_at', '<', expiresAt)
        .where('invitation_id', 'in', db.selectFrom('invitations').select('id').where('wave_id', '=', waveId))
        .execute();
    },
    async listUnsubmittedInvitations(waveId) {
      const rows = await selectInvitations(waveId).where('is_submitted', '=', 0).execute();
      return rows.map(toInvitation);
    },
    async listInvitations(waveId) {
      return (await selectInvitations(waveId).execute()).map(toInvitation);
    },
    async countInvitationsByUnit(waveId) {
      const rows = await db
        .selectFrom('invitations')
        .select((eb) => ['unit_id', eb.fn.countAll<number>().as('invited'), eb.fn.sum<number>('is_submitted').as('submitted')])
        .where('wave_id', '=', waveId)
        .groupBy('unit_id')
        .orderBy('unit_id')
        .execute();
      return rows.map((row) => ({ unitId: row.unit_id, invited: Number(row.invited), submitted: Number(row.submitted ?? 0) }));
    },
    async countInvitationsByWave() {
      const rows = await db
        .selectFrom('invitations')
        .select((eb) => ['wave_id', eb.fn.countAll<number>().as('invited')])
        .groupBy('wave_id')
        .execute();
      return new Map(rows.map((row) => [row.wave_id, Number(row.invited)]));
    },
  };
}

function toVersion(row: QuestionnaireVersionTable): StoredVersion {
  return {
    id: row.id,
    questionnaireId: row.questionnaire_id,
    number: Number(row.number),
    status: row.status === 'frozen' ? 'frozen' : 'draft',
    content: JSON.parse(row.content) as QuestionnaireContent,
    createdAt: row.created_at,
  };
}

function toWave(row: WaveTable): StoredWave {
  return {
    id: row.id,
    name: row.name,
    questionnaireVersionId: row.questionnaire_version_id,
    scope: JSON.parse(row.scope) as WaveScope,
    // An unknown status (a row from a newer version) allows no change at all.
    status: (WAVE_STATUSES as readonly string[]).includes(row.status) ? (row.status as WaveStatus) : 'archived',
    opensAt: row.opens_at,
    closesAt: row.closes_at,
    createdAt: row.created_at,
  };
}

function toWaveRow(wave: StoredWave | Omit<StoredWave, 'createdAt'>) {
  return {
    name: wave.name,
    questionnaire_version_id: wave.questionnaireVersionId,
    scope: JSON.stringify(wave.scope),
    status: wave.status,
    opens_at: wave.opensAt,
    closes_at: wave.closesAt,
  };
}

function toInvitation(row: Omit<InvitationTable, 'draft'>): Invitation {
  return {
    id: row.id,
    waveId: row.wave_id,
    personId: row.person_id,
    unitId: row.unit_id,
    locale: isLocale(row.locale) ? row.locale : 'en',
    isSubmitted: Number(row.is_submitted) === 1,
  };
}
