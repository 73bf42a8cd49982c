import { visibleBand } from '../../../static/common/src/modals-in-view';

describe('visibleBand', () => {
  const frame = { top: -1071, height: 1694 };

  it('places a modal over the part of a tall frame the page shows', () => {
    expect(visibleBand({ top: 0, height: 623 }, frame)).toStrictEqual({ top: 1071, height: 623 });
  });

  it('changes nothing when the whole frame is visible', () => {
    expect(visibleBand({ top: 120, height: 400 }, { top: 120, height: 400 })).toBeUndefined();
  });

  it('changes nothing when too little of the frame shows to hold a dialog', () => {
    expect(visibleBand({ top: 0, height: 120 }, frame)).toBeUndefined();
  });
});
