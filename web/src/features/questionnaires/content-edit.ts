import { DIMENSIONS, REVERSE_DIMENSIONS, type Dimension } from '../../shared/dimensions';
import type { Block, QuestionnaireItem } from './api';

/** The dimensions an item of a block may have. */
export function dimensionsFor(block: Block): readonly Dimension[] {
  return block === 'perception' ? DIMENSIONS : REVERSE_DIMENSIONS;
}

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
}

/** A key for a new item that no item has yet: custom-1, custom-2, … */
export function nextItemKey(items: readonly QuestionnaireItem[]): string {
  const keys = new Set(items.map((item) => item.key));
  let number = 1;
  while (keys.has(`custom-${number}`)) number += 1;
  return `custom-${number}`;
}

/** Items in the order the editor shows them: perception first, then reverse, each in its own order. */
export function groupByBlock(items: readonly QuestionnaireItem[]): Record<Block, { item: QuestionnaireItem; index: number }[]> {
  const groups: Record<Block, { item: QuestionnaireItem; index: number }[]> = { perception: [], reverse: [] };
  items.forEach((item, index) => groups[item.block].push({ item, index }));
  return groups;
}

/** Moves an item up or down among the items of its own block. */
export function moveWithinBlock(items: readonly QuestionnaireItem[], index: number, delta: -1 | 1): QuestionnaireItem[] {
  const item = items[index];
  if (!item) return [...items];
  const positions = items.flatMap((candidate, position) => (candidate.block === item.block ? [position] : []));
  const place = positions.indexOf(index);
  const other = positions[place + delta];
  if (other === undefined) return [...items];
  const moved = [...items];
  [moved[index], moved[other]] = [moved[other] as QuestionnaireItem, item];
  return moved;
}
