import type { RenderedStory, StorySpec } from './render';

/** Messages between the screen and story.worker.ts. */
export type WorkerRequest =
  | { id: number; kind: 'render'; spec: StorySpec; photo?: Blob }
  | { id: number; kind: 'photo'; file: Blob };

export type WorkerResponse =
  { id: number; ok: true; result: RenderedStory } | { id: number; ok: false; error: string };
