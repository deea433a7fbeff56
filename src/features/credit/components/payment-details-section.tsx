import { useState } from 'react';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { TEXT_MAX } from '../../../lib/limits';
import { Button } from '../../../ui/button';
import { TextAreaField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { savePaymentDetails } from '../commands';

/** Réglages: the seller's own mobile-money details, typed once, for {paiement} in reminders. */
export function PaymentDetailsSection() {
  const t = useT();
  const settings = useSettings();
  const [text, setText] = useState(settings.paymentDetails ?? '');
  const { run, message, busy } = useFormErrors(t);
  return (
    <Section title={t('credit.detailsTitle')}>
      <div className="flex flex-col gap-3 rounded-2xl bg-white p-3 shadow-sm">
        <TextAreaField
          label={t('credit.detailsLabel')}
          hint={t('credit.detailsHint')}
          error={message('details')}
          rows={2}
          maxLength={TEXT_MAX.paymentDetails * 2}
          placeholder={t('credit.detailsPlaceholder')}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button
          icon="check"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await savePaymentDetails(db, text);
              showToast({ text: t('credit.detailsSaved'), tone: 'success' });
            })
          }
        >
          {t('common.save')}
        </Button>
      </div>
    </Section>
  );
}
