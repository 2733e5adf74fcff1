// bansou's configuration of Camunda Tasklist (overrides the webjar's scripts/config.js on the classpath): the
// firm's header, languages and date formats shared by the four webapps, and Tasklist's own settings.
import shared from '../../bansou/config.js';

export default {
  ...shared,

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
