/** French strings of sync (Réglages → Synchronisation): two phones, one notebook. */
const sync = {
  // Title of the sync screen, of its section in Réglages, and the product's word for the feature.
  'sync.title': 'Synchronisation',
  // Sync screen, first paragraph, before sync is on: what it does and where the three things come from.
  'sync.intro':
    "Deux téléphones, un seul carnet : ce que vous notez ici va aussi sur vos autres téléphones dès qu'il y a du réseau. La coopérative vous donne les trois informations ci-dessous.",
  // Field label: the address of the seller's notebook on the cooperative's server.
  'sync.url': 'Adresse du carnet',
  // Hint under the address field: an example address (keep it as is).
  'sync.urlHint': 'Par exemple https://coop.example.org/db/assoh-awa',
  // Field label: the user name given by the cooperative.
  'sync.username': 'Identifiant',
  // Field label: the password given by the cooperative.
  'sync.password': 'Mot de passe',
  // The button that turns sync on with the three things typed above.
  'sync.enable': 'Activer',
  // Réglages, sync section: the button that opens the sync screen.
  'sync.open': 'Ouvrir',
  // Button on a new phone: read the QR code shown by the first phone, with the camera.
  'sync.scan': "Scanner le code d'un autre téléphone",
  // Under the scan button: where the first phone shows its code.
  'sync.scanWhere': 'Sur l’autre téléphone : Réglages → Synchronisation → Ajouter un téléphone.',
  // Shown while the camera looks for the code.
  'sync.scanning': 'Montrez le code à la caméra…',
  // Stops the camera without reading a code.
  'sync.scanStop': 'Arrêter',
  // Message once a code was read: the three fields are now filled in.
  'sync.scanFilled': 'Code lu. Vérifiez, puis touchez « Activer ».',
  // Message when the camera read a QR code that is not Assoh's.
  'sync.scanForeign': "Ce code n'est pas un code de synchronisation Assoh.",
  // Message when the camera could not be opened (refused or absent).
  'sync.cameraRefused': "La caméra n'est pas disponible : tapez les trois informations.",

  // Status line: sync is off.
  'sync.status.off': 'Désactivée',
  // Status line: a round is going on now.
  'sync.status.syncing': 'Synchronisation en cours…',
  // Status line: last complete exchange today. {time}: e.g. "14:32".
  'sync.status.synced': 'Synchronisé à {time}',
  // Status line: last complete exchange before today. {date}: e.g. "3 nov.", {time}: e.g. "14:32".
  'sync.status.syncedOn': 'Synchronisé le {date} à {time}',
  // Status line: no signal; the phone will exchange once signal returns.
  'sync.status.offline': 'En attente du réseau',
  // Status line: the server refused the identifiant and mot de passe.
  'sync.status.unauthorized': 'Identifiant ou mot de passe incorrect',
  // Status line: the identifiant is right but this notebook is not hers.
  'sync.status.forbidden': "Cet identifiant n'a pas accès à ce carnet",
  // Status line: no notebook at the address typed.
  'sync.status.notFound': "Aucun carnet à cette adresse : vérifiez l'adresse",
  // Status line: the server did not answer; the app tries again by itself.
  'sync.status.unreachable': 'Serveur injoignable : nouvel essai dans quelques minutes',
  // Status line: amounts in two currencies cannot mix. {server}, {phone}: currencies, e.g. "FCFA", "MAD".
  'sync.status.currency':
    "Le carnet du serveur compte en {server}, ce téléphone en {phone} : rien n'a été échangé",
  // Status line: the phone's storage is full.
  'sync.status.full': 'Téléphone plein : synchronisation arrêtée',
  // Status line: any other failure; the app tries again by itself.
  'sync.status.failed': 'La synchronisation a échoué : nouvel essai dans quelques minutes',
  // Under the status line. {n}: 1 record from a newer app that this phone cannot read.
  'sync.skipped.one': "{n} fiche du serveur n'a pas pu être lue : mettez l'application à jour.",
  // Under the status line. {n}: how many records this phone cannot read.
  'sync.skipped.other':
    "{n} fiches du serveur n'ont pas pu être lues : mettez l'application à jour.",
  // Under the status line when the server refused the identifiant, the password or the address: the app stops trying by itself.
  'sync.fix': 'Plus aucun essai automatique. Corrigez, puis touchez « Activer ».',
  // Button under a refusal: try once more with the same three (e.g. once the cooperative has fixed the account).
  'sync.retry': 'Réessayer',
  // Sync screen, once on: which notebook and which identifiant. {url}: the address; {username}: the identifiant.
  'sync.account': '{url} · {username}',
  // Button: start a round now instead of waiting.
  'sync.now': 'Synchroniser maintenant',
  // Button: show the QR code a second phone scans.
  'sync.addPhone': 'Ajouter un téléphone',
  // Above the QR code: what to do on the new phone, and a warning that the code holds the password.
  'sync.qrIntro':
    "Sur le nouveau téléphone : Réglages → Synchronisation → Scanner le code. Ce code contient le mot de passe : ne le montrez qu'à vos téléphones.",
  // Accessible name of the QR code image.
  'sync.qrLabel': 'Code de synchronisation',
  // Button: hide the QR code again.
  'sync.qrHide': 'Masquer le code',
  // Button: turn sync off.
  'sync.disable': 'Désactiver',
  // Confirmation title before turning sync off.
  'sync.disableTitle': 'Désactiver la synchronisation ?',
  // Confirmation text: turning off keeps everything on this phone.
  'sync.disableBody':
    'Tout reste sur ce téléphone. Ce que vous noterez ne sera plus partagé avec vos autres téléphones.',
  // Message after sync was turned off.
  'sync.disabled': 'Synchronisation désactivée. Tout est resté sur ce téléphone.',

  // Error beside the address field: not an address of a notebook.
  'sync.errorAddress':
    "Cette adresse n'est pas valable : recopiez celle de la coopérative (https://…/db/…).",
  // Error beside the address field: the address holds a password.
  'sync.errorAddressSecret': "N'écrivez pas le mot de passe dans l'adresse : il a sa propre case.",
  // Error beside the address field: another server than the app's. {origin}: the app's own, e.g. "https://coop.example.org".
  'sync.errorAddressOrigin': 'Cette application ne joint que son propre serveur : {origin}/db/…',
  // Error beside the identifiant field: empty.
  'sync.errorUsername': "Écrivez l'identifiant donné par la coopérative.",
  // Error beside the password field: empty.
  'sync.errorPassword': 'Écrivez le mot de passe donné par la coopérative.',
};

export default sync;
