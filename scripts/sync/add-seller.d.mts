export function newPassword(): string;
export function addSeller(options: {
  couchUrl: string;
  admin: { username: string; password: string };
  name: string;
  password?: string;
  publicUrl?: string;
  newPass?: boolean;
}): Promise<{ url: string; username: string; password: string | null }>;
