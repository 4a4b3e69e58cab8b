/**
 * The overlay above the map and its markers: the tooltip for the hovered or focused route
 * or place. (The legend and the council inset are part of the static picture under the
 * Phaser canvas, painted with it.)
 */
import * as Phaser from 'phaser';
import { FONT } from '../canvasText.ts';
import { MAP_HEIGHT, MAP_WIDTH } from '../style.ts';
import { TOOLTIP_EVENT, type TooltipEvent } from './FocusController.ts';

export class OverlayScene extends Phaser.Scene {
  private tipBox: Phaser.GameObjects.Graphics | null = null;
  private tipText: Phaser.GameObjects.Text | null = null;

  constructor() {
    super({ key: 'Overlay' });
  }

  create(): void {
    performance.mark('veto-map:overlay-create');
    this.tipBox = this.add.graphics().setVisible(false);
    this.tipText = this.add
      .text(0, 0, '', { fontFamily: FONT, fontSize: '14px', color: '#1b1b1b', lineSpacing: 3 })
      .setVisible(false);
    const onTip = (ev: TooltipEvent | null): void => this.showTip(ev);
    this.game.events.on(TOOLTIP_EVENT, onTip);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.game.events.off(TOOLTIP_EVENT, onTip);
    });
  }

  private showTip(ev: TooltipEvent | null): void {
    const box = this.tipBox;
    const text = this.tipText;
    if (!box || !text) return;
    if (!ev || ev.lines.length === 0) {
      box.setVisible(false);
      text.setVisible(false);
      return;
    }
    text.setText(ev.lines);
    const pad = 8;
    const w = text.width + 2 * pad;
    const h = text.height + 2 * pad;
    let x = ev.x + 18;
    let y = ev.y + 18;
    if (x + w > MAP_WIDTH - 4) x = Math.max(4, ev.x - 18 - w);
    if (y + h > MAP_HEIGHT - 4) y = Math.max(4, ev.y - 18 - h);
    box.clear();
    box.fillStyle(0xffffff, 0.96);
    box.lineStyle(2, 0x1b1b1b, 1);
    box.fillRoundedRect(x, y, w, h, 6);
    box.strokeRoundedRect(x, y, w, h, 6);
    box.setVisible(true);
    text.setPosition(x + pad, y + pad).setVisible(true);
  }
}
