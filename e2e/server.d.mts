export interface TestServer {
  url: string;
  bump: () => void;
  close: () => Promise<void>;
}
export function startServer(options?: {
  port?: number;
  root?: string;
  host?: string;
}): Promise<TestServer>;
