import type { StoredEvent } from '#event-store';
import type { DomainEvent, UserProfile } from '#domain';

export interface UserRecord {
  profile: UserProfile;
  passwordHash: string;
}

/** Accounts by id and by username, for login and for naming the actors in a history. */
export class UsersReadModel {
  private readonly byId = new Map<string, UserRecord>();
  private readonly byUsername = new Map<string, UserRecord>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    if (event.type !== 'UserRegistered') return;
    const { passwordHash, ...profile } = event.data;
    const record = { profile, passwordHash };
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
