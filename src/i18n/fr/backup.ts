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
    'Garde vos données et ajoute celles du fichier. Pour une même fiche, la plus récente gagne.',
  'backup.confirmReplaceTitle': 'Remplacer toutes vos données ?',
  'backup.confirmReplaceBody':
    'Ce qui est sur le téléphone ({customers}, {sales}) sera remplacé par le fichier. Une copie automatique est gardée avant.',
  'backup.confirmReplace': 'Oui, remplacer',
  'backup.restoring': 'Restauration en cours…',
  'backup.restored': 'Restauration terminée : {customers}, {sales}.',
  'backup.merged': 'Ajout terminé : {added} fiches ajoutées, {updated} mises à jour.',
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
  'backup.shareFailed': "Le partage n'a pas marché : le fichier a été téléchargé à la place.",

  'backup.settingsOpen': 'Sauvegarder ou restaurer',
  'backup.protect': 'Protéger le stockage',
  'backup.protectRefused':
    'Le navigateur refuse pour le moment. Installez l’application, puis réessayez ; en attendant, faites des sauvegardes.',
} as const;

export default backup;
