/**
 * An online backup of the embedded profile, while the server runs:
 *
 *   npm run backup -- <folder> [--copy-to <second folder>] [--keep <n>]
 *
 * Copies the event store (SQLITE_FILE) and then the person-key file (PERSONAL_KEYS_FILE, by default
 * `<SQLITE_FILE>.keys`) with SQLite's backup API into a new folder `<folder>/jiangxin-<time>-p<position>`
 * with a manifest (position, chain head hash, time, sizes, SHA-256 checksums), and the secrets file
 * `<SQLITE_FILE>.secrets.json` when the server generated its secrets (the manifest names the ones it
 * had from its environment instead). The backup folder is created readable by its owner only. It opens the files
 * itself, read only, in its own process: no login and no HTTP endpoint are needed, it works the same
 * whether the server is running, stopped or stuck, and the server's process is not slowed by it —
 * WAL lets the server go on appending marks while the copy reads one consistent state.
 * --copy-to pushes the backup to a second location too; --keep prunes each folder to the newest n.
 * Exits 0 and prints the backup's folder and manifest; 1 with the reason otherwise.
 */
import { pathToFileURL } from 'node:url';
import { pruneBackups, pushBackup, takeBackup } from '#event-store';
import { loadConfig, secretsFileOf } from '#platform';
import { numberFlag, parseFlags } from './lib/contest-driver.js';

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [root, ...rest] = argv;
  if (!root || root.startsWith('--')) {
    console.error('Usage: npm run backup -- <folder> [--copy-to <second folder>] [--keep <n>]');
    return 1;
  }
  try {
    // Reads the secrets file as it is: never makes one (that is the server's first start).
    const config = loadConfig(env, {}, { secrets: false });
    if (config.store !== 'sqlite') {
      console.error(
        'This backup is for the embedded profile (SQLite). For PostgreSQL use pg_basebackup and WAL archiving: see docs/backup.md.',
      );
      return 1;
    }
    const flags = parseFlags(rest);
    const backup = await takeBackup(
      {
        kind: 'files',
        eventsFile: config.SQLITE_FILE,
        keysFile: config.personalKeysFile,
        secretsFile: secretsFileOf(config.SQLITE_FILE),
        blobDir: config.blobDir,
      },
      root,
    );
    console.log(`Backup written to ${backup.dir}`);
    console.log(JSON.stringify(backup.manifest, null, 2));
    const { fromEnvironment } = backup.manifest.secrets!;
    if (fromEnvironment.length > 0) {
      console.log(
        `${fromEnvironment.join(' and ')} ${fromEnvironment.length > 1 ? 'are' : 'is'} not in the backup: the server has ${fromEnvironment.length > 1 ? 'them' : 'it'} from its environment. ` +
          'Keep the same value somewhere safe: a restored server needs it to read the personal data and sign people in.',
      );
    }
    for (const { sha256, reason } of backup.manifest.attachments?.unavailable ?? [])
      console.log(`Attached file ${sha256} is not in the backup: ${reason} on the server (${config.blobDir}).`);
    console.log('This backup holds the keys to the personal data: keep it as safe as the laptop.');
    const copyTo = flags.get('copy-to');
    if (copyTo) console.log(`Copied to ${await pushBackup(backup.dir, copyTo)}`);
    if (flags.has('keep')) {
      const keep = numberFlag(flags, 'keep', 1);
      for (const folder of [root, ...(copyTo ? [copyTo] : [])]) {
        for (const old of pruneBackups(folder, keep)) console.log(`Deleted old backup ${old}`);
      }
    }
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2), process.env);
}
