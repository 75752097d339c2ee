// Node releases that better-sqlite3 12 (the version that still runs on Node 20) is known to crash on.

/**
 * From Node 24.19 a native object's destructor unregisters a clean-up hook, and better-sqlite3 12's
 * statements can then abort the whole process when garbage collection frees one (nodejs/node#65446,
 * WiseLibs/better-sqlite3#1515). better-sqlite3 13 fixes it but no longer runs on Node 20.
 */
export function unsafeNodeWarning(version: string = process.versions.node): string | null {
  const [major, minor] = version.split('.').map(Number);
  if (!Number.isInteger(major) || !Number.isInteger(minor)) return null;
  if (major < 24 || (major === 24 && minor < 19)) return null;
  return (
    `warning: Node ${version} can abort Tally mid-run: better-sqlite3 12 crashes on Node 24.19 and later ` +
    '(nodejs/node#65446). Committed work is safe (each document is one transaction), but use Node 20, 22 ' +
    'or 24.18 until a fixed release.'
  );
}
