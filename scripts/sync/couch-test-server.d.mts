export const TEST_ADMIN: { username: string; password: string };
export function startCouch(options?: {
  port?: number;
  host?: string;
  admin?: { username: string; password: string };
}): Promise<{
  url: string;
  admin: { username: string; password: string };
  close: () => Promise<void>;
}>;
