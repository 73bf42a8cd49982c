import type { DemoUserName } from '../../../../local/jira/demo-site';
import { AS_APP, asUser, buildStandIn, get } from '../stand-in-helpers';

const PATH = '/rest/api/3/issue/OPS-2/properties/okr-cost-summary';
const SUMMARY = { schemaVersion: 1, totals: [{ amount: 125_000, currency: 'EUR' }] };

describe('property-handlers', () => {
  describe('round trip', () => {
    it('creates with 201, replaces with 200 and reads back the latest value', () => {
      const standIn = buildStandIn();

      const created = standIn.handle('PUT', PATH, SUMMARY, asUser('member'));
      const replaced = standIn.handle('PUT', PATH, { ...SUMMARY, schemaVersion: 2 }, AS_APP);
      const read = get(standIn, PATH, asUser('viewer'));

      expect([created.status, replaced.status, read.body]).toStrictEqual([
        201,
        200,
        { key: 'okr-cost-summary', value: { ...SUMMARY, schemaVersion: 2 } },
      ]);
    });

    it('lists the keys and deletes with 204, after which reads answer 404', () => {
      const standIn = buildStandIn();
      standIn.handle('PUT', PATH, SUMMARY, AS_APP);

      const listed = get(standIn, '/rest/api/3/issue/10101/properties', AS_APP);
      const deleted = standIn.handle('DELETE', PATH, undefined, asUser('lead'));
      const after = get(standIn, PATH, AS_APP);

      expect([listed.body, deleted.status, after.status, after.body]).toStrictEqual([
        {
          keys: [
            {
              self:
                'https://demo.local.atlassian.net/rest/api/3/issue/10101/properties/' +
                'okr-cost-summary',
              key: 'okr-cost-summary',
            },
          ],
        },
        204,
        404,
        { errorMessages: ["The property with key 'okr-cost-summary' does not exist."], errors: {} },
      ]);
    });

    it('stores a copy, so later changes to the sent object do not leak in', () => {
      const standIn = buildStandIn();
      const value = { totals: [1, 2] };
      standIn.handle('PUT', PATH, value, AS_APP);

      value.totals.push(3);

      expect(get(standIn, PATH, AS_APP).body).toStrictEqual({
        key: 'okr-cost-summary',
        value: { totals: [1, 2] },
      });
    });

    it('keeps properties on the demo site data', () => {
      const standIn = buildStandIn();

      standIn.handle('PUT', PATH, true, AS_APP);

      expect(standIn.site.issues.find((issue) => issue.id === '10101')?.properties).toStrictEqual({
        'okr-cost-summary': true,
      });
    });
  });

  describe('permissions', () => {
    it.each<[DemoUserName, number]>([
      ['admin', 201],
      ['lead', 201],
      ['member', 201],
      ['viewer', 403],
      ['outsider', 404],
      ['marketer', 404],
    ])('answers a PUT by %s with %i', (name, status) => {
      const answer = buildStandIn().handle('PUT', PATH, SUMMARY, asUser(name));

      expect(answer.status).toBe(status);
    });

    it('refuses a DELETE by a viewer with 403 and keeps the value', () => {
      const standIn = buildStandIn();
      standIn.handle('PUT', PATH, SUMMARY, AS_APP);

      const answer = standIn.handle('DELETE', PATH, undefined, asUser('viewer'));

      expect([answer.status, get(standIn, PATH, AS_APP).status]).toStrictEqual([403, 200]);
    });

    it('hides properties of an issue the user cannot see', () => {
      const standIn = buildStandIn();
      standIn.handle('PUT', PATH, SUMMARY, AS_APP);

      const answer = get(standIn, PATH, asUser('outsider'));

      expect(answer.status).toBe(404);
    });
  });

  describe('validation', () => {
    it('answers 400 when the PUT has no body', () => {
      const answer = buildStandIn().handle('PUT', PATH, undefined, AS_APP);

      expect(answer.status).toBe(400);
    });

    it('answers 400 when the value is larger than 32 KB', () => {
      const answer = buildStandIn().handle('PUT', PATH, { text: 'x'.repeat(33_000) }, AS_APP);

      expect(answer.status).toBe(400);
    });

    it('answers 400 when the key is longer than 255 characters', () => {
      const path = `/rest/api/3/issue/OPS-2/properties/${'k'.repeat(256)}`;

      const answer = buildStandIn().handle('PUT', path, 1, AS_APP);

      expect(answer.status).toBe(400);
    });
  });
});
