import { useRef, type ReactNode } from 'react';

/**
 * The items of an ordered list, moved one place up or down, or removed.
 * @example moveItem(['a', 'b', 'c'], 2, -1) // ['a', 'c', 'b']
 */
export function moveItem<T>(items: readonly T[], index: number, by: -1 | 1): T[] {
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  if (item === undefined) return moved;
  moved.splice(index + by, 0, item);
  return moved;
}

/**
 * "Move up", "Move down" and "Remove" for one row of an ordered list. `name` is read by screen
 * readers after each label ("Move up Introduction"). When a move takes the row to the top or the
 * bottom, the button pressed becomes disabled, so focus goes to the other move button instead of
 * being lost.
 */
export function RowActions({
  index,
  count,
  name,
  onMove,
  onRemove,
}: {
  readonly index: number;
  readonly count: number;
  readonly name: ReactNode;
  readonly onMove: (by: -1 | 1) => void;
  readonly onRemove: () => void;
}) {
  const up = useRef<HTMLButtonElement>(null);
  const down = useRef<HTMLButtonElement>(null);
  const move = (by: -1 | 1) => {
    onMove(by);
    const to = index + by;
    const next = by < 0 ? (to === 0 ? down : up) : to === count - 1 ? up : down;
    // The row keeps its DOM node (lists key rows by identity), so its buttons are still these.
    requestAnimationFrame(() => next.current?.focus());
  };
  return (
    <p className="row-actions">
      <button
        ref={up}
        type="button"
        className="button link"
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        Move up{name}
      </button>
      <button
        ref={down}
        type="button"
        className="button link"
        disabled={index === count - 1}
        onClick={() => move(1)}
      >
        Move down{name}
      </button>
      <button type="button" className="button link" onClick={onRemove}>
        Remove{name}
      </button>
    </p>
  );
}
