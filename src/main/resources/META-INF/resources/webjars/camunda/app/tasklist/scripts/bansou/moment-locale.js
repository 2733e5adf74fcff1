// Relative times on Tasklist's cards ("3日後", "数秒前") in the language Tasklist chose.
// Tasklist hands each locale file's `dateLocales` to moment.defineLocale/updateLocale when the file arrives, and
// moment makes that locale the global one: with a Japanese browser both ja.json and the fallback en.json load,
// and whichever arrives last wins. After every load this puts moment back on the language in use (angular-moment
// then redraws every am-time-ago). Nothing of Camunda's is patched: this is a customScripts module of config.js.
const angular = window.angular;

function follow($rootScope, $translate, amMoment) {
  const apply = () => {
    const language = $translate.use();
    if (language) {
      amMoment.changeLocale(language);
    }
  };
  ['$translateLoadingSuccess', '$translateChangeSuccess', '$translateReady'].forEach((event) =>
    $rootScope.$on(event, () => setTimeout(apply)));
  apply();
}

if (angular) {
  angular.module('angularMoment').run(['$rootScope', '$translate', 'amMoment', follow]);
}

export default [];
