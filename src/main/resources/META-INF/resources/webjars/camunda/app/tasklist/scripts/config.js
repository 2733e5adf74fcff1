// bansou's configuration of Camunda Tasklist (overrides the webjar's scripts/config.js on the classpath).
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

  // Relative times ("3日後") follow the chosen language (see the module).
  customScripts: ['scripts/bansou/moment-locale.js'],

  shortcuts: {
    claimTask: { key: 'ctrl+alt+c', description: 'タスクを引き受ける (claims the currently selected task)' },
    focusFilter: { key: 'ctrl+shift+f', description: '最初のフィルターへ移動 (focus the first filter)' },
    focusList: { key: 'ctrl+alt+l', description: '最初のタスクへ移動 (focus the first task)' },
    focusForm: { key: 'ctrl+alt+f', description: 'フォームの最初の入力欄へ移動 (focus the first form field)' },
    startProcess: { key: 'ctrl+alt+p', description: 'プロセス開始ダイアログを開く (open the start process dialog)' }
  }
};
