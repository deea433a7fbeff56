// Medians and the results table: measure | 4× | 6× | empty page 6× | ratio | goal | met?
import { creditRows } from './credit.mjs';

export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const ms = (x) => (x === null ? 'n/a' : `${Math.round(x)} ms`);
const kb = (x) => `${(x / 1024).toFixed(1)} KB`;

/**
 * `runs[rate]` is the list of one object per run (see bench.mjs), the empty page's measures
 * included.
 * Returns the rows, each with its cells and whether its goal is met (null: no goal).
 */
export function buildRows({ sizes, runs, rates }) {
  const [low, high] = rates;
  const values = (rate, path) =>
    runs[rate].map((r) => path.split('.').reduce((o, k) => (o == null ? null : o[k]), r));
  const pick = (rate, path) => median(values(rate, path));
  /** The median, and for a "no task over" goal the worst run beside it. */
  const cell = (rate, path, worst) => {
    const m = pick(rate, path);
    const all = values(rate, path).filter((v) => typeof v === 'number');
    return worst && all.length > 1 ? `${ms(m)} (worst ${ms(Math.max(...all))})` : ms(m);
  };
  const rows = [];
  const sizeRow = (label, s, budget) =>
    rows.push({
      cells: [
        label,
        `${kb(s.gzip)} gzip · ${kb(s.brotli)} br`,
        `${kb(s.gzip)} gzip · ${kb(s.brotli)} br`,
        '—',
        '—',
        `≤ ${budget} KB gzip`,
      ],
      met: s.gzip <= budget * 1024,
    });
  if (sizes.loaded) {
    sizeRow(
      `First route JS: every script loaded before app-ready at a launch (${sizes.loaded.chunks.length} files)`,
      sizes.loaded.js,
      130,
    );
  }
  sizeRow(
    `First route JS, static imports of index.html (${sizes.chunks.length} files)`,
    sizes.js,
    130,
  );
  sizeRow('First route CSS', sizes.css, 10);
  /** A timing beside the empty page's `ref` measure at the high rate. */
  const timing = (label, path, ref, goal, check = () => null, worst = false) => {
    const b = pick(high, path);
    const e = pick(high, ref.path);
    const ratio = b !== null && e ? b / e : null;
    rows.push({
      cells: [
        label,
        cell(low, path, worst),
        cell(high, path, worst),
        `${ms(e)} (${ref.label})`,
        ratio === null ? 'n/a' : `${ratio.toFixed(2)}×`,
        goal,
      ],
      met: b === null ? false : check(b, ratio),
    });
  };
  const cold = { path: 'emptyCold', label: 'cold 3G' };
  const warm = { path: 'emptyWarm', label: 'warm start' };
  const launchPaint = { path: 'emptyLaunch.fcp', label: 'launch, first paint' };
  timing(
    'Home-screen launch (new tab, offline, service worker asleep), empty notebook → app-ready',
    'notebook.launchEmpty.ready',
    launchPaint,
    '—',
  );
  timing(
    'Home-screen launch, 5,000 customers / 50,000 sales / 5,000 gifts / 5,000 messages → app-ready',
    'notebook.launchData.ready',
    launchPaint,
    '≤ 1000 ms and ≤ 1.5× empty',
    (v, ratio) => v <= 1000 && ratio !== null && ratio <= 1.5,
  );
  timing(
    'Home-screen launch with the data set → first contentful paint',
    'notebook.launchData.fcp',
    launchPaint,
    '—',
  );
  timing('Slow 3G first visit, fresh profile (setup screen) → app-ready', 'coldFresh', cold, '—');
  timing('Slow 3G load, setup done, empty cache → app-ready', 'coldSetup', cold, '—');
  timing('Warm offline start, empty notebook → app-ready', 'notebook.warmEmpty', warm, '—');
  timing(
    'Warm offline start (reload in the same tab), with the data set → app-ready',
    'notebook.warmData',
    warm,
    '—',
  );
  const under = (limit) => (v) => v <= limit;
  timing(
    'Search, worst keystroke (Event Timing, key/input events ≥ 16 ms)',
    'notebook.search.worstEvent',
    warm,
    '≤ 200 ms',
    under(200),
    true,
  );
  timing(
    'Search, worst keystroke → matching results painted',
    'notebook.search.worstPainted',
    warm,
    '≤ 200 ms',
    under(200),
  );
  timing(
    'Sale save: tap "Enregistrer la vente" → shown on the card',
    'notebook.sale.ms',
    warm,
    '≤ 200 ms',
    under(200),
  );
  timing(
    'Card with 200 entries: tap in the list → first page of history painted',
    'notebook.card.ms',
    warm,
    '≤ 200 ms',
    under(200),
  );
  creditRows({ timing, warm, under });
  timing(
    'Outbox with 5,000 pending: tap "Messages" → first messages painted',
    'notebook.outbox.ms',
    warm,
    '—',
  );
  timing(
    'Story render + encode (story-render measure)',
    'notebook.story.ms',
    warm,
    '≤ 1000 ms',
    under(1000),
  );
  timing(
    'Story render + encode, main thread (Worker removed: stand-in for a throttled worker)',
    'notebook.storyMain.ms',
    warm,
    '≤ 1000 ms',
    under(1000),
  );
  timing('Restore: file checked (choice → preview painted)', 'notebook.restore.checkMs', warm, '—');
  timing(
    'Restore: written (tap "Oui, remplacer" → done painted)',
    'notebook.restore.writeMs',
    warm,
    '—',
  );
  timing(
    'Restore: longest main-thread task (check + write)',
    'notebook.restore.longestTaskMs',
    warm,
    '≤ 200 ms',
    under(200),
    true,
  );
  timing('Backup: tap "Créer une sauvegarde" → saved painted', 'notebook.backup.ms', warm, '—');
  timing(
    'Backup: longest main-thread task',
    'notebook.backup.longestTask',
    warm,
    '—',
    () => null,
    true,
  );

  /** Layout-shift sums, taps' own shifts included; the worst run beside the median. */
  const shiftRow = (label, path) => {
    const fmt = (rate) => {
      const all = values(rate, path).filter((v) => typeof v === 'number');
      const m = median(all);
      if (m === null) return 'n/a';
      return all.length > 1
        ? `${m.toFixed(3)} (worst ${Math.max(...all).toFixed(3)})`
        : m.toFixed(3);
    };
    const all = values(high, path).filter((v) => typeof v === 'number');
    rows.push({
      cells: [label, fmt(low), fmt(high), '—', '—', '≤ 0.02'],
      met: all.length === 0 ? false : Math.max(...all) <= 0.02,
    });
  };
  shiftRow(
    'Layout shift, home (launch with the data set, until settled)',
    'notebook.launchData.shifts.sum',
  );
  shiftRow('Layout shift, card (tap in the list, until settled)', 'notebook.card.shifts.sum');
  shiftRow(
    'Layout shift, sale (screen, product, save, the card, a tap on "Cadeau" at once)',
    'notebook.sale.shifts.sum',
  );
  shiftRow('Layout shift, outbox (tap "Messages", until settled)', 'notebook.outbox.shifts.sum');
  const landed = [low, high].map((rate) => {
    const all = values(rate, 'notebook.sale.giftTapLanded').filter((v) => typeof v === 'boolean');
    return all.length ? `${all.filter(Boolean).length}/${all.length} runs` : 'n/a';
  });
  rows.push({
    cells: [
      'Tap on "Cadeau" at once after a sale lands on the gift form',
      ...landed,
      '—',
      '—',
      'every run',
    ],
    met: values(high, 'notebook.sale.giftTapLanded').every((v) => v === true),
  });

  // The data set holds more than sales (customers, gifts, messages, credit entries): the growth
  // per row is the figure to hold to 1 KB; per sale is what a sale costs with all that around it.
  const perRow = [pick(low, 'notebook.bytesPerRow'), pick(high, 'notebook.bytesPerRow')];
  rows.push({
    cells: [
      'Bytes stored per row (storage.estimate growth ÷ every row restored: sales, gifts, customers, messages, credit entries…)',
      ...perRow.map((b) => (b === null ? 'n/a' : `${Math.round(b)} B`)),
      '—',
      '—',
      '≤ 1024 B',
    ],
    met: perRow[1] === null ? false : perRow[1] <= 1024,
  });
  const bytes = [pick(low, 'notebook.bytesPerSale'), pick(high, 'notebook.bytesPerSale')];
  rows.push({
    cells: [
      'Bytes stored per sale, all else included (growth ÷ 50,000 sales)',
      ...bytes.map((b) => (b === null ? 'n/a' : `${Math.round(b)} B`)),
      '—',
      '—',
      '—',
    ],
    met: null,
  });
  for (const row of rows) if (row.cells[5] === '—') row.met = null;
  return rows;
}

export function markdownTable(rows, rates) {
  const head = [
    'measure',
    `${rates[0]}×`,
    `${rates[1]}×`,
    `empty page ${rates[1]}×`,
    'ratio',
    'goal',
    'met?',
  ];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(head),
    line(head.map(() => '---')),
    ...rows.map((r) => line([...r.cells, r.met === null ? '—' : r.met ? 'yes' : '**no**'])),
  ].join('\n');
}
