import { isEditMode, readGadgetConfig } from '../../../static/gadget/src/gadget-config';

describe('gadget-config', () => {
  describe('readGadgetConfig', () => {
    it('keeps a valid project id and layout', () => {
      const config = readGadgetConfig({
        gadgetConfiguration: { projectId: '10000', layout: 'compact' },
      });

      expect(config).toStrictEqual({ projectId: '10000', layout: 'compact' });
    });

    it('drops fields a dashboard editor could have forged', () => {
      const config = readGadgetConfig({
        gadgetConfiguration: { projectId: 10000, layout: 'fancy', isAdmin: true },
      });

      expect(config).toStrictEqual({});
    });

    it('returns an empty configuration when there is none', () => {
      expect(readGadgetConfig({})).toStrictEqual({});
    });
  });

  describe('isEditMode', () => {
    it('is true only for the edit entry point', () => {
      expect([isEditMode({ entryPoint: 'edit' }), isEditMode({})]).toStrictEqual([true, false]);
    });
  });
});
