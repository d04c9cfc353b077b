import { once } from 'node:events';
import type { Request, Response } from 'express';

/** An NDJSON answer written as it is produced, with back-pressure, that stops when the client goes away. */
export class NdjsonResponse {
  private closed = false;

  constructor(
    request: Request,
    private readonly response: Response,
    headers: Record<string, string> = {},
  ) {
    request.on('close', () => (this.closed = true));
    response.status(200);
    response.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.flushHeaders();
  }

  get open(): boolean {
    return !this.closed && !this.response.writableEnded;
  }

  /** Writes text; resolves once the client can take more (false: the client has gone). */
  async write(text: string): Promise<boolean> {
    if (!this.open) return false;
    if (!this.response.write(text)) {
      await Promise.race([once(this.response, 'drain'), once(this.response, 'close')]);
    }
    return this.open;
  }

  /** Writes every chunk, then ends; a failure half-way cuts the answer short (its status is already sent). */
  async pipe(chunks: AsyncIterable<string>): Promise<void> {
    try {
      for await (const chunk of chunks) if (!(await this.write(chunk))) return;
      this.end();
    } catch (error) {
      this.response.destroy(error as Error);
    }
  }

  end(): void {
    if (!this.response.writableEnded) this.response.end();
  }
}
