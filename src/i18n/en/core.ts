import type fr from '../fr/core';
import type { Translation } from '../translation';

export default {
  'app.name': 'Assoh',
  'app.loading': 'Loading…',
  'app.tagline': "The market seller's customer notebook",

  'nav.home': 'Home',
  'nav.customers': 'Customers',
  'nav.sale': 'Sale',
  'nav.messages': 'Messages',
  'nav.more': 'More',
  'nav.main': 'Main navigation',
  'nav.back': 'Back',

  'net.offline': 'Offline',
  'net.online': 'Online',
  'net.offlineShort': 'everything stays on the phone.',

  'pwa.offlineReady': 'Ready to work offline',
  'pwa.updateReady': 'New version available',
  'pwa.reload': 'Reload',
  'pwa.later': 'Later',
  'pwa.install': 'Install the app',
  'pwa.installHint': 'Add Assoh to your home screen to open it with no connection.',
  'pwa.otherTab':
    'Assoh was updated in another tab. Reload this page to carry on without losing anything.',

  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.delete': 'Delete',
  'common.edit': 'Edit',
  'common.close': 'Close',
  'common.confirm': 'Confirm',
  'common.optional': 'optional',
  'common.yes': 'Yes',
  'common.no': 'No',
  'common.undo': 'Undo',
  'common.saved': 'Saved',
  'common.error': 'Something went wrong. Nothing was changed.',
  'common.quotaExceeded':
    'The phone is full: nothing was saved. Free some space (photos, videos) and try again.',

  'setup.title': 'Welcome to Assoh',
  'setup.intro':
    'A few details to get started. Everything stays on your phone and can be changed later in Settings.',
  'setup.sellerName': 'Your name',
  'setup.sellerNameHint': 'Your messages are signed with it: "Mama Awa", "Koffi Vegetables"…',
  'setup.sellerPhone': 'Your WhatsApp number',
  'setup.country': 'Country',
  'setup.currency': 'Currency: {currency}',
  'setup.marketName': 'Market name',
  'setup.marketNameHint': 'For example: Treichville',
  'setup.marketDay': 'Market day',
  'setup.language': 'Language',
  'setup.start': 'Start',
  'setup.restore': 'New phone? Restore a backup',
  'setup.restoreHint':
    'Choose the backup file sent from your old phone (for example on WhatsApp). Your customers, sales and settings come back as they were.',
  'setup.errorName': 'Enter your name.',
  'setup.errorMarket': 'Enter the name of the market.',

  'day.0': 'Sunday',
  'day.1': 'Monday',
  'day.2': 'Tuesday',
  'day.3': 'Wednesday',
  'day.4': 'Thursday',
  'day.5': 'Friday',
  'day.6': 'Saturday',
  'day.every': 'every day',

  'phone.errorInvalid': 'This is not a valid number for {code}. Check the digits.',
  'phone.errorShort': 'This number is too short. Some digits are missing.',
  'phone.errorLong': 'This number is too long. There are extra digits.',
  'phone.hint': 'No country code needed for {country} ({code}); start with + for another country.',

  'form.tooLong': 'This text is too long ({max} characters at most).',
  'form.invalidChoice': 'Choose from the list.',

  'home.title': 'Today',
  'home.hello': 'Hello {name}',
  'home.salesToday': "Today's sales",
  'home.giftsToday': "Today's gifts",
  'home.recent': 'Seen recently',
  'home.noRecent': 'The customers you serve will show here.',

  'more.title': 'More',
  'settings.title': 'Settings',
  'settings.seller': 'You and your market',
  'settings.saved': 'Settings saved',
  'settings.saveSeller': 'Save my details',
  'settings.storage': 'Your data',
  'settings.persisted': "Your data stays on this phone: the browser won't delete it on its own.",
  'settings.notPersisted': 'If the phone runs out of space, the browser could delete your data.',
  'settings.keepData': 'Keep my data on this phone',
  'settings.keepDataRefused':
    'The browser said no for now. Install the app, then try again; until then, make backups.',
  'settings.usage': 'Space used: {used}',
  'settings.language': 'Language',

  'backup.reminderAction': 'Backup due',
  'backup.reminderLater': 'Tomorrow',
  'backup.reminderLaterLabel': 'Remind me tomorrow',
  'backup.dbBlocked':
    'Assoh is open in another tab with an older version. Close that tab to carry on.',

  'outbox.backOnline.one': 'Back online: {n} message ready to send.',
  'outbox.backOnline.other': 'Back online: {n} messages ready to send.',
  'outbox.see': 'See',

  'customers.createNamed': 'Add "{name}"',
  'customers.new': 'New customer',
  'customers.noMatch': 'No results for "{query}".',
  'customers.searchLabel': 'Find a customer',
  'customers.searchPlaceholder': 'Name, area or number…',
  'home.today': 'Today',
  'home.salesCount.one': '{n} sale',
  'home.salesCount.other': '{n} sales',
  'home.giftsCount.one': '{n} gift',
  'home.giftsCount.other': '{n} gifts',
  'home.newSale': 'New sale',
  'home.saleFor': 'Sale for {name}',

  'error.title': 'Something went wrong',
  'error.body': 'This screen could not be shown. Your customers and sales are still on the phone.',
  'error.reload': 'Reload',
  'error.backup': 'Make a backup',

  'pwa.insecure':
    'Insecure address (http): Assoh will not work without a network and cannot make backups. Ask for the address starting with https://.',
  'nav.credits': 'Credits',
  'home.creditDue': 'To collect today',
  'home.creditDueCount.one': '{n} customer',
  'home.creditDueCount.other': '{n} customers',
  'home.creditDebtors.one': '{n} customer owes money',
  'home.creditDebtors.other': '{n} customers owe money',
} satisfies Translation<typeof fr>;
