/**
 * Whose eyes the screen shows the game with: the player at the device while they play, the
 * chosen viewer in the replay viewer, the instructor at the debrief (the game is over, every
 * secret is revealed), and the public on a hand-off screen (nobody is looking). The panels and
 * the map read the game through the engine's view function with this viewer.
 */
import type { Viewer } from '../engine/index.ts';
import type { GameData } from './store.ts';

export function viewerOf(d: Pick<GameData, 'mode' | 'replay' | 'viewer'>): Viewer {
  switch (d.mode) {
    case 'debrief':
      return 'instructor';
    case 'replay':
      return d.replay?.seenAs ?? 'public';
    case 'play':
      return d.viewer ?? 'public';
    case 'start':
    case 'briefing':
    case 'setup':
    case 'handoff':
      return 'public';
  }
}
