/** French strings of the story maker (Status images). */
const stories = {
  // Title of the screen making a WhatsApp Status image (also for Facebook and Instagram stories). "Statut" is WhatsApp's own French word.
  'stories.title': 'Statut',
  // Line in "Plus" that opens the Status image maker.
  'stories.menu': 'Statut WhatsApp',
  // Status image: heading of the three kinds of image.
  'stories.template': 'Modèle',
  // Status screen, above the seller's product tiles: one tap makes the image of that product.
  'stories.pickProductTile': 'Touchez un produit : son image est prête aussitôt.',
  // Status screen, above the buttons for a promotion, a thank-you or another product.
  'stories.orWrite': 'Ou choisissez :',
  // Status screen: button that opens the form to write a product that is not in the list.
  'stories.otherProduct': 'Autre produit',
  // Kind of Status image: a product has arrived.
  'stories.template.arrivage': 'Arrivage',
  // Kind of Status image: a lower price.
  'stories.template.promotion': 'Promotion',
  // Kind of Status image: thanks to a customer or to all.
  'stories.template.merci': 'Merci',
  // Status image: label of the list of the seller's products.
  'stories.pickProduct': 'Produit de ma liste',
  // Status image: last choice of that list, to type a product's name instead.
  'stories.typeProduct': '— Écrire moi-même —',
  // Status image: label of the product's name.
  'stories.productName': 'Produit',
  // Under the product's name: an example (use a local product).
  'stories.productNameHint': 'Par exemple : Piment frais',
  // Status image: label of the price.
  'stories.price': 'Prix',
  // Status image, promotion: label of the price before.
  'stories.oldPrice': 'Ancien prix',
  // Status image: label of the unit.
  'stories.unit': 'Unité',
  // Under the unit: examples (use local ones).
  'stories.unitHint': 'tas, kg…',
  // Status image: label of the day and the market written on the image.
  'stories.when': 'Quand et où',
  // Status image, thanks: label of the customer thanked.
  'stories.customer': 'Client à remercier',
  // Status image, thanks: first choice, thanks to every customer.
  'stories.allCustomers': 'Tous mes clients',
  // Under that list: only customers who accept messages are offered.
  'stories.customerHint': 'Seuls les clients qui acceptent les messages sont proposés.',
  // Status image: heading of the background choice.
  'stories.background': 'Fond',
  // Status image: label of the colour choice.
  'stories.colour': 'Couleur',
  // Status image: label of the picture (emoji) choice.
  'stories.emoji': 'Dessin',
  // Status image: button that takes a photo for the background.
  'stories.takePhoto': 'Prendre une photo',
  // Status image: button that takes another photo.
  'stories.retakePhoto': 'Changer la photo',
  // Status image: button that goes back to a coloured background.
  'stories.removePhoto': 'Fond en couleur',
  // Status image: while the photo is being prepared.
  'stories.photoBusy': 'Préparation de la photo…',
  // Read aloud by screen readers: the background photo.
  'stories.photoAlt': 'La photo du fond',
  // Status image: button that shows the finished image.
  'stories.next': "Voir l'image",
  // Status image: title of the screen showing the finished image.
  'stories.preview': 'Aperçu',
  // Read aloud by screen readers: the finished image. {title}: the product's name or the thanks.
  'stories.previewAlt': "L'image du statut : {title}",
  // Status image: while the image is being drawn.
  'stories.rendering': "Préparation de l'image…",
  // Status image: button that opens the phone's share sheet.
  'stories.share': 'Partager',
  // Status image: button that saves the image on the phone.
  'stories.save': "Enregistrer l'image",
  // Status image: button that sends the announcement's text on WhatsApp.
  'stories.sendText': 'Envoyer le texte sur WhatsApp',
  // Under that button: why the text is sent apart.
  'stories.sendTextHint': 'WhatsApp perd souvent le texte joint à une image : envoyez-le à part.',
  // Status image: button that goes back to change the image.
  'stories.edit': 'Modifier',
  // Message after the image was saved in the Downloads folder.
  'stories.saved': 'Image enregistrée dans Téléchargements',
  // Message when sharing failed.
  'stories.shareFailed': "Le partage n'a pas marché. Enregistrez l'image puis envoyez-la.",
  // Under the finished image. {kb}: its size in kilobytes ("Ko" in French, "KB" in English).
  'stories.size': '{kb} Ko, prête à partager',

  // Error under the product's name when it is empty.
  'stories.errorProduct': 'Écrivez le nom du produit.',
  // Error under a price that cannot be read as a number.
  'stories.errorPrice': 'Écrivez un prix en chiffres, par exemple 500.',
  // Error: the photo is too big.
  'stories.photoTooBig': 'Cette photo est trop grande. Reprenez-la.',
  // Error: the chosen file is not a photo.
  'stories.photoNotImage': "Ce fichier n'est pas une photo.",
  // Error: the photo could not be read.
  'stories.photoUnreadable': "Cette photo n'a pas pu être lue. Reprenez-la.",

  // Written on the image, in a yellow label at the top: a product has arrived. Very short.
  'stories.label.arrivage': 'Arrivage !',
  // Written on the image, in the yellow label: a lower price. Very short.
  'stories.label.promotion': 'Promotion',
  // Written on the image, in the yellow label: thank you. Very short.
  'stories.label.merci': 'Merci !',
  // Written big on a thanks image. {name}: the customer's first name.
  'stories.merciTitle': 'Merci {name} !',
  // Written big on a thanks image to all customers.
  'stories.merciAll': 'Merci à tous mes clients !',
  // Written under the thanks: for your trust.
  'stories.merciNote': 'pour votre confiance',
  // Written under a promotion's price. {price}: the price before, e.g. "700 FCFA".
  'stories.oldPriceLine': 'au lieu de {price}',
  // Written at the bottom of the image. {phone}: the seller's number, e.g. "07 07 12 34 56".
  'stories.phoneLine': 'WhatsApp {phone}',
  // Written on the image: when and where. {day}: e.g. "samedi"; {market}: e.g. "marché de Treichville" (the app writes it).
  'stories.whenMarket': '{day} au {market}',
  // Written on a thanks image. {when}: the day and market, e.g. "samedi au marché de Treichville".
  'stories.seeYou': 'À {when}',
  // Written on the image for a market open every day (capital first letter).
  'stories.everyDay': 'Tous les jours',
  // Written on the image under a product: its price for one unit, in languages other than French (French chooses "le", "la" or "l'" itself). {price}: e.g. "500 FCFA"; {unit}: e.g. "tas".
  'stories.perUnit': '{price} le {unit}',

  // WhatsApp text sent with an arrival image. {emoji}: a picture; {arrival}: e.g. "La tomate est arrivée" (the app agrees it); {price}: e.g. "500 FCFA le tas"; {when}: day and market; {seller}: her name; {phone}: her number line.
  'stories.text.arrivage': '{emoji} {arrival} ! {price}. {when}. {seller} {phone}',
  // WhatsApp text sent with a promotion image. {note}: e.g. "au lieu de 700 FCFA"; other placeholders as above.
  'stories.text.promotion':
    '{emoji} Promotion : {product} à {price} {note}. {when}. {seller} {phone}',
  // WhatsApp text sent with a thanks image. {title}: e.g. "Merci Awa !"; other placeholders as above.
  'stories.text.merci': '{emoji} {title} Merci pour votre confiance. {when}. {seller} {phone}',

  // Read aloud by screen readers: a background colour, earth brown.
  'stories.color.earth': 'Terre',
  // Read aloud by screen readers: a background colour, leaf green.
  'stories.color.leaf': 'Feuille',
  // Read aloud by screen readers: a background colour, chili red.
  'stories.color.chili': 'Piment',
  // Read aloud by screen readers: a background colour, indigo blue.
  'stories.color.indigo': 'Indigo',
  // Read aloud by screen readers: a background colour, violet.
  'stories.color.violet': 'Violet',
  // Read aloud by screen readers: a background colour, night blue.
  'stories.color.night': 'Nuit',
} as const;

export default stories;
