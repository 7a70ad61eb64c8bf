import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The room's toggles. Below 60rem (where the page narrows) they fold behind "Options", a
 * disclosure: its button says whether the panel is open, and Escape, on the button or anywhere
 * in the panel, closes it and gives the button the focus back. Wider, the toggles sit in the bar.
 */
export function RoomOptions({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const closeOnEscape = (event: KeyboardEvent) => {
    // Only where the toggles are folded: a wide room shows no button to go back to.
    if (event.key !== 'Escape' || !open || !button.current?.getClientRects().length) return;
    event.preventDefault();
    setOpen(false);
    button.current.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="secondary room-options-toggle"
        aria-expanded={open}
        aria-controls="room-options"
        onClick={() => setOpen((shown) => !shown)}
        onKeyDown={closeOnEscape}
      >
        {t('room.options')}
      </button>
      <div className="room-options" id="room-options" data-open={open} onKeyDown={closeOnEscape}>
        {children}
      </div>
    </>
  );
}
