import { useEffect, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../db/db';
import { useT, useTn } from '../../../i18n';
import { shareOrDownload } from '../../../pwa/share';
import { Button, buttonClass } from '../../../ui/button';
import { reportError } from '../../../ui/form-errors';
import { Icon } from '../../../ui/icon';
import { EmptyState, Screen } from '../../../ui/screen';
import { useSettings } from '../../../ui/settings-context';
import { showToast } from '../../../ui/store';
import { useObjectUrl } from '../../../ui/use-object-url';
import { useFormattedPhone } from '../../../ui/use-phone';
import { customerLedger, getCustomerForCredit } from '../queries/ledger';
import { statementFileName, statementSpec } from '../statement/spec';
import { STATEMENT_WIDTH } from '../statement/layout';
import { statementHeight } from '../statement/render';
import { renderStatementImage } from '../statement/statement-client';

/**
 * /clients/:id/releve: her statement as an image (her entries, the running balance, what she
 * owes, the seller's name and number), drawn as the screen opens, then shared or saved.
 */
export default function StatementScreen() {
  const t = useT();
  const tn = useTn();
  const settings = useSettings();
  const { id = '' } = useParams();
  const customer = useLiveQuery(() => getCustomerForCredit(db, id), [id]);
  const ledger = useLiveQuery(() => customerLedger(db, id), [id]);
  const phone = useFormattedPhone(settings.sellerPhone, settings.country);
  const [now] = useState(() => Date.now());
  const waitingPhone = Boolean(settings.sellerPhone) && !phone;
  const spec = useMemo(
    () =>
      customer && ledger && !waitingPhone
        ? statementSpec({ t, plural: tn, settings, phone, customer, ledger, now })
        : null,
    // t and tn change with the language only, as settings do.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [customer, ledger, waitingPhone, phone, settings, now],
  );
  const height = useMemo(() => (spec ? statementHeight(spec) : null), [spec]);
  const [image, setImage] = useState<{ file: File; width: number; height: number } | null>(null);
  useEffect(() => {
    if (!spec || !customer) return;
    let live = true;
    renderStatementImage(spec).then(
      (r) =>
        live &&
        setImage({
          file: new File([r.blob], statementFileName(customer.firstName, now), {
            type: 'image/png',
          }),
          width: r.width,
          height: r.height,
        }),
      (error: unknown) => live && reportError(t, error),
    );
    return () => {
      live = false;
    };
    // Drawn again only when its words change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [spec]);
  const url = useObjectUrl(image?.file);
  const back = { label: t('nav.back'), to: `/clients/${id}` };

  if (customer === null)
    return (
      <Screen title={t('credit.statement')} back={back}>
        <EmptyState title={t('customers.notFound')} />
      </Screen>
    );

  return (
    <Screen
      title={customer ? t('credit.statementFor', { name: customer.firstName }) : ''}
      back={back}
    >
      <p className="text-base text-stone-700">{t('credit.statementIntro')}</p>
      {/* Drawn whole once her entries are read: its room is then known, and nothing moves. */}
      {height !== null && (
        <>
          {/* The picture's own proportions (a long statement scrolls inside half the screen). */}
          <div
            className="mx-auto flex max-h-[50dvh] w-full items-start justify-center overflow-y-auto rounded-2xl bg-white shadow-md"
            style={{ aspectRatio: `${STATEMENT_WIDTH} / ${height}` }}
          >
            {image && url ? (
              <img
                src={url}
                alt={t('credit.statementAlt', { name: customer?.firstName ?? '' })}
                width={image.width}
                height={image.height}
                className="h-auto w-full"
              />
            ) : (
              <p
                aria-busy="true"
                className="flex h-full items-center justify-center p-4 text-center text-lg font-semibold text-stone-700"
              >
                {t('credit.statementDrawing')}
              </p>
            )}
          </div>
          <Button
            icon="share"
            disabled={!image}
            onClick={() => {
              if (!image) return;
              shareOrDownload(image.file, {
                title: t('credit.statementTitle'),
                text: t('credit.statementFor', { name: customer?.firstName ?? '' }),
              }).then(
                (outcome) =>
                  outcome === 'downloaded' &&
                  showToast({ text: t('credit.statementSaved'), tone: 'success' }),
                (error) => reportError(t, error),
              );
            }}
          >
            {t('credit.statementShare')}
          </Button>
          <a
            href={url}
            download={image?.file.name}
            aria-disabled={!image}
            onClick={() => showToast({ text: t('credit.statementSaved'), tone: 'success' })}
            className={buttonClass('secondary', image ? '' : 'pointer-events-none opacity-60')}
          >
            <Icon name="download" />
            {t('credit.statementSave')}
          </a>
        </>
      )}
    </Screen>
  );
}
