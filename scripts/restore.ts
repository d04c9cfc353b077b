/**
 * Restores a backup of the embedded profile into an empty data folder:
 *
 *   npm run restore -- <backup folder> [--forgotten <ledger>]
 *
 * Restores to SQLITE_FILE and PERSONAL_KEYS_FILE (by default ./data/jiangxin.sqlite and its .keys
 * file), and refuses if either exists. Before anything is put in place it checks the backup: the
 * manifest, each file's size and SHA-256, SQLite's integrity check, that the key file belongs to this
 * backup, and the hash chain of every event up to the manifest's head; anything wrong is named and
 * nothing is restored. People forgotten after the backup was taken (the forget ledger beside the
 * backup, `forgotten.ndjson`, and any --forgotten file) have their keys removed again.
 * Then start the server as usual: it rebuilds every read model from the restored store.
 * Exits 0 when restored; 1 with the reasons otherwise.
 */
import { pathToFileURL } from 'node:url';
import { BackupRefusedError, restoreBackup } from '#event-store';
import { loadConfig } from '#platform';

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [backup, ...rest] = argv;
  if (!backup || backup.startsWith('--')) {
    console.error('Usage: npm run restore -- <backup folder> [--forgotten <ledger>]...');
    return 1;
  }
  const forgetLedgers: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '--forgotten' && rest[i + 1]) forgetLedgers.push(rest[++i]!);
    else {
      console.error(`Unexpected argument ${rest[i]}`);
      return 1;
    }
  }
  try {
    const config = loadConfig(env);
    if (config.store !== 'sqlite') {
      console.error('This restore is for the embedded profile (SQLite). For PostgreSQL see docs/backup.md.');
      return 1;
    }
    const { manifest, forgottenAgain } = await restoreBackup(backup, {
      eventsFile: config.SQLITE_FILE,
      keysFile: config.personalKeysFile,
      forgetLedgers,
    });
    console.log(
      `Restored ${manifest.events.count} events up to position ${manifest.position} (chain head ${manifest.chainHead.hash}, ` +
        `taken ${manifest.takenAt}) into ${config.SQLITE_FILE}; the hash chain verifies.`,
    );
    console.log(
      `${manifest.keys.count - forgottenAgain} person keys restored; ${forgottenAgain} removed for people forgotten after the backup.`,
    );
    console.log('Start the server now: it rebuilds every board and list from the restored events.');
    return 0;
  } catch (error) {
    console.error(error instanceof BackupRefusedError || error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
