import type { StoredEvent } from '#event-store';
import type { DomainEvent } from '#domain';

export interface OpenSession {
  userId: string;
  deviceId?: string;
}

/**
 * The open sessions, fed from the users' streams: an access token is honoured only while its session
 * is here. Every api node builds this from the event store, so a sign-out or an unpaired device
 * closes the session on all of them, not only on the node that took the request.
 */
export class SessionsReadModel {
  private readonly open = new Map<string, OpenSession>();

  apply(stored: StoredEvent): void {
    const event = stored as unknown as DomainEvent;
    switch (event.type) {
      case 'SessionStarted': {
        const { sessionId, userId, deviceId } = event.data;
        this.open.set(sessionId, { userId, ...(deviceId ? { deviceId } : {}) });
        break;
      }
      case 'SessionEnded':
        this.open.delete(event.data.sessionId);
        break;
    }
  }

  get(sessionId: string): OpenSession | undefined {
    return this.open.get(sessionId);
  }

  get count(): number {
    return this.open.size;
  }
}
