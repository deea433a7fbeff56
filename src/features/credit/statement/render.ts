/** Draws a laid-out statement and encodes it as PNG (sharp text, small on a white page). */
import { font, measureWith, surface, type Ctx2D } from '../../../lib/canvas';
import {
  STATEMENT_WIDTH,
  layoutStatement,
  type StatementLayout,
  type StatementSpec,
} from './layout';

export interface RenderedStatement {
  blob: Blob;
  width: number;
  height: number;
}

export function drawStatement(ctx: Ctx2D, layout: StatementLayout, dir: 'ltr' | 'rtl'): void {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.direction = dir;
  ctx.textBaseline = 'top';
  const x = (inset: number, align: 'start' | 'end') => {
    const fromLeft = (dir === 'rtl') === (align === 'end');
    return fromLeft ? inset : layout.width - inset;
  };
  for (const op of layout.ops) {
    if (op.kind === 'rect') {
      ctx.fillStyle = op.color;
      // Rectangles are drawn from the left whatever the direction: they span the width or are
      // mirrored by their own inset.
      const left = dir === 'rtl' ? layout.width - op.x - op.width : op.x;
      ctx.fillRect(left, op.y, op.width, op.height);
      continue;
    }
    ctx.font = font(op.size, op.weight);
    ctx.fillStyle = op.color;
    ctx.textAlign = op.align;
    const at = x(op.inset, op.align);
    ctx.fillText(op.text, at, op.y);
    if (op.strike) {
      const w = ctx.measureText(op.text).width;
      const fromLeft = (dir === 'rtl') === (op.align === 'end');
      const left = fromLeft ? at : at - w;
      ctx.fillRect(left, op.y + op.size * 0.55, w, Math.max(2, op.size / 14));
    }
  }
}

/** Laid out on a small canvas first: the height depends on the text. */
function layoutOf(spec: StatementSpec): StatementLayout {
  return layoutStatement(spec, measureWith(surface(8, 8).ctx));
}

/**
 * The image's height, known before it is drawn (a few measures of text, on the screen's thread):
 * the screen keeps its exact room, so nothing below it moves when the picture arrives.
 */
export function statementHeight(spec: StatementSpec): number {
  return layoutOf(spec).height;
}

export async function renderStatementBlob(spec: StatementSpec): Promise<RenderedStatement> {
  const layout = layoutOf(spec);
  const s = surface(STATEMENT_WIDTH, layout.height);
  drawStatement(s.ctx, layout, spec.dir);
  const blob = await s.encode('image/png');
  return { blob, width: STATEMENT_WIDTH, height: layout.height };
}
