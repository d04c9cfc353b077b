import type { StoredEvent } from '#event-store';
import type { DomainEvent, PersonalContact, UserProfile } from '#domain';

export interface UserRecord {
  profile: UserProfile;
  /** '' while the account waits for its activation. */
  passwordHash: string;
  /** A judge's ID number and phone: personal data, never served unmasked. */
  personal?: PersonalContact;
}

/** Accounts by id and by username, for login and for naming the actors in a history. */
export class UsersReadModel {
  private readonly byId = new Map<string, UserRecord>();
  private readonly byUsername = new Map<string, UserRecord>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    if (event.type === 'AccountActivated') {
      const record = this.byId.get(event.data.userId);
      if (record) record.passwordHash = event.data.passwordHash;
      return;
    }
    if (event.type !== 'UserRegistered') return;
    const { passwordHash, personal, ...profile } = event.data;
    const record: UserRecord = { profile, passwordHash, ...(personal ? { personal } : {}) };
    this.byId.set(profile.userId, record);
    this.byUsername.set(profile.username, record);
  }

  findByUsername(username: string): UserRecord | undefined {
    return this.byUsername.get(username);
  }

  findById(userId: string): UserRecord | undefined {
    return this.byId.get(userId);
  }

  /** Every account, in registration order. */
  all(): IterableIterator<UserRecord> {
    return this.byId.values();
  }

  get count(): number {
    return this.byId.size;
  }
}
