// Shequ: this app stays in English, but its login page follows the browser's language (zh.json holds
// only the login page's strings; everything else falls back to English).
export default {
  locales: {
    availableLocales: ['zh', 'en'],
    fallbackLocale: 'en'
  }
};
