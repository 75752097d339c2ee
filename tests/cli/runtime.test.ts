import { describe, expect, it } from 'vitest';
import { unsafeNodeWarning } from '../../api/db/runtime.ts';

describe('the Node releases better-sqlite3 12 crashes on', () => {
  it.each(['20.20.2', '22.23.3', '24.0.0', '24.18.1'])('%s runs without a warning', (version) => {
    expect(unsafeNodeWarning(version)).toBeNull();
  });

  it.each(['24.19.0', '24.21.0', '26.1.0'])(
    '%s is warned about, naming the version and the way out',
    (version) => {
      const warning = unsafeNodeWarning(version);
      expect(warning).toContain(`Node ${version}`);
      expect(warning).toContain('24.18');
    },
  );

  it('an unreadable version is not guessed at', () => {
    expect(unsafeNodeWarning('v-next')).toBeNull();
  });
});
