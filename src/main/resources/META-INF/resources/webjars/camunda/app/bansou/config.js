// bansou: what the four webapps' scripts/config.js share (each app's config.js imports it and adds its own
// settings). Camunda loads an app's config.js as an ES module, so a relative import works.
export default {
  // The header reads "bansou 伴走支援"; each app's own name is added by its styles/user-styles.css.
  app: {
    vendor: 'bansou',
    name: '伴走支援'
  },
  // Japanese for a browser whose first language is Japanese; English stays available.
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'en'
  },
  // moment.js formats; times are shown in the browser's time zone (Asia/Tokyo on the firm's machines).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY/MM/DD HH:mm',
    normal: 'YYYY/MM/DD HH:mm',
    long: 'YYYY/MM/DD (ddd) HH:mm:ss',
    short: 'YYYY/MM/DD'
  }
};
