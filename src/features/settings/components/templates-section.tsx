import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { TemplateKind } from '../../../lib/domain';
import { useT } from '../../../i18n';
import { formatMoney, fractionDigits } from '../../../lib/money';
import {
  CREDIT_TEMPLATE_KINDS,
  fillTemplate,
  productValues,
  TEMPLATE_KINDS,
  TEMPLATE_TAGS,
  unknownPlaceholders,
} from '../../../lib/templates';
import { defaultTemplate, sellerValues, templateText } from '../../../i18n/templates';
import { Button } from '../../../ui/button';
import { useFormErrors } from '../../../ui/form-errors';
import { Section } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { TaggedText, TemplateEditor, useTemplateTags } from '../../../ui/template-editor';
import { saveTemplates } from '../commands';
import { previewCustomerName } from '../queries';

/** The message templates, each with a preview filled for a real customer before saving. */
export function TemplatesSection() {
  const t = useT();
  const settings = useSettings();
  const tags = useTemplateTags();
  const sampleName = useLiveQuery(() => previewCustomerName(db), []);
  const [texts, setTexts] = useState<Record<TemplateKind, string>>(
    () =>
      Object.fromEntries(
        TEMPLATE_KINDS.map((k) => [k, templateText(k, settings.templates, settings.language)]),
      ) as Record<TemplateKind, string>,
  );
  const { run, message, busy, clear } = useFormErrors(t);
  const name = sampleName ?? t('templates.example');
  const lang = settings.language;
  // Sample figures of the preview, in the notebook's own currency.
  const money = (major: number) =>
    formatMoney(
      major * 10 ** fractionDigits(settings.currency),
      settings.currency,
      settings.language,
    );
  const values = {
    ...sellerValues(settings),
    ...productValues({ name: lang === 'fr' ? 'Tomate' : 'Tomatoes' }, lang),
    prenom: name,
    quantite: lang === 'fr' ? '2 tas' : '2 heaps',
    motif: lang === 'fr' ? 'le retard de ce matin' : 'the delay this morning',
    reste: money(600),
    montant: money(400),
    paiement: settings.paymentDetails ?? null,
  };
  const setText = (kind: TemplateKind, text: string) => {
    setTexts((prev) => ({ ...prev, [kind]: text }));
    clear(kind);
  };

  // Drawn once the preview's customer is read: previews filled with the example's name, then
  // hers, would change length and push everything below them.
  if (sampleName === undefined) return null;

  return (
    <Section title={t('templates.title')}>
      <p className="text-sm text-stone-600">{t('templates.intro')}</p>
      {TEMPLATE_KINDS.map((kind) => {
        const unknown = unknownPlaceholders(texts[kind]);
        return (
          <div key={kind} className="flex flex-col gap-2 rounded-2xl bg-white p-3 shadow-sm">
            <TemplateEditor
              label={t(`outbox.kind.${kind}`)}
              value={texts[kind]}
              onChange={(text) => setText(kind, text)}
              tags={tags}
              insertable={TEMPLATE_TAGS[kind]}
              insertLabel={t('templates.insert')}
              error={
                message(kind) ??
                (unknown.length
                  ? t('templates.unknown', { names: unknown.map((u) => `{${u}}`).join(' ') })
                  : undefined)
              }
            />
            {CREDIT_TEMPLATE_KINDS.includes(kind) && (
              <p className="text-sm text-stone-600">{t('templates.creditHint')}</p>
            )}
            <p className="text-sm font-semibold text-stone-600">
              {t('templates.previewWith', { name })}
            </p>
            <p className="rounded-xl bg-leaf-600/10 p-2 text-base">
              <TaggedText text={fillTemplate(texts[kind], values, lang)} tags={tags} />
            </p>
            {texts[kind] !== defaultTemplate(lang, kind) && (
              <Button
                variant="ghost"
                className="self-start"
                onClick={() => setText(kind, defaultTemplate(lang, kind))}
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
              TEMPLATE_KINDS.filter((k) => texts[k].trim() !== defaultTemplate(lang, k)).map(
                (k) => [k, texts[k]],
              ),
            );
            await saveTemplates(db, own);
            showToast({ text: t('templates.saved'), tone: 'success' });
          })
        }
      >
        {t('templates.save')}
      </Button>
    </Section>
  );
}
