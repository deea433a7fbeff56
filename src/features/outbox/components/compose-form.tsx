import { useState } from 'react';
import { useLeave } from '../../../ui/use-leave';

import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import type { Customer, OutboxKind } from '../../../lib/domain';
import { useT } from '../../../i18n';
import {
  CREDIT_TEMPLATE_KINDS,
  fillTemplate,
  missingPlaceholders,
  productValues,
  TEMPLATE_KINDS,
} from '../../../lib/templates';
import { sellerValues, templateText } from '../../../i18n/templates';
import { channelOf, contactLink } from '../../../lib/contact-link';
import { MESSAGE_MAX } from '../../../lib/wa-link';
import { Button } from '../../../ui/button';
import { SelectField, TextField } from '../../../ui/field';
import { useFormErrors } from '../../../ui/form-errors';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { TemplateEditor, useTemplateTags } from '../../../ui/template-editor';
import { queueMessages, recordOpenedNow } from '../commands';
import { listProductsForMessages } from '../queries';
import { SendAction } from './send-action';

// The credit book's messages carry her figures: they are prepared from her card, not here.
const KINDS: readonly OutboxKind[] = [
  ...TEMPLATE_KINDS.filter((k) => !CREDIT_TEMPLATE_KINDS.includes(k)),
  'libre',
];

interface ComposeFormProps {
  customer: Customer;
  initialKind?: OutboxKind;
  initialProductId?: string;
}

/** Choose a template, fill what it needs, read the preview, then send now or keep for later. */
export function ComposeForm({
  customer,
  initialKind = 'nouvelles',
  initialProductId = '',
}: ComposeFormProps) {
  const t = useT();
  const navigate = useLeave();
  const settings = useSettings();
  const products = useLiveQuery(() => listProductsForMessages(db), []);
  const [kind, setKind] = useState<OutboxKind>(
    KINDS.includes(initialKind) ? initialKind : 'nouvelles',
  );
  const [productId, setProductId] = useState(initialProductId);
  const [quantity, setQuantity] = useState('');
  const [motif, setMotif] = useState('');
  const [edited, setEdited] = useState<string | null>(null);
  const { run, message, busy, clear } = useFormErrors(t);
  const tags = useTemplateTags();

  if (!customer.acceptsMessages) {
    return (
      <p className="rounded-2xl bg-amber-100 p-4 text-lg text-amber-900">
        {t('compose.refuses', { name: customer.firstName })}
      </p>
    );
  }

  const product = products?.find((p) => p.id === productId);
  const template =
    kind === 'libre' ? '' : templateText(kind, settings.templates, settings.language);
  const values = {
    ...sellerValues(settings),
    ...(product ? productValues(product, settings.language) : {}),
    prenom: customer.firstName,
    quantite:
      quantity.trim() && product
        ? `${quantity.trim()} ${product.unit}`
        : quantity.trim() || undefined,
    motif: motif.trim() || undefined,
  };
  const text = edited ?? fillTemplate(template, values, settings.language);
  const missing = missingPlaceholders(text, values);
  const link = contactLink(channelOf(customer), customer.phone, text);
  const needsProduct = template.includes('{produit}') || template.includes('{arrivage}');
  const draft = { customerId: customer.id, kind, text, productId: product?.id };
  // A call needs no text to be valid, but the seller still reads the message before calling.
  const ready = missing.length === 0 && (link.ok || link.reason === 'no-number');

  const choose = (next: OutboxKind) => {
    setKind(next);
    setEdited(null);
  };

  return (
    <div className="flex flex-col gap-4">
      <fieldset>
        <legend className="mb-1 text-base font-semibold">{t('compose.template')}</legend>
        <div className="flex flex-wrap gap-2">
          {KINDS.map((k) => (
            <button
              key={k}
              type="button"
              aria-pressed={kind === k}
              onClick={() => choose(k)}
              className={`min-h-12 rounded-full border-2 px-4 text-base font-semibold ${
                kind === k
                  ? 'border-brand-700 bg-brand-100 text-brand-800'
                  : 'border-stone-200 bg-white text-stone-700'
              }`}
            >
              {t(`outbox.kind.${k}`)}
            </button>
          ))}
        </div>
      </fieldset>
      {needsProduct && edited === null && (
        <SelectField
          label={t('compose.product')}
          value={productId}
          onChange={(e) => setProductId(e.target.value)}
        >
          <option value="">{t('compose.chooseProduct')}</option>
          {products?.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </SelectField>
      )}
      {template.includes('{quantite}') && edited === null && (
        <TextField
          label={t('compose.quantity')}
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          inputMode="decimal"
        />
      )}
      {template.includes('{motif}') && edited === null && (
        <TextField
          label={t('compose.motif')}
          hint={t('compose.motifHint')}
          value={motif}
          onChange={(e) => setMotif(e.target.value)}
        />
      )}
      <TemplateEditor
        label={t('compose.text')}
        value={text}
        tags={tags}
        error={
          message('text') ??
          (!link.ok && link.reason === 'too-long'
            ? t('outbox.tooLong', { max: MESSAGE_MAX })
            : undefined)
        }
        onChange={(value) => {
          setEdited(value);
          clear('text');
        }}
      />
      {missing.length > 0 && (
        <p className="font-semibold text-amber-800">
          {t('compose.missing', { names: missing.map((m) => tags[m] ?? m).join(', ') })}
        </p>
      )}
      <SendAction
        customer={customer}
        text={text}
        ready={missing.length === 0}
        onOpen={(via) => {
          // The link opens the app by itself; the outbox then asks "Envoyé ?".
          void run(async () => {
            await recordOpenedNow(db, draft, via);
            navigate('/messages', { replace: true });
          });
        }}
      />
      <Button
        variant="secondary"
        icon="message"
        disabled={!ready || busy}
        onClick={() =>
          void run(async () => {
            await queueMessages(db, [draft]);
            showToast({ text: t('outbox.queued.one', { n: 1 }), tone: 'success' });
            navigate('/messages', { replace: true });
          })
        }
      >
        {t('compose.queue')}
      </Button>
    </div>
  );
}
