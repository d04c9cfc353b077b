import { Inject, type OnModuleDestroy, UseFilters, UsePipes, ValidationPipe } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayConnection,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { BoardJoinDto, LIVE_NAMESPACE, LiveEvents, MedalsJoinDto, type BoardSnapshot, type LiveMedals, type LiveStatus } from '#contracts';
import type { Audience } from '#read-models';
import { APP_CONFIG, type AppConfig } from '#platform';
import { SocketErrorFilter, socketValidationException } from '../http-errors.js';
import { restrictSocketOrigins } from '../identity/http-security.js';
import type { AuthUser } from '../identity/auth.decorators.js';
import { ProjectionsService } from '../projections/projections.service.js';
import { LiveMedalTables, medalsRoom } from './live-medals.js';

/** Organisers see a frozen board live; everyone else sees it as it stood at the freeze. */
const LIVE_ROLES = new Set(['organiser']);
const roomOf = (board: string, audience: Audience) => (audience === 'live' ? `${board}#live` : board);

/**
 * The guard reads the handshake's token at every event and leaves the caller in `socket.data.user`
 * when its session is open (a signed-out organiser is a spectator again); no valid token, a spectator.
 */
const audienceOf = (socket: Socket): Audience =>
  LIVE_ROLES.has((socket.data.user as AuthUser | undefined)?.role ?? '') ? 'live' : 'public';

/**
 * Live boards for spectators (no login): a room per board; a join answers a snapshot, then every
 * change arrives as a delta with the next version. Deltas come from this node's own read models,
 * so they are emitted to this node's sockets only (`local`), also when several nodes share an adapter.
 * A socket that connects with an organiser's token (`auth: { token }`) joins the board's live room.
 */
// Origins: the server's own and CORS_ORIGINS, enforced in afterInit (restrictSocketOrigins).
@WebSocketGateway({ namespace: LIVE_NAMESPACE })
@UseFilters(SocketErrorFilter)
@UsePipes(
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: socketValidationException,
  }),
)
export class LiveGateway implements OnGatewayInit, OnGatewayConnection, OnModuleDestroy {
  @WebSocketServer() private readonly server!: Namespace;
  private stopListening?: () => void;
  private stopWatchingHealth?: () => void;
  private medals?: LiveMedalTables;

  constructor(
    private readonly projections: ProjectionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(): void {
    restrictSocketOrigins(this.server, this.config.corsOrigins);
    this.medals = new LiveMedalTables(this.projections.models.boards, this.projections.models.catalogue);
    this.stopListening = this.projections.models.boards.onDelta((delta, audience, kind) => {
      this.server.local.to(roomOf(delta.board, audience)).emit(kind === 'snapshot' ? LiveEvents.snapshot : LiveEvents.delta, delta);
      // The medal tables follow the public boards, pushed right after the delta that changed a prize (same sockets, same order).
      if (audience !== 'public') return;
      for (const { room, medals } of this.medals?.changed(delta.board) ?? []) this.server.local.to(room).emit(LiveEvents.medals, medals);
    });
    // This node's boards are only as fresh as its projections: spectators are told when they are not.
    this.stopWatchingHealth = this.projections.onHealth(() => this.server.local.emit(LiveEvents.status, this.status()));
  }

  onModuleDestroy(): void {
    this.stopListening?.();
    this.stopWatchingHealth?.();
  }

  private status(): LiveStatus {
    return { stale: this.projections.health.state !== 'live' };
  }

  /**
   * A connection that resumed its session (connection state recovery, possibly on another node) is
   * back in its boards' rooms, but deltas are sent per node and not kept in the adapter's stream:
   * it gets a fresh snapshot of each board it watches, and deltas from there.
   */
  handleConnection(socket: Socket): void {
    if (!socket.recovered) return;
    for (const room of socket.rooms) {
      if (room.startsWith('medals:')) {
        const eventId = room === 'medals:all' ? null : room.slice('medals:event:'.length);
        this.server.local.to(socket.id).emit(LiveEvents.medals, this.medals!.medals(eventId));
        continue;
      }
      const [board, live] = room.split('#');
      const snapshot = board.startsWith('trade:')
        ? this.projections.models.boards.snapshot(board, live === 'live' ? 'live' : 'public')
        : undefined;
      if (snapshot) this.sendSnapshot(socket, snapshot);
    }
  }

  @SubscribeMessage(LiveEvents.join)
  join(@ConnectedSocket() socket: Socket, @MessageBody() { board }: BoardJoinDto): BoardSnapshot | undefined {
    const audience = audienceOf(socket);
    const snapshot = this.projections.models.boards.snapshot(board, audience);
    if (!snapshot) {
      socket.emit(LiveEvents.error, { board, message: `Unknown board ${board}` });
      return undefined;
    }
    // Joining and taking the snapshot in the same tick: no delta can fall between them.
    void socket.join(roomOf(snapshot.board, audience));
    this.sendSnapshot(socket, snapshot);
    // Through the adapter (not `socket.emit`): the socket gets its offset in the nodes' shared stream,
    // with which a reconnection to any node resumes its session (LiveIoAdapter).
    this.server.to(socket.id).emit(LiveEvents.joined, { board: snapshot.board, version: snapshot.version });
    return snapshot;
  }

  /**
   * Sent from this node, at once, like the deltas. (`socket.emit` would go through the adapter's
   * shared stream first, with connection state recovery on: a Redis round trip, or a wait while
   * Redis is down, during which a delta sent locally would overtake the snapshot it follows.)
   */
  private sendSnapshot(socket: Socket, snapshot: BoardSnapshot): void {
    this.server.local.to(socket.id).emit(LiveEvents.snapshot, snapshot);
    const status = this.status();
    if (status.stale) this.server.local.to(socket.id).emit(LiveEvents.status, status);
  }

  /** Follow the medal table and tech-enterprise share of an event (or the contest): the tables now, then each change. */
  @SubscribeMessage(LiveEvents.medalsJoin)
  joinMedals(@ConnectedSocket() socket: Socket, @MessageBody() { eventId }: MedalsJoinDto): LiveMedals | undefined {
    if (eventId !== undefined && !this.projections.models.catalogue.events.has(eventId)) {
      socket.emit(LiveEvents.error, { board: null, message: `Unknown event ${eventId}` });
      return undefined;
    }
    const medals = this.medals!.medals(eventId ?? null);
    void socket.join(medalsRoom(eventId ?? null));
    this.server.local.to(socket.id).emit(LiveEvents.medals, medals);
    return medals;
  }

  @SubscribeMessage(LiveEvents.leave)
  leave(@ConnectedSocket() socket: Socket, @MessageBody() { board }: BoardJoinDto): void {
    void socket.leave(board);
    void socket.leave(roomOf(board, 'live'));
  }

  get connectedSockets(): number {
    return this.server.sockets.size;
  }
}
