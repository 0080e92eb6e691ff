import type { Page } from 'playwright-core';

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
};
const SWITCHES = 20;

/**
 * In-page text (tsx's keep-names helper does not exist inside the page): waits for the next frame
 * to be painted, a message posted from its animation-frame callback arrives after its paint,
 * then for the frame after it (the measure before issue 13's work; it adds up to one idle frame).
 */
const FRAMES = `new Promise((resolve) => requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    const painted = performance.now();
    requestAnimationFrame(() => resolve({ painted, after: performance.now() }));
  };
  channel.port2.postMessage(0);
}))`;

/** Milliseconds from a change to its frame painted, and to the frame after that. */
export interface FrameTimes {
  readonly painted: number;
  readonly after: number;
}

const timed = (action: string) => `(async () => {
  const t0 = performance.now();
  ${action}
  const frames = await ${FRAMES};
  return { painted: frames.painted - t0, after: frames.after - t0 };
})()`;

/** Changes a labelled select and times the frames after it. */
export const changeSelect = (page: Page, label: string, value: string): Promise<FrameTimes> =>
  page.evaluate(
    timed(`const field = [...document.querySelectorAll('label')].find((l) => l.textContent === ${JSON.stringify(label)});
    const select = document.getElementById(field.htmlFor);
    select.value = ${JSON.stringify(value)};
    select.dispatchEvent(new Event('change', { bubbles: true }));`),
  ) as Promise<FrameTimes>;

interface Percentiles {
  readonly p50: number;
  readonly p95: number;
  /** 95th percentile to the frame after the painted one (the earlier measure). */
  readonly p95After: number;
}

const percentiles = (times: readonly FrameTimes[]): Percentiles => ({
  p50: percentile(
    times.map((t) => t.painted),
    0.5,
  ),
  p95: percentile(
    times.map((t) => t.painted),
    0.95,
  ),
  p95After: percentile(
    times.map((t) => t.after),
    0.95,
  ),
});

/**
 * Counts the page's requests in flight from when it is made, so a visit can wait for its data
 * to be cached: a switch away from a file still loading cancels its fetch.
 */
function trackRequests(page: Page) {
  let inFlight = 0;
  let last = Date.now();
  const start = () => {
    inFlight++;
    last = Date.now();
  };
  const end = () => {
    inFlight--;
    last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return {
    /** Resolves once no request has been in flight for `quietMs`. */
    async quiet(quietMs = 150): Promise<void> {
      while (inFlight > 0 || Date.now() - last < quietMs) await page.waitForTimeout(25);
    },
    stop() {
      page.off('request', start);
      page.off('requestfinished', end);
      page.off('requestfailed', end);
    },
  };
}

/**
 * In-page text: keeps every Event Timing entry of an interaction. Event Timing is the browser's
 * own measure of an input to the next frame presented (what INP reports); entries under 16 ms are
 * not reported (the API's least threshold).
 */
const OBSERVE_EVENTS = `(() => {
  if (window.atlasBenchEvents) return;
  window.atlasBenchEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      if (e.interactionId) window.atlasBenchEvents.push({ id: e.interactionId, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16 });
})()`;

/** The longest entry of the interaction just made (16 when none reached the threshold). */
async function interactionDuration(page: Page): Promise<number> {
  // Entries are delivered after the frame is presented: two frames and a pause cover it.
  await page.evaluate(`${FRAMES}.then(() => new Promise((r) => setTimeout(r, 150)))`);
  const durations = (await page.evaluate(
    `window.atlasBenchEvents.splice(0).map((e) => e.duration)`,
  )) as number[];
  return Math.max(16, ...durations);
}

/**
 * Chooses `value` in a labelled select as a keyboard user does, so the browser times it: the
 * option before it is set without an event, then a trusted ArrowDown (ArrowUp for the first
 * option) changes the select and fires its change event.
 */
async function pressToSelect(page: Page, label: string, value: string): Promise<number> {
  await page.evaluate(OBSERVE_EVENTS);
  const key = (await page.evaluate(`(() => {
    const field = [...document.querySelectorAll('label')].find((l) => l.textContent === ${JSON.stringify(label)});
    const select = document.getElementById(field.htmlFor);
    const options = [...select.options].filter((o) => !o.disabled);
    const at = options.findIndex((o) => o.value === ${JSON.stringify(value)});
    select.value = (at > 0 ? options[at - 1] : options[at + 1]).value;
    select.focus();
    window.atlasBenchEvents.length = 0;
    return at > 0 ? 'ArrowDown' : 'ArrowUp';
  })()`)) as string;
  await page.keyboard.press(key);
  return interactionDuration(page);
}

/** p50 and p95 of the browser's Event Timing durations. */
interface EventTimings {
  readonly p50: number;
  readonly p95: number;
}
const eventTimings = (durations: readonly number[]): EventTimings => ({
  p50: percentile([...durations], 0.5),
  p95: percentile([...durations], 0.95),
});

interface Series {
  /** From a change dispatched in the page to a message posted in the next frame. */
  readonly proxy: Percentiles;
  readonly events: EventTimings;
}

async function series(page: Page, label: string, values: readonly string[]): Promise<Series> {
  // One visit to each value first, each waiting for its data, so the figures are for cached
  // data (the fetches are apart).
  const requests = trackRequests(page);
  for (const v of values) {
    await changeSelect(page, label, v);
    await requests.quiet();
  }
  requests.stop();
  const times: FrameTimes[] = [];
  for (let i = 0; i < SWITCHES; i++)
    times.push(await changeSelect(page, label, values[i % values.length]!));
  const durations: number[] = [];
  for (let i = 0; i < SWITCHES; i++)
    durations.push(await pressToSelect(page, label, values[i % values.length]!));
  return { proxy: percentiles(times), events: eventTimings(durations) };
}

const fmt = (name: string, r: Percentiles) =>
  `${name} p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms (frame after: p95 ${r.p95After.toFixed(0)} ms)`;
const fmtEvents = (name: string, r: EventTimings) =>
  `${name} p50 ${r.p50.toFixed(0)} ms, p95 ${r.p95.toFixed(0)} ms`;

/**
 * Issue 13's interaction budget on the full data: each picker switched 20 times (cached), to the
 * frame after; printed as median and 95th percentile against the 50 ms goal. Also the overview
 * with every borough indicator, from opening it to its last row drawn.
 */
export async function benchInteractions(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready] .ranked-bar__bar');
  const indicator = await series(page, 'Indicator', [
    'fingertips-848',
    'fingertips-21001',
    'fingertips-90362',
    'fingertips-91096',
  ]);
  const benchmark = await series(page, 'Benchmark', ['london', 'england']);
  await page.goto(`${url}?v=parity`);
  await page.locator('svg.scatter').first().waitFor();
  const pairs = await page.evaluate(
    `[...document.getElementById([...document.querySelectorAll('label')].find((l) => l.textContent === 'Suggested pair').htmlFor).options].map((o) => o.value).filter(Boolean)`,
  );
  const pair = await series(page, 'Suggested pair', pairs as string[]);
  await page.goto(`${url}?v=providers`);
  await page.waitForSelector('.funnel-mark');
  const measure = await series(page, 'Measure', [
    'nhstt-annual-recovery',
    'shmi-acute',
    'nhstt-m192-monthly',
    'mhsds-mrs01b-provider',
  ]);
  // Borough selection: a click on an option of the borough list.
  await page.goto(url);
  await page.waitForSelector('html[data-app-ready] .ranked-bar__bar');
  const clicks: FrameTimes[] = [];
  for (let i = 0; i < SWITCHES; i++)
    clicks.push(
      (await page.evaluate(
        timed(`document.querySelectorAll('[role="option"]')[${i % 5}].click();`),
      )) as FrameTimes,
    );
  const borough = percentiles(clicks);
  // The same clicks made by the mouse, so the browser times them.
  await page.evaluate(OBSERVE_EVENTS);
  const clickDurations: number[] = [];
  for (let i = 0; i < SWITCHES; i++) {
    await page.evaluate(`window.atlasBenchEvents.length = 0`);
    await page
      .locator('[role="option"]')
      .nth(i % 5)
      .click();
    clickDurations.push(await interactionDuration(page));
  }
  console.log(
    `Interactions on the full data, ${SWITCHES} each, Event Timing: a trusted key press (pickers) or click (borough list) to the next frame presented, as the browser measures it for INP; under 16 ms is not reported and counts as 16 (goal: p95 < 50 ms): ${[
      fmtEvents('indicator', indicator.events),
      fmtEvents('benchmark', benchmark.events),
      fmtEvents('borough selection', eventTimings(clickDurations)),
      fmtEvents('measure (Providers)', measure.events),
      fmtEvents('pair (Parity)', pair.events),
    ].join('; ')}`,
  );
  console.log(
    `Interactions, the earlier measure: a change dispatched in the page to a message posted from the next frame (it also counts a deferred render React queued before that message), ${SWITCHES} each: ${[
      fmt('indicator', indicator.proxy),
      fmt('benchmark', benchmark.proxy),
      fmt('borough selection', borough),
      fmt('measure (Providers)', measure.proxy),
      fmt('pair (Parity)', pair.proxy),
    ].join('; ')}`,
  );
  // Polled from here: the page's CSP (as a host would send it) forbids evaluating strings there.
  const t0 = Date.now();
  await page.goto(`${url}?v=overview`);
  let rows = 0;
  for (let stable = 0; stable < 5;) {
    await page.waitForTimeout(20);
    const now = Number(
      await page.evaluate(`document.querySelectorAll('table.rug tbody tr').length`),
    );
    stable = now > 0 && now === rows ? stable + 1 : 0;
    rows = now;
  }
  console.log(
    `Overview on the full data (${rows} rows), cold: navigation to every row drawn (page load, ${rows} files fetched and read, 100 ms of stability included): ${Date.now() - t0} ms`,
  );
  // Its render: from the Overview link (code and data already loaded) to every row painted.
  const renders: FrameTimes[] = [];
  const follow = (name: string) =>
    `[...document.querySelectorAll('nav a')].find((a) => a.textContent === ${JSON.stringify(name)}).click();`;
  for (let i = 0; i < 5; i++) {
    await page.evaluate(follow('Indicator'));
    await page.waitForSelector('.ranked-bar__bar');
    renders.push(
      (await page.evaluate(
        timed(`${follow('Overview')}
        while (document.querySelectorAll('table.rug tbody tr').length < ${rows})
          await new Promise((r) => requestAnimationFrame(r));`),
      )) as FrameTimes,
    );
  }
  const overview = percentiles(renders);
  console.log(
    `Overview on the full data (${rows} rows) rendered, from its link to every row painted, 5 times (goal < 200 ms): median ${overview.p50.toFixed(0)} ms, slowest ${Math.max(...renders.map((r) => r.painted)).toFixed(0)} ms`,
  );
}
