import type fr from '../fr/sync';
import type { Translation } from '../translation';

export default {
  'sync.title': 'Sync',
  'sync.intro':
    'Two phones, one notebook: what you note here also goes to your other phones as soon as there is signal. The cooperative gives you the three things below.',
  'sync.url': 'Notebook address',
  'sync.urlHint': 'For example https://coop.example.org/db/assoh-awa',
  'sync.username': 'Username',
  'sync.password': 'Password',
  'sync.enable': 'Turn on',
  'sync.open': 'Open',
  'sync.scan': 'Scan the code of another phone',
  'sync.scanWhere': 'On the other phone: Settings → Sync → Add a phone.',
  'sync.scanning': 'Show the code to the camera…',
  'sync.scanStop': 'Stop',
  'sync.scanFilled': 'Code read. Check, then tap “Turn on”.',
  'sync.scanForeign': 'This code is not an Assoh sync code.',
  'sync.cameraRefused': 'The camera is not available: type the three things.',

  'sync.status.off': 'Off',
  'sync.status.syncing': 'Syncing…',
  'sync.status.synced': 'Synced at {time}',
  'sync.status.syncedOn': 'Synced on {date} at {time}',
  'sync.status.offline': 'Waiting for signal',
  'sync.status.unauthorized': 'Wrong username or password',
  'sync.status.forbidden': 'This username has no access to this notebook',
  'sync.status.notFound': 'No notebook at this address: check the address',
  'sync.status.unreachable': 'Server out of reach: trying again in a few minutes',
  'sync.status.currency':
    'The server’s notebook counts in {server}, this phone in {phone}: nothing was exchanged',
  'sync.status.full': 'Phone full: sync stopped',
  'sync.status.failed': 'Sync failed: trying again in a few minutes',
  'sync.skipped.one': '{n} record from the server could not be read: update the app.',
  'sync.skipped.other': '{n} records from the server could not be read: update the app.',
  'sync.fix': 'No more automatic tries. Correct it, then tap “Turn on”.',
  'sync.retry': 'Try again',
  'sync.account': '{url} · {username}',
  'sync.now': 'Sync now',
  'sync.addPhone': 'Add a phone',
  'sync.qrIntro':
    'On the new phone: Settings → Sync → Scan the code. This code holds the password: show it only to your own phones.',
  'sync.qrLabel': 'Sync code',
  'sync.qrHide': 'Hide the code',
  'sync.disable': 'Turn off',
  'sync.disableTitle': 'Turn sync off?',
  'sync.disableBody':
    'Everything stays on this phone. What you note from now on will no longer be shared with your other phones.',
  'sync.disabled': 'Sync turned off. Everything stayed on this phone.',

  'sync.errorAddress':
    'This address is not valid: copy the cooperative’s exactly (https://…/db/…).',
  'sync.errorAddressSecret': 'Do not write the password in the address: it has its own box.',
  'sync.errorAddressOrigin': 'This app only reaches its own server: {origin}/db/…',
  'sync.errorUsername': 'Write the username the cooperative gave you.',
  'sync.errorPassword': 'Write the password the cooperative gave you.',
} satisfies Translation<typeof fr>;
