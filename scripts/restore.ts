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
 * The backup's secrets file is put back beside the store (`<SQLITE_FILE>.secrets.json`, mode 0600,
 * checked against the manifest); secrets the backed-up server had from its environment are named,
 * since the restored server must be started with the same values.
 * Then start the server as usual: it rebuilds every read model from the restored store.
 * Exits 0 when restored; 1 with the reasons otherwise.
 */
import { pathToFileURL } from 'node:url';
import { BackupRefusedError, restoreBackup } from '#event-store';
import { loadConfig, secretsFileOf } from '#platform';

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
    // No secrets are read or made here: the backup's own are put back.
    const config = loadConfig(env, {}, { secrets: false });
    if (config.store !== 'sqlite') {
      console.error('This restore is for the embedded profile (SQLite). For PostgreSQL see docs/backup.md.');
      return 1;
    }
    const secretsFile = secretsFileOf(config.SQLITE_FILE);
    const { manifest, forgottenAgain, secretsRestored, secretsFromEnvironment } = await restoreBackup(backup, {
      eventsFile: config.SQLITE_FILE,
      keysFile: config.personalKeysFile,
      secretsFile,
      blobDir: config.blobDir,
      forgetLedgers,
    });
    console.log(
      `Restored ${manifest.events.count} events up to position ${manifest.position} (chain head ${manifest.chainHead.hash}, ` +
        `taken ${manifest.takenAt}) into ${config.SQLITE_FILE}; the hash chain verifies.`,
    );
    console.log(
      `${manifest.keys.count - forgottenAgain} person keys restored; ${forgottenAgain} removed for people forgotten after the backup.`,
    );
    if (manifest.attachments) console.log(`${manifest.attachments.count} attached files restored into ${config.blobDir}.`);
    if (secretsRestored.length > 0)
      console.log(`${secretsRestored.join(' and ')} restored into ${secretsFile} (readable by its owner only).`);
    for (const line of secretsAdvice(secretsRestored, secretsFromEnvironment, env)) console.log(line);
    console.log('Start the server now: it rebuilds every board and list from the restored events.');
    return 0;
  } catch (error) {
    console.error(error instanceof BackupRefusedError || error instanceof Error ? error.message : String(error));
    return 1;
  }
}

/**
 * What the organiser must do about the secrets the backup does not hold: the restored server needs
 * the very values the backed-up one had, or logins, forgetting by ID number and the duplicate-entry
 * checks silently stop working.
 */
function secretsAdvice(restored: string[], fromEnvironment: string[] | undefined, env: NodeJS.ProcessEnv): string[] {
  const consequence = 'or nobody can sign in, and people can no longer be found by ID number (forgetting, duplicate entries).';
  if (fromEnvironment === undefined) {
    return [
      "WARNING: this backup was taken before backups carried the secrets. Copy the old server's " +
        `<SQLITE_FILE>.secrets.json beside the restored store (chmod 600), or set the same JWT_SECRET and PERSON_KEY_SECRET, ${consequence}`,
    ];
  }
  const lines: string[] = [];
  if (fromEnvironment.length > 0) {
    lines.push(
      `IMPORTANT: the backed-up server had ${fromEnvironment.join(' and ')} from its environment, not in a file: ` +
        `start the restored server with the same ${fromEnvironment.join(' and ')}, ${consequence}`,
    );
  }
  // A value in the environment wins over the restored file: a different one would undo the restore.
  const overridden = restored.filter((name) => env[name]);
  if (overridden.length > 0) {
    lines.push(
      `WARNING: ${overridden.join(' and ')} ${overridden.length > 1 ? 'are' : 'is'} set in this environment and would be used instead of the restored ` +
        `value: unset ${overridden.length > 1 ? 'them' : 'it'} before starting the server, unless it is the same value.`,
    );
  }
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
