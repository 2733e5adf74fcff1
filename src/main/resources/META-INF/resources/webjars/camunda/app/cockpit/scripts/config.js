// bansou's configuration of Camunda Cockpit (overrides the webjar's scripts/config.js on the classpath).
// The header reads "bansou 伴走支援"; the app's own name is added by styles/user-styles.css.
export default {
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
  },
  // Cockpit plugins of the service (ES modules under app/cockpit/), e.g. 'scripts/board/board.js'.
  customScripts: ['scripts/bansou/board.js']
};
