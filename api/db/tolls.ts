// Fills in the toll of running totals stored without one: every running total of a database written
// before `figures.toll` existed (migration 0002), and any row written by hand rather than by the writer.
import type Database from 'better-sqlite3';
import { type RunningTotalFigure, runningTotalSubject } from '../running-totals.ts';

const BATCH = 2000;

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
  const coveringIndex = sqlite
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'figures_running_totals'")
    .pluck()
    .get() as string | undefined;
  let filled = 0;
  sqlite.transaction(() => {
    // Moving each running total's entry in the covering index takes several times longer than building
    // the index again once they all have their toll.
    if (coveringIndex) sqlite.exec('DROP INDEX figures_running_totals');
    for (let rows = missing.all(BATCH); rows.length > 0; rows = missing.all(BATCH)) {
      for (const row of rows) {
        const { key, label } = runningTotalSubject(row);
        update.run(key, label, row.id);
      }
      filled += rows.length;
    }
    if (coveringIndex) sqlite.exec(coveringIndex);
  })();
  return filled;
}
