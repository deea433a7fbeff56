export interface TestServer {
  url: string;
  bump: () => void;
  takeTraffic: () => { requests: number; up: number; down: number };
  close: () => Promise<void>;
}
export function startServer(options?: {
  port?: number;
  root?: string;
  host?: string;
  couchUrl?: string;
}): Promise<TestServer>;
export function couchPortFor(appPort: number): number;
