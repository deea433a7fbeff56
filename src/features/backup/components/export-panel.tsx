import { useState } from 'react';
import { db } from '../../../db/db';
import { useT } from '../../../i18n';
import { isoDate } from '../../../lib/dates';
import { Button } from '../../../ui/button';
import { Checkbox } from '../../../ui/field';
import { reportError } from '../../../ui/form-errors';
import { useSettings } from '../../../ui/settings-context';
import { customersCsv, profileLabel, salesCsv, type CsvLabels } from '../csv';
import { creditCsv } from '../csv-credit';
import { listCreditEntriesForExport, listCustomersForExport, listSalesForExport } from '../queries';
import { downloadFile } from '../../../pwa/share';

/** Exporter (CSV): customers, sales and the credit book for a spreadsheet, downloaded. */
export function ExportPanel() {
  const t = useT();
  const settings = useSettings();
  // French Excel reads ";" with decimal commas: the default for a French-speaking seller, and
  // for an Arabic-speaking one (spreadsheets in the Maghreb are mostly set up in French).
  const [semicolon, setSemicolon] = useState(settings.language !== 'en');
  const [busy, setBusy] = useState(false);
  const common = {
    yes: t('backup.csv.yes'),
    no: t('backup.csv.no'),
    passing: t('backup.csv.passing'),
    profile: profileLabel(t),
  };

  const save = (name: string, text: string) =>
    downloadFile(
      new File([text], `assoh-${name}-${isoDate(Date.now())}.csv`, {
        type: 'text/csv;charset=utf-8',
      }),
    );

  const run = async (what: 'customers' | 'sales' | 'credits') => {
    setBusy(true);
    try {
      const customers = await listCustomersForExport(db);
      if (what === 'customers') {
        const labels: CsvLabels = {
          ...common,
          header: (
            [
              'firstName',
              'nickname',
              'phone',
              'area',
              'recommendedBy',
              'profile',
              'notes',
              'acceptsMessages',
              'createdAt',
              'lastSeenAt',
            ] as const
          ).map((k) => t(`backup.csv.${k}`)),
        };
        save('clients', customersCsv(customers, labels, { semicolon }));
      } else if (what === 'credits') {
        const header = (
          [
            'date',
            'customer',
            'entryKind',
            'amount',
            'way',
            'due',
            'note',
            'state',
            'balance',
            'saleId',
            'entryId',
          ] as const
        ).map((k) => t(`backup.csv.${k}`));
        const text = creditCsv(
          await listCreditEntriesForExport(db),
          new Map(customers.map((c) => [c.id, c])),
          settings.currency,
          {
            header,
            kind: (k) => t(`credit.kind.${k}`),
            way: (w) => t(`credit.way.${w}`),
            counts: t('backup.csv.counts'),
            corrected: (day) => t('credit.correctedOn', { day }),
            voided: (day) => t('credit.voidedOn', { day }),
          },
          { semicolon },
        );
        save('credits', text);
      } else {
        const labels: CsvLabels = {
          ...common,
          header: (
            [
              'date',
              'customer',
              'product',
              'quantity',
              'unit',
              'unitPrice',
              'amount',
              'saleTotal',
              'saleId',
            ] as const
          ).map((k) => t(`backup.csv.${k}`)),
        };
        const byId = new Map(customers.map((c) => [c.id, c]));
        save(
          'ventes',
          salesCsv(await listSalesForExport(db), byId, settings.currency, labels, { semicolon }),
        );
      }
    } catch (error) {
      reportError(t, error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex flex-col gap-3 rounded-2xl bg-white p-4 shadow-sm">
      <p className="text-base text-stone-700">{t('backup.csvIntro')}</p>
      <Checkbox label={t('backup.csvSemicolon')} checked={semicolon} onChange={setSemicolon} />
      <Button
        variant="secondary"
        icon="users"
        disabled={busy}
        onClick={() => void run('customers')}
      >
        {t('backup.csvCustomers')}
      </Button>
      <Button variant="secondary" icon="basket" disabled={busy} onClick={() => void run('sales')}>
        {t('backup.csvSales')}
      </Button>
      <Button variant="secondary" icon="wallet" disabled={busy} onClick={() => void run('credits')}>
        {t('backup.csvCredits')}
      </Button>
    </div>
  );
}
