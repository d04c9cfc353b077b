import ExcelJS from 'exceljs';
import { columnOfHeader, normalisePhone, parseCity, parseSkillLevel, parseYesNo, TradeResolver } from './bulk-columns.js';
import { parseBulkFile } from './bulk-rows.js';
import { decodeText, guessDelimiter, readSpreadsheet, type Sheet, zipUncompressedSize } from './spreadsheet-reader.js';

const trades = new TradeResolver([
  { id: 't001-electrician', name: '电工', nameEn: 'Electrician', teamSize: 1 },
  { id: 't002-welder', name: '焊工', nameEn: 'Welder', teamSize: 1 },
  { id: 't003-welder-b', name: '焊工', nameEn: 'Welder B', teamSize: 1 },
  { id: 't004-drones', name: '无人机驾驶员', nameEn: 'Drone Pilot', teamSize: 3 },
]);

const HEADER = ['姓名', '身份证号', '手机', '工作单位', '统一社会信用代码', '科技型企业', '城市', '工种', '技能等级', '团队'];
const cells = (texts: ReadonlyArray<string | { number: string }>) =>
  texts.map((t) => (typeof t === 'string' ? { text: t, numeric: false } : { text: t.number, numeric: true }));
const sheetOf = (...rows: Array<ReadonlyArray<string | { number: string }>>): Sheet[] => [
  { name: 'S', rows: rows.map((texts, i) => ({ row: i + 1, cells: cells(texts) })) },
];
const person = (name: string, id: string, extra: Partial<Record<'trade' | 'team' | 'city', string>> = {}) => [
  name,
  id,
  '13800138000',
  '沈阳北方重型装备有限公司',
  '91210100MA0XXXXXX0',
  '是',
  extra.city ?? '沈阳',
  extra.trade ?? 't001-electrician',
  '高级工',
  extra.team ?? '',
];

describe('bulk-entry columns', () => {
  it('reads Chinese and English header names, with notes and slashes', () => {
    expect(columnOfHeader('身份证号码（必填）')).toBe('idNumber');
    expect(columnOfHeader(' ID Number* ')).toBe('idNumber');
    expect(columnOfHeader('统一社会信用代码/creditCode')).toBe('creditCode');
    expect(columnOfHeader('是否科技型企业')).toBe('techBased');
    expect(columnOfHeader('序号')).toBeUndefined();
  });

  it('reads yes/no, cities, skill levels and phones as people write them', () => {
    expect(['是', 'YES', 'true', '1', '√'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['否', 'no', 'False', '0'].map(parseYesNo)).toEqual([false, false, false, false]);
    expect(parseYesNo('maybe')).toBeUndefined();
    expect(['shenyang', '沈阳', '沈阳市', 'Shenyang', ' 大连 '].map(parseCity)).toEqual([
      'shenyang',
      'shenyang',
      'shenyang',
      'shenyang',
      'dalian',
    ]);
    expect(parseCity('北京')).toBeUndefined();
    expect(['初级工', '中级工', '高级工', '技师', '高级技师', 'level-3', '无'].map(parseSkillLevel)).toEqual([
      'level-5',
      'level-4',
      'level-3',
      'level-2',
      'level-1',
      'level-3',
      'none',
    ]);
    expect(normalisePhone('+86 138-0013-8000')).toBe('13800138000');
    expect(normalisePhone('１３８００１３８０００')).toBe('13800138000');
  });

  it('finds a trade by id or by a name that names one trade only', () => {
    expect(trades.resolve('T001-Electrician')).toEqual({ trade: expect.objectContaining({ id: 't001-electrician' }) });
    expect(trades.resolve('电工')).toEqual({ trade: expect.objectContaining({ id: 't001-electrician' }) });
    expect(trades.resolve('焊工')).toEqual({ error: expect.stringMatching(/names 2 trades \(t002-welder, t003-welder-b\)/) });
    expect(trades.resolve('木工')).toEqual({ error: expect.stringMatching(/Unknown trade 木工/) });
  });
});

describe('parseBulkFile', () => {
  it('finds the header under a title row and reads rows with their spreadsheet row numbers', () => {
    const parsed = parseBulkFile(
      sheetOf(['报名表'], HEADER, person('张三', '210102199003071234'), person('李四', '21010219900307567x')),
      trades,
    );
    expect(parsed.refusals).toEqual([]);
    expect(parsed.groups.map((g) => g.rows)).toEqual([[3], [4]]);
    expect(parsed.groups[1]!.fields).toMatchObject({
      idNumber: '21010219900307567X',
      city: 'shenyang',
      skillLevel: 'level-3',
      employer: { techBased: true },
    });
  });

  it('refuses an ID number that came as a number, and a person listed twice', () => {
    const parsed = parseBulkFile(
      sheetOf(HEADER, person('张三', '210102199003071234'), person('张三', '210102199003071234', { trade: '焊工' }), [
        '王五',
        { number: '210102199003071000' },
        ...person('', '').slice(2),
      ]),
      trades,
    );
    expect(parsed.groups.map((g) => g.rows)).toEqual([[2]]);
    expect(parsed.refusals).toEqual([
      // Row 3's trade name is ambiguous: that refusal comes first, before the duplicate check.
      {
        row: 3,
        field: 'tradeId',
        message: expect.stringMatching(/names 2 trades/),
        code: 'bulk.unknown_trade',
        params: { value: '焊工' },
        name: '张三',
      },
      {
        row: 4,
        field: 'idNumber',
        message: expect.stringMatching(/came as a number \(210102199003071000\)/),
        code: 'bulk.lost_digits',
        params: { column: 'idNumber', value: '210102199003071000' },
        name: '王五',
      },
    ]);
    const twice = parseBulkFile(
      sheetOf(HEADER, person('张三', '210102199003071234'), person('张三', '210102199003071234', { trade: 't002-welder' })),
      trades,
    );
    expect(twice.refusals).toEqual([
      {
        row: 3,
        field: 'idNumber',
        message: expect.stringMatching(/already in row 2 of this file/),
        code: 'bulk.duplicate_person',
        params: { row: 2 },
        name: '张三',
      },
    ]);
  });

  it('groups a team trade by team label, captain first; an incomplete team is refused on every row', () => {
    const drone = (name: string, id: string, team: string, city = '沈阳') => person(name, id, { trade: 't004-drones', team, city });
    const parsed = parseBulkFile(
      sheetOf(
        HEADER,
        drone('甲', '210102199003070001', 'A'),
        drone('乙', '210102199003070002', 'B'),
        drone('丙', '210102199003070003', 'A', ''),
        drone('丁', '210102199003070004', 'A'),
        drone('戊', '210102199003070005', 'B'),
        drone('己', '210102199003070006', ''),
      ),
      trades,
    );
    expect(parsed.groups).toHaveLength(1);
    expect(parsed.groups[0]).toMatchObject({
      rows: [2, 4, 5],
      team: 'A',
      fields: { name: '甲', members: [{ name: '丙' }, { name: '丁' }] },
    });
    expect(parsed.refusals).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 7, field: 'team', message: expect.stringMatching(/团队\/team is empty/), code: 'bulk.team_empty' }),
        expect.objectContaining({
          row: 3,
          field: 'team',
          message: expect.stringMatching(/Team size rule.*team B has 2 rows \(3, 6\): a member is missing/),
          code: 'bulk.team_size',
          params: { tradeId: 't004-drones', teamSize: 3, team: 'B', rows: [3, 6] },
          name: '乙',
        }),
        expect.objectContaining({
          row: 6,
          message: expect.stringMatching(/Not entered with team B/),
          code: 'bulk.team_not_entered',
          params: { team: 'B', row: 3 },
          name: '戊',
        }),
      ]),
    );
  });

  it('refuses a file whose header lacks columns', () => {
    expect(() => parseBulkFile(sheetOf(['姓名', '身份证号', '手机', '城市'], ['张三']), trades)).toThrow(
      /lacks the columns 工作单位\/employer/,
    );
    expect(() => parseBulkFile(sheetOf(HEADER), trades)).toThrow(/no entries/);
  });
});

describe('reading the file', () => {
  it('keeps an XLSX text cell as text and marks a numeric cell', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('x');
    ws.addRow(['a', 'b']);
    // The point of the test: an ID number typed into a number cell has already lost its last digits.
    // biome-ignore lint/correctness/noPrecisionLoss: the precision loss is what is tested
    ws.addRow(['210102199003071234', 210102199003071234]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const [sheet] = await readSpreadsheet({ originalname: 'x.xlsx', buffer });
    expect(sheet!.rows[1]!.cells).toEqual([
      { text: '210102199003071234', numeric: false },
      { text: '210102199003071230', numeric: true }, // the float's digits: the last ones are gone
    ]);
    expect(zipUncompressedSize(buffer)).toBeGreaterThan(1000);
  });

  it('reads a CSV in UTF-8 or GB 18030, with its delimiter', async () => {
    const gbk = Buffer.from([0xd5, 0xc5, 0xc8, 0xfd, 0x3b, 0x31]); // 张三;1 in GBK
    expect(decodeText(gbk)).toBe('张三;1');
    expect(guessDelimiter('a;b;c\n1;2;3')).toBe(';');
    const [sheet] = await readSpreadsheet({
      originalname: 'x.csv',
      buffer: Buffer.from('\uFEFF姓名\t身份证号\n张三\t012345678901234567\n'),
    });
    expect(sheet!.rows).toEqual([
      {
        row: 1,
        cells: [
          { text: '姓名', numeric: false },
          { text: '身份证号', numeric: false },
        ],
      },
      {
        row: 2,
        cells: [
          { text: '张三', numeric: false },
          { text: '012345678901234567', numeric: false },
        ],
      },
    ]);
  });
});
