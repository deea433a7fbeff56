import type core from './fr/core';
import type stall from './fr/stall';
import type backup from './fr/backup';
import type followup from './fr/followup';
import type stories from './fr/stories';
import type credit from './fr/credit';
import type sync from './fr/sync';

/**
 * Every string's key, from the French dictionaries (the source every translation is made from).
 * The shell's and the home screen's strings (core) come with the first screen; the other areas
 * arrive with their screens (see `Area` in index.ts), keeping the first load small.
 */
export type MessageKey =
  | keyof typeof core
  | keyof typeof stall
  | keyof typeof backup
  | keyof typeof followup
  | keyof typeof stories
  | keyof typeof credit
  | keyof typeof sync;
