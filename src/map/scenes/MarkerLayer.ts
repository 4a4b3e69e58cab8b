/**
 * Shipment markers in the Map scene: an image per shipment that travels along its route's
 * polyline (or appears at its slot at once), a detection ring that blinks, fading on
 * removal. The scene decides what to add and remove (from the view diff); this draws it.
 */
import type * as Phaser from 'phaser';
import type { MapShipment } from '../../store/index.ts';
import type { MarkerSnapshot } from '../context.ts';
import { pointAt, type Pt } from '../geometry.ts';
import { laneOffset, markerTextureKey, MARKER_TEXTURE_RADIUS } from '../style.ts';
import { RING_TEXTURE } from './Boot.ts';

export const TRAVEL_MS = 1800;
export const STAGGER_MS = 120;
const FLASH_MS = 260;
const FLASH_REPEATS = 4;
const FADE_MS = 250;

interface Marker {
  shipment: MapShipment;
  image: Phaser.GameObjects.Image;
  ring: Phaser.GameObjects.Image | null;
  radius: number;
  state: 'travelling' | 'arrived';
  flashing: boolean;
  tween: Phaser.Tweens.Tween | null;
}

export interface MarkerPlan {
  shipment: MapShipment;
  /** The route polyline oriented from origin to destination. */
  points: Pt[];
  radius: number;
  /** Where along the route it stops (t) and its lateral lane offset. */
  slot: { t: number; lane: number };
  /** Its index among shipments on the same route and direction (staggers departures). */
  index: number;
  travel: boolean;
  flash: boolean;
}

export class MarkerLayer {
  private readonly scene: Phaser.Scene;
  private readonly reducedMotion: () => boolean;
  private readonly markers = new Map<string, Marker>();

  constructor(scene: Phaser.Scene, reducedMotion: () => boolean) {
    this.scene = scene;
    this.reducedMotion = reducedMotion;
  }

  add(plan: MarkerPlan): void {
    const { shipment: s, points, radius, slot } = plan;
    const reduced = this.reducedMotion();
    const travel = plan.travel && !reduced;
    const at = (t: number): Pt => laneOffset(pointAt(points, t), slot.lane);
    const start = travel ? at(0) : at(slot.t);
    const image = this.scene.add
      .image(start.x, start.y, markerTextureKey(s.resource, s.mode))
      .setScale(radius / MARKER_TEXTURE_RADIUS)
      .setDepth(4);
    const m: Marker = {
      shipment: s,
      image,
      ring: null,
      radius,
      state: travel ? 'travelling' : 'arrived',
      flashing: false,
      tween: null,
    };
    this.markers.set(s.key, m);
    if (!travel) {
      if (plan.flash || s.detected) this.flash(m);
      return;
    }
    const progress = { t: 0 };
    m.tween = this.scene.tweens.add({
      targets: progress,
      t: slot.t,
      duration: TRAVEL_MS,
      delay: plan.index * STAGGER_MS,
      ease: 'Sine.easeInOut',
      onUpdate: () => {
        const p = at(progress.t);
        image.setPosition(p.x, p.y);
      },
      onComplete: () => {
        m.tween = null;
        m.state = 'arrived';
        if (s.detected) this.flash(m);
      },
    });
  }

  /** Flashes an arrived marker that was not flashing (a detection reported later). */
  flashArrived(key: string): void {
    const m = this.markers.get(key);
    if (m && m.state === 'arrived' && !m.ring) this.flash(m);
  }

  remove(key: string, instant: boolean): void {
    const m = this.markers.get(key);
    if (!m) return;
    this.markers.delete(key);
    m.tween?.remove();
    const objs = [m.image, ...(m.ring ? [m.ring] : [])];
    if (instant || this.reducedMotion()) {
      for (const o of objs) o.destroy();
      return;
    }
    this.scene.tweens.add({
      targets: objs,
      alpha: 0,
      duration: FADE_MS,
      onComplete: () => {
        for (const o of objs) o.destroy();
      },
    });
  }

  snapshot(): MarkerSnapshot[] {
    return [...this.markers.values()].map((m) => ({
      key: m.shipment.key,
      x: Math.round(m.image.x * 10) / 10,
      y: Math.round(m.image.y * 10) / 10,
      radius: m.radius,
      state: m.state,
      flashing: m.flashing,
      detected: m.shipment.detected,
    }));
  }

  destroy(): void {
    for (const m of this.markers.values()) m.tween?.remove();
    this.markers.clear();
  }

  /** A detected violation: a yellow ring that blinks a few times, then stays (steady with reduced motion). */
  private flash(m: Marker): void {
    if (!m.ring) {
      m.ring = this.scene.add
        .image(m.image.x, m.image.y, RING_TEXTURE)
        .setScale((m.radius + 8) / MARKER_TEXTURE_RADIUS)
        .setDepth(3);
    }
    if (this.reducedMotion()) return;
    m.flashing = true;
    m.tween = this.scene.tweens.add({
      targets: m.ring,
      alpha: 0.1,
      duration: FLASH_MS,
      yoyo: true,
      repeat: FLASH_REPEATS,
      onComplete: () => {
        m.ring?.setAlpha(1);
        m.flashing = false;
        m.tween = null;
      },
    });
  }
}
