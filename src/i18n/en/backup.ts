import type fr from '../fr/backup';
import type { Translation } from '../translation';

export default {
  'backup.title': 'Backup',
  'backup.intro':
    'Your customers are only on this phone. Send the backup to yourself on WhatsApp: if the phone is lost, you get everything back.',
  'backup.create': 'Make a backup',
  'backup.includePhotos': 'With the photos (bigger file)',
  'backup.creating': 'Preparing the backup…',
  'backup.shared': 'Backup sent. Keep this file safe.',
  'backup.downloaded': 'Backup saved in Downloads.',
  'backup.shareTitle': 'Assoh backup',
  'backup.shareText': 'Assoh backup from {date}. Keep this file safe.',
  'backup.never': 'No backup yet.',
  'backup.lastToday': 'Last backup today',
  'backup.lastYesterday': 'Last backup yesterday',
  'backup.lastDays': 'Last backup {n} days ago',

  'backup.customers.one': '{n} customer',
  'backup.customers.other': '{n} customers',
  'backup.sales.one': '{n} sale',
  'backup.sales.other': '{n} sales',
  'backup.gifts.one': '{n} gift',
  'backup.gifts.other': '{n} gifts',
  'backup.products.one': '{n} product',
  'backup.products.other': '{n} products',

  'backup.restoreTitle': 'Restore',
  'backup.restoreIntro': 'Choose an Assoh backup file (assoh-sauvegarde-….json).',
  'backup.chooseFile': 'Choose a file',
  'backup.reading': 'Checking the file…',
  'backup.previewTitle': 'This file holds',
  'backup.previewRange': 'from {from} to {to}',
  'backup.previewMade': 'Backup made on {date}',
  'backup.photosOmitted': 'Without the photos.',
  'backup.replace': 'Replace my data',
  'backup.replaceHint':
    'The phone will hold exactly what is in the file. Your current data is saved in an automatic copy first.',
  'backup.merge': 'Add to the notebook',
  'backup.mergeHint':
    'Keeps your data and adds what is in the file. Where both have the same record, the most recent one is kept; a deleted record stays deleted unless it changed since.',
  'backup.confirmReplaceTitle': 'Replace all your data?',
  'backup.confirmReplaceBody':
    'What is on the phone ({customers}, {sales}) will be replaced by the file. An automatic copy is kept first.',
  'backup.confirmReplace': 'Yes, replace',
  'backup.restoring': 'Restoring…',
  'backup.restored': 'Restore finished: {customers}, {sales}.',
  'backup.merged': 'Done: {added} records added, {updated} updated, {deleted} deleted.',
  'backup.otherFile': 'Choose another file',

  'backup.safetyTitle': 'Automatic copies',
  'backup.safetyItem': 'Copy from {date}: {customers}, {sales}',
  'backup.safetyRestore': 'Restore this copy',

  'backup.csvTitle': 'Export (CSV)',
  'backup.advanced': 'Advanced',
  'backup.csvIntro': 'To open your customers and sales in a spreadsheet.',
  'backup.csvSemicolon': 'For Excel in French (semicolons)',
  'backup.csvCustomers': 'Export customers',
  'backup.csvSales': 'Export sales',
  'backup.csvCredits': 'Export credits',
  'backup.csv.firstName': 'First name',
  'backup.csv.nickname': 'Nickname',
  'backup.csv.phone': 'WhatsApp number',
  'backup.csv.area': 'Neighbourhood / village',
  'backup.csv.recommendedBy': 'Recommended by',
  'backup.csv.profile': 'Profile',
  'backup.csv.notes': 'Notes',
  'backup.csv.acceptsMessages': 'Accepts messages',
  'backup.csv.createdAt': 'Added on',
  'backup.csv.lastSeenAt': 'Last visit',
  'backup.csv.date': 'Date',
  'backup.csv.customer': 'Customer',
  'backup.csv.product': 'Product',
  'backup.csv.quantity': 'Quantity',
  'backup.csv.unit': 'Unit',
  'backup.csv.unitPrice': 'Price',
  'backup.csv.amount': 'Amount',
  'backup.csv.saleTotal': 'Sale total',
  'backup.csv.saleId': 'Sale no.',
  'backup.csv.entryKind': 'Type',
  'backup.csv.way': 'Way',
  'backup.csv.due': 'Will pay on',
  'backup.csv.note': 'Note',
  'backup.csv.state': 'State',
  'backup.csv.balance': 'Balance',
  'backup.csv.entryId': 'Entry no.',
  'backup.csv.counts': 'counts',
  'backup.csv.passing': 'Walk-in customer',
  'backup.csv.yes': 'yes',
  'backup.csv.no': 'no',

  'backup.errorEmpty': 'This file is empty. Nothing was changed.',
  'backup.errorDamaged':
    'This file is damaged or incomplete: it cannot be restored. Nothing was changed.',
  'backup.errorForeign':
    'This file is not an Assoh backup. Choose an assoh-sauvegarde-….json file. Nothing was changed.',
  'backup.errorNewer':
    'This file comes from a newer version of Assoh. Update the app, then try again. Nothing was changed.',
  'backup.errorChecksum':
    'This file has been changed or damaged since the backup was made: it cannot be restored. Nothing was changed.',
  'backup.errorTooBig': 'This file is too big for an Assoh backup. Nothing was changed.',
  'backup.errorRecord.settings':
    'The file’s settings cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.customers':
    'Customer no. {n} in the file cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.products':
    'Product no. {n} in the file cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.sales':
    'Sale no. {n} in the file cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.gifts':
    'Gift no. {n} in the file cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.reservations':
    'Reservation no. {n} in the file cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.outbox':
    'Message no. {n} in the file cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.photos':
    'Photo no. {n} in the file cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.tombstones':
    'Deletion no. {n} in the file cannot be read ({field}). Nothing was changed.',
  'backup.errorRecord.creditEntries':
    'Credit entry {n} of the file cannot be read ({field}). Nothing was changed.',
  'backup.shareFailed': "Sharing didn't work: the file was downloaded instead.",

  'backup.settingsOpen': 'Back up or restore',
  'backup.errorCurrency':
    'This file counts in {file} and your notebook in {mine}: it cannot be added, the amounts would change meaning. “Replace my data” takes the file with its currency. Nothing was changed.',
  'backup.errorFuture':
    'This file holds a date in the future (record {n}, {field}): the clock of the phone that made it was wrong. Nothing was changed.',
  'backup.errorInsecure':
    'No backup on an insecure (http) address. Open Assoh at its https:// address.',
  'backup.previewDropped':
    '{n} records point at a customer or sale that is missing: they will be left out.',
  'backup.planning': 'Working out what will change…',
  'backup.planTitle': 'Add to the notebook:',
  'backup.plan.added': 'New records: {n}',
  'backup.plan.updated': 'Records updated (newer in the file): {n}',
  'backup.plan.deleted': 'Records deleted (since removed on the other phone): {n}',
  'backup.plan.kept': 'Already up to date here: {n}',
  'backup.plan.dropped': 'Left out (customer or sale not found): {n}',
  'backup.planNothing': 'Nothing new: your notebook already holds all of this file.',
  'backup.planHint':
    'Your settings do not change. An automatic copy of the notebook is kept first.',
  'backup.planConfirm': 'Yes, add',
} satisfies Translation<typeof fr>;
