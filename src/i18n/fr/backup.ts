/** French strings of backups, restore, CSV export and storage. */
const backup = {
  // Title of the backup screen, its line in "Plus" and its section in the settings.
  'backup.title': 'Sauvegarde',
  // Backup screen, first paragraph: why to send oneself a backup.
  'backup.intro':
    'Vos clients sont seulement sur ce téléphone. Envoyez-vous la sauvegarde sur WhatsApp : si le téléphone est perdu, vous retrouvez tout.',
  // Backup screen: the main button that makes the backup file.
  'backup.create': 'Créer une sauvegarde',
  // Backup screen: a tick box to put the product photos in the file too.
  'backup.includePhotos': 'Avec les photos (fichier plus lourd)',
  // Backup screen: the main button's words while the file is being made.
  'backup.creating': 'Préparation de la sauvegarde…',
  // Message after the backup file was shared (e.g. sent on WhatsApp).
  'backup.shared': 'Sauvegarde envoyée. Gardez bien ce fichier.',
  // Message after the backup file was saved in the phone's Downloads folder.
  'backup.downloaded': 'Sauvegarde enregistrée dans Téléchargements.',
  // Title of the backup file in the phone's share sheet.
  'backup.shareTitle': 'Sauvegarde Assoh',
  // Text sent with the backup file. {date}: the day it was made, e.g. "3 novembre 2026".
  'backup.shareText': 'Sauvegarde Assoh du {date}. Gardez ce fichier.',
  // Backup screen and settings: no backup was made yet.
  'backup.never': 'Aucune sauvegarde pour le moment.',
  // Backup screen and settings: the last backup was made today.
  'backup.lastToday': "Dernière sauvegarde aujourd'hui",
  // Backup screen and settings: the last backup was made yesterday.
  'backup.lastYesterday': 'Dernière sauvegarde hier',
  // Backup screen and settings. {n}: days since the last backup (2 or more).
  'backup.lastDays': 'Dernière sauvegarde il y a {n} jours',

  // A count in the restore screen ("Ce fichier contient…"). {n}: 1.
  'backup.customers.one': '{n} client',
  // A count in the restore screen. {n}: how many customers.
  'backup.customers.other': '{n} clients',
  // A count in the restore screen. {n}: 1.
  'backup.sales.one': '{n} vente',
  // A count in the restore screen. {n}: how many sales.
  'backup.sales.other': '{n} ventes',
  // A count in the restore screen. {n}: 1.
  'backup.gifts.one': '{n} cadeau',
  // A count in the restore screen. {n}: how many gifts.
  'backup.gifts.other': '{n} cadeaux',
  // A count in the restore screen. {n}: 1.
  'backup.products.one': '{n} produit',
  // A count in the restore screen. {n}: how many products.
  'backup.products.other': '{n} produits',

  // Backup screen: heading of the section that brings a backup file back.
  'backup.restoreTitle': 'Restaurer',
  // Restore section: which file to choose (the file name stays as is).
  'backup.restoreIntro': 'Choisissez un fichier de sauvegarde Assoh (assoh-sauvegarde-….json).',
  // Restore section: the button that opens the phone's file chooser.
  'backup.chooseFile': 'Choisir un fichier',
  // Restore section: the button's words while the chosen file is checked.
  'backup.reading': 'Vérification du fichier…',
  // Restore section: heading of what the chosen file holds.
  'backup.previewTitle': 'Ce fichier contient',
  // Restore preview, after the counts: the dates of the first and last sale. {from}, {to}: dates, e.g. "3 mars".
  'backup.previewRange': 'du {from} au {to}',
  // Restore preview: when the backup was made. {date}: e.g. "3 novembre 2026".
  'backup.previewMade': 'Sauvegarde du {date}',
  // Restore preview: the file was made without the photos.
  'backup.photosOmitted': 'Sans les photos.',
  // Restore preview: a red button that replaces everything on the phone with the file.
  'backup.replace': 'Remplacer mes données',
  // Under "Remplacer mes données": what replacing does.
  'backup.replaceHint':
    "Le téléphone reprend exactement le contenu du fichier. Vos données actuelles sont d'abord gardées dans une copie automatique.",
  // Restore preview: a button that adds the file's records to those on the phone.
  'backup.merge': 'Ajouter au carnet',
  // Under "Ajouter au carnet": what adding does.
  'backup.mergeHint':
    'Garde vos données et ajoute celles du fichier. Pour une même fiche, la plus récente gagne ; une fiche supprimée reste supprimée si elle n’a pas changé depuis.',
  // Title of the question asked before replacing.
  'backup.confirmReplaceTitle': 'Remplacer toutes vos données ?',
  // Text of the question asked before replacing. {customers}, {sales}: counts, e.g. "12 clients", "40 ventes".
  'backup.confirmReplaceBody':
    'Ce qui est sur le téléphone ({customers}, {sales}) sera remplacé par le fichier. Une copie automatique est gardée avant.',
  // Red button of the question: yes, replace.
  'backup.confirmReplace': 'Oui, remplacer',
  // Restore section: shown above the progress bar while the file is written.
  'backup.restoring': 'Restauration en cours…',
  // Message when the replace is done. {customers}, {sales}: counts, e.g. "12 clients", "40 ventes".
  'backup.restored': 'Restauration terminée : {customers}, {sales}.',
  // Message when adding is done. {added}/{updated}/{deleted}: how many records were added, updated, deleted.
  'backup.merged':
    'Ajout terminé : {added} ajoutées, {updated} mises à jour, {deleted} supprimées.',
  // Restore section: a button to choose another file.
  'backup.otherFile': 'Choisir un autre fichier',

  // Restore section: heading of the copies the app made itself before each replace.
  'backup.safetyTitle': 'Copies automatiques',
  // One automatic copy. {date}: when it was made; {customers}, {sales}: counts, e.g. "12 clients".
  'backup.safetyItem': 'Copie du {date} : {customers}, {sales}',
  // Button under an automatic copy: restores it.
  'backup.safetyRestore': 'Restaurer cette copie',

  // Backup screen: heading of the export to a spreadsheet (CSV is the file type's name).
  'backup.csvTitle': 'Exporter (CSV)',
  // Backup screen: a fold, closed at first, holding the export to a spreadsheet (rarely needed).
  'backup.advanced': 'Avancé',
  // Export section: what the export is for.
  'backup.csvIntro': 'Pour ouvrir vos clients et vos ventes dans un tableur.',
  // Export section: a tick box for the separator French Excel expects.
  'backup.csvSemicolon': 'Pour Excel en français (point-virgule)',
  // Export section: button that downloads the customers.
  'backup.csvCustomers': 'Exporter les clients',
  // Export section: button that downloads the sales.
  'backup.csvSales': 'Exporter les ventes',
  // Export section: button that downloads the credit book (credits and payments) as CSV.
  'backup.csvCredits': 'Exporter les crédits',
  // Column heading in the exported customers spreadsheet: first name.
  'backup.csv.firstName': 'Prénom',
  // Column heading (customers): nickname or distinctive sign.
  'backup.csv.nickname': 'Surnom',
  // Column heading (customers): WhatsApp number.
  'backup.csv.phone': 'Téléphone WhatsApp',
  // Column heading (customers): neighbourhood or village.
  'backup.csv.area': 'Quartier / village',
  // Column heading (customers): the customer who recommended her.
  'backup.csv.recommendedBy': 'Recommandé par',
  // Column heading (customers): her profile (consumer, buys for others, recommender).
  'backup.csv.profile': 'Profil',
  // Column heading (customers): free notes.
  'backup.csv.notes': 'Notes',
  // Column heading (customers): whether she accepts messages (oui/non).
  'backup.csv.acceptsMessages': 'Accepte les messages',
  // Column heading (customers): the day she was added.
  'backup.csv.createdAt': 'Ajouté le',
  // Column heading (customers): the day of her last visit.
  'backup.csv.lastSeenAt': 'Dernière visite',
  // Column heading in the exported sales spreadsheet: date.
  'backup.csv.date': 'Date',
  // Column heading (sales): the customer.
  'backup.csv.customer': 'Client',
  // Column heading (sales): the product.
  'backup.csv.product': 'Produit',
  // Column heading (sales): the quantity.
  'backup.csv.quantity': 'Quantité',
  // Column heading (sales): the unit (heap, kg…).
  'backup.csv.unit': 'Unité',
  // Column heading (sales): the price of one unit.
  'backup.csv.unitPrice': 'Prix',
  // Column heading (sales): the amount of the line.
  'backup.csv.amount': 'Montant',
  // Column heading (sales): the total of the whole sale.
  'backup.csv.saleTotal': 'Total de la vente',
  // Column heading (sales): the sale's number (lines of one sale share it).
  'backup.csv.saleId': 'N° de vente',
  // Column heading (credits): credit or payment.
  'backup.csv.entryKind': 'Type',
  // Column heading (credits): how a payment came (cash, Wave…).
  'backup.csv.way': 'Moyen',
  // Column heading (credits): the day the customer promised to pay.
  'backup.csv.due': 'Paiera le',
  // Column heading (credits): the entry's note.
  'backup.csv.note': 'Note',
  // Column heading (credits): whether the entry counts, or when it was corrected or struck out.
  'backup.csv.state': 'État',
  // Column heading (credits): what the customer owes after the entry.
  'backup.csv.balance': 'Solde',
  // Column heading (credits): the entry's reference, shared by its corrections.
  'backup.csv.entryId': 'N° d’entrée',
  // Credits spreadsheet, "État" column: the entry counts.
  'backup.csv.counts': 'compte',
  // Spreadsheet cell: a sale to a passing customer with no name.
  'backup.csv.passing': 'Client de passage',
  // Spreadsheet cell: yes. Lower case.
  'backup.csv.yes': 'oui',
  // Spreadsheet cell: no. Lower case.
  'backup.csv.no': 'non',

  // Refusal of a backup file that is empty; nothing was changed.
  'backup.errorEmpty': "Ce fichier est vide. Rien n'a été modifié.",
  // Refusal of a backup file that is damaged or cut short; nothing was changed.
  'backup.errorDamaged':
    "Ce fichier est abîmé ou incomplet : il ne peut pas être restauré. Rien n'a été modifié.",
  // Refusal of a file that is not an Assoh backup (the file name stays as is); nothing was changed.
  'backup.errorForeign':
    "Ce fichier n'est pas une sauvegarde Assoh. Choisissez un fichier assoh-sauvegarde-….json. Rien n'a été modifié.",
  // Refusal of a backup made by a newer version of the app; nothing was changed.
  'backup.errorNewer':
    "Ce fichier vient d'une version plus récente d'Assoh. Mettez l'application à jour, puis réessayez. Rien n'a été modifié.",
  // Refusal of a backup file that was changed after it was made; nothing was changed.
  'backup.errorChecksum':
    "Ce fichier a été modifié ou abîmé depuis la sauvegarde : il ne peut pas être restauré. Rien n'a été modifié.",
  // Refusal of a file far too big to be a backup; nothing was changed.
  'backup.errorTooBig': "Ce fichier est trop gros pour une sauvegarde Assoh. Rien n'a été modifié.",
  // Refusal: the file's settings cannot be read. {field}: a technical field name, shown as is.
  'backup.errorRecord.settings':
    "Les réglages du fichier sont illisibles ({field}). Rien n'a été modifié.",
  // Refusal: one customer in the file cannot be read. {n}: its position in the file; {field}: a technical field name.
  'backup.errorRecord.customers':
    "Le client n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal: one product in the file cannot be read. {n}: its position; {field}: a technical field name.
  'backup.errorRecord.products':
    "Le produit n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal: one sale in the file cannot be read. {n}: its position; {field}: a technical field name.
  'backup.errorRecord.sales':
    "La vente n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal: one gift in the file cannot be read. {n}: its position; {field}: a technical field name.
  'backup.errorRecord.gifts':
    "Le cadeau n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal: one reservation in the file cannot be read. {n}: its position; {field}: a technical field name.
  'backup.errorRecord.reservations':
    "La réservation n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal: one message in the file cannot be read. {n}: its position; {field}: a technical field name.
  'backup.errorRecord.outbox':
    "Le message n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal: one photo in the file cannot be read. {n}: its position; {field}: a technical field name.
  'backup.errorRecord.photos':
    "La photo n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal of a damaged file: its n-th deletion record cannot be read. {field}: field name.
  'backup.errorRecord.tombstones':
    "La suppression n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal of a damaged file: its n-th credit entry cannot be read. {field}: field name.
  'backup.errorRecord.creditEntries':
    "L'entrée de crédit n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Message when sharing the backup failed and the file was downloaded instead.
  'backup.shareFailed': "Le partage n'a pas marché : le fichier a été téléchargé à la place.",

  // Settings, backup section: button that opens the backup screen.
  'backup.settingsOpen': 'Sauvegarder ou restaurer',
  // Refusal of "Ajouter au carnet" for a file in another currency. {file}/{mine}: "MAD", "FCFA".
  'backup.errorCurrency':
    "Ce fichier compte en {file} et votre carnet en {mine} : il ne peut pas y être ajouté, les montants changeraient de sens. « Remplacer mes données » reprend le fichier avec sa monnaie. Rien n'a été modifié.",
  // Refusal of a file with a time in the future. {n}: record number; {field}: field name.
  'backup.errorFuture':
    "Ce fichier contient une date dans le futur (fiche n° {n}, {field}) : l'horloge du téléphone qui l'a fait était mal réglée. Rien n'a été modifié.",
  // Refusal of a backup on a plain http:// address (no checksum possible there).
  'backup.errorInsecure':
    'Sauvegarde impossible sur une adresse non sécurisée (http). Ouvrez Assoh par son adresse https://.',
  // Restore preview: rows of the file pointing at a customer or sale the file lacks. {n}: count.
  'backup.previewDropped':
    '{n} fiches renvoient à un client ou une vente absents : elles seront laissées de côté.',
  // While the merge is computed, before its plan shows.
  'backup.planning': 'Calcul de ce qui va changer…',
  // Title of the merge plan shown before anything is written.
  'backup.planTitle': 'Ajouter au carnet :',
  // Merge plan line. {n}: number of records new to the phone.
  'backup.plan.added': 'Nouvelles fiches : {n}',
  // Merge plan line. {n}: records replaced by the file's newer version.
  'backup.plan.updated': 'Fiches mises à jour (plus récentes dans le fichier) : {n}',
  // Merge plan line. {n}: records deleted on the other phone after their last change here.
  'backup.plan.deleted': 'Fiches supprimées (effacées depuis sur l’autre téléphone) : {n}',
  // Merge plan line. {n}: records of the file the phone already has (or newer).
  'backup.plan.kept': 'Déjà à jour ici : {n}',
  // Merge plan line. {n}: records pointing at a customer or sale that is missing.
  'backup.plan.dropped': 'Laissées de côté (client ou vente introuvable) : {n}',
  // Merge plan when the file brings nothing new.
  'backup.planNothing': 'Rien de nouveau : votre carnet contient déjà tout ce fichier.',
  // Under the merge plan, before the confirm button.
  'backup.planHint':
    'Vos réglages ne changent pas. Une copie automatique du carnet est gardée avant.',
  // Button confirming the merge plan.
  'backup.planConfirm': 'Oui, ajouter',
} as const;

export default backup;
