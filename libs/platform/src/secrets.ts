import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** The secrets the platform needs; none has a default outside the demo. */
export const SECRET_NAMES = ['JWT_SECRET', 'PERSON_KEY_SECRET'] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

/**
 * The values earlier versions used as defaults. They are public (they were in the source): a server
 * refuses them whenever SEED_DEMO=false or in the distributed profile, since anyone can sign an
 * access token or derive an entry id with them.
 */
export const DEMO_SECRETS: Readonly<Record<SecretName, string>> = {
  JWT_SECRET: 'jiangxin-local-demo-secret-change-me',
  PERSON_KEY_SECRET: 'jiangxin-local-demo-person-key',
};

/** Where an embedded server keeps the secrets it generated: beside the store, readable by its owner only. */
export const secretsFileOf = (sqliteFile: string) => `${sqliteFile}.secrets.json`;

interface SecretsInput {
  SQLITE_FILE: string;
  SEED_DEMO: boolean;
  profile: 'embedded' | 'distributed';
  JWT_SECRET?: string;
  PERSON_KEY_SECRET?: string;
}

/**
 * Fills the unset secrets, or says why it cannot (lines for the ConfigError):
 * - a demo value is refused with SEED_DEMO=false or in the distributed profile;
 * - unset in the distributed profile: refused (every node must hold the same value);
 * - unset in the embedded profile: read from `<SQLITE_FILE>.secrets.json`, generated there (32 random
 *   bytes each, mode 0600) on the first start; an in-memory store gets fresh random values.
 */
export function resolveSecrets(config: SecretsInput): string[] {
  const problems: string[] = [];
  for (const name of SECRET_NAMES) {
    if (config[name] === DEMO_SECRETS[name] && (!config.SEED_DEMO || config.profile === 'distributed')) {
      problems.push(
        `- ${name} is the public demo value, refused ${config.profile === 'distributed' ? 'in the distributed profile' : 'with SEED_DEMO=false'}: set a random one (e.g. \`openssl rand -base64 32\`)`,
      );
    }
  }
  const unset = SECRET_NAMES.filter((name) => !config[name]);
  if (unset.length === 0 || problems.length > 0) return problems;
  if (config.profile === 'distributed') {
    return unset.map(
      (name) =>
        `- ${name} is not set: the distributed profile needs the same secret on every node; set it (e.g. \`openssl rand -base64 32\`, 16 characters or more)`,
    );
  }
  if (config.SQLITE_FILE === ':memory:') {
    for (const name of unset) config[name] = randomSecret();
    return [];
  }
  const file = secretsFileOf(config.SQLITE_FILE);
  try {
    const kept = readOrCreate(file);
    let changed = false;
    for (const name of unset) {
      if (!kept[name]) {
        kept[name] = randomSecret();
        changed = true;
      }
      config[name] = kept[name];
    }
    if (changed) write(file, kept, existsSync(file));
    return [];
  } catch (error) {
    return unset.map(
      (name) => `- ${name} is not set and could not be kept in ${file} (${(error as Error).message}); set ${name} (16 characters or more)`,
    );
  }
}

const randomSecret = () => randomBytes(32).toString('base64url');

function readOrCreate(file: string): Partial<Record<SecretName, string>> {
  if (!existsSync(file)) return {};
  const mode = statSync(file).mode & 0o777;
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new Error(`its permissions are ${mode.toString(8)}; it must be readable by its owner only: chmod 600 ${file}`);
  }
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error('it is not a JSON object');
  const kept: Partial<Record<SecretName, string>> = {};
  for (const name of SECRET_NAMES) {
    const value = (parsed as Record<string, unknown>)[name];
    if (typeof value === 'string' && value.length >= 16) kept[name] = value;
  }
  return kept;
}

function write(file: string, secrets: Partial<Record<SecretName, string>>, exists: boolean): void {
  mkdirSync(dirname(file), { recursive: true });
  // Created with owner-only permissions (no moment where another user could read it).
  const fd = openSync(file, exists ? 'w' : 'wx', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(secrets, null, 2)}\n`);
  } finally {
    closeSync(fd);
  }
  chmodSync(file, 0o600);
}
