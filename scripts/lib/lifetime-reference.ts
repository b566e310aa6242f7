/**
 * The CDNOW data (Fader, Hardie & Lee 2005) and its published figures: the
 * repository's copy in datasets/cdnow (see its README for source and citation).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Transaction } from '../../shared/models/clv/summary';

export const CDNOW_DIR = resolve(import.meta.dirname, '../../datasets/cdnow');

/** The calibration period ends on this day (39 weeks); the holdout is the 39 weeks after it. */
export const CDNOW_CALIBRATION_END = '1997-09-30';
export const CDNOW_HOLDOUT_END = '1998-06-30';
export const CDNOW_HOLDOUT_WEEKS = 39;

/**
 * CDNOW_sample.txt: whitespace-separated, CRLF, no header; columns
 * master_customer_id, sample_id, date YYYYMMDD, number_of_cds, dollar_value.
 * The customer id is the sample id (1..2357), as in the published summaries.
 */
export function loadCdnowSample(): Transaction[] {
  return readTransactions('CDNOW_sample.txt', { header: false, pick: ([, sampleId, date, , dollars]) => [sampleId, date, dollars] });
}

/**
 * CDNOW_master.txt, the whole cohort (23,570 customers): the same layout
 * after one header line, with columns customer_id, date, number_of_cds,
 * dollar_value.
 */
export function loadCdnowMaster(): Transaction[] {
  return readTransactions('CDNOW_master.txt', { header: true, pick: ([customerId, date, , dollars]) => [customerId, date, dollars] });
}

/** One transaction per line; `pick` finds the customer, the date and the dollars among the columns. */
function readTransactions(file: string, { header, pick }: { header: boolean; pick: (columns: string[]) => Array<string | undefined> }): Transaction[] {
  return readFileSync(join(CDNOW_DIR, file), 'utf8')
    .split(/\r?\n/)
    .slice(header ? 1 : 0)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [customerId, date, dollars] = pick(line.trim().split(/\s+/));
      if (!customerId || !date || !dollars) throw new Error(`Malformed CDNOW row: ${line}`);
      return {
        customerId: String(Number(customerId)),
        at: `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`,
        amount: Number(dollars),
      };
    });
}

/** cdnow_customers_summary_with_transactions.csv: the published summary (ID, x, t_x, T, zbar), rounded to 2 decimals. */
export function loadCdnowPublishedSummary() {
  const [, ...rows] = readFileSync(join(CDNOW_DIR, 'cdnow_customers_summary_with_transactions.csv'), 'utf8').trim().split(/\r?\n/);
  return rows.map((row) => {
    const [id, x, tx, T, zbar] = row.split(',');
    return { id: id!, frequency: Number(x), recency: Number(tx), T: Number(T), monetary: Number(zbar) };
  });
}

/**
 * Published figures for the sample (Fader, Hardie & Lee 2005; Fader & Hardie
 * note 025; `lifetimes`' tests and Quickstart), weeks as the time unit.
 * `clvCustomer1` is `lifetimes`' Quickstart value with its default freq="D"
 * (30 time units a month) on the rounded summary: a check of the formula, not
 * the weekly CLV.
 */
export const CDNOW_REFERENCE = {
  bgnbd: { r: 0.2426, alpha: 4.4135, a: 0.7929, b: 2.4258, ll: -9582.43 },
  gg: { p: 6.2488, q: 3.7446, v: 15.4477, repeatBuyers: 946 },
  customer1: { expected39: 1.226, palive: 0.7266, expectedAverageSpend: 24.658619, clvQuickstart: 140.096211 },
  /**
   * `actual`: distinct-day repeat purchases in weeks 40–78, summed (README). No
   * published figure for the predicted total was found; `predictedAtPublishedParams`
   * is `lifetimes`' formula (scipy's hyp2f1) at the published parameters on the
   * rounded summary — the BG/NBD under-forecasts this holdout by about 12%.
   */
  holdout: { actual: 1882, predictedAtPublishedParams: 1653.43 },
} as const;

/** Whether `actual` matches `reference` to `digits` significant digits: within half a unit of the reference's last one. */
export function matchesSignificantDigits(actual: number, reference: number, digits = 3): boolean {
  const lastDigit = 10 ** (Math.floor(Math.log10(Math.abs(reference))) - (digits - 1));
  return Math.abs(actual - reference) <= lastDigit / 2;
}
