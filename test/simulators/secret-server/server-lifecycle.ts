import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Socket } from 'node:net';

/**
 * Everything that could keep a test process alive after close(): open sockets (keep-alive
 * clients, hung requests) and pending latency timers. close() ends them all.
 */
export class ServerLifecycle {
  private readonly sockets = new Set<Socket>();
  private readonly delays = new Set<{ timer: NodeJS.Timeout; resolve: (completed: boolean) => void }>();
  private closing = false;

  constructor(private readonly server: HttpServer | HttpsServer) {
    server.on('connection', (socket: Socket) => {
      this.sockets.add(socket);
      socket.once('close', () => this.sockets.delete(socket));
    });
  }

  get isClosing(): boolean {
    return this.closing;
  }

  /** Resolves true after `ms`, or false at once if the server closes first. */
  delay(ms: number): Promise<boolean> {
    if (this.closing) return Promise.resolve(false);
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.delays.delete(entry);
          resolve(true);
        }, ms),
        resolve,
      };
      this.delays.add(entry);
    });
  }

  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    for (const entry of this.delays) {
      clearTimeout(entry.timer);
      entry.resolve(false);
    }
    this.delays.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    this.server.closeAllConnections();
    await closed;
  }
}
