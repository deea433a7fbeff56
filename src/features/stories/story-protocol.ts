import type { RenderedStory, StorySpec } from './render';

/** Requests from the screen to story.worker.ts (lib/worker-jobs.ts carries them). */
export type StoryRequest =
  { kind: 'render'; spec: StorySpec; photo?: Blob } | { kind: 'photo'; file: Blob };

export type StoryResult = RenderedStory;
