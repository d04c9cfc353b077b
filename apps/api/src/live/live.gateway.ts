import { Logger, type OnModuleDestroy, UsePipes, ValidationPipe } from '@nestjs/common';
import {
  ConnectedSocket,
  MessageBody,
  type OnGatewayInit,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
  WsException,
} from '@nestjs/websockets';
import type { Namespace, Socket } from 'socket.io';
import { BoardJoinDto, LIVE_NAMESPACE, LiveEvents, type BoardSnapshot } from '#contracts';
import { ProjectionsService } from '../projections/projections.service.js';

/**
 * Live boards for spectators (no login): a room per board; a join answers a snapshot, then every
 * change arrives as a delta with the next version. Deltas come from this node's own read models,
 * so they are emitted to this node's sockets only (`local`), also when several nodes share an adapter.
 */
@WebSocketGateway({ namespace: LIVE_NAMESPACE, cors: { origin: true } })
@UsePipes(
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    exceptionFactory: (errors) => new WsException(errors.flatMap((e) => Object.values(e.constraints ?? {})).join('; ')),
  }),
)
export class LiveGateway implements OnGatewayInit, OnModuleDestroy {
  @WebSocketServer() private readonly server!: Namespace;
  private readonly logger = new Logger('LiveGateway');
  private stopListening?: () => void;

  constructor(private readonly projections: ProjectionsService) {}

  afterInit(): void {
    this.stopListening = this.projections.models.boards.onDelta((delta) =>
      this.server.local.to(delta.board).emit(LiveEvents.delta, delta),
    );
  }

  onModuleDestroy(): void {
    this.stopListening?.();
  }

  @SubscribeMessage(LiveEvents.join)
  join(@ConnectedSocket() socket: Socket, @MessageBody() { board }: BoardJoinDto): BoardSnapshot | undefined {
    const snapshot = this.projections.models.boards.snapshot(board);
    if (!snapshot) {
      socket.emit(LiveEvents.error, { board, message: `Unknown board ${board}` });
      return undefined;
    }
    // Joining and taking the snapshot in the same tick: no delta can fall between them.
    void socket.join(snapshot.board);
    socket.emit(LiveEvents.snapshot, snapshot);
    return snapshot;
  }

  @SubscribeMessage(LiveEvents.leave)
  leave(@ConnectedSocket() socket: Socket, @MessageBody() { board }: BoardJoinDto): void {
    void socket.leave(board);
  }

  get connectedSockets(): number {
    return this.server.sockets.size;
  }
}
