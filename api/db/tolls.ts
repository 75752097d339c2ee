// Fills in the toll of running totals stored without one: every running total of a database written
// before `figures.toll` existed (migration 0002), and any row written by hand rather than by the writer.
import type Database from 'better-sqlite3';
import { type RunningTotalFigure, runningTotalSubject } from '../running-totals.ts';

const BATCH = 2000;

/**
 * Moving a running total's entry in the covering index costs more than writing it when the index is built
 * anew, but building it reads every running total. Measured on 300,000 running totals: filling 1% took
 * 0.2 s in place and 2.3 s with a rebuild, 100% took 16.5 s and 9.7 s, and the two met near 30%.
 */
const REBUILD_SHARE = 0.3;

/**
 * Returns how many figures were filled in; `onStart` hears how many there are before the work starts (a
 * database of a million figures takes seconds). One transaction: an interrupted run leaves the database
 * as it was, and the next open starts again.
 */
export function fillMissingTolls(sqlite: Database.Database, onStart?: (missing: number) => void): number {
  // The partial index figures_toll_missing holds exactly these rows, so finding none costs nothing. Named,
  // because the planner would otherwise pick figures_running_totals and read every running total.
  const { missing: count } = sqlite
    .prepare(
      'SELECT count(*) AS missing FROM figures INDEXED BY figures_toll_missing WHERE cumulative = 1 AND toll IS NULL',
    )
    .get() as { missing: number };
  if (count === 0) return 0;
  onStart?.(count);
  const missing = sqlite.prepare<[number], RunningTotalFigure & { id: number }>(
    `SELECT f.id, f.document_id AS documentId, f.unit, f.sentence,
       coalesce(d.title, d.publisher) AS documentName
     FROM figures f INDEXED BY figures_toll_missing JOIN documents d ON d.id = f.document_id
     WHERE f.cumulative = 1 AND f.toll IS NULL LIMIT ?`,
  );
  const update = sqlite.prepare('UPDATE figures SET toll = ?, toll_label = ? WHERE id = ?');
  const indexSql = sqlite
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'figures_running_totals'")
    .pluck()
    .get() as string | undefined;
  const runningTotals = sqlite
    .prepare('SELECT count(*) FROM figures WHERE cumulative = 1')
    .pluck()
    .get() as number;
  // The covering index's definition, when it is dropped for the fill and built again after it.
  const rebuilt = indexSql !== undefined && count >= runningTotals * REBUILD_SHARE ? indexSql : undefined;
  let filled = 0;
  sqlite.transaction(() => {
    if (rebuilt) sqlite.exec('DROP INDEX figures_running_totals');
    for (let rows = missing.all(BATCH); rows.length > 0; rows = missing.all(BATCH)) {
      for (const row of rows) {
        const { key, label } = runningTotalSubject(row);
        update.run(key, label, row.id);
      }
      filled += rows.length;
    }
    if (rebuilt) sqlite.exec(rebuilt);
  })();
  return filled;
}
