/** French strings of backups, restore, CSV export and storage. */
const backup = {
  'backup.title': 'Sauvegarde',
  'backup.intro':
    'Vos clients sont seulement sur ce téléphone. Envoyez-vous la sauvegarde sur WhatsApp : si le téléphone est perdu, vous retrouvez tout.',
  'backup.create': 'Créer une sauvegarde',
  'backup.includePhotos': 'Avec les photos (fichier plus lourd)',
  'backup.creating': 'Préparation de la sauvegarde…',
  'backup.shared': 'Sauvegarde envoyée. Gardez bien ce fichier.',
  'backup.downloaded': 'Sauvegarde enregistrée dans Téléchargements.',
  'backup.shareTitle': 'Sauvegarde Assoh',
  'backup.shareText': 'Sauvegarde Assoh du {date}. Gardez ce fichier.',
  'backup.never': 'Aucune sauvegarde pour le moment.',
  'backup.lastToday': "Dernière sauvegarde aujourd'hui",
  'backup.lastYesterday': 'Dernière sauvegarde hier',
  'backup.lastDays': 'Dernière sauvegarde il y a {n} jours',

  'backup.customers.one': '{n} client',
  'backup.customers.other': '{n} clients',
  'backup.sales.one': '{n} vente',
  'backup.sales.other': '{n} ventes',
  'backup.gifts.one': '{n} cadeau',
  'backup.gifts.other': '{n} cadeaux',
  'backup.products.one': '{n} produit',
  'backup.products.other': '{n} produits',

  'backup.restoreTitle': 'Restaurer',
  'backup.restoreIntro': 'Choisissez un fichier de sauvegarde Assoh (assoh-sauvegarde-….json).',
  'backup.chooseFile': 'Choisir un fichier',
  'backup.reading': 'Vérification du fichier…',
  'backup.previewTitle': 'Ce fichier contient',
  'backup.previewRange': 'du {from} au {to}',
  'backup.previewMade': 'Sauvegarde du {date}',
  'backup.photosOmitted': 'Sans les photos.',
  'backup.replace': 'Remplacer mes données',
  'backup.replaceHint':
    "Le téléphone reprend exactement le contenu du fichier. Vos données actuelles sont d'abord gardées dans une copie automatique.",
  'backup.merge': 'Ajouter au carnet',
  'backup.mergeHint':
    'Garde vos données et ajoute celles du fichier. Pour une même fiche, la plus récente gagne ; une fiche supprimée reste supprimée si elle n’a pas changé depuis.',
  'backup.confirmReplaceTitle': 'Remplacer toutes vos données ?',
  'backup.confirmReplaceBody':
    'Ce qui est sur le téléphone ({customers}, {sales}) sera remplacé par le fichier. Une copie automatique est gardée avant.',
  'backup.confirmReplace': 'Oui, remplacer',
  'backup.restoring': 'Restauration en cours…',
  'backup.restored': 'Restauration terminée : {customers}, {sales}.',
  'backup.merged':
    'Ajout terminé : {added} ajoutées, {updated} mises à jour, {deleted} supprimées.',
  'backup.otherFile': 'Choisir un autre fichier',

  'backup.safetyTitle': 'Copies automatiques',
  'backup.safetyItem': 'Copie du {date} : {customers}, {sales}',
  'backup.safetyRestore': 'Restaurer cette copie',

  'backup.csvTitle': 'Exporter (CSV)',
  'backup.csvIntro': 'Pour ouvrir vos clients et vos ventes dans un tableur.',
  'backup.csvSemicolon': 'Pour Excel en français (point-virgule)',
  'backup.csvCustomers': 'Exporter les clients',
  'backup.csvSales': 'Exporter les ventes',
  'backup.csv.firstName': 'Prénom',
  'backup.csv.nickname': 'Surnom',
  'backup.csv.phone': 'Téléphone WhatsApp',
  'backup.csv.area': 'Quartier / village',
  'backup.csv.recommendedBy': 'Recommandé par',
  'backup.csv.profile': 'Profil',
  'backup.csv.notes': 'Notes',
  'backup.csv.acceptsMessages': 'Accepte les messages',
  'backup.csv.createdAt': 'Ajouté le',
  'backup.csv.lastSeenAt': 'Dernière visite',
  'backup.csv.date': 'Date',
  'backup.csv.customer': 'Client',
  'backup.csv.product': 'Produit',
  'backup.csv.quantity': 'Quantité',
  'backup.csv.unit': 'Unité',
  'backup.csv.unitPrice': 'Prix',
  'backup.csv.amount': 'Montant',
  'backup.csv.saleTotal': 'Total de la vente',
  'backup.csv.saleId': 'N° de vente',
  'backup.csv.passing': 'Client de passage',
  'backup.csv.yes': 'oui',
  'backup.csv.no': 'non',

  'backup.errorEmpty': "Ce fichier est vide. Rien n'a été modifié.",
  'backup.errorDamaged':
    "Ce fichier est abîmé ou incomplet : il ne peut pas être restauré. Rien n'a été modifié.",
  'backup.errorForeign':
    "Ce fichier n'est pas une sauvegarde Assoh. Choisissez un fichier assoh-sauvegarde-….json. Rien n'a été modifié.",
  'backup.errorNewer':
    "Ce fichier vient d'une version plus récente d'Assoh. Mettez l'application à jour, puis réessayez. Rien n'a été modifié.",
  'backup.errorChecksum':
    "Ce fichier a été modifié ou abîmé depuis la sauvegarde : il ne peut pas être restauré. Rien n'a été modifié.",
  'backup.errorTooBig': "Ce fichier est trop gros pour une sauvegarde Assoh. Rien n'a été modifié.",
  'backup.errorRecord.settings':
    "Les réglages du fichier sont illisibles ({field}). Rien n'a été modifié.",
  'backup.errorRecord.customers':
    "Le client n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  'backup.errorRecord.products':
    "Le produit n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  'backup.errorRecord.sales':
    "La vente n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  'backup.errorRecord.gifts':
    "Le cadeau n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  'backup.errorRecord.reservations':
    "La réservation n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  'backup.errorRecord.outbox':
    "Le message n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  'backup.errorRecord.photos':
    "La photo n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal of a damaged file: its n-th deletion record cannot be read. {field}: field name.
  'backup.errorRecord.tombstones':
    "La suppression n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  // Refusal of a damaged file: its n-th credit entry cannot be read. {field}: field name.
  'backup.errorRecord.creditEntries':
    "L'entrée de crédit n° {n} du fichier est illisible ({field}). Rien n'a été modifié.",
  'backup.shareFailed': "Le partage n'a pas marché : le fichier a été téléchargé à la place.",

  'backup.settingsOpen': 'Sauvegarder ou restaurer',
  'backup.protect': 'Protéger le stockage',
  'backup.protectRefused':
    'Le navigateur refuse pour le moment. Installez l’application, puis réessayez ; en attendant, faites des sauvegardes.',

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
