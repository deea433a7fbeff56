import type fr from '../fr/core';
import type { Translation } from '../translation';

/**
 * Arabic (Modern Standard, plain, for sellers in Morocco, Algeria, Tunisia and Mauritania).
 * Addressing the seller without gender where Arabic allows it (verbal nouns on buttons, "يُرجى"
 * in requests), since sellers are women and men.
 */
export default {
  'app.name': 'Assoh',
  'app.loading': 'جارٍ التحميل…',
  'app.tagline': 'دفتر زبائن السوق',

  'nav.home': 'الرئيسية',
  'nav.customers': 'الزبائن',
  'nav.sale': 'بيع',
  'nav.messages': 'الرسائل',
  'nav.more': 'المزيد',
  'nav.main': 'التنقل الرئيسي',
  'nav.back': 'رجوع',

  'net.offline': 'بدون شبكة',
  'net.online': 'متصل',
  'net.offlineShort': 'كل شيء محفوظ في الهاتف.',

  'pwa.offlineReady': 'التطبيق جاهز للعمل بدون شبكة',
  'pwa.updateReady': 'نسخة جديدة متوفرة',
  'pwa.reload': 'إعادة التحميل',
  'pwa.later': 'لاحقًا',
  'pwa.install': 'تثبيت التطبيق',
  'pwa.installHint': 'أضف Assoh إلى الشاشة الرئيسية لفتحه بدون شبكة.',
  'pwa.otherTab':
    'تم تحديث Assoh في نافذة أخرى. يُرجى إعادة تحميل هذه الصفحة للمتابعة دون فقدان أي شيء.',

  'common.save': 'حفظ',
  'common.cancel': 'إلغاء',
  'common.delete': 'حذف',
  'common.edit': 'تعديل',
  'common.close': 'إغلاق',
  'common.confirm': 'تأكيد',
  'common.optional': 'اختياري',
  'common.yes': 'نعم',
  'common.no': 'لا',
  'common.undo': 'تراجع',
  'common.saved': 'تم الحفظ',
  'common.error': 'حدث خطأ. لم يتغير أي شيء.',
  'common.quotaExceeded':
    'ذاكرة الهاتف ممتلئة: لم يُحفظ أي شيء. يُرجى إفراغ بعض المساحة (صور، فيديوهات) ثم المحاولة من جديد.',

  'setup.title': 'مرحبًا بك في Assoh',
  'setup.intro': 'بعض المعلومات للبدء. كل شيء يبقى في هاتفك، ويمكن تغييره لاحقًا من الإعدادات.',
  'setup.sellerName': 'اسمك',
  'setup.sellerNameHint': 'يُوقَّع به على رسائلك: «أم سالم»، «خديجة للخضر»…',
  'setup.sellerPhone': 'رقم واتساب الخاص بك',
  'setup.country': 'البلد',
  'setup.currency': 'العملة: {currency}',
  'setup.marketName': 'اسم السوق',
  'setup.marketNameHint': 'مثلًا: إنزكان',
  'setup.marketDay': 'يوم السوق',
  'setup.language': 'اللغة',
  'setup.start': 'ابدأ',
  'setup.restore': 'هاتف جديد؟ استرجاع نسخة احتياطية',
  'setup.restoreHint':
    'اختر ملف النسخة الاحتياطية الذي أرسلته من هاتفك القديم (مثلًا عبر واتساب). يعود زبائنك ومبيعاتك وإعداداتك كما كانت.',
  'setup.errorName': 'يُرجى كتابة اسمك.',
  'setup.errorMarket': 'يُرجى كتابة اسم السوق.',

  'day.0': 'الأحد',
  'day.1': 'الاثنين',
  'day.2': 'الثلاثاء',
  'day.3': 'الأربعاء',
  'day.4': 'الخميس',
  'day.5': 'الجمعة',
  'day.6': 'السبت',
  'day.every': 'كل يوم',

  'phone.errorInvalid': 'هذا الرقم غير صحيح لرمز البلد {code}. يُرجى التحقق من الأرقام.',
  'phone.errorShort': 'هذا الرقم قصير جدًا. تنقصه أرقام.',
  'phone.errorLong': 'هذا الرقم طويل جدًا. فيه أرقام زائدة.',
  'phone.hint': 'بدون رمز البلد إذا كان الرقم من {country} ({code})، أو ابدأ بـ + لرقم من بلد آخر.',

  'form.tooLong': 'هذا النص طويل جدًا (الحد الأقصى لعدد الحروف: {max}).',
  'form.invalidChoice': 'يُرجى الاختيار من القائمة.',

  'home.title': 'اليوم',
  'home.hello': 'مرحبًا {name}',
  'home.salesToday': 'مبيعات اليوم',
  'home.giftsToday': 'هدايا اليوم',
  'home.recent': 'آخر الزبائن',
  'home.noRecent': 'سيظهر هنا الزبائن الذين تخدمهم.',

  'more.title': 'المزيد',
  'settings.title': 'الإعدادات',
  'settings.seller': 'أنت وسوقك',
  'settings.saved': 'تم حفظ الإعدادات',
  'settings.storage': 'بياناتك',
  'settings.persisted': 'بياناتك تبقى على هذا الهاتف: لن يمسحها المتصفح من تلقاء نفسه.',
  'settings.notPersisted': 'إذا امتلأت ذاكرة الهاتف، قد يمسح المتصفح بياناتك.',
  'settings.usage': 'المساحة المستعملة: {used}',
  'settings.language': 'اللغة',

  'backup.reminderAction': 'نسخة احتياطية مطلوبة',
  'backup.dbBlocked': 'Assoh مفتوح في نافذة أخرى بنسخة قديمة. يُرجى إغلاق تلك النافذة للمتابعة.',

  'outbox.backOnline.one': 'عادت الشبكة: رسالة واحدة جاهزة للإرسال.',
  'outbox.backOnline.two': 'عادت الشبكة: رسالتان جاهزتان للإرسال.',
  'outbox.backOnline.few': 'عادت الشبكة: {n} رسائل جاهزة للإرسال.',
  'outbox.backOnline.many': 'عادت الشبكة: {n} رسالة جاهزة للإرسال.',
  'outbox.backOnline.other': 'عادت الشبكة: {n} رسالة جاهزة للإرسال.',
  'outbox.see': 'عرض',

  'customers.createNamed': 'إضافة «{name}»',
  'customers.new': 'زبون جديد',
  'customers.noMatch': 'لا يوجد زبون باسم «{query}».',
  'customers.searchLabel': 'البحث عن زبون',
  'customers.searchPlaceholder': 'الاسم أو اللقب…',
  'home.today': 'اليوم',
  'home.salesCount.zero': 'لا مبيعات',
  'home.salesCount.one': 'عملية بيع واحدة',
  'home.salesCount.two': 'عمليتا بيع',
  'home.salesCount.few': '{n} عمليات بيع',
  'home.salesCount.many': '{n} عملية بيع',
  'home.salesCount.other': '{n} عملية بيع',
  'home.giftsCount.zero': 'لا هدايا',
  'home.giftsCount.one': 'هدية واحدة',
  'home.giftsCount.two': 'هديتان',
  'home.giftsCount.few': '{n} هدايا',
  'home.giftsCount.many': '{n} هدية',
  'home.giftsCount.other': '{n} هدية',
  'home.newSale': 'بيع جديد',
  'home.saleFor': 'بيع إلى {name}',
  'settings.saveSeller': 'حفظ معلوماتي',
  'settings.keepData': 'احتفظ ببياناتي على هذا الهاتف',
  'settings.keepDataRefused':
    'المتصفح يرفض الآن. ثبّت التطبيق ثم حاول مجددًا؛ وإلى ذلك الحين اعمل نسخًا احتياطية.',
  'backup.reminderLater': 'غدًا',
  'backup.reminderLaterLabel': 'ذكّرني غدًا',

  'error.title': 'حدث خطأ ما',
  'error.body': 'تعذّر عرض هذه الشاشة. زبائنك ومبيعاتك ما زالت على الهاتف.',
  'error.reload': 'إعادة التحميل',
  'error.backup': 'عمل نسخة احتياطية',
  'pwa.insecure':
    'عنوان غير آمن (http): لن يعمل Assoh بدون شبكة ولن يستطيع عمل نسخة احتياطية. اطلب العنوان الذي يبدأ بـ https://.',
} satisfies Translation<typeof fr>;
