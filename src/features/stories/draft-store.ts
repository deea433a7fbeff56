import { create } from 'zustand';

export type StoryTemplate = 'arrivage' | 'promotion' | 'merci';
export const TEMPLATES: readonly StoryTemplate[] = ['arrivage', 'promotion', 'merci'];

/** The story being made: passing UI state (fields as typed), never a copy of a Dexie row. */
export interface StoryDraft {
  template: StoryTemplate;
  /** The product it was filled from, if any: "Faire une story" from a product. */
  productId?: string;
  productName: string;
  /** The product's gender in French, when it came from her list ("la tomate est arrivée"). */
  gender?: 'm' | 'f';
  price: string;
  unit: string;
  oldPrice: string;
  /** undefined: the market day and name from Réglages. */
  when?: string;
  /** '' thanks every customer. */
  customerId: string;
  color: string;
  emoji: string;
  photoId?: string;
  usePhoto: boolean;
}

export const COLOURS = [
  { key: 'earth', value: '#9a3412' },
  { key: 'leaf', value: '#166534' },
  { key: 'chili', value: '#b91c1c' },
  { key: 'indigo', value: '#1e3a8a' },
  { key: 'violet', value: '#6b21a8' },
  { key: 'night', value: '#1c1917' },
] as const;

export const EMOJIS = ['🌶️', '🍅', '🥜', '🥬', '🧅', '🥭', '🍌', '🍊', '🥔', '🌽', '🧺', '🙏'];

export const EMPTY_DRAFT: StoryDraft = {
  template: 'arrivage',
  productName: '',
  price: '',
  unit: '',
  oldPrice: '',
  customerId: '',
  color: COLOURS[0].value,
  emoji: '🧺',
  usePhoto: false,
};

interface DraftState {
  draft: StoryDraft;
  update: (patch: Partial<StoryDraft>) => void;
  reset: (draft?: Partial<StoryDraft>) => void;
}

export const useStoryDraft = create<DraftState>((set) => ({
  draft: EMPTY_DRAFT,
  update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch } })),
  reset: (draft) => set({ draft: { ...EMPTY_DRAFT, ...draft } }),
}));
