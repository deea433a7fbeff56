import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { TemplateKind } from '../../../lib/domain';
import { useT } from '../../../i18n';
import { formatMoney, fractionDigits } from '../../../lib/money';
import {
  CREDIT_TEMPLATE_KINDS,
  fillTemplate,
  TEMPLATE_KINDS,
  unknownPlaceholders,
} from '../../../lib/templates';
import { defaultTemplate, sellerValues, templateText } from '../../../i18n/templates';
import { Button } from '../../../ui/button';
import { TextAreaField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { saveTemplates, TEMPLATE_MAX } from '../commands';
import { previewCustomerName } from '../queries';

/** The message templates, each with a preview filled for a real customer before saving. */
export function TemplatesSection() {
  const t = useT();
  const settings = useSettings();
  const sampleName = useLiveQuery(() => previewCustomerName(db), []);
  const [texts, setTexts] = useState<Record<TemplateKind, string>>(
    () =>
      Object.fromEntries(
        TEMPLATE_KINDS.map((k) => [k, templateText(k, settings.templates, settings.language)]),
      ) as Record<TemplateKind, string>,
  );
  const { run, message, busy } = useFormErrors(t);
  const name = sampleName ?? t('templates.example');
  // Sample figures of the preview, in the notebook's own currency.
  const money = (major: number) =>
    formatMoney(
      major * 10 ** fractionDigits(settings.currency),
      settings.currency,
      settings.language,
    );
  const values = {
    ...sellerValues(settings),
    prenom: name,
    produit: 'piment',
    quantite: '2 tas',
    motif: 'le retard de ce matin',
    reste: money(600),
    montant: money(400),
    paiement: settings.paymentDetails ?? null,
  };

  return (
    <Section title={t('templates.title')}>
      <p className="text-sm text-stone-600">{t('templates.intro')}</p>
      {TEMPLATE_KINDS.map((kind) => {
        const unknown = unknownPlaceholders(texts[kind]);
        return (
          <div key={kind} className="flex flex-col gap-2 rounded-2xl bg-white p-3 shadow-sm">
            <TextAreaField
              label={t(`outbox.kind.${kind}`)}
              rows={3}
              maxLength={TEMPLATE_MAX * 2}
              value={texts[kind]}
              error={
                message(kind) ??
                (unknown.length
                  ? t('templates.unknown', { names: unknown.map((u) => `{${u}}`).join(' ') })
                  : undefined)
              }
              onChange={(e) => setTexts((prev) => ({ ...prev, [kind]: e.target.value }))}
            />
            {CREDIT_TEMPLATE_KINDS.includes(kind) && (
              <p className="text-sm text-stone-600">{t('templates.creditHint')}</p>
            )}
            <p className="text-sm font-semibold text-stone-600">
              {t('templates.previewWith', { name })}
            </p>
            <p className="rounded-xl bg-leaf-600/10 p-2 text-base">
              {fillTemplate(texts[kind], values)}
            </p>
            {texts[kind] !== defaultTemplate(settings.language, kind) && (
              <Button
                variant="ghost"
                className="self-start"
                onClick={() =>
                  setTexts((prev) => ({
                    ...prev,
                    [kind]: defaultTemplate(settings.language, kind),
                  }))
                }
              >
                {t('templates.reset')}
              </Button>
            )}
          </div>
        );
      })}
      <Button
        icon="check"
        disabled={busy}
        onClick={() =>
          void run(async () => {
            // Only what differs from the default is the seller's own: defaults follow the language.
            const own = Object.fromEntries(
              TEMPLATE_KINDS.filter(
                (k) => texts[k].trim() !== defaultTemplate(settings.language, k),
              ).map((k) => [k, texts[k]]),
            );
            await saveTemplates(db, own);
            showToast({ text: t('templates.saved'), tone: 'success' });
          })
        }
      >
        {t('common.save')}
      </Button>
    </Section>
  );
}
