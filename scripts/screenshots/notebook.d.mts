export const NOW: number;
export const AWA: string;
export const PIMENT: string;
export function notebookFile(language?: 'fr' | 'en', now?: number): Promise<string>;
