import { readEntityDefs } from '../../../local/kvs/manifest-entities';

const MANIFEST = `
modules:
  jira:issuePanel:
    - key: costs
app:
  id: ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000000
  runtime:
    name: nodejs22.x
  storage:
    entities:
      - name: cost-entry
        attributes:
          issueId:
            type: string
          projectId:
            type: string
          incurredOn:
            type: string
          amountMinor:
            type: integer
        indexes:
          - issueId
          - name: by-project-date
            partition:
              - projectId
            range:
              - incurredOn
`;

describe('readEntityDefs', () => {
  it('reads entities and normalises string indexes', () => {
    const defs = readEntityDefs(MANIFEST);

    expect(defs).toStrictEqual([
      {
        name: 'cost-entry',
        attributes: {
          issueId: { type: 'string' },
          projectId: { type: 'string' },
          incurredOn: { type: 'string' },
          amountMinor: { type: 'integer' },
        },
        indexes: [
          { name: 'issueId', partition: [], range: ['issueId'] },
          { name: 'by-project-date', partition: ['projectId'], range: ['incurredOn'] },
        ],
      },
    ]);
  });

  it('returns no entities when the manifest declares none', () => {
    expect(readEntityDefs('app:\n  id: x\n')).toStrictEqual([]);
  });

  it('throws when an attribute type is unknown', () => {
    const manifest = MANIFEST.replace('type: integer', 'type: decimal');

    expect(() => readEntityDefs(manifest)).toThrow('amountMinor.type must be one of');
  });
});
