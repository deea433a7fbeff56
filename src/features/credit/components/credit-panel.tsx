import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useLang, useT } from '../../../i18n';
import type { Customer } from '../../../lib/domain';
import { Button, LinkButton } from '../../../ui/button';
import { Section } from '../../../ui/screen';
import { KEEP_SCROLL } from '../../../ui/use-scroll-restoration';
import type { CustomerLedger } from '../queries/ledger';
import { EntrySheet, type EntryTarget } from './entry-sheet';
import { PaymentSheet } from './payment-sheet';
import { ReminderButton } from './reminder-button';
import { entryWhat } from '../labels';
import { StatementList } from './statement-list';

/** Two buttons a row on a 320 px phone: their words need the room a wide padding would take. */
const TIGHT = '!px-2 !text-base !leading-tight';

/** `?paiement=1` opens "Paiement reçu" at once (the button of "Crédits" leads here). */
export const PAY_PARAM = 'paiement';

/**
 * Her credit book on her card: the actions (payment received, a credit without a sale, reminder,
 * statement image), then her entries with the running balance. What she owes shows higher up,
 * under her name (credit-summary.tsx).
 * The card is drawn once `ledger` is read (see app/customer-page.tsx), so nothing moves after.
 * `onPaid` gets her row as a payment committed it, for her figures to show it at once.
 */
export function CreditPanel({
  customer,
  ledger,
  lazyRows = false,
  onPaid,
  onCover,
}: {
  customer: Customer;
  ledger: CustomerLedger;
  /** Her entries away from the screen left out of this frame's layout (see StatementList). */
  lazyRows?: boolean;
  onPaid?: (customer: Customer) => void;
  /** Told when a sheet opens over her card, and when it closes (in the same render). */
  onCover?: (covered: boolean) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const [target, setEntryTarget] = useState<EntryTarget | null>(null);
  const setTarget = (next: EntryTarget | null) => {
    setEntryTarget(next);
    onCover?.(next !== null);
  };
  // Closed here at once, before the address says so: the address changes in a transition, which
  // draws her whole card again, and the sheet would wait for it after "Enregistrer le paiement".
  const [shut, setShut] = useState(false);
  const asked = params.get(PAY_PARAM) === '1';
  // The address caught up: it, again, says whether the sheet is open.
  if (shut && !asked) setShut(false);
  const paying = asked && !shut;
  const setPaying = (open: boolean) => {
    setShut(!open);
    onCover?.(open);
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (open) next.set(PAY_PARAM, '1');
        else next.delete(PAY_PARAM);
        return next;
      },
      // The card under the sheet stays where she had scrolled it.
      { replace: true, state: KEEP_SCROLL },
    );
  };
  // Closed some other way (the address changed): her card is told too.
  const covered = paying || target !== null;
  useEffect(() => {
    if (!covered) onCover?.(false);
  }, [covered, onCover]);
  const hasEntries = ledger.rows.length > 0;
  const owes = (customer.creditBalanceMinor ?? 0) > 0;

  return (
    <section aria-label={t('credit.title')} className="flex flex-col gap-3">
      <div className="grid grid-cols-2 gap-2">
        <Button icon="wallet" className={TIGHT} onClick={() => setPaying(true)}>
          {t('credit.paymentReceived')}
        </Button>
        <Button
          variant="secondary"
          icon="plus"
          className={TIGHT}
          onClick={() => setTarget({ kind: 'new' })}
        >
          {t('credit.newCredit')}
        </Button>
        {owes && customer.acceptsMessages && (
          <ReminderButton customer={customer} className={TIGHT} />
        )}
        {hasEntries && (
          <LinkButton
            to={`/clients/${customer.id}/releve`}
            variant="secondary"
            icon="receipt"
            className={TIGHT}
          >
            {t('credit.statement')}
          </LinkButton>
        )}
      </div>
      {hasEntries && (
        <Section title={t('credit.entries')}>
          <StatementList
            rows={ledger.rows}
            sales={ledger.sales}
            lazy={lazyRows}
            onPick={(entry) =>
              setTarget({
                kind: 'entry',
                entry,
                what: entryWhat(
                  t,
                  lang,
                  entry,
                  entry.saleId ? ledger.sales.get(entry.saleId) : undefined,
                ),
              })
            }
          />
        </Section>
      )}
      <PaymentSheet
        customer={customer}
        open={paying}
        onClose={() => setPaying(false)}
        onSaved={onPaid}
      />
      <EntrySheet customer={customer} target={target} onClose={() => setTarget(null)} />
    </section>
  );
}
