import { createServer, type Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, collectProcessMetrics, metricsRegistry, metricsRequestAllowed } from '#platform';

/**
 * The worker process's Prometheus endpoint on METRICS_PORT (0 = none): GET /metrics, and GET /health
 * for a liveness probe. A port that cannot be opened is logged, not fatal: scoring matters more.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MetricsServer');
  private server?: Server;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    collectProcessMetrics();
    if (this.config.METRICS_PORT === 0) return;
    this.server = createServer((request, response) => {
      const path = (request.url ?? '').split('?')[0];
      if (request.method === 'GET' && path === '/health') {
        response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      } else if (request.method === 'GET' && path === '/metrics') {
        if (!metricsRequestAllowed(this.config, request.headers.authorization)) {
          response.writeHead(401, { 'content-type': 'text/plain' }).end('The metrics need Authorization: Bearer <METRICS_TOKEN>\n');
          return;
        }
        metricsRegistry.metrics().then(
          (text) => response.writeHead(200, { 'content-type': metricsRegistry.contentType }).end(text),
          (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(`${String(error)}\n`),
        );
      } else {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('GET /metrics or /health\n');
      }
    });
    this.server.on('error', (error) => this.logger.error(`Metrics not served on port ${this.config.METRICS_PORT}: ${error.message}`));
    this.server.listen(this.config.METRICS_PORT, this.config.HOST, () =>
      this.logger.log(`Metrics on http://${this.config.HOST}:${this.config.METRICS_PORT}/metrics`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server?.listening) return;
    // Scrapers keep their connections open: close them, or close() would wait for them.
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
