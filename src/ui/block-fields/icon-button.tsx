import { Icon, type IconName } from './icon';

type IconButtonProps = {
  id?: string;
  icon: IconName;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  danger?: boolean;
};

/** A compact button with an icon only; `label` is its accessible name and tooltip. */
export function IconButton({ id, icon, label, onClick, disabled = false, danger = false }: IconButtonProps) {
  return (
    <button
      type="button"
      id={id}
      className={danger ? 'icon-button icon-button-danger' : 'icon-button'}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon name={icon} />
    </button>
  );
}
