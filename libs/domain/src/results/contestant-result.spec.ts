import { cncTrade, markSubmitted, panelMarks, sheetOf, weldingTrade } from '../testing/fixtures.js';
import type { ScoreSheetEvent } from '../judging/score-sheet.js';
import { calculateResult } from './contestant-result.js';

const measured = (aspectId: string, mark: number) => markSubmitted(cncTrade, aspectId, 'trade-cnc-j1', mark);

const partial: ScoreSheetEvent[] = [
  measured('m-diameter', 20),
  measured('m-length', 12.25),
  ...panelMarks(cncTrade, 'j-safety', [2, 3, 2]), // 4.67
  ...panelMarks(cncTrade, 'j-finish', [1, 2, 2]), // 16.67
  ...panelMarks(cncTrade, 'j-tidy', [3, 3]), // awaiting the third judge
];
const complete: ScoreSheetEvent[] = [...partial, measured('m-thread', 10), markSubmitted(cncTrade, 'j-tidy', 'trade-cnc-j3', 2)];

describe('calculateResult', () => {
  it('is not started, with nothing counted, before any mark', () => {
    expect(calculateResult(cncTrade, 2, sheetOf([]), 0)).toEqual({
      tradeId: 'trade-cnc',
      competitorNumber: 2,
      sheetRevision: 0,
      theory: null,
      practical: 0,
      total: 0,
      markedAspects: 0,
      totalAspects: 6,
      keyAspects: [null, null],
      exact: { theory: null, practical: '0/1', total: '0/1', keyAspects: [null, null] },
      status: 'not_started',
    });
  });

  it('is in progress while aspects are unmarked or awaiting the panel, counting only marked aspects', () => {
    expect(calculateResult(cncTrade, 1, sheetOf(partial), 11)).toEqual({
      tradeId: 'trade-cnc',
      competitorNumber: 1,
      sheetRevision: 11,
      theory: null,
      practical: 53.58, // 20 + 12.25 + 14/3 + 50/3 = 643/12 = 53.583… (rounding 4.67 + 16.67 first gave 53.59)
      total: 37.51, // 643/12 × 0.7 = 4501/120 = 37.508…, theory not yet known
      markedAspects: 4,
      totalAspects: 6,
      keyAspects: [16.67, 20], // j-finish, m-diameter
      exact: { theory: null, practical: '643/12', total: '4501/120', keyAspects: ['50/3', '20/1'] },
      status: 'in_progress',
    });
  });

  it('is complete when every aspect is marked: 643/12 + 10 + 148/9 = 2881/36 = 80.027…', () => {
    expect(calculateResult(cncTrade, 1, sheetOf(complete), 13)).toMatchObject({
      practical: 80.03,
      total: 56.02, // 2881/36 × 0.7 = 56.019…
      markedAspects: 6,
      totalAspects: 6,
      status: 'practical_complete',
    });
  });

  it('never counts an unmarked aspect as 0: marked 0 completes the sheet, unmarked does not', () => {
    const withoutThread = complete.filter((e) => !('aspectId' in e.data) || e.data.aspectId !== 'm-thread');
    const threadZero = [...withoutThread, measured('m-thread', 0)];
    const unmarked = calculateResult(cncTrade, 1, sheetOf(withoutThread), 12);
    const zero = calculateResult(cncTrade, 1, sheetOf(threadZero), 13);
    expect([unmarked.practical, unmarked.markedAspects, unmarked.status]).toEqual([70.03, 5, 'in_progress']);
    expect([zero.practical, zero.markedAspects, zero.status]).toEqual([70.03, 6, 'practical_complete']);
  });

  it('reveals nothing of an incomplete panel: any partial levels give the same result', () => {
    const high = calculateResult(cncTrade, 1, sheetOf(panelMarks(cncTrade, 'j-finish', [3, 3])), 2);
    const low = calculateResult(cncTrade, 1, sheetOf(panelMarks(cncTrade, 'j-finish', [0, 0])), 2);
    expect(high).toEqual(low);
    expect(high).toMatchObject({ practical: 0, total: 0, markedAspects: 0, keyAspects: [null, null], status: 'in_progress' });
  });

  it('uses the trimmed mean and the trade’s own weights (20/80)', () => {
    const events = [
      markSubmitted(weldingTrade, 'm-bend', 'trade-weld-j1', 40),
      ...panelMarks(weldingTrade, 'j-spatter', [0, 3, 3, 3, 1]), // 3.89
      ...panelMarks(weldingTrade, 'j-bead', [2, 2, 3, 3, 3]), // 48.89
    ];
    expect(calculateResult(weldingTrade, 3, sheetOf(events), 11)).toEqual({
      tradeId: 'trade-weld',
      competitorNumber: 3,
      sheetRevision: 11,
      theory: null,
      practical: 92.78,
      total: 74.22, // 835/9 × 0.8 = 668/9 = 74.222…
      markedAspects: 3,
      totalAspects: 3,
      keyAspects: [48.89],
      exact: { theory: null, practical: '835/9', total: '668/9', keyAspects: ['440/9'] },
      status: 'practical_complete',
    });
  });

  it('caps the provisional total at the practical weight: full marks give 70 of 100 on a 30/70 trade', () => {
    const events = [
      measured('m-diameter', 20),
      measured('m-length', 15.5),
      measured('m-thread', 10),
      ...['j-safety', 'j-finish', 'j-tidy'].flatMap((id) => panelMarks(cncTrade, id, [3, 3, 3])),
    ];
    expect(calculateResult(cncTrade, 1, sheetOf(events), 12)).toMatchObject({ practical: 100, total: 70, status: 'practical_complete' });
  });
});
