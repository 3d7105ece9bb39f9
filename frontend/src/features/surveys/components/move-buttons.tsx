import { useTranslation } from 'react-i18next';
import { neighbour } from '../lib';

/** Up and down buttons that move an item of a list, disabled at its ends; `label` names the item to a screen reader. */
export function MoveButtons({ label, index, count, onMove }: { label: string; index: number; count: number; onMove: (to: number) => void }) {
  const { t } = useTranslation();
  const up = neighbour(index, -1, count);
  const down = neighbour(index, 1, count);
  return (
    <>
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        disabled={up === null}
        onClick={() => up !== null && onMove(up)}
        aria-label={t('surveys.builder.moveUp', { label })}
      >
        ↑
      </button>{' '}
      <button
        type="button"
        className="btn btn-sm btn-outline-secondary"
        disabled={down === null}
        onClick={() => down !== null && onMove(down)}
        aria-label={t('surveys.builder.moveDown', { label })}
      >
        ↓
      </button>
    </>
  );
}

/** An option's or a row's controls: move it up or down, or remove it (`removeLabel` says which). */
export function ItemControls({
  label,
  removeLabel,
  index,
  count,
  onMove,
  onRemove,
}: {
  label: string;
  removeLabel: string;
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}) {
  return (
    <span className="mb-3">
      <MoveButtons label={label} index={index} count={count} onMove={onMove} />{' '}
      <button type="button" className="btn btn-sm btn-outline-danger" onClick={onRemove} aria-label={removeLabel}>
        ✕
      </button>
    </span>
  );
}
